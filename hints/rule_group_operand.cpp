// An application's last argument meant to take the operator after it:
// `clone x n - 1` (read `(clone x n) - 1`) for `clone x (n - 1)`,
// `digits (n) / 10` for `digits (n / 10)`. Application binds tighter than
// any operator, which novices write as if it did not.
#include "hints/rule_applications.h"
#include "hints/syntax.h"

namespace mlhint::hints {
namespace {

bool IsBinaryOperator(const ast::Ast& tree, ast::Id e) {
  const ast::Expr& x = tree.exprs[e];
  return x.kind == ast::ExprKind::Apply && (x.flags & ast::kInfix) && !(x.flags & ast::kGhost) &&
         x.list.size == 2;
}

class GroupOperand final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    ast::Id apply = ApplicationAt(s);
    if (apply == ast::kNone) return;
    ast::Id op = s.Parent(apply);
    if (op == ast::kNone || !IsBinaryOperator(s.tree, op)) return;
    const ast::Expr& o = s.tree.exprs[op];
    ast::Id left = *s.tree.begin(o.list), right = *(s.tree.begin(o.list) + 1);
    // The application is the operator's left operand.
    if (left != apply) return;
    ApplicationParts parts = PartsOf(s, apply);
    // `ref x + 1` is a reference used as its contents (rule_reference.cpp),
    // not `ref (x + 1)`.
    if (parts.args.empty() || s.IsPreludeValue(parts.function, "Stdlib.ref")) return;
    std::string text = parts.head;
    for (size_t k = 0; k + 1 < parts.args.size(); ++k)
      text += " " + AsArgument(s.tree, s.source, parts.args[k]);
    ast::Id last = parts.args.back();
    text += " (" + s.Text(last) + " " + s.Text(o.a) + " " + s.Text(right) + ")";
    // The whole operation is rewritten as an application.
    Repair r = RewriteApplication(s, op, "group-operand", text, 2);
    // Parentheses that make a whole application type-check are evidence on
    // their own, wherever the candidate ranks.
    r.anywhere = true;
    out.push_back(std::move(r));
  }
};

}  // namespace

const RepairRule& GroupOperandRule() {
  static const GroupOperand rule;
  return rule;
}

}  // namespace mlhint::hints
