#include "driver/options.h"

#include <charconv>

namespace mlhint {

std::string VersionText() {
  return "mlhint " + std::string(kMlhintVersion) + " (the core language of OCaml 4.13)\n";
}

std::string UsageText() {
  return R"(Usage: mlhint [options] FILE...
       mlhint expect [--promote] [--hints=WHICH] FILE...
       mlhint lsp
       mlhint --explain CODE

Type-checks each FILE as ocamlc does, with hints on how to fix each error.
Diagnostics go to standard error; FILE "-" reads standard input. The files
are OCaml's compilation units (money.ml is the module Money), checked in the
order of their dependencies; a directory stands for the .ml files under it.

Options:
  -i                  print each well-typed file's signature, as ocamlc -i
  -w <list>           enable or disable warnings, as ocamlc -w (e.g. -w +26-8)
  -strict-sequence    the left-hand side of a sequence must have type unit,
                      as with ocamlc -strict-sequence
  -I <dir>            the .ml files of <dir> are modules the files may use,
                      as ocamlc -I reads the compiled interfaces there
  -open <module>      open <module> before the first line of each file
  --max-errors=N      stop after N errors in a file (default: report every
                      independent error; 1 stops at the first, as ocamlc)
  --format=FORMAT     human (OCaml's form, the default), short (one line per
                      diagnostic), json, or sarif
  --color=WHEN        auto (the default: only on a terminal, and only when
                      NO_COLOR is unset), always, or never
  --hints=WHICH       all (the default: OCaml's hints and mlhint's own),
                      ocaml (exactly what ocamlc prints), or none
  --fix               apply every machine-applicable hint in place, then
                      check again and report what remains
  --explain CODE      explain a diagnostic code, with an example
  --version           print the version and exit
  --help              print this help and exit

Exit status: 0 when no file has an error (warnings allowed), 2 when a file
has an error or the command line is wrong.
)";
}

namespace {

bool ParseInt(std::string_view text, int* value) {
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return ec == std::errc() && ptr == text.data() + text.size();
}

// "--name=value" or "--name value".
bool TakeValue(const std::vector<std::string>& args, size_t& i, std::string_view name,
               std::string* value, std::string* error) {
  const std::string& arg = args[i];
  if (arg.size() > name.size() && arg.compare(0, name.size(), name) == 0 &&
      arg[name.size()] == '=') {
    *value = arg.substr(name.size() + 1);
    return true;
  }
  if (arg == name) {
    if (i + 1 >= args.size()) {
      *error = "option '" + std::string(name) + "' needs an argument.";
      return false;
    }
    *value = args[++i];
    return true;
  }
  return false;
}

}  // namespace

std::optional<Options> ParseOptions(const std::vector<std::string>& args, std::string* error) {
  Options options;
  size_t i = 0;
  if (!args.empty() && args[0] == "expect") {
    options.command = Options::Command::Expect;
    ++i;
  } else if (!args.empty() && args[0] == "lsp") {
    options.command = Options::Command::Lsp;
    ++i;
  }
  bool only_files = false;
  for (; i < args.size(); ++i) {
    const std::string& arg = args[i];
    std::string value;
    error->clear();
    if (only_files || arg == "-" || arg.empty() || arg[0] != '-') {
      options.files.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_files = true;
    } else if (arg == "--help" || arg == "-help" || arg == "-h") {
      options.command = Options::Command::Help;
    } else if (arg == "--version" || arg == "-version") {
      options.command = Options::Command::Version;
    } else if (arg == "-i") {
      options.print_signature = true;
    } else if (arg == "-strict-sequence") {
      options.strict_sequence = true;
    } else if (arg == "-no-strict-sequence") {
      options.strict_sequence = false;
    } else if (arg == "--fix") {
      options.fix = true;
    } else if (arg == "--promote" && options.command == Options::Command::Expect) {
      options.promote = true;
    } else if (TakeValue(args, i, "-w", &value, error)) {
      if (!options.warnings.Apply(value)) {
        *error = "Ill-formed list of warnings: '" + value + "'.";
        return std::nullopt;
      }
      if (std::optional<std::string> alert = DeprecatedLettersAlert(value))
        options.cli_alerts.push_back(*alert);
    } else if (arg.size() > 2 && arg.compare(0, 2, "-w") == 0 &&
               (arg[2] == '+' || arg[2] == '-' || arg[2] == '@' ||
                (arg[2] >= '0' && arg[2] <= '9'))) {
      // ocamlc also accepts the list glued to the option: -w+26
      if (!options.warnings.Apply(arg.substr(2))) {
        *error = "Ill-formed list of warnings: '" + arg.substr(2) + "'.";
        return std::nullopt;
      }
    } else if (TakeValue(args, i, "-I", &value, error)) {
      options.include_dirs.push_back(value);
    } else if (TakeValue(args, i, "-open", &value, error)) {
      options.opens.push_back(value);
    } else if (TakeValue(args, i, "--max-errors", &value, error)) {
      int n = 0;
      if (!ParseInt(value, &n) || n < 0) {
        *error = "--max-errors expects a number of errors (0 for all), not '" + value + "'.";
        return std::nullopt;
      }
      options.max_errors = n;
    } else if (TakeValue(args, i, "--format", &value, error)) {
      if (value == "human")
        options.format = OutputFormat::Human;
      else if (value == "short")
        options.format = OutputFormat::Short;
      else if (value == "json")
        options.format = OutputFormat::Json;
      else if (value == "sarif")
        options.format = OutputFormat::Sarif;
      else {
        *error = "unknown format '" + value + "' (expected human, short, json or sarif).";
        return std::nullopt;
      }
    } else if (TakeValue(args, i, "--hints", &value, error)) {
      if (value == "all")
        options.hints = hints::HintLevel::All;
      else if (value == "ocaml")
        options.hints = hints::HintLevel::Ocaml;
      else if (value == "none")
        options.hints = hints::HintLevel::None;
      else {
        *error = "unknown hint setting '" + value + "' (expected all, ocaml or none).";
        return std::nullopt;
      }
    } else if (TakeValue(args, i, "--color", &value, error)) {
      if (value == "auto")
        options.color = ColorChoice::Auto;
      else if (value == "always")
        options.color = ColorChoice::Always;
      else if (value == "never")
        options.color = ColorChoice::Never;
      else {
        *error = "unknown colour setting '" + value + "' (expected auto, always or never).";
        return std::nullopt;
      }
    } else if (TakeValue(args, i, "--explain", &value, error)) {
      options.command = Options::Command::Explain;
      options.explain_code = value;
    } else {
      if (error->empty()) *error = "unknown option '" + arg + "'.";
      return std::nullopt;
    }
    if (!error->empty()) return std::nullopt;
  }
  return options;
}

}  // namespace mlhint
