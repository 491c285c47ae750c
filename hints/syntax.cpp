#include "hints/syntax.h"

#include "lexer/literals.h"

namespace mlhint::hints {

using ast::ExprKind;

std::vector<ast::Id> ExpressionParents(const ast::Ast& tree) {
  std::vector<ast::Id> parents(tree.exprs.size(), ast::kNone);
  for (ast::Id e = 0; e < tree.exprs.size(); ++e)
    for (ast::Id c : ExpressionChildren(tree, e)) parents[c] = e;
  return parents;
}

std::vector<ast::Id> ItemRoots(const ast::Ast& tree, ast::Id item) {
  std::vector<ast::Id> out;
  if (item == ast::kNone || item >= tree.items.size()) return out;
  const ast::Item& it = tree.items[item];
  if (it.kind == ast::ItemKind::Value) {
    for (const ast::Id* b = tree.begin(it.list); b != tree.end(it.list); ++b)
      out.push_back(tree.bindings[*b].expr);
  } else if (it.kind == ast::ItemKind::Eval && it.a != ast::kNone) {
    out.push_back(it.a);
  }
  return out;
}

ast::Id ItemAt(const ast::Ast& tree, Span span) {
  // The items are in the order of the text: a binary search (a file can
  // have a hundred thousand items, each with an error), then a scan.
  uint32_t lo = 0, hi = tree.structure.size;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (tree.items[tree.at(tree.structure, mid)].span.begin < span.begin)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (uint32_t i = lo;
       i < tree.structure.size && tree.items[tree.at(tree.structure, i)].span.begin == span.begin;
       ++i) {
    ast::Id item = tree.at(tree.structure, i);
    if (tree.items[item].span == span) return item;
  }
  for (uint32_t i = 0; i < tree.structure.size; ++i) {
    ast::Id item = tree.at(tree.structure, i);
    if (tree.items[item].span == span) return item;
  }
  return ast::kNone;
}

bool IsListLiteral(const ast::Ast& tree, ast::Id e) {
  const ast::Expr& x = tree.exprs[e];
  if (x.kind != ExprKind::Construct || x.b == ast::kNone || tree.LastName(x.a) != "::")
    return false;
  // `[a; b]` is located on its brackets, its `::` on a cell (from the first
  // element on); `a :: b` has its `::` on the operator, after `a`.
  return tree.longidents[x.a].span.begin == x.span.begin + 1;
}

ListLiteral ListLiteralOf(const ast::Ast& tree, const std::vector<ast::Id>& parents, ast::Id e) {
  auto parent = [&](ast::Id x) { return x < parents.size() ? parents[x] : ast::kNone; };
  auto cons_pair = [&](ast::Id x) -> const ast::Expr* {
    const ast::Expr& c = tree.exprs[x];
    if (c.kind != ExprKind::Construct || c.b == ast::kNone || tree.LastName(c.a) != "::")
      return nullptr;
    const ast::Expr& pair = tree.exprs[c.b];
    return pair.kind == ExprKind::Tuple && pair.list.size == 2 ? &pair : nullptr;
  };
  // Up from the element: its cell (held by the cell's ghost pair), then
  // the cells before it, to the literal's first cell.
  ListLiteral out;
  ast::Id pair = parent(e);
  if (pair == ast::kNone || tree.exprs[pair].kind != ExprKind::Tuple ||
      !(tree.exprs[pair].flags & ast::kGhost) || tree.at(tree.exprs[pair].list, 0) != e)
    return out;
  ast::Id cell = parent(pair);
  while (cell != ast::kNone && cons_pair(cell) && !IsListLiteral(tree, cell)) {
    ast::Id up = parent(cell);
    if (up == ast::kNone || !(tree.exprs[up].flags & ast::kGhost) ||
        tree.exprs[up].kind != ExprKind::Tuple || tree.at(tree.exprs[up].list, 1) != cell)
      return out;
    cell = parent(up);
  }
  if (cell == ast::kNone || !IsListLiteral(tree, cell)) return out;
  for (ast::Id at = cell; const ast::Expr* p = cons_pair(at); at = tree.at(p->list, 1))
    out.elements.push_back(tree.at(p->list, 0));
  out.literal = cell;
  return out;
}

bool Atomic(const ast::Ast& tree, ast::Id e) {
  const ast::Expr& x = tree.exprs[e];
  if (x.flags & ast::kParens) return true;
  switch (x.kind) {
    case ExprKind::Ident:
      return true;
    case ExprKind::Constant:
      return !tree.constants[x.a].negative;
    case ExprKind::Construct:
      return x.b == ast::kNone || IsListLiteral(tree, e);
    case ExprKind::Variant:
      return x.b == ast::kNone;
    case ExprKind::Record:
    case ExprKind::Array:
    case ExprKind::Field:
      return true;
    default:
      return false;
  }
}

std::string AsArgument(const ast::Ast& tree, const SourceBuffer& source, ast::Id e) {
  std::string text(source.Slice(tree.exprs[e].span));
  return Atomic(tree, e) ? text : "(" + text + ")";
}

std::string_view SimpleName(const ast::Ast& tree, ast::Id e) {
  const ast::Expr& x = tree.exprs[e];
  if (x.kind != ExprKind::Ident || tree.longidents[x.a].parts.size != 1) return {};
  return tree.LastName(x.a);
}

std::optional<SuffixedLiteral> WithSuffix(const ast::Constant& constant, const SourceBuffer& source,
                                          char suffix) {
  if (constant.kind != ast::ConstKind::Int) return std::nullopt;
  std::string_view token = source.Slice(constant.text);
  IntLiteralParts parts = SplitIntLiteral(token);
  std::string digits(parts.digits);
  std::string sign = constant.negative ? "-" : "";
  std::optional<IntKind> kind;
  switch (suffix) {
    case '.':
      break;
    case 'l':
      kind = IntKind::Int32;
      break;
    case 'L':
      kind = IntKind::Int64;
      break;
    case 'n':
      kind = IntKind::Nativeint;
      break;
    default:
      return std::nullopt;
  }
  bool based = digits.size() > 1 && digits[0] == '0' &&
               std::string_view("xXoObB").find(digits[1]) != std::string_view::npos;
  if (suffix == '.' && based) return std::nullopt;
  if (kind && !ConvertIntLiteral(sign + digits, *kind)) return std::nullopt;  // out of range
  Span t = constant.text;
  Span replaced = parts.modifier ? Span{t.end - 1, t.end} : Span{t.end, t.end};
  return SuffixedLiteral{sign + digits + suffix, Edit{replaced, std::string(1, suffix)}};
}

std::unordered_set<uint32_t> AnnotatedNames(const ast::Ast& tree) {
  std::unordered_set<uint32_t> names;
  for (const ast::Pat& p : tree.pats)
    if (p.kind == ast::PatKind::Constraint && p.a < tree.pats.size() &&
        tree.pats[p.a].kind == ast::PatKind::Var)
      names.insert(tree.pats[p.a].span.begin);
  return names;
}

}  // namespace mlhint::hints
