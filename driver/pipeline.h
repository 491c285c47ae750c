// The one pipeline of every front end (the command, `mlhint expect`, the
// language server), as steps that each hand their output to the next:
//
//   ParseStep      source  -> tree, the lexer's warnings the settings show
//   Checker        tree    -> the checker's diagnostics; each structure item
//                             with errors goes, as data, to the hint stage
//                             (hints::HintEngine), which asks the checker
//                             how edited versions of the item would type and
//                             gives back its review (typing::ItemReviewer)
//   PresentStep    diagnostics -> what the hint level shows
//
// The checker knows nothing of hints and the engine nothing of the front
// ends: this file is where they meet. The hint stage runs item by item,
// between an item's typing and the next item's, because the file goes on
// as if the item were the one the review gave (one mistake, one error).
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "diagnostics/warnings.h"
#include "hints/hints.h"
#include "parser/parse.h"
#include "support/source.h"
#include "typing/typer.h"

namespace mlhint::pipeline {

// Whether a warning or an alert is shown under these settings (errors
// always are).
bool Shown(const Diagnostic& d, const WarningSettings& warnings);

// The lexer's warnings that the settings show, in order, marked when they
// are errors (-w @N); sets *warning_error then.
std::vector<Diagnostic> ShownLexicalWarnings(std::vector<Diagnostic> warnings,
                                             const WarningSettings& settings, bool* warning_error);

// Step 1. `tree.error`, when set, is the syntax error that stopped the
// parser (the tree is then not to be typed); `tree.warnings` is emptied
// into `lexical`.
struct Parsed {
  ParseResult tree;
  std::vector<Diagnostic> lexical;
  bool warning_error = false;  // one of `lexical` is an error (-w @N)
};
// Whether a file is an interface (`.mli`), checked as a signature.
inline bool IsInterfacePath(std::string_view path) {
  return path.ends_with(".mli");
}

Parsed ParseStep(const SourceBuffer& source, const WarningSettings& warnings);

// The diagnostic to report instead of checking when mlhint's own prelude
// (the standard library's signatures) does not load.
std::optional<Diagnostic> PreludeProblem(const typing::Prelude& prelude);

// Steps 2 and 3: a checker of one tree (and, for the toplevel, the units
// given to it after), with the hint stage behind it at `hints` (none:
// no review at all).
class Checker {
 public:
  Checker(const SourceBuffer& source, const ast::Ast& tree, typing::CheckOptions options,
          hints::HintLevel hints);
  // The same, starting from the environment `prelude` (the library and the
  // units of a project), which the checker copies.
  Checker(const SourceBuffer& source, const ast::Ast& tree, const typing::Prelude& prelude,
          typing::CheckOptions options, hints::HintLevel hints);
  Checker(const Checker&) = delete;
  Checker& operator=(const Checker&) = delete;
  typing::Typer& typer() { return *typer_; }
  const hints::HintEngine& hint_engine() const { return hints_.engine(); }

 private:
  class HintStage final : public typing::ItemReviewer {
   public:
    explicit HintStage(hints::HintLevel level) : engine_(level) {}
    const hints::HintEngine& engine() const { return engine_; }
    typing::ItemReview Review(const std::vector<typing::TypeClash>& errors,
                              const typing::ItemErrors& item, typing::Typer& typer) override {
      return engine_.Advise(errors, item, typer);
    }

   private:
    hints::HintEngine engine_;
  };
  HintStage hints_;
  std::unique_ptr<typing::Typer> typer_;
};

// Step 4: the diagnostics as the hint level shows them (`none`: without
// any hint or note, OCaml's own included).
void PresentStep(std::vector<Diagnostic>& diagnostics, hints::HintLevel hints);
void PresentStep(Diagnostic& diagnostic, hints::HintLevel hints);

}  // namespace mlhint::pipeline
