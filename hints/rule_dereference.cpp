// A reference blamed away from the error, where its contents were meant
// (`while count > 0` with `count : int ref`: OCaml reports the `0`). At the
// error itself the core reference hint does this.
#include <cctype>

#include "hints/repair.h"
#include "hints/syntax.h"

namespace mlhint::hints {
namespace {

class Dereference final : public RepairRule {
 public:
  void Propose(const RepairSite& s, std::vector<Repair>& out) const override {
    const ast::Expr& x = s.tree.exprs[s.expr];
    // A name or a field: what holds a reference (an application that makes
    // one, `ref 0`, is no case for `!`).
    if (x.kind != ast::ExprKind::Ident && x.kind != ast::ExprKind::Field) return;
    std::string text = s.Text(s.expr);
    if (text.empty() || !(std::isalpha(static_cast<unsigned char>(text[0])) || text[0] == '_'))
      return;  // ( + )
    if (!s.IsPrelude("!", "Stdlib.!")) return;
    Repair r;
    r.rule = "dereference";
    // `!r.f` reads as `(!r).f`.
    bool wrap = x.kind == ast::ExprKind::Field && !(x.flags & ast::kParens);
    if (wrap) {
      r.edits = {Edit{Span{x.span.begin, x.span.begin}, "!("},
                 Edit{Span{x.span.end, x.span.end}, ")"}};
      text = "(" + text + ")";
    } else {
      r.edits = {Edit{Span{x.span.begin, x.span.begin}, "!"}};
    }
    r.span = x.span;
    r.message = "Hint: This is a `ref', did you mean `!" + Quoted(text) + "'?";
    r.applicability = Applicability::MachineApplicable;
    r.cost = 1;
    r.anywhere = true;
    out.push_back(std::move(r));
  }
};

}  // namespace

const RepairRule& DereferenceRule() {
  static const Dereference rule;
  return rule;
}

}  // namespace mlhint::hints
