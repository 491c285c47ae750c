#include "hints/rule_applications.h"

#include "hints/syntax.h"

namespace mlhint::hints {

namespace {
bool IsPrefixApply(const ast::Ast& tree, ast::Id e) {
  const ast::Expr& x = tree.exprs[e];
  // (An application with labelled arguments is not rewritten: the rules
  // write arguments back by position.)
  return x.kind == ast::ExprKind::Apply &&
         !(x.flags & (ast::kInfix | ast::kPrefix | ast::kIndexSugar | ast::kGhost)) &&
         x.c == ast::kNone;
}
}  // namespace

ast::Id ApplicationAt(const RepairSite& s) {
  if (IsPrefixApply(s.tree, s.expr)) return s.expr;
  ast::Id p = s.Parent(s.expr);
  if (p != ast::kNone && IsPrefixApply(s.tree, p)) return p;
  return ast::kNone;
}

ApplicationParts PartsOf(const RepairSite& s, ast::Id apply) {
  const ast::Expr& x = s.tree.exprs[apply];
  std::string head = s.Text(x.a);
  if (!Atomic(s.tree, x.a)) head = "(" + head + ")";
  return ApplicationParts{x.a, std::vector<ast::Id>(s.tree.begin(x.list), s.tree.end(x.list)),
                          std::move(head)};
}

Repair RewriteApplication(const RepairSite& s, ast::Id apply, std::string_view rule,
                          const std::string& text, int cost) {
  const ast::Expr& x = s.tree.exprs[apply];
  Repair r;
  r.rule = rule;
  // Keep the application's own parentheses; add some where it is an
  // operand or argument.
  bool wrap = !(x.flags & ast::kParens) && s.Parent(apply) != ast::kNone;
  r.edits = {Edit{x.span, (x.flags & ast::kParens) || wrap ? "(" + text + ")" : text}};
  r.span = x.span;
  r.message = "Hint: Did you mean `" + Quoted(text) + "'?";
  r.cost = cost;
  r.not_a_function = true;
  return r;
}

}  // namespace mlhint::hints
