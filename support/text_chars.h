// Character classes of OCaml's source text, for code that reads the text
// itself rather than the lexer's tokens (the expect runner's blocks, the
// hints' look at what surrounds a name).
#pragma once

namespace mlhint {

inline bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
// A character of an identifier (ASCII: the lexer alone knows Latin-1's).
inline bool IsIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '\'';
}

}  // namespace mlhint
