// OCaml 4.13's Location.batch_mode_printer, re-expressed on our Format
// engine: the same boxes, breaks and tags, so that the same wrapping
// follows. See Location.print_loc and Location.highlight_quote.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/render.h"
#include "support/format.h"

namespace mlhint {
namespace {

struct QuotedLine {
  std::string text;  // without '\r' and '\n'
  uint32_t start;    // offset of the line's first byte
};

// Location.lines_around: the lines (as OCaml reads them, dropping every
// '\r') from the beginning of the line holding `start` to the last line
// that begins before `end`.
std::vector<QuotedLine> LinesAround(std::string_view text, const LineTable& table, uint32_t start,
                                    uint32_t end) {
  std::vector<QuotedLine> lines;
  LineColumn lc = table.Locate(start);
  uint32_t bol = table.LineStart(lc.line);
  uint32_t cur = bol;
  std::string current;
  auto add_line = [&] {
    if (bol < cur) {
      lines.push_back(QuotedLine{std::move(current), bol});
      current.clear();
      bol = cur;
    }
  };
  while (bol < end) {
    if (cur >= text.size()) {
      add_line();
      break;
    }
    char c = text[cur++];
    if (c == '\r') continue;
    if (c == '\n') {
      add_line();
      continue;
    }
    current.push_back(c);
  }
  return lines;
}

class OcamlPrinter {
 public:
  OcamlPrinter(const SourceBuffer& source, const RenderOptions& options, fmt::Formatter& ppf)
      : source_(source), options_(options), ppf_(ppf) {}

  void Report(const Diagnostic& d) {
    const char* tag = d.IsError() ? "error" : "warning";
    ppf_.open_vbox(0);
    ppf_.open_tbox();
    if (d.span) {
      PrintLocWithQuote(*d.span, tag);
    } else if (d.whole_file) {
      ppf_.open_vbox(0);
      ppf_.open_stag("loc");
      ppf_.print_string(options_.toplevel ? "Line 1" : "File \"" + source_.name() + "\", line 1");
      ppf_.close_stag();
      ppf_.print_string(":");
      ppf_.print_space();
      ppf_.close_box();
    }
    PrintKind(d);
    ppf_.print_string(": ");
    ppf_.set_tab();
    ppf_.open_box(0);
    if (d.message) d.message(ppf_);
    ppf_.close_box();
    for (const Child& child : d.children) {
      if (child.in_message) continue;
      ppf_.print_cut();
      ppf_.open_box(0);
      if (child.span && child.quoted_from) {
        RenderOptions earlier = options_;
        earlier.line_offset = child.quoted_from->line_offset;
        OcamlPrinter(*child.quoted_from->source, earlier, ppf_).PrintLocWithQuote(*child.span, tag);
      } else if (child.span) {
        PrintLocWithQuote(*child.span, tag);
      }
      ppf_.print_string("  ");
      ppf_.open_box(0);
      if (child.role == Child::Role::Hint) ppf_.open_stag("hint");
      if (child.text) child.text(ppf_);
      if (child.role == Child::Role::Hint) ppf_.close_stag();
      ppf_.close_box();
      ppf_.close_box();
    }
    ppf_.close_tbox();
    ppf_.close_box();
    ppf_.print_newline();
  }

 private:
  void PrintKind(const Diagnostic& d) {
    if (d.kind == DiagKind::Warning) {
      std::string id = std::to_string(d.warning_number);
      if (!d.warning_name.empty()) id += " [" + d.warning_name + "]";
      if (d.warning_as_error) {
        Tagged("error", "Error");
        ppf_.print_string(" (warning " + id + ")");
      } else {
        Tagged("warning", "Warning");
        ppf_.print_string(" " + id);
      }
    } else if (d.kind == DiagKind::Alert) {
      if (d.warning_as_error) {
        Tagged("error", "Error");
        ppf_.print_string(" (alert " + d.warning_name + ")");
      } else {
        Tagged("warning", "Alert");
        ppf_.print_string(" " + d.warning_name);
      }
    } else {
      Tagged("error", "Error");
    }
  }

  void Tagged(const char* tag, std::string_view text) {
    ppf_.open_stag(tag);
    ppf_.print_string(text);
    ppf_.close_stag();
  }

  // "@[<v>%a:@ %a@]" print_loc highlight
  void PrintLocWithQuote(Span span, const char* tag) {
    ppf_.open_vbox(0);
    PrintLoc(span);
    ppf_.print_string(":");
    ppf_.print_space();
    Highlight(span, tag);
    ppf_.close_box();
  }

  void PrintLoc(Span span) {
    ppf_.open_stag("loc");
    ppf_.print_string(LocationText(source_, span, options_));
    ppf_.close_stag();
  }

  // Location.highlight_quote for one location: nothing for an empty range,
  // an underlined line for a one-line range, dotted lines otherwise.
  void Highlight(Span span, const char* tag) {
    if (span.begin >= span.end) return;  // empty: no interval to show
    uint32_t first = span.begin;
    uint32_t last = span.end - 1;  // inclusive
    std::vector<QuotedLine> lines =
        LinesAround(source_.text(), source_.lines(), span.begin, span.end);
    // Line numbers: known on the lines where a bound of the interval falls,
    // inferred for the others (they are consecutive).
    struct Numbered {
      std::string number;
      const QuotedLine* line;
    };
    std::vector<Numbered> numbered;
    LineColumn start_lc = source_.Locate(span.begin);
    LineColumn end_lc = source_.Locate(span.end);
    int offset = 0;
    bool have_offset = false;
    std::vector<int> known(lines.size(), -1);
    for (size_t i = 0; i < lines.size(); ++i) {
      uint32_t s = lines[i].start;
      uint32_t e =
          s + static_cast<uint32_t>(lines[i].text.size());  // exclusive; OCaml's end_pos + 1
      if (s <= first && first < e)
        known[i] = static_cast<int>(start_lc.line);
      else if (s <= last && last < e)
        known[i] = static_cast<int>(end_lc.line);
      if (known[i] >= 0 && !have_offset) {
        offset = known[i] - static_cast<int>(i);
        have_offset = true;
      }
    }
    bool consistent = true;
    for (size_t i = 0; i < lines.size(); ++i)
      if (known[i] >= 0 && known[i] != offset + static_cast<int>(i)) consistent = false;
    for (size_t i = 0; i < lines.size(); ++i) {
      int n = have_offset && consistent ? offset + static_cast<int>(i) : known[i];
      std::string number = n >= 0 ? std::to_string(n + options_.line_offset) : std::string();
      numbered.push_back(Numbered{number, &lines[i]});
    }

    ppf_.open_vbox(0);
    if (lines.empty() || (lines.size() == 1 && lines[0].text.empty())) {
      // nothing to quote
    } else if (lines.size() == 1) {
      const Numbered& only = numbered[0];
      ppf_.print_string(only.number + " | " + only.line->text);
      ppf_.print_cut();
      ppf_.print_string(std::string(only.number.size(), ' ') + "   ");
      for (uint32_t pos = only.line->start; pos <= last; ++pos) {
        if (pos == first) ppf_.open_stag(tag);
        ppf_.print_char(pos >= first ? '^' : ' ');
        if (pos == last) ppf_.close_stag();
      }
      ppf_.close_stag();  // OCaml closes once more; with no open tag it is a no-op
      ppf_.print_cut();
    } else {
      // Misc.pp_two_columns ~sep:"|" ~max_lines:10
      size_t width = 0;
      for (const Numbered& n : numbered) width = std::max(width, n.number.size());
      size_t count = numbered.size();
      long ellipsed_first = -1, ellipsed_last = -1;
      const size_t max_lines = 10;
      if (count > max_lines) {
        size_t printed = max_lines - 1;
        size_t before = printed / 2 + printed % 2;
        size_t after = printed / 2;
        ellipsed_first = static_cast<long>(before);
        ellipsed_last = static_cast<long>(count - after - 1);
      }
      ppf_.open_vbox(0);
      for (size_t k = 0; k < count; ++k) {
        long kk = static_cast<long>(k);
        if (kk == ellipsed_first) {
          ppf_.print_string("...");
          ppf_.print_cut();
        }
        if (ellipsed_first <= kk && kk <= ellipsed_last) continue;
        const QuotedLine& line = *numbered[k].line;
        std::string shown = line.text;
        for (size_t i = 0; i < shown.size(); ++i) {
          uint32_t pos = line.start + static_cast<uint32_t>(i);
          if (!(first <= pos && pos <= last)) shown[i] = '.';
        }
        std::string left(width - numbered[k].number.size(), ' ');
        ppf_.print_string(left + numbered[k].number + " | " + shown);
        ppf_.print_cut();
      }
      ppf_.close_box();
    }
    ppf_.close_box();
  }

  const SourceBuffer& source_;
  const RenderOptions& options_;
  fmt::Formatter& ppf_;
};

std::string AnsiOf(std::string_view tag) {
  if (tag == "error") return "\x1b[1;31m";
  if (tag == "warning") return "\x1b[1;35m";
  if (tag == "loc") return "\x1b[1m";
  if (tag == "hint") return "\x1b[1;34m";
  return "";
}

}  // namespace

void EnableColorTags(fmt::Formatter& ppf, bool color) {
  fmt::StagFunctions functions;
  functions.mark_open = [color](std::string_view tag) {
    return color ? AnsiOf(tag) : std::string();
  };
  functions.mark_close = [color](std::string_view tag) {
    return color && !AnsiOf(tag).empty() ? std::string("\x1b[0m") : std::string();
  };
  ppf.set_stag_functions(std::move(functions));
  ppf.set_mark_tags(true);
}

std::string LocationText(const SourceBuffer& source, Span span, const RenderOptions& options) {
  LineColumn start = source.Locate(span.begin);
  LineColumn end = source.Locate(span.end);
  // OCaml's lexer reports a newline (warning 29) before moving to the next
  // line: a span that ends just past a '\n' ends on the line of the '\n'.
  if (span.end > span.begin && source.text()[span.end - 1] == '\n') {
    end = source.Locate(span.end - 1);
    end.column += 1;
  }
  uint32_t start_line = start.line + static_cast<uint32_t>(options.line_offset);
  uint32_t end_line = end.line + static_cast<uint32_t>(options.line_offset);
  std::string text;
  if (!options.toplevel) {
    text = "File \"" + source.shown_name() + "\", ";
    text += start_line == end_line ? "line " : "lines ";
  } else {
    text = start_line == end_line ? "Line " : "Lines ";
  }
  text += std::to_string(start_line);
  if (start_line != end_line) {
    text += '-';  // appended apart: GCC 12 -O3 misreads "-" + string (-Wrestrict)
    text += std::to_string(end_line);
  }
  text += ", characters " + std::to_string(start.column) + "-" + std::to_string(end.column);
  return text;
}

void RenderOcaml(const Diagnostic& d, const SourceBuffer& source, const RenderOptions& options,
                 std::string& out) {
  fmt::Formatter ppf(out);
  EnableColorTags(ppf, options.color);
  OcamlPrinter(source, options, ppf).Report(d);
}

}  // namespace mlhint
