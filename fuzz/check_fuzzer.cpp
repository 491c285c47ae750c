// The whole check of a file, as `mlhint` runs it, with hints, and every
// output format: OCaml's text (with and without colour), short, JSON and
// SARIF (both must be valid JSON); `-i`'s signature; the type under a few
// offsets (what the language server's hover asks); then --fix applied to an
// in-memory copy and the fixed text checked and rendered again. The last
// byte of the input chooses the options (--max-errors=1, -w +a or -w @8,
// OCaml's hints only or none), so that the fuzzer explores them too.

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "diagnostics/render.h"
#include "diagnostics/render_formats.h"
#include "driver/check.h"
#include "driver/fix.h"
#include "driver/options.h"
#include "fuzz/fuzz_support.h"
#include "support/large_stack.h"

using namespace mlhint;

namespace {

CheckOptions OptionsFrom(uint8_t flags) {
  CheckOptions options;
  options.want_signature = true;
  if (flags & 1) options.max_errors = 1;
  if (flags & 2) options.warnings.Apply("+a");
  if (flags & 4) options.warnings.Apply("@8");
  if ((flags & 0x18) == 0x10) options.hints = hints::HintLevel::Ocaml;
  if ((flags & 0x18) == 0x18) options.hints = hints::HintLevel::None;
  return options;
}

// Checks `source` and asks for the type at a few offsets, on the large
// stack, as the driver and the language server's worker do.
CheckResult CheckAndHover(const SourceBuffer& source, const CheckOptions& options) {
  CheckResult result;
  bool ran = RunWithLargeStack([&] {
    std::unique_ptr<Analysis> analysis = Analysis::Run(source, options);
    uint32_t size = source.size();
    for (uint32_t offset : {0u, size / 3, size / 2, size - (size > 0 ? 1u : 0u), size}) {
      std::optional<Analysis::Typed> typed = analysis->TypeAt(offset);
      if (typed)
        fuzz::Require(typed->span.begin <= offset && offset < typed->span.end,
                      "TypeAt answers elsewhere");
    }
    result = analysis->TakeResult();
  });
  fuzz::Require(ran, "no thread for the check");
  return result;
}

void RenderEverything(FileReport& report) {
  std::string human, colored, short_form;
  RenderOptions plain, color;
  color.color = true;
  for (const Diagnostic& d : report.diagnostics) {
    if (d.span)
      fuzz::Require(d.span->begin <= d.span->end && d.span->end <= report.source.size(),
                    "a diagnostic outside the text");
    RenderOcaml(d, report.source, plain, human);
    RenderOcaml(d, report.source, color, colored);
    RenderShort(d, report.source, short_form);
    for (const Child& c : d.children) {
      if (!c.fix) continue;
      for (const Edit& e : c.fix->edits)
        fuzz::Require(e.span.begin <= e.span.end && e.span.end <= report.source.size(),
                      "a fix-it edit outside the text");
    }
  }
  std::vector<FileReport> reports;
  reports.push_back(std::move(report));
  std::string json = RenderJson(reports, kMlhintVersion);
  fuzz::Require(nlohmann::json::accept(json), "--format=json is not JSON", json);
  // The rules of the codes shown (with every rule, the document is mostly
  // the registry's help texts, the same each time, and parsing it back
  // would take most of the fuzzer's time).
  static const std::vector<SarifRule> all_rules = RegistryRules();
  std::vector<SarifRule> rules;
  for (const SarifRule& rule : all_rules)
    for (const Diagnostic& d : reports[0].diagnostics)
      if (d.Code() == rule.id) {
        rules.push_back(rule);
        break;
      }
  std::string sarif = RenderSarif(reports, rules, kMlhintVersion);
  fuzz::Require(nlohmann::json::accept(sarif), "--format=sarif is not JSON", sarif);
  report = std::move(reports[0]);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  CheckOptions options = OptionsFrom(size > 0 ? data[size - 1] : 0);
  SourceBuffer source("fuzz.ml", text);
  CheckResult result = CheckAndHover(source, options);
  bool has_error = false;
  for (const Diagnostic& d : result.diagnostics) has_error |= d.severity == Severity::Error;
  fuzz::Require(result.has_error == has_error, "has_error and the diagnostics disagree");

  FileReport report{source, result.diagnostics, result.has_error, std::nullopt, false, {}, {}, 0};
  if (!result.has_error) report.signature = result.signature;
  RenderEverything(report);

  // --fix, on a copy.
  FixOutcome fixed = ApplyFixes(source, result.diagnostics);
  if (fixed.text != text) {
    FileReport after{SourceBuffer("fuzz.ml", fixed.text),
                     {},
                     false,
                     std::nullopt,
                     true,
                     source,
                     fixed.applied,
                     fixed.skipped};
    CheckResult again = CheckSource(after.source, options);
    after.diagnostics = std::move(again.diagnostics);
    after.failed = again.has_error;
    RenderEverything(after);
  }
  return 0;
}
