// Tokens as the lexer hands them to the parser: a kind and a byte span. The
// text of identifiers and literals is read back from the source when needed.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "support/span.h"

namespace mlhint {

enum class TokenKind : uint8_t {
#define X(name, spelling) name,
#include "lexer/token_kinds.def"
#undef X
};

std::string_view TokenKindName(TokenKind kind);

struct Token {
  TokenKind kind;
  Span span;
};

}  // namespace mlhint
