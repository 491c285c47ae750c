#include "parser/parse.h"

#include <algorithm>
#include <string>
#include <vector>

#include "diagnostics/warnings.h"
#include "lexer/lexer.h"
#include "parser/grammar.hpp"
#include "parser/parse_context.h"
#include "support/text_chars.h"

namespace mlhint {

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
  const LexedBuffer& all = AllTokens();
  const Token& next = all.tokens[TokenAt(all, production.end)];
  if (next.kind == TokenKind::LEXERROR && all.error) {
    error = *all.error;
    return true;
  }
  return false;
}

void ParseContext::SyntaxErrorAtLookahead(Span production) {
  if (TakeLexErrorAfter(production)) return;
  const LexedBuffer& all = AllTokens();
  error = MakeError(DiagKind::SyntaxError, all.tokens[TokenAt(all, production.end)].span,
                    Text("Syntax error"));
}

void ParseContext::NotExpecting(Span span, const std::string& what, Span production) {
  if (TakeLexErrorAfter(production)) return;
  error = MakeError(DiagKind::NotExpectingSyntax, span,
                    Text("Syntax error: " + what + " not expected."));
}

bool ParseContext::CheckVariance(Span token, std::string_view a, std::string_view b,
                                 Span production) {
  std::string_view text = source_.Slice(token);
  if (text == a || text == b) return true;
  if (TakeLexErrorAfter(production)) return false;
  error =
      MakeError(DiagKind::ExpectingSyntax, token, Text("Syntax error: type_variance expected."));
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
      check = PackageCheck::Refused(
          mty.span, "only module type identifier and 'with type' constraints are supported", true);
      break;
  }
  if (TakeLexErrorAfter(production)) return false;
  error = MakeError(DiagKind::SyntaxError, check.span,
                    Text(std::string("invalid package type: ") + check.message.c_str()));
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
        if (k == TokenKind::LBRACKET || k == TokenKind::LBRACKETBAR ||
            k == TokenKind::LBRACKETLESS || k == TokenKind::LBRACKETGREATER ||
            k == TokenKind::LBRACKETAT || k == TokenKind::LBRACKETATAT ||
            k == TokenKind::LBRACKETATATAT || k == TokenKind::LBRACKETPERCENT ||
            k == TokenKind::LBRACKETPERCENTPERCENT)
          ++skip_depth;
        else if (k == TokenKind::RBRACKET)
          --skip_depth;
        continue;
      }
      if (k == TokenKind::LBRACKETAT || k == TokenKind::LBRACKETATAT ||
          k == TokenKind::LBRACKETATATAT || k == TokenKind::LBRACKETPERCENT ||
          k == TokenKind::LBRACKETPERCENTPERCENT) {
        skip_depth = 1;
        continue;
      }
      if (k == TokenKind::QUOTE && i + 1 < lexed.tokens.size() &&
          (lexed.tokens[i + 1].kind == TokenKind::LIDENT ||
           lexed.tokens[i + 1].kind == TokenKind::UIDENT))
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
      std::sort(items.begin(), items.end(), [&](ast::Id x, ast::Id y) {
        return tree.types[x].span.begin < tree.types[y].span.begin;
      });
      for (ast::Id item : items) TypeVariables(tree, lexed, item, tree.types[item].span, out);
      return;
    }
    case ast::TypeKind::Unsupported:
    case ast::TypeKind::Package:  // (its constraints' types)
      scan(t.span);
      return;
    case ast::TypeKind::InlineRecord:
      for (const ast::Id* l = tree.begin(t.list); l != tree.end(t.list); ++l)
        TypeVariables(tree, lexed, tree.labels[*l].type, tree.types[tree.labels[*l].type].span,
                      out);
      return;
  }
}

}  // namespace

std::optional<Diagnostic> ParseContext::ScopedTypeVariableError(Span names, ast::Id type,
                                                                Span type_span) const {
  const LexedBuffer& lexed_ = AllTokens();
  std::vector<std::string_view> locals;
  for (size_t i = TokenAt(lexed_, names.begin);
       i < lexed_.tokens.size() && lexed_.tokens[i].span.end <= names.end; ++i)
    if (lexed_.tokens[i].kind == TokenKind::LIDENT)
      locals.push_back(source_.Slice(lexed_.tokens[i].span));
  std::vector<Span> vars;
  TypeVariables(const_cast<ParseContext*>(this)->builder_.tree(), lexed_, type, type_span, &vars);
  for (Span v : vars) {
    // The name follows the quote (and any blanks or comments).
    size_t q = TokenAt(lexed_, v.begin);
    if (q + 1 >= lexed_.tokens.size()) continue;
    std::string_view name = source_.Slice(lexed_.tokens[q + 1].span);
    if (std::find(locals.begin(), locals.end(), name) == locals.end()) continue;
    // "'a", or "' 'a" for a name that starts with a quote. Appended piece by
    // piece: GCC 12 at -O3 misreports `"..." + std::string` (-Wrestrict).
    std::string shown = "'";
    if (name.size() >= 2 && name[1] == '\'') shown += ' ';
    shown += name;
    return MakeError(DiagKind::SyntaxError, v,
                     Text("In this scoped type, variable " + shown +
                          " is reserved for the local type " + std::string(name) + "."));
  }
  return std::nullopt;
}

bool ParseContext::CheckScopedTypeVariables(Span names, ast::Id type, Span type_span,
                                            Span production) {
  std::optional<Diagnostic> d = ScopedTypeVariableError(names, type, type_span);
  if (!d) return true;
  if (TakeLexErrorAfter(production)) return false;
  error = std::move(d);
  return false;
}

namespace {

// A `[@@warning ...]` belongs to the innermost binding around it (`let x =
// e [@@warning ...]`, also inside an expression), else to the innermost
// item around it (a type declaration, an exception, a module); a
// `let[@warning ...]` (or `and[@...]`) to the binding whose pattern comes
// next. Spans of bindings (and of items) nest, so one sweep in source
// order finds the innermost one around each attribute.
void AttachPostAttributes(ast::Ast& tree, std::string_view text) {
  // The word before `at`, past blanks (and an extension `%id`).
  auto word_before = [&](uint32_t at) {
    size_t end = at;
    while (end > 0 && IsBlank(text[end - 1])) --end;
    size_t begin = end;
    while (begin > 0 &&
           (IsIdentChar(text[begin - 1]) || text[begin - 1] == '%' || text[begin - 1] == '.'))
      --begin;
    std::string_view w = text.substr(begin, end - begin);
    return w.substr(0, w.find('%'));
  };
  // For each attribute of `kind` (in source order), the innermost of
  // `spans` (by id) that holds it, or kNone.
  auto innermost = [&](const std::vector<Span>& spans, ast::WarningAttribute::Kind kind) {
    std::vector<ast::Id> order(spans.size());
    for (ast::Id i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](ast::Id a, ast::Id b) {
      return spans[a].begin != spans[b].begin ? spans[a].begin < spans[b].begin
                                              : spans[a].end > spans[b].end;
    });
    std::vector<ast::Id> found(tree.warning_attributes.size(), ast::kNone);
    std::vector<ast::Id> open;  // the spans holding the current position, outermost first
    size_t next = 0;
    for (size_t k = 0; k < tree.warning_attributes.size(); ++k) {
      const ast::WarningAttribute& a = tree.warning_attributes[k];
      if (a.kind != kind) continue;
      for (; next < order.size() && spans[order[next]].begin <= a.span.begin; ++next) {
        while (!open.empty() && spans[open.back()].end <= spans[order[next]].begin) open.pop_back();
        open.push_back(order[next]);
      }
      while (!open.empty() && spans[open.back()].end < a.span.end) open.pop_back();
      if (!open.empty()) found[k] = open.back();
    }
    return found;
  };
  std::vector<Span> bindings(tree.bindings.size()), items(tree.items.size());
  for (ast::Id b = 0; b < bindings.size(); ++b) bindings[b] = tree.bindings[b].span;
  for (ast::Id i = 0; i < items.size(); ++i) items[i] = tree.items[i].span;
  std::vector<ast::Id> post_binding = innermost(bindings, ast::WarningAttribute::Kind::Post);
  std::vector<ast::Id> post_item = innermost(items, ast::WarningAttribute::Kind::Post);
  // The bindings by where their pattern starts.
  std::vector<std::pair<uint32_t, ast::Id>> patterns;
  for (ast::Id b = 0; b < tree.bindings.size(); ++b)
    patterns.emplace_back(tree.pats[tree.bindings[b].pat].span.begin, b);
  std::sort(patterns.begin(), patterns.end());
  for (size_t k = 0; k < tree.warning_attributes.size(); ++k) {
    ast::WarningAttribute& a = tree.warning_attributes[k];
    auto index = static_cast<uint32_t>(k);
    if (a.kind == ast::WarningAttribute::Kind::Expr) {
      if (a.expr != ast::kNone) {
        tree.expr_warnings[a.expr].push_back(index);
        continue;
      }
      if (a.type != ast::kNone) tree.type_warnings[a.type].push_back(index);
      if (a.pat != ast::kNone) tree.pat_warnings[a.pat].push_back(index);
      if (a.constructor != ast::kNone) tree.constructor_warnings[a.constructor].push_back(index);
      if (a.label != ast::kNone) tree.label_warnings[a.label].push_back(index);
      if (a.type != ast::kNone || a.pat != ast::kNone || a.constructor != ast::kNone ||
          a.label != ast::kNone)
        continue;
      std::string_view w = word_before(a.span.begin);
      if (w != "let" && w != "and") continue;
      auto at = std::lower_bound(patterns.begin(), patterns.end(),
                                 std::pair<uint32_t, ast::Id>{a.span.end, 0});
      if (at != patterns.end()) a.binding = at->second;
    } else if (a.kind == ast::WarningAttribute::Kind::Post) {
      // After a declaration of a group, for that declaration only
      // (Typedecl.transl_declaration); a group of one has it for the item.
      if (a.type_decl != ast::kNone) {
        ast::Id holder = post_item[k];
        bool alone = holder != ast::kNone && tree.items[holder].kind == ast::ItemKind::Type &&
                     tree.items[holder].list.size == 1;
        if (!alone) {
          tree.type_decl_warnings[a.type_decl].push_back(index);
          continue;
        }
        a.type_decl = ast::kNone;
      }
      // One the grammar attached (after a standalone expression) stays.
      if (a.item == ast::kNone) {
        a.binding = post_binding[k];
        if (a.binding == ast::kNone) a.item = post_item[k];
      }
    }
    if (a.binding != ast::kNone) tree.binding_warnings[a.binding].push_back(index);
    if (a.item != ast::kNone) tree.item_warnings[a.item].push_back(index);
  }
}

}  // namespace

ParseResult Parse(const SourceBuffer& source, ParseMode mode, size_t lex_ahead_from) {
  ParseResult result;
  // Room for the tree at once, from the size of the file (generously: what
  // is reserved and not used costs address space, not memory), so that the
  // arenas are not copied as they grow. Code without comments or
  // indentation has about one token in four bytes, 0.17 expressions, 0.13
  // list elements and 0.1 names per byte.
  size_t bytes = source.size();
  ast::Ast& tree = result.ast;
  tree.exprs.reserve(bytes / 4 + 16);
  tree.pats.reserve(bytes / 16 + 16);
  tree.ids.reserve(bytes / 4 + 16);
  tree.names.reserve(bytes / 8 + 16);
  tree.longidents.reserve(bytes / 8 + 16);
  tree.constants.reserve(bytes / 16 + 16);
  tree.bindings.reserve(bytes / 32 + 16);
  tree.cases.reserve(bytes / 32 + 16);
  tree.items.reserve(bytes / 32 + 16);
  tree.types.reserve(bytes / 16 + 16);
  tree.type_decls.reserve(bytes / 128 + 16);
  tree.constructors.reserve(bytes / 64 + 16);
  tree.labels.reserve(bytes / 64 + 16);
  // The parser reads the tokens from the lexer as it goes.
  ParseContext ctx(source, result.ast);
  ctx.builder().ReserveListCells(bytes / 32 + 64);  // reused: about the items of a structure
  ctx.stacks().Reserve(bytes / 32 + 1024);          // also about the items of a structure
  // The entry point is chosen by a first pseudo-token.
  ctx.SetStartToken(mode == ParseMode::Implementation ? TOK_START_IMPLEMENTATION
                                                      : TOK_START_INTERFACE);
  if (bytes >= lex_ahead_from) ctx.StartLexingAhead();
  int status = mlhint_yyparse(ctx);
  if (status != 0 && !ctx.error) ctx.SyntaxErrorAtLastToken();
  result.error = std::move(ctx.error);
  if (!result.error && !tree.warning_attributes.empty()) AttachPostAttributes(tree, source.text());
  if (!result.error) ctx.builder().CheckOptimisationAttributes();
  if (!result.error) ctx.builder().CheckAlertAttributes();

  // Lexer warnings on tokens the parser read, as OCaml prints them.
  uint32_t limit = result.error ? ctx.last_read() : UINT32_MAX;
  for (auto& pending : ctx.lex_warnings())
    if (pending.token_index <= limit) result.warnings.push_back(std::move(pending.diagnostic));
  return result;
}

}  // namespace mlhint
