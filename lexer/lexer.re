// OCaml 4.13's lexer (parsing/lexer.mll), rule for rule, as a re2c scanner.
// ocamllex and re2c agree on how a rule is chosen: the longest match wins,
// and between matches of the same length the rule written first. The rules
// below are therefore kept in lexer.mll's order.
//
// The scanner reads a NUL-terminated buffer ("sentinel with bounds checks"):
// a NUL byte inside the file is an ordinary (illegal) character; the $ rule
// fires only at the real end.

#include <cstdio>
#include <string>
#include <utility>

#include "diagnostics/warnings.h"
#include "lexer/lexer.h"

namespace mlhint {
namespace {

/*!re2c
  re2c:api:style = free-form;
  re2c:define:YYCTYPE = "unsigned char";
  re2c:define:YYCURSOR = cur_;
  re2c:define:YYMARKER = mar_;
  re2c:define:YYLIMIT = lim_;
  re2c:yyfill:enable = 0;
  re2c:eof = 0;

  newline = "\r"* "\n";
  blank = [ \t\x0c];
  lowercase = [a-z_];
  uppercase = [A-Z];
  identchar = [A-Za-z_'0-9];
  lowercase_latin1 = [a-z\xdf-\xf6\xf8-\xff_];
  uppercase_latin1 = [A-Z\xc0-\xd6\xd8-\xde];
  identchar_latin1 = [A-Za-z_\xc0-\xd6\xd8-\xf6\xf8-\xff'0-9];
  symbolchar = [!$%&*+\-./:<=>?@^|~];
  dotsymbolchar = [!$%&*+\-/:=>?@^|];
  symbolchar_or_hash = symbolchar | "#";
  kwdopchar = [$&*+\-/<=>@^|];
  ident = (lowercase | uppercase) identchar*;
  extattrident = ident ("." ident)*;
  decimal_literal = [0-9] [0-9_]*;
  hex_digit = [0-9A-Fa-f];
  hex_literal = "0" [xX] [0-9A-Fa-f] [0-9A-Fa-f_]*;
  oct_literal = "0" [oO] [0-7] [0-7_]*;
  bin_literal = "0" [bB] [0-1] [0-1_]*;
  int_literal = decimal_literal | hex_literal | oct_literal | bin_literal;
  float_literal = [0-9] [0-9_]* ("." [0-9_]*)? ([eE] [+\-]? [0-9] [0-9_]*)?;
  hex_float_literal = "0" [xX] [0-9A-Fa-f] [0-9A-Fa-f_]* ("." [0-9A-Fa-f_]*)? ([pP] [+\-]? [0-9] [0-9_]*)?;
  literal_modifier = [G-Zg-z];
*/

// Char.escaped, as OCaml's "Illegal character (%s)" message prints a byte.
std::string CharEscaped(unsigned char c) {
  switch (c) {
    case '\'': return "\\'";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\t': return "\\t";
    case '\r': return "\\r";
    case '\b': return "\\b";
    default: break;
  }
  if (c >= ' ' && c <= '~') return std::string(1, static_cast<char>(c));
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\%03u", static_cast<unsigned>(c));
  return buf;
}

// OCaml's %S: the string with String.escaped, in double quotes.
std::string OcamlQuoted(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) out += c == '"' ? std::string("\\\"") : c == '\'' ? std::string("'") : CharEscaped(c);
  return out + "\"";
}

int DigitValue(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return 10 + c - 'a';
  if (c >= 'A' && c <= 'F') return 10 + c - 'A';
  return 0;
}

// A lexical error: thrown inside the scanner, caught once in Fill().
struct LexFailure {
  Diagnostic diagnostic;
};

}  // namespace

class Lexer::Scanner {
 public:
  explicit Scanner(const SourceBuffer& source)
      : base_(reinterpret_cast<const unsigned char*>(source.data())),
        cur_(base_),
        lim_(base_ + source.size()) {}

  // The next tokens, up to `max` (> 0) of them; 0 after EOI or LEXERROR.
  size_t Fill(Token* out, size_t max) {
    if (done_) return 0;
    size_t n = 0;
    try {
      n = Scan(out, max);
    } catch (LexFailure& failure) {
      // Scan stored its tokens before the failing one, which leaves room.
      n = static_cast<size_t>(count_ - count_at_fill_);
      Span where = failure.diagnostic.span.value_or(Span{Offset(tok_), Offset(tok_)});
      out[n++] = Token{TokenKind::LEXERROR, where};
      ++count_;
      error_ = std::move(failure.diagnostic);
      done_ = true;
    }
    count_at_fill_ = count_;
    return n;
  }

  std::optional<Diagnostic> error_;
  std::vector<LexedBuffer::Pending> warnings_;

 private:
  uint32_t Offset(const unsigned char* p) const { return static_cast<uint32_t>(p - base_); }
  Span Here() const { return Span{Offset(tok_), Offset(cur_)}; }
  std::string Lexeme() const { return std::string(reinterpret_cast<const char*>(tok_), cur_ - tok_); }

  [[noreturn]] void Fail(DiagKind kind, Span span, std::string message) {
    throw LexFailure{MakeError(kind, span, Text(std::move(message)))};
  }

  // On the token being read, the count_-th.
  void Warn(int number, Span span, std::string message) {
    warnings_.push_back({count_, MakeWarning(number, span, std::move(message))});
  }

  void WarnLatin1() {
    warnings_.push_back({count_, MakeAlert("deprecated", Here(), "ISO-Latin1 characters in identifiers")});
  }

  // After a `#` at the start of a line: OCaml's line directive
  // (`# 10 "gen.ml"`), which renames the file and renumbers the lines for
  // diagnostics. mlhint reports its positions in the file it reads, so it
  // refuses the directive rather than report misleading positions. Anything
  // else is an ordinary `#`.
  void LineDirective() {
    const unsigned char* p = cur_;
    auto blanks = [&] {
      while (*p == ' ' || *p == '\t') ++p;
    };
    blanks();
    const unsigned char* digits = p;
    while (*p >= '0' && *p <= '9') ++p;
    if (p == digits) return;
    std::string number(reinterpret_cast<const char*>(digits), p - digits);
    blanks();
    if (*p != '"') return;
    ++p;
    while (p < lim_ && *p != '"' && *p != '\n' && *p != '\r') ++p;
    if (p >= lim_ || *p != '"') return;
    const unsigned char* directive_end = ++p;
    while (p < lim_ && *p != '\n' && *p != '\r') ++p;
    Span span{Offset(cur_), Offset(p)};
    // int_of_string: OCaml's 63-bit int.
    std::string trimmed = number.substr(std::min(number.find_first_not_of('0'), number.size()));
    bool out_of_range = trimmed.size() > 19 || (trimmed.size() == 19 && trimmed > "4611686018427387903");
    if (out_of_range) {
      std::string directive = "#" + std::string(reinterpret_cast<const char*>(cur_), directive_end - cur_);
      Fail(DiagKind::InvalidDirective, span,
           "Invalid lexer directive " + OcamlQuoted(directive) + ": line number out of range");
    }
    Fail(DiagKind::Unsupported, Span{Offset(tok_), Offset(p)}, "Line directives are not supported by mlhint");
  }

  [[noreturn]] void IllegalEscape(Span span, const std::string& lexeme, const std::string& reason) {
    std::string message = "Illegal backslash escape in string or character (" + lexeme + ")";
    if (!reason.empty()) message += ": " + reason;
    Fail(DiagKind::IllegalEscape, span, std::move(message));
  }

  // The three digits of a \ddd escape starting at p; an error outside 0-255
  // (except inside a comment, where OCaml is lenient).
  void CheckDecimalEscape(const unsigned char* p) {
    int value = 100 * (p[0] - '0') + 10 * (p[1] - '0') + (p[2] - '0');
    if (value > 255 && !in_comment_)
      IllegalEscape(Here(), Lexeme(),
                    std::to_string(value) + " is outside the range of legal characters (0-255).");
  }
  void CheckOctalEscape(const unsigned char* p) {
    int value = 64 * (p[0] - '0') + 8 * (p[1] - '0') + (p[2] - '0');
    if (value > 255 && !in_comment_) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "o%o (=%d) is outside the range of legal characters (0-255).", value, value);
      IllegalEscape(Here(), Lexeme(), buf);
    }
  }
  // \u{...}: OCaml checks it even inside comments.
  void CheckUnicodeEscape() {
    const unsigned char* first = tok_ + 3;
    const unsigned char* last = cur_ - 1;  // the closing brace
    if (last - first > 6) IllegalEscape(Here(), Lexeme(), "too many digits, expected 1 to 6 hexadecimal digits");
    long cp = 0;
    for (const unsigned char* p = first; p < last; ++p) cp = 16 * cp + DigitValue(*p);
    bool valid = (cp >= 0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0x10FFFF);
    if (!valid) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%lX is not a Unicode scalar value", cp);
      IllegalEscape(Here(), Lexeme(), buf);
    }
  }

  size_t Scan(Token* out, size_t max);
  void Label(bool optional);
  void Comment();
  // Reads a string body after its opening quote; tok_ is restored by callers.
  void StringBody(const unsigned char* string_start);
  void QuotedStringBody(std::string_view delim, Span start_span);

  const unsigned char* base_;
  const unsigned char* cur_;
  const unsigned char* lim_;
  const unsigned char* mar_ = nullptr;
  const unsigned char* tok_ = nullptr;
  bool in_comment_ = false;
  // Innermost-last stack of the "(*" that opened each nested comment.
  std::vector<Span> comment_starts_;
  uint32_t count_ = 0;          // tokens produced
  uint32_t count_at_fill_ = 0;  // count_ when Fill was last called
  bool done_ = false;
};

void Lexer::Scanner::Label(bool optional) {
  // The name is between the leading ~ or ? and the trailing colon.
  std::string_view name(reinterpret_cast<const char*>(tok_ + 1), cur_ - tok_ - 2);
  // OCaml's keyword table includes the infix words (mod, land, ...).
  if (KeywordKind(name))
    Fail(DiagKind::KeywordAsLabel, Here(), "`" + std::string(name) + "' is a keyword, it cannot be used as label name");
  (void)optional;
}

// Tokens into out[n], up to `max` of them; EMIT stores one (and counts it,
// for the warnings' token indices) and goes on with the next.
#define EMIT(kind)                                                \
  {                                                               \
    out[n++] = Token{kind, Span{Offset(tok_), Offset(cur_)}};     \
    ++count_;                                                     \
    if (n == max) return n;                                       \
    continue;                                                     \
  }
#define EMIT_LAST(kind)                                           \
  {                                                               \
    out[n++] = Token{kind, Span{Offset(tok_), Offset(cur_)}};     \
    ++count_;                                                     \
    done_ = true;                                                 \
    return n;                                                     \
  }

size_t Lexer::Scanner::Scan(Token* out, size_t max) {
  size_t n = 0;
  for (;;) {
    tok_ = cur_;
    const unsigned char* s1 = nullptr;  // start of a sub-match, where needed
    (void)s1;
    /*!re2c
      "\\" newline { Fail(DiagKind::IllegalCharacter, Span{Offset(tok_), Offset(tok_) + 1}, "Illegal character (\\\\)"); }
      newline { continue; }
      blank+ { continue; }
      "_" { EMIT(TokenKind::UNDERSCORE); }
      "~" { EMIT(TokenKind::TILDE); }
      ".~" { Fail(DiagKind::ReservedSequence, Here(), "Reserved character sequence: .~ is reserved for use in MetaOCaml"); }
      "~" lowercase identchar* ":" { Label(false); EMIT(TokenKind::LABEL); }
      "~" lowercase_latin1 identchar_latin1* ":" { WarnLatin1(); EMIT(TokenKind::LABEL); }
      "?" { EMIT(TokenKind::QUESTION); }
      "?" lowercase identchar* ":" { Label(true); EMIT(TokenKind::OPTLABEL); }
      "?" lowercase_latin1 identchar_latin1* ":" { WarnLatin1(); EMIT(TokenKind::OPTLABEL); }
      // Keywords are rules of their own (an identifier that merely starts
      // with one is longer, and the longest match wins).
      "and" { EMIT(TokenKind::AND); }
      "as" { EMIT(TokenKind::AS); }
      "assert" { EMIT(TokenKind::ASSERT); }
      "asr" { EMIT(TokenKind::INFIXOP4); }
      "begin" { EMIT(TokenKind::BEGIN); }
      "class" { EMIT(TokenKind::CLASS); }
      "constraint" { EMIT(TokenKind::CONSTRAINT); }
      "do" { EMIT(TokenKind::DO); }
      "done" { EMIT(TokenKind::DONE); }
      "downto" { EMIT(TokenKind::DOWNTO); }
      "else" { EMIT(TokenKind::ELSE); }
      "end" { EMIT(TokenKind::END); }
      "exception" { EMIT(TokenKind::EXCEPTION); }
      "external" { EMIT(TokenKind::EXTERNAL); }
      "false" { EMIT(TokenKind::FALSE); }
      "for" { EMIT(TokenKind::FOR); }
      "fun" { EMIT(TokenKind::FUN); }
      "function" { EMIT(TokenKind::FUNCTION); }
      "functor" { EMIT(TokenKind::FUNCTOR); }
      "if" { EMIT(TokenKind::IF); }
      "in" { EMIT(TokenKind::IN); }
      "include" { EMIT(TokenKind::INCLUDE); }
      "inherit" { EMIT(TokenKind::INHERIT); }
      "initializer" { EMIT(TokenKind::INITIALIZER); }
      "land" { EMIT(TokenKind::INFIXOP3); }
      "lazy" { EMIT(TokenKind::LAZY); }
      "let" { EMIT(TokenKind::LET); }
      "lor" { EMIT(TokenKind::INFIXOP3); }
      "lsl" { EMIT(TokenKind::INFIXOP4); }
      "lsr" { EMIT(TokenKind::INFIXOP4); }
      "lxor" { EMIT(TokenKind::INFIXOP3); }
      "match" { EMIT(TokenKind::MATCH); }
      "method" { EMIT(TokenKind::METHOD); }
      "mod" { EMIT(TokenKind::INFIXOP3); }
      "module" { EMIT(TokenKind::MODULE); }
      "mutable" { EMIT(TokenKind::MUTABLE); }
      "new" { EMIT(TokenKind::NEW); }
      "nonrec" { EMIT(TokenKind::NONREC); }
      "object" { EMIT(TokenKind::OBJECT); }
      "of" { EMIT(TokenKind::OF); }
      "open" { EMIT(TokenKind::OPEN); }
      "or" { EMIT(TokenKind::OR); }
      "private" { EMIT(TokenKind::PRIVATE); }
      "rec" { EMIT(TokenKind::REC); }
      "sig" { EMIT(TokenKind::SIG); }
      "struct" { EMIT(TokenKind::STRUCT); }
      "then" { EMIT(TokenKind::THEN); }
      "to" { EMIT(TokenKind::TO); }
      "true" { EMIT(TokenKind::TRUE); }
      "try" { EMIT(TokenKind::TRY); }
      "type" { EMIT(TokenKind::TYPE); }
      "val" { EMIT(TokenKind::VAL); }
      "virtual" { EMIT(TokenKind::VIRTUAL); }
      "when" { EMIT(TokenKind::WHEN); }
      "while" { EMIT(TokenKind::WHILE); }
      "with" { EMIT(TokenKind::WITH); }
      lowercase identchar* { EMIT(TokenKind::LIDENT); }
      lowercase_latin1 identchar_latin1* { WarnLatin1(); EMIT(TokenKind::LIDENT); }
      uppercase identchar* { EMIT(TokenKind::UIDENT); }
      uppercase_latin1 identchar_latin1* { WarnLatin1(); EMIT(TokenKind::UIDENT); }
      int_literal { EMIT(TokenKind::INT); }
      int_literal literal_modifier { EMIT(TokenKind::INT); }
      float_literal | hex_float_literal { EMIT(TokenKind::FLOAT); }
      (float_literal | hex_float_literal) literal_modifier { EMIT(TokenKind::FLOAT); }
      (float_literal | hex_float_literal | int_literal) identchar+ {
        Fail(DiagKind::InvalidLiteral, Here(), "Invalid literal " + Lexeme());
      }
      "\"" {
        const unsigned char* start = tok_;
        StringBody(start);
        tok_ = start;
        EMIT(TokenKind::STRING);
      }
      "{" lowercase* "|" {
        const unsigned char* start = tok_;
        std::string_view delim(reinterpret_cast<const char*>(tok_ + 1), cur_ - tok_ - 2);
        QuotedStringBody(delim, Here());
        tok_ = start;
        EMIT(TokenKind::STRING);
      }
      "{%" "%"? extattrident blank* lowercase* "|" {
        const unsigned char* start = tok_;
        // The delimiter is the lowercase run just before the bar, after blanks.
        const unsigned char* d = cur_ - 1;
        while (d > tok_ && ((*(d - 1) >= 'a' && *(d - 1) <= 'z') || *(d - 1) == '_')) --d;
        bool has_blank = d > tok_ && (*(d - 1) == ' ' || *(d - 1) == '\t' || *(d - 1) == '\x0c');
        std::string_view delim = has_blank ? std::string_view(reinterpret_cast<const char*>(d), cur_ - 1 - d)
                                           : std::string_view();
        QuotedStringBody(delim, Here());
        bool item = tok_[2] == '%';
        tok_ = start;
        EMIT(item ? TokenKind::QUOTED_STRING_ITEM : TokenKind::QUOTED_STRING_EXPR);
      }
      "'" newline "'" { EMIT(TokenKind::CHAR); }
      "'" [^\\'\n\r\x00] "'" { EMIT(TokenKind::CHAR); }
      "'" "\x00" "'" { EMIT(TokenKind::CHAR); }
      "'\\" [\\'"ntbr ] "'" { EMIT(TokenKind::CHAR); }
      "'\\" [0-9] [0-9] [0-9] "'" { CheckDecimalEscape(tok_ + 2); EMIT(TokenKind::CHAR); }
      "'\\" "o" [0-7] [0-7] [0-7] "'" { CheckOctalEscape(tok_ + 3); EMIT(TokenKind::CHAR); }
      "'\\" "x" hex_digit hex_digit "'" { EMIT(TokenKind::CHAR); }
      "'" "\\" [^] {
        IllegalEscape(Here(), std::string(reinterpret_cast<const char*>(tok_ + 1), 2), "");
      }
      "''" {
        throw LexFailure{[&] {
          Diagnostic d = MakeError(DiagKind::EmptyCharacterLiteral, Here(), Text("Illegal empty character literal ''"));
          d.children.push_back(Child{Child::Role::Hint, std::nullopt,
                                     Text("Hint: Did you mean ' ' or a type variable 'a?"), "", std::nullopt});
          return d;
        }()};
      }
      "(*" { Comment(); continue; }
      "(*)" {
        Warn(1, Here(),
             "this `(*' is the start of a comment.\n"
             "Hint: Did you forget spaces when writing the infix operator `( * )'?");
        Comment();
        continue;
      }
      "(*" "*"* "*)" { continue; }
      "*)" {
        Warn(2, Here(), "this is not the end of a comment.");
        --cur_;
        EMIT(TokenKind::STAR);
      }
      "#" {
        if (tok_ == base_ || tok_[-1] == '\n') LineDirective();
        EMIT(TokenKind::HASH);
      }
      "&" { EMIT(TokenKind::AMPERSAND); }
      "&&" { EMIT(TokenKind::AMPERAMPER); }
      "`" { EMIT(TokenKind::BACKQUOTE); }
      "'" { EMIT(TokenKind::QUOTE); }
      "(" { EMIT(TokenKind::LPAREN); }
      ")" { EMIT(TokenKind::RPAREN); }
      "*" { EMIT(TokenKind::STAR); }
      "," { EMIT(TokenKind::COMMA); }
      "->" { EMIT(TokenKind::MINUSGREATER); }
      "." { EMIT(TokenKind::DOT); }
      ".." { EMIT(TokenKind::DOTDOT); }
      "." dotsymbolchar symbolchar* { EMIT(TokenKind::DOTOP); }
      ":" { EMIT(TokenKind::COLON); }
      "::" { EMIT(TokenKind::COLONCOLON); }
      ":=" { EMIT(TokenKind::COLONEQUAL); }
      ":>" { EMIT(TokenKind::COLONGREATER); }
      ";" { EMIT(TokenKind::SEMI); }
      ";;" { EMIT(TokenKind::SEMISEMI); }
      "<" { EMIT(TokenKind::LESS); }
      "<-" { EMIT(TokenKind::LESSMINUS); }
      "=" { EMIT(TokenKind::EQUAL); }
      "[" { EMIT(TokenKind::LBRACKET); }
      "[|" { EMIT(TokenKind::LBRACKETBAR); }
      "[<" { EMIT(TokenKind::LBRACKETLESS); }
      "[>" { EMIT(TokenKind::LBRACKETGREATER); }
      "]" { EMIT(TokenKind::RBRACKET); }
      "{" { EMIT(TokenKind::LBRACE); }
      "{<" { EMIT(TokenKind::LBRACELESS); }
      "|" { EMIT(TokenKind::BAR); }
      "||" { EMIT(TokenKind::BARBAR); }
      "|]" { EMIT(TokenKind::BARRBRACKET); }
      ">" { EMIT(TokenKind::GREATER); }
      ">]" { EMIT(TokenKind::GREATERRBRACKET); }
      "}" { EMIT(TokenKind::RBRACE); }
      ">}" { EMIT(TokenKind::GREATERRBRACE); }
      "[@" { EMIT(TokenKind::LBRACKETAT); }
      "[@@" { EMIT(TokenKind::LBRACKETATAT); }
      "[@@@" { EMIT(TokenKind::LBRACKETATATAT); }
      "[%" { EMIT(TokenKind::LBRACKETPERCENT); }
      "[%%" { EMIT(TokenKind::LBRACKETPERCENTPERCENT); }
      "!" { EMIT(TokenKind::BANG); }
      "!=" { EMIT(TokenKind::INFIXOP0); }
      "+" { EMIT(TokenKind::PLUS); }
      "+." { EMIT(TokenKind::PLUSDOT); }
      "+=" { EMIT(TokenKind::PLUSEQ); }
      "-" { EMIT(TokenKind::MINUS); }
      "-." { EMIT(TokenKind::MINUSDOT); }
      "!" symbolchar_or_hash+ { EMIT(TokenKind::PREFIXOP); }
      [~?] symbolchar_or_hash+ { EMIT(TokenKind::PREFIXOP); }
      [=<>|&$] symbolchar* { EMIT(TokenKind::INFIXOP0); }
      [@^] symbolchar* { EMIT(TokenKind::INFIXOP1); }
      [+\-] symbolchar* { EMIT(TokenKind::INFIXOP2); }
      "**" symbolchar* { EMIT(TokenKind::INFIXOP4); }
      "%" { EMIT(TokenKind::PERCENT); }
      [*/%] symbolchar* { EMIT(TokenKind::INFIXOP3); }
      "#" symbolchar_or_hash+ { EMIT(TokenKind::HASHOP); }
      "let" kwdopchar dotsymbolchar* { EMIT(TokenKind::LETOP); }
      "and" kwdopchar dotsymbolchar* { EMIT(TokenKind::ANDOP); }
      $ { EMIT_LAST(TokenKind::EOI); }
      [^] { Fail(DiagKind::IllegalCharacter, Here(), "Illegal character (" + CharEscaped(*tok_) + ")"); }
    */
  }
}

#undef EMIT
#undef EMIT_LAST

void Lexer::Scanner::Comment() {
  comment_starts_.assign(1, Here());
  in_comment_ = true;
  for (;;) {
    tok_ = cur_;
    /*!re2c
      "(*" { comment_starts_.push_back(Here()); continue; }
      "*)" {
        comment_starts_.pop_back();
        if (comment_starts_.empty()) {
          in_comment_ = false;
          return;
        }
        continue;
      }
      "\"" {
        const unsigned char* start = tok_;
        StringBody(start);
        continue;
      }
      "{" ("%" "%"? extattrident blank*)? lowercase* "|" {
        // The delimiter is the lowercase run just before the bar.
        const unsigned char* d = cur_ - 1;
        while (d > tok_ && ((*(d - 1) >= 'a' && *(d - 1) <= 'z') || *(d - 1) == '_')) --d;
        if (tok_[1] == '%') {
          bool has_blank = d > tok_ && (*(d - 1) == ' ' || *(d - 1) == '\t' || *(d - 1) == '\x0c');
          if (!has_blank) d = cur_ - 1;
        }
        QuotedStringBody(std::string_view(reinterpret_cast<const char*>(d), cur_ - 1 - d), Here());
        continue;
      }
      "''" { continue; }
      "'" newline "'" { continue; }
      "'" [^\\'\n\r] "'" { continue; }
      "'\\" [\\"'ntbr ] "'" { continue; }
      "'\\" [0-9] [0-9] [0-9] "'" { continue; }
      "'\\" "o" [0-3] [0-7] [0-7] "'" { continue; }
      "'\\" "x" hex_digit hex_digit "'" { continue; }
      $ {
        Span innermost = comment_starts_.back();
        comment_starts_.clear();
        in_comment_ = false;
        tok_ = cur_;
        Fail(DiagKind::UnterminatedComment, innermost, "Comment not terminated");
      }
      newline { continue; }
      ident { continue; }
      [^] { continue; }
    */
  }
}

// In a comment, an unterminated string is reported at the innermost comment
// with a pointer to the string; outside, at the opening quote.
void Lexer::Scanner::StringBody(const unsigned char* string_start) {
  Span start_span{Offset(string_start), Offset(string_start) + 1};
  for (;;) {
    tok_ = cur_;
    /*!re2c
      "\"" { return; }
      "\\" newline [ \t]* { continue; }
      "\\" [\\'"ntbr ] { continue; }
      "\\" [0-9] [0-9] [0-9] { CheckDecimalEscape(tok_ + 1); continue; }
      "\\" "o" [0-7] [0-7] [0-7] { CheckOctalEscape(tok_ + 2); continue; }
      "\\" "x" hex_digit hex_digit { continue; }
      "\\" "u" "{" hex_digit+ "}" { CheckUnicodeEscape(); continue; }
      "\\" [^] {
        if (!in_comment_) Warn(14, Here(), "illegal backslash escape in string.");
        continue;
      }
      newline {
        if (!in_comment_) Warn(29, Here(), "unescaped end-of-line in a string constant (non-portable code)");
        continue;
      }
      $ {
        tok_ = cur_;
        if (in_comment_) {
          Diagnostic d = MakeError(DiagKind::UnterminatedStringInComment, comment_starts_.back(),
                                   Text("This comment contains an unterminated string literal"));
          d.children.push_back(Child{Child::Role::Note, start_span, Text("String literal begins here"), "", std::nullopt});
          throw LexFailure{std::move(d)};
        }
        Fail(DiagKind::UnterminatedString, start_span, "String literal not terminated");
      }
      [^] { continue; }
    */
  }
}

void Lexer::Scanner::QuotedStringBody(std::string_view delim, Span start_span) {
  for (;;) {
    tok_ = cur_;
    /*!re2c
      newline { continue; }
      $ {
        tok_ = cur_;
        if (in_comment_) {
          Diagnostic d = MakeError(DiagKind::UnterminatedStringInComment, comment_starts_.back(),
                                   Text("This comment contains an unterminated string literal"));
          d.children.push_back(Child{Child::Role::Note, start_span, Text("String literal begins here"), "", std::nullopt});
          throw LexFailure{std::move(d)};
        }
        Fail(DiagKind::UnterminatedString, start_span, "String literal not terminated");
      }
      "|" lowercase* "}" {
        std::string_view edelim(reinterpret_cast<const char*>(tok_ + 1), cur_ - tok_ - 2);
        if (edelim == delim) return;
        continue;
      }
      [^] { continue; }
    */
  }
}

std::optional<TokenKind> KeywordKind(std::string_view s) {
  // Sorted by first letter; a switch keeps this off the profile.
  struct Entry {
    std::string_view text;
    TokenKind kind;
  };
  static constexpr Entry kKeywords[] = {
      {"and", TokenKind::AND},         {"as", TokenKind::AS},
      {"assert", TokenKind::ASSERT},   {"asr", TokenKind::INFIXOP4},
      {"begin", TokenKind::BEGIN},     {"class", TokenKind::CLASS},
      {"constraint", TokenKind::CONSTRAINT}, {"do", TokenKind::DO},
      {"done", TokenKind::DONE},       {"downto", TokenKind::DOWNTO},
      {"else", TokenKind::ELSE},       {"end", TokenKind::END},
      {"exception", TokenKind::EXCEPTION}, {"external", TokenKind::EXTERNAL},
      {"false", TokenKind::FALSE},     {"for", TokenKind::FOR},
      {"fun", TokenKind::FUN},         {"function", TokenKind::FUNCTION},
      {"functor", TokenKind::FUNCTOR}, {"if", TokenKind::IF},
      {"in", TokenKind::IN},           {"include", TokenKind::INCLUDE},
      {"inherit", TokenKind::INHERIT}, {"initializer", TokenKind::INITIALIZER},
      {"land", TokenKind::INFIXOP3},   {"lazy", TokenKind::LAZY},
      {"let", TokenKind::LET},         {"lor", TokenKind::INFIXOP3},
      {"lsl", TokenKind::INFIXOP4},    {"lsr", TokenKind::INFIXOP4},
      {"lxor", TokenKind::INFIXOP3},   {"match", TokenKind::MATCH},
      {"method", TokenKind::METHOD},   {"mod", TokenKind::INFIXOP3},
      {"module", TokenKind::MODULE},   {"mutable", TokenKind::MUTABLE},
      {"new", TokenKind::NEW},         {"nonrec", TokenKind::NONREC},
      {"object", TokenKind::OBJECT},   {"of", TokenKind::OF},
      {"open", TokenKind::OPEN},       {"or", TokenKind::OR},
      {"private", TokenKind::PRIVATE}, {"rec", TokenKind::REC},
      {"sig", TokenKind::SIG},         {"struct", TokenKind::STRUCT},
      {"then", TokenKind::THEN},       {"to", TokenKind::TO},
      {"true", TokenKind::TRUE},       {"try", TokenKind::TRY},
      {"type", TokenKind::TYPE},       {"val", TokenKind::VAL},
      {"virtual", TokenKind::VIRTUAL}, {"when", TokenKind::WHEN},
      {"while", TokenKind::WHILE},     {"with", TokenKind::WITH},
  };
  if (s.size() < 2 || s.size() > 11) return std::nullopt;
  char first = s[0];
  if (first < 'a' || first > 'w') return std::nullopt;
  for (const Entry& e : kKeywords)
    if (e.text[0] == first && e.text == s) return e.kind;
  return std::nullopt;
}

std::string_view TokenKindName(TokenKind kind) {
  static constexpr std::string_view kNames[] = {
#define X(name, spelling) #name,
#include "lexer/token_kinds.def"
#undef X
  };
  return kNames[static_cast<size_t>(kind)];
}

Lexer::Lexer(const SourceBuffer& source) : scanner_(std::make_unique<Scanner>(source)) {}
Lexer::~Lexer() = default;

size_t Lexer::Read(Token* out, size_t max) { return scanner_->Fill(out, max); }
std::optional<Diagnostic>& Lexer::error() { return scanner_->error_; }
std::vector<LexedBuffer::Pending>& Lexer::warnings() { return scanner_->warnings_; }

LexedBuffer Lex(const SourceBuffer& source) {
  Lexer::Scanner scanner(source);
  LexedBuffer out;
  // About one token in three bytes in ordinary code; what is reserved and
  // not used is address space, not memory, so err on the large side.
  out.tokens.reserve(static_cast<size_t>(source.size()) / 2 + 16);
  constexpr size_t kChunk = 4096;
  for (;;) {
    size_t used = out.tokens.size();
    out.tokens.resize(used + kChunk);
    size_t n = scanner.Fill(out.tokens.data() + used, kChunk);
    out.tokens.resize(used + n);
    if (n == 0) break;
  }
  out.error = std::move(scanner.error_);
  out.warnings = std::move(scanner.warnings_);
  return out;
}

}  // namespace mlhint
