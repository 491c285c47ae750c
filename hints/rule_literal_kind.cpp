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
    std::string_view token = s.source.Slice(k.text);
    IntLiteralParts parts = SplitIntLiteral(token);
    if (parts.modifier) return;  // 3l where an int64 is needed: not a novice's slip
    const std::string& need = s.context_type;
    char suffix;
    std::optional<IntKind> kind;
    if (need == "float") {
      suffix = '.';
    } else if (need == "int32") {
      suffix = 'l';
      kind = IntKind::Int32;
    } else if (need == "int64") {
      suffix = 'L';
      kind = IntKind::Int64;
    } else if (need == "nativeint") {
      suffix = 'n';
      kind = IntKind::Nativeint;
    } else {
      return;
    }
    std::string digits(parts.digits);
    bool based = digits.size() > 1 && digits[0] == '0' &&
                 std::string_view("xXoObB").find(digits[1]) != std::string_view::npos;
    if (suffix == '.' && based) return;  // 0x10. is another number
    std::string sign = k.negative ? "-" : "";
    if (kind && !ConvertIntLiteral(sign + digits, *kind)) return;  // out of range
    Repair r;
    r.rule = "literal-kind";
    r.edits = {Edit{Span{k.text.end, k.text.end}, std::string(1, suffix)}};
    r.span = x.span;
    r.message = "Hint: Did you mean `" + sign + std::string(token) + suffix + "'?";
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
