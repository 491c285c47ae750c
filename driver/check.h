// Checking one source: the pipeline's steps (driver/pipeline.h) run on it,
// producing the diagnostics in the order OCaml prints them. The command line uses the
// result and drops the rest; an editor keeps the Analysis, to answer
// questions about the checked program (the type under the cursor).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "diagnostics/warnings.h"
#include "hints/hints.h"
#include "support/source.h"

namespace mlhint {

namespace typing {
class Prelude;
class Typer;
struct TypeClash;
}  // namespace typing
namespace ast {
struct Ast;
}

struct CheckOptions {
  WarningSettings warnings;
  int max_errors = 0;            // 0: all
  bool strict_sequence = false;  // -strict-sequence
  bool want_signature = false;
  // Which hints (HINTS.md) to attach to errors: all, OCaml's own, none.
  hints::HintLevel hints = hints::HintLevel::All;
  // The environment the file starts in: the standard library and the
  // compilation units it may use (driver/project.h); null: the library's.
  const typing::Prelude* prelude = nullptr;
  // Keep the file's interface (CheckResult::interface) for the files that
  // use it.
  bool want_interface = false;
  // The implementation's interface file (`.mli`), checked before it: the
  // file's items are checked against it.
  const SourceBuffer* interface_file = nullptr;
};

struct CheckResult {
  std::vector<Diagnostic> diagnostics;  // warnings and errors, in print order
  std::string signature;                // what -i prints, when there is no error
  std::string interface;                // with want_interface and no error
  bool has_error = false;
  // A warning made an error (-w @N): the exit status is 2, but the file was
  // checked and its signature is printed, as ocamlc does.
  bool warning_error = false;
};

// Runs the checker on a thread with a stack large enough for deep programs.
CheckResult CheckSource(const SourceBuffer& source, const CheckOptions& options);

// A checked program, kept: its diagnostics and what the checker learnt.
class Analysis {
 public:
  // Checks a copy of `source` (on the caller's stack: call it from a thread
  // with a large stack, as CheckSource does, when the input may be deep).
  static std::unique_ptr<Analysis> Run(const SourceBuffer& source, const CheckOptions& options);
  ~Analysis();

  const SourceBuffer& source() const { return source_; }
  const CheckResult& result() const { return result_; }
  CheckResult TakeResult() { return std::move(result_); }

  // The innermost expression or pattern at a byte offset and its type,
  // printed as OCaml prints types ("int list -> int").
  struct Typed {
    Span span;
    std::string type;
  };
  std::optional<Typed> TypeAt(uint32_t offset) const;

  // What the checker learnt, for an editor's questions (hover, definitions,
  // an outline): null when the text did not parse. The type clashes are
  // the checker's records of each type error (the type an expression has
  // and the one its context expected).
  typing::Typer* typer() const;
  const ast::Ast& tree() const;
  const std::vector<typing::TypeClash>& clashes() const;

 private:
  Analysis(const SourceBuffer& source);
  struct State;
  SourceBuffer source_;
  std::unique_ptr<State> state_;
  CheckResult result_;
};

// The innermost expression or pattern of `tree` (checked by `typer`) at a
// byte offset, and its type.
std::optional<Analysis::Typed> TypeAtOffset(typing::Typer& typer, const ast::Ast& tree,
                                            uint32_t offset);

}  // namespace mlhint
