// Inline records, `type t = C of { x : int; mutable y : string }`: the
// record type `t.C` of the constructor's argument (Datarepr.constructor_args),
// and the checks of Typecore that keep a value of that type from escaping
// (its `recarg`, check_non_escaping).

#include <unordered_set>

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

bool InlineRecords::IsInlineArg(const ast::Ast& tree, const ast::ConstructorDecl& cd) {
  return cd.args.size == 1 && tree.types[tree.at(cd.args, 0)].kind == ast::TypeKind::InlineRecord;
}

// The declaration `t.C` of the record of constructor `constructor` (the
// ConstrId it will have) of `owner`, with its labels, none of them bound in
// the environment. Its parameters are those of the owner's its fields use,
// in the owner's order (the free variables of the fields, sorted as
// OCaml's type ids sort them: parameters are made first).
DeclId InlineRecords::Declare(Typer& t, ast::Id record, DeclId owner, ConstrId constructor,
                              const std::string& name, const std::vector<DeclId>& group) {
  const ast::TypeExpr& te = t.ast_->types[record];
  TypeDecl decl;
  decl.name = t.env_->types[owner].name + "." + name;
  decl.qualifier = t.module_path_;
  decl.kind = DeclKind::Record;
  decl.loc = te.span;
  decl.has_loc = true;
  decl.loc_text = t.DeclarationLocation(te.span);
  decl.inline_of = constructor;
  t.env_->has_inline_records = true;
  t.env_->types.push_back(std::move(decl));
  DeclId id = static_cast<DeclId>(t.env_->types.size() - 1);
  // Typetexp.transl_labels: the names of one record must differ.
  std::unordered_set<std::string_view> names;
  std::vector<LabelId> labels;
  uint32_t pos = 0;
  for (ast::Id l : t.ListOf(te.list)) {
    WarningScope label_warnings(t, WarningScope::On::Label, l);
    labels.push_back(t.DeclareLabel(l, id, kNoType, pos++, group, names));
  }
  // The owner's parameters its fields use.
  std::unordered_set<TypeId> used;
  std::vector<TypeId> work;
  for (LabelId l : labels) work.push_back(t.env_->labels[l].arg);
  uint32_t stamp = t.store_->NewMark();
  while (!work.empty()) {
    TypeId x = t.store_->Repr(work.back());
    work.pop_back();
    if (!t.store_->TryMark(x, stamp)) continue;
    if (t.store_->IsVar(x)) used.insert(x);
    for (uint32_t i = 0, k = t.store_->child_count(x); i < k; ++i)
      work.push_back(t.store_->child(x, i));
  }
  std::vector<TypeId> params;
  for (TypeId p : t.env_->types[owner].params)
    if (used.count(t.store_->Repr(p))) params.push_back(p);
  TypeId result = t.store_->NewConstr(kGenericLevel, id, params);
  for (LabelId l : labels) t.env_->labels[l].res = result;
  TypeDecl& made = t.env_->types[id];
  made.params = params;
  made.labels = std::move(labels);
  made.variance.assign(params.size(), variance::kNull);
  return id;
}

// The record type of an inline record copied for the copy `owner` of its
// type (a module's, a functor's result), its labels' types replaced as
// `inst` says (`vars`: the owner's variables and their copies); the copy
// is added to `inst`, so that the constructor's argument names it.
DeclId InlineRecords::Copy(Typer& t, DeclId record, DeclId owner, ConstrId constructor,
                           Instantiation& inst, std::unordered_map<TypeId, TypeId>& vars) {
  TypeDecl copy;
  {
    const TypeDecl& d = t.env_->types[record];
    const std::string& cname = t.env_->constructors[d.inline_of].name;
    copy.name = t.env_->types[owner].name + "." + cname;
    copy.qualifier = t.env_->types[owner].qualifier;
    copy.kind = DeclKind::Record;
    copy.loc = d.loc;
    copy.has_loc = d.has_loc;
    copy.loc_text = d.loc_text;
    copy.variance = d.variance;
  }
  copy.inline_of = constructor;
  for (TypeId p : std::vector<TypeId>(t.env_->types[record].params))
    copy.params.push_back(CopyInstantiated(*t.store_, inst, p, vars));
  t.env_->types.push_back(std::move(copy));
  auto id = static_cast<DeclId>(t.env_->types.size() - 1);
  inst.decls[record] = id;
  TypeId result = t.store_->NewConstr(kGenericLevel, id, t.env_->types[id].params);
  for (LabelId l : std::vector<LabelId>(t.env_->types[record].labels)) {
    LabelDesc label = t.env_->labels[l];
    label.owner = id;
    label.arg = CopyInstantiated(*t.store_, inst, label.arg, vars);
    label.res = result;
    t.env_->labels.push_back(std::move(label));
    t.env_->types[id].labels.push_back(static_cast<LabelId>(t.env_->labels.size() - 1));
  }
  return id;
}

bool InlineRecords::SameFields(Typer& t, DeclId want, DeclId have, const Instantiation& check,
                               const std::unordered_map<TypeId, TypeId>& want_vars,
                               const std::unordered_map<TypeId, TypeId>& have_vars) {
  std::vector<LabelId> wl = t.env_->types[want].labels, hl = t.env_->types[have].labels;
  if (wl.size() != hl.size()) return false;
  for (size_t i = 0; i < wl.size(); ++i) {
    const LabelDesc& a = t.env_->labels[wl[i]];
    const LabelDesc& b = t.env_->labels[hl[i]];
    if (a.name != b.name || a.is_mutable != b.is_mutable) return false;
    if (!t.SameType(a.arg, b.arg, check, want_vars, have_vars)) return false;
  }
  return true;
}

// Typecore.type_ident's check of `recarg`: a variable whose type is an
// inline record may be read only where a field is taken, and a
// constructor of an inline record takes only such a variable.
void InlineRecords::CheckIdent(Typer& t, ValueId v, Span loc, Recarg recarg) {
  if (recarg == Recarg::Allowed || (recarg == Recarg::Rejected && !t.env_->has_inline_records))
    return;
  TypeId ty = t.store_->Repr(t.env_->values[v].type);
  TypeTag tag = t.store_->tag(ty);
  bool is_recarg =
      tag == TypeTag::Constr && t.env_->types[t.store_->constr_decl(ty)].inline_of != kNone;
  bool escapes = recarg == Recarg::Rejected
                     ? is_recarg
                     : !is_recarg && (tag == TypeTag::Var || tag == TypeTag::Constr);
  if (escapes) RaiseEscape(t, loc);
}

void InlineRecords::RaiseEscape(Typer& t, Span loc) {
  t.Raise(MakeError(
      DiagKind::InlinedRecordEscape, loc,
      BoxedText("This form is not allowed as the type of the inlined record could escape.")));
}

// Typecore.type_construct: the argument of a constructor of an inline
// record is a variable or a record written in place (whose `with` part,
// if any, is a variable).
Recarg InlineRecords::ConstructArgument(Typer& t, const ConstructorDesc& cd,
                                        const std::vector<ast::Id>& sargs, Span loc) {
  if (cd.inlined == kNone) return Recarg::Rejected;
  bool ok = false;
  if (sargs.size() == 1) {
    const ast::Expr& arg = t.ast_->exprs[sargs[0]];
    ok = arg.kind == ast::ExprKind::Ident ||
         (arg.kind == ast::ExprKind::Record &&
          (arg.a == kNone || t.ast_->exprs[arg.a].kind == ast::ExprKind::Ident));
  }
  if (!ok)
    t.Raise(MakeError(DiagKind::InlinedRecordExpected, loc,
                      BoxedText("This constructor expects an inlined record argument.")));
  return Recarg::Required;
}

// `{ r with ... }` whose `r` was refused there (InlinedRecordEscape): the
// labels of its record would be unbound below, an error said once.
void InlineRecords::CheckWithPart(Typer& t, ast::Id record, TypeId with_type) {
  ast::Id with = t.ast_->exprs[record].a;
  if (t.store_->tag(with_type) != TypeTag::Error ||
      t.ast_->exprs[with].kind != ast::ExprKind::Ident || t.ident_values_[with] == kNone)
    return;
  TypeId ty = t.store_->Repr(t.env_->values[t.ident_values_[with]].type);
  if (t.store_->tag(ty) == TypeTag::Constr &&
      t.env_->types[t.store_->constr_decl(ty)].inline_of != kNone)
    t.RaiseSilently(t.ast_->exprs[record].span);
}

// Typecore's Wrong_name for the labels of an inline record.
Doc InlineRecords::NotAFieldText(Typer& t, std::string_view name, DeclId record) {
  return BoxedText("The field " + std::string(name) +
                   " is not part of the record argument for the " + t.printer_->PathOf(record) +
                   " constructor");
}

// Typecore's check_non_escaping: the pattern of an inline record's
// constructor may not constrain its type (under an alias or an or-pattern).
void InlineRecords::CheckPatternArgument(Typer& t, ast::Id p) {
  const ast::Pat& x = t.ast_->pats[p];
  switch (x.kind) {
    case ast::PatKind::Or:
      CheckPatternArgument(t, x.a);
      CheckPatternArgument(t, x.b);
      return;
    case ast::PatKind::Alias:
      CheckPatternArgument(t, x.a);
      return;
    case ast::PatKind::Constraint:
      RaiseEscape(t, x.span);
      return;
    default:
      return;
  }
}

}  // namespace mlhint::typing
