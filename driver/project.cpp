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
  std::vector<std::vector<size_t>> uses(n);
  // The first file of a name is its unit (two files of one name: the
  // second is checked but no other file reaches it).
  std::map<std::string, size_t> unit_of;
  for (size_t i = 0; i < n; ++i)
    if (!units[i].empty()) unit_of.emplace(units[i], i);
  for (size_t i = 0; i < n; ++i)
    for (const std::string& m : used[i]) {
      auto it = unit_of.find(m);
      if (it != unit_of.end() && it->second != i) uses[i].push_back(it->second);
    }
  return PlanChecks(std::move(uses));
}

Plan PlanChecks(std::vector<std::vector<size_t>> uses) {
  size_t n = uses.size();
  Plan plan;
  plan.uses = std::move(uses);
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

bool IsUnitFile(std::string_view name) {
  return (name.size() > 3 && name.ends_with(".ml")) || (name.size() > 4 && name.ends_with(".mli"));
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
      // "./bin/main.ml" as "bin/main.ml", as dune names it.
      if (IsUnitFile(name) && it->is_regular_file(ec))
        found.push_back(it->path().lexically_normal().string());
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
    if (IsUnitFile(name) && it->is_regular_file(ec)) found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  return found;
}

namespace {

// The stanza of a dune file that says what its directory's modules are:
// a library's `(name N)` and whether it is `(wrapped false)`, or an
// executable (or test), whose modules no other directory sees.
struct DuneStanza {
  enum class Kind { None, Library, Executable } kind = Kind::None;
  std::string name;
  bool wrapped = true;
};

// The s-expressions of a dune file: atoms, strings and lists (a list is
// its atoms' and lists' texts, flattened, enough to find a stanza's
// fields).
DuneStanza ReadDune(const std::string& dir) {
  DuneStanza stanza;
  std::string unreadable;
  std::optional<SourceBuffer> file = SourceBuffer::FromFile(dir + "/dune", &unreadable);
  if (!file) return stanza;
  std::string_view text = file->text();
  std::vector<std::string> tokens;
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == ';') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '(' || c == ')') {
      tokens.emplace_back(1, c);
      ++i;
    } else if (c == '"') {
      size_t j = i + 1;
      while (j < text.size() && text[j] != '"') j += text[j] == '\\' ? 2 : 1;
      tokens.emplace_back(text.substr(i, std::min(j + 1, text.size()) - i));
      i = j + 1;
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else {
      size_t j = i;
      while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j])) &&
             text[j] != '(' && text[j] != ')' && text[j] != ';')
        ++j;
      tokens.emplace_back(text.substr(i, j - i));
      i = j;
    }
  }
  // Top-level stanzas: `(library ... (name N) ... (wrapped false))`.
  int depth = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i] == ")") {
      --depth;
      continue;
    }
    if (tokens[i] != "(") continue;
    ++depth;
    if (i + 1 >= tokens.size()) break;
    const std::string& head = tokens[i + 1];
    if (depth == 1 &&
        (head == "executable" || head == "executables" || head == "test" || head == "tests")) {
      if (stanza.kind == DuneStanza::Kind::None) stanza.kind = DuneStanza::Kind::Executable;
    } else if (depth == 1 && head == "library") {
      stanza = DuneStanza{DuneStanza::Kind::Library, "", true};
      int inner = 1;
      for (size_t j = i + 2; j < tokens.size() && inner > 0; ++j) {
        if (tokens[j] == "(") {
          ++inner;
          if (inner == 2 && j + 2 < tokens.size()) {
            if (tokens[j + 1] == "name") stanza.name = tokens[j + 2];
            if (tokens[j + 1] == "wrapped" && tokens[j + 2] == "false") stanza.wrapped = false;
          }
        } else if (tokens[j] == ")") {
          --inner;
        }
      }
      return stanza;
    }
  }
  return stanza;
}

}  // namespace

Project::Project(const std::vector<std::string>& paths,
                 const std::vector<std::optional<SourceBuffer>>& sources,
                 const WarningSettings& warnings, size_t first_library,
                 std::vector<std::string> opens)
    : first_library_(first_library), opens_(std::move(opens)) {
  size_t n = paths.size();
  std::vector<std::vector<std::string>> used(n);
  for (const std::string& path : paths) {
    units_.push_back(path == "-" ? "" : UnitName(path));
    interface_.push_back(pipeline::IsInterfacePath(path));
    size_t slash = path.find_last_of('/');
    dirs_.push_back(slash == std::string::npos ? "." : path.substr(0, slash));
  }
  // What dune says of each directory: a wrapped library's modules are
  // `Lib.M` from the other directories, an executable's are seen by no
  // other directory.
  std::map<std::string, DuneStanza> dune;
  wrapper_.assign(n, "");
  hidden_.assign(n, false);
  for (size_t i = 0; i < n; ++i) {
    if (paths[i] == "-") continue;
    auto [it, fresh] = dune.try_emplace(dirs_[i]);
    if (fresh) it->second = ReadDune(dirs_[i]);
    const DuneStanza& stanza = it->second;
    if (stanza.kind == DuneStanza::Kind::Library && stanza.wrapped && !stanza.name.empty())
      wrapper_[i] = UnitName(stanza.name);
    hidden_[i] = stanza.kind == DuneStanza::Kind::Executable;
  }
  // One file alone uses no other: it is not parsed twice.
  if (n > 1)
    for (size_t i = 0; i < n; ++i)
      if (sources[i]) used[i] = UsedModules(pipeline::ParseStep(*sources[i], warnings).tree.ast);
  // A unit opened by -open comes before every other file.
  for (size_t i = 0; i < n; ++i)
    if (!Library(i))
      for (const std::string& open : opens_) used[i].push_back(open.substr(0, open.find('.')));
  // Which file each name means, seen from file i: a unit of its own
  // directory, then a wrapped library (all its files), then a unit of
  // another directory that dune does not hide.
  std::vector<std::vector<size_t>> uses(n);
  for (size_t i = 0; i < n; ++i) {
    for (const std::string& m : used[i]) {
      std::vector<size_t> found;
      // A unit's interface (`.mli`) is what the others read, when it has one.
      auto first = [&](auto&& pred) {
        for (bool want_interface : {true, false})
          for (size_t j = 0; j < n; ++j)
            if (j != i && interface_[j] == want_interface && pred(j))
              return std::optional<size_t>(j);
        return std::optional<size_t>();
      };
      if (auto same_dir = first([&](size_t j) { return units_[j] == m && dirs_[j] == dirs_[i]; })) {
        found.push_back(*same_dir);
      } else if (first([&](size_t j) { return wrapper_[j] == m && dirs_[j] != dirs_[i]; })) {
        // Each unit of the library once: by its interface when it has one.
        for (size_t j = 0; j < n; ++j)
          if (wrapper_[j] == m && dirs_[j] != dirs_[i] && !InterfaceOf(j)) found.push_back(j);
      } else if (auto elsewhere = first([&](size_t j) {
                   return units_[j] == m && wrapper_[j].empty() && !hidden_[j];
                 })) {
        found.push_back(*elsewhere);
      }
      for (size_t j : found)
        if (std::find(uses[i].begin(), uses[i].end(), j) == uses[i].end()) uses[i].push_back(j);
    }
    // An implementation is checked after its interface, as ocamlc compiles
    // the .mli first.
    if (!interface_[i])
      for (size_t j = 0; j < n; ++j)
        if (interface_[j] && units_[j] == units_[i] && dirs_[j] == dirs_[i] && !units_[i].empty())
          uses[i].push_back(j);
  }
  plan_ = PlanChecks(std::move(uses));
  failed_.assign(n, false);
  used_.assign(n, false);
  cycle_start_.assign(n, false);
  interfaces_.assign(n, "");
  for (size_t i = 0; i < n; ++i)
    for (size_t u : plan_.uses[i]) used_[u] = true;
  for (const std::vector<size_t>& cycle : plan_.cycles) {
    cycle_start_[cycle.front()] = true;
    for (size_t f : cycle) failed_[f] = true;
  }
}

Project::~Project() = default;

std::optional<size_t> Project::InterfaceOf(size_t file) const {
  if (interface_[file] || units_[file].empty()) return std::nullopt;
  for (size_t j = 0; j < units_.size(); ++j)
    if (interface_[j] && units_[j] == units_[file] && dirs_[j] == dirs_[file]) return j;
  return std::nullopt;
}

bool Project::Blocked(size_t file) const {
  if (cycle_start_[file]) return false;
  if (failed_[file]) return true;  // in a cycle
  return std::any_of(plan_.uses[file].begin(), plan_.uses[file].end(),
                     [&](size_t u) { return failed_[u] && !Library(u); });
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
  current_.reset();
  if (!plan_.uses[file].empty()) {
    // The units `file` reaches, each after the ones it uses.
    std::vector<bool> reached(units_.size(), false);
    std::vector<size_t> stack = plan_.uses[file];
    while (!stack.empty()) {
      size_t u = stack.back();
      stack.pop_back();
      if (reached[u]) continue;
      reached[u] = true;
      for (size_t v : plan_.uses[u]) stack.push_back(v);
    }
    std::vector<typing::Prelude::Unit> units;
    // A wrapped library is one module of its units' modules, before the
    // units of other directories (whose signatures may name it).
    std::vector<std::string> libraries;
    for (size_t u : plan_.order)
      if (reached[u] && !wrapper_[u].empty() && dirs_[u] != dirs_[file] &&
          std::find(libraries.begin(), libraries.end(), wrapper_[u]) == libraries.end())
        libraries.push_back(wrapper_[u]);
    for (const std::string& library : libraries) {
      std::string text;
      bool refused = false;
      for (size_t u : plan_.order) {
        if (!reached[u] || wrapper_[u] != library || dirs_[u] == dirs_[file]) continue;
        refused |= failed_[u];
        text += "module " + units_[u] + " : sig\n" + interfaces_[u] + "\nend\n";
      }
      units.push_back(typing::Prelude::Unit{library, text, refused});
    }
    for (size_t u : plan_.order) {
      if (!reached[u] || (!wrapper_[u].empty() && dirs_[u] != dirs_[file])) continue;
      // A file's own interface is not a module it sees.
      if (units_[u] == units_[file] && dirs_[u] == dirs_[file]) continue;
      units.push_back(typing::Prelude::Unit{units_[u], interfaces_[u], failed_[u]});
    }
    std::string error;
    current_ = typing::Prelude::WithUnits(typing::Prelude::Get(), units, &error);
  }
  if (opens_.empty() || Library(file)) return current_.get();
  for (const std::string& open : opens_) {
    const typing::Prelude& base = current_ ? *current_ : typing::Prelude::Get();
    std::string error;
    // The file's own module, opened in itself, is not there yet: ocamlc
    // says Unbound module there too, which OpenProblem does not see.
    if (std::unique_ptr<typing::Prelude> next = typing::Prelude::WithOpen(base, open, &error))
      current_ = std::move(next);
  }
  return current_.get();
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
  if (Library(file) && (failed || failed_[file])) {
    // A library unit with errors has no compiled interface to give; the
    // files that use it are still checked, its uses silent (refused).
    failed_[file] = true;
    return;
  }
  failed_[file] = failed_[file] || failed;
  if (!failed_[file]) interfaces_[file] = interface;
}

}  // namespace mlhint::project
