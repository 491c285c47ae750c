// What the hint engine needs to know of the tree beyond the node it looks
// at: each expression's parent and children, and how an expression's text
// is written back into a program.
#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "parser/ast.h"
#include "support/source.h"

namespace mlhint::hints {

// The parent expression of each expression of `tree` (kNone for the roots).
std::vector<ast::Id> ExpressionParents(const ast::Ast& tree);

// The names that a pattern gives a type to (`(x : int)`), by where they
// start.
std::unordered_set<uint32_t> AnnotatedNames(const ast::Ast& tree);

using ast::ExpressionChildren;

// The expressions at the root of a structure item (a `let`'s definitions,
// an evaluated expression).
std::vector<ast::Id> ItemRoots(const ast::Ast& tree, ast::Id item);

// The structure item of `tree` whose span is `span`, or kNone.
ast::Id ItemAt(const ast::Ast& tree, Span span);

// `[a; b]` (not `a :: b`).
bool IsListLiteral(const ast::Ast& tree, ast::Id e);

// The list literal `[a; b; ...]` that `e` is an element of (kNone if none),
// and its elements in order.
struct ListLiteral {
  ast::Id literal = ast::kNone;
  std::vector<ast::Id> elements;
};
ListLiteral ListLiteralOf(const ast::Ast& tree, const std::vector<ast::Id>& parents, ast::Id e);

// An expression that needs no parentheses as a function's argument.
bool Atomic(const ast::Ast& tree, ast::Id e);

// `text` as an argument: in parentheses unless `e` is atomic.
std::string AsArgument(const ast::Ast& tree, const SourceBuffer& source, ast::Id e);

// The identifier an expression is (one part, no module path), or "".
std::string_view SimpleName(const ast::Ast& tree, ast::Id e);

// Integer literal `constant` with the suffix `suffix` ('.', 'l', 'L' or
// 'n') in place of its own, if OCaml can write it: in range for the kind,
// and no hexadecimal float (0x10. is another number).
struct SuffixedLiteral {
  std::string spelled;  // as a hint shows it: "-3l"
  Edit edit;
};
std::optional<SuffixedLiteral> WithSuffix(const ast::Constant& constant, const SourceBuffer& source,
                                          char suffix);

}  // namespace mlhint::hints
