// Values of literal tokens, computed from their source text with the
// conversions OCaml applies (Misc.Int_literal_converter, float_of_string,
// the lexer's escape rules).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mlhint {

enum class IntKind : uint8_t { Int, Int32, Int64, Nativeint };

// An integer literal split into digits and optional suffix ('l', 'L', 'n',
// or any other letter, which typing rejects).
struct IntLiteralParts {
  std::string_view digits;  // may start with '-' (negative constants)
  char modifier = 0;        // 0 when there is none
};
IntLiteralParts SplitIntLiteral(std::string_view text);
struct FloatLiteralParts {
  std::string_view digits;
  char modifier = 0;
};
FloatLiteralParts SplitFloatLiteral(std::string_view text);

// OCaml's conversion of a literal's digits to `kind`: nullopt where OCaml
// reports "Integer literal exceeds the range of representable integers".
// Like OCaml, a positive literal is negated twice, so max+1 is accepted as
// the minimum (4611686018427387904 is min_int).
std::optional<int64_t> ConvertIntLiteral(std::string_view digits, IntKind kind);

// The type name OCaml prints for each kind ("int", "int32", ...).
std::string_view IntKindName(IntKind kind);

// float_of_string of a literal (underscores dropped, hexadecimal floats).
double ConvertFloatLiteral(std::string_view digits);

// The byte a character literal stands for ('a', '\n', '\065', '\x41',
// '\o101'); `text` is the whole token, quotes included.
unsigned char DecodeCharLiteral(std::string_view text);

// The contents of a string literal token ("..." with escapes, or a quoted
// string {id|...|id}).
std::string DecodeStringLiteral(std::string_view text);

}  // namespace mlhint
