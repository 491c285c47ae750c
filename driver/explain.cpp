#include "driver/explain.h"

#include <algorithm>

#include "diagnostics/explain.h"
#include "diagnostics/render.h"
#include "driver/check.h"

namespace mlhint {
namespace {

std::string Indent(const std::string& text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t eol = text.find('\n', i);
    if (eol == std::string::npos) eol = text.size();
    std::string_view line(text.data() + i, eol - i);
    if (!line.empty()) out += "    ";
    out += line;
    out += '\n';
    i = eol + 1;
  }
  return out;
}

// The options of an example's info string: "-w SPEC" and "-i".
CheckOptions ExampleOptions(const std::string& text) {
  CheckOptions options;
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find(' ', i);
    if (end == std::string::npos) end = text.size();
    if (end > i) words.push_back(text.substr(i, end - i));
    i = end + 1;
  }
  for (size_t k = 0; k < words.size(); ++k) {
    if (words[k] == "-i") options.want_signature = true;
    if (words[k] == "-w" && k + 1 < words.size()) options.warnings.Apply(words[++k]);
  }
  return options;
}

}  // namespace

CheckResult CheckExample(const Explanation& e) {
  SourceBuffer source("example.ml", e.example);
  return CheckSource(source, ExampleOptions(e.example_options));
}

namespace {

// The example checked as a file named example.ml, in OCaml's form (and its
// signature, when the example asks for -i).
std::string ReportOnExample(const Explanation& e) {
  SourceBuffer source("example.ml", e.example);
  CheckResult result = CheckSource(source, ExampleOptions(e.example_options));
  std::string out;
  for (const Diagnostic& d : result.diagnostics) RenderOcaml(d, source, RenderOptions{}, out);
  if (!result.has_error && !result.signature.empty()) out += result.signature;
  return out;
}

std::string List() {
  size_t width = 0;
  for (const Explanation& e : Explanations()) width = std::max(width, e.code.size());
  std::string out;
  for (const Explanation& e : Explanations())
    out += e.code + std::string(width + 2 - e.code.size(), ' ') + e.kind + ": " + e.summary + "\n";
  return out;
}

}  // namespace

int Explain(const std::string& code, std::string& out, std::string& err) {
  if (code == "list") {
    out += List();
    return 0;
  }
  const Explanation* e = FindExplanation(code);
  if (!e) {
    err += "mlhint: unknown diagnostic code '" + code + "'.";
    std::vector<std::string> close = CloseCodes(code);
    if (!close.empty()) {
      err += " Did you mean ";
      for (size_t i = 0; i < close.size(); ++i) {
        if (i) err += i + 1 == close.size() ? " or " : ", ";
        err += close[i];
      }
      err += "?";
    }
    err += "\n'mlhint --explain list' lists every code.\n";
    return 2;
  }
  out += e->code + " (" + e->kind + "): " + e->summary + "\n\n" + e->body;
  if (!e->example.empty()) {
    std::string report = ReportOnExample(*e);
    std::string with = e->example_options.empty() ? "" : ", with " + e->example_options;
    out += "\nmlhint reports, on this example (as example.ml" + with + "):\n\n";
    out += report.empty() ? std::string("    (nothing)\n") : Indent(report);
  }
  return 0;
}

}  // namespace mlhint
