#include "lsp/checked.h"

namespace mlhint::lsp {

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
    for (const Child& child : d.children) {
      CheckedChild k;
      k.is_hint = child.role == Child::Role::Hint;
      k.span = child.span;
      k.text = child.text ? RenderDoc(child.text) : std::string();
      k.hint_id = child.hint_id;
      k.fix = child.fix;
      k.in_message = child.in_message;
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
