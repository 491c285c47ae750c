// Byte spans into one source buffer. Every position mlhint computes is a byte
// offset, as OCaml's are; lines, columns and UTF-16 units are derived from a
// LineTable only where something is printed or sent to an editor.
#pragma once

#include <cstdint>

namespace mlhint {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  constexpr bool empty() const { return begin == end; }
  constexpr uint32_t size() const { return end - begin; }
  constexpr bool contains(uint32_t offset) const { return begin <= offset && offset < end; }
  friend constexpr bool operator==(Span, Span) = default;
};

// The smallest span that covers both.
constexpr Span Join(Span a, Span b) {
  return Span{a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end};
}

}  // namespace mlhint
