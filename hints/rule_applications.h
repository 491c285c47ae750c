// What the rules on function applications share: the application a
// candidate is, or is an argument or the function of, and writing an
// application back as text.
#pragma once

#include <string>
#include <vector>

#include "hints/repair.h"

namespace mlhint::hints {

// The prefix application `f a b` (not an operator's) that `site` is, or is
// the function or an argument of; kNone if none.
ast::Id ApplicationAt(const RepairSite& site);

// The application's function and arguments, and the function's text as it
// heads an application (in parentheses unless atomic).
struct ApplicationParts {
  ast::Id function;
  std::vector<ast::Id> args;
  std::string head;
};
ApplicationParts PartsOf(const RepairSite& site, ast::Id apply);

// A repair that rewrites the whole application (or operation) `apply` as
// `text`.
Repair RewriteApplication(const RepairSite& site, ast::Id apply, std::string_view rule,
                          const std::string& text, int cost);

}  // namespace mlhint::hints
