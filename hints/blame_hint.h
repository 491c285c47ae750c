// The located hint where no repair verifies (HINTS.md's blame): what it
// points at (the best candidate, or the expression around it that decides
// its type) and what it says, in plain words.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "hints/blame_search.h"
#include "hints/sandbox.h"
#include "parser/ast.h"
#include "typing/typer.h"

namespace mlhint::hints {

// What a blame hint points at and says, when no repair verified: the best
// candidate, or the expression around it that decides its type when that
// is the likelier mistake.
struct Blamed {
  Candidate candidate;
  std::string message;
  // A `match` or `let` pointed at for its patterns: shown even around the
  // error when the error is in its scrutinee (or bound expression), as the
  // message says what in it disagrees; not when OCaml's location is in
  // its cases, which is closer to the mistake, unless the scrutinee is a
  // name (ScrutineeIsAName).
  bool for_patterns = false;
};

Blamed WhatToBlame(ItemSandbox& box, typing::Typer& typer, const std::vector<ast::Id>& parents,
                   const Candidate& c);

// Is `inner` inside `outer`?
bool Within(Span inner, Span outer);

// A whole function, match or `let` around the error: pointing at it says
// less than OCaml's location inside it.
bool EnclosesError(const ast::Ast& tree, const std::vector<ast::Id>& parents, const Candidate& c,
                   Span error);

// A name taken apart by a match or `let`: it has no type of its own but
// what the patterns and its other uses give it, so when they disagree the
// patterns are as likely the mistake as the use in a case where OCaml
// reports it. (An expression taken apart has a type of its own: the
// cases are then closer to the mistake.)
// `let_names`: the names `let` binds alone, by where they start
// (LetNames); `annotated`: the names a pattern gives a type to
// (AnnotatedNames).
bool ScrutineeIsAName(typing::Typer& typer, const typing::ItemErrors& item, const Candidate& c,
                      const std::unordered_map<uint32_t, ast::Id>& let_names,
                      const std::unordered_set<uint32_t>& annotated);

}  // namespace mlhint::hints
