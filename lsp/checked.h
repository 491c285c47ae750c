// The diagnostics of one check, as plain data: messages rendered to text,
// spans and fix-its kept as byte offsets. A Diagnostic's message is code
// (a Doc) that may capture the checker's state, so it is rendered on the
// checking thread while the checker that made it (a whole-file Analysis or
// the item-by-item Typer of an IncrementalCheck) is alive; the protocol side
// only ever sees this form.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"

namespace mlhint::lsp {

struct CheckedChild {
  bool is_hint = false;
  std::optional<Span> span;
  std::string text;     // "Hint: Did you mean `3l'?"
  std::string hint_id;  // hints only
  std::optional<FixIt> fix;
  bool in_message = false;  // the message already has its text (Child::in_message)
};

struct CheckedDiagnostic {
  std::optional<Span> span;
  bool is_error = true;  // an error, or a warning made one
  DiagKind kind = DiagKind::SyntaxError;
  std::string code;     // Diagnostic::Code()
  std::string message;  // laid out as OCaml lays it out, without location or excerpt
  // Diagnostic::mentions_line, or the message or a child names a line.
  bool mentions_line = false;
  std::vector<CheckedChild> children;
};

std::vector<CheckedDiagnostic> Flatten(const std::vector<Diagnostic>& diagnostics);

// What is published when the checker itself fails (it should not).
CheckedDiagnostic InternalError(const std::string& what);

}  // namespace mlhint::lsp
