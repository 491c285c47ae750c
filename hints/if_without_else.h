// An `if` without `else` whose `then` branch is not of type unit: the
// missing `else` is the likely mistake (the error is a consequence of it).
#pragma once

#include <vector>

#include "diagnostics/diagnostic.h"
#include "hints/sandbox.h"
#include "parser/ast.h"
#include "typing/typer.h"

namespace mlhint::hints {

// The `if` without `else` an error is the consequence of: its `then`
// branch was expected to have type unit, and does not (OCaml says
// "because it is in the result of a conditional with no else branch"; for
// a constructor, "There is no constructor ... within type unit").
ast::Id IfWithoutElse(const ast::Ast& tree, const std::vector<ast::Id>& parents,
                      const typing::ItemErrors& item, const typing::TypeClash& error,
                      DiagKind kind);

// Points at the `if` without `else`, saying what its `then` branch is.
Child IfWithoutElseHint(ItemSandbox& box, typing::Typer& typer, ast::Id if_);

}  // namespace mlhint::hints
