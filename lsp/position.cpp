#include "lsp/position.h"

#include <algorithm>

#include "support/utf8.h"

namespace mlhint::lsp {
namespace {

bool IsContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::string_view EncodingName(PositionEncoding encoding) {
  return encoding == PositionEncoding::Utf8 ? "utf-8" : "utf-16";
}

LineMap::LineMap(std::string_view text) : text_(text) {
  starts_.push_back(0);
  const size_t n = text.size();
  bool ascii = true;
  for (size_t i = 0; i < n; ++i) {
    char c = text[i];
    ascii &= static_cast<unsigned char>(c) < 0x80;
    if (c == '\n' || (c == '\r' && (i + 1 == n || text[i + 1] != '\n'))) {
      starts_.push_back(static_cast<uint32_t>(i + 1));
      ascii_.push_back(ascii);
      ascii = true;
    }
  }
  ascii_.push_back(ascii);
}

uint32_t LineMap::ContentEnd(uint32_t line) const {
  if (line + 1 >= starts_.size()) return static_cast<uint32_t>(text_.size());
  uint32_t next = starts_[line + 1];
  uint32_t end = next - 1;  // the '\n' or the lone '\r'
  if (text_[end] == '\n' && end > starts_[line] && text_[end - 1] == '\r') --end;
  return end;
}

Position LineMap::ToPosition(uint32_t offset, PositionEncoding encoding) const {
  uint32_t line = 0;
  return ToPosition(offset, encoding, &line);
}

Range LineMap::ToRange(Span span, PositionEncoding encoding, uint32_t* line) const {
  Position start = ToPosition(span.begin, encoding, line);
  return Range{start, ToPosition(span.end, encoding, line)};
}

Position LineMap::ToPosition(uint32_t offset, PositionEncoding encoding,
                             uint32_t* line_hint) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  // The line of the last offset asked, or the next: else a search.
  auto holds = [&](uint32_t l) {
    return l < starts_.size() && starts_[l] <= offset &&
           (l + 1 == starts_.size() || offset < starts_[l + 1]);
  };
  uint32_t line = *line_hint;
  if (!holds(line) && !holds(++line)) {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    line = static_cast<uint32_t>(it - starts_.begin()) - 1;
  }
  *line_hint = line;
  uint32_t start = starts_[line];
  uint32_t end = ContentEnd(line);
  offset = std::min(offset, end);
  // A line of ASCII: one byte, one unit of either encoding.
  if (ascii_[line]) return Position{line, offset - start};
  if (encoding == PositionEncoding::Utf8) {
    // Back to the start of the character the offset falls in.
    for (int k = 0;
         k < 3 && offset > start && offset < text_.size() && IsContinuation(text_[offset]); ++k)
      --offset;
    return Position{line, offset - start};
  }
  // Counted sequence by sequence as ToOffset walks them (and as the client
  // is shown the text: each ill-formed part one U+FFFD), so that the two
  // agree even on bytes that are not UTF-8.
  std::string_view content = text_.substr(0, end);
  uint32_t units = 0;
  for (uint32_t i = start; i < offset;) {
    Utf8Sequence seq = NextUtf8Sequence(content, i);
    if (i + seq.bytes > offset) break;  // inside this character: its start
    units += seq.utf16_units;
    i += seq.bytes;
  }
  return Position{line, units};
}

Range LineMap::ToRange(Span span, PositionEncoding encoding) const {
  return Range{ToPosition(span.begin, encoding), ToPosition(span.end, encoding)};
}

uint32_t LineMap::ToOffset(Position position, PositionEncoding encoding) const {
  if (position.line >= starts_.size()) return static_cast<uint32_t>(text_.size());
  uint32_t start = starts_[position.line];
  uint32_t end = ContentEnd(position.line);
  if (encoding == PositionEncoding::Utf8) {
    uint32_t offset = start + std::min(position.character, end - start);
    for (int k = 0; k < 3 && offset > start && offset < end && IsContinuation(text_[offset]); ++k)
      --offset;
    return offset;
  }
  std::string_view content = text_.substr(0, end);
  uint32_t units = 0;
  for (uint32_t i = start; i < end;) {
    Utf8Sequence seq = NextUtf8Sequence(content, i);
    if (units + seq.utf16_units > position.character) return i;  // at, or inside, this character
    units += seq.utf16_units;
    i += seq.bytes;
  }
  return end;
}

Span LineMap::ToSpan(Range range, PositionEncoding encoding) const {
  uint32_t a = ToOffset(range.start, encoding);
  uint32_t b = ToOffset(range.end, encoding);
  return a <= b ? Span{a, b} : Span{b, a};
}

}  // namespace mlhint::lsp
