// An arithmetic operator passed as a value, of the other numeric kind:
// `List.fold_left ( + ) 0. xs` for `( +. )`, and the reverse. Written
// infix, the core operator hint and the arithmetic-chain rule do this.
#include <array>

#include "hints/repair.h"
#include "hints/syntax.h"

namespace mlhint::hints {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kOther = {{
    {"+", "+."}, {"-", "-."}, {"*", "*."}, {"/", "/."},
    {"+.", "+"}, {"-.", "-"}, {"*.", "*"}, {"/.", "/"},
}};

class OperatorValue final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    const ast::Expr& x = s.tree.exprs[s.expr];
    if (x.kind != ast::ExprKind::Ident) return;
    ast::Id parent = s.Parent(s.expr);
    if (parent != ast::kNone) {
      const ast::Expr& p = s.tree.exprs[parent];
      if (p.kind == ast::ExprKind::Apply && p.a == s.expr && (p.flags & (ast::kInfix | ast::kPrefix))) return;
    }
    std::string_view name = SimpleName(s.tree, s.expr);
    for (const auto& [op, other] : kOther) {
      if (name != op) continue;
      if (!s.IsPreludeValue(s.expr, "Stdlib." + std::string(op))) return;
      if (!s.IsPrelude(other, "Stdlib." + std::string(other))) return;
      // The operator's characters inside `( + )`.
      std::string_view text = s.source.Slice(x.span);
      size_t at = text.find(op);
      if (at == std::string_view::npos) return;
      Span op_span{x.span.begin + static_cast<uint32_t>(at), x.span.begin + static_cast<uint32_t>(at + op.size())};
      Repair r;
      r.rule = "operator-value";
      r.edits = {Edit{op_span, std::string(other)}};
      r.span = x.span;
      r.message = "Hint: Did you mean to use `" + std::string(other) + "'?";
      r.applicability = Applicability::MachineApplicable;
      r.cost = 1;
    r.anywhere = true;
      out.push_back(std::move(r));
      return;
    }
  }
};

}  // namespace

const RepairRule& OperatorValueRule() {
  static const OperatorValue rule;
  return rule;
}

}  // namespace mlhint::hints
