// The hint engine's order of work for an item with errors (hints.h).

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "hints/blame_search.h"
#include "hints/core_hints.h"
#include "hints/hints.h"
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

Child HintChild(std::string_view id, std::string text, std::optional<Span> span,
                std::optional<FixIt> fix) {
  Child c;
  c.role = Child::Role::Hint;
  c.hint_id = std::string(id);
  c.text = mlhint::Text(std::move(text));
  c.span = span;
  c.fix = std::move(fix);
  return c;
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

bool Within(Span inner, Span outer) {
  return outer.begin <= inner.begin && inner.end <= outer.end;
}

// A whole function, match or `let` around the error: pointing at it says
// less than OCaml's location inside it.
bool EnclosesError(const ast::Ast& tree, const std::vector<ast::Id>& parents, const Candidate& c,
                   Span error) {
  if (!(c.span.begin <= error.begin && error.end <= c.span.end)) return false;
  // A function pointed at as its whole application, around the error in
  // one of its arguments: the argument is the likelier mistake.
  ast::Id parent = c.expr < parents.size() ? parents[c.expr] : ast::kNone;
  if (parent != ast::kNone && tree.exprs[parent].kind == ast::ExprKind::Apply &&
      tree.exprs[parent].a == c.expr && tree.exprs[parent].span == c.span &&
      error.begin >= tree.exprs[c.expr].span.end)
    return true;
  switch (tree.exprs[c.expr].kind) {
    case ast::ExprKind::Function:
    case ast::ExprKind::Fun:
    case ast::ExprKind::Match:
    case ast::ExprKind::Try:
    case ast::ExprKind::Let:
      return true;
    default:
      return false;
  }
}

// What a blame hint points at and says, when no repair verified: the best
// candidate, or the expression around it that decides its type when that
// is the likelier mistake.
struct Blamed {
  Candidate candidate;
  std::string message;
  // A `match` or `let` pointed at for its patterns: shown even around the
  // error when the error is in its scrutinee (or bound expression), as the
  // message says what in it disagrees; not when OCaml's location is in
  // its cases, which is closer to the mistake, unless the scrutinee is a
  // name (ScrutineeIsAName).
  bool for_patterns = false;
};

// The `a :: b` whose `b` is `e` (kNone if none).
ast::Id ConsOfTail(const ast::Ast& tree, const std::vector<ast::Id>& parents, ast::Id e) {
  ast::Id pair = e < parents.size() ? parents[e] : ast::kNone;
  if (pair == ast::kNone || tree.exprs[pair].kind != ast::ExprKind::Tuple ||
      !(tree.exprs[pair].flags & ast::kGhost) || tree.exprs[pair].list.size != 2 ||
      tree.at(tree.exprs[pair].list, 1) != e)
    return ast::kNone;
  ast::Id cons = parents[pair];
  if (cons == ast::kNone || tree.exprs[cons].kind != ast::ExprKind::Construct ||
      tree.exprs[cons].b != pair || tree.LastName(tree.exprs[cons].a) != "::")
    return ast::kNone;
  return cons;
}

// A name taken apart by a match or `let`: it has no type of its own but
// what the patterns and its other uses give it, so when they disagree the
// patterns are as likely the mistake as the use in a case where OCaml
// reports it. (An expression taken apart has a type of its own: the
// cases are then closer to the mistake.)
bool ScrutineeIsAName(typing::Typer& typer, const typing::ItemErrors& item, const Candidate& c) {
  const ast::Ast& tree = typer.tree();
  if (c.expr == ast::kNone || tree.exprs[c.expr].kind != ast::ExprKind::Ident ||
      !(tree.exprs[c.expr].span == c.span))
    return false;
  // Not one whose type is written where it is bound: `(o : int option)`.
  typing::ValueId v = typer.IdentValue(c.expr);
  if (v == typing::kNone) return false;
  const typing::ValueDesc& d = typer.env().values[v];
  if (d.from_prelude || !d.has_loc) return false;
  std::string_view text = typer.source().text();
  // A parameter of the item's function: not a name of an earlier item, nor
  // one a `let` binds (`let x = e`: `e` gives it a type).
  if (!Within(d.loc, item.item) || d.loc.end > text.size()) return false;
  size_t before = d.loc.begin;
  while (before > 0 && IsBlank(text[before - 1])) --before;
  for (std::string_view keyword : {"let", "rec", "and"})
    if (before >= keyword.size() &&
        text.substr(before - keyword.size(), keyword.size()) == keyword &&
        (before == keyword.size() || !IsIdentChar(text[before - keyword.size() - 1])))
      return false;
  size_t at = d.loc.end;
  while (at < text.size() && IsBlank(text[at])) ++at;
  bool annotated = at < text.size() && text[at] == ':' &&
                   !(at + 1 < text.size() && (text[at + 1] == ':' || text[at + 1] == '='));
  return !annotated;
}

Blamed WhatToBlame(ItemSandbox& box, typing::Typer& typer, const std::vector<ast::Id>& parents,
                   const Candidate& c) {
  const ast::Ast& tree = typer.tree();
  const SourceBuffer& source = typer.source();
  auto parent_of = [&](ast::Id e) { return e < parents.size() ? parents[e] : ast::kNone; };
  auto widened = [&](ast::Id to, std::string message, bool for_patterns = false) {
    Candidate m = c;
    m.expr = to;
    m.span = tree.exprs[to].span;
    m.context_type.clear();
    return Blamed{
        std::move(m),
        "Hint: `" + Quoted(source.Slice(m.span)) + "' is likely the mistake: " + std::move(message),
        for_patterns};
  };
  std::string text = Quoted(source.Slice(c.span));
  // The expression the candidate's span is: an application when its
  // function was the candidate (Rank points at the whole application).
  ast::Id e = c.expr;
  if (!(tree.exprs[e].span == c.span) && parent_of(e) != ast::kNone &&
      tree.exprs[parent_of(e)].span == c.span)
    e = parent_of(e);
  ast::Id parent = parent_of(e);
  // The scrutinee of a `match`: its cases' patterns disagree with it, and
  // they are the likelier mistake; the match is pointed at as a whole.
  if (parent != ast::kNone && tree.exprs[parent].kind == ast::ExprKind::Match &&
      tree.exprs[parent].a == e && tree.exprs[e].span == c.span)
    return widened(
        parent, "its patterns give `" + text + "' a type the rest of the code does not agree with.",
        true);
  // The expression of a `let` that takes it apart with a pattern (a tuple,
  // a constructor, a record), like a match's scrutinee: the pattern is as
  // likely the mistake; the `let` is pointed at as a whole.
  if (parent != ast::kNone && tree.exprs[parent].kind == ast::ExprKind::Let &&
      tree.exprs[parent].list.size == 1 && tree.exprs[e].span == c.span) {
    const ast::Binding& b = tree.bindings[tree.at(tree.exprs[parent].list, 0)];
    ast::PatKind k = tree.pats[b.pat].kind;
    if (b.expr == e &&
        (k == ast::PatKind::Tuple || k == ast::PatKind::Construct || k == ast::PatKind::Record))
      return widened(
          parent,
          "its pattern gives `" + text + "' a type the rest of the code does not agree with.",
          true);
  }
  // A float operand of an operator on ints: the operator, written without
  // its dot, is the likelier mistake (an int operand of a float operator
  // is left to the operand: a conversion forgotten; so is a float literal,
  // likelier written with a dot too many).
  if (parent != ast::kNone && tree.exprs[parent].kind == ast::ExprKind::Apply &&
      (tree.exprs[parent].flags & ast::kInfix) && !(tree.exprs[parent].flags & ast::kGhost) &&
      tree.exprs[parent].a != e && tree.exprs[e].kind != ast::ExprKind::Constant) {
    RepairSite site{e, tree, source, typer, parents, c.context_type};
    for (std::string_view op : {"+", "-", "*", "/"})
      if (site.IsPreludeValue(tree.exprs[parent].a, "Stdlib." + std::string(op))) {
        if (OwnType(box, source, c.span) == "float")
          return widened(parent, "`" + std::string(op) + "' works on ints (`" + std::string(op) +
                                     ".' on floats), and `" + text + "' is a float.");
        break;
      }
  }
  // A tuple or an arithmetic operation after `::` (written `x :: a mod 10`,
  // `h :: (a, b)`), which is no list: the cons, where the elements were to
  // be put together otherwise, is the likelier mistake.
  if (ast::Id cons = ConsOfTail(tree, parents, e);
      cons != ast::kNone && !IsListLiteral(tree, cons)) {
    const ast::Expr& x = tree.exprs[e];
    bool operation = x.kind == ast::ExprKind::Apply && (x.flags & ast::kInfix);
    if (operation || (x.kind == ast::ExprKind::Tuple && !(x.flags & ast::kGhost))) {
      std::string own = OwnType(box, source, c.span);
      if (!own.empty() && !own.ends_with(" list"))
        return widened(cons, "`::' puts an element in front of a list, and `" + text +
                                 "' is no list: it has type " + own + ".");
    }
  }
  // A list as an element of a list literal: the literal, where the lists
  // were to be joined, is the likelier mistake.
  ListLiteral literal = ListLiteralOf(tree, parents, e);
  if (literal.elements.size() >= 2) {
    std::string own = OwnType(box, source, c.span);
    if (own.ends_with(" list"))
      return widened(literal.literal,
                     "its element `" + text + "' is a list itself, of type " + own + ".");
  }
  return Blamed{c, BlameMessage(box, tree, source, c)};
}

// The `if` without `else` whose `then` branch has `e` in the position of
// its result (through the bodies of `let`, sequences, matches and
// handlers), or kNone. Such a branch is expected to have type unit: when
// it does not, the missing `else` is the likely mistake.
ast::Id IfWithoutElseAround(const ast::Ast& tree, const std::vector<ast::Id>& parents, ast::Id e) {
  for (ast::Id child = e; child != ast::kNone && child < parents.size();) {
    ast::Id p = parents[child];
    if (p == ast::kNone) return ast::kNone;
    const ast::Expr& x = tree.exprs[p];
    switch (x.kind) {
      case ast::ExprKind::IfThenElse:
        return x.c == ast::kNone && x.b == child ? p : ast::kNone;
      case ast::ExprKind::Let:  // its body
        if (x.a != child) return ast::kNone;
        break;
      case ast::ExprKind::Match:  // the body of a case (not the scrutinee, nor a guard)
      case ast::ExprKind::Try: {
        bool body = false;
        for (const ast::Id* k = tree.begin(x.list); k != tree.end(x.list); ++k)
          body |= tree.cases[*k].body == child;
        if (!body && !(x.kind == ast::ExprKind::Try && x.a == child)) return ast::kNone;
        break;
      }
      case ast::ExprKind::Sequence:
      case ast::ExprKind::LocalOpen:
        if (x.b != child) return ast::kNone;
        break;
      default:
        return ast::kNone;
    }
    child = p;
  }
  return ast::kNone;
}

// The innermost expression of item `item` whose span holds `span`.
ast::Id ExpressionAround(const ast::Ast& tree, ast::Id item, Span span) {
  ast::Id found = ast::kNone;
  std::vector<ast::Id> level = ItemRoots(tree, item);
  for (bool deeper = true; deeper;) {
    deeper = false;
    for (ast::Id e : level)
      // (not into a part as wide as its whole: `a :: b`'s pair)
      if (Within(span, tree.exprs[e].span) &&
          (found == ast::kNone || !(tree.exprs[e].span == tree.exprs[found].span))) {
        found = e;
        level = ExpressionChildren(tree, e);
        deeper = true;
        break;
      }
  }
  return found;
}

// The `if` without `else` an error is the consequence of: its `then`
// branch was expected to have type unit, and does not (OCaml says
// "because it is in the result of a conditional with no else branch"; for
// a constructor, "There is no constructor ... within type unit").
ast::Id IfWithoutElse(const ast::Ast& tree, const std::vector<ast::Id>& parents,
                      const typing::ItemErrors& item, const typing::TypeClash& error,
                      DiagKind kind) {
  if (error.in_pattern) return ast::kNone;
  if (error.node != ast::kNone && error.explanation == typing::Explanation::IfNoElseBranch)
    return IfWithoutElseAround(tree, parents, error.node);
  if (kind == DiagKind::UnboundConstructor)
    return IfWithoutElseAround(tree, parents,
                               ExpressionAround(tree, ItemAt(tree, item.item), error.span));
  return ast::kNone;
}

// Points at the `if` without `else`, saying what its `then` branch is.
Child IfWithoutElseHint(ItemSandbox& box, typing::Typer& typer, ast::Id if_) {
  const ast::Ast& tree = typer.tree();
  const SourceBuffer& source = typer.source();
  Span span = tree.exprs[if_].span;
  std::string then_type = OwnType(box, source, tree.exprs[tree.exprs[if_].b].span);
  std::string message = "Hint: `" + Quoted(source.Slice(span)) +
                        "' is likely the mistake: without an `else' branch, its `then' branch "
                        "must have type unit";
  message +=
      then_type.empty() || then_type == "unit" ? "." : ", and it has type " + then_type + ".";
  return HintChild("blame", std::move(message), span, std::nullopt);
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
          (shown.for_patterns ? !Within(item.errors[0], shown.candidate.span) ||
                                    Within(item.errors[0], ranked[0].candidate.span) ||
                                    ScrutineeIsAName(typer, item, ranked[0].candidate)
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
