// The texts of type errors, laid out as OCaml 4.13 lays them out. Each
// builder computes what it shows now (types become OutType trees, names
// are given) and returns a Doc that only lays the result out.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "typing/ctype.h"
#include "typing/printtyp.h"

namespace mlhint::typing {

// Why an expression was expected to have a type (the "because" of OCaml's
// messages: Typecore.type_expected_explanation).
enum class Explanation : uint8_t {
  None,
  IfConditional,
  IfNoElseBranch,
  WhileLoopConditional,
  WhileLoopBody,
  ForLoopStartIndex,
  ForLoopStopIndex,
  ForLoopBody,
  AssertCondition,
  SequenceLeftHandSide,
  WhenGuard,
};

// "the condition of an if-statement", ... ("" for none).
std::string ExplanationText(Explanation e);

// Printtyp.report_unification_error: "This expression has type X but an
// expression was expected of type Y" with the trace lines and hints.
// `unit_hint`, when given, tells which of OCaml's two unit hints the message
// ends with.
enum class UnitHint : uint8_t { None, ProvideUnitArgument, WrapInFunUnit };
inline constexpr std::string_view kProvideUnitArgumentHint =
    "Hint: Did you forget to provide `()' as argument?";
inline constexpr std::string_view kWrapInFunUnitHint =
    "Hint: Did you forget to wrap the expression using `fun () ->'?";
Doc UnificationErrorDoc(TypePrinter& printer, Ctype& ctype, const Trace& trace,
                        std::string got_intro, std::string expected_intro, Explanation explanation,
                        UnitHint* unit_hint = nullptr);

// A type printed alone with fresh names (Printtyp.type_expr).
OutType FreshTree(TypePrinter& printer, TypeId t);

// Misc.spellcheck, fed one candidate at a time: the candidates closest to
// `name` (within OCaml's cutoff for its length), sorted and without
// duplicates, as OCaml's fold over the sorted list gives them. Neither the
// candidates are copied nor the whole list sorted: only the closest are
// kept.
class Spellchecker {
 public:
  explicit Spellchecker(std::string_view name);
  void Consider(std::string_view candidate);
  std::vector<std::string> Choices();

 private:
  std::string name_;
  int cutoff_;
  int best_distance_;
  std::vector<std::string> best_;
  std::vector<int> scratch_;  // EditDistance's rows, reused
};
// Spellchecker over a list of candidates.
// Printtyp.Conflicts.print_explanations: "@,@[<v>" and, for each type
// told apart by a number, "@[<v 2>%a:@,Definition of %s %s@]", cut apart
// (nothing when there is none).
void PrintConflictExplanations(fmt::Formatter& ppf,
                               const std::vector<TypePrinter::Conflict>& conflicts);

std::vector<std::string> Spellcheck(const std::vector<std::string>& candidates,
                                    const std::string& name);
// Appends OCaml's flushed "\nHint: Did you mean ...?" line to a message.
Doc WithSpellcheck(Doc message, std::vector<std::string> choices);

}  // namespace mlhint::typing
