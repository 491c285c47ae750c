// Two arguments given in the wrong order: `List.fold_left f xs base` for
// `List.fold_left f base xs`. Each pair of arguments is tried exchanged.
#include "hints/rule_applications.h"
#include "hints/syntax.h"

namespace mlhint::hints {
namespace {

class SwapArguments final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    ast::Id apply = ApplicationAt(s);
    if (apply == ast::kNone) return;
    ApplicationParts parts = PartsOf(s, apply);
    size_t n = parts.args.size();
    if (n < 2 || n > 5) return;
    for (size_t i = 0; i < n; ++i)
      for (size_t j = i + 1; j < n; ++j) {
        // The candidate, when it is an argument, is one of the two.
        if (apply != s.expr && s.expr != parts.args[i] && s.expr != parts.args[j] &&
            s.expr != parts.function)
          continue;
        std::vector<ast::Id> order = parts.args;
        std::swap(order[i], order[j]);
        std::string text = parts.head;
        for (ast::Id a : order) text += " " + AsArgument(s.tree, s.source, a);
        Repair r = RewriteApplication(s, apply, "swap-arguments", text, j == i + 1 ? 3 : 4);
        r.message = "Hint: `" + Quoted(s.Text(parts.args[i])) + "' and `" +
                    Quoted(s.Text(parts.args[j])) + "' are likely swapped.";
        out.push_back(std::move(r));
      }
  }
};

}  // namespace

const RepairRule& SwapArgumentsRule() {
  static const SwapArguments rule;
  return rule;
}

}  // namespace mlhint::hints
