// State shared by the generated parser and its driver: the token stream,
// the tree builder, and the error once one is found.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "lexer/lexer.h"
#include "parser/builder.h"

namespace mlhint {

// The parser's three stacks (states, semantic values, locations), bottom
// first. The generated parser grows them through its yyoverflow hook, so
// that they are ours: the syntax error replay reads them.
struct ParserStacks {
  std::vector<int16_t> states;
  std::vector<SemanticValue> values;
  std::vector<Span> locations;

  // yyoverflow: `*states_base` & co. hold `used` entries (bytes / size of
  // one); afterwards they point to larger stacks, `*capacity` entries long.
  void Grow(int16_t** states_base, size_t state_bytes, SemanticValue** values_base, Span** locations_base,
            std::ptrdiff_t* capacity) {
    size_t used = state_bytes / sizeof(int16_t);
    if (*states_base != states.data()) {  // the parser's initial arrays
      states.assign(*states_base, *states_base + used);
      values.assign(*values_base, *values_base + used);
      locations.assign(*locations_base, *locations_base + used);
    }
    size_t n = std::max<size_t>(1024, 2 * static_cast<size_t>(*capacity));
    states.resize(n);
    values.resize(n);
    locations.resize(n);
    *states_base = states.data();
    *values_base = values.data();
    *locations_base = locations.data();
    *capacity = static_cast<std::ptrdiff_t>(n);
  }
};

class ParseContext {
 public:
  ParseContext(const SourceBuffer& source, ast::Ast& ast) : source_(source), lexer_(source), builder_(source, ast) {}

  AstBuilder& builder() { return builder_; }
  ParserStacks& stacks() { return stacks_; }
  const SourceBuffer& source() const { return source_; }
  // The lexical error the lexer stopped on (the parser read LEXERROR).
  const std::optional<Diagnostic>& lex_error() { return lexer_.error(); }
  // The lexer's warnings, on the tokens read so far.
  std::vector<LexedBuffer::Pending>& lex_warnings() { return lexer_.warnings(); }
  // Every token of the file, for the error paths that look back or ahead:
  // the parser itself keeps none, so the file is lexed again, once.
  const LexedBuffer& AllTokens() const {
    if (!all_tokens_) all_tokens_ = Lex(source_);
    return *all_tokens_;
  }

  // The pseudo-token that selects the grammar's entry point, given once.
  void SetStartToken(int token) { start_token_ = token; }
  int TakeStartToken() { return std::exchange(start_token_, 0); }

  // The next token for the parser, from the lexer a batch at a time. OCaml
  // reads tokens lazily; so do we. After EOI or LEXERROR, that token again.
  const Token& Next() {
    if (pos_ == len_) Refill();
    const Token& t = batch_[pos_];
    last_read_ = batch_start_ + static_cast<uint32_t>(pos_);
    if (t.kind != TokenKind::EOI && t.kind != TokenKind::LEXERROR) ++pos_;  // the last token stays
    return t;
  }
  // Index of the last token handed to the parser (the lookahead, once read).
  uint32_t last_read() const { return last_read_; }
  const Token& last_token() const { return batch_[last_read_ - batch_start_]; }

  void SetStructure(ast::ListRef items) { builder_.tree().structure = items; }
  ast::Id SetBindingSpan(ast::Id binding, Span span) {
    builder_.tree().bindings[binding].span = span;
    return binding;
  }
  ast::Id LetExpr(const LetBindingsValue& bindings, ast::Id body, Span span) {
    return builder_.Let(bindings, body, span);
  }

  // --- errors raised by semantic actions
  // Menhir has always read the token after a production when it reduces it
  // (bison may not have, in a state with a default reduction), so an error
  // that a semantic action raises comes after a lexical error on that token.
  // `production` is the span of the production being reduced.
  //
  // OCaml's `syntax_error ()`: "Syntax error" on the last token read.
  void SyntaxErrorAtLastToken();
  void SyntaxErrorAtLookahead(Span production);
  // OCaml's `not_expecting loc what`.
  void NotExpecting(Span span, const std::string& what, Span production);
  // type_variance: INFIXOP2 and PREFIXOP are variances only when spelled
  // one of the two given ways ("+!" "-!", "!+" "!-"); false after the error.
  bool CheckVariance(Span token, std::string_view a, std::string_view b, Span production);
  // OCaml's package_type_of_module_type: false after the error.
  bool CheckPackageType(const ModuleTypeValue& mty, Span production);
  // wrap_type_annotation's check that the type of `let f : type a b. t`
  // uses none of a, b as a type variable: false after the error.
  bool CheckScopedTypeVariables(Span names, ast::Id type, Span type_span, Span production);
  // The same check, as a diagnostic (nullopt when there is nothing to report).
  std::optional<Diagnostic> ScopedTypeVariableError(Span names, ast::Id type, Span type_span) const;
  // The lexical error on the token after `production`, if that is where the
  // lexer stopped.
  bool TakeLexErrorAfter(Span production);
  // An error production was reduced: report_syntax_error already recorded
  // the message OCaml prints (it replays OCaml's error strategy up to the
  // shift of `error`), so there is nothing to add.
  void ErrorProductionReached() {}

  std::optional<Diagnostic> error;

 private:
  const SourceBuffer& source_;
  Lexer lexer_;
  mutable std::optional<LexedBuffer> all_tokens_;
  AstBuilder builder_;
  ParserStacks stacks_;
  int start_token_ = 0;
  void Refill() {
    batch_start_ += static_cast<uint32_t>(len_);
    len_ = lexer_.Read(batch_, kBatch);
    pos_ = 0;
  }
  static constexpr size_t kBatch = 1024;
  Token batch_[kBatch];
  size_t pos_ = 0, len_ = 0;
  uint32_t batch_start_ = 0;  // index of batch_[0] in the file's tokens
  uint32_t last_read_ = 0;
};

}  // namespace mlhint
