#include "lsp/workspace.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "driver/pipeline.h"
#include "driver/project.h"
#include "typing/prelude.h"

namespace mlhint::lsp {

namespace fs = std::filesystem;

std::optional<std::string> PathOfUri(const std::string& uri) {
  constexpr std::string_view kScheme = "file://";
  if (uri.compare(0, kScheme.size(), kScheme) != 0) return std::nullopt;
  std::string path;
  for (size_t i = kScheme.size(); i < uri.size(); ++i) {
    auto hex = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      return -1;
    };
    if (uri[i] == '%' && i + 2 < uri.size() && hex(uri[i + 1]) >= 0 && hex(uri[i + 2]) >= 0) {
      path += static_cast<char>(hex(uri[i + 1]) * 16 + hex(uri[i + 2]));
      i += 2;
    } else {
      path += uri[i];
    }
  }
  return path;
}

Workspace::Workspace() = default;
Workspace::~Workspace() = default;

void Workspace::SetOpen(const std::string& uri, std::shared_ptr<const std::string> text) {
  if (std::optional<std::string> path = PathOfUri(uri)) open_[*path] = std::move(text);
}

void Workspace::Close(const std::string& uri) {
  if (std::optional<std::string> path = PathOfUri(uri)) open_.erase(*path);
}

// One search of the units a document uses: the units of its directory, by
// module name (each by its `.mli` when it has one), and the order they were
// checked in.
struct Workspace::Visit {
  std::map<std::string, std::string> unit_paths;  // module name -> path
  std::set<std::string> active;                   // being checked (a cycle)
  std::vector<std::string> order;                 // each after the units it uses
  std::set<std::string> done;

  std::vector<std::string> UnitsUsed(const std::string& self, const std::string& text,
                                     const WarningSettings& warnings) const {
    SourceBuffer source(self, text);
    std::vector<std::string> paths;
    for (const std::string& m :
         project::UsedModules(pipeline::ParseStep(source, warnings).tree.ast)) {
      auto it = unit_paths.find(m);
      if (it != unit_paths.end() && it->second != self) paths.push_back(it->second);
    }
    return paths;
  }
};

const Workspace::Unit& Workspace::Checked(const std::string& path, Visit& visit,
                                          const CheckOptions& options) {
  Unit& unit = units_[path];
  if (visit.done.count(path)) return unit;
  std::string text;
  bool readable = true;
  if (auto it = open_.find(path); it != open_.end()) {
    text = *it->second;
  } else {
    std::string error;
    std::optional<SourceBuffer> source = SourceBuffer::FromFile(path, &error);
    readable = source.has_value();
    if (source) text = source->text();
  }
  visit.active.insert(path);
  std::vector<std::string> used = visit.UnitsUsed(path, text, options.warnings);
  std::string deps_key;
  bool blocked = !readable;
  for (const std::string& dep : used) {
    // A unit in a cycle has no interface to give.
    if (visit.active.count(dep)) {
      blocked = true;
      continue;
    }
    const Unit& d = Checked(dep, visit, options);
    blocked |= d.failed;
    deps_key += dep + '\n' + d.interface + '\n';
  }
  visit.active.erase(path);
  visit.done.insert(path);
  visit.order.push_back(path);
  if (blocked) {
    unit = Unit{text, deps_key, true, false, ""};
    return unit;
  }
  if (unit.checked && unit.text == text && unit.deps_key == deps_key) return unit;
  // Checked as the command line checks a file of a project.
  std::vector<std::string> deps_order;
  for (const std::string& p : visit.order)
    if (std::find(used.begin(), used.end(), p) != used.end()) deps_order.push_back(p);
  std::string unused_key;
  std::shared_ptr<const typing::Prelude> prelude = Build(deps_order, &unused_key);
  CheckOptions check = options;
  check.prelude = prelude ? prelude.get() : &typing::Prelude::Get();
  check.want_interface = true;
  check.want_signature = false;
  check.max_errors = 0;
  check.hints = hints::HintLevel::None;
  CheckResult result = Analysis::Run(SourceBuffer(path, text), check)->TakeResult();
  unit = Unit{text, deps_key, result.has_error, true, std::move(result.interface)};
  return unit;
}

std::shared_ptr<const typing::Prelude> Workspace::Build(const std::vector<std::string>& order,
                                                        std::string* key) {
  key->clear();
  for (const std::string& path : order) {
    const Unit& unit = units_.at(path);
    *key += path + '\n' + (unit.failed ? std::string("!") : unit.interface) + '\n';
  }
  if (order.empty()) return nullptr;
  if (auto it = preludes_.find(*key); it != preludes_.end()) return it->second;
  // One copy of the library's environment with every unit, in order. A
  // unit with errors: its uses are not checked (the editor shows its errors
  // in its own document).
  std::vector<typing::Prelude::Unit> units;
  for (const std::string& path : order) {
    const Unit& unit = units_.at(path);
    units.push_back(
        {project::UnitName(path), unit.failed ? std::string() : unit.interface, unit.failed});
  }
  std::string error;
  std::shared_ptr<const typing::Prelude> shared =
      typing::Prelude::WithUnits(typing::Prelude::Get(), units, &error);
  if (preludes_.size() >= 8) preludes_.clear();
  preludes_.emplace(*key, shared);
  return shared;
}

Workspace::Environment Workspace::For(const std::string& uri, const std::string& text,
                                      const CheckOptions& options) {
  std::optional<std::string> self = PathOfUri(uri);
  if (!self) return Environment{};
  Environment env = UnitsFor(*self, text, options);
  if (!self->ends_with(".ml")) return env;
  // The document's own interface, from the editor or the disk.
  std::string path = *self + "i";
  std::optional<std::string> interface;
  if (auto it = open_.find(path); it != open_.end()) {
    interface = *it->second;
  } else {
    std::string error;
    if (std::optional<SourceBuffer> source = SourceBuffer::FromFile(path, &error))
      interface = source->text();
  }
  if (!interface) return env;
  env.interface = std::make_shared<const SourceBuffer>(uri + "i", *interface);
  env.units.push_back(path);
  env.key += "interface\n" + *interface + '\n';
  return env;
}

Workspace::Environment Workspace::UnitsFor(const std::string& self, const std::string& text,
                                           const CheckOptions& options) {
  Environment env;
  Visit visit;
  std::error_code ec;
  fs::path dir = fs::path(self).parent_path();
  // A unit is read through its interface (`.mli`) when it has one, as
  // the command line reads it: its abstract types stay abstract.
  auto add = [&](const std::string& file) {
    bool interface = file.ends_with(".mli");
    if (file == self || !(interface || file.ends_with(".ml"))) return;
    std::string name = project::UnitName(file);
    if (name.empty()) return;
    auto [it, fresh] = visit.unit_paths.emplace(name, file);
    if (!fresh && interface) it->second = file;
  };
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    add(it->path().string());
  // Open documents of the directory that are not on the disk yet.
  for (const auto& [path, unused] : open_)
    if (fs::path(path).parent_path() == dir) add(path);
  // A unit does not use itself (its own name is unbound in it).
  visit.unit_paths.erase(project::UnitName(self));
  visit.unit_paths.erase("");
  // Most documents name no unit of their directory: they are not parsed
  // here (a keystroke in a large file should not pay for it).
  if (std::none_of(visit.unit_paths.begin(), visit.unit_paths.end(),
                   [&](const auto& unit) { return text.find(unit.first) != std::string::npos; }))
    return env;
  std::vector<std::string> used = visit.UnitsUsed(self, text, options.warnings);
  if (used.empty()) return env;
  visit.active.insert(self);
  for (const std::string& dep : used)
    if (!visit.active.count(dep)) Checked(dep, visit, options);
  env.units = visit.order;
  env.prelude = Build(visit.order, &env.key);
  return env;
}

}  // namespace mlhint::lsp
