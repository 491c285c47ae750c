#include "hints/blame_search.h"

#include "hints/syntax.h"

namespace mlhint::hints {

bool RemovesError(const typing::ItemErrors& item, size_t target, const std::vector<Edit>& edits,
                  const std::vector<Span>& after) {
  // An offset of the file as it is in the edited item's text.
  auto map = [&](uint32_t offset) {
    int64_t shifted = offset;
    for (const Edit& e : edits)
      if (e.span.end <= offset)
        shifted += static_cast<int64_t>(e.replacement.size()) - e.span.size();
    return static_cast<int64_t>(shifted - item.item.begin);
  };
  for (const Span& left : after) {
    bool known = false;
    for (size_t k = 0; k < item.errors.size(); ++k) {
      if (k == target) continue;
      const Span& before = item.errors[k];
      if (map(before.begin) == left.begin && map(before.end) == left.end) known = true;
    }
    if (!known) return false;
  }
  return true;
}

namespace {

class Search {
 public:
  Search(ItemSandbox& box, const ast::Ast& tree, const std::vector<ast::Id>& parents, size_t target)
      : box_(box), tree_(tree), parents_(parents), target_(target) {}

  // Whether a hole at `e` or inside it removes the error; the smallest
  // such expressions are added to the candidates.
  bool Visit(ast::Id e, int depth) {
    if (box_.Exhausted() || depth > 200) return false;
    const ast::Expr& x = tree_.exprs[e];
    // The operator of `a + b` or `!r` is no expression of the text: a hole
    // there would make `a (hole) b`.
    ast::Id parent = e < parents_.size() ? parents_[e] : ast::kNone;
    bool operator_name =
        parent != ast::kNone && tree_.exprs[parent].kind == ast::ExprKind::Apply &&
        tree_.exprs[parent].a == e &&
        (tree_.exprs[parent].flags & (ast::kInfix | ast::kPrefix | ast::kIndexSugar));
    bool testable = !(x.flags & ast::kGhost) && !x.span.empty() &&
                    x.kind != ast::ExprKind::Unsupported && x.kind != ast::ExprKind::Unreachable &&
                    !operator_name;
    if (!testable) {
      bool found = false;
      for (ast::Id c : ExpressionChildren(tree_, e)) found |= Visit(c, depth + 1);
      return found;
    }
    std::vector<Edit> hole{Edit{x.span, std::string(kHole)}};
    std::optional<ItemSandbox::Outcome> o =
        box_.Try(hole, {Probe{0, 0, static_cast<uint32_t>(kHole.size())}});
    if (!o || !RemovesError(box_.item(), target_, hole, o->errors)) {
      // The record of `C { ... }` cannot be a hole when C's argument is an
      // inline record (OCaml wants it written in place): its fields can.
      bool inline_record_arg = parent != ast::kNone &&
                               tree_.exprs[parent].kind == ast::ExprKind::Construct &&
                               tree_.exprs[parent].b == e && x.kind == ast::ExprKind::Record;
      if (!inline_record_arg) return false;
      bool found = false;
      for (ast::Id c : ExpressionChildren(tree_, e)) found |= Visit(c, depth + 1);
      return found;
    }
    bool below = false;
    for (ast::Id c : ExpressionChildren(tree_, e)) below |= Visit(c, depth + 1);
    if (!below) {
      Candidate c;
      c.expr = e;
      c.span = x.span;
      c.depth = depth;
      c.context_type = o->probe_types.empty() ? "" : o->probe_types[0];
      c.order = static_cast<int>(found_.size());
      c.explains_item = o->errors.empty();
      found_.push_back(std::move(c));
    }
    return true;
  }

  std::vector<Candidate> Take() { return std::move(found_); }

 private:
  ItemSandbox& box_;
  const ast::Ast& tree_;
  const std::vector<ast::Id>& parents_;
  size_t target_;
  std::vector<Candidate> found_;
};

}  // namespace

std::vector<Candidate> FindCandidates(ItemSandbox& box, const ast::Ast& tree,
                                      const std::vector<ast::Id>& parents, ast::Id item,
                                      size_t target) {
  Search search(box, tree, parents, target);
  for (ast::Id root : ItemRoots(tree, item)) search.Visit(root, 0);
  return search.Take();
}

}  // namespace mlhint::hints
