// The lexer on any bytes: Lex (the whole buffer at once) and Lexer (a few
// tokens at a time, as the parser reads it) must give the same tokens, in
// order, each inside the text, and the literal conversions must take every
// literal token the lexer accepts.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_support.h"
#include "lexer/lexer.h"
#include "lexer/literals.h"

using namespace mlhint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  SourceBuffer source("fuzz.ml", std::string(reinterpret_cast<const char*>(data), size));
  LexedBuffer whole = Lex(source);
  fuzz::Require(!whole.tokens.empty(), "Lex returned no token (not even EOI)");
  TokenKind last = whole.tokens.back().kind;
  fuzz::Require(last == TokenKind::EOI || last == TokenKind::LEXERROR,
                "the last token is neither EOI nor LEXERROR");
  fuzz::Require((last == TokenKind::LEXERROR) == whole.error.has_value(),
                "LEXERROR and the lexer's error disagree");
  uint32_t previous_end = 0;
  for (const Token& t : whole.tokens) {
    fuzz::Require(t.span.begin <= t.span.end && t.span.end <= source.size(),
                  "a token outside the text");
    fuzz::Require(t.span.begin >= previous_end, "tokens out of order or overlapping");
    previous_end = t.span.end;
    std::string_view text = source.Slice(t.span);
    switch (t.kind) {
      case TokenKind::INT: {
        IntLiteralParts parts = SplitIntLiteral(text);
        (void)ConvertIntLiteral(parts.digits, IntKind::Int);
        (void)ConvertIntLiteral(parts.digits, IntKind::Int32);
        (void)ConvertIntLiteral(parts.digits, IntKind::Int64);
        (void)ConvertIntLiteral(parts.digits, IntKind::Nativeint);
        break;
      }
      case TokenKind::FLOAT:
        (void)ConvertFloatLiteral(SplitFloatLiteral(text).digits);
        break;
      case TokenKind::CHAR:
        (void)DecodeCharLiteral(text);
        break;
      case TokenKind::STRING:
        (void)DecodeStringLiteral(text);
        break;
      default:
        break;
    }
  }

  // A few tokens at a time: the batch size comes from the input's length so
  // that batch boundaries fall everywhere.
  Lexer lexer(source);
  size_t batch = 1 + size % 7;
  Token tokens[8];
  size_t index = 0;
  for (;;) {
    size_t n = lexer.Read(tokens, batch);
    if (n == 0) break;
    for (size_t i = 0; i < n; ++i, ++index) {
      fuzz::Require(index < whole.tokens.size(), "Lexer gives more tokens than Lex");
      fuzz::Require(
          tokens[i].kind == whole.tokens[index].kind && tokens[i].span == whole.tokens[index].span,
          "Lexer and Lex give different tokens");
    }
  }
  fuzz::Require(index == whole.tokens.size(), "Lexer gives fewer tokens than Lex");
  return 0;
}
