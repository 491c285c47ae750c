#include "lexer/literals.h"

#include <cmath>
#include <cstdlib>

namespace mlhint {
namespace {

int Digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return 10 + c - 'a';
  if (c >= 'A' && c <= 'Z') return 10 + c - 'A';
  return -1;
}

// The runtime's parse_intnat: nullopt where it would fail.
std::optional<uint64_t> ParseIntnat(std::string_view s, int nbits) {
  size_t i = 0;
  int sign = 1;
  if (i < s.size() && s[i] == '-') {
    sign = -1;
    ++i;
  } else if (i < s.size() && s[i] == '+') {
    ++i;
  }
  int base = 10;
  bool is_signed = true;
  if (i + 1 < s.size() && s[i] == '0') {
    switch (s[i + 1]) {
      case 'x':
      case 'X':
        base = 16;
        is_signed = false;
        i += 2;
        break;
      case 'o':
      case 'O':
        base = 8;
        is_signed = false;
        i += 2;
        break;
      case 'b':
      case 'B':
        base = 2;
        is_signed = false;
        i += 2;
        break;
      case 'u':
      case 'U':
        is_signed = false;
        i += 2;
        break;
      default:
        break;
    }
  }
  const uint64_t threshold = UINT64_MAX / static_cast<uint64_t>(base);
  if (i >= s.size()) return std::nullopt;
  int d = Digit(s[i]);
  if (d < 0 || d >= base) return std::nullopt;
  uint64_t res = static_cast<uint64_t>(d);
  for (++i; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') continue;
    d = Digit(c);
    if (d < 0 || d >= base) return std::nullopt;
    if (res > threshold) return std::nullopt;
    res = static_cast<uint64_t>(base) * res + static_cast<uint64_t>(d);
    if (res < static_cast<uint64_t>(d)) return std::nullopt;
  }
  if (is_signed) {
    uint64_t limit = uint64_t{1} << (nbits - 1);
    if (sign >= 0 ? res >= limit : res > limit) return std::nullopt;
  } else if (nbits < 64 && res >= (uint64_t{1} << nbits)) {
    return std::nullopt;
  }
  return sign < 0 ? uint64_t{0} - res : res;
}

// Reduces a two's-complement value to `nbits` bits, sign-extended.
int64_t Wrap(uint64_t value, int nbits) {
  if (nbits == 64) return static_cast<int64_t>(value);
  uint64_t shifted = value << (64 - nbits);
  return static_cast<int64_t>(shifted) >> (64 - nbits);
}

int Bits(IntKind kind) {
  switch (kind) {
    case IntKind::Int:
      return 63;
    case IntKind::Int32:
      return 32;
    case IntKind::Int64:
      return 64;
    case IntKind::Nativeint:
      return 64;
  }
  return 64;
}

}  // namespace

IntLiteralParts SplitIntLiteral(std::string_view text) {
  IntLiteralParts parts{text, 0};
  if (!text.empty()) {
    char last = text.back();
    bool hex =
        text.size() > 2 &&
        (text[0] == '0' || (text[0] == '-' && text.size() > 3 && text[1] == '0')) &&
        (text.find('x') != std::string_view::npos || text.find('X') != std::string_view::npos);
    bool letter = (last >= 'g' && last <= 'z') || (last >= 'G' && last <= 'Z');
    // In a hexadecimal literal the letters a-f are digits; a modifier is G-Z.
    if (letter && !(hex && ((last >= 'a' && last <= 'f') || (last >= 'A' && last <= 'F')))) {
      parts.digits = text.substr(0, text.size() - 1);
      parts.modifier = last;
    }
  }
  return parts;
}

FloatLiteralParts SplitFloatLiteral(std::string_view text) {
  FloatLiteralParts parts{text, 0};
  if (!text.empty()) {
    char last = text.back();
    if ((last >= 'g' && last <= 'z') || (last >= 'G' && last <= 'Z')) {
      // 'p'/'P' end an exponent only when digits follow, so a trailing
      // letter is always a modifier.
      parts.digits = text.substr(0, text.size() - 1);
      parts.modifier = last;
    }
  }
  return parts;
}

std::optional<int64_t> ConvertIntLiteral(std::string_view digits, IntKind kind) {
  int nbits = Bits(kind);
  if (!digits.empty() && digits[0] == '-') {
    auto v = ParseIntnat(digits, nbits);
    if (!v) return std::nullopt;
    return Wrap(*v, nbits);
  }
  std::string negated;
  negated.reserve(digits.size() + 1);
  negated.push_back('-');
  negated.append(digits);
  auto v = ParseIntnat(negated, nbits);
  if (!v) return std::nullopt;
  return Wrap(uint64_t{0} - static_cast<uint64_t>(Wrap(*v, nbits)), nbits);
}

std::string_view IntKindName(IntKind kind) {
  switch (kind) {
    case IntKind::Int:
      return "int";
    case IntKind::Int32:
      return "int32";
    case IntKind::Int64:
      return "int64";
    case IntKind::Nativeint:
      return "nativeint";
  }
  return "int";
}

double ConvertFloatLiteral(std::string_view digits) {
  std::string clean;
  clean.reserve(digits.size());
  for (char c : digits)
    if (c != '_') clean.push_back(c);
  // strtod reads hexadecimal floats ("0x1.8p1") as the C99 syntax OCaml
  // accepts; a hexadecimal float without exponent is also accepted.
  return std::strtod(clean.c_str(), nullptr);
}

unsigned char DecodeCharLiteral(std::string_view text) {
  // text is 'c', '\c', '\ddd', '\xhh', '\ohhh' or a quote-newline-quote.
  if (text.size() < 3) return 0;
  std::string_view body = text.substr(1, text.size() - 2);
  if (body.empty()) return 0;
  if (body[0] != '\\') return static_cast<unsigned char>(body.back() == '\n' ? '\n' : body[0]);
  if (body.size() < 2) return '\\';
  char c = body[1];
  switch (c) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'b':
      return '\b';
    case 'r':
      return '\r';
    case 'x':
      return static_cast<unsigned char>(16 * Digit(body[2]) + Digit(body[3]));
    case 'o':
      return static_cast<unsigned char>(64 * Digit(body[2]) + 8 * Digit(body[3]) + Digit(body[4]));
    default:
      break;
  }
  if (c >= '0' && c <= '9' && body.size() >= 4)
    return static_cast<unsigned char>(100 * Digit(body[1]) + 10 * Digit(body[2]) + Digit(body[3]));
  return static_cast<unsigned char>(c);
}

namespace {
void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}
}  // namespace

std::string DecodeStringLiteral(std::string_view text) {
  std::string out;
  if (text.empty()) return out;
  if (text[0] == '{') {
    // {id|...|id}: the contents are verbatim.
    size_t bar = text.find('|');
    if (bar == std::string_view::npos) return out;
    size_t delim_len = bar - 1;
    if (text.size() < bar + 1 + delim_len + 2) return out;
    // A {%ext|...|} quoted extension keeps only the body too.
    return std::string(text.substr(bar + 1, text.size() - (bar + 1) - (delim_len + 2)));
  }
  std::string_view body = text.substr(1, text.size() >= 2 ? text.size() - 2 : 0);
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\' || i + 1 >= body.size()) {
      out.push_back(c);
      continue;
    }
    char e = body[i + 1];
    switch (e) {
      case '\\':
      case '\'':
      case '"':
      case ' ':
        out.push_back(e);
        i += 1;
        continue;
      case 'n':
        out.push_back('\n');
        i += 1;
        continue;
      case 't':
        out.push_back('\t');
        i += 1;
        continue;
      case 'b':
        out.push_back('\b');
        i += 1;
        continue;
      case 'r':
        out.push_back('\r');
        i += 1;
        continue;
      case '\r':
      case '\n': {
        // Backslash-newline: skip the line end and the next line's indent.
        size_t j = i + 1;
        while (j < body.size() && body[j] == '\r') ++j;
        if (j < body.size() && body[j] == '\n') {
          ++j;
          while (j < body.size() && (body[j] == ' ' || body[j] == '\t')) ++j;
          i = j - 1;
          continue;
        }
        break;
      }
      default:
        break;
    }
    if (e >= '0' && e <= '9' && i + 3 < body.size() + 0 && Digit(body[i + 2]) >= 0 &&
        Digit(body[i + 3]) >= 0 && Digit(body[i + 2]) < 10 && Digit(body[i + 3]) < 10) {
      out.push_back(
          static_cast<char>(100 * Digit(e) + 10 * Digit(body[i + 2]) + Digit(body[i + 3])));
      i += 3;
      continue;
    }
    if (e == 'x' && i + 3 < body.size() && Digit(body[i + 2]) >= 0 && Digit(body[i + 2]) < 16 &&
        Digit(body[i + 3]) >= 0 && Digit(body[i + 3]) < 16) {
      out.push_back(static_cast<char>(16 * Digit(body[i + 2]) + Digit(body[i + 3])));
      i += 3;
      continue;
    }
    if (e == 'o' && i + 4 < body.size() && Digit(body[i + 2]) >= 0 && Digit(body[i + 2]) < 8 &&
        Digit(body[i + 3]) >= 0 && Digit(body[i + 3]) < 8 && Digit(body[i + 4]) >= 0 &&
        Digit(body[i + 4]) < 8) {
      out.push_back(
          static_cast<char>(64 * Digit(body[i + 2]) + 8 * Digit(body[i + 3]) + Digit(body[i + 4])));
      i += 4;
      continue;
    }
    if (e == 'u' && i + 2 < body.size() && body[i + 2] == '{') {
      size_t close = body.find('}', i + 3);
      if (close != std::string_view::npos) {
        uint32_t cp = 0;
        for (size_t k = i + 3; k < close; ++k) cp = 16 * cp + static_cast<uint32_t>(Digit(body[k]));
        AppendUtf8(out, cp);
        i = close;
        continue;
      }
    }
    // An illegal escape (warning 14) is kept as written.
    out.push_back(c);
  }
  return out;
}

}  // namespace mlhint
