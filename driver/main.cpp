// mlhint: the command-line driver.

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "diagnostics/render.h"
#include "driver/check.h"
#include "driver/options.h"
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
    case ColorChoice::Always: return true;
    case ColorChoice::Never: return false;
    case ColorChoice::Auto: break;
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

int CheckFiles(const Options& options) {
  if (options.files.empty()) {
    Write(stderr, "mlhint: no input file.\nTry 'mlhint --help' for more information.\n");
    return 2;
  }
  bool any_error = false;
  RenderOptions render;
  render.color = UseColor(options.color);
  CheckOptions check;
  check.warnings = options.warnings;
  check.max_errors = options.max_errors;
  check.want_signature = options.print_signature;
  for (const std::string& path : options.files) {
    std::string io_error;
    std::optional<SourceBuffer> source = ReadInput(path, &io_error);
    if (!source) {
      // As ocamlc reports an unreadable file.
      SourceBuffer empty(path, "");
      Diagnostic d;
      d.kind = DiagKind::IoError;
      d.severity = Severity::Error;
      d.whole_file = true;
      d.message = Text("I/O error: " + path + ": " + io_error);
      std::string out;
      RenderOcaml(d, empty, render, out);
      Write(stderr, out);
      any_error = true;
      continue;
    }
    CheckResult result = CheckSource(*source, check);
    std::string out;
    for (const Diagnostic& d : result.diagnostics) RenderOcaml(d, *source, render, out);
    Write(stderr, out);
    if (result.has_error) {
      any_error = true;
    } else {
      if (options.print_signature) Write(stdout, result.signature);
      if (result.warning_error) any_error = true;
    }
  }
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
  switch (options->command) {
    case Options::Command::Help:
      Write(stdout, UsageText());
      return 0;
    case Options::Command::Version:
      Write(stdout, VersionText());
      return 0;
    case Options::Command::Explain:
    case Options::Command::Expect:
    case Options::Command::Lsp:
      Write(stderr, "mlhint: this command is not available yet.\n");
      return 2;
    case Options::Command::Check:
      break;
  }
  return CheckFiles(*options);
}

}  // namespace
}  // namespace mlhint

int main(int argc, char** argv) { return mlhint::Main(argc, argv); }
