// The sub-expressions of an expression and the sub-patterns of a pattern
// (parser/ast.h), for the walks over the tree that treat most constructs
// alike: the hints' searches, the typer's tail positions, and the
// questions on a pattern's shape.

#include "parser/ast.h"

namespace mlhint::ast {

std::vector<ast::Id> ExpressionChildren(const ast::Ast& tree, ast::Id e) {
  std::vector<ast::Id> out;
  const ast::Expr& x = tree.exprs[e];
  auto add = [&](ast::Id c) {
    if (c != ast::kNone && c < tree.exprs.size()) out.push_back(c);
  };
  auto each = [&](ast::ListRef l, auto&& f) {
    for (const ast::Id* i = tree.begin(l); i != tree.end(l); ++i) f(*i);
  };
  switch (x.kind) {
    case ExprKind::Construct:
    case ExprKind::Variant:
      add(x.b);
      break;
    case ExprKind::Tuple:
    case ExprKind::Array:
      each(x.list, add);
      break;
    case ExprKind::Apply:
      add(x.a);
      each(x.list, add);
      break;
    case ExprKind::Let:
      each(x.list, [&](ast::Id b) { add(tree.bindings[b].expr); });
      add(x.a);
      break;
    case ExprKind::LetOp:
      each(x.list, [&](ast::Id b) {
        add(tree.bindings[b].op);
        add(tree.bindings[b].expr);
      });
      add(x.a);
      break;
    case ExprKind::Function:
    case ExprKind::Match:
    case ExprKind::Try:
      add(x.a);
      each(x.list, [&](ast::Id c) {
        add(tree.cases[c].guard);
        add(tree.cases[c].body);
      });
      break;
    case ExprKind::Fun:
      add(x.b);
      break;
    case ExprKind::IfThenElse:
      add(x.a);
      add(x.b);
      add(x.c);
      break;
    case ExprKind::Sequence:
    case ExprKind::While:
      add(x.a);
      add(x.b);
      break;
    case ExprKind::SetField:  // b is the label
      add(x.a);
      add(x.c);
      break;
    case ExprKind::For:
      add(x.b);
      add(x.c);
      add(tree.ForBody(x));
      break;
    case ExprKind::Record:
      add(x.a);
      each(x.list, [&](ast::Id f) { add(tree.record_fields[f].expr); });
      break;
    case ExprKind::Field:
    case ExprKind::Constraint:
    case ExprKind::Assert:
    case ExprKind::Lazy:
    case ExprKind::NewType:
      add(x.a);
      break;
    case ExprKind::LocalOpen:
    case ExprKind::LetException:
    case ExprKind::LetModule:
      add(x.b);
      break;
    default:
      break;
  }
  return out;
}

void AppendPatternChildren(const ast::Ast& tree, ast::Id p, std::vector<ast::Id>* to) {
  const ast::Pat& x = tree.pats[p];
  switch (x.kind) {
    case ast::PatKind::Alias:
    case ast::PatKind::Constraint:
    case ast::PatKind::LocalOpen:
    case ast::PatKind::Exception:
    case ast::PatKind::Lazy:
      to->push_back(x.a);
      break;
    case ast::PatKind::Or:
      to->push_back(x.a);
      to->push_back(x.b);
      break;
    case ast::PatKind::Construct:
    case ast::PatKind::Variant:
      if (x.b != ast::kNone) to->push_back(x.b);
      break;
    case ast::PatKind::Tuple:
    case ast::PatKind::Array:
      to->insert(to->end(), tree.begin(x.list), tree.end(x.list));
      break;
    case ast::PatKind::Record:
      for (const ast::Id* f = tree.begin(x.list); f != tree.end(x.list); ++f)
        to->push_back(tree.record_pat_fields[*f].pat);
      break;
    case ast::PatKind::Any:
    case ast::PatKind::Var:
    case ast::PatKind::Constant:
    case ast::PatKind::Interval:
    case ast::PatKind::Unpack:
    case ast::PatKind::Unsupported:
      break;
  }
}

std::vector<ast::Id> PatternVariables(const ast::Ast& tree, ast::Id p) {
  std::vector<ast::Id> out, work{p};
  while (!work.empty()) {
    ast::Id q = work.back();
    work.pop_back();
    const ast::Pat& x = tree.pats[q];
    if (x.kind == ast::PatKind::Var || x.kind == ast::PatKind::Alias) out.push_back(q);
    if (x.kind == ast::PatKind::Or)
      work.push_back(x.a);
    else
      AppendPatternChildren(tree, q, &work);
  }
  return out;
}

}  // namespace mlhint::ast
