// Lex(source) -> LexedBuffer: OCaml 4.13's lexer, as a re2c scanner; Lexer
// gives the same tokens one at a time.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "lexer/token.h"
#include "support/source.h"

namespace mlhint {

struct LexedBuffer {
  // Every token in order, comments and blanks dropped. The last one is EOF,
  // or LEXERROR where the lexer stopped on an error (then `error` is set).
  std::vector<Token> tokens;
  std::optional<Diagnostic> error;

  // Warnings and alerts the lexer raised, in source order. OCaml prints them
  // as it lexes, and its lexer is at most one token ahead of the parser, so a
  // warning is shown only if the parser read token `token_index`.
  struct Pending {
    uint32_t token_index;
    Diagnostic diagnostic;
  };
  std::vector<Pending> warnings;
};

LexedBuffer Lex(const SourceBuffer& source);

// The same tokens a batch at a time, for the parser, which keeps only the
// current batch: a file's tokens take three times its size.
class Lexer {
 public:
  explicit Lexer(const SourceBuffer& source);
  ~Lexer();
  Lexer(const Lexer&) = delete;
  Lexer& operator=(const Lexer&) = delete;

  // The next tokens, up to `max` of them (0 after the last one). The last
  // one is EOI, or LEXERROR where the lexer stopped on an error (then
  // error() is set).
  size_t Read(Token* out, size_t max);
  std::optional<Diagnostic>& error();
  // As LexedBuffer::warnings, on the tokens returned so far.
  std::vector<LexedBuffer::Pending>& warnings();

  class Scanner;

 private:
  std::unique_ptr<Scanner> scanner_;
};

// Keyword lookup for a lowercase identifier (nullopt: an ordinary LIDENT).
// `mod`, `land`, `lor`, `lxor`, `lsl`, `lsr`, `asr` are infix operators.
std::optional<TokenKind> KeywordKind(std::string_view ident);

}  // namespace mlhint
