#include "testsuite/fuzz/generator/invariants.h"

#include <algorithm>
#include <map>
#include <vector>

#include "diagnostics/render.h"
#include "driver/check.h"

namespace mlhint::progen {
namespace {

CheckResult Check(const std::string& text, bool signature) {
  CheckOptions options;
  options.want_signature = signature;
  return CheckSource(SourceBuffer("generated.ml", text), options);
}

std::string Rendered(const std::string& text, const CheckResult& result) {
  SourceBuffer source("generated.ml", text);
  std::string out;
  for (const Diagnostic& d : result.diagnostics) RenderOcaml(d, source, RenderOptions{}, out);
  return out;
}

// `val NAME : TYPE` lines of a signature, a type broken over several lines
// joined again.
std::map<std::string, std::string> ValTypes(const std::string& signature) {
  std::map<std::string, std::string> types;
  std::string* current = nullptr;
  size_t pos = 0;
  while (pos < signature.size()) {
    size_t end = signature.find('\n', pos);
    if (end == std::string::npos) end = signature.size();
    std::string line = signature.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line[0] == ' ') {
      if (current) *current += " " + line.substr(line.find_first_not_of(' '));
      continue;
    }
    current = nullptr;
    if (line.rfind("val ", 0) != 0) continue;
    size_t colon = line.find(" : ");
    if (colon == std::string::npos) continue;
    current = &types[line.substr(4, colon - 4)];
    *current = line.substr(colon + 3);
  }
  return types;
}

// Lexical and syntax errors come first in kinds.def, up to NestingTooDeep:
// after them nothing is type-checked.
bool IsSyntaxError(const Diagnostic& d) {
  return d.severity == Severity::Error &&
         static_cast<int>(d.kind) <= static_cast<int>(DiagKind::NestingTooDeep);
}

bool HasSyntaxError(const CheckResult& r) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(), IsSyntaxError);
}

// `span` carried through `edits` (sorted, not overlapping): an edit that
// touches it, at its boundary too, widens it to what replaced the edit.
Span Carry(Span span, const std::vector<Edit>& edits) {
  int64_t begin = span.begin, end = span.end, shift_begin = 0, shift_end = 0;
  for (const Edit& e : edits) {
    int64_t delta =
        static_cast<int64_t>(e.replacement.size()) - static_cast<int64_t>(e.span.size());
    if (e.span.end < span.begin) {
      shift_begin += delta;
      shift_end += delta;
    } else if (e.span.begin > span.end) {
      continue;
    } else {
      begin = std::min<int64_t>(begin, e.span.begin);
      end = std::max<int64_t>(end, e.span.end);
      shift_end += delta;
    }
  }
  return Span{static_cast<uint32_t>(begin + shift_begin), static_cast<uint32_t>(end + shift_end)};
}

bool Overlaps(Span a, Span b) {
  if (a.begin == a.end || b.begin == b.end) return a.begin >= b.begin && a.begin <= b.end;
  return a.begin < b.end && b.begin < a.end;
}

std::string Failure(const std::string& what, const std::string& text, const std::string& output) {
  return what + "\n--- program:\n" + text + "\n--- mlhint:\n" + output;
}

}  // namespace

std::string CheckWellTyped(const GeneratedProgram& program) {
  std::string text = program.Text();
  CheckResult first = Check(text, true);
  if (first.has_error || first.warning_error)
    return Failure("a generated program is rejected", text, Rendered(text, first));
  std::map<std::string, std::string> types = ValTypes(first.signature);
  std::string constrained = program.TextWithTypes(types);
  CheckResult again = Check(constrained, true);
  if (again.has_error || again.warning_error)
    return Failure("the program constrained by its own signature is rejected", constrained,
                   Rendered(constrained, again) + "\n--- its signature:\n" + first.signature);
  if (again.signature != first.signature)
    return Failure("constrained by its signature, the program has another signature", constrained,
                   "before:\n" + first.signature + "after:\n" + again.signature);
  return "";
}

std::string CheckMutant(std::string_view mutant) {
  std::string text(mutant);
  CheckResult result = Check(text, false);
  std::string output = Rendered(text, result);
  bool has_error = false;
  for (const Diagnostic& d : result.diagnostics) {
    if (d.span && (d.span->begin > d.span->end || d.span->end > text.size()))
      return Failure("a diagnostic's range is outside the program", text, output);
    if (d.severity == Severity::Error) has_error = true;
    if (RenderDoc(d.message).empty()) return Failure("a diagnostic has no message", text, output);
  }
  if (result.has_error != has_error)
    return Failure(result.has_error ? "exit status 2 with no error" : "an error, yet exit status 0",
                   text, output);

  bool syntax_error = HasSyntaxError(result);
  for (const Diagnostic& d : result.diagnostics) {
    if (d.severity != Severity::Error || !d.span) continue;
    for (const Child& hint : d.children) {
      if (!hint.fix || hint.fix->applicability != Applicability::MachineApplicable) continue;
      std::vector<Edit> edits = hint.fix->edits;
      std::sort(edits.begin(), edits.end(),
                [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
      for (size_t i = 0; i < edits.size(); ++i) {
        if (edits[i].span.begin > edits[i].span.end || edits[i].span.end > text.size() ||
            (i > 0 && edits[i].span.begin < edits[i - 1].span.end))
          return Failure("hint " + hint.hint_id + " has edits outside the program or overlapping",
                         text, output);
      }
      std::string fixed;
      size_t at = 0;
      for (const Edit& e : edits) {
        fixed += text.substr(at, e.span.begin - at);
        fixed += e.replacement;
        at = e.span.end;
      }
      fixed += text.substr(at);
      CheckResult after = Check(fixed, false);
      std::string after_output = Rendered(fixed, after);
      if (!syntax_error && HasSyntaxError(after))
        return Failure("hint " + hint.hint_id + "'s fix-it makes a syntax error", text,
                       output + "\n--- fixed:\n" + fixed + "\n--- mlhint on it:\n" + after_output);
      Span carried = Carry(*d.span, edits);
      for (const Diagnostic& e : after.diagnostics) {
        if (e.severity != Severity::Error || !e.span || !Overlaps(*e.span, carried)) continue;
        std::string code = e.Code(), message = RenderDoc(e.message);
        // Another error of the first check may remain where it was (carried
        // through the edits: one around the fixed part holds the edit).
        bool had = std::any_of(
            result.diagnostics.begin(), result.diagnostics.end(), [&](const Diagnostic& o) {
              if (&o == &d || !o.span || o.Code() != code || RenderDoc(o.message) != message)
                return false;
              Span moved = Carry(*o.span, edits);
              return moved.begin == e.span->begin && moved.end == e.span->end;
            });
        if (!had)
          return Failure(
              "hint " + hint.hint_id + "'s fix-it leaves an error where it was", text,
              output + "\n--- fixed:\n" + fixed + "\n--- mlhint on it:\n" + after_output);
      }
    }
  }
  return "";
}

}  // namespace mlhint::progen
