#include "testsuite/fuzz/generator/mutations.h"

#include <utility>
#include <vector>

#include "lexer/lexer.h"
#include "support/source.h"

namespace mlhint::progen {
namespace {

// The operators a slip turns into one another (each pair both ways).
constexpr std::pair<std::string_view, std::string_view> kOperatorSlips[] = {
    {"+", "+."},  {"-", "-."}, {"*", "*."}, {"/", "/."}, {"^", "+"},   {"::", "@"},
    {"&&", "||"}, {"<", "<="}, {"=", "=="}, {":=", "="}, {"<-", ":="}, {"mod", "/"},
};

struct Tok {
  TokenKind kind;
  Span span;
};

std::vector<Tok> Tokens(std::string_view program) {
  SourceBuffer source("mutant.ml", std::string(program));
  LexedBuffer lexed = Lex(source);
  std::vector<Tok> tokens;
  for (const Token& t : lexed.tokens)
    if (t.kind != TokenKind::EOI && t.kind != TokenKind::LEXERROR)
      tokens.push_back(Tok{t.kind, t.span});
  return tokens;
}

std::string Replace(std::string_view text, Span span, std::string_view with) {
  std::string out(text.substr(0, span.begin));
  out += with;
  out += text.substr(span.end);
  return out;
}

std::string_view Spelling(std::string_view text, const Tok& t) {
  return text.substr(t.span.begin, t.span.size());
}

// The indices of the tokens that `keep` accepts.
template <typename Keep>
std::vector<size_t> Where(const std::vector<Tok>& tokens, Keep keep) {
  std::vector<size_t> out;
  for (size_t i = 0; i < tokens.size(); ++i)
    if (keep(tokens[i])) out.push_back(i);
  return out;
}

}  // namespace

std::string_view MutationName(MutationKind kind) {
  switch (kind) {
    case MutationKind::SwapTokens:
      return "swap-tokens";
    case MutationKind::DropParenthesis:
      return "drop-parenthesis";
    case MutationKind::ChangeOperator:
      return "change-operator";
    case MutationKind::DropBang:
      return "drop-bang";
    case MutationKind::DropToken:
      return "drop-token";
    case MutationKind::DuplicateToken:
      return "duplicate-token";
    case MutationKind::ChangeLiteral:
      return "change-literal";
    case MutationKind::ReplaceIdentifier:
      return "replace-identifier";
  }
  return "?";
}

std::string Mutate(std::string_view text, MutationKind kind, Choices& choices) {
  std::vector<Tok> tokens = Tokens(text);
  auto pick = [&](const std::vector<size_t>& places) -> const Tok* {
    if (places.empty()) return nullptr;
    return &tokens[places[choices.Below(static_cast<uint32_t>(places.size()))]];
  };
  auto all = [](const Tok&) { return true; };
  switch (kind) {
    case MutationKind::SwapTokens: {
      if (tokens.size() < 2) break;
      size_t i = choices.Below(static_cast<uint32_t>(tokens.size() - 1));
      const Tok &a = tokens[i], &b = tokens[i + 1];
      std::string out(text.substr(0, a.span.begin));
      out += Spelling(text, b);
      out += text.substr(a.span.end, b.span.begin - a.span.end);
      out += Spelling(text, a);
      out += text.substr(b.span.end);
      return out;
    }
    case MutationKind::DropParenthesis:
      if (const Tok* paren = pick(Where(tokens, [](const Tok& t) {
            return t.kind == TokenKind::LPAREN || t.kind == TokenKind::RPAREN;
          })))
        return Replace(text, paren->span, "");
      break;
    case MutationKind::ChangeOperator: {
      std::vector<std::pair<size_t, std::string_view>> places;
      for (size_t i = 0; i < tokens.size(); ++i) {
        std::string_view s = Spelling(text, tokens[i]);
        for (const auto& [a, b] : kOperatorSlips) {
          if (s == a) places.push_back({i, b});
          if (s == b) places.push_back({i, a});
        }
      }
      if (places.empty()) break;
      const auto& [i, with] = places[choices.Below(static_cast<uint32_t>(places.size()))];
      return Replace(text, tokens[i].span, with);
    }
    case MutationKind::DropBang:
      if (const Tok* bang =
              pick(Where(tokens, [](const Tok& t) { return t.kind == TokenKind::BANG; })))
        return Replace(text, bang->span, "");
      break;
    case MutationKind::DropToken:
      if (const Tok* t = pick(Where(tokens, all))) return Replace(text, t->span, "");
      break;
    case MutationKind::DuplicateToken:
      if (const Tok* t = pick(Where(tokens, all))) {
        std::string twice(Spelling(text, *t));
        twice += " " + twice;
        return Replace(text, t->span, twice);
      }
      break;
    case MutationKind::ChangeLiteral:
      if (const Tok* literal = pick(Where(tokens, [](const Tok& t) {
            return t.kind == TokenKind::INT || t.kind == TokenKind::FLOAT ||
                   t.kind == TokenKind::STRING || t.kind == TokenKind::CHAR;
          }))) {
        static constexpr std::string_view kInstead[] = {"1",  "1.", "\"1\"", "'1'",
                                                        "1l", "1L", "true",  "[1]"};
        return Replace(text, literal->span, kInstead[choices.Below(std::size(kInstead))]);
      }
      break;
    case MutationKind::ReplaceIdentifier: {
      std::vector<size_t> names = Where(tokens, [](const Tok& t) {
        return t.kind == TokenKind::LIDENT || t.kind == TokenKind::UIDENT;
      });
      if (names.size() < 2) break;
      const Tok& at = tokens[names[choices.Below(static_cast<uint32_t>(names.size()))]];
      const Tok& other = tokens[names[choices.Below(static_cast<uint32_t>(names.size()))]];
      return Replace(text, at.span, Spelling(text, other));
    }
  }
  return std::string(text);
}

}  // namespace mlhint::progen
