// Reading an expect file (docs/expect.md): the chunks of code with the
// [%%expect] block that follows each, and the docstrings OCaml's lexer makes
// floating. Its `(* TEST *)` header is read in expect_header.cpp.

#include <algorithm>
#include <string>
#include <vector>

#include "driver/expect.h"
#include "driver/expect_text.h"

namespace mlhint {
namespace {

using namespace expect_text;

constexpr std::string_view kOpen = "[%%expect";

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
    for (size_t i = NextLineStartOpen(text, 0); i != kNpos; i = NextLineStartOpen(text, i + 1))
      opens_.push_back(i);
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
      while (j < t_.size() && (t_[j] == ' ' || t_[j] == '\t' || t_[j] == '\n' || t_[j] == '\r'))
        ++j;
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
    if (t.kind != Kind::RBracket && payload.kind == Kind::Comma)
      return Fail("it is not closed by ]");
    if (t.kind != Kind::RBracket) {
      std::string close = "|" + payload.tag + "}";
      return Fail("its string ends at the " + close + " of line " +
                  std::to_string(LineOf(t_, payload.content_end)) +
                  ", which ] does not follow (a text that holds " + close +
                  " needs another tag: {expect|...|expect})");
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
    *error_ = "the [%%expect block of line " + std::to_string(LineOf(t_, open_)) +
              " is malformed: " + why;
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
    if (c == '(')
      t.kind = Kind::LParen;
    else if (c == ')')
      t.kind = Kind::RParen;
    else if (c == ',')
      t.kind = Kind::Comma;
    else if (c == ']')
      t.kind = Kind::RBracket;
    else if (c == '{') {
      std::optional<Lexical::QuotedOpen> q = lex_.QuotedAt(i);
      if (!q || t_[i + 1] == '%') return t;  // Other
      size_t close = t_.find(q->close, q->content);
      if (close == kNpos) {
        Fail("its {" + q->close.substr(1, q->close.size() - 2) + "| string is not closed by " +
             q->close);
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
bool FindBlock(std::string_view text, const Lexical& lex, size_t pos, ExpectBlock* block,
               std::string* error) {
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

}  // namespace

namespace expect_text {

// OCaml's lexer (Lexer.token) sorts the docstrings between two tokens by
// the blank lines around them; those it calls floating become structure
// items of their own (Str.text), and the expect tool numbers a chunk's
// lines from its first structure item.
size_t FloatingDocstring(std::string_view text, size_t from, size_t to) {
  std::string_view gap = text.substr(from, to - from);
  Lexical lex(gap);
  enum Lines { NoLine, NewLine, BlankLine } lines = NoLine;
  // Lexer's `docs`: Initial is none yet; After holds docstrings none of
  // which followed a blank line; Before splits them into the ones before
  // the first blank line (a), the floating ones (f) and the latest (b).
  enum { Initial, After, Before } docs = Initial;
  std::vector<size_t> f, b;   // offsets, in the file's order
  std::vector<size_t> empty;  // the docstrings `(**)`, which Str.text drops
  size_t i = 0;
  while (i < gap.size()) {
    char c = gap[i];
    if (c == '\n') {
      lines = lines == NoLine ? NewLine : BlankLine;
      ++i;
    } else if (IsBlank(c)) {
      ++i;
    } else if (gap.substr(i, 2) == "(*") {
      size_t end = lex.EndOfComment(i);
      if (end == kNpos) return kNpos;
      bool doc = gap.substr(i, 4) == "(**)" ||
                 (gap.substr(i, 3) == "(**" && (i + 3 >= gap.size() || gap[i + 3] != '*'));
      if (!doc) {
        if (lines == NewLine) lines = NoLine;
      } else {
        bool stop = gap.substr(i, end - i) == "(**/**)";
        size_t at = from + i;
        if (end - i == 4) empty.push_back(at);
        if (stop) {  // `(**/**)`: floating wherever it is
          if (docs == Before) f.insert(f.end(), b.begin(), b.end());
          b.clear();
          f.push_back(at);
          docs = Before;
        } else if (lines == BlankLine) {
          if (docs == Before) f.insert(f.end(), b.begin(), b.end());
          b.assign(1, at);
          docs = Before;
        } else if (docs == Before) {
          b.push_back(at);
        } else {
          docs = After;
        }
        lines = NoLine;
      }
      i = end;
    } else {
      break;
    }
  }
  if (docs != Before) return kNpos;
  std::vector<size_t> floating = f;
  if (lines == BlankLine) floating.insert(floating.end(), b.begin(), b.end());
  for (size_t at : floating)  // f, then b: in the file's order
    if (std::find(empty.begin(), empty.end(), at) == empty.end()) return at;
  return kNpos;
}

}  // namespace expect_text

bool ParseExpectFile(std::string_view text, ExpectFile* file, std::string* error) {
  size_t pos = 0;
  if (!ReadHeader(text, file, error)) return false;
  Lexical lex(text);
  while (true) {
    ExpectFile::Chunk chunk;
    if (!FindBlock(text, lex, pos, &chunk.block, error)) return false;
    chunk.begin = pos;
    if (!chunk.block.present) {
      // Code after the last block: a chunk whose block is still to be written.
      chunk.end = text.size();
      chunk.block = ExpectBlock{text.size(), text.size(), text.size(), text.size(),
                                text.size(), text.size(), "",          false};
      file->chunks.push_back(chunk);
      return true;
    }
    chunk.end = chunk.block.begin;
    file->chunks.push_back(chunk);
    pos = chunk.block.end;
  }
}

}  // namespace mlhint
