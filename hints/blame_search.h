// Blame: the expressions of the item in error that could be the mistake.
// An expression is a candidate when replacing it by a hole (an expression
// of a fresh type) removes the error without making another: the error's
// type-error slice, searched from the item's roots down (a hole that does
// not remove the error rules out everything inside it too). The candidates
// kept are the smallest: none of their sub-expressions is one.
#pragma once

#include <string>
#include <vector>

#include "hints/sandbox.h"
#include "parser/ast.h"

namespace mlhint::hints {

struct Candidate {
  ast::Id expr = ast::kNone;
  Span span;
  int depth = 0;               // below the item's root
  std::string context_type;    // the type its context gave the hole
  int order = 0;               // in the search (source order)
  bool explains_item = false;  // the hole left no error at all in the item
};

// The error (index `target` of the item's errors) is removed when none of
// the errors left is at its place, and each left was there before.
bool RemovesError(const typing::ItemErrors& item, size_t target, const std::vector<Edit>& edits,
                  const std::vector<Span>& after);

std::vector<Candidate> FindCandidates(ItemSandbox& box, const ast::Ast& tree,
                                      const std::vector<ast::Id>& parents, ast::Id item,
                                      size_t target);

}  // namespace mlhint::hints
