#include "driver/pipeline.h"

#include "typing/prelude.h"

namespace mlhint::pipeline {

bool Shown(const Diagnostic& d, const WarningSettings& warnings) {
  if (d.kind == DiagKind::Warning) return warnings.IsActive(d.warning_number);
  if (d.kind == DiagKind::Alert) return warnings.AlertActive(d.warning_name);
  return true;
}

std::vector<Diagnostic> ShownLexicalWarnings(std::vector<Diagnostic> warnings,
                                             const WarningSettings& settings, bool* warning_error) {
  std::vector<Diagnostic> shown;
  for (Diagnostic& w : warnings) {
    if (!Shown(w, settings)) continue;
    if (w.kind == DiagKind::Warning && settings.IsError(w.warning_number)) {
      w.warning_as_error = true;
      *warning_error = true;
    }
    shown.push_back(std::move(w));
  }
  return shown;
}

Parsed ParseStep(const SourceBuffer& source, const WarningSettings& warnings) {
  Parsed parsed;
  // An interface (`.mli`) is a signature.
  parsed.tree = Parse(
      source, IsInterfacePath(source.name()) ? ParseMode::Interface : ParseMode::Implementation);
  parsed.lexical =
      ShownLexicalWarnings(std::move(parsed.tree.warnings), warnings, &parsed.warning_error);
  parsed.tree.warnings.clear();
  return parsed;
}

std::optional<Diagnostic> PreludeProblem(const typing::Prelude& prelude) {
  if (prelude.error().empty()) return std::nullopt;
  Diagnostic d;
  d.kind = DiagKind::IoError;
  d.whole_file = true;
  d.message = Text("mlhint's prelude is broken (" + prelude.error() + ")");
  return d;
}

Checker::Checker(const SourceBuffer& source, const ast::Ast& tree, typing::CheckOptions options,
                 hints::HintLevel hints)
    : Checker(source, tree, typing::Prelude::Get(), std::move(options), hints) {}

Checker::Checker(const SourceBuffer& source, const ast::Ast& tree, const typing::Prelude& prelude,
                 typing::CheckOptions options, hints::HintLevel hints)
    : hints_(hints) {
  options.reviewer = hints == hints::HintLevel::None ? nullptr : &hints_;
  typer_ = std::make_unique<typing::Typer>(source, tree, prelude, options);
}

void PresentStep(Diagnostic& diagnostic, hints::HintLevel hints) {
  if (hints == hints::HintLevel::None) diagnostic.children.clear();
}

void PresentStep(std::vector<Diagnostic>& diagnostics, hints::HintLevel hints) {
  for (Diagnostic& d : diagnostics) PresentStep(d, hints);
}

}  // namespace mlhint::pipeline
