// Parsing with the lexer on a thread of its own (LexAhead, used from
// kLexAheadBytes on) must give exactly what parsing on one thread gives:
// the same tree, the same error at the same place, the same lexer warnings
// (only those on tokens the parser read). Each case is parsed both ways.

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "parser/parse.h"

namespace mlhint {
namespace {

std::string Message(const Diagnostic& d) {
  return RenderDoc(d.message);
}

// Parses `text` both ways and compares; returns the one-thread result.
ParseResult ParseBothWays(const std::string& text) {
  SourceBuffer source("t.ml", text);
  ParseResult ahead = Parse(source, ParseMode::Implementation, 0);
  ParseResult alone = Parse(source, ParseMode::Implementation, SIZE_MAX);
  EXPECT_EQ(ahead.error.has_value(), alone.error.has_value());
  if (ahead.error && alone.error) {
    EXPECT_EQ(ahead.error->span, alone.error->span);
    EXPECT_EQ(Message(*ahead.error), Message(*alone.error));
  }
  EXPECT_EQ(ahead.warnings.size(), alone.warnings.size());
  for (size_t i = 0; i < std::min(ahead.warnings.size(), alone.warnings.size()); ++i) {
    EXPECT_EQ(ahead.warnings[i].span, alone.warnings[i].span);
    EXPECT_EQ(Message(ahead.warnings[i]), Message(alone.warnings[i]));
  }
  EXPECT_EQ(ahead.ast.exprs.size(), alone.ast.exprs.size());
  EXPECT_EQ(ahead.ast.pats.size(), alone.ast.pats.size());
  EXPECT_EQ(ahead.ast.items.size(), alone.ast.items.size());
  if (ahead.ast.exprs.size() == alone.ast.exprs.size()) {
    size_t first_difference = ahead.ast.exprs.size();
    for (size_t i = 0; i < ahead.ast.exprs.size() && first_difference == ahead.ast.exprs.size();
         ++i)
      if (ahead.ast.exprs[i].kind != alone.ast.exprs[i].kind ||
          !(ahead.ast.exprs[i].span == alone.ast.exprs[i].span))
        first_difference = i;
    EXPECT_EQ(first_difference, ahead.ast.exprs.size())
        << "the trees differ from this expression on";
  }
  return alone;
}

// `n` top-level definitions, about 60 bytes each.
std::string Definitions(int n) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += "let f" + std::to_string(i) + " x = match x with [] -> 0 | y :: _ -> y + " +
           std::to_string(i) + "\n";
  return out;
}

TEST(ParseLexAhead, SmallAndEmptyFiles) {
  EXPECT_FALSE(ParseBothWays("").error);
  EXPECT_FALSE(ParseBothWays("let x = 1\n").error);
  EXPECT_TRUE(ParseBothWays("let x = (1\n").error);
  EXPECT_TRUE(ParseBothWays("let x = \"abc").error);
}

TEST(ParseLexAhead, LargeFile) {
  std::string text = Definitions(20000);
  ASSERT_GT(text.size(), kLexAheadBytes);
  ParseResult r = ParseBothWays(text);
  EXPECT_FALSE(r.error);
  EXPECT_EQ(r.ast.structure.size, 20000u);
}

// The parser stops early while the lexer's thread is far ahead (waiting
// for room in its ring); it must be stopped, and its tokens dropped.
TEST(ParseLexAhead, SyntaxErrorEarlyInALargeFile) {
  std::string text = Definitions(10) + "let x = ) 1\n" + Definitions(20000);
  ParseResult r = ParseBothWays(text);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(Message(*r.error), "Syntax error");
}

TEST(ParseLexAhead, LexicalErrorAtTheEndOfALargeFile) {
  ParseResult r = ParseBothWays(Definitions(20000) + "let s = \"unterminated\n");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(Message(*r.error), "String literal not terminated");
  ParseResult c = ParseBothWays(Definitions(20000) + "(* open comment\n");
  ASSERT_TRUE(c.error);
  EXPECT_EQ(Message(*c.error), "Comment not terminated");
}

// Warning 29 comes from the lexer, which runs ahead: only the warnings on
// tokens the parser read before its error may be reported.
TEST(ParseLexAhead, LexerWarningsUpToTheError) {
  std::string block = Definitions(100) + "let s = \"two\nlines\"\n";
  std::string text;
  for (int i = 0; i < 100; ++i) text += block;
  ParseResult all = ParseBothWays(text);
  EXPECT_FALSE(all.error);
  EXPECT_EQ(all.warnings.size(), 100u);
  std::string cut;
  for (int i = 0; i < 40; ++i) cut += block;
  cut += "let x = ) 1\n";
  for (int i = 0; i < 60; ++i) cut += block;
  ParseResult stopped = ParseBothWays(cut);
  ASSERT_TRUE(stopped.error);
  EXPECT_EQ(stopped.warnings.size(), 40u);
}

TEST(ParseLexAhead, OddBytesInALargeFile) {
  std::string text =
      Definitions(10000) + std::string("let y = 1\n\0\0let z = 2\n", 22) + Definitions(10000);
  EXPECT_TRUE(ParseBothWays(text).error);
}

}  // namespace
}  // namespace mlhint
