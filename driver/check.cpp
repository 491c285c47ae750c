#include "driver/check.h"

#include "parser/parse.h"
#include "typing/prelude.h"
#include "typing/typer.h"

namespace mlhint {
namespace {

bool Shown(const Diagnostic& d, const WarningSettings& warnings) {
  if (d.kind == DiagKind::Warning) return warnings.IsActive(d.warning_number);
  if (d.kind == DiagKind::Alert) return d.warning_name != "deprecated" || warnings.deprecated_alert();
  return true;
}

}  // namespace

CheckResult CheckSource(const SourceBuffer& source, const CheckOptions& options) {
  CheckResult result;
  ParseResult parsed = Parse(source);
  for (Diagnostic& w : parsed.warnings) {
    if (!Shown(w, options.warnings)) continue;
    if (w.kind == DiagKind::Warning && options.warnings.IsError(w.warning_number)) {
      w.warning_as_error = true;
      result.warning_error = true;
    }
    result.diagnostics.push_back(std::move(w));
  }
  if (parsed.error) {
    result.diagnostics.push_back(std::move(*parsed.error));
    result.has_error = true;
    return result;
  }
  const typing::Prelude& prelude = typing::Prelude::Get();
  if (!prelude.error().empty()) {
    Diagnostic d;
    d.kind = DiagKind::IoError;
    d.whole_file = true;
    d.message = Text("mlhint's prelude is broken (" + prelude.error() + ")");
    result.diagnostics.push_back(std::move(d));
    result.has_error = true;
    return result;
  }
  typing::CheckOptions typing_options;
  typing_options.warnings = options.warnings;
  typing_options.signature = options.want_signature;
  typing_options.max_errors = options.max_errors;
  typing::Typer typer(source, parsed.ast, prelude, typing_options);
  typing::CheckOutput out = typer.Check();
  for (Diagnostic& d : out.diagnostics) result.diagnostics.push_back(std::move(d));
  result.has_error = out.has_error;
  result.warning_error |= out.warning_error;
  result.signature = std::move(out.signature);
  return result;
}

}  // namespace mlhint
