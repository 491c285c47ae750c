// Positions as the Language Server Protocol counts them, and the one place
// where they are converted to and from mlhint's byte offsets.
//
// LSP positions are (line, character), both 0-based. A line ends at '\n',
// at "\r\n" or at a lone '\r' (OCaml's LineTable counts only '\n'); the
// character is counted in the negotiated encoding: UTF-16 code units (the
// default, so a character outside the BMP counts 2) or UTF-8 bytes.
// Everything inside the server is a byte offset; a LineMap is built for a
// text and converts at the protocol boundary.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "support/span.h"

namespace mlhint::lsp {

enum class PositionEncoding : uint8_t { Utf16, Utf8 };
// "utf-16" or "utf-8", as LSP names them.
std::string_view EncodingName(PositionEncoding encoding);

struct Position {
  uint32_t line = 0;
  uint32_t character = 0;
  friend bool operator==(const Position&, const Position&) = default;
};

struct Range {
  Position start;
  Position end;
  friend bool operator==(const Range&, const Range&) = default;
};

class LineMap {
 public:
  // `text` must outlive the map.
  explicit LineMap(std::string_view text);

  // The position of a byte offset. An offset past the end is the end; an
  // offset inside a line terminator ("\r|\n") is the end of that line's
  // content; an offset inside a multi-byte character is that character's
  // start.
  Position ToPosition(uint32_t offset, PositionEncoding encoding) const;
  Range ToRange(Span span, PositionEncoding encoding) const;
  // The same for offsets asked mostly in text order: `line` is where the
  // last one was (0 at first), looked at before the whole map is searched.
  Position ToPosition(uint32_t offset, PositionEncoding encoding, uint32_t* line) const;
  Range ToRange(Span span, PositionEncoding encoding, uint32_t* line) const;

  // The byte offset of a position, clamped as LSP asks: a character past the
  // end of its line is the end of the line (before its terminator), a line
  // past the last is the end of the text; a position inside a character (the
  // second unit of a surrogate pair) is that character's start.
  uint32_t ToOffset(Position position, PositionEncoding encoding) const;
  // A range's bytes; a range whose end precedes its start is read reversed.
  Span ToSpan(Range range, PositionEncoding encoding) const;

  uint32_t LineCount() const { return static_cast<uint32_t>(starts_.size()); }

 private:
  // Offset of the end of a line's content (where its terminator starts).
  uint32_t ContentEnd(uint32_t line) const;

  std::string_view text_;
  std::vector<uint32_t> starts_;  // byte offset of each line's start
  std::vector<uint8_t> ascii_;    // whether each line is all ASCII
};

}  // namespace mlhint::lsp
