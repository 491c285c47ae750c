// Missing parentheses around an inner application: `f g x` for `f (g x)`,
// `List.map f List.rev l` for `List.map f (List.rev l)`. An argument is
// applied to the arguments after it (all of them, or the next one).
#include "hints/rule_applications.h"
#include "hints/syntax.h"

namespace mlhint::hints {
namespace {

class GroupApplication final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    ast::Id apply = ApplicationAt(s);
    if (apply == ast::kNone) return;
    ApplicationParts parts = PartsOf(s, apply);
    size_t n = parts.args.size();
    if (n < 2 || n > 6) return;
    const std::string& head = parts.head;
    for (size_t i = 0; i + 1 < n; ++i) {
      // Only an argument that names something can be applied.
      ast::ExprKind k = s.tree.exprs[parts.args[i]].kind;
      if (k != ast::ExprKind::Ident && k != ast::ExprKind::Field && k != ast::ExprKind::Apply)
        continue;
      for (size_t j : {n - 1, i + 1}) {
        std::string text = head;
        for (size_t k2 = 0; k2 < i; ++k2)
          text += " " + AsArgument(s.tree, s.source, parts.args[k2]);
        std::string inner = s.Text(parts.args[i]);
        for (size_t k2 = i + 1; k2 <= j; ++k2)
          inner += " " + AsArgument(s.tree, s.source, parts.args[k2]);
        text += " (" + inner + ")";
        for (size_t k2 = j + 1; k2 < n; ++k2)
          text += " " + AsArgument(s.tree, s.source, parts.args[k2]);
        // Parentheses that make a whole application type-check are
        // evidence on their own, wherever the candidate ranks.
        Repair r = RewriteApplication(s, apply, "group-application", text, 2);
        r.anywhere = true;
        out.push_back(std::move(r));
        if (j == i + 1) break;
      }
    }
  }
};

}  // namespace

const RepairRule& GroupApplicationRule() {
  static const GroupApplication rule;
  return rule;
}

}  // namespace mlhint::hints
