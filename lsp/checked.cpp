#include "lsp/checked.h"

#include <string_view>

namespace mlhint::lsp {

namespace {
// Does the text name a line by its number (a location in a message, "File
// "a.ml", line 3, characters 4-9: Expected declaration")?
bool NamesALine(std::string_view text) {
  for (std::string_view word : {"line ", "lines "})
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      size_t digit = at + word.size();
      if (digit < text.size() && text[digit] >= '0' && text[digit] <= '9') return true;
    }
  return false;
}
}  // namespace

std::vector<CheckedDiagnostic> Flatten(const std::vector<Diagnostic>& diagnostics) {
  std::vector<CheckedDiagnostic> out;
  out.reserve(diagnostics.size());
  for (const Diagnostic& d : diagnostics) {
    CheckedDiagnostic c;
    c.span = d.span;
    c.is_error = d.IsError();
    c.kind = d.kind;
    c.code = d.Code();
    c.mentions_line = d.mentions_line;
    c.message = d.message ? RenderDoc(d.message) : std::string();
    // A line named in the message is stale once lines move before it.
    c.mentions_line = c.mentions_line || NamesALine(c.message);
    for (const Child& child : d.children) {
      CheckedChild k;
      k.is_hint = child.role == Child::Role::Hint;
      k.span = child.span;
      k.text = child.text ? RenderDoc(child.text) : std::string();
      k.hint_id = child.hint_id;
      k.fix = child.fix;
      k.in_message = child.in_message;
      c.mentions_line = c.mentions_line || NamesALine(k.text);
      c.children.push_back(std::move(k));
    }
    out.push_back(std::move(c));
  }
  return out;
}

CheckedDiagnostic InternalError(const std::string& what) {
  CheckedDiagnostic c;
  c.kind = DiagKind::IoError;
  c.code = "internal-error";
  c.message = "mlhint could not check this file (" + what + ")";
  return c;
}

}  // namespace mlhint::lsp
