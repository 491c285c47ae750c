// Functions: Typecore's type_function for `fun` and `function`: the
// expected type filtered as an arrow with the parameter's label, an
// optional parameter's default, the cases typed against the parameter,
// and OCaml's errors for a function where none or another one is expected.
// The parameters' labels (Btype's) are shared with typer_apply.cpp.

#include <algorithm>

#include "support/format.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

using ast::ExprKind;

TypeId Typer::TypeFunction(ast::Id e, Expected expected, const std::vector<CaseView>& cases,
                           std::optional<InFunction> in_function) {
  Ctype& ct = *ctype_;
  const ast::Expr& x = ast_->exprs[e];
  // The parameter's label (Pexp_fun's arg_label), and `?(p = e)`'s default.
  ArgLabelInfo label;
  ast::Id default_expr = kNone;
  if (x.kind == ExprKind::Fun && x.c != kNone) {
    label = LabelOf(ast_->arg_labels[x.c]);
    default_expr = ast_->arg_labels[x.c].default_expr;
  }
  InFunction fun = in_function ? *in_function : InFunction{x.span, ct.Instance(expected.type)};
  auto arrow = ct.FilterArrow(ct.Instance(expected.type), label.kind, label.name);
  if (!arrow) {
    TypeId head = ct.ExpandHead(expected.type);
    if (store_->tag(head) == TypeTag::Arrow) {
      // A function type with another first label expected (Abstract_wrong_label).
      OutType tree = printer_->TreeFresh(head);
      std::string because = ExplanationText(expected.explanation);
      std::string mark = label.kind == ArrowLabel::None
                             ? "but its first argument is not labelled"
                             : "but its first argument is labelled " + PrefixedLabelName(label);
      Doc message = [tree, because, mark](fmt::Formatter& ppf) {
        ppf.open_vbox(0);
        ppf.open_box(2);
        ppf.print_string("This function should have type");
        ppf.print_space();
        PrintOutType(ppf, tree);
        if (!because.empty()) {
          ppf.print_space();
          ppf.print_string("because it is in " + because);
        }
        ppf.close_box();
        ppf.print_cut();
        ppf.print_string(mark);
        ppf.close_box();
      };
      Raise(MakeError(DiagKind::TypeMismatch, x.span, std::move(message)));
    }
    OutType tree = printer_->TreeFresh(fun.type);
    std::string because = ExplanationText(expected.explanation);
    bool inner = in_function.has_value();
    Doc message = [tree, because, inner](fmt::Formatter& ppf) {
      ppf.print_string(inner ? "This function expects too many arguments,"
                             : "This expression should not be a function,");
      ppf.print_space();
      ppf.print_string(inner ? "it should have type" : "the expected type is");
      ppf.print_space();
      PrintOutType(ppf, tree);
      if (!because.empty()) {
        ppf.print_space();
        ppf.print_string("because it is in " + because);
      }
    };
    Raise(MakeError(DiagKind::TooManyArguments, fun.loc, std::move(message)));
  }
  TypeId ty_arg = arrow->first;
  // An optional parameter has type `t option`; with a default, its pattern
  // is matched against `t` (Typecore desugars `?(p = e)` into a match on
  // the option whose None case is `e`).
  TypeId pattern_type = ty_arg;
  if (label.kind == ArrowLabel::Optional) {
    TypeId tv = ct.NewVar();
    TypeId option = ct.NewConstr(env_->predef.option_, {tv});
    // Cannot fail: an optional parameter's type is an option, or a fresh
    // variable from FilterArrow (Typecore: `with Unify _ -> assert false`).
    (void)ct.Unify(ty_arg, option);
    ty_arg = option;
    if (default_expr != kNone) pattern_type = tv;
  }
  std::vector<CaseView> typed = cases;
  if (default_expr != kNone) typed[0].default_expr = default_expr;
  TypeCases(pattern_type, Expected{arrow->second}, true, x.span, typed, fun, errors_);
  if (label.kind == ArrowLabel::Optional) {
    // not_nolabel_function: the optional parameter is followed by no
    // unlabelled one, so it can never be omitted (warning 16).
    auto [labels, tvar] = ListLabels(arrow->second);
    bool erasable =
        tvar || std::find(labels.begin(), labels.end(), ArrowLabel::None) != labels.end();
    if (!erasable) {
      Span at = ast_->pats[cases[0].pat].span;
      if (default_expr != kNone) at.end = ast_->exprs[default_expr].span.end;
      Warn(16, at, "this optional argument cannot be erased.");
    }
  }
  TypeId arrow_type =
      store_->NewArrow(kGenericLevel, ty_arg, arrow->second, label.kind, label.name);
  return ct.Instance(arrow_type);
}

Typer::ArgLabelInfo Typer::LabelOf(const ast::ArgLabel& l) {
  ArgLabelInfo out;
  if (l.kind == ast::ArgLabelKind::None) return out;
  out.kind = l.kind == ast::ArgLabelKind::Labelled ? ArrowLabel::Labelled : ArrowLabel::Optional;
  out.name = store_->Intern(source_->Slice(l.name));
  return out;
}

// Btype.prefixed_label_name: `~x`, `?x`.
std::string Typer::PrefixedLabelName(ArgLabelInfo l) const {
  if (l.kind == ArrowLabel::None) return "";
  return (l.kind == ArrowLabel::Optional ? "?" : "~") + store_->Name(l.name);
}

}  // namespace mlhint::typing
