// Reading UTF-8 that may be ill-formed, and counting it in UTF-16 code
// units (what LSP and SARIF count columns in by default).
//
// One rule everywhere: a decoder that replaces each maximal ill-formed
// subpart by one U+FFFD (Unicode's recommended practice, WHATWG's, Python's
// and nlohmann::json's error_handler_t::replace, with which the language
// server sends text that is not UTF-8). So a column counted here is the
// column of the same character in the text the client is shown.
#pragma once

#include <cstdint>
#include <string_view>

namespace mlhint {

struct Utf8Sequence {
  uint32_t bytes = 1;        // a whole character, or one ill-formed subpart
  uint32_t utf16_units = 1;  // 2 for a character outside the BMP, else 1
};

// The sequence that starts at `text[i]` (i < text.size()), not reading past
// the end of `text`.
Utf8Sequence NextNonAsciiSequence(std::string_view text, size_t i);
inline Utf8Sequence NextUtf8Sequence(std::string_view text, size_t i) {
  if (static_cast<unsigned char>(text[i]) < 0x80) return Utf8Sequence{};
  return NextNonAsciiSequence(text, i);
}

// The UTF-16 length of `text`.
uint32_t Utf16Length(std::string_view text);

}  // namespace mlhint
