#include "diagnostics/diagnostic.h"

#include <array>

#include "support/format.h"

namespace mlhint {
namespace {

constexpr DiagKindInfo kInfos[] = {
#define DIAG(id, code, severity, summary) {#id, code, Severity::severity, summary},
#include "diagnostics/kinds.def"
#undef DIAG
};

}  // namespace

const DiagKindInfo& Info(DiagKind kind) {
  return kInfos[static_cast<size_t>(kind)];
}

std::vector<DiagKind> AllDiagKinds() {
  std::vector<DiagKind> all;
  for (size_t i = 0; i < std::size(kInfos); ++i) all.push_back(static_cast<DiagKind>(i));
  return all;
}

Doc Text(std::string text) {
  return [text = std::move(text)](fmt::Formatter& ppf) { ppf.print_string(text); };
}

std::string RenderDoc(const Doc& doc, int margin) {
  std::string out;
  fmt::Formatter ppf(out);
  ppf.set_margin(margin);
  ppf.open_box(0);
  doc(ppf);
  ppf.close_box();
  ppf.print_flush();
  return out;
}

std::string_view ApplicabilityName(Applicability applicability) {
  switch (applicability) {
    case Applicability::MachineApplicable:
      return "machine-applicable";
    case Applicability::MaybeIncorrect:
      return "maybe-incorrect";
  }
  return "maybe-incorrect";
}

std::string Diagnostic::Code() const {
  if (kind == DiagKind::Warning && !warning_name.empty()) return warning_name;
  if (kind == DiagKind::Warning) return "warning-" + std::to_string(warning_number);
  if (kind == DiagKind::Alert) return "alert-" + warning_name;
  return std::string(Info(kind).code);
}

Diagnostic MakeError(DiagKind kind, Span span, Doc message) {
  Diagnostic d;
  d.kind = kind;
  d.severity = Info(kind).severity;
  d.span = span;
  d.message = std::move(message);
  return d;
}

}  // namespace mlhint
