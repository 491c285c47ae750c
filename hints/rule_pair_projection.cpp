// A pair where one of its parts is needed: `fst p` or `snd p`.
#include "hints/repair.h"
#include "hints/syntax.h"

namespace mlhint::hints {
namespace {

class PairProjection final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    const ast::Expr& x = s.tree.exprs[s.expr];
    if (x.kind != ast::ExprKind::Ident && x.kind != ast::ExprKind::Apply &&
        x.kind != ast::ExprKind::Field)
      return;
    for (std::string_view f : {"fst", "snd"}) {
      if (!s.IsPrelude(f, "Stdlib." + std::string(f))) continue;
      std::string call = std::string(f) + " " + AsArgument(s.tree, s.source, s.expr);
      Repair r;
      r.rule = "pair-projection";
      r.edits = {Edit{x.span, "(" + call + ")"}};
      r.span = x.span;
      r.message = "Hint: Did you mean `" + Quoted(call) + "'?";
      r.cost = 3;
      out.push_back(std::move(r));
    }
  }
};

}  // namespace

const RepairRule& PairProjectionRule() {
  static const PairProjection rule;
  return rule;
}

}  // namespace mlhint::hints
