// Exhaustiveness and unused cases (OCaml's Parmatch and the parts of
// Typecore that drive it): warnings 4, 8, 11 and 12.
//
// The typed patterns of a match are converted into the Matcher's arena
// (parmatch_convert.cpp, which also re-types a counter-example as OCaml does
// before printing it), the checks here run there. Warning 57 is in
// parmatch_ambiguous.cpp.

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "typing/parmatch_context.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

namespace {

// Typecore.check_partial: a match of a single case may have the wildcards of
// its counter-example expanded this many levels deep.
constexpr int kExplosionFuel = 5;

}  // namespace

// ---------------------------------------------------------------- the checks

// Parmatch.check_partial, for a match (`match_loc` is the whole match) or a
// `let` (no `match_loc`).
// Patterns that match every value of their type whatever it is: variables,
// `_`, and tuples and records of those. A match with such an unguarded case
// is exhaustive, and a single case without or-patterns has nothing unused:
// most functions and `let`s need no matrix at all.
bool Typer::Irrefutable(ast::Id pat) const {
  ast::PatKind root = ast_->pats[pat].kind;
  if (root == ast::PatKind::Var || root == ast::PatKind::Any) return true;  // the common case
  return !ast::AnyPattern(*ast_, pat, [](const ast::Pat& x) {
    switch (x.kind) {
      case ast::PatKind::Any:
      case ast::PatKind::Var:
      case ast::PatKind::Alias:
      case ast::PatKind::Constraint:
      case ast::PatKind::LocalOpen:
      case ast::PatKind::Tuple:
      case ast::PatKind::Record:
        return false;
      default:
        return true;
    }
  });
}

bool Typer::HasOrPattern(ast::Id pat) const {
  return ast::AnyPattern(*ast_, pat, [](const ast::Pat& x) { return x.kind == ast::PatKind::Or; });
}

void Typer::CheckPartial(TypeId ty, std::optional<Span> match_loc, const std::vector<ast::Id>& pats,
                         const std::vector<bool>& guarded) {
  bool fragile = WarningActive(4);
  if (!WarningActive(8) && !fragile) return;
  if (match_budget_ <= 0) return;
  if (!fragile)
    for (size_t i = 0; i < pats.size(); ++i)
      if (!guarded[i] && Irrefutable(pats[i])) return;
  try {
    MatchContext cx(*this);
    parmatch::Matcher& m = cx.matcher();
    Matrix unguarded, only_guarded;
    std::vector<PatId> all;
    for (size_t i = 0; i < pats.size(); ++i) {
      PatId p = cx.ConvertCase(pats[i]);
      all.push_back(p);
      (guarded[i] ? only_guarded : unguarded).push_back(Row{p});
    }
    // A `let` is reported at its pattern, as Typecore locates it (the inner
    // pattern of a constraint).
    Span loc = match_loc ? *match_loc : m.node(all.front()).span;
    Matrix rows = m.GetMins(unguarded);
    if (rows.empty()) {
      if (!pats.empty())
        Warn(8, loc,
             "this pattern-matching is not exhaustive.\nAll clauses in this pattern-matching are "
             "guarded.");
      return;
    }
    // The first counter-example that re-typing keeps (one that matches no
    // value is passed over); the wildcards of a single case's are expanded.
    std::optional<PatId> retyped;
    int fuel = pats.size() == 1 ? kExplosionFuel : 0;
    if (m.ExhaustEach(rows, [&](PatId witness) {
          retyped = cx.Retype(witness, ty, fuel);
          return retyped.has_value();
        })) {
      if (!WarningActive(8)) return;
      PatId shown = *retyped;
      std::string text = cx.Print(shown);
      if (m.DoMatch(only_guarded, Row{shown}))
        text += "\n(However, some guarded clause may match this value.)";
      if (cx.ContainsExtension(shown))
        text +=
            "\nMatching over values of extensible variant types (the *extension* above)\n"
            "must include a wild card pattern in order to be exhaustive.";
      Warn(8, loc,
           "this pattern-matching is not exhaustive.\nHere is an example of a case that is not "
           "matched:\n" +
               text);
      return;
    }
    if (!fragile) return;
    // Parmatch.do_check_fragile: exhaustive still if a type had one more
    // constructor?
    std::vector<DeclId> types;
    for (PatId p : all) cx.CollectTypes(p, types);
    for (DeclId d : types)
      if (!m.Exhaust(rows, d))
        Warn(4, loc,
             "this pattern-matching is fragile.\nIt will remain exhaustive when constructors are "
             "added to type " +
                 cx.TypeName(d) + ".");
  } catch (parmatch::BudgetExceeded&) {
  } catch (Untyped&) {
  }
}

void Typer::CheckPartialMatch(TypeId ty, Span loc, const std::vector<ast::Id>& pats,
                              const std::vector<bool>& guarded) {
  CheckPartial(ty, loc, pats, guarded);
}

void Typer::CheckPartialLet(ast::Id pat, TypeId ty, ast::Id expr) {
  (void)expr;  // OCaml checks the binding as the match `match expr with pat -> ...`
  CheckPartial(ty, std::nullopt, {pat}, {false});
}

void Typer::CheckUnusedCases(TypeId ty, const std::vector<ast::Id>& pats,
                             const std::vector<bool>& guarded, const std::vector<bool>& refuting) {
  // Typecore.type_cases checks the unused cases, then the guards.
  CheckRedundantCases(ty, pats, guarded, refuting);
  CheckAmbiguousBindings(pats, guarded);
}

// Parmatch.check_unused: each case against the unguarded cases before it.
// The warnings are emitted once the whole match is checked, so that a check
// given up half way says nothing.
void Typer::CheckRedundantCases(TypeId ty, const std::vector<ast::Id>& pats,
                                const std::vector<bool>& guarded,
                                const std::vector<bool>& refuting) {
  // A refutation case is checked whatever the warnings say.
  bool refutes = std::find(refuting.begin(), refuting.end(), true) != refuting.end();
  if ((!WarningActive(11) && !refutes) || match_budget_ <= 0) return;
  if (pats.size() == 1 && !HasOrPattern(pats[0]) && !refutes) return;
  std::vector<std::pair<int, Span>> warnings;
  std::optional<Diagnostic> unrefuted;
  try {
    MatchContext cx(*this);
    parmatch::Matcher& m = cx.matcher();
    // The previous unguarded cases, indexed by head: a case with a head
    // can only be compatible with those of the same head and those without.
    std::vector<PatId> previous;
    std::unordered_map<std::string, std::vector<size_t>> by_key;
    std::vector<size_t> unkeyed;
    for (size_t i = 0; i < pats.size(); ++i) {
      PatId q = cx.ConvertCase(pats[i]);
      std::optional<std::string> key = m.HeadKey(q);
      std::vector<size_t> candidates;
      if (key) {
        const std::vector<size_t>& same = by_key[*key];
        std::merge(same.begin(), same.end(), unkeyed.begin(), unkeyed.end(),
                   std::back_inserter(candidates));
      } else {
        for (size_t k = 0; k < previous.size(); ++k) candidates.push_back(k);
      }
      Matrix compatible;
      for (size_t k : candidates)
        if (m.Compats(Row{q}, Row{previous[k]})) compatible.push_back(Row{previous[k]});
      parmatch::Usefulness u = m.CheckUseful(m.GetMins(compatible), q);
      bool unused = u.kind == parmatch::Usefulness::Kind::Unused;
      // `p -> .` (Parmatch.check_unused): nothing to say when no value
      // reaches it; else the values that reach it are re-typed, wildcards
      // of a type without constructors dropped, and one that is left is
      // an error. Those values are p's own when no case before it is
      // compatible with it; otherwise they are found only if p's own
      // are all refuted.
      if (refuting[i] && unused) continue;
      if (refuting[i] && !unrefuted) {
        if (std::optional<PatId> reached = cx.Retype(q, ty, kExplosionFuel)) {
          if (!compatible.empty()) {
            unrefuted = MakeError(DiagKind::Unsupported, m.node(q).span,
                                  Text(UnsupportedText("refutation cases that cases before them "
                                                       "partly cover")));
          } else {
            std::string example = cx.Print(*reached);
            unrefuted = MakeError(
                DiagKind::UnrefutedPattern, m.node(q).span, [example](fmt::Formatter& ppf) {
                  ppf.open_box(0);
                  ppf.print_string("This match case could not be refuted.");
                  ppf.print_space();
                  ppf.print_string("Here is an example of a value that would reach it:");
                  ppf.print_space();
                  ppf.print_string(example);
                  ppf.close_box();
                });
          }
        }
      }
      // Typecore raises at the first case not refuted: the cases after it
      // are not checked.
      if (unrefuted) break;
      if (unused) warnings.emplace_back(11, m.node(q).span);
      for (PatId branch : u.unused) warnings.emplace_back(12, m.node(branch).span);
      // An unused case covers nothing new: leaving it out changes no answer
      // and keeps a match of many equal cases linear.
      if (guarded[i] || u.kind == parmatch::Usefulness::Kind::Unused) continue;
      (key ? by_key[*key] : unkeyed).push_back(previous.size());
      previous.push_back(q);
    }
  } catch (parmatch::BudgetExceeded&) {
    return;
  } catch (Untyped&) {
    return;
  }
  // The warnings of the cases before it are said first.
  for (const auto& [number, span] : warnings)
    Warn(number, span, number == 11 ? "this match case is unused." : "this sub-pattern is unused.");
  if (unrefuted) Raise(std::move(*unrefuted));
}

}  // namespace mlhint::typing
