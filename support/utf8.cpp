#include "support/utf8.h"

namespace mlhint {

Utf8Sequence NextNonAsciiSequence(std::string_view text, size_t i) {
  Utf8Sequence seq;
  unsigned char c = static_cast<unsigned char>(text[i]);
  uint32_t length;
  unsigned char low = 0x80, high = 0xBF;  // the range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    if (c == 0xE0) low = 0xA0;
    if (c == 0xED) high = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    if (c == 0xF0) low = 0x90;
    if (c == 0xF4) high = 0x8F;
  } else {
    return seq;  // not a lead byte
  }
  uint32_t k = 1;
  for (; k < length && i + k < text.size(); ++k) {
    unsigned char b = static_cast<unsigned char>(text[i + k]);
    if (k == 1 ? (b < low || b > high) : (b < 0x80 || b > 0xBF)) break;
  }
  seq.bytes = k;  // a whole character, or the ill-formed prefix read so far
  if (k == length && length == 4) seq.utf16_units = 2;
  return seq;
}

uint32_t Utf16Length(std::string_view text) {
  uint32_t units = 0;
  for (size_t i = 0; i < text.size();) {
    Utf8Sequence seq = NextUtf8Sequence(text, i);
    units += seq.utf16_units;
    i += seq.bytes;
  }
  return units;
}

}  // namespace mlhint
