// Pieces shared by the Typer's source files (not part of its interface).
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "support/format.h"
#include "typing/typer.h"

namespace mlhint::typing {

// Thrown to abandon the typing of an expression or item; caught where the
// checker recovers (TypeExpect, each structure item).
struct TypeErrorThrow {
  Diagnostic diagnostic;
  std::optional<TypeClash> clash;
  // A use of what was refused and reported already: abandoned, not reported.
  bool silent = false;
};

// "<What> are not supported by mlhint".
std::string UnsupportedText(std::string_view what);
// The first of `hidden` (what the opens of a structure introduced) that the
// structure's signature `entries` shows (OCaml's "The type t/150 introduced
// by this open appears in the signature", which names the type by a stamp
// mlhint does not have), or nullptr (typer_open.cpp).
const HiddenByOpen* HiddenInSignature(TypeStore& ts, const Env& env,
                                      std::span<const SigEntry> entries,
                                      std::span<const HiddenByOpen> hidden);
// Its refusal, said at the open.
inline std::string HiddenShownText() {
  return UnsupportedText("types and modules of an open structure that appear in the signature");
}
// An alert's text: what it is about, then its message if any
// (Builtin_attributes.cat).
inline std::string AlertText(std::string what, const std::string& message) {
  return message.empty() ? what : what + "\n" + message;
}

// A message that is one Format box around a text ("@[...@]").
inline Doc BoxedText(std::string text) {
  return [text = std::move(text)](fmt::Formatter& ppf) {
    ppf.open_box(0);
    ppf.print_string(text);
    ppf.close_box();
  };
}

inline std::string Join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

// A copy of the generic type `t` of a signature with its declarations
// replaced (signatures' types are trees: no sharing to keep). `vars` maps
// the variables met to their copies; one given in it beforehand is used.
// Whether `t` names one of `decls` (typer_includemod.cpp).
bool Names(TypeStore& ts, TypeId t, const std::unordered_set<DeclId>& decls);
TypeId CopyInstantiated(TypeStore& ts, const Instantiation& inst, TypeId t,
                        std::unordered_map<TypeId, TypeId>& vars);

// The ids of a module's items of one namespace, in declaration order.
std::vector<uint32_t> ItemsOf(const ModuleDesc& m, Namespace ns);
// Env.report_lookup_error's "MESSAGE\nHint: There is KIND named NAME, but WHY".
Doc WrongNamespaceText(std::string message, std::string kind, std::string name, std::string why);
// Does the generic type `t` name a declaration made at or after `first`?
bool MentionsDeclsFrom(TypeStore& ts, TypeId t, DeclId first);
// The module `m`, a functor's application `F(A)` to paths typed as an
// unnamed module: its types made from `first_type` on are named `F(A).t`,
// as OCaml names the types of that path. False if none of its types says
// the application's name.
bool NameTypesByApplication(Env& env, TypeStore& store, const ModuleDesc& m, DeclId first_type);
// Does the generic type `t` name a parameter's type that the argument
// cannot replace (`inst` maps it to kNoType)?
bool MentionsLost(TypeStore& ts, const Instantiation& inst, TypeId t);

// Includemod_errorprinter.core for Value_descriptions: "Values do not
// match", where each is declared, and the types of one name told apart.
Doc ValuesDoNotMatchDoc(OutSigItem got, OutSigItem expected, std::string expected_at,
                        std::string actual_at, std::vector<TypePrinter::Conflict> conflicts);

// Includemod_errorprinter.show_loc: "@\n@[<2>%a:@ %s@]" (nothing for a
// place in the toplevel).
void ShowLoc(fmt::Formatter& ppf, const std::string& where, const char* what);

// Sets a value for a scope and puts the old one back when it ends (also
// when a type error leaves it).
template <typename T>
class ScopedSwap {
 public:
  ScopedSwap(T& place, T value) : place_(place), saved_(std::move(place)) {
    place_ = std::move(value);
  }
  ~ScopedSwap() { place_ = std::move(saved_); }
  ScopedSwap(const ScopedSwap&) = delete;
  ScopedSwap& operator=(const ScopedSwap&) = delete;

 private:
  T& place_;
  T saved_;
};

// The toplevel's phrase that holds `span` of `source`: the last one that
// starts at or before its line (nullptr if none, as outside the toplevel).
inline const ToplevelUnit* PhraseOf(const std::vector<ToplevelUnit>& phrases,
                                    const SourceBuffer& source, Span span) {
  if (phrases.empty()) return nullptr;
  int64_t line = source.Locate(span.begin).line;
  const ToplevelUnit* found = nullptr;
  for (const ToplevelUnit& unit : phrases)
    if (unit.first_line <= line) found = &unit;
  return found;
}

// Includemod_errorprinter.module_types: "Modules do not match:", the two
// module types (the expected one by its name if it has one), or "..." when
// `elided` (typer_modtype.cpp).
Doc ModulesDoNotMatch(std::vector<OutSigItem> got, std::vector<OutSigItem> expected,
                      std::string expected_name, bool elided);
// Whether OCaml prints "..." for the two module types (Includemod's
// is_big), or nullopt where mlhint cannot tell; `constrained`: the
// expected one has `with` constraints.
std::optional<bool> SignatureElided(const std::vector<OutSigItem>& got,
                                    const std::vector<OutSigItem>& expected, bool constrained,
                                    size_t extra);

// Modules declared in a signature, matched against a structure's
// (typer_submodules.cpp).
struct Submodules {
  // `module N : S` in a signature: N a module of S's items, its abstract
  // types new ones (Typemod.transl_signature's Psig_module).
  static void DeclareOfModuleType(Typer& t, const ast::Item& item);
  // "In module A.B:@ " before `message` (nothing outside any submodule).
  static Doc InModule(const std::vector<std::string>& modules, Doc message);
  // The signature's types of the declared modules `sig` (and theirs)
  // paired with `got`'s of their names, in `check`.
  static void PairTypes(Typer& t, const ModuleDesc& got, const std::vector<SigEntry>& sig,
                        Instantiation& check);
  // The structure's module `got_id` matched against the declared `e`
  // (inside `path`, `context`): its match added to `match.modules`, and
  // the messages of a mismatch.
  static std::optional<Doc> Compare(Typer& t, SigEntry& e, ModuleId got_id,
                                    const std::vector<std::string>& path,
                                    const std::function<void(const std::string&)>& refuse,
                                    const IncludeContext& context, SignatureMatch& match);
  // The module `path` that the structure of `item`, matched, is: its
  // entries in `entries`, the signature's types it replaces in `made`.
  static ModuleDesc ModuleOfMatch(Typer& t, const std::vector<SigEntry>& sig_entries,
                                  const SignatureMatch& match, const std::vector<std::string>& path,
                                  const ast::Item& item, bool of_path, Instantiation& made,
                                  std::vector<SigEntry>& entries);
};

// Inline records (typer_inline_record.cpp): the record type of a
// constructor declared `C of { ... }`, and Typecore's checks that its
// values do not escape.
struct InlineRecords {
  static bool IsInlineArg(const ast::Ast& tree, const ast::ConstructorDecl& cd);
  static DeclId Declare(Typer& t, ast::Id record, DeclId owner, ConstrId constructor,
                        const std::string& name, const std::vector<DeclId>& group);
  static DeclId Copy(Typer& t, DeclId record, DeclId owner, ConstrId constructor,
                     Instantiation& inst, std::unordered_map<TypeId, TypeId>& vars);
  // Includecore: the two records have the same fields (`want`'s types read
  // through `check`, the owners' parameters as `want_vars`/`have_vars`).
  static bool SameFields(Typer& t, DeclId want, DeclId have, const Instantiation& check,
                         const std::unordered_map<TypeId, TypeId>& want_vars,
                         const std::unordered_map<TypeId, TypeId>& have_vars);
  static void CheckIdent(Typer& t, ValueId v, Span loc, Recarg recarg);
  static Recarg ConstructArgument(Typer& t, const ConstructorDesc& cd,
                                  const std::vector<ast::Id>& sargs, Span loc);
  static void CheckPatternArgument(Typer& t, ast::Id p);
  static void CheckWithPart(Typer& t, ast::Id record, TypeId with_type);
  static Doc NotAFieldText(Typer& t, std::string_view name, DeclId record);
  [[noreturn]] static void RaiseEscape(Typer& t, Span loc);
};

// First-class modules (typer_package.cpp): package types, packing,
// unpacking, module patterns.
struct Packages {
  Typer& typer;

  struct PackageView {
    ModuleId module_type;
    DeclId decl;
    std::vector<TypeId> args;  // the constraints' types
  };
  std::optional<PackageView> PackageOf(TypeId t);
  DeclId PackageDecl(ModuleId module_type, const std::vector<std::string>& names);
  TypeId TranslPackageType(const ast::TypeExpr& te, bool fixed);
  TypeId TypePack(ast::Id e, Expected expected);
  void RefusePackagesMaybeEquivalent(const Trace& trace, Span span);
  [[noreturn]] void RaiseNotAPackage(TypeId t, Span where, const char* text, TypeId shown);
  Diagnostic ScopingPack(Span at, const std::string& name, TypeId t);
  ModuleDesc UnpackedModule(TypeId t, Span where, const std::vector<std::string>& path,
                            std::vector<SigEntry>& entries, std::string* mty_name);
  void TypeUnpackModule(const ast::Item& item);
  TypeId WithUnpacks(const std::vector<PatUnpack>& unpacks, const std::function<TypeId()>& body,
                     std::vector<ModuleId>* made = nullptr);
};

}  // namespace mlhint::typing
