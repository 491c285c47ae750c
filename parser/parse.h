// Parse(source) -> ParseResult: lexing and parsing of a whole file, with
// OCaml 4.13's lexical and syntax errors.
#pragma once

#include <optional>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "parser/ast.h"
#include "support/source.h"

namespace mlhint {

enum class ParseMode : uint8_t {
  Implementation,  // a .ml file
  Interface,       // a signature (the prelude)
};

struct ParseResult {
  ast::Ast ast;
  // The lexical or syntax error that stopped parsing, if any. On error the
  // tree is incomplete and must not be checked.
  std::optional<Diagnostic> error;
  // Warnings and alerts the lexer raised on the tokens the parser read, in
  // the order OCaml prints them (before any error).
  std::vector<Diagnostic> warnings;
};

// From this size on, the lexer runs on a thread of its own, ahead of the
// parser (LexAhead): the result is the same, sooner on a second core.
inline constexpr size_t kLexAheadBytes = size_t{256} << 10;

// `lex_ahead_from` is for tests, which compare both ways on any input.
ParseResult Parse(const SourceBuffer& source, ParseMode mode = ParseMode::Implementation,
                  size_t lex_ahead_from = kLexAheadBytes);

}  // namespace mlhint
