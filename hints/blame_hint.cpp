#include "hints/blame_hint.h"

#include <algorithm>

#include "hints/blame_search.h"
#include "hints/rank.h"
#include "hints/repair.h"
#include "hints/sandbox.h"
#include "hints/syntax.h"

namespace mlhint::hints {

namespace {

// The `a :: b` whose `b` is `e` (kNone if none).
ast::Id ConsOfTail(const ast::Ast& tree, const std::vector<ast::Id>& parents, ast::Id e) {
  ast::Id pair = e < parents.size() ? parents[e] : ast::kNone;
  if (pair == ast::kNone || tree.exprs[pair].kind != ast::ExprKind::Tuple ||
      !(tree.exprs[pair].flags & ast::kGhost) || tree.exprs[pair].list.size != 2 ||
      tree.at(tree.exprs[pair].list, 1) != e)
    return ast::kNone;
  ast::Id cons = parents[pair];
  if (cons == ast::kNone || tree.exprs[cons].kind != ast::ExprKind::Construct ||
      tree.exprs[cons].b != pair || tree.LastName(tree.exprs[cons].a) != "::")
    return ast::kNone;
  return cons;
}

}  // namespace

bool Within(Span inner, Span outer) {
  return outer.begin <= inner.begin && inner.end <= outer.end;
}

bool EnclosesError(const ast::Ast& tree, const std::vector<ast::Id>& parents, const Candidate& c,
                   Span error) {
  if (!(c.span.begin <= error.begin && error.end <= c.span.end)) return false;
  // A function pointed at as its whole application, around the error in
  // one of its arguments: the argument is the likelier mistake.
  ast::Id parent = c.expr < parents.size() ? parents[c.expr] : ast::kNone;
  if (parent != ast::kNone && tree.exprs[parent].kind == ast::ExprKind::Apply &&
      tree.exprs[parent].a == c.expr && tree.exprs[parent].span == c.span &&
      error.begin >= tree.exprs[c.expr].span.end)
    return true;
  switch (tree.exprs[c.expr].kind) {
    case ast::ExprKind::Function:
    case ast::ExprKind::Fun:
    case ast::ExprKind::Match:
    case ast::ExprKind::Try:
    case ast::ExprKind::Let:
    case ast::ExprKind::LetOp:
    case ast::ExprKind::LetModule:
    case ast::ExprKind::NewType:
      return true;
    default:
      return false;
  }
}

bool ScrutineeIsAName(typing::Typer& typer, const typing::ItemErrors& item, const Candidate& c,
                      const std::unordered_map<uint32_t, ast::Id>& let_names,
                      const std::unordered_set<uint32_t>& annotated) {
  const ast::Ast& tree = typer.tree();
  if (c.expr == ast::kNone || tree.exprs[c.expr].kind != ast::ExprKind::Ident ||
      !(tree.exprs[c.expr].span == c.span))
    return false;
  typing::ValueId v = typer.IdentValue(c.expr);
  if (v == typing::kNone) return false;
  const typing::ValueDesc& d = typer.env().values[v];
  if (d.from_prelude || !d.has_loc) return false;
  // Bound in the item's patterns (a parameter, a case's name): not a name
  // of an earlier item, nor one a `let` binds (`let x = e`: `e` gives it a
  // type), nor one whose type is written where it is bound (`(o : int
  // option)`).
  return Within(d.loc, item.item) && !let_names.count(d.loc.begin) && !annotated.count(d.loc.begin);
}

Blamed WhatToBlame(ItemSandbox& box, typing::Typer& typer, const std::vector<ast::Id>& parents,
                   const Candidate& c) {
  const ast::Ast& tree = typer.tree();
  const SourceBuffer& source = typer.source();
  auto parent_of = [&](ast::Id e) { return e < parents.size() ? parents[e] : ast::kNone; };
  auto widened = [&](ast::Id to, std::string message, bool for_patterns = false) {
    Candidate m = c;
    m.expr = to;
    m.span = tree.exprs[to].span;
    m.context_type.clear();
    return Blamed{
        std::move(m),
        "Hint: `" + Quoted(source.Slice(m.span)) + "' is likely the mistake: " + std::move(message),
        for_patterns};
  };
  std::string text = Quoted(source.Slice(c.span));
  // The expression the candidate's span is: an application when its
  // function was the candidate (Rank points at the whole application).
  ast::Id e = c.expr;
  if (!(tree.exprs[e].span == c.span) && parent_of(e) != ast::kNone &&
      tree.exprs[parent_of(e)].span == c.span)
    e = parent_of(e);
  ast::Id parent = parent_of(e);
  // The scrutinee of a `match`: its cases' patterns disagree with it, and
  // they are the likelier mistake; the match is pointed at as a whole.
  if (parent != ast::kNone && tree.exprs[parent].kind == ast::ExprKind::Match &&
      tree.exprs[parent].a == e && tree.exprs[e].span == c.span)
    return widened(
        parent, "its patterns give `" + text + "' a type the rest of the code does not agree with.",
        true);
  // The expression of a `let` that takes it apart with a pattern (a tuple,
  // a constructor, a record), like a match's scrutinee: the pattern is as
  // likely the mistake; the `let` is pointed at as a whole.
  if (parent != ast::kNone && tree.exprs[parent].kind == ast::ExprKind::Let &&
      tree.exprs[parent].list.size == 1 && tree.exprs[e].span == c.span) {
    const ast::Binding& b = tree.bindings[tree.at(tree.exprs[parent].list, 0)];
    ast::PatKind k = tree.pats[b.pat].kind;
    if (b.expr == e &&
        (k == ast::PatKind::Tuple || k == ast::PatKind::Construct || k == ast::PatKind::Record))
      return widened(
          parent,
          "its pattern gives `" + text + "' a type the rest of the code does not agree with.",
          true);
  }
  // An operand of an operator on ints whose own type is no int:
  // - a float (not a literal): the operator, written without its dot, is
  //   the likelier mistake (an int operand of a float operator is left to
  //   the operand: a conversion forgotten; so is a float literal, likelier
  //   written with a dot too many);
  // - an application giving no number, nor a function (a list, a string,
  //   unit: `clone 0 n - m`, `h + f t`): the operation is the likelier
  //   mistake (the elements were to be put together otherwise, or the
  //   operation was meant inside the arguments). An application giving a
  //   function lacks an argument, and one giving a reference (`ref 0 + 1`)
  //   lacks its `!` or has a `ref` too many: it stays the candidate, as
  //   does a name.
  if (parent != ast::kNone && tree.exprs[parent].kind == ast::ExprKind::Apply &&
      (tree.exprs[parent].flags & ast::kInfix) && !(tree.exprs[parent].flags & ast::kGhost) &&
      tree.exprs[parent].a != e) {
    const ast::Expr& x = tree.exprs[e];
    bool application = x.kind == ast::ExprKind::Apply && !(x.flags & ast::kInfix);
    RepairSite site{e, tree, source, typer, parents, c.context_type};
    for (std::string_view op : {"+", "-", "*", "/", "mod"})
      if (site.IsPreludeValue(tree.exprs[parent].a, "Stdlib." + std::string(op))) {
        std::string own = x.kind != ast::ExprKind::Constant && (op != "mod" || application)
                              ? OwnType(box, source, c.span)
                              : "";
        if (own == "float" && op != "mod")
          return widened(parent, "`" + std::string(op) + "' works on ints (`" + std::string(op) +
                                     ".' on floats), and `" + text + "' is a float.");
        if (application && !own.empty() && own != "int" && own != "float" &&
            !own.ends_with(" ref") && !IsTypeVariable(own) && !IsFunctionType(own))
          return widened(parent, "`" + std::string(op) + "' works on ints, and `" + text +
                                     "' is no number: it has type " + own + ".");
        break;
      }
  }
  // A tuple or an arithmetic operation after `::` (written `x :: a mod 10`,
  // `h :: (a, b)`), which is no list: the cons, where the elements were to
  // be put together otherwise, is the likelier mistake.
  if (ast::Id cons = ConsOfTail(tree, parents, e);
      cons != ast::kNone && !IsListLiteral(tree, cons)) {
    const ast::Expr& x = tree.exprs[e];
    bool operation = x.kind == ast::ExprKind::Apply && (x.flags & ast::kInfix);
    if (operation || (x.kind == ast::ExprKind::Tuple && !(x.flags & ast::kGhost))) {
      std::string own = OwnType(box, source, c.span);
      if (!own.empty() && !own.ends_with(" list"))
        return widened(cons, "`::' puts an element in front of a list, and `" + text +
                                 "' is no list: it has type " + own + ".");
    }
  }
  // A list as an element of a list literal: the literal, where the lists
  // were to be joined, is the likelier mistake.
  ListLiteral literal = ListLiteralOf(tree, parents, e);
  if (literal.elements.size() >= 2) {
    std::string own = OwnType(box, source, c.span);
    if (own.ends_with(" list"))
      return widened(literal.literal,
                     "its element `" + text + "' is a list itself, of type " + own + ".");
  }
  return Blamed{c, BlameMessage(box, tree, source, c)};
}

}  // namespace mlhint::hints
