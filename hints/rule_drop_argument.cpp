// An argument too many: `f x y` where `f` takes one. Each argument is tried
// removed.
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
    std::string head = s.Text(parts.function);
    if (!Atomic(s.tree, parts.function)) head = "(" + head + ")";
    for (size_t drop = n; drop-- > 0;) {
      std::string text = head;
      for (size_t i = 0; i < n; ++i)
        if (i != drop) text += " " + AsArgument(s.tree, s.source, parts.args[i]);
      if (n == 1) text = s.Text(parts.function);
      out.push_back(RewriteApplication(s, apply, "drop-argument", text, 3));
    }
  }
};

}  // namespace

const RepairRule& DropArgumentRule() {
  static const DropArgument rule;
  return rule;
}

}  // namespace mlhint::hints
