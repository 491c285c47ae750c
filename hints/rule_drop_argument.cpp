// An argument too many at the end: `f x 0` where `f` takes one. Not a name
// (a name was written on purpose: dropping it leaves it unused, and the
// call most likely needed it some other way).
#include "hints/rule_applications.h"
#include "hints/syntax.h"

namespace mlhint::hints {
namespace {

class DropArgument final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    ast::Id apply = ApplicationAt(s);
    if (apply == ast::kNone) return;
    ApplicationParts parts = PartsOf(s, apply);
    size_t n = parts.args.size();
    if (n > 5) return;
    const std::string& head = parts.head;
    // Not the only argument: what is applied to one argument is meant to be
    // a function (`n (n + 1)` lacks an operator, not an argument).
    if (n < 2 || s.tree.exprs[parts.args[n - 1]].kind == ast::ExprKind::Ident) return;
    std::string text = head;
    for (size_t i = 0; i + 1 < n; ++i) text += " " + AsArgument(s.tree, s.source, parts.args[i]);
    out.push_back(RewriteApplication(s, apply, "drop-argument", text, 3));
  }
};

}  // namespace

const RepairRule& DropArgumentRule() {
  static const DropArgument rule;
  return rule;
}

}  // namespace mlhint::hints
