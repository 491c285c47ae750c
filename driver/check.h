// Checking one source file: lexing, parsing and (from the type checker on)
// typing, producing the diagnostics in the order OCaml prints them.
#pragma once

#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "diagnostics/warnings.h"
#include "support/source.h"

namespace mlhint {

struct CheckOptions {
  WarningSettings warnings;
  int max_errors = 0;  // 0: all
  bool want_signature = false;
};

struct CheckResult {
  std::vector<Diagnostic> diagnostics;  // warnings and errors, in print order
  std::string signature;                // what -i prints, when there is no error
  bool has_error = false;
  // A warning made an error (-w @N): the exit status is 2, but the file was
  // checked and its signature is printed, as ocamlc does.
  bool warning_error = false;
};

CheckResult CheckSource(const SourceBuffer& source, const CheckOptions& options);

}  // namespace mlhint
