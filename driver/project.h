// A project: several files checked as OCaml's compilation units. Each file
// is the module named after it (money.ml: Money); a file that uses another
// file's module is checked after it, in an environment where that module
// has the other file's signature, as `ocamlc -c` does in the order
// `ocamldep -sort` gives.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "diagnostics/warnings.h"
#include "parser/ast.h"
#include "support/source.h"

namespace mlhint::typing {
class Prelude;
}

namespace mlhint::project {

// The module a file is compiled to: its base name without the extension,
// capitalized ("src/money.ml": "Money"); "" when that is not a module name
// (standard input, "my-file.ml").
std::string UnitName(std::string_view path);

// The modules a parsed file names at the head of a path (`Money.add`,
// `open Money`, `Money.(x)`, a functor's argument), sorted, each once: what
// `ocamldep -modules` lists.
std::vector<std::string> UsedModules(const ast::Ast& tree);

struct Plan {
  // The files in the order they are checked: each after the files it uses,
  // and otherwise in the order given.
  std::vector<size_t> order;
  // For each file, the files it uses (other files whose module it names).
  std::vector<std::vector<size_t>> uses;
  // Each dependency cycle found, as the files along it (a file of one is
  // not checked: its modules' signatures depend on each other).
  std::vector<std::vector<size_t>> cycles;
};

// `units[i]` is file i's module name ("" for none), `used[i]` the modules it
// names.
Plan PlanChecks(const std::vector<std::string>& units,
                const std::vector<std::vector<std::string>>& used);
// The same from the files each file uses.
Plan PlanChecks(std::vector<std::vector<size_t>> uses);

// The error for a cycle, reported at its first file: the modules along it,
// as dune lists them.
Diagnostic CycleError(const std::vector<std::string>& modules);

// Whether a file name is a compilation unit's: `.ml`, or `.mli` (its
// interface, which the other files then read).
bool IsUnitFile(std::string_view name);

// The command line's arguments with each directory replaced by the `.ml`
// and `.mli` files under it, sorted (directories whose name starts with `.` or `_`,
// such as dune's `_build`, are skipped, as dune skips them). A directory
// with none stays as it is, for the reader to report.
std::vector<std::string> ExpandDirectories(const std::vector<std::string>& args);

// The `.ml` and `.mli` files directly in `dir` (-I), sorted; none when it is not a
// directory.
std::vector<std::string> UnitsIn(const std::string& dir);

// The files of one command, checked in plan().order: what each file may
// use, and the environment it starts in.
class Project {
 public:
  // `sources[i]` is the text of `paths[i]` (nullopt: it could not be read).
  // The files from `first_library` on are the library's (-I): checked only
  // for the files that use them, and never reported. Each file but those
  // opens the modules `opens` first (-open).
  Project(const std::vector<std::string>& paths,
          const std::vector<std::optional<SourceBuffer>>& sources, const WarningSettings& warnings,
          size_t first_library = SIZE_MAX, std::vector<std::string> opens = {});
  ~Project();
  const Plan& plan() const { return plan_; }

  // The interface file (`.mli`) of an implementation, if the project has
  // one for it.
  std::optional<size_t> InterfaceOf(size_t file) const;
  // Whether a file is left unchecked: it uses a file with errors, or it is
  // in a dependency cycle whose error another file carries.
  bool Blocked(size_t file) const;
  // The error of the cycle that starts at `file`.
  std::optional<Diagnostic> CycleAt(size_t file) const;
  // The environment `file` starts in: the standard library and the units
  // it reaches, with dune's wrapped libraries as one module each, and the
  // -open modules opened (null: the standard library alone). Valid until
  // the next call.
  const typing::Prelude* PreludeFor(size_t file) const;
  // Whether another file uses `file` (its interface is then wanted).
  bool Used(size_t file) const { return used_[file]; }
  // Whether `file` is a unit of the library (-I), not one to report on.
  bool Library(size_t file) const { return file >= first_library_; }
  // ocamlc's error for an -open of a module that is neither the library's
  // nor a unit of the project (reported once, before any file).
  std::optional<std::string> OpenProblem() const;
  // After `file` is checked: whether it had errors and, when it did not
  // and is used, its interface (as ocamlc -i prints it).
  void Checked(size_t file, bool failed, const std::string& interface);

 private:
  std::vector<std::string> units_, dirs_;
  std::vector<bool> interface_;  // per file: an interface (`.mli`)
  // Per file: the module of its dune library when the library is wrapped
  // (its modules are `Lib.M` from other directories), and whether dune
  // hides it from other directories (an executable's module).
  std::vector<std::string> wrapper_;
  std::vector<bool> hidden_;
  Plan plan_;
  std::vector<bool> failed_, used_, cycle_start_;
  std::vector<std::string> interfaces_;  // of the units checked with no error
  size_t first_library_ = SIZE_MAX;
  std::vector<std::string> opens_;
  // The environment last made by PreludeFor.
  mutable std::unique_ptr<typing::Prelude> current_;
};

}  // namespace mlhint::project
