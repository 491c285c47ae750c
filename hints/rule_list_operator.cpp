// The list operators mixed up: `::` for `@` and the reverse (`x :: l` where
// both are lists, `l @ x` where `x` is an element: `l @ [x]`), and a
// one-element list where its element is needed. (An element wrapped into a
// list anywhere a list is needed makes too much type-check: no.)
#include "hints/repair.h"
#include "hints/syntax.h"

namespace mlhint::hints {
namespace {

class ListOperator final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    ast::Id e = s.expr;
    // An operand of `::` is held by the ghost pair of its arguments.
    ast::Id parent = s.Parent(e);
    if (parent != ast::kNone && s.tree.exprs[parent].kind == ast::ExprKind::Tuple &&
        (s.tree.exprs[parent].flags & ast::kGhost))
      parent = s.Parent(parent);
    for (ast::Id site : {e, parent}) {
      if (site == ast::kNone) continue;
      if (auto operands = InfixCons(s, site)) {
        auto [a, b] = *operands;
        Add(s, site, Op(s, a) + " @ " + Op(s, b), 2, out);
        Add(s, site, Op(s, b) + " @ [" + s.Text(a) + "]", 3, out);
        Add(s, site, Op(s, a) + " @ [" + s.Text(b) + "]", 3, out);
        return;
      }
      if (auto operands = Append(s, site)) {
        auto [a, b] = *operands;
        Add(s, site, Op(s, a) + " :: " + Op(s, b), 2, out);
        // An operand made a one-element list: the edit is that operand's.
        Add(s, b, "[" + s.Text(b) + "]", 2, out, Op(s, a) + " @ [" + s.Text(b) + "]");
        Add(s, a, "[" + s.Text(a) + "]", 3, out, "[" + s.Text(a) + "] @ " + Op(s, b));
        return;
      }
    }
    if (std::optional<ast::Id> only = SingletonElement(s, e)) Add(s, e, s.Text(*only), 2, out);
    // A list written as the first or last element of a list literal: the
    // lists joined (`[l; x]` for `l @ [x]`).
    // (The candidate may be the function of the element.)
    ast::Id element = e;
    if (parent != ast::kNone && s.tree.exprs[parent].kind == ast::ExprKind::Apply &&
        s.tree.exprs[parent].a == e && !(s.tree.exprs[parent].flags & ast::kInfix))
      element = parent;
    ListLiteral literal = ListLiteralOf(s.tree, s.parents, element);
    if (size_t n = literal.elements.size(); n >= 2) {
      auto texts = [&](size_t from, size_t to) {
        std::string t;
        for (size_t k = from; k < to; ++k)
          t += (k > from ? "; " : "") + s.Text(literal.elements[k]);
        return "[" + t + "]";
      };
      if (literal.elements.front() == element)
        Add(s, literal.literal, Op(s, element) + " @ " + texts(1, n), 2, out);
      if (literal.elements.back() == element)
        Add(s, literal.literal, texts(0, n - 1) + " @ " + Op(s, element), 2, out);
    }
    // The element of a one-element list: the list is the likelier mistake
    // (`[x]` where x is already what is needed). Its element is held by the
    // ghost pair of the list's first cell.
    if (parent != ast::kNone && parent != e) {
      std::optional<ast::Id> only = SingletonElement(s, parent);
      if (only && *only == e) Add(s, parent, s.Text(e), 2, out);
    }
  }

 private:
  static std::string Op(const RepairSite& s, ast::Id e) {
    const ast::Expr& x = s.tree.exprs[e];
    bool simple = Atomic(s.tree, e) ||
                  (x.kind == ast::ExprKind::Apply && !(x.flags & (ast::kInfix | ast::kPrefix)));
    return simple ? s.Text(e) : "(" + s.Text(e) + ")";
  }

  // `site` rewritten as `text`; the hint shows `shown` (the expression
  // around it) when given.
  static void Add(const RepairSite& s, ast::Id site, const std::string& text, int cost,
                  std::vector<Repair>& out, const std::string& shown = "") {
    const ast::Expr& x = s.tree.exprs[site];
    Repair r;
    r.rule = "list-operator";
    // (A list literal `[...]` needs no parentheses.)
    bool wrap = !shown.empty() ? false : (x.flags & ast::kParens) || s.Parent(site) != ast::kNone;
    r.edits = {Edit{x.span, wrap ? "(" + text + ")" : text}};
    r.span = x.span;
    r.message = "Hint: Did you mean `" + Quoted(shown.empty() ? text : shown) + "'?";
    r.cost = cost;
    out.push_back(std::move(r));
  }

  // Is this `::` written as the operator (its name is located on the
  // token), not a list literal (located on a cell)?
  static bool IsInfix(const RepairSite& s, const ast::Expr& x) {
    return s.source.Slice(s.tree.longidents[x.a].span) == "::";
  }

  // `a :: b` written with the operator: its operands.
  static std::optional<std::pair<ast::Id, ast::Id>> InfixCons(const RepairSite& s, ast::Id e) {
    const ast::Expr& x = s.tree.exprs[e];
    if (x.kind != ast::ExprKind::Construct || x.b == ast::kNone || s.tree.LastName(x.a) != "::")
      return std::nullopt;
    if (!IsInfix(s, x)) return std::nullopt;  // a list literal
    const ast::Expr& pair = s.tree.exprs[x.b];
    if (pair.kind != ast::ExprKind::Tuple || pair.list.size != 2) return std::nullopt;
    return std::make_pair(s.tree.at(pair.list, 0), s.tree.at(pair.list, 1));
  }

  static std::optional<std::pair<ast::Id, ast::Id>> Append(const RepairSite& s, ast::Id e) {
    const ast::Expr& x = s.tree.exprs[e];
    if (x.kind != ast::ExprKind::Apply || !(x.flags & ast::kInfix) || x.list.size != 2)
      return std::nullopt;
    if (!s.IsPreludeValue(x.a, "Stdlib.@")) return std::nullopt;
    return std::make_pair(s.tree.at(x.list, 0), s.tree.at(x.list, 1));
  }

  // `[x]`: x.
  static std::optional<ast::Id> SingletonElement(const RepairSite& s, ast::Id e) {
    const ast::Expr& x = s.tree.exprs[e];
    if (x.kind != ast::ExprKind::Construct || x.b == ast::kNone || s.tree.LastName(x.a) != "::")
      return std::nullopt;
    if (IsInfix(s, x) || s.source.Slice(x.span).substr(0, 1) != "[") return std::nullopt;
    const ast::Expr& pair = s.tree.exprs[x.b];
    if (pair.kind != ast::ExprKind::Tuple || pair.list.size != 2) return std::nullopt;
    const ast::Expr& tail = s.tree.exprs[s.tree.at(pair.list, 1)];
    if (tail.kind != ast::ExprKind::Construct || s.tree.LastName(tail.a) != "[]")
      return std::nullopt;
    return s.tree.at(pair.list, 0);
  }
};

}  // namespace

const RepairRule& ListOperatorRule() {
  static const ListOperator rule;
  return rule;
}

}  // namespace mlhint::hints
