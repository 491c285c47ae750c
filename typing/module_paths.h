// How a module path written in the source prints as an alias to it
// (`module N = M`, and the submodules an `include M` aliases).
#pragma once

#include <string>
#include <vector>

#include "parser/ast.h"
#include "typing/env.h"

namespace mlhint::typing {

// The module path `longident` of `tree`, naming `target`, from the top: the
// path written, its first name resolved to where it is defined (through an
// alias E of B, `E.O` stays `E.O`).
std::vector<std::string> WrittenModulePath(const Env& env, const ast::Ast& tree, ast::Id longident,
                                           ModuleId target);
// A path from the top as Printtyp prints it from inside the structure at
// `module_path`: without the `Stdlib.` of the library, nor the structures
// it is in.
std::string ShownModulePath(const std::vector<std::string>& path,
                            const std::vector<std::string>& module_path);

}  // namespace mlhint::typing
