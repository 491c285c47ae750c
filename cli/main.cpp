// mlhint: the command-line driver.

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "diagnostics/render.h"
#include "diagnostics/render_formats.h"
#include "driver/check.h"
#include "driver/expect.h"
#include "driver/explain.h"
#include "driver/fix.h"
#include "driver/options.h"
#include "driver/project.h"
#include "lsp/server.h"
#include "support/files.h"
#include "support/large_stack.h"
#include "support/source.h"

namespace mlhint {
namespace {

void Write(FILE* stream, const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stream);
  std::fflush(stream);
}

bool UseColor(ColorChoice choice) {
  switch (choice) {
    case ColorChoice::Always:
      return true;
    case ColorChoice::Never:
      return false;
    case ColorChoice::Auto:
      break;
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (!term || !*term || std::string(term) == "dumb") return false;
  return isatty(STDERR_FILENO);
}

// Reads one input: a file, or standard input for "-".
std::optional<SourceBuffer> ReadInput(const std::string& path, std::string* error) {
  if (path != "-") return SourceBuffer::FromFile(path, error);
  std::string text;
  char chunk[1 << 16];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, stdin)) > 0) text.append(chunk, n);
  if (std::ferror(stdin)) {
    *error = "cannot read standard input";
    return std::nullopt;
  }
  return SourceBuffer("_none_", std::move(text));
}

// What --fix did to one file, said on stderr.
std::string FixSummary(const FileReport& report) {
  size_t n = report.applied_fixes.size();
  std::string text = "mlhint: " + report.source.name() + ": applied " + std::to_string(n) +
                     (n == 1 ? " fix" : " fixes");
  if (report.skipped_fixes > 0)
    text += "; skipped " + std::to_string(report.skipped_fixes) + " that overlap" +
            (report.skipped_fixes == 1 ? "s" : "") + " another";
  return text + "\n";
}

// --fix on one checked file: applies its machine-applicable fixes, writes
// the file (or, for "-", the fixed program on stdout), and checks the new
// text. Returns false when the file could not be written.
bool FixFile(const std::string& path, const CheckOptions& check, FileReport& report,
             CheckResult& result) {
  report.fix_requested = true;
  FixOutcome outcome = ApplyFixes(report.source, result.diagnostics);
  report.skipped_fixes = outcome.skipped;
  bool changed = outcome.text != report.source.text();
  if (path == "-") {
    Write(stdout, outcome.text);
  } else if (changed) {
    std::string error;
    if (!WriteFileAtomically(path, outcome.text, &error)) {
      Write(stderr,
            "mlhint: " + path + ": cannot write the fixed file (" + error + "); left as it was\n");
      return false;
    }
  }
  report.applied_fixes = std::move(outcome.applied);
  if (!report.applied_fixes.empty() || report.skipped_fixes > 0) Write(stderr, FixSummary(report));
  if (changed) {
    SourceBuffer fixed(report.source.name(), std::move(outcome.text));
    report.original = std::move(report.source);
    report.source = std::move(fixed);
    result = CheckSource(report.source, check);
  }
  return true;
}

int CheckFiles(const Options& options) {
  if (options.files.empty()) {
    Write(stderr, "mlhint: no input file.\nTry 'mlhint --help' for more information.\n");
    return 2;
  }
  bool whole_run = options.format == OutputFormat::Json || options.format == OutputFormat::Sarif;
  if (options.fix &&
      std::find(options.files.begin(), options.files.end(), "-") != options.files.end() &&
      (whole_run || options.print_signature)) {
    Write(stderr,
          "mlhint: --fix on standard input prints the fixed program on standard output, which -i, "
          "--format=json and --format=sarif need for themselves.\nTry 'mlhint --help' for more "
          "information.\n");
    return 2;
  }
  bool any_error = false;
  RenderOptions render;
  render.color = options.format == OutputFormat::Human && UseColor(options.color);
  CheckOptions check;
  check.warnings = options.warnings;
  check.max_errors = options.max_errors;
  check.strict_sequence = options.strict_sequence;
  check.want_signature = options.print_signature;
  check.hints = options.hints;
  std::vector<FileReport> reports;  // --format=json and sarif: printed at the end
  std::vector<std::string> paths = project::ExpandDirectories(options.files);
  // An implementation's interface beside it is read with it, when not given:
  // checked first, and the implementation against it (as a build does,
  // where ocamlc would want its compiled .cmi). Its signature is not
  // printed (-i prints the files asked for).
  std::set<std::string> implicit;
  for (size_t i = 0; i < paths.size(); ++i) {
    std::string interface = paths[i] + "i";
    if (!paths[i].ends_with(".ml") || implicit.count(interface) ||
        std::find(paths.begin(), paths.end(), interface) != paths.end())
      continue;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(interface, ec)) continue;
    implicit.insert(interface);
    paths.insert(paths.begin() + static_cast<std::ptrdiff_t>(i), interface);
    ++i;
  }
  size_t first_library = paths.size();
  for (const std::string& dir : options.include_dirs)
    for (std::string& unit : project::UnitsIn(dir)) paths.push_back(std::move(unit));
  // Every file is read first: the order they are checked in depends on
  // which modules each one uses.
  std::vector<std::optional<SourceBuffer>> sources(paths.size());
  std::vector<std::string> io_errors(paths.size());
  for (size_t i = 0; i < paths.size(); ++i) sources[i] = ReadInput(paths[i], &io_errors[i]);
  project::Project project(paths, sources, options.warnings, first_library, options.opens);
  if (std::optional<std::string> problem = project.OpenProblem()) {
    // As ocamlc reports it, before any file.
    Write(stderr, "File \"command line\", line 1:\nError: " + *problem + "\n");
    return 2;
  }
  std::map<size_t, SourceBuffer> interface_texts;
  for (size_t i : project.plan().order) {
    const std::string& path = paths[i];
    std::optional<SourceBuffer>& source = sources[i];
    if (project.Library(i)) {
      // A unit of -I: its interface, for the files that use it; what is
      // wrong in it is not theirs to report.
      if (!project.Used(i)) continue;
      CheckResult unit;
      unit.has_error = true;
      if (source && !project.Blocked(i) && !project.CycleAt(i)) {
        CheckOptions quiet = check;
        quiet.prelude = project.PreludeFor(i);
        quiet.want_interface = true;
        quiet.want_signature = false;
        quiet.hints = hints::HintLevel::None;
        unit = CheckSource(*source, quiet);
      }
      project.Checked(i, unit.has_error, unit.interface);
      continue;
    }
    // A file that uses a unit with errors is not checked, as ocamlc -c
    // stops there (its errors would be about the unit's missing names).
    if (project.Blocked(i)) {
      any_error = true;
      continue;
    }
    // An interface's text is kept for its implementation, checked later.
    if (source && path.ends_with(".mli")) interface_texts.emplace(i, *source);
    FileReport report{
        source ? std::move(*source) : SourceBuffer(path, ""), {}, false, {}, false, {}, {}, 0};
    CheckResult result;
    if (!source) {
      // As ocamlc reports an unreadable file.
      Diagnostic d;
      d.kind = DiagKind::IoError;
      d.severity = Severity::Error;
      d.whole_file = true;
      d.message = Text("I/O error: " + path + ": " + io_errors[i]);
      result.diagnostics.push_back(std::move(d));
      result.has_error = true;
    } else if (std::optional<Diagnostic> cycle = project.CycleAt(i)) {
      result.diagnostics.push_back(std::move(*cycle));
      result.has_error = true;
    } else {
      check.prelude = project.PreludeFor(i);
      check.want_interface = project.Used(i);
      std::optional<size_t> interface = project.InterfaceOf(i);
      auto text = interface ? interface_texts.find(*interface) : interface_texts.end();
      check.interface_file = text != interface_texts.end() ? &text->second : nullptr;
      result = CheckSource(report.source, check);
      check.interface_file = nullptr;
      if (options.fix && !implicit.count(path) && !FixFile(path, check, report, result))
        report.failed = true;
    }
    report.failed |= result.has_error || result.warning_error;
    project.Checked(i, result.has_error, result.interface);
    if (!result.has_error && options.print_signature && !implicit.count(path))
      report.signature = std::move(result.signature);
    report.diagnostics = std::move(result.diagnostics);
    any_error |= report.failed;
    if (whole_run) {
      reports.push_back(std::move(report));
      continue;
    }
    std::string out;
    for (const Diagnostic& d : report.diagnostics) {
      if (options.format == OutputFormat::Short)
        RenderShort(d, report.source, out);
      else
        RenderOcaml(d, report.source, render, out);
    }
    Write(stderr, out);
    if (report.signature) Write(stdout, *report.signature);
  }
  if (options.format == OutputFormat::Json) Write(stdout, RenderJson(reports, kMlhintVersion));
  if (options.format == OutputFormat::Sarif)
    Write(stdout, RenderSarif(reports, RegistryRules(), kMlhintVersion));
  return any_error ? 2 : 0;
}

int Main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string error;
  std::optional<Options> options = ParseOptions(args, &error);
  if (!options) {
    Write(stderr, "mlhint: " + error + "\nTry 'mlhint --help' for more information.\n");
    return 2;
  }
  // As ocamlc prints them while it reads its arguments: located nowhere.
  for (const std::string& alert : options->cli_alerts)
    Write(stderr, "File \"_none_\", line 1:\nAlert ocaml_deprecated_cli: " + alert + "\n");
  switch (options->command) {
    case Options::Command::Help:
      Write(stdout, UsageText());
      return 0;
    case Options::Command::Version:
      Write(stdout, VersionText());
      return 0;
    case Options::Command::Explain: {
      std::string out, err;
      int status = Explain(options->explain_code, out, err);
      Write(stdout, out);
      Write(stderr, err);
      return status;
    }
    case Options::Command::Expect:
      return RunExpect(options->files, options->promote, options->hints);
    case Options::Command::Lsp: {
      lsp::ServerSettings settings;
      settings.check.warnings = options->warnings;
      settings.check.max_errors = options->max_errors;
      settings.check.hints = options->hints;
      return lsp::RunServer(STDIN_FILENO, STDOUT_FILENO, settings);
    }
    case Options::Command::Check:
      break;
  }
  return CheckFiles(*options);
}

}  // namespace
}  // namespace mlhint

int main(int argc, char** argv) {
  return mlhint::Main(argc, argv);
}
