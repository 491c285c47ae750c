// mlhint --explain CODE: the explanation of a diagnostic code from
// docs/diagnostics.md, and what mlhint reports on its example program.
#pragma once

#include <string>

#include "diagnostics/explain.h"
#include "driver/check.h"

namespace mlhint {

// Writes the explanation of `code` to `out` and returns 0; for an unknown
// code writes an error (with the closest known codes) to `err` and returns
// 2. The code "list" prints every code with its summary.
int Explain(const std::string& code, std::string& out, std::string& err);

// Checks the example of `e` as --explain does (exposed for the tests).
CheckResult CheckExample(const Explanation& e);

}  // namespace mlhint
