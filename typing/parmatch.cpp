// Exhaustiveness and unused cases (OCaml's Parmatch): warnings 8 and 11.
// (To be implemented: the typer calls these after each match.)

#include "typing/typer.h"

namespace mlhint::typing {

void Typer::CheckPartialMatch(TypeId ty, Span loc, const std::vector<ast::Id>& pats, const std::vector<bool>& guarded) {
  (void)ty;
  (void)loc;
  (void)pats;
  (void)guarded;
}

void Typer::CheckUnusedCases(TypeId ty, const std::vector<ast::Id>& pats, const std::vector<bool>& guarded) {
  (void)ty;
  (void)pats;
  (void)guarded;
}

void Typer::CheckPartialLet(ast::Id pat, TypeId ty, ast::Id expr) {
  (void)pat;
  (void)ty;
  (void)expr;
}

}  // namespace mlhint::typing
