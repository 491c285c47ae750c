// Character classes of OCaml's source text, for code that reads the text
// itself rather than the lexer's tokens (the expect runner's blocks, the
// hints' look at what surrounds a name).
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

namespace mlhint {

inline bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
// A character of an identifier (ASCII: the lexer alone knows Latin-1's).
inline bool IsIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '\'';
}

// Where the dotted identifier (`ocaml.error`) after the blanks from offset
// `i` of `text` is, as offsets [first, second).
inline std::pair<size_t, size_t> DottedNameAt(std::string_view text, size_t i) {
  while (i < text.size() && IsBlank(text[i])) ++i;
  size_t j = i;
  while (j < text.size() && (IsIdentChar(text[j]) || text[j] == '.')) ++j;
  return {i, j};
}

// Where the name of the extension node that starts `text` is, as offsets
// [first, second): after its `[%`, `[%%`, `{%`, `{%%` or `%` and blanks.
inline std::pair<size_t, size_t> ExtensionNameIn(std::string_view text) {
  size_t i = 0;
  if (i < text.size() && (text[i] == '[' || text[i] == '{')) ++i;
  while (i < text.size() && text[i] == '%') ++i;
  return DottedNameAt(text, i);
}

// Calls `f(begin, end)` for each name of an item attribute (`[@@name ...]`)
// in `text`, in order (`text` holds attributes only: no string or comment
// holds a `[@@`).
template <typename F>
void ForEachItemAttributeName(std::string_view text, F f) {
  for (size_t at = text.find("[@@"); at != std::string_view::npos; at = text.find("[@@", at + 3)) {
    auto [begin, end] = DottedNameAt(text, at + 3);
    f(begin, end);
  }
}

// Calls `f(begin, end)` for each word of identifier characters in `text`,
// in order, outside its comments (which nest). Strings are not told
// apart: a caller that reads words to be safe may take a word too many.
template <typename F>
void ForEachWord(std::string_view text, F f) {
  int depth = 0;
  for (size_t i = 0; i < text.size();) {
    if (text.compare(i, 2, "(*") == 0) {
      ++depth;
      i += 2;
    } else if (depth > 0 && text.compare(i, 2, "*)") == 0) {
      --depth;
      i += 2;
    } else if (!IsIdentChar(text[i])) {
      ++i;
    } else {
      size_t j = i;
      while (j < text.size() && IsIdentChar(text[j])) ++j;
      if (depth == 0) f(i, j);
      i = j;
    }
  }
}

}  // namespace mlhint
