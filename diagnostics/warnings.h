// OCaml 4.13's numbered warnings: their names, the default set, and the `-w`
// option parsed as ocamlc parses it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

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
  bool deprecated_alert() const { return deprecated_alert_; }
  // Is the deprecated alert an error (`-w @3`, `-warn-error +3`)? Then it
  // prints as "Error (alert deprecated): ..." and the exit status is 2.
  bool deprecated_alert_error() const { return deprecated_alert_ && deprecated_alert_error_; }
  bool operator==(const WarningSettings&) const = default;

 private:
  bool ApplySpec(std::string_view spec, bool warn_error);

  std::array<bool, kLastWarningNumber + 1> active_{};
  std::array<bool, kLastWarningNumber + 1> error_{};  // ocamlc's -warn-error default: -a+31
  bool deprecated_alert_ = true;                      // warning 3 is the 'deprecated' alert
  bool deprecated_alert_error_ = false;
};

// A warning diagnostic with OCaml's text: "Warning N [name]: message".
Diagnostic MakeWarning(int number, Span span, std::string message);
// An alert: "Alert NAME: message".
Diagnostic MakeAlert(std::string name, Span span, std::string message);

}  // namespace mlhint
