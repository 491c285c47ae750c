#include "typing/format_string.h"

#include "support/escape.h"

namespace mlhint::typing {
namespace {

std::string Quoted(std::string_view s) {
  return OcamlQuotedString(s);
}
std::string QuotedChar(char c) {
  return OcamlQuotedChar(static_cast<unsigned char>(c));
}

struct Failed {
  std::string message;
};

class FormatParser {
 public:
  explicit FormatParser(std::string_view str) : str_(str) {}

  std::vector<FormatItem> Parse(size_t begin, size_t end) {
    std::vector<FormatItem> items;
    ParseInto(begin, end, items);
    return items;
  }

 private:
  [[noreturn]] void Invalid(size_t index, const std::string& what) {
    throw Failed{"invalid format " + Quoted(str_) + ": at character number " +
                 std::to_string(index) + ", " + what};
  }
  [[noreturn]] void UnexpectedEnd(size_t end) { Invalid(end, "unexpected end of format"); }

  // parse / parse_literal: literal text up to '%' or '@'.
  void ParseInto(size_t i, size_t end, std::vector<FormatItem>& items) {
    while (i < end) {
      char c = str_[i];
      if (c == '%') {
        i = ParseConversion(i, end, items);
      } else if (c == '@') {
        i = ParseAfterAt(i + 1, end, items);
      } else {
        ++i;
      }
    }
  }

  // parse_after_at: formatting indications; `@[` and `@{` may hold a
  // `<...>` sub-format, whose conversions come where it is. OCaml parses
  // what follows a tag before the tag itself, so an error inside the tag
  // counts only when the rest has none (the rightmost tag's first).
  size_t ParseAfterAt(size_t i, size_t end, std::vector<FormatItem>& items) {
    if (i == end) return i;
    char c = str_[i];
    if (c == '[' || c == '{') {
      size_t j = i + 1;
      if (j < end && str_[j] == '<') {
        size_t close = str_.find('>', j + 1);
        // Deep inside nested tags, the tag is read in line with the text
        // around it: the same conversions in the same order.
        if (close != std::string_view::npos && close < end && depth_ < kMaxTagDepth) {
          ++depth_;
          ParseDeferred(j, close + 1, items);
          --depth_;
          return close + 1;
        }
      }
      return j;
    }
    return i + 1;
  }

  // Parses [begin, end) into items; an error there is kept for later.
  void ParseDeferred(size_t begin, size_t end, std::vector<FormatItem>& items) {
    std::vector<FormatItem> sub;
    try {
      ParseInto(begin, end, sub);
    } catch (Failed& f) {
      deferred_ = std::move(f.message);
      sub.clear();
    }
    items.insert(items.end(), std::make_move_iterator(sub.begin()),
                 std::make_move_iterator(sub.end()));
  }

  [[noreturn]] void Incompatible(size_t pct, size_t next, char symb, const std::string& option) {
    throw Failed{"invalid format " + Quoted(str_) + ": at character number " + std::to_string(pct) +
                 ", " + option + " is incompatible with " + QuotedChar(symb) + " in sub-format " +
                 Quoted(str_.substr(pct, next - pct))};
  }

  size_t ParsePositive(size_t i, size_t end, int& value) {
    constexpr long long kMax = 144115188075855863LL;  // Sys.max_string_length (64-bit)
    long long acc = 0;
    for (;;) {
      if (i == end) UnexpectedEnd(end);
      char c = str_[i];
      if (c < '0' || c > '9') break;
      acc = acc * 10 + (c - '0');
      if (acc > kMax)
        throw Failed{"invalid format " + Quoted(str_) + ": integer " + std::to_string(acc) +
                     " is greater than the limit " + std::to_string(kMax)};
      ++i;
    }
    value = static_cast<int>(acc > 1000000 ? 1000000 : acc);
    return i;
  }

  static bool IsIntBase(char c) {
    return c == 'd' || c == 'i' || c == 'x' || c == 'X' || c == 'o' || c == 'u';
  }

  // parse_format .. parse_conversion for the conversion at `pct`.
  size_t ParseConversion(size_t pct, size_t end, std::vector<FormatItem>& items) {
    size_t i = pct + 1;
    if (i == end) UnexpectedEnd(end);
    bool ign = false;
    if (str_[i] == '_') {
      ign = true;
      ++i;
    }
    bool zero = false, minus = false;
    for (;;) {
      if (i == end) UnexpectedEnd(end);
      char c = str_[i];
      if (c == '0')
        zero = true;
      else if (c == '-')
        minus = true;
      else if (c != '+' && c != '#' && c != ' ')
        break;
      ++i;
    }
    if (i == end) UnexpectedEnd(end);
    FormatItem::Arg pad = FormatItem::Arg::None;
    int width = -1;
    if (str_[i] >= '0' && str_[i] <= '9') {
      i = ParsePositive(i, end, width);
      pad = FormatItem::Arg::Literal;
    } else if (str_[i] == '*') {
      pad = FormatItem::Arg::Star;
      ++i;
    } else if (zero && !minus) {
      pad = FormatItem::Arg::Literal;  // Lit_padding (Right, 0): %0c, %0s
      width = 0;
    }
    if (i == end) UnexpectedEnd(end);
    FormatItem::Arg prec = FormatItem::Arg::None;
    if (str_[i] == '.') {
      ++i;
      if (i == end) UnexpectedEnd(end);
      char c = str_[i];
      if (c >= '0' && c <= '9') {
        int p;
        i = ParsePositive(i, end, p);
        prec = FormatItem::Arg::Literal;
      } else if (c == '+' || c == '-') {
        int p;
        i = ParsePositive(i + 1, end, p);
        prec = FormatItem::Arg::Literal;
      } else if (c == '*') {
        prec = FormatItem::Arg::Star;
        ++i;
      } else {
        prec = FormatItem::Arg::Literal;  // legacy: '.' alone is '.0'
      }
      if (i == end) UnexpectedEnd(end);
    }
    // %s and %S (and %b) merge a precision into the padding in legacy mode.
    FormatItem::Arg padprec = pad;
    if (pad == FormatItem::Arg::None) padprec = prec;
    char symb = str_[i];
    size_t next = i + 1;
    FormatItem item;
    item.kind = FormatItem::Kind::Int;
    bool takes_arg = !ign;
    // `_` with a conversion that cannot be ignored (argument-less ones
    // are accepted in legacy mode).
    if (ign && (symb == 'a' || symb == 't')) Incompatible(pct, next, symb, "'_'");
    if (pad == FormatItem::Arg::Star && (symb == '{' || symb == '(' || symb == '[' || symb == 'c'))
      Incompatible(pct, next, symb, "'*'");
    switch (symb) {
      case ',':
        return next;
      case 'c':
        item.kind = pad == FormatItem::Arg::Literal && width == 0 ? FormatItem::Kind::ScanNextChar
                                                                  : FormatItem::Kind::Char;
        break;
      case 'C':
        item.kind = FormatItem::Kind::Char;
        break;
      case 's':
      case 'S':
      case 'b':
      case 'B':
        item.kind = symb == 's' || symb == 'S' ? FormatItem::Kind::String : FormatItem::Kind::Bool;
        item.pad = padprec;
        break;
      case 'd':
      case 'i':
      case 'x':
      case 'X':
      case 'o':
      case 'u':
        item.kind = FormatItem::Kind::Int;
        item.pad = pad;
        item.prec = prec;
        break;
      case 'N':
        item.kind = FormatItem::Kind::Counter;
        break;
      case 'l':
      case 'n':
      case 'L':
        if (next == end || !IsIntBase(str_[next])) {
          item.kind = FormatItem::Kind::Counter;
          break;
        }
        item.kind = symb == 'l'   ? FormatItem::Kind::Int32
                    : symb == 'n' ? FormatItem::Kind::Nativeint
                                  : FormatItem::Kind::Int64;
        item.pad = pad;
        item.prec = prec;
        ++next;
        break;
      case 'f':
      case 'e':
      case 'E':
      case 'g':
      case 'G':
      case 'F':
      case 'h':
      case 'H':
        item.kind = FormatItem::Kind::Float;
        item.pad = pad;
        item.prec = prec;
        break;
      case 'a':
        item.kind = FormatItem::Kind::Alpha;
        takes_arg = true;
        break;
      case 't':
        item.kind = FormatItem::Kind::Theta;
        takes_arg = true;
        break;
      case 'r':
        item.kind = FormatItem::Kind::Reader;
        break;
      case '!':
      case '%':
      case '@':
        return next;
      case '{':
      case '(': {
        size_t sub_end = SearchSubformatEnd(next, end, symb == '{' ? '}' : ')');
        item.kind = symb == '{' ? FormatItem::Kind::FormatArg : FormatItem::Kind::FormatSubst;
        if (sub_depth_ < kMaxDepth) {
          ++sub_depth_;
          ParseDeferred(next, sub_end, item.sub);
          --sub_depth_;
        }
        next = sub_end + 2;
        break;
      }
      case '[':
        item.kind = FormatItem::Kind::CharSet;
        next = ParseCharSet(next, end);
        break;
      case '-':
      case '+':
      case '#':
      case ' ':
      case '_':
        throw Failed{"invalid format " + Quoted(str_) + ": at character number " +
                     std::to_string(pct) + ", flag " + QuotedChar(symb) +
                     " is only allowed after the '%', before padding and precision"};
      default:
        Invalid(i, std::string("invalid conversion \"%") + symb + "\"");
    }
    if (takes_arg) items.push_back(std::move(item));
    return next;
  }

  // search_subformat_end: the index of the `%` of the closing `%}`/`%)`,
  // nested sub-formats skipped (a stack of the closers awaited).
  size_t SearchSubformatEnd(size_t i, size_t end, char close) {
    std::vector<char> awaited{close};
    for (;;) {
      if (i == end)
        throw Failed{"invalid format " + Quoted(str_) + ": unclosed sub-format, expected \"%" +
                     std::string(1, awaited.back()) + "\" at character number " +
                     std::to_string(end)};
      if (str_[i] != '%') {
        ++i;
        continue;
      }
      if (i + 1 == end) UnexpectedEnd(end);
      char c = str_[i + 1];
      size_t skip = 2;
      if (c == '_') {
        if (i + 2 == end) UnexpectedEnd(end);
        c = str_[i + 2];
        skip = 3;
        if (c != '(' && c != '{') {
          i += 3;
          continue;
        }
      }
      if (skip == 2 && c == awaited.back()) {
        awaited.pop_back();
        if (awaited.empty()) return i;
      } else if (c == '(' || c == '{') {
        awaited.push_back(c == '(' ? ')' : '}');
      } else if (c == '}' || c == ')') {
        Invalid(i + 1, std::string(c == '}' ? "character ')'" : "character '}'") +
                           " expected, read " + QuotedChar(c));
      }
      i += skip;
    }
  }

  // parse_char_set: the index after the closing `]`.
  size_t ParseCharSet(size_t i, size_t end) {
    if (i == end) UnexpectedEnd(end);
    if (str_[i] == '^') ++i;
    if (i == end) UnexpectedEnd(end);
    ++i;  // the first character, `]` included
    for (;;) {
      if (i == end) UnexpectedEnd(end);
      if (str_[i] == ']') return i + 1;
      ++i;
    }
  }

  // Sub-formats nested deeper than this are read as having no conversions:
  // a %( %) sub-format's conversions appear twice in its type, so the type
  // doubles with each level.
  static constexpr int kMaxDepth = 8;
  static constexpr int kMaxTagDepth = 100;  // `@[<` tags read apart (recursion bound)
  int sub_depth_ = 0;
  std::string_view str_;
  int depth_ = 0;

 public:
  std::string deferred_;
};

}  // namespace

ParsedFormat ParseFormatString(std::string_view str) {
  ParsedFormat out;
  try {
    FormatParser parser(str);
    out.items = parser.Parse(0, str.size());
    if (!parser.deferred_.empty()) {
      out.error = std::move(parser.deferred_);
      out.items.clear();
    }
  } catch (Failed& f) {
    out.error = std::move(f.message);
    out.items.clear();
  }
  return out;
}

}  // namespace mlhint::typing
