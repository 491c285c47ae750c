// Mutations of a program: the small slips a programmer makes, applied to
// its tokens (as mlhint's own lexer reads them). A mutant is what the
// checker meets while someone types: often ill-typed or ill-formed, and it
// must still get a proper diagnostic, never a crash.
#pragma once

#include <string>
#include <string_view>

#include "testsuite/fuzz/generator/choices.h"

namespace mlhint::progen {

enum class MutationKind {
  SwapTokens,         // two adjacent tokens trade places
  DropParenthesis,    // one `(` or `)` goes
  ChangeOperator,     // `+` for `+.`, `^` for `+`, `::` for `@`, `&&` for `||`, ...
  DropBang,           // `!r` becomes `r`
  DropToken,          // any token goes
  DuplicateToken,     // any token is written twice
  ChangeLiteral,      // `1` for `1.`, `"1"` or `'1'`; `1.5` for `1`
  ReplaceIdentifier,  // a name for another name of the program
};
inline constexpr int kMutationKinds = 8;

std::string_view MutationName(MutationKind kind);

// `program` with one mutation of the given kind at a place `choices`
// picks; the program unchanged when it has no place for that kind.
std::string Mutate(std::string_view program, MutationKind kind, Choices& choices);

}  // namespace mlhint::progen
