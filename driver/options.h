// The command line, as CLI.md describes it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/warnings.h"
#include "hints/hints.h"

namespace mlhint {

enum class OutputFormat { Human, Short, Json, Sarif };
enum class ColorChoice { Auto, Always, Never };

struct Options {
  enum class Command { Check, Help, Version, Explain, Expect, Lsp } command = Command::Check;
  std::vector<std::string> files;  // "-" is standard input
  bool print_signature = false;    // -i
  int max_errors = 0;              // 0: every independent error
  bool strict_sequence = false;    // -strict-sequence, as ocamlc
  // -I DIR: the .ml files of DIR are units the files may use (as ocamlc
  // reads the compiled interfaces there); -open M: M is opened before the
  // first line of each file. Both in the order given.
  std::vector<std::string> include_dirs;
  std::vector<std::string> opens;
  WarningSettings warnings;
  // ocamlc's alerts about the command line (a `-w` list of unsigned
  // letters), printed before anything is checked.
  std::vector<std::string> cli_alerts;
  OutputFormat format = OutputFormat::Human;
  ColorChoice color = ColorChoice::Auto;
  hints::HintLevel hints = hints::HintLevel::All;  // --hints
  bool fix = false;
  bool promote = false;      // expect --promote
  std::string explain_code;  // --explain CODE
};

// Parses argv. On a usage error returns nullopt and sets `error` to the
// message to print (without the "mlhint: " prefix).
std::optional<Options> ParseOptions(const std::vector<std::string>& args, std::string* error);

// The version of mlhint (the project version of CMakeLists.txt).
inline constexpr std::string_view kMlhintVersion = "0.1.0";

std::string UsageText();
std::string VersionText();

}  // namespace mlhint
