#include "parser/parse.h"

#include <string>
#include <vector>

#include "diagnostics/warnings.h"
#include "lexer/lexer.h"
#include "parser/grammar.hpp"
#include "parser/parse_context.h"

namespace mlhint {

namespace grammar {

namespace {

Parser::token_kind_type BisonToken(TokenKind kind) {
  switch (kind) {
#define X(name, spelling) \
  case TokenKind::name:   \
    return Parser::token::TOK_##name;
#include "lexer/token_kinds.def"
#undef X
  }
  return Parser::token::TOK_LEXERROR;
}

}  // namespace

// The start token selects the entry point; the parse then reads the file.
Parser::symbol_type yylex(ParseContext& ctx) {
  if (int start = ctx.TakeStartToken())
    return Parser::symbol_type(static_cast<Parser::token_kind_type>(start), Span{0, 0});
  const Token& t = ctx.Next();
  return Parser::symbol_type(BisonToken(t.kind), t.span);
}

}  // namespace grammar

namespace {

// The message OCaml's parser gives when its error strategy shifts `error`
// at the end of one of its error productions (Syntaxerr.Unclosed and
// Syntaxerr.Expecting), decided from the production's right-hand side.
struct ErrorProductionMessage {
  enum class Kind { Unclosed, Expecting, Plain } kind = Kind::Plain;
  std::string opening, closing;  // Unclosed
  Span opening_span;             // Unclosed
  std::string expected;          // Expecting
};

bool IsOpener(TokenKind kind, std::string* open, std::string* close) {
  switch (kind) {
    case TokenKind::LPAREN: *open = "("; *close = ")"; return true;
    case TokenKind::LBRACKET: *open = "["; *close = "]"; return true;
    case TokenKind::LBRACKETBAR: *open = "[|"; *close = "|]"; return true;
    case TokenKind::LBRACE: *open = "{"; *close = "}"; return true;
    case TokenKind::BEGIN: *open = "begin"; *close = "end"; return true;
    case TokenKind::LBRACELESS: *open = "{<"; *close = ">}"; return true;
    case TokenKind::OBJECT: *open = "object"; *close = "end"; return true;
    case TokenKind::STRUCT: *open = "struct"; *close = "end"; return true;
    case TokenKind::SIG: *open = "sig"; *close = "end"; return true;
    default: return false;
  }
}

// A syntax error on a token that only constructs outside the subset use:
// what to call the construct.
const char* UnsupportedConstructAt(TokenKind offending, TokenKind previous, TokenKind next) {
  switch (offending) {
    case TokenKind::LABEL:
    case TokenKind::OPTLABEL:
    case TokenKind::TILDE:
    case TokenKind::QUESTION:
      return "Labelled and optional arguments are";
    case TokenKind::BACKQUOTE:
    case TokenKind::LBRACKETLESS:
    case TokenKind::LBRACKETGREATER:
      return "Polymorphic variants are";
    case TokenKind::LBRACKETAT:
    case TokenKind::LBRACKETATAT:
    case TokenKind::LBRACKETATATAT:
      return "Attributes are";
    case TokenKind::LBRACKETPERCENT:
    case TokenKind::LBRACKETPERCENTPERCENT:
    case TokenKind::QUOTED_STRING_EXPR:
    case TokenKind::QUOTED_STRING_ITEM:
      return "Extension nodes are";
    case TokenKind::PERCENT:
      switch (previous) {
        case TokenKind::LET: case TokenKind::MATCH: case TokenKind::FUN: case TokenKind::FUNCTION:
        case TokenKind::IF: case TokenKind::WHILE: case TokenKind::FOR: case TokenKind::TRY:
        case TokenKind::BEGIN: case TokenKind::TYPE: case TokenKind::EXCEPTION: case TokenKind::ASSERT:
        case TokenKind::SEMI:
          return "Extension nodes are";
        default:
          return nullptr;
      }
    case TokenKind::MODULE:
    case TokenKind::FUNCTOR:
    case TokenKind::STRUCT:
    case TokenKind::SIG:
      return "Modules are";
    case TokenKind::OPEN:
      return "Opening modules is";
    case TokenKind::INCLUDE:
      return "Including modules is";
    case TokenKind::CLASS:
    case TokenKind::OBJECT:
    case TokenKind::NEW:
    case TokenKind::INHERIT:
    case TokenKind::METHOD:
    case TokenKind::INITIALIZER:
    case TokenKind::VIRTUAL:
    case TokenKind::HASH:
    case TokenKind::LBRACELESS:
    case TokenKind::GREATERRBRACE:
      return "Objects and classes are";
    case TokenKind::LAZY:
      return "Lazy values are";
    case TokenKind::LETOP:
    case TokenKind::ANDOP:
      return "Binding operators are";
    case TokenKind::EXTERNAL:
      return "External declarations are";
    case TokenKind::VAL:
      return "Value declarations are";
    case TokenKind::DOTOP:
      return "User-defined indexing operators are";
    case TokenKind::HASHOP:
      return "Operators that start with # are";
    case TokenKind::PRIVATE:
      return "Private types are";
    case TokenKind::CONSTRAINT:
      return "Type constraints are";
    case TokenKind::EXCEPTION:
      return previous == TokenKind::LET ? "Local exceptions are" : nullptr;
    case TokenKind::TYPE:
      return previous == TokenKind::LPAREN ? "Locally abstract types are" : nullptr;
    case TokenKind::LBRACKET:
      return next == TokenKind::BACKQUOTE ? "Polymorphic variants are" : nullptr;
    default:
      return nullptr;
  }
}

}  // namespace

void ParseContext::SyntaxErrorAtLastToken() {
  if (!error) error = MakeError(DiagKind::SyntaxError, last_token().span, Text("Syntax error"));
}

void ParseContext::NotExpecting(Span span, const std::string& what) {
  if (!error) error = MakeError(DiagKind::NotExpectingSyntax, span, Text("Syntax error: " + what + " not expected."));
}

namespace grammar {

// OCaml 4.13 builds its parser with Menhir's "simplified" error strategy:
// on a syntax error the offending token is replaced by `error`, and the
// parser keeps reducing (and possibly shifts `error`) without reading
// further. OCaml's error productions all end with `error` and raise, so the
// message depends only on whether, and at the end of which production,
// `error` gets shifted. Bison's own recovery pops states instead, so we
// replay Menhir's strategy here on the tables bison built from the same
// grammar, on a copy of the state stack.
void Parser::report_syntax_error(const context& yyctx) const {
  const symbol_type& la = yyctx.lookahead();
  if (ctx.error) return;
  if (la.kind() == symbol_kind::S_LEXERROR) {
    ctx.error = *ctx.lexed().error;
    return;
  }

  std::vector<state_type> states;
  std::vector<Span> spans;
  states.reserve(yystack_.size() + 8);
  spans.reserve(yystack_.size() + 8);
  for (int i = static_cast<int>(yystack_.size()) - 1; i >= 0; --i) {
    states.push_back(yystack_[i].state);
    spans.push_back(yystack_[i].location);
  }

  const int error_kind = symbol_kind::S_YYerror;
  ErrorProductionMessage message;
  int guard = 0;
  for (;;) {
    if (++guard > 1000000) break;  // cannot happen on a well-formed automaton
    state_type s = states.back();
    int n = yypact_[s];
    int action = 0;  // > 0: shift to that state; < 0: reduce by -action; 0: error
    bool explicit_action = false;
    if (!yy_pact_value_is_default_(n)) {
      n += error_kind;
      if (0 <= n && n <= yylast_ && yycheck_[n] == error_kind) {
        explicit_action = true;
        int t = yytable_[n];
        action = (t == 0 || yy_table_value_is_error_(t)) ? 0 : t;
      }
    }
    if (!explicit_action) {
      int rule = yydefact_[s];
      action = rule == 0 ? 0 : -rule;
    }
    if (action == 0) break;  // error cannot be shifted: plain "Syntax error"
    if (action > 0) {
      // `error` is shifted: the production it ends is reduced next.
      state_type after = static_cast<state_type>(action);
      int rule = yydefact_[after];
      int len = rule ? yyr2_[rule] : 0;
      // The right-hand side's symbols before `error`, from the copied stack.
      int before = len - 1;
      std::vector<TokenKind> rhs_tokens;
      std::vector<Span> rhs_spans;
      std::vector<int> rhs_kinds;
      for (int k = 0; k < before; ++k) {
        size_t index = states.size() - static_cast<size_t>(before) + static_cast<size_t>(k);
        rhs_kinds.push_back(yystos_[states[index]]);
        rhs_spans.push_back(spans[index]);
      }
      auto token_of = [](int kind) -> TokenKind {
        // The lexer's token for a terminal's symbol kind (LEXERROR for a
        // nonterminal), from a table built once.
        static const std::vector<TokenKind> table = [] {
          std::vector<TokenKind> t(symbol_kind::YYNTOKENS, TokenKind::LEXERROR);
          for (int k = 0; k <= static_cast<int>(TokenKind::LEXERROR); ++k) {
            int sym = Parser::symbol_type(BisonToken(static_cast<TokenKind>(k)), Span{}).kind();
            if (sym >= 0 && sym < static_cast<int>(t.size())) t[static_cast<size_t>(sym)] = static_cast<TokenKind>(k);
          }
          return t;
        }();
        return kind >= 0 && kind < static_cast<int>(table.size()) ? table[static_cast<size_t>(kind)] : TokenKind::LEXERROR;
      };
      for (int kind : rhs_kinds) rhs_tokens.push_back(token_of(kind));
      TokenKind last = rhs_tokens.empty() ? TokenKind::LEXERROR : rhs_tokens.back();
      auto expecting = [&](const char* what) {
        message.kind = ErrorProductionMessage::Kind::Expecting;
        message.expected = what;
      };
      switch (last) {
        case TokenKind::COLON:
          if (before == 1) break;  // type_constraint: COLON error -> syntax_error ()
          expecting("type");       // LPAREN pattern COLON error
          break;
        case TokenKind::COLONGREATER:
        case TokenKind::WITH:  // TRY seq_expr WITH error
          break;
        case TokenKind::AS:
          expecting("identifier");
          break;
        case TokenKind::COLONCOLON:
        case TokenKind::BAR:
        case TokenKind::COMMA:
          expecting("pattern");
          break;
        case TokenKind::LPAREN:
          if (before == 1)
            expecting("operator");  // LPAREN error
          else if (rhs_tokens[before - 2] == TokenKind::DOT)
            expecting("pattern");  // mod_longident DOT LPAREN error
          else
            expecting("module path");  // mod_ext_longident LPAREN error
          break;
        case TokenKind::MODULE:
          expecting("module-expr");  // LPAREN MODULE error
          break;
        default:
          for (size_t k = 0; k < rhs_tokens.size(); ++k) {
            if (IsOpener(rhs_tokens[k], &message.opening, &message.closing)) {
              message.kind = ErrorProductionMessage::Kind::Unclosed;
              message.opening_span = rhs_spans[k];
              break;
            }
          }
          break;
      }
      break;
    }
    // Reduce: pop the right-hand side and take the goto transition.
    int rule = -action;
    int len = yyr2_[rule];
    Span lhs_span;
    if (len > 0) {
      lhs_span = Span{spans[spans.size() - static_cast<size_t>(len)].begin, spans.back().end};
    } else {
      lhs_span = Span{spans.back().end, spans.back().end};
    }
    states.resize(states.size() - static_cast<size_t>(len));
    spans.resize(spans.size() - static_cast<size_t>(len));
    states.push_back(yy_lr_goto_state_(states.back(), yyr1_[rule]));
    spans.push_back(lhs_span);
  }

  Span where = la.location;
  switch (message.kind) {
    case ErrorProductionMessage::Kind::Unclosed: {
      Diagnostic d = MakeError(DiagKind::UnclosedDelimiter, where, Text("Syntax error: '" + message.closing + "' expected"));
      d.children.push_back(Child{Child::Role::Note, message.opening_span,
                                 Text("This '" + message.opening + "' might be unmatched"), "", std::nullopt});
      ctx.error = std::move(d);
      return;
    }
    case ErrorProductionMessage::Kind::Expecting:
      ctx.error = MakeError(DiagKind::ExpectingSyntax, where, Text("Syntax error: " + message.expected + " expected."));
      return;
    case ErrorProductionMessage::Kind::Plain:
      break;
  }
  // A plain syntax error on a token of a construct outside the subset.
  const auto& tokens = ctx.lexed().tokens;
  uint32_t index = ctx.last_read();
  TokenKind offending = tokens[index].kind;
  TokenKind previous = index > 0 ? tokens[index - 1].kind : TokenKind::EOI;
  TokenKind next = index + 1 < tokens.size() ? tokens[index + 1].kind : TokenKind::EOI;
  if (const char* what = UnsupportedConstructAt(offending, previous, next)) {
    ctx.error = MakeError(DiagKind::Unsupported, where, Text(std::string(what) + " not supported by mlhint"));
    return;
  }
  ctx.error = MakeError(DiagKind::SyntaxError, where, Text("Syntax error"));
}

// Bison calls this for errors it raises itself (memory exhaustion); syntax
// errors go through report_syntax_error.
void Parser::error(const location_type& where, const std::string& message) {
  if (!ctx.error) ctx.error = MakeError(DiagKind::SyntaxError, where, Text(message));
}

}  // namespace grammar

ParseResult Parse(const SourceBuffer& source, ParseMode mode) {
  ParseResult result;
  LexedBuffer lexed = Lex(source);
  ParseContext ctx(source, lexed, result.ast);
  grammar::Parser parser(ctx);
  // The entry point is chosen by a first pseudo-token.
  ctx.SetStartToken(mode == ParseMode::Implementation ? grammar::Parser::token::TOK_START_IMPLEMENTATION
                                                      : grammar::Parser::token::TOK_START_INTERFACE);
  int status = parser.parse();
  if (status != 0 && !ctx.error) ctx.SyntaxErrorAtLastToken();
  result.error = std::move(ctx.error);

  // Lexer warnings on tokens the parser read, as OCaml prints them.
  uint32_t limit = result.error ? ctx.last_read() : UINT32_MAX;
  for (auto& pending : lexed.warnings)
    if (pending.token_index <= limit) result.warnings.push_back(std::move(pending.diagnostic));
  return result;
}

}  // namespace mlhint
