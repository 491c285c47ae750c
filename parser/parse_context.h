// State shared by the generated parser and its driver: the token stream,
// the tree builder, and the error once one is found.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "lexer/lex_ahead.h"
#include "lexer/lexer.h"
#include "parser/builder.h"

namespace mlhint {

// The parser's three stacks (states, semantic values, locations), bottom
// first. The generated parser grows them through its yyoverflow hook, so
// that they are ours: the syntax error replay reads them. They are plain
// allocations, not vectors: a large reservation costs address space only
// until the stack gets that deep (the items of a structure stay on it until
// the end of the file), and growing copies only what is in use.
class ParserStacks {
 public:
  ParserStacks() = default;
  ParserStacks(const ParserStacks&) = delete;
  ParserStacks& operator=(const ParserStacks&) = delete;
  ~ParserStacks() { Free(); }

  // Room for `n` entries, before the parse.
  void Reserve(size_t n) {
    if (n > capacity_) Reallocate(n, 0);
  }

  // yyoverflow: `*states_base` & co. hold the entries in use (`state_bytes`
  // of states); afterwards they point to our stacks, `*capacity` entries
  // long (larger than before).
  void Grow(int16_t** states_base, size_t state_bytes, SemanticValue** values_base,
            Span** locations_base, std::ptrdiff_t* capacity) {
    size_t used = state_bytes / sizeof(int16_t);
    if (*states_base != states_) {  // the parser's initial arrays
      if (capacity_ <= used) Reallocate(std::max<size_t>(1024, 2 * used), 0);
      std::memcpy(states_, *states_base, used * sizeof(int16_t));
      std::memcpy(static_cast<void*>(values_), *values_base, used * sizeof(SemanticValue));
      std::memcpy(locations_, *locations_base, used * sizeof(Span));
    } else {
      Reallocate(2 * capacity_, used);
    }
    *states_base = states_;
    *values_base = values_;
    *locations_base = locations_;
    *capacity = static_cast<std::ptrdiff_t>(capacity_);
  }

  const int16_t* states() const { return states_; }
  const SemanticValue* values() const { return values_; }
  const Span* locations() const { return locations_; }

 private:
  void Reallocate(size_t n, size_t used) {
    auto* states = static_cast<int16_t*>(std::malloc(n * sizeof(int16_t)));
    auto* values = static_cast<SemanticValue*>(std::malloc(n * sizeof(SemanticValue)));
    auto* locations = static_cast<Span*>(std::malloc(n * sizeof(Span)));
    if (!states || !values || !locations) {
      std::free(states);
      std::free(values);
      std::free(locations);
      throw std::bad_alloc();
    }
    if (used) {
      std::memcpy(states, states_, used * sizeof(int16_t));
      std::memcpy(static_cast<void*>(values), values_, used * sizeof(SemanticValue));
      std::memcpy(locations, locations_, used * sizeof(Span));
    }
    Free();
    states_ = states;
    values_ = values;
    locations_ = locations;
    capacity_ = n;
  }
  void Free() {
    std::free(states_);
    std::free(values_);
    std::free(locations_);
  }

  int16_t* states_ = nullptr;
  SemanticValue* values_ = nullptr;
  Span* locations_ = nullptr;
  size_t capacity_ = 0;
};

class ParseContext {
 public:
  ParseContext(const SourceBuffer& source, ast::Ast& ast)
      : source_(source), lexer_(source), builder_(source, ast) {}

  AstBuilder& builder() { return builder_; }
  ParserStacks& stacks() { return stacks_; }
  const SourceBuffer& source() const { return source_; }
  // The lexical error the lexer stopped on (the parser read LEXERROR).
  const std::optional<Diagnostic>& lex_error() { return lexer_.error(); }
  // The lexer's warnings, on the tokens lexed so far (once the parse is
  // over: this stops the lexer's thread).
  std::vector<LexedBuffer::Pending>& lex_warnings() {
    StopLexingAhead();
    return lexer_.warnings();
  }
  // Lexes on another thread, ahead of the parser (before the first Next).
  // Stays on this thread if no thread can be created.
  void StartLexingAhead() {
    try {
      ahead_.emplace(lexer_);
    } catch (const std::system_error&) {
    }
  }
  void StopLexingAhead() { ahead_.reset(); }
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
    last_read_ = batch_start_ + static_cast<uint32_t>(pos_);
    return batch_[pos_++];
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
  // An error production was reduced: yyreport_syntax_error already recorded
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
    // Kept before the batch is given back to the lexer's thread.
    Token last = len_ ? batch_[len_ - 1] : Token{};
    const Token* next = own_batch_;
    size_t n = ahead_ ? ahead_->Take(&next) : lexer_.Read(own_batch_, kBatch);
    if (n == 0) {
      // After the last token (EOI or LEXERROR): that token again.
      batch_start_ += static_cast<uint32_t>(len_ - 1);
      end_ = last;
      batch_ = &end_;
      n = 1;
    } else {
      batch_start_ += static_cast<uint32_t>(len_);
      batch_ = next;
    }
    len_ = n;
    pos_ = 0;
  }
  static constexpr size_t kBatch = mlhint::LexAhead::kBatch;
  std::optional<mlhint::LexAhead> ahead_;  // destroyed before lexer_
  Token own_batch_[kBatch];                // without a thread
  Token end_{};
  const Token* batch_ = own_batch_;
  size_t pos_ = 0, len_ = 0;
  uint32_t batch_start_ = 0;  // index of batch_[0] in the file's tokens
  uint32_t last_read_ = 0;
};

}  // namespace mlhint
