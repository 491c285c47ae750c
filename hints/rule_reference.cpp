// A `ref' too many or too few, away from the error: `let r : int list ref =
// []` for `ref []`, and `ref 0` where the contents were meant. (A name used
// as a reference but bound to a plain value is the core ref-create hint.)
#include "hints/repair.h"
#include "hints/syntax.h"

namespace mlhint::hints {
namespace {

class MakeReference final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    const ast::Expr& x = s.tree.exprs[s.expr];
    if (!s.context_type.ends_with(" ref") || x.kind == ast::ExprKind::Fun ||
        x.kind == ast::ExprKind::Function)
      return;
    // A name used as a reference is the core ref-create hint's, at its
    // binding: `ref total := 3` type-checks and means nothing.
    if (x.kind == ast::ExprKind::Ident || x.kind == ast::ExprKind::Field) return;
    ast::Id parent = s.Parent(s.expr);
    if (parent != ast::kNone && s.tree.exprs[parent].kind == ast::ExprKind::Apply) {
      ast::Id f = s.tree.exprs[parent].a;
      // !(ref e) is no advice; nor is `n > ref 0`: the polymorphic
      // comparisons take references too, and compare them by contents.
      for (std::string_view no :
           {"Stdlib.!", "Stdlib.:=", "Stdlib.incr", "Stdlib.decr", "Stdlib.=", "Stdlib.<>",
            "Stdlib.<", "Stdlib.>", "Stdlib.<=", "Stdlib.>=", "Stdlib.==", "Stdlib.!=",
            "Stdlib.compare", "Stdlib.min", "Stdlib.max"})
        if (s.IsPreludeValue(f, no)) return;
    }
    if (!s.IsPrelude("ref", "Stdlib.ref")) return;
    std::string call = "ref " + AsArgument(s.tree, s.source, s.expr);
    Repair r;
    r.rule = "make-reference";
    r.edits = {Edit{Span{x.span.begin, x.span.begin}, Atomic(s.tree, s.expr) ? "ref " : "ref ("}};
    if (!Atomic(s.tree, s.expr)) r.edits.push_back(Edit{Span{x.span.end, x.span.end}, ")"});
    r.span = x.span;
    r.message = "Hint: Did you mean `" + Quoted(call) + "'?";
    r.applicability = Applicability::MachineApplicable;
    r.cost = 1;
    r.anywhere = true;
    out.push_back(std::move(r));
  }
};

class DropReference final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    // The application, or its function (where a hole also removes the error).
    ast::Id site = s.expr;
    ast::Id parent = s.Parent(site);
    if (s.tree.exprs[site].kind == ast::ExprKind::Ident && parent != ast::kNone &&
        s.tree.exprs[parent].kind == ast::ExprKind::Apply && s.tree.exprs[parent].a == site)
      site = parent;
    const ast::Expr& x = s.tree.exprs[site];
    if (x.kind != ast::ExprKind::Apply || !s.IsPreludeValue(x.a, "Stdlib.ref")) return;
    if (s.tree.end(x.list) - s.tree.begin(x.list) != 1) return;
    ast::Id arg = *s.tree.begin(x.list);
    if (s.context_type.ends_with(" ref")) return;
    // An operand (`ref 0 + 1`): `ref (0 + 1)` may as well have been meant.
    ast::Id up = s.Parent(site);
    if (up != ast::kNone && s.tree.exprs[up].kind == ast::ExprKind::Apply &&
        (s.tree.exprs[up].flags & (ast::kInfix | ast::kPrefix)))
      return;
    Repair r;
    r.rule = "drop-reference";
    std::string text = s.Text(arg);
    bool bare = Atomic(s.tree, arg) && !(s.tree.exprs[arg].flags & ast::kParens);
    bool wrapped = text.size() >= 2 && text.front() == '(' && text.back() == ')';
    r.edits = {Edit{x.span, bare || wrapped ? text : "(" + text + ")"}};
    r.span = x.span;
    r.message = "Hint: Did you mean `" + Quoted(s.Text(arg)) + "' (without `ref')?";
    r.applicability = Applicability::MachineApplicable;
    r.cost = 1;
    r.anywhere = true;
    out.push_back(std::move(r));
  }
};

}  // namespace

const RepairRule& MakeReferenceRule() {
  static const MakeReference rule;
  return rule;
}

const RepairRule& DropReferenceRule() {
  static const DropReference rule;
  return rule;
}

}  // namespace mlhint::hints
