#include "parser/parse.h"

#include <algorithm>
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
// Tokens carry no semantic value, only their span.
int yylex(Parser::value_type* value, Span* location, ParseContext& ctx) {
  (void)value;
  if (int start = ctx.TakeStartToken()) {
    *location = Span{0, 0};
    return start;
  }
  const Token& t = ctx.Next();
  *location = t.span;
  return BisonToken(t.kind);
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

}  // namespace

void ParseContext::SyntaxErrorAtLastToken() {
  if (!error) error = MakeError(DiagKind::SyntaxError, last_token().span, Text("Syntax error"));
}

namespace {

// The first token that starts at or after `offset`.
size_t TokenAt(const LexedBuffer& lexed, uint32_t offset) {
  const auto& tokens = lexed.tokens;
  auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                             [](const Token& t, uint32_t o) { return t.span.begin < o; });
  if (it == tokens.end()) return tokens.size() - 1;
  return static_cast<size_t>(it - tokens.begin());
}

}  // namespace

bool ParseContext::TakeLexErrorAfter(Span production) {
  if (error) return true;
  const Token& next = lexed_.tokens[TokenAt(lexed_, production.end)];
  if (next.kind == TokenKind::LEXERROR && lexed_.error) {
    error = *lexed_.error;
    return true;
  }
  return false;
}

void ParseContext::SyntaxErrorAtLookahead(Span production) {
  if (TakeLexErrorAfter(production)) return;
  error = MakeError(DiagKind::SyntaxError, lexed_.tokens[TokenAt(lexed_, production.end)].span, Text("Syntax error"));
}

void ParseContext::NotExpecting(Span span, const std::string& what, Span production) {
  if (TakeLexErrorAfter(production)) return;
  error = MakeError(DiagKind::NotExpectingSyntax, span, Text("Syntax error: " + what + " not expected."));
}

bool ParseContext::CheckVariance(Span token, std::string_view a, std::string_view b, Span production) {
  std::string_view text = source_.Slice(token);
  if (text == a || text == b) return true;
  if (TakeLexErrorAfter(production)) return false;
  error = MakeError(DiagKind::ExpectingSyntax, token, Text("Syntax error: type_variance expected."));
  return false;
}

bool ParseContext::CheckPackageType(const ModuleTypeValue& mty, Span production) {
  PackageCheck check;
  switch (mty.shape) {
    case ModuleTypeValue::Shape::Ident:
      return true;
    case ModuleTypeValue::Shape::With:
      check = mty.constraints;
      if (check.ok) return true;
      if (check.at_module_type) check.span = mty.span;
      break;
    case ModuleTypeValue::Shape::Other:
      check = PackageCheck{false, mty.span, "only module type identifier and 'with type' constraints are supported", true};
      break;
  }
  if (TakeLexErrorAfter(production)) return false;
  error = MakeError(DiagKind::SyntaxError, check.span, Text(std::string("invalid package type: ") + check.message));
  return false;
}

namespace {

// The type variables of a type in the order OCaml's Typ.varify_constructors
// meets them: the arguments of an arrow right to left (OCaml evaluates a
// constructor's arguments right to left), of a tuple or a type constructor
// left to right. Forms outside the subset are scanned token by token.
void TypeVariables(const ast::Ast& tree, const LexedBuffer& lexed, ast::Id type, Span span,
                   std::vector<Span>* out) {
  auto scan = [&](Span s) {
    size_t i = TokenAt(lexed, s.begin);
    int skip_depth = 0;
    for (; i < lexed.tokens.size() && lexed.tokens[i].span.end <= s.end; ++i) {
      TokenKind k = lexed.tokens[i].kind;
      if (skip_depth > 0) {
        if (k == TokenKind::LBRACKET || k == TokenKind::LBRACKETBAR || k == TokenKind::LBRACKETLESS ||
            k == TokenKind::LBRACKETGREATER || k == TokenKind::LBRACKETAT || k == TokenKind::LBRACKETATAT ||
            k == TokenKind::LBRACKETATATAT || k == TokenKind::LBRACKETPERCENT ||
            k == TokenKind::LBRACKETPERCENTPERCENT)
          ++skip_depth;
        else if (k == TokenKind::RBRACKET)
          --skip_depth;
        continue;
      }
      if (k == TokenKind::LBRACKETAT || k == TokenKind::LBRACKETATAT || k == TokenKind::LBRACKETATATAT ||
          k == TokenKind::LBRACKETPERCENT || k == TokenKind::LBRACKETPERCENTPERCENT) {
        skip_depth = 1;
        continue;
      }
      if (k == TokenKind::QUOTE && i + 1 < lexed.tokens.size() &&
          (lexed.tokens[i + 1].kind == TokenKind::LIDENT || lexed.tokens[i + 1].kind == TokenKind::UIDENT))
        out->push_back(Span{lexed.tokens[i].span.begin, lexed.tokens[i + 1].span.end});
    }
  };
  if (type == ast::kNone) {
    scan(span);
    return;
  }
  const ast::TypeExpr& t = tree.types[type];
  switch (t.kind) {
    case ast::TypeKind::Var:
      out->push_back(t.span);
      return;
    case ast::TypeKind::Any:
      return;
    case ast::TypeKind::Arrow:
      TypeVariables(tree, lexed, t.b, tree.types[t.b].span, out);
      TypeVariables(tree, lexed, t.a, tree.types[t.a].span, out);
      return;
    case ast::TypeKind::Tuple:
    case ast::TypeKind::Constr: {
      // Both lists are stored in reverse source order.
      std::vector<ast::Id> items(tree.begin(t.list), tree.end(t.list));
      std::sort(items.begin(), items.end(),
                [&](ast::Id x, ast::Id y) { return tree.types[x].span.begin < tree.types[y].span.begin; });
      for (ast::Id item : items) TypeVariables(tree, lexed, item, tree.types[item].span, out);
      return;
    }
    case ast::TypeKind::Unsupported:
      scan(t.span);
      return;
  }
}

}  // namespace

std::optional<Diagnostic> ParseContext::ScopedTypeVariableError(Span names, ast::Id type, Span type_span) const {
  std::vector<std::string_view> locals;
  for (size_t i = TokenAt(lexed_, names.begin); i < lexed_.tokens.size() && lexed_.tokens[i].span.end <= names.end; ++i)
    if (lexed_.tokens[i].kind == TokenKind::LIDENT) locals.push_back(source_.Slice(lexed_.tokens[i].span));
  std::vector<Span> vars;
  TypeVariables(const_cast<ParseContext*>(this)->builder_.tree(), lexed_, type, type_span, &vars);
  for (Span v : vars) {
    // The name follows the quote (and any blanks or comments).
    size_t q = TokenAt(lexed_, v.begin);
    if (q + 1 >= lexed_.tokens.size()) continue;
    std::string_view name = source_.Slice(lexed_.tokens[q + 1].span);
    if (std::find(locals.begin(), locals.end(), name) == locals.end()) continue;
    std::string shown = name.size() >= 2 && name[1] == '\'' ? "' " + std::string(name) : "'" + std::string(name);
    return MakeError(DiagKind::SyntaxError, v,
                     Text("In this scoped type, variable " + shown + " is reserved for the local type " +
                          std::string(name) + "."));
  }
  return std::nullopt;
}

bool ParseContext::CheckScopedTypeVariables(Span names, ast::Id type, Span type_span, Span production) {
  std::optional<Diagnostic> d = ScopedTypeVariableError(names, type, type_span);
  if (!d) return true;
  if (TakeLexErrorAfter(production)) return false;
  error = std::move(d);
  return false;
}

namespace grammar {

// OCaml 4.13 builds its parser with Menhir's "simplified" error strategy:
// on a syntax error the offending token is replaced by `error`, and the
// parser keeps reducing (and possibly shifts `error`) without reading
// further. OCaml's error productions all end with `error` and raise, so the
// message depends only on whether, and at the end of which production,
// `error` gets shifted. Bison's own recovery pops states instead, so we
// replay Menhir's strategy here on the tables bison built from the same
// grammar (the same automaton as Menhir's), on a copy of the state stack.
//
// One difference between the two tables remains: Menhir performs a state's
// only reduction without consulting the lookahead (a default reduction)
// whenever, after precedences resolved its conflicts, the state has no
// shift action left; bison does so only in states that had no conflict to
// resolve. In the few other states (`- e .`, `e1 + e2 .`, ...) bison reports
// an error that Menhir detects a few reductions later, so the replay first
// performs those reductions with the offending token, as Menhir would.
void Parser::report_syntax_error(const context& yyctx) const {
  const symbol_type& la = yyctx.lookahead();
  if (ctx.error) return;
  if (la.kind() == symbol_kind::S_LEXERROR) {
    ctx.error = *ctx.lexed().error;
    return;
  }

  // The stack copy: states and, for the symbols the real parse pushed,
  // their index in yystack_ (-1 for the results of replayed reductions).
  std::vector<state_type> states;
  std::vector<Span> spans;
  std::vector<int> real;
  std::vector<char> replay_flag;  // see replayed_action_error
  states.reserve(yystack_.size() + 8);
  spans.reserve(yystack_.size() + 8);
  for (int i = static_cast<int>(yystack_.size()) - 1; i >= 0; --i) {
    states.push_back(yystack_[i].state);
    spans.push_back(yystack_[i].location);
    real.push_back(i);
    replay_flag.push_back(0);
  }

  // The action of state s on terminal k: > 0 shift to that state, < 0
  // reduce by that rule, 0 error.
  auto action_on = [](state_type s, int k) -> int {
    int n = yypact_[s];
    if (!yy_pact_value_is_default_(n)) {
      n += k;
      if (0 <= n && n <= yylast_ && yycheck_[n] == k) {
        int t = yytable_[n];
        if (t == 0 || yy_table_value_is_error_(t)) return 0;
        return t;  // shift if positive, reduce by -t if negative
      }
    }
    int rule = yydefact_[s];
    return rule == 0 ? 0 : -rule;
  };
  // Menhir's default reduction in state s, or 0.
  auto menhir_default = [&](state_type s) -> int {
    if (yy_pact_value_is_default_(yypact_[s])) return yydefact_[s];
    int rule = 0;
    for (int k = 0; k < symbol_kind::YYNTOKENS; ++k) {
      int a = action_on(s, k);
      if (a > 0) return 0;
      if (a < 0) {
        if (rule != 0 && rule != -a) return 0;
        rule = -a;
      }
    }
    return rule;
  };

  // The lexer's token for a terminal's symbol kind (LEXERROR for a
  // nonterminal), from a table built once.
  auto token_of = [](int kind) -> TokenKind {
  static const std::vector<TokenKind> table = [] {
      std::vector<TokenKind> t(symbol_kind::YYNTOKENS, TokenKind::LEXERROR);
      for (int k = 0; k <= static_cast<int>(TokenKind::LEXERROR); ++k) {
        int sym = yytranslate_(BisonToken(static_cast<TokenKind>(k)));
        if (sym >= 0 && sym < static_cast<int>(t.size())) t[static_cast<size_t>(sym)] = static_cast<TokenKind>(k);
      }
      return t;
    }();
    return kind >= 0 && kind < static_cast<int>(table.size()) ? table[static_cast<size_t>(kind)] : TokenKind::LEXERROR;

  };

  // The message of an error production, from the symbols of its right-hand
  // side before `error` (parser.mly's actions: unclosed, expecting, or
  // syntax_error () for a plain "Syntax error").
  auto decide_message = [&](const std::vector<int>& rhs, const std::vector<Span>& rhs_spans) {
  using K = symbol_kind;
    ErrorProductionMessage message;
    auto expecting = [&](const char* what) {
      message.kind = ErrorProductionMessage::Kind::Expecting;
      message.expected = what;
    };
    auto is = [&](std::initializer_list<int> shape) {
      return rhs.size() == shape.size() && std::equal(shape.begin(), shape.end(), rhs.begin());
    };
    int last = rhs.empty() ? -1 : rhs.back();
    size_t n = rhs.size();
    if (is({K::S_COLON}) || is({K::S_COLONGREATER})) return message;  // type_constraint: syntax_error ()
    if (n >= 2 && last == K::S_WITH && rhs[0] == K::S_TRY) return message;   // TRY ... WITH error
    if (last == K::S_AS) { expecting("identifier"); return message; }
    if (last == K::S_COLONCOLON || last == K::S_BAR || last == K::S_COMMA) { expecting("pattern"); return message; }
    if (is({K::S_LPAREN, K::S_pattern, K::S_COLON})) { expecting("type"); return message; }
    if (last == K::S_COLONEQUAL) { expecting("module path"); return message; }  // module_subst
    if (is({K::S_LPAREN})) { expecting("operator"); return message; }
    if (is({K::S_LPAREN, K::S_MODULE})) { expecting("module-expr"); return message; }
    if (is({K::S_mod_longident, K::S_DOT, K::S_LPAREN})) { expecting("pattern"); return message; }
    if (is({K::S_mod_ext_longident, K::S_LPAREN})) { expecting("module path"); return message; }
    // unclosed: the first opening delimiter of the production.
    for (size_t k = 0; k < n; ++k) {
      TokenKind opener = token_of(rhs[k]);
      if (IsOpener(opener, &message.opening, &message.closing)) {
        message.kind = ErrorProductionMessage::Kind::Unclosed;
        message.opening_span = rhs_spans[k];
        return message;
      }
    }
    return message;

  };

  // Reductions replayed during error recovery run OCaml's semantic actions
  // too; a few of them raise their own error (the others build the tree, or
  // raise the same plain "Syntax error" the replay ends with). `real` holds,
  // for each symbol of the right-hand side, its index in yystack_ when the
  // real parse pushed it (-1 otherwise).
  //
  // The pun check of let bindings (addlb) needs to know whether a binding
  // is a pun and whether the group has an extension: the semantic value of
  // a symbol the real parse pushed, or `flag` for a replayed one.
  auto replayed_action_error = [&](int lhs, const std::vector<int>& rhs, const std::vector<Span>& rhs_spans,
                                   const std::vector<int>& rhs_real,
                                   const std::vector<char>& rhs_flag) -> std::optional<Diagnostic> {
    using K = symbol_kind;
    auto flag = [&](size_t k) -> bool {
      if (rhs_real[k] < 0) return rhs_flag[k] != 0;
      const auto& value = yystack_[static_cast<size_t>(rhs_real[k])].value;
      switch (rhs[k]) {
        case K::S_let_binding_body:
        case K::S_and_let_binding: return value.binding_body.pun;
        case K::S_ext: return value.mark.present;
        case K::S_let_bindings_ext_: return value.let_bindings.has_ext;
        default: return false;
      }
    };
    auto plain = [&]() { return MakeError(DiagKind::SyntaxError, la.location, Text("Syntax error")); };
    auto not_expecting = [&](Span where, const char* what) {
      return MakeError(DiagKind::NotExpectingSyntax, where, Text(std::string("Syntax error: ") + what + " not expected."));
    };
    size_t n = rhs.size();
    // no_ext: LET PERCENT attr_id ... in a class's let.
    if (lhs == K::S_let_bindings_no_ext_ && n >= 3 && rhs[0] == K::S_LET && rhs[1] == K::S_PERCENT)
      return not_expecting(Span{rhs_spans[1].begin, rhs_spans[2].end}, "extension");
    // addlb: a pun (`let x`) in a group without an extension.
    if (lhs == K::S_let_bindings_ext_ && n == 6 && flag(4) && !flag(1)) return plain();
    if (lhs == K::S_let_bindings_ext_ && n == 2 && flag(1) && !flag(0)) return plain();
    if (lhs == K::S_let_bindings_no_ext_ && n == 5 && flag(3)) return plain();
    if (lhs == K::S_let_bindings_no_ext_ && n == 2 && flag(1)) return plain();
    // no_nonrec_flag: TYPE ext attributes NONREC in a type extension or substitution.
    if ((lhs == K::S_structure_item || lhs == K::S_signature_item ||
         lhs == K::S_generic_type_declaration_no_nonrec_flag_type_subst_kind_) &&
        n >= 4 && rhs[0] == K::S_TYPE && rhs[3] == K::S_NONREC)
      return not_expecting(rhs_spans[3], "nonrec flag");
    // wrap_type_annotation: `x : type a. t = e` (let bindings and methods).
    for (size_t k = 0; k + 3 < n; ++k) {
      if (rhs[k] == K::S_COLON && rhs[k + 1] == K::S_TYPE && rhs[k + 2] == K::S_nonempty_list_mkrhs_LIDENT__ &&
          rhs[k + 3] == K::S_DOT && k + 4 < n && rhs[k + 4] == K::S_core_type &&
          (lhs == K::S_let_binding_body_no_punning || lhs == K::S_method_)) {
        ast::Id type = rhs_real[k + 4] >= 0 ? yystack_[static_cast<size_t>(rhs_real[k + 4])].value.id : ast::kNone;
        return ctx.ScopedTypeVariableError(rhs_spans[k + 2], type, rhs_spans[k + 4]);
      }
    }
    return std::nullopt;

  };

  const int error_kind = symbol_kind::S_YYerror;
  ErrorProductionMessage message;
  std::optional<Diagnostic> raised;  // an error raised by a replayed semantic action
  bool error_mode = false;           // the lookahead has become `error`
  int guard = 0;
  for (;;) {
    if (++guard > 1000000) break;  // cannot happen on a well-formed automaton
    state_type s = states.back();
    int action = 0;
    if (int rule = menhir_default(s)) {
      action = -rule;
    } else {
      action = action_on(s, error_mode ? error_kind : la.kind());
      if (!error_mode && action == 0) {
        error_mode = true;  // Menhir detects the error here
        continue;
      }
      if (!error_mode && action > 0) break;  // cannot happen (see above)
    }
    if (action == 0) break;  // error cannot be shifted: plain "Syntax error"
    if (action > 0) {
      // `error` is shifted: the production it ends is reduced next.
      state_type after = static_cast<state_type>(action);
      int rule = yydefact_[after];
      int len = rule ? yyr2_[rule] : 0;
      int before = len - 1;
      std::vector<int> rhs;
      std::vector<Span> rhs_spans;
      for (int k = 0; k < before; ++k) {
        size_t index = states.size() - static_cast<size_t>(before) + static_cast<size_t>(k);
        rhs.push_back(yystos_[states[index]]);
        rhs_spans.push_back(spans[index]);
      }
      message = decide_message(rhs, rhs_spans);
      break;
    }
    // Reduce: run the checks of the semantic action, pop the right-hand
    // side and take the goto transition.
    int rule = -action;
    int len = yyr2_[rule];
    Span lhs_span;
    if (len > 0) {
      lhs_span = Span{spans[spans.size() - static_cast<size_t>(len)].begin, spans.back().end};
      // Menhir's $symbolstartpos: the first non-empty symbol.
      for (size_t k = spans.size() - static_cast<size_t>(len); k < spans.size(); ++k)
        if (!spans[k].empty()) {
          lhs_span.begin = spans[k].begin;
          break;
        }
    } else {
      lhs_span = Span{spans.back().end, spans.back().end};
    }
    bool new_flag = false;
    {
      std::vector<int> rhs;
      std::vector<Span> rhs_spans;
      std::vector<int> rhs_real;
      std::vector<char> rhs_flag;
      for (size_t k = spans.size() - static_cast<size_t>(len); k < spans.size(); ++k) {
        rhs.push_back(yystos_[states[k]]);
        rhs_spans.push_back(spans[k]);
        rhs_real.push_back(real[k]);
        rhs_flag.push_back(replay_flag[k]);
      }
      raised = replayed_action_error(yyr1_[rule], rhs, rhs_spans, rhs_real, rhs_flag);
      if (raised) break;
      // The flag of the new symbol: a pun binding, or an extension.
      using K = symbol_kind;
      int lhs = yyr1_[rule];
      bool lhs_flag = false;
      if (lhs == K::S_let_binding_body) lhs_flag = rhs.size() == 1 && rhs[0] == K::S_val_ident;
      if (lhs == K::S_ext) lhs_flag = !rhs.empty();
      if (lhs == K::S_and_let_binding && rhs.size() == 4) {
        lhs_flag = rhs_real[2] >= 0 ? yystack_[static_cast<size_t>(rhs_real[2])].value.binding_body.pun
                                    : rhs_flag[2] != 0;
      }
      new_flag = lhs_flag;
    }
    states.resize(states.size() - static_cast<size_t>(len));
    spans.resize(spans.size() - static_cast<size_t>(len));
    real.resize(real.size() - static_cast<size_t>(len));
    replay_flag.resize(replay_flag.size() - static_cast<size_t>(len));
    states.push_back(yy_lr_goto_state_(states.back(), yyr1_[rule]));
    spans.push_back(lhs_span);
    real.push_back(-1);
    replay_flag.push_back(new_flag ? 1 : 0);
  }

  if (raised) {
    ctx.error = std::move(raised);
    return;
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
  // Room for the tree at once, from the number of tokens (generously: what
  // is reserved and not used costs address space, not memory), so that the
  // arenas are not copied as they grow. Ordinary code has about 0.65
  // expressions and 0.5 list elements per token (the list sugar and infix
  // operators make more than one node per token).
  size_t tokens = lexed.tokens.size();
  ast::Ast& tree = result.ast;
  tree.exprs.reserve(tokens + 16);
  tree.pats.reserve(tokens / 4 + 16);
  tree.ids.reserve(tokens + 16);
  tree.names.reserve(tokens / 2 + 16);
  tree.longidents.reserve(tokens / 2 + 16);
  tree.constants.reserve(tokens / 4 + 16);
  tree.bindings.reserve(tokens / 8 + 16);
  tree.cases.reserve(tokens / 8 + 16);
  tree.items.reserve(tokens / 8 + 16);
  ParseContext ctx(source, lexed, result.ast);
  ctx.builder().ReserveListCells(tokens / 2 + 16);
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
