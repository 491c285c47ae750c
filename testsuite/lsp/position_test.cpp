// The conversion between byte offsets and LSP positions (lsp/position.h):
// line ends, UTF-16 and UTF-8 counts, clamping.
#include "lsp/position.h"

#include <gtest/gtest.h>

#include <string>

namespace mlhint::lsp {
namespace {

constexpr PositionEncoding kU16 = PositionEncoding::Utf16;
constexpr PositionEncoding kU8 = PositionEncoding::Utf8;

Position P(uint32_t line, uint32_t character) {
  return Position{line, character};
}

TEST(LineMap, EveryKindOfLineEnd) {
  std::string text = "ab\ncd\r\nef\rgh";
  LineMap map(text);
  EXPECT_EQ(map.LineCount(), 4u);
  EXPECT_EQ(map.ToPosition(0, kU16), P(0, 0));
  EXPECT_EQ(map.ToPosition(3, kU16), P(1, 0));
  EXPECT_EQ(map.ToPosition(7, kU16), P(2, 0));
  EXPECT_EQ(map.ToPosition(10, kU16), P(3, 0));
  EXPECT_EQ(map.ToPosition(12, kU16), P(3, 2));
  EXPECT_EQ(map.ToOffset(P(1, 1), kU16), 4u);
  EXPECT_EQ(map.ToOffset(P(2, 1), kU16), 8u);
  EXPECT_EQ(map.ToOffset(P(3, 2), kU16), 12u);
}

TEST(LineMap, AsciiLinesBesideOneThatIsNot) {
  // Lines of ASCII are counted byte for byte; the line with "é" (2 bytes,
  // 1 UTF-16 unit) between them still counts characters.
  std::string text = "let a = 1\nlet \xC3\xA9 = 2\nlet b = 3";
  LineMap map(text);
  EXPECT_EQ(map.ToPosition(8, kU16), P(0, 8));
  EXPECT_EQ(map.ToPosition(17, kU16), P(1, 6));  // the '='
  EXPECT_EQ(map.ToPosition(17, kU8), P(1, 7));
  EXPECT_EQ(map.ToPosition(16, kU16), P(1, 5));
  EXPECT_EQ(map.ToPosition(16, kU8), P(1, 6));
  EXPECT_EQ(map.ToPosition(27, kU16), P(2, 6));
  EXPECT_EQ(map.ToPosition(27, kU8), P(2, 6));
}

TEST(LineMap, OffsetsInsideALineEndAreTheEndOfTheLine) {
  std::string text = "ab\r\ncd";
  LineMap map(text);
  EXPECT_EQ(map.ToPosition(2, kU16), P(0, 2));  // at '\r'
  EXPECT_EQ(map.ToPosition(3, kU16), P(0, 2));  // between '\r' and '\n'
  EXPECT_EQ(map.ToPosition(4, kU16), P(1, 0));
}

TEST(LineMap, CharactersPastTheEndOfALineAreClamped) {
  std::string text = "ab\r\ncd\n";
  LineMap map(text);
  EXPECT_EQ(map.ToOffset(P(0, 99), kU16), 2u);  // before "\r\n"
  EXPECT_EQ(map.ToOffset(P(0, 99), kU8), 2u);
  EXPECT_EQ(map.ToOffset(P(1, 99), kU16), 6u);
  EXPECT_EQ(map.ToOffset(P(2, 0), kU16), 7u);  // the empty last line
  EXPECT_EQ(map.ToOffset(P(9, 9), kU16), 7u);  // past the last line: the end
  EXPECT_EQ(map.ToPosition(999, kU16), P(2, 0));
}

TEST(LineMap, Utf16CountsUnitsAndUtf8CountsBytes) {
  // "é" is 2 bytes and 1 unit; "😀" is 4 bytes and 2 units; "€" 3 bytes, 1 unit.
  std::string text = "let s = \"é😀€\" in x";
  LineMap map(text);
  uint32_t x = static_cast<uint32_t>(text.find(" in x")) + 4;
  EXPECT_EQ(map.ToPosition(x, kU16), P(0, 18));
  EXPECT_EQ(map.ToPosition(x, kU8), P(0, 23));
  EXPECT_EQ(map.ToOffset(P(0, 18), kU16), x);
  EXPECT_EQ(map.ToOffset(P(0, 23), kU8), x);
  uint32_t emoji = static_cast<uint32_t>(text.find("😀"));
  EXPECT_EQ(map.ToPosition(emoji, kU16), P(0, 10));
  EXPECT_EQ(map.ToPosition(emoji + 4, kU16), P(0, 12));
}

TEST(LineMap, PositionsInsideACharacterGoToItsStart) {
  std::string text = "a😀b";
  LineMap map(text);
  EXPECT_EQ(map.ToOffset(P(0, 2), kU16), 1u);  // between the surrogates
  EXPECT_EQ(map.ToOffset(P(0, 3), kU16), 5u);
  EXPECT_EQ(map.ToOffset(P(0, 3), kU8), 1u);  // inside the 4 bytes
  EXPECT_EQ(map.ToPosition(3, kU16), P(0, 1));
  EXPECT_EQ(map.ToPosition(3, kU8), P(0, 1));
}

TEST(LineMap, RoundTripsEveryCharacterBoundary) {
  std::string text = "é\r\n😀x\ry\n\n€€\r\r\nz";
  LineMap map(text);
  for (PositionEncoding e : {kU16, kU8}) {
    for (uint32_t i = 0; i <= text.size(); ++i) {
      bool boundary = i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
      bool in_crlf = i > 0 && text[i - 1] == '\r' && i < text.size() && text[i] == '\n';
      if (!boundary || in_crlf) continue;
      EXPECT_EQ(map.ToOffset(map.ToPosition(i, e), e), i)
          << "offset " << i << " in " << EncodingName(e);
    }
  }
}

TEST(LineMap, BytesThatAreNotUtf8CountAsOneCharacterBothWays) {
  std::string text =
      "a\x80\xff"
      "b";
  LineMap map(text);
  Position b = map.ToPosition(3, kU16);
  EXPECT_EQ(map.ToOffset(b, kU16), 3u);
}

// Text that is not UTF-8 is sent to the client with each maximal ill-formed
// part replaced by one U+FFFD: columns count those, as SARIF's do.
TEST(LineMap, IllFormedPartsCountAsOneReplacementCharacterEach) {
  std::string text =
      "\xF0\x9F"       // a 4-byte character cut short: one U+FFFD, one unit
      "a\xED\xA0\x80"  // an encoded surrogate: three U+FFFD
      "b\xC0\x80"      // an overlong form: two U+FFFD
      "c";
  LineMap map(text);
  EXPECT_EQ(map.ToPosition(2, kU16), P(0, 1));
  EXPECT_EQ(map.ToPosition(6, kU16), P(0, 5));
  EXPECT_EQ(map.ToPosition(9, kU16), P(0, 8));
  EXPECT_EQ(map.ToOffset(P(0, 1), kU16), 2u);
  EXPECT_EQ(map.ToOffset(P(0, 5), kU16), 6u);
  EXPECT_EQ(map.ToOffset(P(0, 8), kU16), 9u);
  EXPECT_EQ(map.ToPosition(1, kU16), P(0, 0));  // inside the cut character: its start
  for (uint32_t i = 2; i <= text.size(); ++i)   // every other byte is a part of its own
    EXPECT_EQ(map.ToOffset(map.ToPosition(i, kU16), kU16), i) << "offset " << i;
}

TEST(LineMap, EmptyTextAndReversedRanges) {
  LineMap empty("");
  EXPECT_EQ(empty.LineCount(), 1u);
  EXPECT_EQ(empty.ToPosition(0, kU16), P(0, 0));
  EXPECT_EQ(empty.ToOffset(P(3, 3), kU16), 0u);
  std::string text = "abc";
  LineMap map(text);
  Span s = map.ToSpan(Range{P(0, 3), P(0, 1)}, kU16);
  EXPECT_EQ(s, (Span{1, 3}));
}

}  // namespace
}  // namespace mlhint::lsp
