// The expect runner's blocks and output: whether a block holds what mlhint
// printed (the toplevel's values written in the test are kept), the file
// with its blocks corrected (`--promote`), and the unified diff shown when
// they differ. The chunks are run in expect.cpp, the file is read in
// expect_file.cpp.

#include <dtl/dtl.hpp>

#include <algorithm>
#include <sstream>

#include "driver/expect.h"
#include "driver/expect_text.h"

namespace mlhint {

namespace {

using namespace expect_text;

// The items of a toplevel's output: a line that does not start with a
// blank, and the lines after it that do. A value item whose line ends with
// `=` goes on over the next line too: OCaml puts a value that does not fit
// there, at the margin when its box starts it there (`- : int array =` then
// `[|1; 2|]`).
bool IsValueItem(std::string_view item) {
  return item.rfind("val ", 0) == 0 || item.rfind("- : ", 0) == 0;
}

std::vector<std::string_view> OutputItems(std::string_view text) {
  std::vector<std::string_view> items;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == kNpos ? text.size() : end + 1;
    std::string_view first = text.substr(start, end - start);
    while (!first.empty() && IsBlank(first.back())) first.remove_suffix(1);
    if (IsValueItem(first) && !first.empty() && first.back() == '=' && end < text.size()) {
      size_t nl = text.find('\n', end);
      end = nl == kNpos ? text.size() : nl + 1;
    }
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) {
      size_t nl = text.find('\n', end);
      end = nl == kNpos ? text.size() : nl + 1;
    }
    items.push_back(text.substr(start, end - start));
    start = end;
  }
  return items;
}

// Blanks and line breaks collapsed to one space; none at either end.
std::string Collapsed(std::string_view item) {
  std::string out;
  for (char c : item) {
    if (IsBlank(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool IsExceptionItem(std::string_view item) {
  return item.rfind("Exception: ", 0) == 0;
}

}  // namespace

std::string WithWrittenValues(std::string_view written, const std::string& output,
                              const std::vector<size_t>& phrase_ends) {
  std::vector<std::string_view> ours = OutputItems(output);
  std::vector<std::string_view> theirs = OutputItems(written);
  if (std::none_of(theirs.begin(), theirs.end(),
                   [](std::string_view t) { return IsValueItem(t) || IsExceptionItem(t); }))
    return output;
  // The phrase each of our items ends: phrase_ends[p] is the number of lines
  // of the output once phrase p has printed everything.
  std::vector<size_t> phrase_of(ours.size(), 0);
  {
    size_t lines = 0, p = 0;
    for (size_t i = 0; i < ours.size(); ++i) {
      lines += static_cast<size_t>(std::count(ours[i].begin(), ours[i].end(), '\n'));
      while (p < phrase_ends.size() && phrase_ends[p] < lines) ++p;
      phrase_of[i] = p;
    }
  }
  std::string out;
  size_t next = 0;  // the written items before it are paired already
  // Appends a written item in place of ours. Either may be the last item,
  // without a newline: the output's ending is kept.
  auto adopt = [&](std::string_view taken, bool newline) {
    out.append(taken);
    if (!newline && !out.empty() && out.back() == '\n') out.pop_back();
    if (newline && (out.empty() || out.back() != '\n')) out += '\n';
  };
  // The evaluation of a phrase that raised: the toplevel prints the
  // exception after the phrase's warnings, in place of its item if it has
  // one, and the expect tool runs nothing more of the chunk. mlhint
  // evaluates nothing: an exception the block writes where a phrase's item
  // or end stands is taken as written, and what mlhint prints for the rest
  // of the chunk is dropped.
  auto raised_at_next = [&] { return next < theirs.size() && IsExceptionItem(theirs[next]); };
  bool stopped = false;
  for (size_t i = 0; i < ours.size() && !stopped; ++i) {
    std::string_view item = ours[i];
    bool newline = !item.empty() && item.back() == '\n';
    // A phrase starts where the block holds an exception: a phrase before
    // it raised (one that printed nothing, or all it prints is passed).
    bool phrase_start = i == 0 || phrase_of[i] != phrase_of[i - 1];
    if (phrase_start && !phrase_ends.empty() && raised_at_next()) {
      if (!out.empty() && out.back() != '\n') out += '\n';
      adopt(theirs[next++], true);
      stopped = true;
      break;
    }
    std::optional<size_t> pair;
    if (IsValueItem(item)) {
      std::string prefix = Collapsed(item) + " = ";
      for (size_t k = next; k < theirs.size(); ++k) {
        if ((IsValueItem(theirs[k]) && Collapsed(theirs[k]).rfind(prefix, 0) == 0) ||
            IsExceptionItem(theirs[k]))
          pair = k;
        if (IsValueItem(theirs[k]) || IsExceptionItem(theirs[k])) break;
      }
    } else {
      // The same item written: the written items before it are passed.
      for (size_t k = next; k < theirs.size(); ++k) {
        if (IsValueItem(theirs[k]) || IsExceptionItem(theirs[k])) break;
        std::string_view t = theirs[k];
        if (t == item ||
            (newline && t.size() + 1 == item.size() && item.substr(0, t.size()) == t)) {
          next = k + 1;
          break;
        }
      }
    }
    if (!pair) {
      out.append(item);
      continue;
    }
    adopt(theirs[*pair], newline);
    next = *pair + 1;
    if (IsExceptionItem(theirs[*pair])) stopped = true;
  }
  // The last phrase raised, after all it prints (a phrase with an error
  // runs nothing).
  bool error = std::any_of(ours.begin(), ours.end(),
                           [](std::string_view t) { return t.rfind("Error: ", 0) == 0; });
  if (!stopped && !error && !phrase_ends.empty() && raised_at_next()) {
    if (!out.empty() && out.back() != '\n') out += '\n';
    adopt(theirs[next], true);
  }
  return out;
}

bool BlockMatches(std::string_view text, const ExpectBlock& block, const std::string& output) {
  std::string_view expected =
      text.substr(block.content_begin, block.content_end - block.content_begin);
  // OCaml's expect tool prints a newline, then the output.
  if (output.empty()) return expected.empty() || expected == "\n";
  return expected.size() == output.size() + 1 && expected[0] == '\n' &&
         expected.substr(1) == output;
}

namespace {

// A tag for a quoted string holding `content`: `preferred` if it can.
std::string TagFor(std::string_view content, const std::string& preferred) {
  if (content.find("|" + preferred + "}") == kNpos) return preferred;
  for (int n = 0;; ++n) {
    std::string tag = "expect" + (n ? std::to_string(n) : "");
    if (content.find("|" + tag + "}") == kNpos) return tag;
  }
}

std::string Quoted(const std::string& content, const std::string& tag) {
  return "{" + tag + "|" + content + "|" + tag + "}";
}

}  // namespace

std::string CorrectedText(std::string_view text, const ExpectFile& file,
                          const std::vector<std::string>& outputs) {
  std::string out;
  size_t at = 0;
  for (size_t i = 0; i < file.chunks.size() && i < outputs.size(); ++i) {
    const ExpectBlock& block = file.chunks[i].block;
    std::string content = outputs[i].empty() ? "" : "\n" + outputs[i];
    if (!block.present) {
      if (outputs[i].empty()) continue;
      // A chunk at the end with no block yet gets one.
      out.append(text.substr(at));
      at = text.size();
      if (!out.empty() && out.back() != '\n') out += '\n';
      out += "[%%expect" + Quoted(content, TagFor(content, "")) + "]\n";
      continue;
    }
    if (BlockMatches(text, block, outputs[i])) continue;
    std::string tag = TagFor(content, block.tag);
    bool has_string = block.string_end > block.string_begin;
    if (has_string && tag == block.tag) {  // only the string's text changes
      out.append(text.substr(at, block.content_begin - at));
      out += content;
      at = block.content_end;
    } else {  // `[%%expect]` gets a string; or the string needs another tag
      out.append(text.substr(at, block.string_begin - at));
      out += Quoted(content, tag);
      at = block.string_end;
    }
  }
  out.append(text.substr(at));
  return out;
}

std::string UnifiedDiff(std::string_view before, std::string_view after,
                        const std::string& before_name, const std::string& after_name) {
  auto lines = [](std::string_view s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < s.size()) {
      size_t nl = s.find('\n', start);
      if (nl == std::string_view::npos) nl = s.size();
      out.emplace_back(s.substr(start, nl - start));
      start = nl + 1;
    }
    return out;
  };
  std::vector<std::string> a = lines(before), b = lines(after);
  dtl::Diff<std::string> diff(a, b);
  diff.compose();
  diff.composeUnifiedHunks();
  std::ostringstream out;
  out << "--- " << before_name << "\n+++ " << after_name << "\n";
  diff.printUnifiedFormat(out);
  return out.str();
}

}  // namespace mlhint
