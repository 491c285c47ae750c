#include "diagnostics/warnings.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "support/format.h"

namespace mlhint {
namespace {

// Index = warning number. Names as `ocamlc -warn-help` lists them.
constexpr std::array<std::string_view, kLastWarningNumber + 1> kNames = {
    "",
    "comment-start",
    "comment-not-end",
    "",
    "fragile-match",
    "ignored-partial-application",
    "labels-omitted",
    "method-override",
    "partial-match",
    "missing-record-field-pattern",
    "non-unit-statement",
    "redundant-case",
    "redundant-subpat",
    "instance-variable-override",
    "illegal-backslash",
    "implicit-public-methods",
    "unerasable-optional-argument",
    "undeclared-virtual-method",
    "not-principal",
    "non-principal-labels",
    "ignored-extra-argument",
    "nonreturning-statement",
    "preprocessor",
    "useless-record-with",
    "bad-module-name",
    "",
    "unused-var",
    "unused-var-strict",
    "wildcard-arg-to-constant-constr",
    "eol-in-string",
    "duplicate-definitions",
    "module-linked-twice",
    "unused-value-declaration",
    "unused-open",
    "unused-type-declaration",
    "unused-for-index",
    "unused-ancestor",
    "unused-constructor",
    "unused-extension",
    "unused-rec-flag",
    "name-out-of-scope",
    "ambiguous-name",
    "disambiguated-name",
    "nonoptional-label",
    "open-shadow-identifier",
    "open-shadow-label-constructor",
    "bad-env-variable",
    "attribute-payload",
    "eliminated-optional-arguments",
    "no-cmi-file",
    "unexpected-docstring",
    "wrong-tailcall-expectation",
    "fragile-literal-pattern",
    "misplaced-attribute",
    "duplicated-attribute",
    "inlining-impossible",
    "unreachable-case",
    "ambiguous-var-in-pattern-guard",
    "no-cmx-file",
    "flambda-assignment-to-non-mutable-value",
    "unused-module",
    "unboxable-type-in-prim-decl",
    "constraint-on-gadt",
    "erroneous-printed-signature",
    "unsafe-array-syntax-without-parsing",
    "redefining-unit",
    "unused-open-bang",
    "unused-functor-parameter",
    "match-on-mutable-state-prevent-uncurry",
    "unused-field",
    "missing-mli",
};

// The warnings a letter stands for (OCaml's Warnings.letter).
std::vector<int> Letter(char lower) {
  switch (lower) {
    case 'a': {
      std::vector<int> all;
      for (int i = kLastWarningNumber; i >= 1; --i) all.push_back(i);
      return all;
    }
    case 'c':
      return {1, 2};
    case 'd':
      return {3};
    case 'e':
      return {4};
    case 'f':
      return {5};
    case 'k':
      return {32, 33, 34, 35, 36, 37, 38, 39};
    case 'l':
      return {6};
    case 'm':
      return {7};
    case 'p':
      return {8};
    case 'r':
      return {9};
    case 's':
      return {10};
    case 'u':
      return {11, 12};
    case 'v':
      return {13};
    case 'x':
      return {14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 30};
    case 'y':
      return {26};
    case 'z':
      return {27};
    default:
      return {};
  }
}

enum class Modifier { Set, Clear, SetAll };

// A token of a -w list, as Warnings.parse_warnings reads it: a letter,
// signed or not, or a signed number or range.
struct WarningToken {
  bool letter = false;
  char c = 0;                        // the letter, as written
  std::optional<Modifier> modifier;  // none: an unsigned letter
  int from = 0, to = 0;              // the range
  // As ocamlc prints it back: "-f" for an unsigned lower-case letter.
  std::string Text() const {
    char sign = !modifier                      ? (c >= 'a' ? '-' : '+')
                : *modifier == Modifier::Set   ? '+'
                : *modifier == Modifier::Clear ? '-'
                                               : '@';
    if (letter) return std::string{sign, c};
    std::string text = sign + std::to_string(from);
    if (to != from) text += ".." + std::to_string(to);
    return text;
  }
};

// nullopt when the list is ill-formed.
std::optional<std::vector<WarningToken>> TokenizeWarnings(std::string_view s) {
  std::vector<WarningToken> tokens;
  auto is_letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  auto get_num = [&](size_t& pos) {
    int n = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      if (n < 100000) n = 10 * n + (s[pos] - '0');
      ++pos;
    }
    return n;
  };
  size_t i = 0;
  while (i < s.size()) {
    WarningToken t;
    char c = s[i];
    if (is_letter(c)) {
      t.letter = true;
      t.c = c;
      tokens.push_back(t);
      ++i;
      continue;
    }
    if (c == '+')
      t.modifier = Modifier::Set;
    else if (c == '-')
      t.modifier = Modifier::Clear;
    else if (c == '@')
      t.modifier = Modifier::SetAll;
    else
      return std::nullopt;
    if (++i >= s.size()) return std::nullopt;
    c = s[i];
    if (c >= '0' && c <= '9') {
      t.from = t.to = get_num(i);
      if (i + 2 < s.size() && s[i] == '.' && s[i + 1] == '.') {
        i += 2;
        t.to = get_num(i);
        if (t.to < t.from) return std::nullopt;
      }
    } else if (is_letter(c)) {
      t.letter = true;
      t.c = c;
      ++i;
    } else {
      return std::nullopt;
    }
    tokens.push_back(t);
  }
  return tokens;
}

// Whether a whole -w argument is a mnemonic name, optionally signed
// ("-w +unused-var"); then it is not read as a list.
std::optional<std::pair<Modifier, int>> NamedWarning(std::string_view s) {
  if (auto n = WarningNumberOfName(s)) return std::make_pair(Modifier::Set, *n);
  if (s.empty()) return std::nullopt;
  auto n = WarningNumberOfName(s.substr(1));
  if (!n) return std::nullopt;
  if (s[0] == '+') return std::make_pair(Modifier::Set, *n);
  if (s[0] == '-') return std::make_pair(Modifier::Clear, *n);
  if (s[0] == '@') return std::make_pair(Modifier::SetAll, *n);
  return std::nullopt;
}

}  // namespace

std::string_view WarningName(int number) {
  if (number < 1 || number > kLastWarningNumber) return "";
  return kNames[static_cast<size_t>(number)];
}

std::optional<int> WarningNumberOfName(std::string_view name) {
  if (name.empty()) return std::nullopt;
  for (int i = 1; i <= kLastWarningNumber; ++i)
    if (kNames[static_cast<size_t>(i)] == name) return i;
  return std::nullopt;
}

WarningSettings::WarningSettings() {
  bool ok = Apply("+a-4-7-9-27-29-30-32..42-44-45-48-50-60-66..70");
  (void)ok;
  error_[31] = true;
}

bool WarningSettings::Apply(std::string_view s) {
  return ApplySpec(s, false);
}

bool WarningSettings::ApplyWarnError(std::string_view s) {
  return ApplySpec(s, true);
}

bool WarningSettings::ApplySpec(std::string_view s, bool warn_error) {
  WarningSettings next = *this;
  // Warnings.parse_opt: "+" and "-" set the flag the option is about (active
  // for -w, error for -warn-error); "@" enables a warning and makes it an
  // error. Warning 3 is the deprecated alert: "+"/"-" enable it (-w) or
  // make it an error (-warn-error), "@" does both (Warnings.set_alert).
  auto act = [&next, warn_error](Modifier modifier, int n) {
    bool on = modifier != Modifier::Clear;
    if (n == 3) {
      if (modifier == Modifier::SetAll) {
        next.SetAlert(false, true, "deprecated");
        next.SetAlert(true, true, "deprecated");
      } else {
        next.SetAlert(warn_error, on, "deprecated");
      }
      return;
    }
    size_t i = static_cast<size_t>(n);
    if (modifier == Modifier::SetAll) {
      next.active_[i] = true;
      next.error_[i] = true;
    } else if (warn_error) {
      next.error_[i] = on;
    } else {
      next.active_[i] = on;
    }
  };
  if (auto named = NamedWarning(s)) {
    act(named->first, named->second);
  } else {
    std::optional<std::vector<WarningToken>> tokens = TokenizeWarnings(s);
    if (!tokens) return false;
    for (const WarningToken& t : *tokens) {
      if (t.letter) {
        char lower = static_cast<char>(t.c | 0x20);
        // An unsigned letter: lower case disables, upper case enables.
        Modifier m = t.modifier ? *t.modifier : t.c == lower ? Modifier::Clear : Modifier::Set;
        for (int n : Letter(lower)) act(m, n);
      } else {
        for (int n = std::max(t.from, 1); n <= t.to && n <= kLastWarningNumber; ++n)
          act(*t.modifier, n);
      }
    }
  }
  *this = next;
  return true;
}

bool WarningSettings::AlertSet::Holds(std::string_view kind) const {
  bool listed = std::binary_search(names.begin(), names.end(), kind, std::less<>());
  return listed != complement;
}

void WarningSettings::SetAlert(bool error, bool enable, std::string_view kind) {
  AlertSet& set = error ? alert_errors_ : alerts_;
  if (kind == "all") {
    set = AlertSet{{}, enable};
    return;
  }
  // The set lists the kinds that differ from its default: adding a kind to
  // a complement removes it from the kinds held.
  bool list = enable != set.complement;
  auto at = std::lower_bound(set.names.begin(), set.names.end(), kind, std::less<>());
  bool listed = at != set.names.end() && *at == kind;
  if (list && !listed) set.names.insert(at, std::string(kind));
  if (!list && listed) set.names.erase(at);
}

bool WarningSettings::ApplyAlerts(std::string_view s, bool keep_partial) {
  WarningSettings next = *this;
  auto fail = [&] {
    if (keep_partial) *this = next;
    return false;
  };
  auto id_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '\'';
  };
  size_t i = 0;
  while (i < s.size()) {
    if (i + 1 == s.size()) return fail();
    bool both = false, error = false, enable = true;
    if (s[i] == '+' || s[i] == '-') {
      enable = s[i] == '+';
      error = s[i + 1] == s[i];
      i += error ? 2 : 1;
    } else if (s[i] == '@') {
      both = true;
      i += 1;
    } else {
      return fail();
    }
    size_t j = i;
    while (j < s.size() && id_char(s[j])) ++j;
    if (j == i) return fail();
    std::string_view kind = s.substr(i, j - i);
    if (both) {
      next.SetAlert(true, true, kind);
      next.SetAlert(false, true, kind);
    } else {
      next.SetAlert(error, enable, kind);
    }
    i = j;
  }
  *this = next;
  return true;
}

Diagnostic MakeWarning(int number, Span span, std::string message) {
  Diagnostic d;
  d.kind = DiagKind::Warning;
  d.severity = Severity::Warning;
  d.span = span;
  d.message = Text(std::move(message));
  d.warning_number = number;
  d.warning_name = std::string(WarningName(number));
  return d;
}

Diagnostic MakeAlert(std::string name, Span span, std::string message) {
  Diagnostic d;
  d.kind = DiagKind::Alert;
  d.severity = Severity::Warning;
  d.span = span;
  d.message = Text(std::move(message));
  d.warning_name = std::move(name);
  return d;
}

std::optional<std::string> DeprecatedLettersAlert(std::string_view s) {
  if (NamedWarning(s)) return std::nullopt;
  std::optional<std::vector<WarningToken>> tokens = TokenizeWarnings(s);
  if (!tokens) return std::nullopt;
  // Warnings.letter_alert: the runs of two or more unsigned letters.
  std::vector<std::string> runs;
  std::string run;
  std::string signed_form;
  for (const WarningToken& t : *tokens) {
    signed_form += t.Text();
    if (t.letter && !t.modifier) {
      run += t.c;
      continue;
    }
    if (run.size() >= 2) runs.push_back(run);
    run.clear();
  }
  if (run.size() >= 2) runs.push_back(run);
  if (runs.empty()) return std::nullopt;
  size_t longest = 0;
  for (const std::string& r : runs) longest = std::max(longest, r.size());
  std::string text;
  fmt::Formatter ppf(text);
  ppf.open_vbox(0);
  ppf.open_box(0);
  ppf.print_string("Setting a warning with a sequence of lowercase or uppercase letters,");
  ppf.print_space();
  ppf.print_string("like '" + runs.back() + "',");  // Warnings.letter_alert shows the last run
  ppf.print_space();
  ppf.print_string("is deprecated.");
  ppf.close_box();
  ppf.print_space();
  ppf.open_box(0);
  ppf.print_string("Use the equivalent signed form:");
  ppf.print_space();
  ppf.print_string(signed_form + ".");
  ppf.close_box();
  ppf.print_space();
  ppf.open_box(0);
  ppf.print_string(
      "Hint: Enabling or disabling a warning by its mnemonic name requires a + or - prefix.");
  ppf.close_box();
  if (longest >= 5) {
    ppf.print_space();
    ppf.open_box(0);
    ppf.print_string("Hint: Did you make a spelling mistake when using a mnemonic name?");
    ppf.close_box();
  }
  ppf.print_flush();  // "@?": closes the boxes
  return text;
}

}  // namespace mlhint
