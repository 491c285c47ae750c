// Arguments given as a tuple to a curried function, or one by one to a
// function of a tuple: `f (a, b)` for `f a b`, and the reverse.
#include "hints/rule_applications.h"
#include "hints/syntax.h"

namespace mlhint::hints {
namespace {

class TupleCurried final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    ast::Id apply = ApplicationAt(s);
    if (apply == ast::kNone) return;
    ApplicationParts parts = PartsOf(s, apply);
    const std::string& head = parts.head;
    if (parts.args.size() == 1) {
      const ast::Expr& arg = s.tree.exprs[parts.args[0]];
      if (arg.kind != ast::ExprKind::Tuple) return;
      std::string text = head;
      for (const ast::Id* i = s.tree.begin(arg.list); i != s.tree.end(arg.list); ++i)
        text += " " + AsArgument(s.tree, s.source, *i);
      out.push_back(RewriteApplication(s, apply, "tuple-curried", text, 2));
    } else if (parts.args.size() <= 5) {
      std::string text = head + " (";
      for (size_t i = 0; i < parts.args.size(); ++i)
        text += (i ? ", " : "") + s.Text(parts.args[i]);
      text += ")";
      out.push_back(RewriteApplication(s, apply, "tuple-curried", text, 2));
    }
  }
};

}  // namespace

const RepairRule& TupleCurriedRule() {
  static const TupleCurried rule;
  return rule;
}

}  // namespace mlhint::hints
