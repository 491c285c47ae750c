#include "hints/if_without_else.h"

#include "hints/blame_hint.h"
#include "hints/blame_search.h"
#include "hints/rank.h"
#include "hints/repair.h"
#include "hints/sandbox.h"
#include "hints/syntax.h"
#include "support/text_chars.h"

namespace mlhint::hints {

namespace {

// The `if` without `else` whose `then` branch has `e` in the position of
// its result (through the bodies of `let`, sequences, matches and
// handlers), or kNone. Such a branch is expected to have type unit: when
// it does not, the missing `else` is the likely mistake.
ast::Id IfWithoutElseAround(const ast::Ast& tree, const std::vector<ast::Id>& parents, ast::Id e) {
  for (ast::Id child = e; child != ast::kNone && child < parents.size();) {
    ast::Id p = parents[child];
    if (p == ast::kNone) return ast::kNone;
    const ast::Expr& x = tree.exprs[p];
    switch (x.kind) {
      case ast::ExprKind::IfThenElse:
        return x.c == ast::kNone && x.b == child ? p : ast::kNone;
      case ast::ExprKind::Let:  // its body
        if (x.a != child) return ast::kNone;
        break;
      case ast::ExprKind::Match:  // the body of a case (not the scrutinee, nor a guard)
      case ast::ExprKind::Try: {
        bool body = false;
        for (const ast::Id* k = tree.begin(x.list); k != tree.end(x.list); ++k)
          body |= tree.cases[*k].body == child;
        if (!body && !(x.kind == ast::ExprKind::Try && x.a == child)) return ast::kNone;
        break;
      }
      case ast::ExprKind::Sequence:
      case ast::ExprKind::LocalOpen:
      case ast::ExprKind::LetException:
      case ast::ExprKind::LetModule:
        if (x.b != child) return ast::kNone;
        break;
      default:
        return ast::kNone;
    }
    child = p;
  }
  return ast::kNone;
}

// The innermost expression of item `item` whose span holds `span`.
ast::Id ExpressionAround(const ast::Ast& tree, ast::Id item, Span span) {
  ast::Id found = ast::kNone;
  std::vector<ast::Id> level = ItemRoots(tree, item);
  for (bool deeper = true; deeper;) {
    deeper = false;
    for (ast::Id e : level)
      // (not into a part as wide as its whole: `a :: b`'s pair)
      if (Within(span, tree.exprs[e].span) &&
          (found == ast::kNone || !(tree.exprs[e].span == tree.exprs[found].span))) {
        found = e;
        level = ExpressionChildren(tree, e);
        deeper = true;
        break;
      }
  }
  return found;
}

}  // namespace

ast::Id IfWithoutElse(const ast::Ast& tree, const std::vector<ast::Id>& parents,
                      const typing::ItemErrors& item, const typing::TypeClash& error,
                      DiagKind kind) {
  if (error.in_pattern) return ast::kNone;
  if (error.node != ast::kNone && error.explanation == typing::Explanation::IfNoElseBranch)
    return IfWithoutElseAround(tree, parents, error.node);
  if (kind == DiagKind::UnboundConstructor)
    return IfWithoutElseAround(tree, parents,
                               ExpressionAround(tree, ItemAt(tree, item.item), error.span));
  return ast::kNone;
}

Child IfWithoutElseHint(ItemSandbox& box, typing::Typer& typer, ast::Id if_) {
  const ast::Ast& tree = typer.tree();
  const SourceBuffer& source = typer.source();
  Span span = tree.exprs[if_].span;
  std::string then_type = OwnType(box, source, tree.exprs[tree.exprs[if_].b].span);
  std::string message = "Hint: `" + Quoted(source.Slice(span)) +
                        "' is likely the mistake: without an `else' branch, its `then' branch "
                        "must have type unit";
  message +=
      then_type.empty() || then_type == "unit" ? "." : ", and it has type " + then_type + ".";
  return HintChild("blame", std::move(message), span, std::nullopt);
}

}  // namespace mlhint::hints
