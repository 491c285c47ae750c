// The hint engine's order of work for an item with errors (hints.h).

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "hints/blame_hint.h"
#include "hints/blame_search.h"
#include "hints/core_hints.h"
#include "hints/hints.h"
#include "hints/if_without_else.h"
#include "hints/rank.h"
#include "hints/repair.h"
#include "hints/sandbox.h"
#include "hints/syntax.h"
#include "support/text_chars.h"

namespace mlhint::hints {

namespace {

// The errors the blame search looks for: type errors, whose place is where
// the types met, not necessarily where the mistake is.
bool Blameable(DiagKind kind) {
  switch (kind) {
    case DiagKind::TypeMismatch:
    case DiagKind::PatternTypeMismatch:
    case DiagKind::NotAFunction:
    case DiagKind::TooManyArguments:
    case DiagKind::ConstructorArity:
    case DiagKind::LabelMismatch:
      return true;
    default:
      return false;
  }
}

// For studying the search on a data set: MLHINT_BLAME_DUMP names a file
// that gets one line per searched error (the error's span, then each
// candidate's, in rank order, and the chosen repair's rule).
void Dump(const SourceBuffer& source, const typing::ItemErrors& item,
          const std::vector<RankedCandidate>& ranked, std::string_view chosen) {
  const char* path = std::getenv("MLHINT_BLAME_DUMP");
  if (!path || !*path) return;
  FILE* f = std::fopen(path, "a");
  if (!f) return;
  auto pos = [&](Span s) {
    LineColumn a = source.Locate(s.begin), b = source.Locate(s.end);
    return std::to_string(a.line) + "," + std::to_string(a.column) + "," + std::to_string(b.line) +
           "," + std::to_string(b.column);
  };
  std::string line =
      std::string(source.name()) + "\t" + pos(item.errors[0]) + "\t" + std::string(chosen);
  for (const RankedCandidate& c : ranked)
    line += "\t" + pos(c.candidate.span) + ";" + std::to_string(c.score) + ";" + c.features;
  line += "\n";
  std::fputs(line.c_str(), f);
  std::fclose(f);
}

// Clean, and where it must be, not left a function.
bool Verified(ItemSandbox& box, const Repair& r) {
  if (!r.not_a_function || r.edits.size() != 1) return box.Clean(r.edits);
  std::optional<ItemSandbox::Outcome> o =
      box.Try(r.edits, {Probe{0, 0, static_cast<uint32_t>(r.edits[0].replacement.size())}});
  return o && o->errors.empty() && !o->probe_types.empty() && !IsFunctionType(o->probe_types[0]);
}

// The fix-it the first error will show first: OCaml's own (printed first)
// when it is clean, else the engine's.
const FixIt* FirstFix(const std::vector<typing::TypeClash>& errors,
                      const typing::ItemReview& advice) {
  if (errors.empty()) return nullptr;
  const std::vector<FixIt>& own = errors[0].ocaml_fixes;
  for (size_t i = 0; i < own.size(); ++i)
    if (!advice.ocaml_fix_clean.empty() && i < advice.ocaml_fix_clean[0].size() &&
        advice.ocaml_fix_clean[0][i] && !own[i].edits.empty())
      return &own[i];
  for (const Child& c : advice.children[0])
    if (c.fix && !c.fix->edits.empty()) return &*c.fix;
  return nullptr;
}

}  // namespace

void HintEngine::Prepare(const ast::Ast& tree) {
  if (prepared_for_ == tree.serial && !parents_.empty()) return;
  prepared_for_ = tree.serial;
  spent_ = 0;
  parents_ = ExpressionParents(tree);
  let_names_ = LetNames(tree);
  annotated_ = AnnotatedNames(tree);
}

typing::ItemReview HintEngine::Advise(const std::vector<typing::TypeClash>& errors,
                                      const typing::ItemErrors& item, typing::Typer& typer) {
  typing::ItemReview advice = Search(errors, item, typer);
  if (const FixIt* fix = FirstFix(errors, advice))
    advice.continue_as = RepairedItem(typer.source(), item.item, fix->edits);
  return advice;
}

typing::ItemReview HintEngine::Search(const std::vector<typing::TypeClash>& errors,
                                      const typing::ItemErrors& item, typing::Typer& typer) {
  typing::ItemReview advice;
  advice.children.resize(errors.size());
  advice.folded.assign(errors.size(), false);
  if (errors.empty()) return advice;
  const ast::Ast& tree = typer.tree();
  Prepare(tree);
  if (spent_ >= kTreeBudget) return advice;
  ItemSandbox box(typer, item, kItemBudget);
  struct Spend {
    HintEngine& engine;
    const ItemSandbox& box;
    int64_t per_try;
    ~Spend() { engine.spent_ += box.used() * per_try + box.extra_bytes(); }
  } spend{*this, box, std::max<int64_t>(kTryCost, item.item.size())};

  advice.ocaml_fix_clean.resize(errors.size());
  for (size_t k = 0; k < errors.size(); ++k) {
    for (const FixIt& f : errors[k].ocaml_fixes)
      advice.ocaml_fix_clean[k].push_back(box.Clean(f.edits));
    if (errors[k].node == ast::kNone) continue;
    if (level_ == HintLevel::Ocaml) {
      if (auto c = OcamlLiteralHint(errors[k], typer)) advice.children[k].push_back(std::move(*c));
    } else {
      advice.children[k] = CoreHints(errors[k], item, typer, parents_, let_names_, box);
    }
  }
  if (level_ == HintLevel::Ocaml) return advice;

  // A clean fix-it for the first error makes the whole item type-check:
  // the item's other errors were the same mistake.
  auto first_is_fixed = [&] {
    for (const Child& c : advice.children[0])
      if (c.fix && !c.in_message) return true;
    for (bool clean : advice.ocaml_fix_clean[0])
      if (clean) return true;
    return false;
  };
  if (!first_is_fixed() && item.kinds.size() == errors.size() && Blameable(item.kinds[0])) {
    ast::Id item_id = ItemAt(tree, item.item);
    std::vector<Candidate> found = FindCandidates(box, tree, parents_, item_id, 0);
    std::vector<RankedCandidate> ranked = Rank(tree, errors[0], parents_, std::move(found));
    while (!ranked.empty() && ranked.back().decisive < kBelowOcamlsLocation) ranked.pop_back();
    std::optional<Repair> best;
    const RankedCandidate* best_at = nullptr;
    // The best candidates get every rule, cheapest first; the lesser ones
    // only the repairs that are evidence on their own (Repair::anywhere).
    for (size_t k = 0; !best && k < ranked.size() && k < kAnywhereCandidates && !box.Exhausted();
         ++k) {
      const RankedCandidate& rc = ranked[k];
      bool lesser = k >= kRepairedCandidates;
      RepairSite site{rc.candidate.expr,        tree, typer.source(), typer, parents_,
                      rc.candidate.context_type};
      std::vector<Repair> proposals;
      for (const RepairRule* rule : RepairRules()) rule->Propose(site, proposals);
      std::stable_sort(proposals.begin(), proposals.end(),
                       [](const Repair& a, const Repair& b) { return a.cost < b.cost; });
      for (Repair& r : proposals) {
        if (lesser && !r.anywhere) continue;
        if (Verified(box, r)) {
          best = std::move(r);
          best_at = &rc;
          break;
        }
      }
    }
    ast::Id if_without_else =
        best ? ast::kNone : IfWithoutElse(tree, parents_, item, errors[0], item.kinds[0]);
    if (if_without_else != ast::kNone) {
      advice.children[0].push_back(IfWithoutElseHint(box, typer, if_without_else));
    } else if (best) {
      // Pointed at the candidate when the repair edits nothing outside it
      // (the candidate is where the mistake likeliest is).
      Span at = best->span;
      Span c = best_at->candidate.span;
      if (std::all_of(best->edits.begin(), best->edits.end(), [&](const Edit& e) {
            return c.begin <= e.span.begin && e.span.end <= c.end;
          }))
        at = c;
      advice.children[0].push_back(
          HintChild(best->rule, best->message, at, FixIt{best->edits, best->applicability}));
    } else if (!ranked.empty()) {
      Blamed shown = WhatToBlame(box, typer, parents_, ranked[0].candidate);
      if (!(shown.candidate.span == item.errors[0]) &&
          (shown.for_patterns
               ? !Within(item.errors[0], shown.candidate.span) ||
                     Within(item.errors[0], ranked[0].candidate.span) ||
                     ScrutineeIsAName(typer, item, ranked[0].candidate, let_names_, annotated_)
               : !EnclosesError(tree, parents_, shown.candidate, item.errors[0]))) {
        Span at = shown.candidate.span;
        advice.children[0].push_back(
            HintChild("blame", std::move(shown.message), at, std::nullopt));
        // An operation or list literal blamed for its operand or element:
        // the errors inside it are the same mistake.
        if (shown.candidate.expr != ranked[0].candidate.expr && !shown.for_patterns)
          for (size_t k = 1; k < errors.size(); ++k)
            if (at.begin <= item.errors[k].begin && item.errors[k].end <= at.end)
              advice.folded[k] = true;
      }
    }
    // One expression explains every error of the item: one diagnostic.
    if (!ranked.empty() && ranked[0].candidate.explains_item)
      for (size_t k = 1; k < errors.size(); ++k) advice.folded[k] = true;
    Dump(typer.source(), item, ranked, best ? best->rule : std::string_view("none"));
  } else if (!first_is_fixed() && item.kinds.size() == errors.size()) {
    ast::Id if_without_else = IfWithoutElse(tree, parents_, item, errors[0], item.kinds[0]);
    if (if_without_else != ast::kNone)
      advice.children[0].push_back(IfWithoutElseHint(box, typer, if_without_else));
  }
  if (first_is_fixed())
    for (size_t k = 1; k < errors.size(); ++k) advice.folded[k] = true;
  return advice;
}

}  // namespace mlhint::hints
