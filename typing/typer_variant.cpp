// Polymorphic variants in expressions and patterns (Typecore's
// Pexp_variant and Ppat_variant). The rows themselves are in
// ctype_row.cpp; TypeCases (typer_cases.cpp) and TypeLetBindings
// (typer_let.cpp) close the rows their patterns cover with
// CloseMatchedVariants.

#include "typing/parmatch_context.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

TypeId Typer::TypeVariantExpr(ast::Id e, Expected expected) {
  Ctype& ct = *ctype_;
  const ast::Expr& x = ast_->exprs[e];
  uint32_t label = store_->Intern(ast_->LastName(x.a));
  if (x.b != kNone) {
    // The argument is typed against the expected type of the tag when the
    // expected row has it (keeping sharing with the expected type).
    TypeId ty_expected0 = ct.Instance(expected.type);
    TypeId t = ct.ExpandHead(expected.type), t0 = ct.ExpandHead(ty_expected0);
    if (store_->tag(t) == TypeTag::Variant && store_->tag(t0) == TypeTag::Variant) {
      auto present_arg = [&](TypeId variant) -> TypeId {
        for (TypeId f : ct.RowRepr(variant).fields) {
          const TypeNode& n = store_->node(f);
          if (n.a == label)
            return (n.flags & kFieldKindMask) == kFieldPresent && n.c == 1 ? store_->child(f, 0)
                                                                           : kNoType;
        }
        return kNoType;
      };
      TypeId ty = present_arg(t), ty0 = present_arg(t0);
      if (ty != kNoType && ty0 != kNoType) {
        TypeArgument(x.b, ty, ty0);
        return ty_expected0;
      }
    }
  }
  std::vector<TypeId> args;
  if (x.b != kNone) args.push_back(TypeExp(x.b));
  TypeId field = store_->NewField(ct.current_level(), label, kFieldPresent, args);
  TypeId row = store_->NewVariant(ct.current_level(), {field}, ct.NewVar(), false);
  UnifyExp(e, row, ct.Instance(expected.type), expected.explanation);
  return row;
}

TypeId Typer::TypePatVariant(ast::Id p, TypeId expected, PatternState& st) {
  Ctype& ct = *ctype_;
  const ast::Pat& x = ast_->pats[p];
  uint32_t label = store_->Intern(ast_->LastName(x.a));
  std::vector<TypeId> arg_type;
  if (x.b != kNone) arg_type.push_back(ct.NewGenVar());
  uint8_t flags = kFieldEither | kFieldMatched | (x.b == kNone ? kFieldConstant : 0);
  TypeId field = store_->NewField(kGenericLevel, label, flags, arg_type);
  TypeId row = store_->NewVariant(kGenericLevel, {field}, ct.NewGenVar(), false);
  TypeId expected_ty = ct.GenericInstance(expected);
  if (auto trace = ct.Unify(row, expected_ty)) RaisePatClash(p, x.span, std::move(*trace), false);
  if (x.b != kNone) TypePat(x.b, arg_type[0], st);
  return expected_ty;
}

// Parmatch.pressure_variants and Typecore.finalize_variants on the
// patterns of a match, when one holds a tag.
void Typer::CloseMatchedVariants(const std::vector<ast::Id>& pats, bool computation) {
  auto is_variant = [](const ast::Pat& x) { return x.kind == ast::PatKind::Variant; };
  bool any = false;
  for (ast::Id p : pats) any = any || ast::AnyPattern(*ast_, p, is_variant);
  if (!any) return;
  Ctype& ct = *ctype_;
  {
    // The value part of each case, with a wildcard column after it.
    MatchContext cx(*this);
    parmatch::Matcher& m = cx.matcher();
    parmatch::Matrix rows;
    CasePart saved = case_part_;
    try {
      for (ast::Id p : pats) {
        bool exception = computation && HasCasePart(p, CasePart::Exception);
        if (exception && !HasCasePart(p, CasePart::Value)) continue;
        case_part_ = exception ? CasePart::Value : CasePart::All;
        rows.push_back({cx.ConvertCase(p), m.Omega()});
      }
      case_part_ = saved;
      m.PressureVariants(rows, true);
    } catch (Untyped&) {
      case_part_ = saved;
    } catch (parmatch::BudgetExceeded&) {
      case_part_ = saved;
    }
  }
  // finalize_variants: each tag of the patterns.
  for (ast::Id p : pats) {
    std::vector<ast::Id> work{p};
    while (!work.empty()) {
      ast::Id q = work.back();
      work.pop_back();
      const ast::Pat& x = ast_->pats[q];
      if (x.kind == ast::PatKind::Variant && PatType(q) != kNoType)
        ct.FinalizeVariant(PatType(q), store_->Intern(ast_->LastName(x.a)),
                           x.b != kNone ? PatType(x.b) : kNoType);
      ast::AppendPatternChildren(*ast_, q, &work);
    }
  }
}

}  // namespace mlhint::typing
