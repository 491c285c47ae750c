// The toplevel session of `mlhint expect`: the phrases of a chunk checked
// one by one in the environment the earlier chunks and phrases made, each
// printing its own diagnostics and, when it type-checks, its signature.
#pragma once

#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "parser/ast.h"
#include "typing/typer.h"

namespace mlhint::toplevel {

// One phrase of the toplevel: its own diagnostics and, when it
// type-checks, its signature.
struct Phrase {
  std::vector<Diagnostic> diagnostics;
  std::string signature;  // "val a : int32\n", empty if none or on error
  bool error = false;
  // It used a module refused earlier (abandoned without a diagnostic).
  bool refused_use = false;
};

// Checks `item` of `ast`, the unit the typer began last (Typer::BeginUnit),
// as the toplevel executes a phrase: a phrase that fails defines nothing.
Phrase CheckPhrase(typing::Typer& typer, const ast::Ast& ast, ast::Id item);

}  // namespace mlhint::toplevel
