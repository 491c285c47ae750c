// --format=short: clang/gcc-style lines for editors' quickfix lists.
//
//   a.ml:2:22: error: This expression has type int but ... int32 [type-mismatch]
//   a.ml:2:22: hint: Did you mean `3l'?
//
// Lines are 1-based, columns are 1-based byte columns (as clang counts them,
// and as Vim's %c and Emacs read them): OCaml's first character plus one.
// Only where a range starts is printed, as gcc and clang print it, so that
// Vim's and Emacs' default error formats read the line and the column
// (issue 17; `a.ml:2:21-22:` made Vim read column 0). The range is in the
// JSON and SARIF forms.

#include <string>
#include <string_view>

#include "diagnostics/render_formats.h"
#include "support/format.h"

namespace mlhint {
namespace {

// Format's largest geometry: no break is ever taken for lack of room.
constexpr int kNoMargin = 1000000000;

std::string_view SeverityWord(const Diagnostic& d) {
  return d.IsError() ? "error" : "warning";
}

// The child's text without the "Hint: " or "Note: " OCaml prints in front of
// it: the short line already says "hint:" or "note:".
std::string ChildText(const Child& child) {
  std::string text = FlatMessage(child.text);
  for (std::string_view label : {"Hint: ", "Note: "})
    if (text.compare(0, label.size(), label) == 0) return text.substr(label.size());
  return text;
}

}  // namespace

std::string FlatMessage(const Doc& doc) {
  if (!doc) return "";
  std::string laid_out;
  {
    fmt::Formatter ppf(laid_out);
    ppf.set_geometry(kNoMargin - 1, kNoMargin);
    ppf.open_box(0);
    doc(ppf);
    ppf.close_box();
    ppf.print_flush();
  }
  // Forced line breaks remain (OCaml's "@\n", the lines of a counter-example):
  // each one, with the blanks around it, becomes a single space.
  std::string flat;
  size_t i = 0;
  while (i < laid_out.size()) {
    char c = laid_out[i];
    if (c == '\n' || c == '\r') {
      while (!flat.empty() && (flat.back() == ' ' || flat.back() == '\t')) flat.pop_back();
      while (i < laid_out.size() && (laid_out[i] == '\n' || laid_out[i] == '\r' ||
                                     laid_out[i] == ' ' || laid_out[i] == '\t'))
        ++i;
      if (!flat.empty() && i < laid_out.size()) flat += ' ';
      continue;
    }
    flat += c;
    ++i;
  }
  while (!flat.empty() && (flat.back() == ' ' || flat.back() == '\t')) flat.pop_back();
  size_t first = flat.find_first_not_of(" \t");
  return first == std::string::npos ? std::string() : flat.substr(first);
}

std::string ShortLocation(Span span, const SourceBuffer& source) {
  // The start only: `FILE:LINE:COLUMN:` is what Vim's and Emacs' default
  // error parsers read (a range after the column makes Vim read column 0);
  // the JSON and SARIF forms keep the range.
  LineColumn start = source.Locate(span.begin);
  return std::to_string(start.line) + ":" + std::to_string(start.column + 1);
}

void RenderShort(const Diagnostic& d, const SourceBuffer& source, std::string& out) {
  std::string where = source.name();
  if (d.span) {
    where += ":" + ShortLocation(*d.span, source);
  } else if (d.whole_file) {
    where += ":1";  // OCaml's Location.in_file: "File \"a.ml\", line 1:"
  }
  out += where + ": ";
  out += SeverityWord(d);
  out += ": " + FlatMessage(d.message) + " [" + d.Code() + "]\n";
  for (const Child& child : d.children) {
    if (child.in_message) continue;  // the message has its text
    std::string child_where =
        child.span ? source.name() + ":" + ShortLocation(*child.span, source) : where;
    out += child_where + (child.role == Child::Role::Hint ? ": hint: " : ": note: ") +
           ChildText(child) + "\n";
  }
}

}  // namespace mlhint
