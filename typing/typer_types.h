// Small types the Typer's declaration (typing/typer.h) and its source files
// share: what an expression is typed against, a match case as the typer
// sees it, the bound on nesting and the guard that keeps it, the names an
// item may not define twice.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "parser/ast.h"
#include "support/large_stack.h"
#include "support/span.h"
#include "typing/messages.h"
#include "typing/types.h"

namespace mlhint::typing {

struct Expected {
  TypeId type;
  Explanation explanation = Explanation::None;
};

// A match case as the typer sees it (also `fun p -> e`).
struct CaseView {
  ast::Id pat;
  ast::Id guard;  // ast::kNone when absent
  ast::Id body;
  // `fun ?(p = e) -> body`: e, typed against the pattern's type before the
  // body (the pattern is matched against the option's contents).
  ast::Id default_expr = ast::kNone;
};

// Typecore's ?in_function: the function whose parameters are being typed,
// for the "This function expects too many arguments" message.
struct InFunction {
  Span loc;
  TypeId type;
};

// The deepest nesting of expressions, patterns or type expressions the
// checker follows (its recursion is bounded by this, well within the stack
// of the checking thread). ocamlc 4.13 overflows its own stack on a sum of
// 30,000 operands; each level costs about 3 KB of stack and 10 us here, so
// this keeps a refused input (a million nested `fun x ->`, 9 MB) well
// within the 10 s and 2 GB that any input under 10 MB may take.
inline constexpr int kMaxDepth = 100000;
struct NestingTooDeep {
  Span span;
};

// One level deeper in TypeExpect / TypePat / TranslType, for as long as it
// lives; past kMaxDepth, NestingTooDeep is thrown.
struct DepthGuard {
  DepthGuard(int& d, Span span) : depth(d) {
    if (++depth > kMaxDepth) {
      --depth;
      BeforeThrow();
      throw NestingTooDeep{span};
    }
  }
  ~DepthGuard() { --depth; }
  int& depth;
};

// The names defined so far, in order (to undo) and as a set (to look up).
struct DefinedNames {
  std::vector<std::string> order;
  std::unordered_set<std::string> set;
  size_t size() const { return order.size(); }
  bool Contains(const std::string& name) const { return set.count(name) != 0; }
  void Add(const std::string& name) {
    order.push_back(name);
    set.insert(name);
  }
  void resize(size_t n) {
    while (order.size() > n) {
      set.erase(order.back());
      order.pop_back();
    }
  }
};

}  // namespace mlhint::typing
