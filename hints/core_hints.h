// The core hints of HINTS.md, tried at the error's own expression (and at
// the origin of its type): the literal suffix, the numeric operator, the
// reference to read or to create.
#pragma once

#include <optional>
#include <unordered_map>
#include <vector>

#include "hints/sandbox.h"
#include "parser/ast.h"

namespace mlhint::hints {

std::vector<Child> CoreHints(const typing::TypeClash& clash, const typing::ItemErrors& item,
                             typing::Typer& typer, const std::vector<ast::Id>& parents,
                             const std::unordered_map<uint32_t, ast::Id>& let_names,
                             ItemSandbox& box);

// OCaml 4.13's own literal hint, exactly as it prints it: an integer
// literal where the expected type is, as written, float, int32, int64 or
// nativeint; the literal's value in decimal with the suffix. No fix-it.
std::optional<Child> OcamlLiteralHint(const typing::TypeClash& clash, typing::Typer& typer);

// The `let` bindings of `tree` whose pattern is a name alone, by where the
// name starts.
std::unordered_map<uint32_t, ast::Id> LetNames(const ast::Ast& tree);

}  // namespace mlhint::hints
