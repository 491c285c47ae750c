// Formatter::vprintf (see format.h): OCaml's printf formats interpreted
// against a Formatter, as CamlinternalFormat parses them and Format's
// output_acc prints them. The engine it prints through is format.cpp.
//
// The format is walked twice: a validation pass that checks the syntax and the
// arguments (count and kinds) without printing, then the printing pass.  The
// walk mirrors CamlinternalFormat's parser (parse_literal, parse_after_at,
// parse_tag, parse_good_break, parse_magic_size, parse_conversion) and
// Format.output_acc, which decides how each parsed piece is printed.

#include <algorithm>
#include <charconv>
#include <limits>
#include <optional>

#include "support/escape.h"
#include "support/format.h"

namespace mlhint::fmt {

namespace {

// Largest integer accepted in a format (OCaml's Sys.max_string_length on
// 64-bit systems).
constexpr std::int64_t kMaxFormatInt = (std::int64_t{1} << 57) - 9;

[[noreturn]] void bad_format(std::string_view fmt, std::string_view what) {
  throw FormatError("invalid format \"" + std::string(fmt) + "\": " + std::string(what));
}

// Parses "<spec>" contents of a box, like CamlinternalFormat.open_box_of_string.
std::optional<std::pair<int, BoxType>> open_box_of_string(std::string_view str) {
  if (str.empty()) return std::make_pair(0, BoxType::kB);
  const std::size_t len = str.size();
  auto skip_spaces = [&](std::size_t i) {
    while (i < len && (str[i] == ' ' || str[i] == '\t')) ++i;
    return i;
  };
  std::size_t wstart = skip_spaces(0);
  std::size_t wend = wstart;
  while (wend < len && str[wend] >= 'a' && str[wend] <= 'z') ++wend;
  std::string_view name = str.substr(wstart, wend - wstart);
  std::size_t nstart = skip_spaces(wend);
  std::size_t nend = nstart;
  while (nend < len && ((str[nend] >= '0' && str[nend] <= '9') || str[nend] == '-')) ++nend;
  int indent = 0;
  if (nstart != nend) {
    // int_of_string: optional '-', then digits (no other '-').
    std::string_view num = str.substr(nstart, nend - nstart);
    std::size_t p = num[0] == '-' ? 1 : 0;
    if (p == num.size()) return std::nullopt;
    std::int64_t v = 0;
    for (std::size_t i = p; i < num.size(); ++i) {
      if (num[i] == '-') return std::nullopt;
      v = v * 10 + (num[i] - '0');
      if (v > (std::int64_t{1} << 31)) return std::nullopt;  // out of our int range
    }
    indent = static_cast<int>(p ? -v : v);
  }
  if (skip_spaces(nend) != len) return std::nullopt;
  BoxType type;
  if (name.empty() || name == "b") {
    type = BoxType::kB;
  } else if (name == "h") {
    type = BoxType::kH;
  } else if (name == "v") {
    type = BoxType::kV;
  } else if (name == "hv") {
    type = BoxType::kHV;
  } else if (name == "hov") {
    type = BoxType::kHoV;
  } else {
    return std::nullopt;
  }
  return std::make_pair(indent, type);
}

enum class Pad : std::uint8_t { kRight, kLeft, kZeros };

// CamlinternalFormat.fix_padding.
std::string fix_padding(Pad pad, std::int64_t width, std::string str) {
  const auto len = static_cast<std::int64_t>(str.size());
  if (width <= len) return str;
  std::string res(static_cast<std::size_t>(width), pad == Pad::kZeros ? '0' : ' ');
  const auto w = static_cast<std::size_t>(width);
  const auto l = static_cast<std::size_t>(len);
  switch (pad) {
    case Pad::kLeft:
      res.replace(0, l, str);
      break;
    case Pad::kRight:
      res.replace(w - l, l, str);
      break;
    case Pad::kZeros:
      if (l > 0 && (str[0] == '+' || str[0] == '-' || str[0] == ' ')) {
        res[0] = str[0];
        res.replace(w - l + 1, l - 1, str, 1, l - 1);
      } else {
        res.replace(w - l, l, str);
      }
      break;
  }
  return res;
}

}  // namespace

class Formatter::Interp {
 public:
  Interp(std::string_view fmt, std::span<const Arg> args, bool validate)
      : fmt_(fmt), args_(args), validate_(validate) {}

  std::size_t args_used() const { return next_arg_; }

  // Interprets fmt_[begin, end) on `ppf` (ignored when validating).
  void run(Formatter* ppf, std::size_t begin, std::size_t end) {
    // The pending "@<n>" size, which applies only if the very next piece is a
    // literal or a converted string/char (Format.output_acc's patterns).
    std::optional<std::int64_t> magic;
    auto text = [&](std::string_view s) {
      if (!validate_) {
        if (magic) {
          ppf->print_as_size(*magic, s);
        } else {
          ppf->print_string(s);
        }
      }
      magic.reset();
    };
    auto other = [&]() { magic.reset(); };

    std::size_t i = begin;
    while (i < end) {
      // Literal run up to the next '%' or '@' (one token, as add_literal).
      std::size_t lit = i;
      while (i < end && fmt_[i] != '%' && fmt_[i] != '@') ++i;
      if (i > lit) {
        text(fmt_.substr(lit, i - lit));
        continue;
      }
      if (fmt_[i] == '%') {
        i = conversion(ppf, i, end, text, other);
        continue;
      }
      // After '@'.
      std::size_t j = i + 1;
      if (j == end) {
        text("@");
        i = j;
        continue;
      }
      char c = fmt_[j];
      switch (c) {
        case '[':
        case '{':
          i = open_box_or_tag(ppf, c == '{', j + 1, end);
          other();
          break;
        case ']':
          if (!validate_) ppf->close_box();
          other();
          i = j + 1;
          break;
        case '}':
          if (!validate_) ppf->close_stag();
          other();
          i = j + 1;
          break;
        case ',':
          if (!validate_) ppf->print_break(0, 0);
          other();
          i = j + 1;
          break;
        case ' ':
          if (!validate_) ppf->print_break(1, 0);
          other();
          i = j + 1;
          break;
        case ';': {
          int width = 1;
          int offset = 0;
          i = good_break(j + 1, end, width, offset);
          if (!validate_) ppf->print_break(width, offset);
          other();
          break;
        }
        case '?':
          if (!validate_) ppf->print_flush();
          other();
          i = j + 1;
          break;
        case '\n':
          if (!validate_) ppf->force_newline();
          other();
          i = j + 1;
          break;
        case '.':
          if (!validate_) ppf->print_newline();
          other();
          i = j + 1;
          break;
        case '<': {
          std::int64_t size = 0;
          std::size_t next = magic_size(j + 1, end, size);
          if (next != std::string_view::npos) {
            magic = size;  // replaces any earlier pending size
            i = next;
          } else {
            scan_indic(ppf, '<');
            other();
            i = j + 1;
          }
          break;
        }
        case '@':
          if (!validate_) ppf->print_char('@');
          other();
          i = j + 1;
          break;
        case '%':
          if (j + 1 < end && fmt_[j + 1] == '%') {
            if (!validate_) ppf->print_char('%');
            other();
            i = j + 2;
          } else {
            // A plain '@' literal; the '%' starts a conversion.
            text("@");
            i = j;
          }
          break;
        default:
          scan_indic(ppf, c);
          other();
          i = j + 1;
          break;
      }
    }
  }

 private:
  void scan_indic(Formatter* ppf, char c) {
    if (!validate_) {
      ppf->print_char('@');
      ppf->print_char(c);
    }
  }

  const Arg& take_arg(Arg::Kind kind, char conv) {
    if (next_arg_ >= args_.size()) {
      throw FormatError("printf: missing argument for %" + std::string(1, conv) + " in \"" +
                        std::string(fmt_) + "\"");
    }
    const Arg& a = args_[next_arg_++];
    if (a.kind() != kind) {
      throw FormatError("printf: wrong argument kind for %" + std::string(1, conv) + " in \"" +
                        std::string(fmt_) + "\"");
    }
    return a;
  }

  // "@[" / "@{" (parse_tag): an optional "<...>" spec up to the first '>' of
  // the whole string; the spec is itself a format, rendered on a fresh
  // formatter, whose first and last characters are then dropped.
  std::size_t open_box_or_tag(Formatter* ppf, bool is_tag, std::size_t start, std::size_t end) {
    std::size_t spec_end = start;  // one past the '>' (or start if no spec)
    if (start < end && fmt_[start] == '<') {
      std::size_t gt = fmt_.find('>', start + 1);
      if (gt != std::string_view::npos && gt < end) spec_end = gt + 1;
    }
    std::string name;
    if (spec_end > start) {
      std::string_view spec = fmt_.substr(start, spec_end - start);
      if (spec.find_first_of("%@") == std::string_view::npos) {
        // Fast path: a constant spec renders as itself.
        name.assign(spec.substr(1, spec.size() - 2));
      } else {
        std::string rendered;
        {
          Formatter sub(rendered);
          run(validate_ ? nullptr : &sub, start, spec_end);
          if (!validate_) sub.print_flush();
        }
        if (validate_) {
          return spec_end;  // the name depends on the arguments
        }
        name = rendered.size() < 2 ? rendered : rendered.substr(1, rendered.size() - 2);
      }
    }
    if (is_tag) {
      if (!validate_) ppf->open_stag(name);
    } else {
      auto box = open_box_of_string(name);
      if (!box) throw FormatError("invalid box description \"" + name + "\"");
      if (!validate_) ppf->open_box_gen(box->first, box->second);
    }
    return spec_end;
  }

  // Skips spaces (' ' only); npos when the end is reached (OCaml fails there).
  std::size_t spaces(std::size_t i, std::size_t end) const {
    while (i < end && fmt_[i] == ' ') ++i;
    return i == end ? std::string_view::npos : i;
  }

  // parse_integer: digits or '-' digits; npos on failure.
  std::size_t integer(std::size_t i, std::size_t end, std::int64_t& value) const {
    bool neg = false;
    if (fmt_[i] == '-') {
      neg = true;
      ++i;
      if (i == end || fmt_[i] < '0' || fmt_[i] > '9') return std::string_view::npos;
    }
    std::int64_t v = 0;
    while (i < end && fmt_[i] >= '0' && fmt_[i] <= '9') {
      v = v * 10 + (fmt_[i] - '0');
      if (v > kMaxFormatInt) return std::string_view::npos;
      ++i;
    }
    if (i == end) return std::string_view::npos;  // OCaml reads past the digits
    value = neg ? -v : v;
    return i;
  }

  static bool starts_int(char c) { return (c >= '0' && c <= '9') || c == '-'; }

  // "@;" with an optional "<width offset>" or "<width>"; on any failure it is
  // a plain "@;" (width 1, offset 0) and parsing resumes right after it.
  std::size_t good_break(std::size_t i, std::size_t end, int& width, int& offset) const {
    width = 1;
    offset = 0;
    if (i == end || fmt_[i] != '<') return i;
    std::size_t p = spaces(i + 1, end);
    if (p == std::string_view::npos || !starts_int(fmt_[p])) return i;
    std::int64_t w = 0;
    p = integer(p, end, w);
    if (p == std::string_view::npos) return i;
    p = spaces(p, end);
    if (p == std::string_view::npos) return i;
    if (fmt_[p] == '>') {
      width = static_cast<int>(w);
      return p + 1;
    }
    if (!starts_int(fmt_[p])) return i;
    std::int64_t o = 0;
    p = integer(p, end, o);
    if (p == std::string_view::npos) return i;
    p = spaces(p, end);
    if (p == std::string_view::npos || fmt_[p] != '>') return i;
    width = static_cast<int>(w);
    offset = static_cast<int>(o);
    return p + 1;
  }

  // "@<n>"; npos if it is not one (then "@<" prints literally).
  std::size_t magic_size(std::size_t i, std::size_t end, std::int64_t& size) const {
    std::size_t p = spaces(i, end);
    if (p == std::string_view::npos || !starts_int(fmt_[p])) return std::string_view::npos;
    p = integer(p, end, size);
    if (p == std::string_view::npos) return p;
    p = spaces(p, end);
    if (p == std::string_view::npos || fmt_[p] != '>') return std::string_view::npos;
    return p + 1;
  }

  // A '%' conversion starting at fmt_[pct].
  template <class Text, class Other>
  std::size_t conversion(Formatter* ppf, std::size_t pct, std::size_t end, Text& text,
                         Other& other) {
    std::size_t i = pct + 1;
    auto at_end = [&]() {
      if (i >= end) bad_format(fmt_, "unexpected end of format");
    };
    at_end();
    if (fmt_[i] == '_') bad_format(fmt_, "'%_' is not supported");
    bool minus = false, zero = false, plus = false, space = false;
    for (;; ++i) {
      at_end();
      char f = fmt_[i];
      bool* flag = f == '-'   ? &minus
                   : f == '0' ? &zero
                   : f == '+' ? &plus
                   : f == ' ' ? &space
                              : nullptr;
      if (f == '#') bad_format(fmt_, "'#' flag is not supported");
      if (flag == nullptr) break;
      if (*flag) bad_format(fmt_, std::string("duplicate flag ") + f);
      *flag = true;
    }
    std::optional<std::int64_t> width;
    if (fmt_[i] >= '0' && fmt_[i] <= '9') {
      std::int64_t w = 0;
      while (i < end && fmt_[i] >= '0' && fmt_[i] <= '9') {
        w = w * 10 + (fmt_[i] - '0');
        if (w > kMaxFormatInt) bad_format(fmt_, "integer too large");
        ++i;
      }
      width = w;
      at_end();
    } else if (fmt_[i] == '*') {
      bad_format(fmt_, "'*' padding is not supported");
    } else if (minus) {
      bad_format(fmt_, "'-' without padding");
    }
    if (fmt_[i] == '.') bad_format(fmt_, "precision is not supported");
    const char conv = fmt_[i];
    ++i;
    if (minus && zero) bad_format(fmt_, "incompatible flags '-' and '0'");
    Pad pad = minus ? Pad::kLeft : zero ? Pad::kZeros : Pad::kRight;
    const bool any_flag = minus || zero || plus || space || width.has_value();
    auto no_flags = [&]() {
      if (any_flag) bad_format(fmt_, std::string("flags or padding with %") + conv);
    };
    auto only_padding = [&]() {
      if (plus || space) bad_format(fmt_, std::string("'+' or ' ' with %") + conv);
      if (zero && width) bad_format(fmt_, std::string("'0' with %") + conv);
    };
    auto padded = [&](std::string s) { return width ? fix_padding(pad, *width, std::move(s)) : s; };
    switch (conv) {
      case ',':
        no_flags();
        break;  // no output, and does not separate "@<n>" from what follows
      case '%':
        no_flags();
        text("%");
        break;
      case '@':
        no_flags();
        text("@");
        break;
      case '!':
        no_flags();
        if (!validate_) ppf->print_flush();
        other();
        break;
      case 's':
      case 'S': {
        only_padding();
        const Arg& a = take_arg(Arg::Kind::kString, conv);
        if (validate_) break;
        if (conv == 's') {
          if (width) {
            text(padded(std::string(a.str())));
          } else {
            text(a.str());
          }
        } else {
          std::string q = "\"";
          for (char ch : a.str()) AppendOcamlEscaped(q, static_cast<unsigned char>(ch), true);
          q += '"';
          text(padded(std::move(q)));
        }
        break;
      }
      case 'd':
      case 'i': {
        if (plus && space) bad_format(fmt_, "incompatible flags '+' and ' '");
        const Arg& a = take_arg(Arg::Kind::kInt, conv);
        if (validate_) break;
        std::string s = std::to_string(a.integer());
        if (a.integer() >= 0 && (plus || space)) s.insert(s.begin(), plus ? '+' : ' ');
        text(padded(std::move(s)));
        break;
      }
      case 'c': {
        // OCaml reads "%0c" as a scanning conversion and rejects other widths.
        no_flags();
        const Arg& a = take_arg(Arg::Kind::kChar, conv);
        if (validate_) break;
        char ch = static_cast<char>(a.integer());
        text(std::string_view(&ch, 1));
        break;
      }
      case 'C': {
        no_flags();
        const Arg& a = take_arg(Arg::Kind::kChar, conv);
        if (validate_) break;
        std::string q = "'";
        AppendOcamlEscaped(q, static_cast<unsigned char>(a.integer()), false);
        q += '\'';
        text(q);
        break;
      }
      case 'b':
      case 'B': {
        only_padding();
        const Arg& a = take_arg(Arg::Kind::kBool, conv);
        if (validate_) break;
        text(padded(a.integer() != 0 ? "true" : "false"));
        break;
      }
      case 'a':
      case 't': {
        no_flags();
        const Arg& a = take_arg(Arg::Kind::kCallback, conv);
        if (!validate_) a.call(*ppf);
        other();
        break;
      }
      default:
        bad_format(fmt_, std::string("unsupported conversion %") + conv);
    }
    return i;
  }

  std::string_view fmt_;
  std::span<const Arg> args_;
  bool validate_;
  std::size_t next_arg_ = 0;
};

void Formatter::vprintf(std::string_view format, std::span<const Arg> args) {
  {
    Interp check(format, args, /*validate=*/true);
    check.run(nullptr, 0, format.size());
    if (check.args_used() != args.size()) {
      throw FormatError("printf: too many arguments for \"" + std::string(format) + "\"");
    }
  }
  Interp interp(format, args, /*validate=*/false);
  interp.run(this, 0, format.size());
}

}  // namespace mlhint::fmt
