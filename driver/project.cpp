#include "driver/project.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <map>

#include "driver/pipeline.h"
#include "typing/prelude.h"

namespace mlhint::project {

std::string UnitName(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = base.find('.');
  if (dot != std::string_view::npos) base = base.substr(0, dot);
  if (base.empty() || !((base[0] >= 'a' && base[0] <= 'z') || (base[0] >= 'A' && base[0] <= 'Z')))
    return "";
  for (char c : base)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '\'')) return "";
  std::string name(base);
  if (name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

std::vector<std::string> UsedModules(const ast::Ast& tree) {
  std::vector<std::string> used;
  auto head = [&](ast::Id longident) {
    const ast::LongIdent& l = tree.longidents[longident];
    if (l.parts.size > 0) used.emplace_back(tree.names[l.parts.begin]);
  };
  // A qualified name's first part is a module; so is every part of a
  // module path named alone (`open M`, `M.(e)`, `F (M)`).
  for (const ast::LongIdent& l : tree.longidents)
    if (l.parts.size >= 2) used.emplace_back(tree.names[l.parts.begin]);
  for (const ast::Item& item : tree.items) {
    if (item.kind == ast::ItemKind::Open && item.a != ast::kNone) head(item.a);
    if (item.kind == ast::ItemKind::Module && (item.flags & ast::kFunctorApp)) {
      if (item.a != ast::kNone) head(item.a);
      if (item.b != ast::kNone) head(item.b);
    }
  }
  for (const ast::Expr& e : tree.exprs)
    if (e.kind == ast::ExprKind::LocalOpen && e.a != ast::kNone) head(e.a);
  std::sort(used.begin(), used.end());
  used.erase(std::unique(used.begin(), used.end()), used.end());
  return used;
}

Plan PlanChecks(const std::vector<std::string>& units,
                const std::vector<std::vector<std::string>>& used) {
  size_t n = units.size();
  Plan plan;
  plan.uses.resize(n);
  // The first file of a name is its unit (two files of one name: the
  // second is checked but no other file reaches it).
  std::map<std::string, size_t> unit_of;
  for (size_t i = 0; i < n; ++i)
    if (!units[i].empty()) unit_of.emplace(units[i], i);
  for (size_t i = 0; i < n; ++i)
    for (const std::string& m : used[i]) {
      auto it = unit_of.find(m);
      if (it != unit_of.end() && it->second != i) plan.uses[i].push_back(it->second);
    }
  std::vector<bool> placed(n, false);
  while (plan.order.size() < n) {
    // The first file (in the order given) whose used files are placed.
    bool progress = false;
    for (size_t i = 0; i < n && !progress; ++i) {
      if (placed[i]) continue;
      bool ready = std::all_of(plan.uses[i].begin(), plan.uses[i].end(),
                               [&](size_t u) { return placed[u]; });
      if (!ready) continue;
      placed[i] = true;
      plan.order.push_back(i);
      progress = true;
    }
    if (progress) continue;
    // Every file left waits for another: follow the first unplaced file
    // each one uses until one comes back.
    size_t at = 0;
    while (placed[at]) ++at;
    std::vector<size_t> path;
    std::vector<size_t> seen(n, SIZE_MAX);
    while (seen[at] == SIZE_MAX) {
      seen[at] = path.size();
      path.push_back(at);
      for (size_t u : plan.uses[at])
        if (!placed[u]) {
          at = u;
          break;
        }
    }
    std::vector<size_t> cycle(path.begin() + static_cast<std::ptrdiff_t>(seen[at]), path.end());
    for (size_t f : cycle) {
      placed[f] = true;
      plan.order.push_back(f);
    }
    plan.cycles.push_back(std::move(cycle));
  }
  return plan;
}

Diagnostic CycleError(const std::vector<std::string>& modules) {
  Diagnostic d;
  d.kind = DiagKind::DependencyCycle;
  d.severity = Severity::Error;
  d.whole_file = true;
  std::string text = "Dependency cycle between modules:";
  for (size_t i = 0; i < modules.size(); ++i) text += (i == 0 ? "\n   " : "\n-> ") + modules[i];
  if (!modules.empty()) text += "\n-> " + modules[0];
  d.message = Text(text);
  return d;
}

std::vector<std::string> ExpandDirectories(const std::vector<std::string>& args) {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg == "-" || !fs::is_directory(arg, ec)) {
      paths.push_back(arg);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec),
        end;
    for (; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (it->is_directory(ec)) {
        if (!name.empty() && (name[0] == '.' || name[0] == '_')) it.disable_recursion_pending();
        continue;
      }
      if (name.size() > 3 && name.ends_with(".ml") && it->is_regular_file(ec))
        found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    if (found.empty()) found.push_back(arg);
    paths.insert(paths.end(), found.begin(), found.end());
  }
  return paths;
}

std::vector<std::string> UnitsIn(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> found;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.size() > 3 && name.ends_with(".ml") && it->is_regular_file(ec))
      found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  return found;
}

Project::Project(const std::vector<std::string>& paths,
                 const std::vector<std::optional<SourceBuffer>>& sources,
                 const WarningSettings& warnings, size_t first_library,
                 std::vector<std::string> opens)
    : first_library_(first_library), opens_(std::move(opens)) {
  size_t n = paths.size();
  std::vector<std::vector<std::string>> used(n);
  for (const std::string& path : paths) units_.push_back(path == "-" ? "" : UnitName(path));
  // One file alone uses no other: it is not parsed twice.
  if (n > 1)
    for (size_t i = 0; i < n; ++i)
      if (sources[i]) used[i] = UsedModules(pipeline::ParseStep(*sources[i], warnings).tree.ast);
  // A unit opened by -open comes before every other file.
  for (size_t i = 0; i < n; ++i)
    if (!Library(i))
      for (const std::string& open : opens_) used[i].push_back(open.substr(0, open.find('.')));
  plan_ = PlanChecks(units_, used);
  failed_.assign(n, false);
  used_.assign(n, false);
  cycle_start_.assign(n, false);
  for (size_t i = 0; i < n; ++i)
    for (size_t u : plan_.uses[i]) used_[u] = true;
  for (const std::vector<size_t>& cycle : plan_.cycles) {
    cycle_start_[cycle.front()] = true;
    for (size_t f : cycle) failed_[f] = true;
  }
}

Project::~Project() = default;

bool Project::Blocked(size_t file) const {
  if (cycle_start_[file]) return false;
  if (failed_[file]) return true;  // in a cycle
  return std::any_of(plan_.uses[file].begin(), plan_.uses[file].end(),
                     [&](size_t u) { return failed_[u]; });
}

std::optional<Diagnostic> Project::CycleAt(size_t file) const {
  for (const std::vector<size_t>& cycle : plan_.cycles) {
    if (cycle.front() != file) continue;
    std::vector<std::string> modules;
    for (size_t f : cycle) modules.push_back(units_[f]);
    return CycleError(modules);
  }
  return std::nullopt;
}

const typing::Prelude* Project::PreludeFor(size_t file) const {
  if (opens_.empty() || Library(file)) return plan_.uses[file].empty() ? nullptr : prelude_.get();
  opened_.reset();
  for (const std::string& open : opens_) {
    const typing::Prelude& base = opened_    ? *opened_
                                  : prelude_ ? *prelude_
                                             : typing::Prelude::Get();
    std::string error;
    // The file's own module, opened in itself, is not there yet: ocamlc
    // says Unbound module there too, which OpenProblem does not see.
    if (std::unique_ptr<typing::Prelude> next = typing::Prelude::WithOpen(base, open, &error))
      opened_ = std::move(next);
  }
  return opened_ ? opened_.get() : prelude_.get();
}

std::optional<std::string> Project::OpenProblem() const {
  for (const std::string& open : opens_) {
    std::string head = open.substr(0, open.find('.'));
    if (std::find(units_.begin(), units_.end(), head) != units_.end()) continue;
    std::string error;
    if (!typing::Prelude::WithOpen(typing::Prelude::Get(), open, &error)) return error;
  }
  return std::nullopt;
}

void Project::Checked(size_t file, bool failed, const std::string& interface) {
  const typing::Prelude& base = prelude_ ? *prelude_ : typing::Prelude::Get();
  if (Library(file) && (failed || failed_[file])) {
    // A library unit with errors has no compiled interface to give; the
    // files that use it are still checked, its uses silent.
    prelude_ = typing::Prelude::WithRefusedUnit(base, units_[file]);
    return;
  }
  failed_[file] = failed_[file] || failed;
  if (failed_[file] || !used_[file]) return;
  std::string error;
  std::unique_ptr<typing::Prelude> next =
      typing::Prelude::WithUnit(base, units_[file], interface, &error);
  if (next) prelude_ = std::move(next);
}

}  // namespace mlhint::project
