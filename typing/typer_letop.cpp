// Binding operators: Typecore's Pexp_letop. `let* p = e in body` is the
// operator applied to e and to the function `fun p -> body`, typed as
// Typecore types it: the operator's type unified with `ty_andops -> (ty_params
// -> ty_func_result) -> ty_result` first, then e (each `and*` pairing the
// expressions before it with its own, type_andops), then the body as the one
// case of a function of the parameter pattern. The clash of an operator's
// type with the shape it is used at (Letop_type_clash, Andop_type_clash,
// Bindop_type_clash) is refused: mlhint does not print those messages.

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

namespace {

// What a clash of a binding operator's type with its use is refused as.
constexpr std::string_view kOperatorClash =
    "binding operators of a type that does not fit their use";

}  // namespace

TypeId Typer::TypeLetOp(ast::Id e, Expected expected) {
  Ctype& ct = *ctype_;
  const ast::Expr& x = ast_->exprs[e];
  std::vector<ast::Id> bindings = ListOf(x.list);
  const ast::Binding& let = ast_->bindings[bindings[0]];
  auto refuse = [&](ast::Id op) {
    Raise(MakeError(DiagKind::Unsupported, ast_->exprs[op].span,
                    Text(UnsupportedText(kOperatorClash))));
  };
  TypeId op_type = TypeExp(let.op);
  TypeId ty_params = ct.NewVar();
  for (size_t i = 1; i < bindings.size(); ++i) ty_params = ct.NewTuple({ty_params, ct.NewVar()});
  TypeId ty_func_result = ct.NewVar();
  TypeId ty_func = ct.NewArrow(ty_params, ty_func_result);
  TypeId ty_result = ct.NewVar();
  TypeId ty_andops = ct.NewVar();
  if (ct.Unify(op_type, ct.NewArrow(ty_andops, ct.NewArrow(ty_func, ty_result)))) refuse(let.op);
  // type_andops: the last `and*` applied to what the ones before it make
  // and to its own expression.
  std::function<void(size_t, TypeId)> andops = [&](size_t last, TypeId expected_ty) {
    if (last == 0) {
      (void)TypeExpect(let.expr, Expected{expected_ty});
      return;
    }
    const ast::Binding& and_ = ast_->bindings[bindings[last]];
    TypeId and_type = TypeExp(and_.op);
    TypeId ty_arg = ct.NewVar();
    TypeId ty_rest = ct.NewVar();
    TypeId ty_and_result = ct.NewVar();
    if (ct.Unify(and_type, ct.NewArrow(ty_rest, ct.NewArrow(ty_arg, ty_and_result))))
      refuse(and_.op);
    andops(last - 1, ty_rest);
    (void)TypeExpect(and_.expr, Expected{ty_arg});
    if (ct.Unify(ty_and_result, expected_ty)) refuse(and_.op);
  };
  andops(bindings.size() - 1, ty_andops);
  std::vector<CaseView> cases{CaseView{x.b, kNone, x.a}};
  TypeCases(ty_params, Expected{ty_func_result}, true, x.span, cases, std::nullopt, errors_);
  UnifyExp(e, ty_result, ct.Instance(expected.type), expected.explanation);
  return ty_result;
}

}  // namespace mlhint::typing
