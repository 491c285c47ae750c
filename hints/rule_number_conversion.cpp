// A value of one base type where another is needed: wrap it in the
// prelude's conversion (`float_of_int n`, `string_of_int n`...). Literals
// are left to the literal rules (3 -> 3.), which are the smaller edit.
#include <array>

#include "hints/repair.h"
#include "hints/syntax.h"

namespace mlhint::hints {
namespace {

constexpr std::array<std::string_view, 8> kConversions = {
    "float_of_int",  "int_of_float",    "string_of_int",  "string_of_float",
    "int_of_string", "float_of_string", "string_of_bool", "int_of_char",
};

class NumberConversion final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    const ast::Expr& x = s.tree.exprs[s.expr];
    if (x.kind == ast::ExprKind::Constant || x.kind == ast::ExprKind::Fun ||
        x.kind == ast::ExprKind::Function)
      return;
    // Only where the context wants a base type the conversions produce.
    const std::string& need = s.context_type;
    if (need != "float" && need != "int" && need != "string") return;
    for (std::string_view f : kConversions) {
      if (!EndsWithType(f, need) || !s.IsPrelude(f, "Stdlib." + std::string(f))) continue;
      std::string call = std::string(f) + " " + AsArgument(s.tree, s.source, s.expr);
      Repair r;
      r.rule = "number-conversion";
      r.edits = {Edit{x.span, "(" + call + ")"}};
      r.span = x.span;
      r.message = "Hint: Did you mean `" + Quoted(call) + "'?";
      r.cost = 2;
      out.push_back(std::move(r));
    }
  }

 private:
  static bool EndsWithType(std::string_view f, const std::string& need) {
    return f.substr(0, need.size()) == need && f.substr(need.size(), 4) == "_of_";
  }
};

}  // namespace

const RepairRule& NumberConversionRule() {
  static const NumberConversion rule;
  return rule;
}

}  // namespace mlhint::hints
