// An integer literal blamed away from the error (`if c then 1 else 0.`:
// OCaml reports `0.`, the `1` is the odd one): given the suffix of the kind
// its context needs. At the error itself the core literal hint does this.
#include "hints/repair.h"
#include "hints/syntax.h"
#include "lexer/literals.h"

namespace mlhint::hints {
namespace {

class LiteralKind final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    const ast::Expr& x = s.tree.exprs[s.expr];
    if (x.kind != ast::ExprKind::Constant) return;
    const ast::Constant& k = s.tree.constants[x.a];
    if (k.kind != ast::ConstKind::Int) return;
    if (SplitIntLiteral(s.source.Slice(k.text)).modifier)
      return;  // 3l where an int64 is needed: no novice's slip
    const std::string& need = s.context_type;
    char suffix = need == "float"       ? '.'
                  : need == "int32"     ? 'l'
                  : need == "int64"     ? 'L'
                  : need == "nativeint" ? 'n'
                                        : 0;
    std::optional<SuffixedLiteral> lit = suffix ? WithSuffix(k, s.source, suffix) : std::nullopt;
    if (!lit) return;
    Repair r;
    r.rule = "literal-kind";
    r.edits = {lit->edit};
    r.span = x.span;
    r.message = "Hint: Did you mean `" + lit->spelled + "'?";
    r.applicability = Applicability::MachineApplicable;
    r.cost = 1;
    r.anywhere = true;
    out.push_back(std::move(r));
  }
};

}  // namespace

const RepairRule& LiteralKindRule() {
  static const LiteralKind rule;
  return rule;
}

}  // namespace mlhint::hints
