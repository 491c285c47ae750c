// The type checker: OCaml 4.13's typecore/typetexp/typedecl/typemod for
// the subset, over our AST. Check(ast) types a structure item by item, in
// OCaml's order, and reports what ocamlc reports, in the same words; after
// an error it goes on (the failed expression gets the Error type, which
// agrees with anything), so every independent error is reported.
//
// It never looks at hints: an item with errors is handed, as data, to the
// stage behind it (typing/review.h), which may ask how edited versions of
// the item would type (Speculate).
#pragma once

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "support/memory.h"

#include "diagnostics/diagnostic.h"
#include "diagnostics/warnings.h"
#include "parser/ast.h"
#include "support/source.h"
#include "typing/check_options.h"
#include "typing/ctype.h"
#include "typing/env.h"
#include "typing/messages.h"
#include "typing/printtyp.h"
#include "typing/review.h"
#include "typing/typer_state.h"
#include "typing/typer_types.h"
#include "typing/types.h"

namespace mlhint::typing {

class Prelude;

class Typer {
 public:
  // The typer works on copies of the prelude's environment and types.
  Typer(const SourceBuffer& source, const ast::Ast& ast, const Prelude& prelude,
        const CheckOptions& options);
  ~Typer();

  CheckOutput Check();
  // The signature as a unit's interface (what its .cmi would hold), read
  // back by Prelude::WithUnits: a module constrained to a module type has
  // its items written out (`module M : sig ... end`, not `module M : S`).
  std::string InterfaceText();
  // Whether the -i text names module types (so differs from InterfaceText).
  bool DefinesModuleTypes() const { return !module_types_.empty(); }

  // The toplevel (expect tests): units (chunks of a file) that share one
  // environment, their items typed one by one (ItemTransaction,
  // driver/toplevel.h). The next unit; `source` and `ast` must live as long
  // as the Typer. Line numbers that messages mention are shifted by
  // `line_offset`, as the toplevel numbers lines from the phrase.
  void BeginUnit(const SourceBuffer& source, const ast::Ast& ast, int line_offset);

  // For hints: the type an expression was given (kNoType if not typed).
  TypeId ExprType(ast::Id e) const { return e < expr_types_.size() ? expr_types_[e] : kNoType; }
  TypeId PatType(ast::Id p) const { return p < pat_types_.size() ? pat_types_[p] : kNoType; }
  ConstrId PatConstructor(ast::Id p) const {
    return p < pat_constructors_.size() ? pat_constructors_[p] : kNone;
  }
  LabelId RecordPatLabel(ast::Id field) const {
    return field < record_pat_labels_.size() ? record_pat_labels_[field] : kNone;
  }

  // Types `tree` (the items of `source`: one structure item, edited) where
  // the item under review stands, in the environment before it, and undoes
  // everything; returns the locations (in `source`) of the errors it would
  // report and, for the expressions whose spans are asked for (`probes`),
  // the types they were given, printed as OCaml prints a type ("" for one
  // not found or not typed). nullopt outside ItemReviewer::Review.
  using Speculation = typing::Speculation;
  std::optional<Speculation> Speculate(const SourceBuffer& source, const ast::Ast& tree,
                                       const std::vector<Span>& probes);

  // For hints: the value an identifier expression resolved to (kNone if
  // it did not), and where the type of a monomorphic value was fixed: the
  // expression whose typing bound the type variable it had (its origin),
  // or kNone.
  ValueId IdentValue(ast::Id e) const {
    return e < ident_values_.size() ? ident_values_[e] : kNone;
  }
  ast::Id OriginOf(ValueId v) const;
  // A value by its name as written ("+.", "!", "Int32.add") in the current
  // environment, without reporting anything; kNone if there is none.
  ValueId ResolveValue(std::string_view dotted) const;
  // The declaration of the prelude's type `name` (Stdlib's, e.g. "ref").
  DeclId StdlibType(std::string_view name) const;

  TypeStore& store() { return *store_; }
  Env& env() { return *env_; }
  Ctype& ctype() { return *ctype_; }
  TypePrinter& printer() { return *printer_; }
  const ast::Ast& tree() const { return *ast_; }
  const SourceBuffer& source() const { return *source_; }

 private:
  std::vector<ast::Id> ListOf(ast::ListRef l) const { return {ast_->begin(l), ast_->end(l)}; }

  // --- speculation: everything a structure item can change, to undo it
  Checkpoint Save();
  // With keep_types, the types made since stay valid (the unifications
  // made since stay too); everything else is undone.
  void Rollback(Checkpoint& cp, bool keep_types = false);
  void Commit(Checkpoint& cp);
  void SwapUnit(Unit& other);
  static Unit NewUnit(const SourceBuffer& source, const ast::Ast& ast);
  // Types one item of the current unit, reporting its errors; returns
  // whether it failed as a whole (then its names are bound to errors).
  bool TypeItemReporting(ast::Id item);
  int speculating_ = 0;
  int line_offset_ = 0;
  // In the toplevel, each phrase's first line, line_offset_ and text, in
  // order (the definitions a message locates may be in earlier phrases).
  std::vector<ToplevelUnit> unit_lines_;
  std::string DeclarationLocation(Span span) const;
  bool toplevel_naming_ = false;   // printing a phrase's values in the toplevel
  bool unlimited_errors_ = false;  // the first typing of an item, when reviewed
  const ItemErrors* reviewed_item_ = nullptr;

  // --- structure
  void CheckItem(ast::Id item);
  void KeepErrorsWithinLimit(const ItemStart& start);
  // After an item with errors is reported: the values it bound (those of
  // the table from `first_value` to `values_end`) take the types they have
  // in `repaired` (ItemReview::continue_as).
  void ContinueAsRepaired(size_t first_value, size_t values_end, const RepairedItem& repaired);
  // Types the items of `tree` where the current item stands, under a
  // checkpoint that EndSpeculation undoes; `unit` keeps the current unit
  // meanwhile.
  Checkpoint BeginSpeculation(const SourceBuffer& source, const ast::Ast& tree, Unit* unit);
  void EndSpeculation(Checkpoint& cp, Unit& unit, bool keep_types);
  void RemoveItemDiagnostics(size_t first, const std::vector<bool>& drop);
  // whole_file: as ocamlc -i ends a file (warning 63, a final newline).
  std::string SignatureText(size_t from, bool whole_file);
  void TypeItem(ast::Id item);
  void TypeValueItem(const ast::Item& item);
  void TypeTypeItem(const ast::Item& item);
  void TypeExceptionItem(const ast::Item& item);
  ConstrId TranslException(const ast::ConstructorDecl& cd, const ast::Item* item);
  void TypeEvalItem(const ast::Item& item);
  // `module M = struct ... end`, `module M : sig ... end` in a signature.
  void TypeModuleItem(const ast::Item& item);
  // A refused module or module type definition (or a failed functor
  // application, a module that does not match its module type, a structure
  // with a refused item inside): its name is bound to a refused module.
  void BindRefusedModule(const ast::Item& item, bool refused_inside = false);
  [[noreturn]] void RaiseSilently(Span span);  // abandons a use of what failed, silently
  // A structure typed as the body of `path`: its names, its signature in `entries`.
  ModuleDesc TypeStructure(ast::ListRef items, const std::vector<std::string>& path,
                           std::vector<SigEntry>& entries);
  // The names bound since `mark`, but in the `opened` ranges (a structure's own).
  ModuleDesc BoundSince(Env::Mark mark,
                        const std::vector<std::pair<Env::Mark, Env::Mark>>& opened) const;
  // An implementation with an interface file (typer_modtype.cpp): the
  // interface's signature, typed before the implementation, and the check
  // of the implementation's items against it (Includemod.compunit).
  std::optional<InterfaceFile> TypeInterfaceFile();
  void CheckAgainstInterface(InterfaceFile& interface, ModuleDesc got);
  // Binds a module typed by the item and adds it to the signature.
  void BindModule(const ast::Item& item, ModuleDesc m, std::vector<SigEntry> entries);
  // `module M = F (X)` for a functor of the prelude (typer_functor.cpp).
  void TypeFunctorApplication(const ast::Item& item);
  void TypeFunctorArgument(const ast::Item& item, FunctorArgument& arg);
  DeclId ApplicativeType(ModuleId functor, ModuleId arg, DeclId decl, const std::string& arg_path,
                         TypeDecl prototype);
  // Functors of the program (typer_functor_def.cpp).
  void TypeFunctorDefinition(const ast::Item& item,
                             std::shared_ptr<const FunctorInfo> typed = nullptr,
                             const std::string& type_name = {});
  FunctorInfo::Param TypeFunctorParam(const ast::Item& param);
  std::vector<SigEntry> ResultOfParameters(const FunctorInfo& f,
                                           const std::vector<FunctorInfo::Param>& written);
  void TypeUserFunctorApplication(const ast::Item& item, ModuleId functor, Span span);
  std::vector<DeclId> CopyDeclarations(const std::vector<DeclId>& from,
                                       const std::vector<std::string>& path, Instantiation& inst);
  SigEntry InstantiateEntry(const SigEntry& e, const Instantiation& inst, ModuleDesc& m);
  std::vector<SigEntry> CopySignature(const std::vector<SigEntry>& sig,
                                      const std::vector<std::string>& path, Instantiation& inst,
                                      ModuleDesc& m, Span where = {},
                                      const char* refusal = nullptr);
  ModuleDesc ModuleOfSignature(const std::vector<SigEntry>& sig,
                               const std::vector<std::string>& path, std::vector<SigEntry>& entries,
                               Span where);
  // Module types (typer_modtype.cpp): `module type S = sig ... end`, a
  // signature's items, `module M : S = struct ... end` (Includemod's check
  // of the structure against S, the module made of S's items).
  void TypeModuleTypeItem(const ast::Item& item);
  ModuleDesc ModuleTypeOf(const ast::Item& mt, const std::vector<std::string>& path,
                          std::vector<SigEntry>& entries, std::string* name);
  // `MT with type ...` (Typemod.merge_constraint), as the signature of `path`.
  ModuleDesc ModuleTypeWith(const ast::Item& mt, const std::vector<std::string>& path,
                            std::vector<SigEntry>& entries);
  ModuleDesc TypeSignature(ast::ListRef items, const std::vector<std::string>& path,
                           std::vector<SigEntry>& entries);
  void TypeValDecl(const ast::Item& item);
  ExternalPrims CheckExternal(const ast::Item& item, TypeId type);  // typer_external.cpp
  void TypeConstrainedModule(const ast::Item& item);
  ModuleDesc ConstrainStructure(const ast::Item& item, const std::vector<std::string>& path,
                                std::vector<SigEntry>& entries, std::string* sig_name,
                                const ModuleTypeGiven* given = nullptr);
  ModuleDesc ConstrainModule(const ast::Item& item, const ModuleDesc& got,
                             std::vector<SigEntry>* got_entries_of_structure,
                             const std::vector<std::string>& path, std::vector<SigEntry>& entries,
                             std::string* sig_name_out, const ModuleTypeGiven* given = nullptr);
  // Functors' module types (typer_functor_type.cpp): `module type F =
  // functor (X : S) -> T`, a functor or its application constrained to one.
  std::shared_ptr<FunctorInfo> FunctorTypeOf(const ast::Item& mt,
                                             const std::vector<std::string>& path,
                                             std::string* name);
  // Is `mt` a functor's module type, written or named by a simple name?
  bool NamesFunctorType(const ast::Item& mt) const;
  void TypeTypedFunctor(const ast::Item& item);
  void TypeConstrainedApplication(const ast::Item& item);
  Diagnostic FunctorNotASignature(const ast::Item& item, const FunctorInfo& f);
  // typer_include.cpp
  void BindIncluded(const ast::Item& item, const ModuleDesc& m, std::vector<SigEntry>& entries);
  void TypeSignatureInclude(const ast::Item& item);
  void TypeIncludeApplication(const ast::Item& item);
  // `module N = M` (typer_module.cpp).
  void TypeModuleAlias(const ast::Item& item);
  ModuleDesc AliasOf(ModuleId target, const std::vector<std::string>& path);
  ModuleId LookupModuleType(ast::Id longident);
  // The items of the module type `id` (of the program's, or the library's).
  std::vector<SigEntry> ModuleTypeEntries(ModuleId id) const;
  TypeId RigidType();
  bool HasWeakVariables(TypeId scheme);
  bool SameType(TypeId want, TypeId have, const Instantiation& check,
                std::unordered_map<TypeId, TypeId> want_vars,
                std::unordered_map<TypeId, TypeId> have_vars);
  bool SameDefinition(DeclId want, DeclId have, const Instantiation& check);
  SignatureMatch MatchSignature(const ModuleDesc& got, std::vector<SigEntry>& sig_entries,
                                const std::vector<std::string>& where,
                                const std::vector<std::string>& path,
                                const std::function<void(const std::string&)>& refuse,
                                const IncludeContext& context = {});
  std::string DeclaredAt(Span span) const;
  // Where each entry is declared; in `in`, an interface file's, if given.
  std::vector<std::string> SignatureLocations(const std::vector<SigEntry>& entries,
                                              const SourceBuffer* in = nullptr) const;
  bool HidesFromUnusedWarnings(ast::ListRef items, const ModuleDesc& got,
                               const std::vector<SigEntry>& sig_entries,
                               const std::vector<uint32_t>& paired);
  // Includemod's messages about a functor's argument: a missing item, a
  // value of another type than the parameter's.
  static Doc MissingField(const char* kind, const std::string& name, const std::string& declared);
  Doc ValuesDoNotMatch(ModuleId param, ValueId value, ValueId got, const std::string& declared);
  // The signature items of entries (the values shadowed in them left out).
  std::vector<OutSigItem> SignatureItems(std::span<SigEntry> entries, size_t from);
  void BindFailedItem(const ast::Item& item);
  TypeId TranslGenericType(ast::Id t);
  void CheckTypeVariableName(const std::string& name, Span span);
  void RaiseUnboundTypeVariables();
  // A record label's type, as OCaml leaves it: see typer_decl.cpp.
  void ExpandDroppingAbbreviations(TypeId t, const std::vector<DeclId>& group);
  // Typetexp.transl_labels, one label of a record of `group`: its names
  // so far in `names` (they must differ); `res` kNoType until known.
  LabelId DeclareLabel(ast::Id l, DeclId owner, TypeId res, uint32_t pos,
                       const std::vector<DeclId>& group,
                       std::unordered_set<std::string_view>& names);
  void CheckUnboxedAttribute(const ast::TypeDecl& td);
  void CheckWellFounded(const std::vector<DeclId>& group, const std::vector<Span>& locs);
  // typer_reexport.cpp: `type t = d = A | B` repeats d's definition.
  void CheckReexport(DeclId id, Span loc);
  std::optional<std::optional<Doc>> DeclarationMismatch(DeclId orig, DeclId id);
  void CheckNewName(DefinedNames& defined, const std::string& name, std::string_view kind, Span loc,
                    bool by_include = false);

  // --- expressions
  using ArgLabelInfo = typing::ArgLabelInfo;
  using SArg = typing::SArg;
  TypeId TypeExpect(ast::Id e, Expected expected);
  TypeId TypeExpectInner(ast::Id e, Expected expected);
  TypeId TypeExp(ast::Id e) { return TypeExpect(e, Expected{ctype_->NewVar()}); }
  TypeId TypeArgument(ast::Id e, TypeId expected_generic, TypeId expected_instance);
  TypeId TypeApply(ast::Id e, Expected expected);
  // The primitive of the value an identifier (typed) names.
  Primitive PrimitiveOf(ast::Id ident_expr) const;
  TypeId TypeApplication(ast::Id apply, ast::Id funct, TypeId funct_type,
                         const std::vector<SArg>& args);
  // Typecore's Apply_wrong_label.
  TypeId OptionContents(TypeId t);
  [[noreturn]] void RaiseWrongLabel(Span at, ArgLabelInfo label, TypeId fun_type);
  TypeId TypeConstruct(ast::Id e, Expected expected);
  TypeId TypeVariantExpr(ast::Id e, Expected expected);  // typer_variant.cpp
  TypeId TypeRecord(ast::Id e, Expected expected, Recarg recarg);
  TypeId TypeField(ast::Id e, Expected expected);
  TypeId TypeSetField(ast::Id e, Expected expected);
  // OCaml's type_label_access, for `x.a.b` and `x.a.b <- x.c`: the record
  // `x.a` typed, its type's record declaration if known, and the field.
  struct LabelAccess {
    TypeId record;
    std::optional<DeclId> decl;
    LabelId label;
  };
  LabelAccess TypeLabelAccess(const ast::Expr& x);
  TypeId TypeLabelExp(ast::Id label_longident, LabelId label, ast::Id sarg, TypeId ty_expected);
  TypeId TypeFunction(ast::Id e, Expected expected, const std::vector<CaseView>& cases,
                      std::optional<InFunction> in_function);
  ArgLabelInfo LabelOf(const ast::ArgLabel& l);
  std::string PrefixedLabelName(ArgLabelInfo l) const;
  TypeId TypeLet(ast::Id e, Expected expected);
  TypeId TypeLetOp(ast::Id e, Expected expected);  // typer_letop.cpp: `let* p = e in body`
  // typer_module.cpp: `let module M = ... in e`; `open struct ... end`, `open F (X)` items.
  TypeId TypeLetModule(ast::Id e, Expected expected);
  void ScopeLocalTypes(DeclId first_type, ModuleId first_module);
  // First-class modules (typer_package.cpp): the package types made so far.
  std::vector<PackageDeclEntry> package_decls_;
  void TypeOpenStructure(const ast::Item& item);
  void TypeOpenApplication(const ast::Item& item);
  ModuleId TypeUnnamedModule(const ast::Item& app, std::vector<SigEntry>* entries);
  // Warning 51 of `[@tailcall]` (typer_tailcalls.cpp), once typed.
  void WarnTailcalls(ast::Id item, bool top = true);
  void WarnTailcallsIn(ast::Id e, bool tail);
  OpenStructures open_structures_;  // typer_types.h
  bool PatHasConstructor(ast::Id p) const;
  TypeId TypeStatement(ast::Id e, Explanation explanation);
  // `errors_before`: the error count when the construct began (before its
  // scrutinee or a try's body): the match's own checks are skipped when it
  // reported an error since (ocamlc, stopped at that error, never makes them).
  // `computation`: the cases of a `match`, which may be exception patterns.
  void TypeCases(TypeId ty_arg, Expected ty_res, bool partial_flag, Span loc,
                 const std::vector<CaseView>& cases, std::optional<InFunction> in_function,
                 int errors_before, bool computation = false);
  LetResult TypeLetBindings(bool is_rec, const std::vector<ast::Id>& bindings, bool toplevel);
  void CheckRecursiveBindings(const std::vector<ast::Id>& bindings,
                              const std::vector<PatVar>& vars);
  TypeId TypeApprox(ast::Id e);
  TypeId ApproxType(ast::Id t);
  TypeId ConstantTypeOf(ast::Id constant, Span span);
  // `open M` and local opens: binds the items of a module of the prelude.
  void OpenModule(ast::Id longident);
  // Format strings (typer_format.cpp): whether `expected` expands to a
  // format6, and the type of a string literal there.
  bool IsFormatExpected(TypeId expected);
  TypeId TypeFormatString(ast::Id e, Expected expected, std::string_view literal);
  void UnifyExp(ast::Id e, TypeId type, TypeId expected,
                Explanation explanation = Explanation::None);
  void UnifyExpArg(ast::Id e, TypeId type, TypeId expected);
  std::pair<std::vector<ArrowLabel>, bool> ListLabels(TypeId t);
  Diagnostic ApplyNonFunctionError(Span span, TypeId shown);
  // --- patterns
  TypeId TypePat(ast::Id p, TypeId expected, PatternState& st);
  TypeId TypePatConstruct(ast::Id p, TypeId expected, PatternState& st);
  TypeId TypePatVariant(ast::Id p, TypeId expected, PatternState& st);
  void CloseMatchedVariants(const std::vector<ast::Id>& pats, bool computation);
  TypeId TypePatRecord(ast::Id p, TypeId expected, PatternState& st);
  TypeId PatConstantType(ast::Id constant, Span span);
  TypeId BuildAsType(ast::Id p, TypeId pat_type);
  std::vector<ast::Id> ConstructorArgPatterns(ast::Id p, uint32_t arity) const;
  void UnifyPat(ast::Id p, TypeId type, TypeId expected);
  void EnterVariable(PatternState& st, std::string_view name, Span loc, TypeId type, bool as_var);
  void EnterOrPatternVariables(Span loc, std::vector<PatVar> left, std::vector<PatVar> right);

  // --- exhaustiveness (typing/parmatch.cpp; the patterns are converted in
  // typing/parmatch_convert.cpp)
  void CheckPartialMatch(TypeId ty, Span loc, const std::vector<ast::Id>& pats,
                         const std::vector<bool>& guarded);
  void CheckUnusedCases(TypeId ty, const std::vector<ast::Id>& pats,
                        const std::vector<bool>& guarded, const std::vector<bool>& refuting);
  void CheckPartialLet(ast::Id pat, TypeId ty, ast::Id expr);
  bool Irrefutable(ast::Id pat) const;
  bool HasOrPattern(ast::Id pat) const;
  void CheckPartial(TypeId ty, std::optional<Span> match_loc, const std::vector<ast::Id>& pats,
                    const std::vector<bool>& guarded);
  // The patterns of one check in the form of typing/parmatch.h (defined in
  // typing/parmatch_context.h, made in typing/parmatch_convert.cpp).
  class MatchContext;
  // Which part of the cases the checks see: a match with exception cases is
  // checked as its value cases and, apart, its exception cases.
  enum class CasePart : uint8_t { All, Value, Exception };
  CasePart case_part_ = CasePart::All;
  bool HasCasePart(ast::Id p, CasePart part) const;
  void CheckRedundantCases(TypeId ty, const std::vector<ast::Id>& pats,
                           const std::vector<bool>& guarded, const std::vector<bool>& refuting);
  void CheckAmbiguousBindings(const std::vector<ast::Id>& pats, const std::vector<bool>& guarded);
  // The guard of each case's pattern (filled on first use, for warning 57).
  std::vector<ast::Id> guard_of_pat_;
  // The work all the checks of a file may still do; past it they are given
  // up silently (pattern matrices can make them exponential).
  int64_t match_budget_ = 100'000'000;

  // --- type expressions
  TypeId TranslType(ast::Id t, bool fixed);
  TypeId TranslSimpleType(ast::Id t, bool fixed);
  void ResetTypeVariables();

  // --- names
  ValueId LookupValue(ast::Id longident);
  DeclId LookupType(ast::Id longident);
  std::vector<ConstrId> LookupAllConstructors(ast::Id longident, bool in_pattern);
  std::vector<LabelId> LookupAllLabels(ast::Id longident);
  std::vector<ConstrId> LookupAllConstructorsNoError(ast::Id longident);
  std::vector<LabelId> LookupAllLabelsNoError(ast::Id longident);
  // `use` (Env's ~use): a deprecated module on the path is said; false for
  // one that repeats OCaml's. ModuleAtPath: the module named, or kNone.
  const ModuleDesc* LookupModulePath(ast::Id longident, uint32_t parts, bool use = true);
  [[noreturn]] void RaiseModuleNotSupported(const ModuleDesc* m, const std::string& path,
                                            Span span);
  void RefuseMissingInPartial(const ModuleDesc* m, std::span<const std::string_view> module_parts,
                              Span span);
  ModuleId ModuleAtPath(ast::Id longident, bool use = true);
  void TypeIncludeItem(const ast::Item& item);
  // "Unbound ..." with OCaml's spell-check hint (WithSpellcheck), and for
  // each suggestion a hint child with the edit replacing `typo` (a name of
  // the source) by it.
  Diagnostic UnboundError(DiagKind kind, Span span, Doc message, std::string_view typo,
                          const std::vector<std::string>& choices);
  void AddSpellingFixes(Diagnostic& d, std::string_view typo,
                        const std::vector<std::string>& choices) const;
  // OCaml's spelling suggestions for `name` among the names bound in a
  // namespace, or among a list. Each costs a walk over every candidate, and
  // a file of many thousand unbound names would cost their square: the
  // candidates looked at in one check are bounded (kSpellBudget), past
  // which an error has no suggestion. An ordinary file never comes near.
  std::vector<std::string> SpellcheckNames(Namespace ns, std::string_view name);
  std::vector<std::string> SpellcheckAmong(const std::vector<std::string>& candidates,
                                           std::string_view name);
  bool SpendSpellBudget(size_t candidates);
  [[noreturn]] void RaiseUnboundConstructor(ast::Id longident);
  [[noreturn]] void RaiseUnboundLabel(ast::Id longident);
  std::optional<DeclId> ConcreteDecl(TypeId t, DeclKind kind);
  // Typecore's expand_path: a type that re-exports another
  // (`type s = M.t = {...}`) is that other type, when a constructor or a
  // label is looked for in it.
  DeclId ExpandDeclPath(DeclId d);
  ConstrId DisambiguateConstructor(ast::Id longident, const std::vector<ConstrId>& candidates,
                                   TypeId expected, bool in_pattern, std::string_view msg,
                                   Explanation explanation);
  std::vector<std::pair<ast::Id, LabelId>> DisambiguateLabels(
      Span record_loc, const std::vector<ast::Id>& fields, bool in_pattern, bool closed,
      std::optional<DeclId> expected_decl, TypeId expected, std::string_view msg);
  std::string OutOfScopeText(std::string_view name, DeclId decl);
  void WarnDisambiguated(Span span, std::string_view name, bool first_in_scope);
  std::vector<std::string> AmbiguousPaths(DeclId chosen, const std::vector<DeclId>& others);
  LabelId DisambiguateFieldAccess(ast::Id longident, const std::vector<LabelId>& labels,
                                  std::optional<DeclId> decl, TypeId record_type);
  void WarnAmbiguous(Span span, std::string_view name, DeclId chosen,
                     const std::vector<DeclId>& others);

  // --- errors
  [[noreturn]] void Raise(Diagnostic d, std::optional<TypeClash> clash = std::nullopt);
  [[noreturn]] void RaiseExprClash(ast::Id e, Span span, Trace trace, Explanation explanation);
  Child UnitHintChild(ast::Id e, Span span, UnitHint hint) const;
  [[noreturn]] void RaisePatClash(ast::Id p, Span span, Trace trace, bool literal_pattern = true);
  Diagnostic WrongNameError(Span span, std::string_view msg, TypeId expected,
                            Explanation explanation, bool is_label, std::string_view name,
                            DeclId decl, const std::vector<std::string>& valid);
  Diagnostic ConstructorArityError(ast::Id longident, Span span, uint32_t expected, uint32_t given);
  Diagnostic LabelMismatchError(ast::Id label_longident, Trace trace);
  Diagnostic NameTypeMismatchError(Span span, bool is_label, ast::Id longident, DeclId expected,
                                   DeclId found);
  void Report(TypeError&& error);
  void Warn(int number, Span span, std::string message);
  void PushWarning(Diagnostic d);
  void WarnNameCollisions(const std::vector<TypePrinter::NameCollision>& collisions);
  bool WarningActive(int number) const { return options_.warnings.IsActive(number); }
  bool Stopped() const;

  // --- values and unused-variable tracking (OCaml's delayed checks)
  ValueId NewValue(std::string_view name, TypeId type, Span loc);
  void TrackUnused(ValueId v, int warning, int strict_warning, int32_t group, int32_t rec_binding);
  ValueId AddValue(std::string_view name, TypeId type, Span loc, bool track_unused, int warning);
  void MarkUsed(ValueId v);
  void TrackShadowedToplevel(ValueId v);
  // The latest value of each name of the structure being typed (each
  // structure has its own, which its delayed checks keep).
  using LatestValues = std::unordered_map<std::string, ValueId>;
  std::shared_ptr<LatestValues> toplevel_values_ = std::make_shared<LatestValues>();
  // Whether the structure being typed is a local module's (`let module`),
  // whose values nothing exports: each one unused is warning 32.
  bool local_structure_ = false;
  void MarkSlot(int32_t slot);
  // A check made at the end (the unused names), with the warning settings
  // in force where it is made.
  void AddDelayed(std::function<void()> check);
  void WarnUnusedModuleLater(int warning, ModuleId module, Span loc, const std::string& name);

  // --- warning attributes (ast::WarningAttribute, typer_warnings.cpp)
  // The settings in force, and every one since the start, by number: a
  // delayed check runs with those of where it was made.
  std::vector<WarningSettings> warning_states_;
  size_t warning_state_ = 0;
  void SetWarningState(size_t state);
  // `check`, run with the settings of state `state` in force.
  std::function<void()> InWarningState(size_t state, std::function<void()> check);
  // The settings changed by `a` (a new state in force).
  void ApplyWarningAttribute(const ast::WarningAttribute& a);
  // The error of a construct outside the subset (an extension node's is
  // OCaml's own "Uninterpreted extension").
  Diagnostic UnsupportedError(const ast::UnsupportedConstruct& u) const;
  std::vector<std::pair<uint64_t, uint32_t>> ppwarnings_said_;  // tree, attribute (few)
  // The alerts the tree gives the definition named at `name` (the whole
  // at `def`), as one of Env::alert_sets; kNone when it has none.
  uint32_t DefinitionAlerts(Span name, Span def);
  // Env.use_*: each alert of the set at the use, about `what`.
  void RaiseAlerts(uint32_t set, Span use, const std::string& what);
  void RaiseValueAlerts(ValueId v, Span use, const std::string& what);
  // Builtin_attributes.check_alerts_inclusion: the alerts of the module's
  // value `got` that the signature's `want` does not carry, at `at`.
  void RaiseInclusionAlerts(ValueId got, const SigEntry& want, Span at);
  friend class WarningScope;     // typer_state.h
  friend class ItemTransaction;  // item_transaction.h
  friend class ItemwiseCheck;    // itemwise.h
  friend class NativeReprs;      // typer_external.cpp
  friend struct InlineRecords;   // typer_inline_record.cpp
  friend struct Packages;        // typer_package.cpp
  friend struct Submodules;      // typer_submodules.cpp

  bool IsNonexpansive(ast::Id e) const;
  bool IsNonexpansiveModule(const ast::Item& item) const;
  bool IsInferred(ast::Id e) const;
  ast::Id FinalSubexpression(ast::Id e) const;
  void CheckValueName(std::string_view name, Span loc);
  void CheckPartialApplication(bool statement, ast::Id e, TypeId type);

  // The program typed: the file, or another unit in its environment (a re-typing, a chunk).
  const SourceBuffer* source_;
  const ast::Ast* ast_;
  CheckOptions options_;
  std::unique_ptr<TypeStore> store_;
  std::unique_ptr<Env> env_;
  std::unique_ptr<Ctype> ctype_;
  std::unique_ptr<TypePrinter> printer_;
  CheckOutput out_;
  int errors_ = 0;
  int depth_ = 0;  // current recursion depth of TypeExpect / TypePat / TranslType

  ArenaVector<TypeId> expr_types_;
  ArenaVector<TypeId> pat_types_;
  ArenaVector<ConstrId> pat_constructors_;
  ArenaVector<LabelId> record_field_labels_;
  ArenaVector<LabelId> record_pat_labels_;
  std::vector<bool> apply_is_raise_;
  // The variable each NewType's type takes in place of its type (for the
  // check of `let f : type t. T = e`, Typecore.check_univars).
  std::unordered_map<ast::Id, TypeId> newtype_vars_;
  ArenaVector<ValueId> ident_values_;
  // TypeId of a variable -> 1 + the expression whose unification bound it
  // (0: none noted).
  ZeroedArray origin_of_var_;
  void NoteOrigin(ast::Id e, TypeId before_type, TypeId before_expected);
  // The origin of each value of the current item, noted when its variable
  // is bound: later, path compression may link the value's type past the
  // variable that recorded it. Values whose type is still a variable wait
  // in origin_open_; values from origin_scanned_ on are not looked at yet.
  std::vector<ast::Id> value_origin_;
  std::vector<ValueId> origin_open_;
  size_t origin_scanned_ = 0, origin_item_values_ = 0, origin_work_ = 0;
  std::vector<std::function<void()>> delayed_;
  PendingContext pending_;
  // Typetexp's named type variables of the current item.
  std::unordered_map<std::string, TypeId> type_variables_;
  // While a type of a declaration is translated: its parameters, and the
  // other variables it names (first place each), reported afterwards.
  std::unordered_map<std::string, TypeId> declaration_parameters_;
  std::map<std::string, Span> unbound_type_variables_;
  int32_t global_level_ = 1;
  std::vector<Usage> usages_;
  std::vector<int32_t> value_usage_;  // ValueId -> slot in usages_, or -1
  std::vector<bool> group_some_used_;
  std::vector<RecBinding> rec_bindings_;
  // The binding each enclosing `let rec` types, innermost last (OCaml's
  // current_slot, one per type_let): its group's names are used by it.
  std::vector<int32_t> typing_rec_bindings_;
  int32_t next_rec_group_ = 0;
  // Warning 39: for each value bound by a `let rec`, its group; a group is
  // needed when one of its values is used while its definitions are typed.
  enum class RecState : uint8_t { Done, TypingDefinitions, Needed };
  std::vector<int32_t> value_rec_group_;  // ValueId -> group, or -1
  std::vector<RecState> rec_group_state_;
  std::vector<GhostRec> ghost_recs_;
  static constexpr int64_t kSpellBudget = 8'000'000;  // candidates, in one check
  int64_t spell_budget_ = kSpellBudget;
  // Names of the types and exceptions defined so far (they may not repeat).
  DefinedNames defined_types_;
  DefinedNames defined_exceptions_;
  DefinedNames defined_modules_, defined_module_types_;
  // The path of the module whose structure is being typed ({} at top level).
  std::vector<std::string> module_path_;
  // The modules outside the subset already reported (said once), for a
  // checkpoint to undo.
  std::vector<ModuleId> refused_reported_;
  // The abstract types of functor applications to a module path, shared by
  // every application of the functor to that module (OCaml's applicative
  // functors: two `Map.Make (Int)` have one `'a Map.Make(Int).t`), by
  // (functor, argument, the functor's declaration).
  std::map<std::array<uint32_t, 3>, DeclId> applicative_types_;
  // The uses of those abandoned without a word (a toplevel phrase with one
  // defines nothing).
  int silent_failures_ = 0;
  // An include of the structures being typed failed, and what it would
  // have bound is unknown: an unqualified name not found may be one of
  // them, and is abandoned silently (TypeStructure).
  bool names_unknown_ = false;
  ArenaVector<SigEntry> sig_;
  std::vector<SigEntry> pending_sig_;  // the current item's, until it is final
  // The signature being typed is a module type's (`val` items allowed).
  bool in_signature_ = false;
  // The items of each module type, by its ModuleId.
  std::unordered_map<ModuleId, std::vector<SigEntry>> module_types_;
  bool expand_module_types_ = false;  // InterfaceText
  void FlushSignature();
  void MarkShadowedValues(size_t from);
  void MarkShadowed(std::span<SigEntry> entries, size_t from);
  bool keep_signature_ = true;  // false while an item is typed alone in a place (itemwise.h)
  UndoLog undo_;                // the tables and counters a checkpoint undoes
  void TrackUndoable();
  void CheckAfterItems();
  void CheckHiddenByOpens();  // typer_structure.cpp
};

}  // namespace mlhint::typing
