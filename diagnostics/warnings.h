// OCaml 4.13's numbered warnings: their names, the default set, and the `-w`
// option parsed as ocamlc parses it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"

namespace mlhint {

inline constexpr int kLastWarningNumber = 70;

// OCaml's mnemonic name of a warning ("partial-match"), or "" for the few
// numbers that have none (3, 25).
std::string_view WarningName(int number);
// The number of a mnemonic name, if it is one.
std::optional<int> WarningNumberOfName(std::string_view name);

// ocamlc's alert for a `-w` list with a run of unsigned letters ("-w foo":
// the letters disable warnings, which is seldom what was meant): the text
// that follows "Alert ocaml_deprecated_cli: ", laid out as ocamlc lays it
// out; nullopt when there is no such run (or the list is ill-formed).
std::optional<std::string> DeprecatedLettersAlert(std::string_view spec);

class WarningSettings {
 public:
  // OCaml's default: "+a-4-7-9-27-29-30-32..42-44-45-48-50-60-66..70".
  WarningSettings();

  // Applies a `-w` argument. Returns false (and leaves the settings as they
  // were) when it is ill-formed, as ocamlc rejects it.
  bool Apply(std::string_view spec);
  // Applies a `-warn-error` argument, as ocamlc does: "+N" and "-N" make
  // warning N an error or not, "@N" also enables it.
  bool ApplyWarnError(std::string_view spec);

  bool IsActive(int number) const {
    return number >= 1 && number <= kLastWarningNumber && active_[number];
  }
  // Is this warning an error (`-w @N`)? Then it prints as "Error (warning N
  // [name]): ..." and the exit status is 2, though the checking goes on.
  bool IsError(int number) const { return IsActive(number) && error_[number]; }
  // Applies an `-alert` argument or the string of an `[@@@alert "..."]`
  // attribute (Warnings.parse_alert_option): "+name"/"-name" enable or
  // disable an alert, "++name"/"--name" make it an error or not, "@name"
  // both enables it and makes it an error; "all" names every alert. Returns
  // false when it is ill-formed, and leaves the settings as they were, or,
  // with `keep_partial`, as its settings before the ill-formed part made
  // them (OCaml's are made one by one until Arg.Bad).
  bool ApplyAlerts(std::string_view spec, bool keep_partial = false);

  // Is the alert of this kind shown (Warnings.alert_is_active)? Warning 3
  // is the 'deprecated' alert (`-w -3` turns it off).
  bool AlertActive(std::string_view kind) const { return alerts_.Holds(kind); }
  // Is it an error (`-w @3`, `-warn-error +3`, `-alert ++name`)? Then it
  // prints as "Error (alert NAME): ..." and the exit status is 2.
  bool AlertIsError(std::string_view kind) const {
    return AlertActive(kind) && alert_errors_.Holds(kind);
  }
  bool operator==(const WarningSettings&) const = default;

 private:
  bool ApplySpec(std::string_view spec, bool warn_error);
  // Warnings.set_alert.
  void SetAlert(bool error, bool enable, std::string_view kind);

  // A set of alert kinds as OCaml keeps one: the names listed, or (when
  // `complement`) every name but those listed.
  struct AlertSet {
    std::vector<std::string> names;  // sorted
    bool complement = false;
    bool Holds(std::string_view kind) const;
    bool operator==(const AlertSet&) const = default;
  };

  std::array<bool, kLastWarningNumber + 1> active_{};
  std::array<bool, kLastWarningNumber + 1> error_{};  // ocamlc's -warn-error default: -a+31
  AlertSet alerts_{{}, true};                         // all enabled
  AlertSet alert_errors_{{}, false};                  // all soft
};

// A warning diagnostic with OCaml's text: "Warning N [name]: message".
Diagnostic MakeWarning(int number, Span span, std::string message);
// An alert: "Alert NAME: message".
Diagnostic MakeAlert(std::string name, Span span, std::string message);

}  // namespace mlhint
