// What a check of a file is asked for (CheckOptions) and what it gives back
// (CheckOutput): the checker's interface to the front ends, apart from the
// Typer that does the work (typing/typer.h).
#pragma once

#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "diagnostics/warnings.h"
#include "parser/ast.h"
#include "support/source.h"
#include "typing/review.h"

namespace mlhint::typing {

struct CheckOptions {
  WarningSettings warnings;
  bool signature = false;  // -i: print the signature, keep weak variables
  int max_errors = 0;      // 0: all
  // -strict-sequence: the left-hand side of `e1; e2` (and a loop's body)
  // must have type unit, where OCaml otherwise only warns (warning 10).
  bool strict_sequence = false;
  // The file is an interface (`.mli`): its items are a signature's.
  bool interface = false;
  // The implementation's interface file, parsed (Typemod.type_implementation
  // then checks the structure against it, Includemod.compunit).
  const SourceBuffer* interface_source = nullptr;
  const ast::Ast* interface_ast = nullptr;
  ItemReviewer* reviewer = nullptr;
};

struct CheckOutput {
  std::vector<Diagnostic> diagnostics;  // in print order
  std::vector<TypeClash> clashes;
  std::string signature;
  bool has_error = false;
  bool warning_error = false;  // a warning made an error by -w @N
  // A construct (or a library module) was found not supported: said once
  // in a file, a later use of it is not said again (Typer::Report).
  bool refusal_said = false;
};

}  // namespace mlhint::typing
