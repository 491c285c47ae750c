// A diagnostic as data. Every front end (OCaml text, short, JSON, SARIF, LSP,
// expect tests) renders this one object; none of them computes anything the
// others need.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/span.h"

namespace mlhint {

namespace fmt {
class Formatter;
}
class SourceBuffer;

enum class Severity : uint8_t { Error, Warning };

enum class DiagKind : uint16_t {
#define DIAG(id, code, severity, summary) id,
#include "diagnostics/kinds.def"
#undef DIAG
};

struct DiagKindInfo {
  std::string_view id;
  std::string_view code;
  Severity severity;
  std::string_view summary;
};
const DiagKindInfo& Info(DiagKind kind);
std::vector<DiagKind> AllDiagKinds();

// A message is laid out by the Format engine, because OCaml's messages wrap
// at 78 columns and indent by box; a Doc is the code that lays it out.
using Doc = std::function<void(fmt::Formatter&)>;
// A Doc that prints `text` as one Format token (newlines in it are printed
// as they are, as OCaml's pp_print_string does).
Doc Text(std::string text);
// Renders a Doc alone, at the given margin (for JSON, LSP and short output).
std::string RenderDoc(const Doc& doc, int margin = 78);

enum class Applicability : uint8_t {
  MachineApplicable,  // certainly intended; --fix applies it
  MaybeIncorrect,     // offered, never applied automatically
};
std::string_view ApplicabilityName(Applicability applicability);

struct Edit {
  Span span;
  std::string replacement;
};

// The edits of one hint: applied together or not at all.
struct FixIt {
  std::vector<Edit> edits;
  Applicability applicability = Applicability::MaybeIncorrect;
};

// Something printed after the main message: OCaml's sub-messages ("This '('
// might be unmatched", "  Hint: Did you mean `3l'?") and mlhint's hints.
struct Child {
  enum class Role : uint8_t { Note, Hint };
  Role role = Role::Note;
  std::optional<Span> span;  // located: printed with its own location and excerpt
  Doc text;
  std::string hint_id;  // for hints: a stable name ("int-literal-suffix")
  std::optional<FixIt> fix;
  // A hint that OCaml prints inside its message ("Hint: Did you mean
  // Node?"): the message's text has it, so renderers that print the message
  // do not print it again; the child is there for its fix-it.
  bool in_message = false;
  // A span in an earlier phrase of the toplevel: the text it is quoted from
  // (the diagnostic's own has that phrase blanked) and the line offset that
  // phrase is numbered with (RenderOptions::line_offset). It must outlive
  // the rendering.
  struct Elsewhere {
    const SourceBuffer* source;
    int line_offset;
  };
  std::optional<Elsewhere> quoted_from = std::nullopt;
};

struct Diagnostic {
  DiagKind kind = DiagKind::SyntaxError;
  Severity severity = Severity::Error;
  std::optional<Span> span;  // absent: the diagnostic has no location
  // With no span: the location is the whole file, printed as OCaml prints
  // Location.in_file ("File \"x.ml\", line 1:").
  bool whole_file = false;
  Doc message;
  std::vector<Child> children;

  // Warnings and alerts: OCaml's number and name ("8", "partial-match"), or
  // the alert's name ("deprecated").
  int warning_number = 0;
  std::string warning_name;
  bool warning_as_error = false;
  // The message names a line number (OCaml's missing-`rec` hint): it is
  // stale when lines are added or removed before it.
  bool mentions_line = false;

  // The stable code that JSON, SARIF, LSP and --explain show.
  std::string Code() const;
  // Shown as an error: an error, or a warning made one (-warn-error).
  bool IsError() const { return severity == Severity::Error || warning_as_error; }
};

Diagnostic MakeError(DiagKind kind, Span span, Doc message);

}  // namespace mlhint
