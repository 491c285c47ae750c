// An arithmetic chain written in the wrong kind: `3.14 * r *. r`,
// `(a + b) /. 2`. Every operator of the chain and every integer (or
// float) literal among its operands is converted at once, to float or to
// int; verification picks the kind that makes the item type-check.
#include <algorithm>
#include <array>

#include "hints/repair.h"
#include "hints/syntax.h"

namespace mlhint::hints {
namespace {

struct Pair {
  std::string_view to_float, to_int;
};
// An operator (as its identifier is named) and its counterparts.
constexpr std::array<std::pair<std::string_view, Pair>, 10> kOps = {{
    {"+", {"+.", "+"}},
    {"-", {"-.", "-"}},
    {"*", {"*.", "*"}},
    {"/", {"/.", "/"}},
    {"~-", {"~-.", "~-"}},
    {"+.", {"+.", "+"}},
    {"-.", {"-.", "-"}},
    {"*.", {"*.", "*"}},
    {"/.", {"/.", "/"}},
    {"~-.", {"~-.", "~-"}},
}};

std::string_view Written(std::string_view name) {
  if (name == "~-") return "-";
  if (name == "~-.") return "-.";
  return name;
}

const Pair* ArithmeticOperator(const RepairSite& s, ast::Id e) {
  const ast::Expr& x = s.tree.exprs[e];
  if (x.kind != ast::ExprKind::Apply || !(x.flags & (ast::kInfix | ast::kPrefix))) return nullptr;
  std::string_view name = SimpleName(s.tree, x.a);
  for (const auto& [op, pair] : kOps)
    if (op == name && s.IsPreludeValue(x.a, "Stdlib." + std::string(op))) return &pair;
  return nullptr;
}

class ArithmeticChain final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    ast::Id top = s.expr;
    if (!ArithmeticOperator(s, top)) {
      ast::Id p = s.Parent(top);
      if (p == ast::kNone || !ArithmeticOperator(s, p)) return;
      top = p;
    }
    while (s.Parent(top) != ast::kNone && ArithmeticOperator(s, s.Parent(top))) top = s.Parent(top);
    std::vector<ast::Id> ops, leaves;
    Collect(s, top, ops, leaves);
    for (bool to_float : {true, false}) {
      std::vector<Edit> edits;
      bool changes_operator = false;
      for (ast::Id op : ops) {
        const ast::Expr& x = s.tree.exprs[op];
        std::string_view name = SimpleName(s.tree, x.a);
        const Pair* pair = ArithmeticOperator(s, op);
        std::string_view target = to_float ? pair->to_float : pair->to_int;
        if (target == name) continue;
        if (!s.IsPrelude(target, "Stdlib." + std::string(target))) return;
        edits.push_back(Edit{s.tree.exprs[x.a].span, std::string(Written(target))});
        changes_operator = true;
      }
      if (!changes_operator) continue;
      for (ast::Id leaf : leaves) ConvertLiteral(s, leaf, to_float, edits);
      Repair r;
      r.rule = "arithmetic-chain";
      r.edits = edits;
      r.span = s.tree.exprs[top].span;
      r.message = "Hint: Did you mean `" + Quoted(Rewritten(s, top, edits)) + "'?";
      r.applicability = Applicability::MachineApplicable;
      r.cost = static_cast<int>(edits.size());
      out.push_back(std::move(r));
    }
  }

 private:
  static void Collect(const RepairSite& s, ast::Id e, std::vector<ast::Id>& ops,
                      std::vector<ast::Id>& leaves) {
    if (!ArithmeticOperator(s, e)) {
      leaves.push_back(e);
      return;
    }
    ops.push_back(e);
    const ast::Expr& x = s.tree.exprs[e];
    for (const ast::Id* a = s.tree.begin(x.list); a != s.tree.end(x.list); ++a)
      Collect(s, *a, ops, leaves);
  }

  static void ConvertLiteral(const RepairSite& s, ast::Id e, bool to_float,
                             std::vector<Edit>& edits) {
    const ast::Expr& x = s.tree.exprs[e];
    if (x.kind != ast::ExprKind::Constant) return;
    const ast::Constant& k = s.tree.constants[x.a];
    std::string_view token = s.source.Slice(k.text);
    if (to_float && k.kind == ast::ConstKind::Int) {
      // Only plain decimal literals: 0x10. is another number, 3l has a suffix.
      for (char c : token)
        if (!(c >= '0' && c <= '9') && c != '_') return;
      edits.push_back(Edit{Span{k.text.end, k.text.end}, "."});
    } else if (!to_float && k.kind == ast::ConstKind::Float) {
      // 2. and 2.0 become 2; a literal with a fraction stays (no advice).
      size_t dot = token.find('.');
      if (dot == std::string_view::npos || token.find_first_of("eExXpP_") != std::string_view::npos)
        return;
      for (char c : token.substr(dot + 1))
        if (c != '0') return;
      edits.push_back(Edit{Span{k.text.begin + static_cast<uint32_t>(dot), k.text.end}, ""});
    }
  }

  // The text of `top` with the edits inside it applied.
  static std::string Rewritten(const RepairSite& s, ast::Id top, std::vector<Edit> edits) {
    std::sort(edits.begin(), edits.end(),
              [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
    Span span = s.tree.exprs[top].span;
    std::string out;
    uint32_t at = span.begin;
    for (const Edit& e : edits) {
      out.append(s.source.Slice(Span{at, e.span.begin}));
      out += e.replacement;
      at = e.span.end;
    }
    out.append(s.source.Slice(Span{at, span.end}));
    return out;
  }
};

}  // namespace

const RepairRule& ArithmeticChainRule() {
  static const ArithmeticChain rule;
  return rule;
}

}  // namespace mlhint::hints
