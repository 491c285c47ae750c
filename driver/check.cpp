#include "driver/check.h"

#include "parser/parse.h"

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
  for (Diagnostic& w : parsed.warnings)
    if (Shown(w, options.warnings)) result.diagnostics.push_back(std::move(w));
  if (parsed.error) {
    result.diagnostics.push_back(std::move(*parsed.error));
    result.has_error = true;
    return result;
  }
  // Until the type checker reports them in program order, the first
  // construct outside the subset is reported here.
  if (!parsed.ast.unsupported.empty()) {
    const ast::UnsupportedConstruct* first = &parsed.ast.unsupported[0];
    for (const auto& u : parsed.ast.unsupported)
      if (u.span.begin < first->span.begin) first = &u;
    std::string what = first->what;
    if (!what.empty()) what[0] = static_cast<char>(what[0] >= 'a' && what[0] <= 'z' ? what[0] - 32 : what[0]);
    result.diagnostics.push_back(MakeError(DiagKind::Unsupported, first->span, Text(what + " are not supported by mlhint")));
    result.has_error = true;
  }
  return result;
}

}  // namespace mlhint
