// The check of a document for an editor, item by item (see incremental.h):
// the whole check that cuts it into regions, and an edit taken either as
// blanks and comments moved (TakeBlankEdit) or as one item checked again
// alone (Update), with the diagnostics composed in the order a whole check
// prints them. Positions are mapped in incremental_map.cpp; the editor's
// questions are answered in incremental_queries.cpp.

#include <algorithm>

#include "hints/hints.h"
#include "lexer/lexer.h"
#include "lsp/incremental_internal.h"
#include "typing/prelude.h"

namespace mlhint::lsp {

IncrementalCheck::IncrementalCheck() : state_(std::make_unique<State>()) {}
IncrementalCheck::~IncrementalCheck() = default;

std::unique_ptr<IncrementalCheck> IncrementalCheck::Full(const std::string& name, std::string text,
                                                         const CheckOptions& given) {
  // The server keeps the whole library: each edit may name another module
  // and the item-by-item check goes on with the typer it has.
  CheckOptions options = given;
  if (!options.prelude) options.prelude = &typing::Prelude::Get();
  std::unique_ptr<IncrementalCheck> check(new IncrementalCheck());
  State& st = *check->state_;
  st.options = options;
  st.name = name;
  st.source = std::make_unique<SourceBuffer>(name, text);
  check->text_ = std::move(text);
  auto whole = [&] {
    st.typer = nullptr;
    st.items.reset();
    st.checker.reset();
    st.analysis = Analysis::Run(*st.source, options);
    check->diagnostics_ = Flatten(st.analysis->result().diagnostics);
    return std::move(check);
  };
  // An interface is checked whole: the item-by-item check knows structures.
  if (pipeline::PreludeProblem(*options.prelude) || options.want_signature ||
      pipeline::IsInterfacePath(name))
    return whole();
  pipeline::Parsed parsed = pipeline::ParseStep(*st.source, options.warnings);
  st.parsed = std::move(parsed.tree);
  std::vector<Diagnostic> lexical = std::move(parsed.lexical);
  if (st.parsed.error) {
    lexical.push_back(std::move(*st.parsed.error));
    check->diagnostics_ = Flatten(lexical);
    return check;
  }
  typing::CheckOptions typing_options;
  typing_options.warnings = options.warnings;
  typing_options.max_errors = options.max_errors;
  typing_options.strict_sequence = options.strict_sequence;
  // An implementation's interface file, as Analysis::Run reads it (one
  // that does not parse is no interface).
  if (options.interface_file) {
    st.interface = pipeline::ParseStep(*options.interface_file, options.warnings).tree;
    if (!st.interface->error) {
      typing_options.interface_source = options.interface_file;
      typing_options.interface_ast = &st.interface->ast;
    }
  }
  const typing::Prelude& prelude = *options.prelude;
  st.checker = std::make_unique<pipeline::Checker>(*st.source, st.parsed.ast, prelude,
                                                   typing_options, options.hints);
  st.typer = &st.checker->typer();
  st.items = std::make_unique<typing::ItemwiseCheck>(*st.typer);
  const ast::Ast& tree = st.parsed.ast;
  // Warning 51 (`[@tailcall]`) comes from a pass over the whole typed tree
  // after the typing, as the translation's warnings come after ocamlc's
  // typing: a file that asks for it is checked whole.
  if (!st.items->CanTypeAlone() || tree.structure.size == 0 || !tree.tail_expectations.empty() ||
      !tree.tail_payload_errors.empty())
    return whole();

  typing::FileOutcome file = st.items->CheckFile();
  for (typing::ItemOutcome& item : file.items) {
    pipeline::PresentStep(item.diagnostics, options.hints);
    pipeline::PresentStep(item.delayed, options.hints);
  }
  uint32_t size = st.source->size();
  for (uint32_t i = 0; i < tree.structure.size; ++i) {
    const ast::Item& item = tree.items[tree.at(tree.structure, i)];
    Region r;
    r.typer_start = r.start = i == 0 ? 0 : item.span.begin;
    r.item_offset = item.span.begin - r.start;
    r.item_length = item.span.size();
    r.kind = item.kind;
    r.error = file.items[i].error;
    r.now = Flatten(file.items[i].diagnostics);
    r.delayed = Flatten(file.items[i].delayed);
    check->regions_.push_back(std::move(r));
  }
  for (size_t i = 0; i < check->regions_.size(); ++i) {
    uint32_t end = i + 1 < check->regions_.size() ? check->regions_[i + 1].start : size;
    check->regions_[i].length = end - check->regions_[i].start;
  }
  // Which item binds each top-level value, and which values each item uses
  // from the items before it.
  for (size_t i = 0; i < check->regions_.size(); ++i) {
    check->regions_[i].binds = st.items->ItemValues(i);
    for (typing::ValueId v : check->regions_[i].binds) check->value_region_[v] = i;
  }
  for (ast::Id e = 0; e < tree.exprs.size(); ++e) {
    typing::ValueId v = st.typer->IdentValue(e);
    if (v == typing::kNone) continue;
    auto it = check->value_region_.find(v);
    if (it == check->value_region_.end()) continue;
    size_t user = check->RegionAtTyper(tree.exprs[e].span.begin);
    if (user > it->second) check->regions_[user].uses.push_back(v);
  }
  for (CheckedDiagnostic& w : Flatten(lexical)) {
    size_t r = w.span ? check->RegionAtTyper(w.span->begin) : 0;
    check->regions_[r].lexical.push_back(std::move(w));
  }
  st.clashes = std::move(file.clashes);
  check->first_weak_item_ = file.first_weak_item;
  check->hints_half_spent_ = st.checker->hint_engine().BudgetHalfSpent();
  check->refusals_said_ = file.refusals_said;
  check->after_ = Flatten(file.after);

  check->after_error_ = file.after_error;
  st.whole_regions = check->regions_;
  st.blank.assign(st.source->text());
  for (char& c : st.blank)
    if (c != '\n') c = ' ';
  if (!check->Compose(check->text_, &check->diagnostics_))
    return whole();  // cannot happen: nothing moved yet
  return check;
}

bool IncrementalCheck::Refuse(const char* why) {
  refusal_ = why;
  return false;
}

size_t IncrementalCheck::item_count() const {
  return regions_.size();
}

// The diagnostics in the order a whole check prints them: the lexer's
// warnings, each item's, then when no item has an error what comes after
// the items, and when there is still no error the unused checks.
bool IncrementalCheck::Compose(const std::string& text, std::vector<CheckedDiagnostic>* out) const {
  std::vector<CheckedDiagnostic> all;
  auto add = [&](size_t region, const CheckedDiagnostic& d) {
    CheckedDiagnostic copy = d;
    if (!MapDiagnostic(region, copy)) return false;
    all.push_back(std::move(copy));
    return true;
  };
  for (size_t r = 0; r < regions_.size(); ++r)
    for (const CheckedDiagnostic& d : regions_[r].lexical)
      if (!add(r, d)) return false;
  bool error = false;
  for (size_t r = 0; r < regions_.size(); ++r) {
    error |= regions_[r].error;
    for (const CheckedDiagnostic& d : regions_[r].now) {
      // A line number in a message is the Typer's text's: still right only
      // if as many lines come before the item as there.
      if (d.mentions_line && std::count(text.begin(), text.begin() + regions_[r].start, '\n') !=
                                 std::count(state_->blank.begin(),
                                            state_->blank.begin() + regions_[r].typer_start, '\n'))
        return false;
      if (!add(r, d)) return false;
    }
  }
  if (!error) {
    for (const CheckedDiagnostic& d : after_)
      if (!add(d.span ? RegionAtTyper(d.span->begin) : 0, d)) return false;
    if (!after_error_)
      for (size_t r = 0; r < regions_.size(); ++r)
        for (const CheckedDiagnostic& d : regions_[r].delayed)
          if (!add(r, d)) return false;
  }
  *out = std::move(all);
  return true;
}

namespace {

// Whether `name` stands in `text` as an identifier of its own.
bool MentionsName(std::string_view text, std::string_view name) {
  auto ident = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '\'' || static_cast<unsigned char>(c) >= 0x80;
  };
  if (name.empty() || !ident(name[0])) return text.find(name) != std::string_view::npos;
  for (size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1))
    if ((at == 0 || !ident(text[at - 1])) &&
        (at + name.size() == text.size() || !ident(text[at + name.size()])))
      return true;
  return false;
}

// Whether an item's `uses` (values of earlier items) hold one of `values`.
bool UsesOneOf(const std::vector<typing::ValueId>& uses,
               const std::vector<typing::ValueId>& values) {
  return std::any_of(uses.begin(), uses.end(), [&](typing::ValueId v) {
    return std::find(values.begin(), values.end(), v) != values.end();
  });
}

// Whether `a` and `b` lex to the same tokens, with no lexer error or warning
// in either.
bool SameTokens(std::string_view a, std::string_view b) {
  SourceBuffer sa("", std::string(a)), sb("", std::string(b));
  LexedBuffer la = Lex(sa), lb = Lex(sb);
  if (la.error || lb.error || !la.warnings.empty() || !lb.warnings.empty()) return false;
  if (la.tokens.size() != lb.tokens.size()) return false;
  for (size_t i = 0; i < la.tokens.size(); ++i)
    if (la.tokens[i].kind != lb.tokens[i].kind ||
        sa.Slice(la.tokens[i].span) != sb.Slice(lb.tokens[i].span))
      return false;
  return true;
}

// Whether a span of `d` (its own, a child's, an edit's) is in [from, to).
bool PointsInto(const CheckedDiagnostic& d, uint32_t from, uint32_t to) {
  auto in = [&](const std::optional<Span>& s) { return s && s->end > from && s->begin < to; };
  if (in(d.span)) return true;
  for (const CheckedChild& c : d.children) {
    if (in(c.span)) return true;
    if (c.fix)
      for (const Edit& e : c.fix->edits)
        if (in(e.span) || (e.span.empty() && e.span.begin >= from && e.span.begin < to))
          return true;
  }
  return false;
}

}  // namespace

bool IncrementalCheck::TakeBlankEdit(size_t r, size_t p, size_t old_end, int64_t delta,
                                     const std::string& text) {
  Region& reg = regions_[r];
  if (reg.dirty || !reg.lexical.empty()) return false;
  size_t new_length = static_cast<size_t>(int64_t{reg.length} + delta);
  // With the next item: a blank deleted at the end may join two tokens.
  size_t next = r + 1 < regions_.size() ? regions_[r + 1].length : 0;
  if (!SameTokens(std::string_view(text_).substr(reg.start, reg.length + next),
                  std::string_view(text).substr(reg.start, new_length + next)))
    return false;
  size_t item_begin = size_t{reg.start} + reg.item_offset, item_end = item_begin + reg.item_length;
  if (p < item_begin && old_end > item_begin) return false;
  bool inside = p > item_begin && p < item_end;
  auto newlines = [](const std::string& t, size_t a, size_t b) {
    return std::count(t.begin() + static_cast<std::ptrdiff_t>(a),
                      t.begin() + static_cast<std::ptrdiff_t>(b), '\n');
  };
  bool lines_moved = newlines(text_, p, old_end) !=
                     newlines(text, p, static_cast<size_t>(int64_t(old_end) + delta));
  if (inside || lines_moved) {
    // What the check said stays true unless a message quotes the item's
    // text (its blanks changed) or names a line that moved.
    uint32_t from = reg.typer_start;
    uint32_t to = r + 1 < regions_.size() ? regions_[r + 1].typer_start
                                          : static_cast<uint32_t>(state_->blank.size());
    auto refuses = [&](const CheckedDiagnostic& d, bool own) {
      if (own && (inside || d.mentions_line)) return true;
      return inside && PointsInto(d, from, to);
    };
    for (size_t q = 0; q < regions_.size(); ++q)
      for (const auto* list : {&regions_[q].lexical, &regions_[q].now, &regions_[q].delayed})
        for (const CheckedDiagnostic& d : *list)
          if (refuses(d, q == r)) return false;
    for (const CheckedDiagnostic& d : after_)
      if (refuses(d, lines_moved && d.mentions_line)) return false;
  }
  Region saved = reg;
  if (delta != 0) {
    // From the Typer's offset where the old text went on, positions move.
    uint32_t at = ToTyper(r, static_cast<uint32_t>(old_end));
    auto it = std::lower_bound(
        reg.cuts.begin(), reg.cuts.end(), at,
        [](const std::pair<uint32_t, int64_t>& c, uint32_t x) { return c.first < x; });
    if (it != reg.cuts.end() && it->first == at)
      it->second += delta;
    else
      reg.cuts.insert(it, {at, delta});
    if (reg.cuts.size() > 64) {  // many edits: a whole check sets all straight
      reg = std::move(saved);
      return false;
    }
  }
  if (old_end <= item_begin)
    reg.item_offset = static_cast<uint32_t>(reg.item_offset + delta);
  else if (inside)
    reg.item_length = static_cast<uint32_t>(reg.item_length + delta);
  reg.length = static_cast<uint32_t>(new_length);
  for (size_t i = r + 1; i < regions_.size(); ++i)
    regions_[i].start = static_cast<uint32_t>(regions_[i].start + delta);
  std::vector<CheckedDiagnostic> composed;
  if (!Compose(text, &composed)) {
    regions_[r] = std::move(saved);
    for (size_t i = r + 1; i < regions_.size(); ++i)
      regions_[i].start = static_cast<uint32_t>(regions_[i].start - delta);
    return false;
  }
  diagnostics_ = std::move(composed);
  text_ = text;
  return true;
}

bool IncrementalCheck::TakeEditBack(size_t r, int64_t new_length, int64_t delta,
                                    const std::string& text) {
  const State& st = *state_;
  const Region& reg = regions_[r];
  const Region& whole = st.whole_regions[r];
  if (!reg.dirty || new_length != whole.length ||
      text.compare(reg.start, whole.length, st.source->text(), whole.typer_start, whole.length) !=
          0)
    return false;
  // Its values are typed as the whole check typed them only if those it
  // uses are.
  for (typing::ValueId v : whole.uses)
    if (auto it = value_region_.find(v);
        it != value_region_.end() && regions_[it->second].stale_types)
      return false;
  std::vector<std::pair<size_t, Region>> undo;
  undo.emplace_back(r, regions_[r]);
  uint32_t start = reg.start;
  regions_[r] = whole;
  regions_[r].start = start;
  // The items typed again with its other values have the whole check's
  // outcome again.
  if (chain_root_ == r) RestoreRetyped(r, &undo);
  if (!Commit(r, delta, text, undo)) return false;
  chain_root_ = SIZE_MAX;
  return true;
}

void IncrementalCheck::RestoreRetyped(size_t r, std::vector<std::pair<size_t, Region>>* undo) {
  for (size_t j = r + 1; j < regions_.size(); ++j)
    if (regions_[j].retyped) {
      undo->emplace_back(j, regions_[j]);
      // Not edited since but for blanks (an edit elsewhere is refused while
      // items are retyped): the whole check's outcome.
      const Region& whole = state_->whole_regions[j];
      Region& back = regions_[j];
      back.now = whole.now;
      back.delayed = whole.delayed;
      back.error = whole.error;
      back.retyped = false;
    }
}

bool IncrementalCheck::Commit(size_t r, int64_t delta, const std::string& text,
                              std::vector<std::pair<size_t, Region>>& undo) {
  for (size_t i = r + 1; i < regions_.size(); ++i)
    regions_[i].start = static_cast<uint32_t>(regions_[i].start + delta);
  std::vector<CheckedDiagnostic> composed;
  if (!Compose(text, &composed)) {
    for (size_t i = r + 1; i < regions_.size(); ++i)
      regions_[i].start = static_cast<uint32_t>(regions_[i].start - delta);
    for (auto it = undo.rbegin(); it != undo.rend(); ++it)
      regions_[it->first] = std::move(it->second);
    return false;
  }
  diagnostics_ = std::move(composed);
  text_ = text;
  return true;
}

bool IncrementalCheck::Update(const std::string& text) {
  State& st = *state_;
  if (!st.typer || regions_.empty()) return Refuse("not checked item by item");
  refusal_ = nullptr;
  if (text == text_) return true;
  // The changed range: [p, old_end) of the current text became
  // [p, new_end) of the new one.
  size_t old_n = text_.size(), new_n = text.size();
  size_t limit = std::min(old_n, new_n);
  size_t p = static_cast<size_t>(
      std::mismatch(text_.begin(), text_.begin() + static_cast<std::ptrdiff_t>(limit), text.begin())
          .first -
      text_.begin());
  size_t s = 0;
  while (s < limit - p && text_[old_n - 1 - s] == text[new_n - 1 - s]) ++s;
  size_t old_end = old_n - s;
  if (new_n > kMaxSourceSize) return Refuse("too large");

  size_t r = RegionAt(static_cast<uint32_t>(p));
  Region& reg = regions_[r];
  if (old_end > size_t{reg.start} + reg.length)
    return Refuse("an edit across items");  // across items
  int64_t delta = static_cast<int64_t>(new_n) - static_cast<int64_t>(old_n);
  int64_t new_length = int64_t{reg.length} + delta;
  if (new_length <= 0) return Refuse("an item deleted");
  // Blanks or a comment: the same tokens, the same types; only positions move.
  if (TakeBlankEdit(r, p, old_end, delta, text)) return true;
  if (r >= first_weak_item_) return Refuse("an item after a weak type variable");
  // What comes after the items (warning 70, the weak-variable error) is
  // about the types of every item as the whole check left them.
  if (!after_.empty()) return Refuse("a check after the items said something");
  // Later items were typed with this one's types: another edit would need
  // them typed with both.
  if (chain_root_ != SIZE_MAX && chain_root_ != r)
    return Refuse("an edit elsewhere while later items have an edited item's values");
  if (TakeEditBack(r, new_length, delta, text)) return true;
  if (hints_half_spent_) return Refuse("the hint searches of the file spent half their budget");
  if (refusals_said_) return Refuse("a construct outside the subset, said once");
  bool has_next = r + 1 < regions_.size();

  // The region's new text where the Typer's text had it, followed by the
  // next region as it is, so that the parse can be seen to be in step.
  std::string buffer(st.blank, 0, reg.typer_start);
  buffer.append(text, reg.start, static_cast<size_t>(new_length));
  if (has_next)
    buffer.append(text, reg.start + static_cast<size_t>(new_length), regions_[r + 1].length);
  SourceBuffer source(st.name, std::move(buffer));
  pipeline::Parsed parsed = pipeline::ParseStep(source, st.options.warnings);
  const ast::Ast& tree = parsed.tree.ast;
  if (parsed.tree.error || tree.structure.size != (has_next ? 2u : 1u))
    return Refuse("a syntax error, or items added or removed");
  ast::Id item_id = tree.at(tree.structure, 0);
  const ast::Item& item = tree.items[item_id];
  uint32_t region_end = reg.typer_start + static_cast<uint32_t>(new_length);
  if (item.span.end > region_end) return Refuse("the item runs into the next");
  // A toplevel expression is an item only at the start or after `;;',
  // which precedes it outside the region: the region must have held one.
  if (item.kind == ast::ItemKind::Eval && r > 0 && reg.kind != ast::ItemKind::Eval)
    return Refuse("an expression where an item was");
  if (has_next) {
    const ast::Item& next = tree.items[tree.at(tree.structure, 1)];
    const Region& n = regions_[r + 1];
    if (next.kind != n.kind || next.span.begin != region_end + n.item_offset ||
        next.span.size() != n.item_length)
      return Refuse("the next item parses differently");
  }

  Region fresh;
  for (CheckedDiagnostic& w : Flatten(parsed.lexical))
    if (w.span && w.span->begin < region_end) fresh.lexical.push_back(std::move(w));
  auto outcome_of = [&](typing::ItemOutcome& outcome) {
    pipeline::PresentStep(outcome.diagnostics, st.options.hints);
    pipeline::PresentStep(outcome.delayed, st.options.hints);
    return Region::Outcome{Flatten(outcome.diagnostics), Flatten(outcome.delayed), outcome.error};
  };
  // If its values change: the later items to type again, with their outcomes.
  std::vector<std::pair<size_t, Region::Outcome>> dependents;
  const char* dependent_refusal = nullptr;
  RecheckChain chain;
  // Whether each later region's text names one of the names the chain was
  // given (worked out once for each region while they stay the same).
  std::vector<int8_t> mentions;
  size_t names_seen = 0;
  chain.next = [&](size_t after, const std::vector<typing::ValueId>& changed,
                   const std::vector<std::string>& added) -> std::optional<size_t> {
    // Past a quarter of the items, a whole check costs no more.
    if (dependents.size() > regions_.size() / 4 + 8) {
      dependent_refusal = "its values changed and many later items depend on them";
      return std::nullopt;
    }
    if (added.size() != names_seen) {
      mentions.assign(regions_.size(), -1);
      names_seen = added.size();
    }
    for (size_t j = after + 1; j < regions_.size(); ++j) {
      const Region& later = regions_[j];
      bool uses = UsesOneOf(later.uses, changed);
      // A name bound anew may be one it refers to (to another binding, or
      // to none, before): its text is enough to tell that it cannot be.
      if (!uses && !added.empty()) {
        if (mentions[j] < 0) {
          std::string_view body = std::string_view(text_).substr(later.start, later.length);
          mentions[j] = std::any_of(added.begin(), added.end(), [&](const std::string& name) {
            return MentionsName(body, name);
          });
        }
        uses = mentions[j] > 0;
      }
      // A hint of an error is verified in the environment before the item,
      // and a spelling fix may name a value whose type changed.
      bool error = later.dirty ? later.error : st.whole_regions[j].error;
      if (!uses && !error) continue;
      if (later.dirty || j >= first_weak_item_) {
        dependent_refusal = "its values changed and a later item they affect was edited";
        return std::nullopt;
      }
      return j;
    }
    return std::nullopt;
  };
  chain.use = [&](size_t j, typing::ItemOutcome& outcome, bool clash_on_earlier) {
    if (clash_on_earlier) dependent_refusal = "an error on a name of an earlier item";
    dependents.emplace_back(j, outcome_of(outcome));
  };
  // With an interface file, how the items match it is known only for the
  // values as the whole check typed them.
  bool interface = st.interface && !st.interface->error;
  std::optional<Rechecked> rechecked = RecheckItem(
      *st.items, r, source, tree, item_id,
      [&](typing::ItemOutcome& outcome) {
        Region::Outcome o = outcome_of(outcome);
        fresh.now = std::move(o.now);
        fresh.delayed = std::move(o.delayed);
        fresh.error = o.error;
      },
      interface ? nullptr : &chain);
  // A weak type variable may be determined by the items after it.
  if (!rechecked) return Refuse("a type or exception declaration");
  if (interface && !rechecked->same_types)
    return Refuse("its values changed and must match the interface again");
  if (rechecked->weak) return Refuse("a weak type variable");
  // A hint on a name of an earlier item may point at its binding and re-type
  // the text from there, which is blank here.
  for (typing::ValueId v : rechecked->clash_values) {
    auto it = value_region_.find(v);
    if (it != value_region_.end() && it->second < r)
      return Refuse("an error on a name of an earlier item");
  }
  for (typing::ValueId v : rechecked->uses) {
    auto it = value_region_.find(v);
    if (it == value_region_.end() || it->second >= r) continue;
    // It was typed with the Typer's types for that item, which are not its
    // text's any more.
    if (regions_[it->second].stale_types) return Refuse("it uses an item whose types changed");
    fresh.uses.push_back(v);
  }
  if (dependent_refusal) return Refuse(dependent_refusal);
  // Its hints weigh each repair by the errors it leaves in the later items
  // that use its values, which the item typed alone does not see.
  if (fresh.error &&
      text.size() - (reg.start + item.span.begin - reg.typer_start) <= hints::kLaterItemsBytes) {
    auto uses_it = [&](const Region& later) { return UsesOneOf(later.uses, reg.binds); };
    if (!rechecked->same_names ||
        std::any_of(regions_.begin() + static_cast<std::ptrdiff_t>(r) + 1, regions_.end(), uses_it))
      return Refuse("an error whose hints weigh the later items that use its values");
  }
  if (!rechecked->dependents_typed)
    return Refuse("its values changed and a later item that uses them cannot be typed again");
  fresh.binds = reg.binds;
  fresh.stale_types = !rechecked->same_types;

  fresh.typer_start = reg.typer_start;
  fresh.start = reg.start;
  fresh.length = static_cast<uint32_t>(new_length);
  fresh.item_offset = item.span.begin - reg.typer_start;
  fresh.item_length = item.span.size();
  fresh.kind = item.kind;
  fresh.dirty = true;
  // The regions changed, as they were, to undo.
  std::vector<std::pair<size_t, Region>> undo;
  undo.emplace_back(r, std::exchange(reg, std::move(fresh)));
  // Those typed again with the earlier item's old types are back to the
  // whole check's outcome, unless typed again now.
  if (chain_root_ != SIZE_MAX) RestoreRetyped(r, &undo);
  for (auto& [j, outcome] : dependents) {
    Region& later = regions_[j];
    if (!later.retyped) undo.emplace_back(j, later);
    later.now = std::move(outcome.now);
    later.delayed = std::move(outcome.delayed);
    later.error = outcome.error;
    later.retyped = true;
  }
  if (!Commit(r, delta, text, undo)) return Refuse("a diagnostic that cannot follow the edit");
  // Other names, or a type declared again: an edit elsewhere may refer to
  // one, which the Typer's environment does not have as it is now.
  chain_root_ = dependents.empty() && rechecked->same_names && item.kind != ast::ItemKind::Type
                    ? SIZE_MAX
                    : r;
  return true;
}

bool IncrementalCheck::syntax_error() const {
  const State& st = *state_;
  return !st.typer && !(st.analysis && st.analysis->typer());
}

}  // namespace mlhint::lsp
