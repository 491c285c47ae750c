// Small types the Typer's declaration (typing/typer.h) and its source files
// share: what an expression is typed against, a match case as the typer
// sees it, the bound on nesting and the guard that keeps it, the names an
// item may not define twice, the entries of a signature and what matching
// one against a structure gives.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "parser/ast.h"
#include "support/large_stack.h"
#include "support/span.h"
#include "typing/messages.h"
#include "typing/printtyp.h"
#include "typing/types.h"

namespace mlhint::typing {

// A phrase of the toplevel (Typer::unit_lines_): the first line of the
// file its lines are numbered from, its line offset (RenderOptions), and
// its text (the others' blanked in it), which outlives the session.
struct ToplevelUnit {
  int64_t first_line;
  int line_offset;
  const SourceBuffer* source;
};

struct Expected {
  TypeId type;
  Explanation explanation = Explanation::None;
};

// A match case as the typer sees it (also `fun p -> e`).
struct CaseView {
  ast::Id pat;
  ast::Id guard;  // ast::kNone when absent
  ast::Id body;
  // `fun ?(p = e) -> body`: e, typed against the pattern's type before the
  // body (the pattern is matched against the option's contents).
  ast::Id default_expr = ast::kNone;
};

// Typecore's ?in_function: the function whose parameters are being typed,
// for the "This function expects too many arguments" message.
struct InFunction {
  Span loc;
  TypeId type;
};

// Typecore's recarg: whether an identifier typed next may have the type of
// an inline record (`t.C`): only where a field is read or set (Allowed),
// must have it as a constructor's argument (Required), else may not.
enum class Recarg : uint8_t { Rejected, Allowed, Required };

// What the expression typed next is told by the one around it (Typecore's
// optional arguments ?in_function and ?recarg), taken when it is entered.
struct PendingContext {
  std::optional<InFunction> in_function;
  Recarg recarg = Recarg::Rejected;
};

// The deepest nesting of expressions, patterns or type expressions the
// checker follows (its recursion is bounded by this, well within the stack
// of the checking thread). ocamlc 4.13 overflows its own stack on a sum of
// 30,000 operands; each level costs about 3 KB of stack and 10 us here, so
// this keeps a refused input (a million nested `fun x ->`, 9 MB) well
// within the 10 s and 2 GB that any input under 10 MB may take.
inline constexpr int kMaxDepth = 100000;
struct NestingTooDeep {
  Span span;
};

// One level deeper in TypeExpect / TypePat / TranslType, for as long as it
// lives; past kMaxDepth, NestingTooDeep is thrown.
struct DepthGuard {
  DepthGuard(int& d, Span span) : depth(d) {
    if (++depth > kMaxDepth) {
      --depth;
      BeforeThrow();
      throw NestingTooDeep{span};
    }
  }
  ~DepthGuard() { --depth; }
  int& depth;
};

// The names defined so far, in order (to undo) and as a set (to look up);
// those an `include` brought, which OCaml lets a later item shadow, apart.
struct DefinedNames {
  std::vector<std::string> order;
  std::unordered_set<std::string> set;
  std::unordered_set<std::string> included;
  size_t size() const { return order.size(); }
  bool Contains(const std::string& name) const { return set.count(name) != 0; }
  bool Included(const std::string& name) const { return included.count(name) != 0; }
  void Add(const std::string& name, bool by_include = false) {
    order.push_back(name);
    set.insert(name);
    if (by_include) included.insert(name);
  }
  void resize(size_t n) {
    while (order.size() > n) {
      set.erase(order.back());
      included.erase(order.back());
      order.pop_back();
    }
  }
};

// A variable a pattern binds.
struct PatVar {
  std::string_view name;
  TypeId type;
  Span loc;
  bool as_var = false;
  uint32_t alerts = kNone;  // `x [@deprecated]` (Env::alert_sets)
};

// A package type made (Packages::PackageDecl): of the module type
// `module_type` with constraints on the types `names`, the declaration
// `decl`. (Few: searched in order.)
struct PackageDeclEntry {
  ModuleId module_type;
  std::vector<std::string> names;
  DeclId decl;
};

// A module of a pattern, `(module M)` (Typecore's module_variables): the
// pattern also binds a value M of its type, which the module unpacks.
struct PatUnpack {
  std::string_view name;
  Span name_loc;
  Span loc;  // the pattern's
};

// The variables of a pattern being typed.
struct PatternState {
  std::vector<PatVar> vars;
  std::vector<PatUnpack> unpacks;
  // Typecore's allow_modules: `(module M)` is allowed (not at top level).
  bool allow_modules = false;
  // The names in `vars`, to find a name bound twice without a scan of
  // them all (a pattern can bind a hundred thousand names).
  std::unordered_set<std::string_view> names;
  std::vector<std::function<void()>> force;
  // Typecore's pattern category: true where an exception pattern may be
  // (a case of a `match`, and under its or-patterns).
  bool computation = false;
  // The variables from `base` on, taken out of `vars` (and `names`).
  std::vector<PatVar> TakeFrom(size_t base);
};

// A value whose use is tracked (OCaml's delayed unused checks).
struct Usage {
  bool used = false;
  int32_t group = -1;        // the binding pattern (for warning 26 vs 27)
  int32_t rec_binding = -1;  // a `let rec` binding (uses inside it are deferred)
  // For the delayed check, which captures only the slot (a std::function
  // then needs no allocation: a large file has a hundred thousand).
  ValueId value = kNone;
  int16_t warning = 0;
  int16_t strict_warning = 0;
};

// What an `open struct ... end` in a structure introduced (Typemod's
// Signature_names, which the structure's end checks its signature
// against): its declarations, the names of its modules and module types,
// and the open item.
struct HiddenByOpen {
  uint32_t first_decl = 0, end_decl = 0;
  std::vector<std::string> modules;
  Span open;
};
// The open structures being typed, one inside another, and what the opens
// of the structures being typed hid, innermost last.
struct OpenStructures {
  int depth = 0;
  std::vector<HiddenByOpen> hidden;
};

// A `let rec` binding: the usage slots used inside its definition.
struct RecBinding {
  int32_t group;
  std::vector<int32_t> deps;  // usage slots used inside this definition
};

// An entry of the signature, printed at the end (weak variables may be
// determined by later items).
struct SigEntry {
  OutSigItem::Kind kind = OutSigItem::Kind::Value;
  std::string name;
  TypeId type = kNoType;
  Span loc;
  DeclId decl = kNone;
  bool first = true;
  bool nonrec = false;
  ConstrId exn = kNone;
  bool removed = false;     // a value shadowed by a later one of the same name
  uint32_t alerts = kNone;  // Value: its alerts (Env::alert_sets)
  // Value: an external's (an entry of Env::externals, which stays put).
  const ExternalPrims* external = nullptr;
  std::vector<SigEntry> items;  // Module, ModuleType: its signature
  std::string mty_name;         // Module, ModuleType: the module type's name (`: S`, `= S`)
  std::string alias;            // Module: the module it is an alias of (`= M`)
  std::shared_ptr<const FunctorInfo> functor;  // Module: a functor's parameters
  // Of a module type of the library: where OCaml declares it
  // (`File "map.mli", line 73, ...`), its prelude's `declared` marker.
  std::string declared;
};

// The argument of a functor's application: a module path, or a structure
// typed as an anonymous module (Typer::TypeFunctorArgument).
struct FunctorArgument {
  std::string path;               // names the applicative types, F(A).t; "" for a structure
  ModuleDesc structure;           // a structure's module,
  std::vector<SigEntry> entries;  // and its items
  const ModuleDesc* module = nullptr;
  ModuleId id = kNone;         // a path's module
  DeclId structure_decls = 0;  // the first declaration a structure made
};

// A functor of the program, `module F (X : S) = struct ... end`.
struct FunctorInfo {
  struct Param {
    std::string name;
    std::string mty_name;           // S, if its module type is named
    std::vector<SigEntry> sig;      // its module type's items, for printing
    std::vector<SigEntry> entries;  // the module X made from them
    ModuleId module = 0;
  };
  std::vector<Param> params;
  std::vector<SigEntry> body;            // the body's signature, naming X's types
  std::string result_name;               // the module type's name of a constrained body
  std::vector<std::string> result_path;  // the path `body` was typed as
  // The module type's name of the whole functor (`module F : MT = functor
  // ...`, MT a functor's module type), which its signature prints.
  std::string type_name;
};

// A module type already typed, which a module is constrained to
// (Typer::ConstrainModule): its items, its name if it has one, and the
// path its items were typed as.
struct ModuleTypeGiven {
  std::vector<SigEntry> entries;
  std::string name;
  std::vector<std::string> path;
  bool package = false;  // a package type's (a packed module is checked against it)
};

// Declarations of a signature (a functor's, a module type's) mapped to
// what a module made from it has in their place.
struct Instantiation {
  std::unordered_map<DeclId, TypeId> param_types;  // a type -> a whole type (no arguments)
  std::unordered_map<DeclId, DeclId> decls;        // a type -> another declaration
  // Those of `decls` whose declaration was made anew (Submodules::ModuleOfMatch).
  std::unordered_set<DeclId> made_anew;
};

// Includemod.signatures' outcome (Typer::MatchSignature).
struct SignatureMatch {
  std::vector<Doc> missing;
  std::optional<Doc> mismatch;
  std::vector<uint32_t> paired;  // per signature entry: the structure's item
  Instantiation check;           // the signature's types -> the structure's
  // Per module the signature declares, in order: its signature's match
  // against the structure's module.
  std::vector<SignatureMatch> modules;
};

// Where a signature is matched (Includemod_errorprinter's context): inside
// the submodules `modules` of the one matched first, whose structure's
// entries (to print the structure's submodules) are `got_entries`, its
// types already paired in `check`.
struct IncludeContext {
  std::vector<std::string> modules;
  // The path the signature was typed as (its types are named from there).
  std::vector<std::string> sig_path;
  std::optional<std::span<const SigEntry>> got_entries;
  // The file the signature's declarations are in, if not the checked one
  // (an interface file's).
  const SourceBuffer* declared_in = nullptr;
  const Instantiation* check = nullptr;
  // The outermost of `modules` has the name of a module inside it, which
  // OCaml's paths through it then tell apart (`N/2.t`).
  bool outermost_shadowed = false;
};

// An implementation's interface file, typed (Typer::TypeInterfaceFile):
// its items and where each is declared, as messages say it.
struct InterfaceFile {
  std::vector<SigEntry> entries;
  std::vector<std::string> where;
};

}  // namespace mlhint::typing
