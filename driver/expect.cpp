#include "driver/expect.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <unordered_set>

#include "diagnostics/render.h"
#include "diagnostics/render_formats.h"
#include "diagnostics/warnings.h"
#include "hints/hints.h"
#include "lexer/lexer.h"
#include "parser/parse.h"
#include "support/files.h"
#include "support/large_stack.h"
#include "support/source.h"
#include "typing/prelude.h"
#include "typing/typer.h"

namespace mlhint {
namespace {

constexpr size_t kNpos = std::string_view::npos;
constexpr std::string_view kOpen = "[%%expect";

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsLower(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }
bool IsIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '\'';
}

int LineOf(std::string_view text, size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<ptrdiff_t>(offset), '\n'));
}

// --- Finding the blocks ------------------------------------------------
//
// OCaml's expect tool parses the whole file and takes each structure item
// `[%%expect ...]` as a block. mlhint checks chunk by chunk, so that a
// chunk with a syntax or lexical error shows it, and reads the file as
// OCaml's lexer would with one exception that keeps an unterminated string
// or comment from swallowing the rest of the file: a string never spans a
// line that starts with `[%%expect`, and a comment still open at the end
// of the file ends at the first such line after its start.

// Does a `[%%expect` that opens a block start at i, at the start of a line?
bool IsLineStartOpen(std::string_view text, size_t i) {
  return (i == 0 || text[i - 1] == '\n') && text.substr(i, kOpen.size()) == kOpen &&
         (i + kOpen.size() >= text.size() || !IsIdentChar(text[i + kOpen.size()]));
}

size_t NextLineStartOpen(std::string_view text, size_t from) {
  for (size_t i = text.find(kOpen, from); i != kNpos; i = text.find(kOpen, i + 1))
    if (IsLineStartOpen(text, i)) return i;
  return kNpos;
}

class Lexical {
 public:
  explicit Lexical(std::string_view text) : t_(text) {
    for (size_t i = NextLineStartOpen(text, 0); i != kNpos; i = NextLineStartOpen(text, i + 1)) opens_.push_back(i);
  }

  // The first line that starts with `[%%expect` at or after `from`.
  size_t NextOpen(size_t from) const {
    auto it = std::lower_bound(opens_.begin(), opens_.end(), from);
    return it == opens_.end() ? kNpos : *it;
  }

  // After the string literal whose opening quote is at i; kNpos if it is
  // not closed before the next line that starts with `[%%expect`.
  size_t EndOfString(size_t i) const {
    size_t limit = std::min(NextOpen(i), t_.size());
    for (size_t j = i + 1; j < limit; ++j) {
      if (t_[j] == '\\')
        ++j;
      else if (t_[j] == '"')
        return j + 1;
    }
    return kNpos;
  }

  // A quoted string `{id|...|id}` (or a quoted extension `{%id|...|}`,
  // `{%%id name|...|name}`) at i: the position after `{id|` and its closing
  // delimiter, or nullopt if `{` starts no quoted string.
  struct QuotedOpen {
    size_t content = 0;
    std::string close;
  };
  std::optional<QuotedOpen> QuotedAt(size_t i) const {
    size_t j = i + 1;
    if (j < t_.size() && t_[j] == '%') {
      ++j;
      if (j < t_.size() && t_[j] == '%') ++j;
      size_t name = j;
      while (j < t_.size() && (IsIdentChar(t_[j]) || t_[j] == '.')) ++j;
      if (j == name) return std::nullopt;
      while (j < t_.size() && (t_[j] == ' ' || t_[j] == '\t' || t_[j] == '\n' || t_[j] == '\r')) ++j;
    }
    size_t id = j;
    while (j < t_.size() && IsLower(t_[j])) ++j;
    if (j >= t_.size() || t_[j] != '|') return std::nullopt;
    return QuotedOpen{j + 1, "|" + std::string(t_.substr(id, j - id)) + "}"};
  }

  // After the quoted string at i (QuotedAt(i) set); kNpos if not closed
  // before the next line that starts with `[%%expect`.
  size_t EndOfQuoted(size_t i, const QuotedOpen& q) const {
    size_t limit = std::min(NextOpen(i), t_.size());
    size_t end = t_.substr(0, limit).find(q.close, q.content);
    return end == kNpos ? kNpos : end + q.close.size();
  }

  // After a character literal at i (a quote); i + 1 when the quote starts a
  // type variable or is alone.
  size_t EndOfChar(size_t i) const {
    size_t n = t_.size();
    if (i + 2 < n && t_[i + 1] != '\\' && t_[i + 2] == '\'') return i + 3;
    if (i + 1 < n && t_[i + 1] == '\\') {
      size_t end = t_.find('\'', i + 3);
      if (end != kNpos && end - i <= 5) return end + 1;  // '\n', '\123', '\xff', '\o377'
    }
    return i + 1;
  }

  // After the comment whose `(*` is at i, as OCaml's lexer reads comments
  // (nested, with strings and characters in them); kNpos if not closed.
  size_t EndOfComment(size_t i) const {
    int depth = 1;
    size_t j = i + 2;
    while (j < t_.size()) {
      char c = t_[j];
      if (c == '(' && j + 1 < t_.size() && t_[j + 1] == '*') {
        ++depth;
        j += 2;
      } else if (c == '*' && j + 1 < t_.size() && t_[j + 1] == ')') {
        j += 2;
        if (--depth == 0) return j;
      } else if (c == '"') {
        j = EndOfString(j);
        if (j == kNpos) return kNpos;
      } else if (c == '{') {
        std::optional<QuotedOpen> q = QuotedAt(j);
        if (!q) {
          ++j;
          continue;
        }
        j = EndOfQuoted(j, *q);
        if (j == kNpos) return kNpos;
      } else if (c == '\'') {
        j = EndOfChar(j);
      } else {
        ++j;
      }
    }
    return kNpos;
  }

  // After the blanks and comments at i; kNpos in an unclosed comment.
  size_t SkipTrivia(size_t i) const {
    while (i < t_.size()) {
      if (IsBlank(t_[i])) {
        ++i;
      } else if (t_.substr(i, 2) == "(*") {
        i = EndOfComment(i);
        if (i == kNpos) return kNpos;
      } else {
        break;
      }
    }
    return i;
  }

 private:
  std::string_view t_;
  std::vector<size_t> opens_;  // the lines that start with `[%%expect`
};

// Reads the extension at `open` (its `[%%`) as OCaml's expect tool reads
// it (match_expect_extension): the id `expect` or `ocaml.expect`, then a
// payload that is empty, a quoted string, or a quoted string followed by
// `, Principal` and another, in any parentheses.
class BlockReader {
 public:
  BlockReader(std::string_view text, const Lexical& lex) : t_(text), lex_(lex) {}

  enum class Result { Block, NotABlock, Malformed };
  Result Read(size_t open, ExpectBlock* block, std::string* error) {
    open_ = open;
    error_ = error;
    size_t i = open + 3;  // after `[%%`
    std::string id;
    size_t id_end = i;
    while (true) {
      i = lex_.SkipTrivia(i);
      if (i == kNpos) return Fail("a comment in it is not closed");
      size_t start = i;
      while (i < t_.size() && IsIdentChar(t_[i])) ++i;
      if (i == start) return Result::NotABlock;
      id += t_.substr(start, i - start);
      id_end = i;
      size_t next = lex_.SkipTrivia(i);
      if (next == kNpos || next >= t_.size() || t_[next] != '.') break;
      id += '.';
      i = next + 1;
    }
    if (id != "expect" && id != "ocaml.expect") return Result::NotABlock;
    block->begin = open;
    block->string_begin = block->string_end = block->content_begin = block->content_end = id_end;
    block->tag.clear();
    block->present = true;
    Token t = Next(id_end);
    if (t.kind == Kind::Error) return Result::Malformed;
    if (t.kind == Kind::RBracket) {  // `[%%expect]`: nothing is expected
      block->end = t.end;
      return Result::Block;
    }
    Node payload = Expr(id_end);
    if (payload.kind == Kind::Error) return Result::Malformed;
    if (payload.kind != Kind::String && payload.kind != Kind::Comma)
      return Fail("its payload is not a {|...|} string (or one followed by , Principal{|...|})");
    t = Next(payload.end);
    if (t.kind == Kind::Error) return Result::Malformed;
    if (t.kind != Kind::RBracket && payload.kind == Kind::Comma) return Fail("it is not closed by ]");
    if (t.kind != Kind::RBracket) {
      std::string close = "|" + payload.tag + "}";
      return Fail("its string ends at the " + close + " of line " + std::to_string(LineOf(t_, payload.content_end)) +
                  ", which ] does not follow (a text that holds " + close + " needs another tag: {expect|...|expect})");
    }
    block->end = t.end;
    block->string_begin = payload.string_begin;
    block->string_end = payload.string_end;
    block->content_begin = payload.content_begin;
    block->content_end = payload.content_end;
    block->tag = payload.tag;
    return Result::Block;
  }

 private:
  enum class Kind { LParen, RParen, Comma, Principal, String, RBracket, Other, End, Error };
  struct Token {
    Kind kind = Kind::Other;
    size_t end = 0;
    size_t string_begin = 0, content_begin = 0, content_end = 0;
    std::string tag;
  };
  // A node of the payload: a string, `Principal` applied to one (kind
  // Principal), or the pair (kind Comma); the string is the first one.
  struct Node {
    Kind kind = Kind::Error;
    size_t end = 0;
    size_t string_begin = 0, string_end = 0, content_begin = 0, content_end = 0;
    std::string tag;
  };

  Result Fail(const std::string& why) {
    *error_ = "the [%%expect block of line " + std::to_string(LineOf(t_, open_)) + " is malformed: " + why;
    return Result::Malformed;
  }

  Token Next(size_t i) {
    Token t;
    i = lex_.SkipTrivia(i);
    if (i == kNpos) {
      Fail("a comment in it is not closed");
      t.kind = Kind::Error;
      return t;
    }
    t.end = i + 1;
    if (i >= t_.size()) {
      t.kind = Kind::End;
      t.end = i;
      return t;
    }
    char c = t_[i];
    if (c == '(') t.kind = Kind::LParen;
    else if (c == ')') t.kind = Kind::RParen;
    else if (c == ',') t.kind = Kind::Comma;
    else if (c == ']') t.kind = Kind::RBracket;
    else if (c == '{') {
      std::optional<Lexical::QuotedOpen> q = lex_.QuotedAt(i);
      if (!q || t_[i + 1] == '%') return t;  // Other
      size_t close = t_.find(q->close, q->content);
      if (close == kNpos) {
        Fail("its {" + q->close.substr(1, q->close.size() - 2) + "| string is not closed by " + q->close);
        t.kind = Kind::Error;
        return t;
      }
      t.kind = Kind::String;
      t.string_begin = i;
      t.content_begin = q->content;
      t.content_end = close;
      t.end = close + q->close.size();
      t.tag = q->close.substr(1, q->close.size() - 2);
    } else if (t_.substr(i, 9) == "Principal" && (i + 9 >= t_.size() || !IsIdentChar(t_[i + 9]))) {
      t.kind = Kind::Principal;
      t.end = i + 9;
    }
    return t;
  }

  Node Atom(size_t i) {
    Node n;
    Token t = Next(i);
    switch (t.kind) {
      case Kind::LParen: {
        n = Expr(t.end);
        if (n.kind == Kind::Error) return n;
        Token close = Next(n.end);
        if (close.kind == Kind::Error) return Node{};
        if (close.kind != Kind::RParen) {
          Fail("a ( in it is not closed");
          return Node{};
        }
        n.end = close.end;
        return n;
      }
      case Kind::String:
        n.kind = Kind::String;
        n.end = t.end;
        n.string_begin = t.string_begin;
        n.string_end = t.end;
        n.content_begin = t.content_begin;
        n.content_end = t.content_end;
        n.tag = t.tag;
        return n;
      case Kind::Principal: {
        Node arg = Atom(t.end);
        if (arg.kind == Kind::Error) return arg;
        if (arg.kind != Kind::String) {
          Fail("Principal is not followed by a {|...|} string");
          return Node{};
        }
        arg.kind = Kind::Principal;
        return arg;
      }
      case Kind::Error:
        return n;
      default:
        Fail("it holds something other than {|...|} strings");
        return n;
    }
  }

  Node Expr(size_t i) {
    Node first = Atom(i);
    if (first.kind == Kind::Error) return first;
    Token t = Next(first.end);
    if (t.kind == Kind::Error) return Node{};
    if (t.kind != Kind::Comma) return first;
    Node second = Atom(t.end);
    if (second.kind == Kind::Error) return second;
    if (first.kind != Kind::String || second.kind != Kind::Principal) {
      Fail("a pair in it is not {|...|}, Principal{|...|}");
      return Node{};
    }
    first.kind = Kind::Comma;
    first.end = second.end;
    return first;
  }

  std::string_view t_;
  const Lexical& lex_;
  size_t open_ = 0;
  std::string* error_ = nullptr;
};

// The next block at or after pos, read as described above; block->present
// is false when the rest of the file has none. False on a malformed block.
bool FindBlock(std::string_view text, const Lexical& lex, size_t pos, ExpectBlock* block, std::string* error) {
  BlockReader reader(text, lex);
  // The chunk ends at the line-start `[%%expect` after an unclosed string
  // or comment that starts at `from` (or runs to the end of the file).
  auto cut = [&](size_t from) {
    for (size_t open = lex.NextOpen(from); open != kNpos; open = lex.NextOpen(open + 1)) {
      switch (reader.Read(open, block, error)) {
        case BlockReader::Result::Block:
          return true;
        case BlockReader::Result::Malformed:
          return false;
        case BlockReader::Result::NotABlock:  // `[%%expect.x`
          break;
      }
    }
    block->present = false;
    return true;
  };
  size_t i = pos;
  size_t n = text.size();
  while (i < n) {
    char c = text[i];
    if (c == '[' && text.substr(i, 3) == "[%%") {
      switch (reader.Read(i, block, error)) {
        case BlockReader::Result::Block:
          return true;
        case BlockReader::Result::Malformed:
          return false;
        case BlockReader::Result::NotABlock:
          i += 3;
          continue;
      }
    }
    size_t next = i + 1;
    if (c == '"') {
      next = lex.EndOfString(i);
    } else if (c == '{') {
      if (std::optional<Lexical::QuotedOpen> q = lex.QuotedAt(i)) next = lex.EndOfQuoted(i, *q);
    } else if (c == '\'') {
      next = lex.EndOfChar(i);
    } else if (c == '(' && i + 1 < n && text[i + 1] == '*') {
      next = lex.EndOfComment(i);
    }
    if (next == kNpos) return cut(i);
    i = next;
  }
  block->present = false;
  return true;
}

// --- The header ----------------------------------------------------------
//
// `(* TEST ... *)` at the start of the file, in mlhint's form, one
// `flags: -w +27` per line, or in ocamltest's language
// (ocamltest/tsl_lexer.mll): `flags = "..."`, `flags += "..."`, the tree
// of tests (`* expect`, `** toplevel`), `include LIBRARY`, comments.

// Where the header that starts at `open` ends (after its `*)`), kNpos if
// it is not closed: comments nest and strings hold any `*)`.
size_t HeaderEnd(std::string_view text, size_t open) {
  int depth = 1;
  size_t i = open + 2;
  while (i < text.size()) {
    if (text.substr(i, 2) == "(*") {
      ++depth;
      i += 2;
    } else if (text.substr(i, 2) == "*)") {
      i += 2;
      if (--depth == 0) return i;
    } else if (depth == 1 && text[i] == '"') {
      size_t close = text.find('"', i + 1);  // no escapes in ocamltest's strings
      i = close == kNpos ? text.size() : close + 1;
    } else {
      ++i;
    }
  }
  return kNpos;
}

bool IsTslIdentChar(char c) { return IsIdentChar(c) || c == '.' || c == '-'; }

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// The body of the header, between `TEST` and its `*)`.
bool ParseHeader(std::string_view body, ExpectFile* file, std::string* error) {
  std::vector<std::string> tests;
  auto skip = [&](std::string reason) {
    if (file->skip.empty()) file->skip = std::move(reason);
  };
  auto line_of = [&](size_t i) { return std::string(body.substr(i, body.find('\n', i) - i)); };
  size_t i = 0;
  auto blanks = [&] {
    while (i < body.size()) {
      if (IsBlank(body[i])) {
        ++i;
      } else if (body.substr(i, 2) == "(*") {
        int depth = 0;
        do {
          if (body.substr(i, 2) == "(*") {
            ++depth;
            i += 2;
          } else if (body.substr(i, 2) == "*)") {
            --depth;
            i += 2;
          } else {
            ++i;
          }
        } while (depth > 0 && i < body.size());
      } else {
        break;
      }
    }
  };
  auto ident = [&] {
    size_t start = i;
    while (i < body.size() && IsTslIdentChar(body[i])) ++i;
    return std::string(body.substr(start, i - start));
  };
  // A string of ocamltest: a backslash before a newline drops the newline
  // and the blanks after it.
  auto string = [&](std::string* value) {
    if (i >= body.size() || body[i] != '"') return false;
    ++i;
    while (i < body.size() && body[i] != '"') {
      if (body[i] == '\\' && i + 1 < body.size() && (body[i + 1] == '\n' || body[i + 1] == '\r')) {
        i += 1;
        while (i < body.size() && (body[i] == '\r' || body[i] == '\n')) ++i;
        while (i < body.size() && (body[i] == ' ' || body[i] == '\t')) ++i;
        continue;
      }
      *value += body[i++];
    }
    if (i >= body.size()) return false;
    ++i;
    return true;
  };
  while (true) {
    blanks();
    if (i >= body.size()) break;
    size_t start = i;
    if (body[i] == '*') {  // a test of the tree: `* expect`, `** toplevel`
      while (i < body.size() && body[i] == '*') ++i;
      blanks();
      std::string name = ident();
      if (name.empty()) {
        *error = "malformed line in the (* TEST *) header: " + line_of(start);
        return false;
      }
      tests.push_back(name);
      blanks();
      if (body.substr(i, 4) == "with" && (i + 4 >= body.size() || !IsTslIdentChar(body[i + 4]))) {
        i += 4;
        do {
          blanks();
          if (ident().empty()) {
            *error = "malformed line in the (* TEST *) header: " + line_of(start);
            return false;
          }
          blanks();
        } while (i < body.size() && body[i] == ',' && ++i);
      }
      continue;
    }
    std::string key = ident();
    if (key.empty()) {
      *error = "malformed line in the (* TEST *) header: " + line_of(start);
      return false;
    }
    size_t after_key = i;
    while (i < body.size() && (body[i] == ' ' || body[i] == '\t')) ++i;
    if (i < body.size() && body[i] == ':') {  // mlhint's form: the rest of the line
      if (key != "flags") {
        *error = "unknown field '" + key + "' in the (* TEST *) header (only 'flags' is known)";
        return false;
      }
      size_t end = body.find('\n', i);
      if (end == kNpos) end = body.size();
      for (std::string& w : Words(body.substr(i + 1, end - i - 1))) file->flags.push_back(std::move(w));
      i = end;
      continue;
    }
    if (key == "include") {  // include LIBRARY
      blanks();
      std::string library = ident();
      skip("the test needs the library " + library + ", which mlhint does not read");
      continue;
    }
    if (key == "set") {  // set VARIABLE = "..."
      blanks();
      key = ident();
    }
    blanks();
    bool append = body.substr(i, 2) == "+=";
    if (!append && (i >= body.size() || body[i] != '=')) {
      i = after_key;
      *error = "malformed line in the (* TEST *) header: " + line_of(start);
      return false;
    }
    i += append ? 2 : 1;
    blanks();
    std::string value;
    if (!string(&value)) {
      *error = "malformed line in the (* TEST *) header: " + line_of(start);
      return false;
    }
    if (key == "flags") {
      if (!append) file->ocaml_flags.clear();
      for (std::string& w : Words(value)) file->ocaml_flags.push_back(std::move(w));
    } else if (key == "readonly_files" || key == "ocamlrunparam" || key == "reference") {
      // Files beside the test, the runtime's settings, where the output is
      // compared: nothing that changes what an expect test prints.
    } else {
      skip("the header sets '" + key + "', which mlhint does not do");
    }
  }
  bool expect = false;
  for (const std::string& test : tests) {
    if (test == "expect") {
      expect = true;
    } else if (test == "flat-float-array") {
      // Met by a default OCaml, as by mlhint.
    } else if (test == "no-flat-float-array") {
      skip("the test runs only on an OCaml without flat float arrays");
    } else {
      skip("the test runs '" + test + "', which mlhint does not (it runs expect tests only)");
    }
  }
  if (!tests.empty() && !expect) skip("not an expect test");
  return true;
}

// The text of one chunk as a buffer that ends where the chunk ends:
// everything before the chunk is blanked (newlines kept), so that offsets,
// lines and columns are the file's own, and the end of the phrase is where
// its [%%expect block begins, as in OCaml's expect tool.
std::string Blanked(const std::string& text, size_t begin, size_t end) {
  std::string out(end, ' ');
  for (size_t i = 0; i < end; ++i) {
    if (i >= begin)
      out[i] = text[i];
    else if (text[i] == '\n')
      out[i] = '\n';
  }
  return out;
}

// OCaml's expect tool drops the spaces at the end of each line of output
// (OCaml's messages leave some, e.g. after "Type int is not compatible with
// type string").
std::string WithoutTrailingSpaces(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string::npos ? text.size() : nl;
    size_t last = end;
    while (last > start && (text[last - 1] == ' ' || text[last - 1] == '\t')) --last;
    out.append(text, start, last - start);
    if (nl == std::string::npos) break;
    out += '\n';
    start = nl + 1;
  }
  return out;
}

bool Shown(const Diagnostic& d, const WarningSettings& warnings) {
  if (d.kind == DiagKind::Warning) return warnings.IsActive(d.warning_number);
  if (d.kind == DiagKind::Alert) return d.warning_name != "deprecated" || warnings.deprecated_alert();
  return true;
}

// clang's parseable fix-it form, with the toplevel's line numbers and
// OCaml's 0-based columns: fix-it:{2:21-2:21}:"l" machine-applicable
std::string FixItLines(const Diagnostic& d, const SourceBuffer& source, int line_offset) {
  std::string out;
  auto position = [&](uint32_t offset) {
    LineColumn lc = source.Locate(offset);
    return std::to_string(static_cast<int64_t>(lc.line) + line_offset) + ":" + std::to_string(lc.column);
  };
  for (const Child& c : d.children) {
    if (!c.fix) continue;
    for (const Edit& e : c.fix->edits) {
      std::string quoted;
      for (char ch : e.replacement) {
        if (ch == '"' || ch == '\\') quoted += '\\';
        if (ch == '\n') {
          quoted += "\\n";
          continue;
        }
        quoted += ch;
      }
      out += "fix-it:{" + position(e.span.begin) + "-" + position(e.span.end) + "}:\"" + quoted + "\" " +
             std::string(ApplicabilityName(c.fix->applicability)) + "\n";
    }
  }
  return out;
}

bool IsUnbound(DiagKind kind) {
  return kind == DiagKind::UnboundValue || kind == DiagKind::UnboundConstructor || kind == DiagKind::UnboundType ||
         kind == DiagKind::UnboundLabel || kind == DiagKind::UnboundModule;
}

// Adds the words (identifiers and keywords) of `text` to `words`.
void AddWords(std::string_view text, std::unordered_set<std::string>* words) {
  for (size_t i = 0; i < text.size();) {
    if (!IsIdentChar(text[i]) || (text[i] >= '0' && text[i] <= '9') || text[i] == '\'') {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size() && IsIdentChar(text[i])) ++i;
    words->emplace(text.substr(start, i - start));
  }
}

// Does the text at `span` (a long identifier, `M.t`) name one of `words`?
bool NamesAny(std::string_view text, Span span, const std::unordered_set<std::string>& words) {
  if (words.empty() || span.end > text.size() || span.begin > span.end) return false;
  std::unordered_set<std::string> named;
  AddWords(text.substr(span.begin, span.end - span.begin), &named);
  for (const std::string& w : named)
    if (words.count(w)) return true;
  return false;
}

// A toplevel directive (`#show x`, `#warnings "+A"`) where the parser
// stopped: `#` at the start of a line, then a lowercase name. Its span.
std::optional<Span> DirectiveAt(const LexedBuffer& tokens, std::string_view text, Span error) {
  for (size_t i = 0; i + 1 < tokens.tokens.size(); ++i) {
    const Token& t = tokens.tokens[i];
    if (t.span.begin != error.begin) continue;
    if (t.kind != TokenKind::HASH || tokens.tokens[i + 1].kind != TokenKind::LIDENT) return std::nullopt;
    if (t.span.begin > 0 && text[t.span.begin - 1] != '\n') return std::nullopt;
    return Span{t.span.begin, tokens.tokens[i + 1].span.end};
  }
  return std::nullopt;
}

struct Flags {
  WarningSettings warnings;
  bool strict_sequence = false;
  bool json = false;
  bool fixits = false;
};

// Why mlhint does not honour one of ocamlc's flags, or "" for a flag that
// changes nothing mlhint prints. `ocamltest`: the flag comes from
// ocamltest's `flags = "..."`, where any flag is one of OCaml's.
std::optional<std::string> Unsupported(const std::string& flag, bool ocamltest) {
  static const std::set<std::string, std::less<>> kNoEffect = {
      // OCaml's defaults, or about code generation and files only.
      "-no-principal", "-labels", "-no-alias-deps", "-alias-deps", "-safe-string",
      "-g", "-bin-annot", "-keep-locs", "-no-keep-locs", "-unsafe", "-no-unboxed-types", "-app-funct",
      "-no-strict-formats"};
  if (kNoEffect.count(flag)) return std::string();
  if (flag == "-principal") return "-principal is not supported by mlhint (it types as ocamlc does by default)";
  if (flag == "-rectypes") return "-rectypes (recursive types) is not supported by mlhint";
  if (flag == "-short-paths") return "-short-paths (the shortest type names in messages) is not supported by mlhint";
  if (flag == "-nolabels") return "-nolabels is not supported by mlhint";
  if (flag == "-nopervasives" || flag == "-nostdlib")
    return flag + " is not supported: mlhint always starts from the standard library's environment";
  if (flag == "-I" || flag == "-open")
    return flag + " is not supported: mlhint reads no compiled interface";
  if (flag.size() > 2 && flag[0] == '-' && flag[1] == 'd' && flag[2] != '-')
    return flag + " asks for one of the compiler's intermediate forms, which mlhint does not produce";
  if (ocamltest) return "OCaml's flag " + flag + " is not supported by mlhint";
  return std::nullopt;
}

// Reads one list of flags into `f`; false with `error` set on a bad flag,
// or with `skip` set on a flag mlhint cannot honour.
bool ReadFlags(const std::vector<std::string>& flags, bool ocamltest, Flags* f, std::string* error,
               std::string* skip) {
  for (size_t i = 0; i < flags.size(); ++i) {
    const std::string& flag = flags[i];
    bool takes_arg = flag == "-w" || flag == "-warn-error" || flag == "-I" || flag == "-open";
    if (takes_arg && i + 1 >= flags.size()) {
      *error = "flag " + flag + " needs an argument in the (* TEST *) header";
      return false;
    }
    bool glued = flag.rfind("-w", 0) == 0 && flag.size() > 2 && flag != "-warn-error";  // -w+27
    if (flag == "-w" || flag == "-warn-error" || glued) {
      std::string spec = flag == "-w" || flag == "-warn-error" ? flags[++i] : flag.substr(2);
      bool ok = flag == "-warn-error" ? f->warnings.ApplyWarnError(spec) : f->warnings.Apply(spec);
      if (!ok) {
        *error = "bad warning specification '" + spec + "' in the (* TEST *) header";
        return false;
      }
    } else if (flag == "-strict-sequence" || flag == "-no-strict-sequence") {
      f->strict_sequence = flag == "-strict-sequence";
    } else if (flag == "--format=json") {
      f->json = true;
    } else if (flag == "--format=human") {
      f->json = false;
    } else if (flag == "--fixits") {
      f->fixits = true;
    } else if (std::optional<std::string> why = Unsupported(flag, ocamltest)) {
      if (takes_arg) ++i;
      if (why->empty()) continue;
      *skip = *why;
      return false;
    } else {
      *error = "unknown flag '" + flag + "' in the (* TEST *) header";
      return false;
    }
  }
  return true;
}

std::optional<std::string> ReadFile(const std::string& path, std::string* error) {
  std::optional<SourceBuffer> source = SourceBuffer::FromFile(path, error);
  if (!source) return std::nullopt;
  return std::string(source->text());
}

}  // namespace

bool ParseExpectFile(std::string_view text, ExpectFile* file, std::string* error) {
  size_t pos = 0;
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first != kNpos && text.substr(first, 2) == "(*") {
    // ocamltest's "(*" blank* "TEST", not followed by a letter.
    size_t test = text.find_first_not_of(" \t", first + 2);
    if (test != kNpos && text.substr(test, 4) == "TEST" &&
        (test + 4 >= text.size() || !IsTslIdentChar(text[test + 4]))) {
      size_t end = HeaderEnd(text, first);
      if (end == kNpos) {
        *error = "the (* TEST header is not closed";
        return false;
      }
      if (!ParseHeader(text.substr(test + 4, end - 2 - test - 4), file, error)) return false;
    }
  }
  Lexical lex(text);
  while (true) {
    ExpectFile::Chunk chunk;
    if (!FindBlock(text, lex, pos, &chunk.block, error)) return false;
    chunk.begin = pos;
    if (!chunk.block.present) {
      // Code after the last block: a chunk whose block is still to be written.
      chunk.end = text.size();
      chunk.block = ExpectBlock{text.size(), text.size(), text.size(), text.size(), text.size(), text.size(), "",
                                false};
      file->chunks.push_back(chunk);
      return true;
    }
    chunk.end = chunk.block.begin;
    file->chunks.push_back(chunk);
    pos = chunk.block.end;
  }
}

ExpectRun RunExpectChunks(const std::string& name, const std::string& text, const ExpectFile& file,
                          hints::HintLevel hints) {
  ExpectRun run;
  if (!file.skip.empty()) {
    run.skip = file.skip;
    return run;
  }
  std::optional<Flags> flags = Flags{};
  if (!ReadFlags(file.ocaml_flags, true, &*flags, &run.error, &run.skip) ||
      !ReadFlags(file.flags, false, &*flags, &run.error, &run.skip))
    return run;
  const typing::Prelude& prelude = typing::Prelude::Get();
  hints::HintEngine hint_engine;
  typing::CheckOptions options;
  options.warnings = flags->warnings;
  options.strict_sequence = flags->strict_sequence;
  options.max_errors = 1;  // per phrase: the toplevel stops at the first error
  hint_engine.SetLevel(hints);
  options.observer = hints == hints::HintLevel::None ? nullptr : &hint_engine;
  std::unique_ptr<typing::Typer> typer;
  // Every chunk's text and tree stay alive as long as the typer.
  struct ChunkState {
    SourceBuffer source;
    ParseResult parsed;
  };
  std::vector<std::unique_ptr<ChunkState>> states;
  // The words of the chunks that show a construct mlhint refuses: a later
  // chunk's "Unbound" error on one of them is a consequence of the refusal
  // (the module, type or value it defines), so that chunk is not supported
  // either.
  std::unordered_set<std::string> refused;
  for (const ExpectFile::Chunk& chunk : file.chunks) {
    auto state = std::make_unique<ChunkState>(
        ChunkState{SourceBuffer(name, Blanked(text, chunk.begin, chunk.end)), ParseResult{}});
    const SourceBuffer& source = state->source;
    std::string output;
    LexedBuffer tokens = Lex(source);
    // A `;;` ends the phrase before it: `|}];;` is the end of the previous
    // chunk, and lines are numbered from the chunk's first token after it
    // (OCaml's expect tool numbers them from the first structure item).
    size_t first = 0;
    while (first < tokens.tokens.size() && tokens.tokens[first].kind == TokenKind::SEMISEMI) ++first;
    if (first == tokens.tokens.size() || tokens.tokens[first].kind == TokenKind::EOI) {
      run.outputs.push_back("");
      run.supported.push_back(true);
      states.push_back(std::move(state));
      continue;
    }
    int line_offset = 1 - static_cast<int>(source.Locate(tokens.tokens[first].span.begin).line);
    RenderOptions render;
    render.toplevel = true;
    render.line_offset = line_offset;
    std::vector<Diagnostic> shown;
    bool supported = true;
    auto emit = [&](Diagnostic d) {
      if (d.kind == DiagKind::Unsupported) supported = false;
      if (IsUnbound(d.kind) && d.span && NamesAny(source.text(), *d.span, refused)) supported = false;
      if (hints == hints::HintLevel::None) d.children.clear();
      run.codes.insert(d.Code());
      for (const Child& c : d.children)
        if (!c.hint_id.empty()) run.codes.insert(c.hint_id);
      if (!flags->json) {
        RenderOcaml(d, source, render, output);
        if (flags->fixits) output += FixItLines(d, source, line_offset);
      }
      shown.push_back(std::move(d));
    };
    state->parsed = Parse(source);
    ParseResult& parsed = state->parsed;
    for (Diagnostic& w : parsed.warnings)
      if (Shown(w, flags->warnings)) emit(std::move(w));
    if (parsed.error) {
      std::optional<Span> directive = parsed.error->span ? DirectiveAt(tokens, source.text(), *parsed.error->span)
                                                          : std::nullopt;
      if (directive)  // a toplevel directive, not OCaml's syntax error in a file
        emit(MakeError(DiagKind::Unsupported, *directive, Text("Toplevel directives are not supported by mlhint")));
      else
        emit(std::move(*parsed.error));
    } else {
      if (!typer)
        typer = std::make_unique<typing::Typer>(source, parsed.ast, prelude, options);
      typer->BeginUnit(source, parsed.ast, line_offset);
      for (uint32_t i = 0; i < parsed.ast.structure.size; ++i) {
        typing::Typer::Phrase phrase = typer->CheckToplevelItem(parsed.ast.at(parsed.ast.structure, i));
        for (Diagnostic& d : phrase.diagnostics) emit(std::move(d));
        if (phrase.error) break;
        if (!flags->json) output += phrase.signature;
      }
    }
    if (flags->json && !shown.empty()) {
      std::vector<FileReport> report;
      report.push_back(FileReport{source, std::move(shown), false, std::nullopt, false, std::nullopt, {}, 0});
      output = RenderJson(report, "");
    }
    output = WithoutTrailingSpaces(output);
    if (chunk.block.present) {
      std::string_view written =
          std::string_view(text).substr(chunk.block.content_begin, chunk.block.content_end - chunk.block.content_begin);
      if (!written.empty() && written[0] == '\n') written.remove_prefix(1);
      output = WithWrittenValues(written, output);
    }
    run.outputs.push_back(std::move(output));
    run.supported.push_back(supported);
    if (!supported) AddWords(std::string_view(text).substr(chunk.begin, chunk.end - chunk.begin), &refused);
    states.push_back(std::move(state));
  }
  return run;
}

namespace {

// The items of a toplevel's output: a line that does not start with a
// blank, and the lines after it that do.
std::vector<std::string_view> OutputItems(std::string_view text) {
  std::vector<std::string_view> items;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == kNpos ? text.size() : end + 1;
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

bool IsValueItem(std::string_view item) { return item.rfind("val ", 0) == 0 || item.rfind("- : ", 0) == 0; }

}  // namespace

std::string WithWrittenValues(std::string_view written, const std::string& output) {
  std::vector<std::string_view> ours = OutputItems(output);
  if (std::none_of(ours.begin(), ours.end(), IsValueItem)) return output;
  std::vector<std::string_view> theirs = OutputItems(written);
  std::string out;
  size_t next = 0;  // the written items before it are paired already
  for (std::string_view item : ours) {
    std::optional<size_t> pair;
    if (IsValueItem(item)) {
      std::string prefix = Collapsed(item) + " = ";
      for (size_t k = next; k < theirs.size() && !pair; ++k) {
        if (IsValueItem(theirs[k]) && Collapsed(theirs[k]).rfind(prefix, 0) == 0) pair = k;
        // The evaluation raised: the toplevel prints the exception instead
        // of the item. Taken when it is the next value or exception written.
        else if (theirs[k].rfind("Exception: ", 0) == 0) pair = k;
        if (IsValueItem(theirs[k]) || theirs[k].rfind("Exception: ", 0) == 0) break;
      }
    }
    if (!pair) {
      out.append(item);
      continue;
    }
    std::string_view adopted = theirs[*pair];
    out.append(adopted);
    // Either may be the last item, without a newline: keep the output's.
    bool newline = !item.empty() && item.back() == '\n';
    if (!newline && !out.empty() && out.back() == '\n') out.pop_back();
    if (newline && (out.empty() || out.back() != '\n')) out += '\n';
    next = *pair + 1;
  }
  return out;
}

bool BlockMatches(std::string_view text, const ExpectBlock& block, const std::string& output) {
  std::string_view expected = text.substr(block.content_begin, block.content_end - block.content_begin);
  // OCaml's expect tool prints a newline, then the output.
  if (output.empty()) return expected.empty() || expected == "\n";
  return expected.size() == output.size() + 1 && expected[0] == '\n' && expected.substr(1) == output;
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

std::string CorrectedText(std::string_view text, const ExpectFile& file, const std::vector<std::string>& outputs) {
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

std::string UnifiedDiff(std::string_view before, std::string_view after, const std::string& before_name,
                        const std::string& after_name) {
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


int RunExpect(const std::vector<std::string>& files, bool promote, hints::HintLevel hints) {
  if (files.empty()) {
    std::fputs("mlhint: expect: no input file.\nTry 'mlhint --help' for more information.\n", stderr);
    return 2;
  }
  int status = 0;
  for (const std::string& path : files) {
    std::string error;
    std::optional<std::string> text = ReadFile(path, &error);
    if (!text) {
      std::fprintf(stderr, "mlhint: %s: %s\n", path.c_str(), error.c_str());
      status = 2;
      continue;
    }
    ExpectFile file;
    if (!ParseExpectFile(*text, &file, &error)) {
      std::fprintf(stderr, "mlhint: %s: %s\n", path.c_str(), error.c_str());
      status = 2;
      continue;
    }
    ExpectRun run;
    bool ran = RunWithLargeStack([&] { run = RunExpectChunks(path, *text, file, hints); });
    if (!ran) run = RunExpectChunks(path, *text, file, hints);
    if (!run.error.empty()) {
      std::fprintf(stderr, "mlhint: %s: %s\n", path.c_str(), run.error.c_str());
      status = 2;
      continue;
    }
    if (!run.skip.empty()) {  // not checked: says why, and is no failure
      std::fprintf(stderr, "mlhint: %s: skipped: %s\n", path.c_str(), run.skip.c_str());
      continue;
    }
    if (std::getenv("MLHINT_EXPECT_SUMMARY")) {
      int blocks = 0, supported = 0, match = 0;
      for (size_t i = 0; i < file.chunks.size() && i < run.outputs.size(); ++i) {
        const ExpectBlock& block = file.chunks[i].block;
        if (!block.present) continue;
        ++blocks;
        if (!run.supported[i]) continue;
        ++supported;
        if (BlockMatches(*text, block, run.outputs[i]))
          ++match;
        else
          std::fprintf(stderr, "mlhint: mismatch: %s:%d\n", path.c_str(), LineOf(*text, block.begin));
      }
      std::fprintf(stderr, "mlhint: summary: %s: %d blocks, %d supported, %d match\n", path.c_str(), blocks,
                   supported, match);
    }
    std::string corrected = CorrectedText(*text, file, run.outputs);
    std::string corrected_path = path + ".corrected";
    std::error_code ec;
    if (corrected == *text) {
      std::filesystem::remove(corrected_path, ec);
      continue;
    }
    if (promote) {
      if (!WriteFileAtomically(path, corrected, &error)) {
        std::fprintf(stderr, "mlhint: cannot write %s: %s\n", path.c_str(), error.c_str());
        status = 2;
        continue;
      }
      std::filesystem::remove(corrected_path, ec);
      std::fprintf(stderr, "mlhint: promoted %s\n", path.c_str());
      continue;
    }
    if (!WriteFileAtomically(corrected_path, corrected, &error)) {
      std::fprintf(stderr, "mlhint: cannot write %s: %s\n", corrected_path.c_str(), error.c_str());
      status = 2;
      continue;
    }
    std::string diff = UnifiedDiff(*text, corrected, path, corrected_path);
    std::fwrite(diff.data(), 1, diff.size(), stdout);
    std::fflush(stdout);
    if (status == 0) status = 1;
  }
  return status;
}

}  // namespace mlhint
