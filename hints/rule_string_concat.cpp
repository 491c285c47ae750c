// `+` (or `+.`) between strings, for `^`.
#include "hints/repair.h"
#include "hints/syntax.h"

namespace mlhint::hints {
namespace {

class StringConcat final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    for (ast::Id site : {s.expr, s.Parent(s.expr)}) {
      if (site == ast::kNone) continue;
      const ast::Expr& x = s.tree.exprs[site];
      if (x.kind != ast::ExprKind::Apply || !(x.flags & ast::kInfix)) continue;
      if (!s.IsPreludeValue(x.a, "Stdlib.+") && !s.IsPreludeValue(x.a, "Stdlib.+.")) continue;
      if (!s.IsPrelude("^", "Stdlib.^")) return;
      Repair r;
      r.rule = "string-concat";
      r.edits = {Edit{s.tree.exprs[x.a].span, "^"}};
      r.span = s.tree.exprs[x.a].span;
      r.message = "Hint: Did you mean to use `^'?";
      r.applicability = Applicability::MachineApplicable;
      r.cost = 1;
      out.push_back(std::move(r));
      return;
    }
  }
};

}  // namespace

const RepairRule& StringConcatRule() {
  static const StringConcat rule;
  return rule;
}

}  // namespace mlhint::hints
