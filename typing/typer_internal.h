// Pieces shared by the Typer's source files (not part of its interface).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "support/format.h"
#include "typing/typer.h"

namespace mlhint::typing {

// Thrown to abandon the typing of an expression or item; caught where the
// checker recovers (TypeExpect, each structure item).
struct TypeErrorThrow {
  Diagnostic diagnostic;
  std::optional<TypeClash> clash;
  // A use of what was refused and reported already: abandoned, not reported.
  bool silent = false;
};

// "<What> are not supported by mlhint".
std::string UnsupportedText(std::string_view what);

// A message that is one Format box around a text ("@[...@]").
inline Doc BoxedText(std::string text) {
  return [text = std::move(text)](fmt::Formatter& ppf) {
    ppf.open_box(0);
    ppf.print_string(text);
    ppf.close_box();
  };
}

inline std::string Join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

}  // namespace mlhint::typing
