// The core hints about references (hints/core_hints_internal.h): the
// reference that needed `!` to be read, and its reverse, the binding that
// needed `ref` (a name used where a reference is expected).

#include <optional>
#include <string>

#include "hints/core_hints_internal.h"
#include "typing/env.h"

namespace mlhint::hints {
namespace {

using ast::ExprKind;
using typing::TypeId;
using typing::ValueId;

}  // namespace

namespace core {

// ------------------------------------------------------------ reading a reference

std::optional<Child> Attempt::RefHint(ast::Id site, bool located) {
  TypeId type = located ? typer_.ExprType(site) : clash_.got;
  if (!IsRef(type) || IsRef(clash_.expected)) return std::nullopt;
  if (!IsPreludeOperator("!")) return std::nullopt;
  const ast::Expr& x = tree_.exprs[site];
  // `ref e` where its contents were meant is no case for `!`.
  if (x.kind == ExprKind::Apply && tree_.exprs[x.a].kind == ExprKind::Ident) {
    ValueId f = typer_.IdentValue(x.a);
    if (f != typing::kNone && typer_.env().values[f].from_prelude &&
        typer_.env().ValuePath(f) == "Stdlib.ref")
      return std::nullopt;
  }
  std::string text = Text(x.span);
  std::vector<Edit> edits;
  std::string shown;
  if (x.kind == ExprKind::Ident || (x.flags & ast::kParens)) {
    edits.push_back(Edit{Span{x.span.begin, x.span.begin}, "!"});
    shown = "!" + text;
  } else {
    edits.push_back(Edit{Span{x.span.begin, x.span.begin}, "!("});
    edits.push_back(Edit{Span{x.span.end, x.span.end}, ")"});
    bool fits = text.size() <= 30 && text.find('\n') == std::string::npos;
    shown = fits ? "!(" + text + ")" : "!( .. )";
  }
  if (!Verifies(edits)) return std::nullopt;
  Child c;
  c.role = Child::Role::Hint;
  if (located) c.span = x.span;
  c.text = mlhint::Text("Hint: This is a `ref', did you mean `" + shown + "'?");
  c.hint_id = "ref-dereference";
  c.fix = FixIt{edits, Applicability::MachineApplicable};
  return c;
}

// ------------------------------------------------------------ creating a reference

// The reverse of RefHint: a let-bound name of type t used where a t ref
// is expected (`incr n`, `n := 1`): the binding should have made a
// reference. Located at the name's binding; the fix-it wraps the bound
// expression in `ref`. Silent for a name bound otherwise (a parameter, a
// pattern of a match) and when the program's `ref' is not the prelude's.
std::optional<Child> Attempt::MakeRefHint(ast::Id site) {
  if (!IsRef(clash_.expected) || IsRef(clash_.got)) return std::nullopt;
  const ast::Expr& x = tree_.exprs[site];
  if (x.kind != ExprKind::Ident || tree_.longidents[x.a].parts.size != 1) return std::nullopt;
  ValueId v = typer_.IdentValue(site);
  if (v == typing::kNone) return std::nullopt;
  // A copy: the re-typing below (Verifies) adds values, and the table may
  // move while it grows.
  const typing::ValueDesc value = typer_.env().values[v];
  if (value.from_prelude || !value.has_loc || value.name.empty()) return std::nullopt;
  char first = value.name[0];
  if (!((first >= 'a' && first <= 'z') || first == '_')) return std::nullopt;  // not an operator
  if (!IsPrelude("ref", "Stdlib.ref")) return std::nullopt;
  // `!n' with n an int: dropping the `!' may be what was meant as well;
  // the clean rule decides (making n a reference is clean only when every
  // use of n reads or writes a reference).
  std::optional<Bound> b = BindingOf(value);
  if (!b) return std::nullopt;
  const ast::Binding* binding = b->binding;
  const ast::Expr& bound = tree_.exprs[binding->expr];
  Span pat_span = tree_.pats[binding->pat].span;
  std::optional<Span> from = b->from;
  std::vector<Edit> edits;
  if (Atomic(binding->expr)) {
    edits.push_back(Edit{Span{bound.span.begin, bound.span.begin}, "ref "});
  } else {
    edits.push_back(Edit{Span{bound.span.begin, bound.span.begin}, "ref ("});
    edits.push_back(Edit{Span{bound.span.end, bound.span.end}, ")"});
  }
  if (!Verifies(edits, from)) return std::nullopt;
  Child c;
  c.role = Child::Role::Hint;
  c.span = pat_span;
  c.text = mlhint::Text("Hint: `" + value.name +
                        "' is not a reference; did you mean to create it with `let " + value.name +
                        " = ref \u2026'?");
  c.hint_id = "ref-create";
  c.fix = FixIt{edits, Applicability::MachineApplicable};
  return c;
}

}  // namespace core
}  // namespace mlhint::hints
