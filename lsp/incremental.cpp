#include "lsp/incremental.h"

#include <algorithm>
#include <unordered_map>

#include "driver/pipeline.h"
#include "lexer/lexer.h"
#include "parser/parse.h"
#include "typing/typer.h"

namespace mlhint::lsp {

// A structure item and the text after it, up to the next item (the first
// region also holds what comes before the first item).
struct IncrementalCheck::Region {
  uint32_t typer_start = 0;  // where the region starts in the Typer's text
  uint32_t start = 0;        // ... in the current text
  uint32_t length = 0;       // its length in the current text
  uint32_t item_offset = 0;  // the item, from the region's start
  uint32_t item_length = 0;
  ast::ItemKind kind = ast::ItemKind::Eval;
  bool dirty = false;  // checked again alone since the whole check
  // The Typer's bindings for this item have other types than its current
  // text gives (no later item uses them).
  bool stale_types = false;
  bool error = false;
  std::vector<typing::ValueId> binds;  // the values the Typer's item binds
  std::vector<typing::ValueId> uses;   // values of earlier items the current text uses
  std::vector<CheckedDiagnostic> lexical, now, delayed;
  // Edits that changed only blanks and comments since the whole check (the
  // tokens stay, and so does everything the Typer learnt): from each
  // Typer's offset `first` on, positions move by `second` more. An offset
  // that ends a span moves only when past `first` (text inserted right
  // after a name is not part of it).
  std::vector<std::pair<uint32_t, int64_t>> cuts;
};

struct IncrementalCheck::State {
  CheckOptions options;
  std::string name;
  // The whole check: its text, tree and Typer (absent when the text does not
  // parse or cannot be checked again item by item; then `analysis`).
  std::unique_ptr<SourceBuffer> source;
  ParseResult parsed;
  std::unique_ptr<pipeline::Checker> checker;
  typing::Typer* typer = nullptr;          // the checker's
  std::vector<typing::TypeClash> clashes;  // the whole check's
  std::unique_ptr<Analysis> analysis;
  // The Typer's text with everything but its line ends blanked: what comes
  // before an item checked again.
  std::string blank;
  // The outline of the whole check, by region, in the Typer's offsets:
  // made at the first request (it prints every top-level type), kept for
  // the regions not checked again since.
  mutable std::optional<std::vector<std::vector<OutlineSymbol>>> outline;
};

IncrementalCheck::IncrementalCheck() : state_(std::make_unique<State>()) {}
IncrementalCheck::~IncrementalCheck() = default;

std::unique_ptr<IncrementalCheck> IncrementalCheck::Full(const std::string& name, std::string text,
                                                         const CheckOptions& options) {
  std::unique_ptr<IncrementalCheck> check(new IncrementalCheck());
  State& st = *check->state_;
  st.options = options;
  st.name = name;
  st.source = std::make_unique<SourceBuffer>(name, text);
  check->text_ = std::move(text);
  auto whole = [&] {
    st.typer = nullptr;
    st.checker.reset();
    st.analysis = Analysis::Run(*st.source, options);
    check->diagnostics_ = Flatten(st.analysis->result().diagnostics);
    return std::move(check);
  };
  if (pipeline::PreludeProblem() || options.want_signature) return whole();
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
  st.checker =
      std::make_unique<pipeline::Checker>(*st.source, st.parsed.ast, typing_options, options.hints);
  st.typer = &st.checker->typer();
  const ast::Ast& tree = st.parsed.ast;
  if (!st.typer->CanRecheck() || tree.structure.size == 0) return whole();

  typing::Typer::FileOutcome file = st.typer->CheckByItem();
  for (typing::Typer::ItemOutcome& item : file.items) {
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
    check->regions_[i].binds = st.typer->ItemValues(i);
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
  check->after_ = Flatten(file.after);
  check->after_error_ = file.after_error;
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

size_t IncrementalCheck::RegionAt(uint32_t offset) const {
  auto it = std::upper_bound(regions_.begin(), regions_.end(), offset,
                             [](uint32_t off, const Region& r) { return off < r.start; });
  return it == regions_.begin() ? 0 : static_cast<size_t>(it - regions_.begin()) - 1;
}

size_t IncrementalCheck::RegionAtTyper(uint32_t offset) const {
  auto it = std::upper_bound(regions_.begin(), regions_.end(), offset,
                             [](uint32_t off, const Region& r) { return off < r.typer_start; });
  return it == regions_.begin() ? 0 : static_cast<size_t>(it - regions_.begin()) - 1;
}

int64_t IncrementalCheck::ShiftAt(size_t region, uint32_t typer_offset, bool is_end) const {
  const Region& r = regions_[region];
  int64_t shift = int64_t{r.start} - int64_t{r.typer_start};
  for (const auto& [from, by] : r.cuts)
    if (is_end ? typer_offset > from : typer_offset >= from) shift += by;
  return shift;
}

uint32_t IncrementalCheck::ToTyper(size_t region, uint32_t offset) const {
  const Region& r = regions_[region];
  int64_t base = int64_t{offset} - (int64_t{r.start} - int64_t{r.typer_start});
  int64_t moved = 0;
  for (const auto& [from, by] : r.cuts) {
    if (base - moved - by >= from) {  // after this cut
      moved += by;
      continue;
    }
    // Before it, or in the blanks it inserted (then where they stand).
    int64_t before = base - moved;
    return static_cast<uint32_t>(std::max<int64_t>(0, std::min<int64_t>(before, from)));
  }
  return static_cast<uint32_t>(std::max<int64_t>(0, base - moved));
}

uint32_t IncrementalCheck::TyperOffset(uint32_t offset) const {
  if (regions_.empty()) return offset;
  return ToTyper(RegionAt(offset), offset);
}

std::optional<Span> IncrementalCheck::CurrentSpan(Span typer_span) const {
  if (regions_.empty()) return typer_span;
  size_t r = RegionAtTyper(typer_span.begin);
  if (regions_[r].dirty) return std::nullopt;
  return Span{static_cast<uint32_t>(typer_span.begin + ShiftAt(r, typer_span.begin, false)),
              static_cast<uint32_t>(typer_span.end + ShiftAt(r, typer_span.end, true))};
}

// A span kept for the diagnostics of `region`, in the current text. Its own
// spans start at or after the region's start in the Typer's text; others
// point into an earlier item, which must not have changed since.
std::optional<Span> IncrementalCheck::MapSpan(size_t region, Span span) const {
  size_t at = span.begin >= regions_[region].typer_start ? region : RegionAtTyper(span.begin);
  const Region& r = regions_[at];
  if (at != region && r.dirty) return std::nullopt;
  return Span{static_cast<uint32_t>(span.begin + ShiftAt(at, span.begin, false)),
              static_cast<uint32_t>(span.end + ShiftAt(at, span.end, true))};
}

bool IncrementalCheck::MapDiagnostic(size_t region, CheckedDiagnostic& d) const {
  auto map = [&](std::optional<Span>& span) {
    if (!span) return true;
    span = MapSpan(region, *span);
    return span.has_value();
  };
  if (!map(d.span)) return false;
  for (CheckedChild& c : d.children) {
    if (!map(c.span)) return false;
    if (c.fix)
      for (Edit& e : c.fix->edits) {
        std::optional<Span> s = e.span;
        if (!map(s)) return false;
        e.span = *s;
      }
  }
  return true;
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
  std::optional<typing::Typer::Rechecked> rechecked =
      st.typer->RecheckItem(r, source, tree, item_id, [&](typing::Typer::ItemOutcome& outcome) {
        pipeline::PresentStep(outcome.diagnostics, st.options.hints);
        pipeline::PresentStep(outcome.delayed, st.options.hints);
        fresh.now = Flatten(outcome.diagnostics);
        fresh.delayed = Flatten(outcome.delayed);
        fresh.error = outcome.error;
      });
  // Other names would change what the items after it refer to; a weak type
  // variable may be determined by them.
  if (!rechecked) return Refuse("a type or exception declaration");
  if (!rechecked->same_names) return Refuse("other names");
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
  if (!rechecked->same_types) {
    // Other types: sound only when no item after it uses them.
    for (size_t j = r + 1; j < regions_.size(); ++j)
      for (typing::ValueId v : regions_[j].uses)
        if (std::find(reg.binds.begin(), reg.binds.end(), v) != reg.binds.end())
          return Refuse("its types changed and a later item uses them");
    // A later item's hints are verified by re-typing it in the environment
    // this item makes (a spelling fix may name one of its values).
    for (size_t j = r + 1; j < regions_.size(); ++j)
      if (regions_[j].error) return Refuse("its types changed and a later item has an error");
  }
  fresh.binds = reg.binds;
  fresh.stale_types = !rechecked->same_types;

  fresh.typer_start = reg.typer_start;
  fresh.start = reg.start;
  fresh.length = static_cast<uint32_t>(new_length);
  fresh.item_offset = item.span.begin - reg.typer_start;
  fresh.item_length = item.span.size();
  fresh.kind = item.kind;
  fresh.dirty = true;
  Region old = std::exchange(reg, std::move(fresh));
  for (size_t i = r + 1; i < regions_.size(); ++i)
    regions_[i].start = static_cast<uint32_t>(regions_[i].start + delta);
  std::vector<CheckedDiagnostic> composed;
  if (!Compose(text, &composed)) {
    regions_[r] = std::move(old);
    for (size_t i = r + 1; i < regions_.size(); ++i)
      regions_[i].start = static_cast<uint32_t>(regions_[i].start - delta);
    return Refuse("a diagnostic that cannot follow the edit");
  }
  diagnostics_ = std::move(composed);
  text_ = text;
  return true;
}

std::optional<Analysis::Typed> IncrementalCheck::TypeAt(uint32_t offset, bool* stale) const {
  *stale = false;
  const State& st = *state_;
  if (st.analysis) return st.analysis->TypeAt(offset);
  if (!st.typer || regions_.empty()) return std::nullopt;
  size_t r = RegionAt(offset);
  if (regions_[r].dirty) {
    *stale = true;
    return std::nullopt;
  }
  std::optional<Analysis::Typed> typed = TypeAtOffset(*st.typer, st.parsed.ast, ToTyper(r, offset));
  if (!typed) return std::nullopt;
  std::optional<Span> span = MapSpan(r, typed->span);
  if (!span) {
    *stale = true;
    return std::nullopt;
  }
  typed->span = *span;
  return typed;
}

}  // namespace mlhint::lsp

namespace mlhint::lsp {

bool IncrementalCheck::syntax_error() const {
  const State& st = *state_;
  return !st.typer && !(st.analysis && st.analysis->typer());
}

std::vector<CheckedDiagnostic> MovedThroughEdit(
    const std::vector<CheckedDiagnostic>& diagnostics, const std::string& before,
    const std::string& after,
    const std::function<std::pair<size_t, size_t>(size_t, size_t)>& widen) {
  std::vector<CheckedDiagnostic> kept;
  // The changed range: [p, old_end) of `before` became [p, new_end).
  size_t old_n = before.size(), new_n = after.size(), limit = std::min(old_n, new_n);
  size_t p = 0;
  while (p < limit && before[p] == after[p]) ++p;
  size_t s = 0;
  while (s < limit - p && before[old_n - 1 - s] == after[new_n - 1 - s]) ++s;
  size_t old_end = old_n - s;
  int64_t delta = static_cast<int64_t>(new_n) - static_cast<int64_t>(old_n);
  // Not a structured binding: clang 14 (the fuzz build) does not let a
  // lambda capture one.
  std::pair<size_t, size_t> range =
      widen ? widen(p, old_end) : std::pair<size_t, size_t>(p, old_end);
  size_t from = range.first, to = range.second;
  auto moved = [&](std::optional<Span>& span) {
    if (!span) return true;
    if (span->end <= from) return true;  // before the edit
    if (span->begin >= to) {             // after it
      span = Span{static_cast<uint32_t>(span->begin + delta),
                  static_cast<uint32_t>(span->end + delta)};
      return true;
    }
    return false;
  };
  // A message that names a line is wrong once the edit has moved it.
  auto newlines = [](const std::string& t, size_t a, size_t b) {
    return std::count(t.begin() + static_cast<std::ptrdiff_t>(a),
                      t.begin() + static_cast<std::ptrdiff_t>(b), '\n');
  };
  bool lines_moved = newlines(before, p, old_end) != newlines(after, p, new_n - s);
  for (const CheckedDiagnostic& d : diagnostics) {
    if (d.mentions_line && lines_moved) continue;
    CheckedDiagnostic copy = d;
    bool ok = moved(copy.span);
    for (CheckedChild& c : copy.children) {
      ok = ok && moved(c.span);
      if (c.fix)
        for (Edit& e : c.fix->edits) {
          std::optional<Span> span = e.span;
          ok = ok && moved(span);
          if (ok) e.span = *span;
        }
    }
    if (ok) kept.push_back(std::move(copy));
  }
  return kept;
}

std::vector<CheckedDiagnostic> IncrementalCheck::KeptThrough(const std::string& text) const {
  if (syntax_error()) return {};
  std::vector<CheckedDiagnostic> others;
  for (const CheckedDiagnostic& d : diagnostics_)
    if (d.kind != DiagKind::SyntaxError) others.push_back(d);
  return MovedThroughEdit(others, text_, text, [this](size_t p, size_t old_end) {
    if (regions_.empty()) return std::pair<size_t, size_t>(p, old_end);
    // The items the edit touched.
    const Region& first = regions_[RegionAt(static_cast<uint32_t>(p))];
    const Region& last = regions_[RegionAt(static_cast<uint32_t>(old_end > p ? old_end - 1 : p))];
    return std::pair<size_t, size_t>(first.start, size_t{last.start} + last.length);
  });
}

std::optional<TypedProgram> IncrementalCheck::Program(bool* stale) const {
  *stale = false;
  const State& st = *state_;
  if (st.analysis) {
    if (!st.analysis->typer()) return std::nullopt;
    return TypedProgram{*st.analysis->typer(), st.analysis->tree(), st.analysis->clashes()};
  }
  if (!st.typer || regions_.empty()) return std::nullopt;
  for (const Region& r : regions_)
    if (r.dirty) {
      *stale = true;
      return std::nullopt;
    }
  return TypedProgram{*st.typer, st.parsed.ast, st.clashes};
}

bool IncrementalCheck::WithItemAgain(size_t r,
                                     const std::function<void(const TypedProgram&)>& use) const {
  const State& st = *state_;
  const Region& reg = regions_[r];
  // An item with an error is typed again alone with other levels than in
  // the whole check (its names print as generic, not weak, there).
  if (reg.error) return false;
  std::string buffer(st.blank, 0, reg.typer_start);
  buffer.append(text_, reg.start, reg.length);
  SourceBuffer source(st.name, std::move(buffer));
  ParseResult parsed = Parse(source);
  if (parsed.error || parsed.ast.structure.size != 1) return false;
  bool done = false;
  st.typer->RecheckItem(r, source, parsed.ast, parsed.ast.at(parsed.ast.structure, 0),
                        [&](typing::Typer::ItemOutcome& outcome) {
                          use(TypedProgram{*st.typer, parsed.ast, outcome.clashes});
                          done = true;
                        });
  return done;
}

std::optional<HoverText> IncrementalCheck::Hover(uint32_t offset, bool* stale) const {
  *stale = false;
  const State& st = *state_;
  if (st.analysis) {
    if (!st.analysis->typer()) return std::nullopt;
    return HoverAt(TypedProgram{*st.analysis->typer(), st.analysis->tree(), st.analysis->clashes()},
                   offset);
  }
  if (!st.typer || regions_.empty()) return std::nullopt;
  size_t r = RegionAt(offset);
  const Region& reg = regions_[r];
  auto moved = [&](std::optional<HoverText> hover) -> std::optional<HoverText> {
    if (hover)
      hover->span =
          Span{static_cast<uint32_t>(hover->span.begin + ShiftAt(r, hover->span.begin, false)),
               static_cast<uint32_t>(hover->span.end + ShiftAt(r, hover->span.end, true))};
    return hover;
  };
  uint32_t at = ToTyper(r, offset);
  if (reg.dirty) {
    // Checked again alone since the whole check: typed again, alone.
    std::optional<HoverText> hover;
    if (!WithItemAgain(r, [&](const TypedProgram& program) { hover = HoverAt(program, at); })) {
      *stale = true;
      return std::nullopt;
    }
    return moved(hover);
  }
  // The Typer's knowledge holds, moved with the text.
  std::optional<HoverText> hover = HoverAt(TypedProgram{*st.typer, st.parsed.ast, st.clashes}, at);
  if (!hover) return std::nullopt;
  std::optional<Span> span = MapSpan(r, hover->span);
  if (!span) {
    *stale = true;
    return std::nullopt;
  }
  hover->span = *span;
  return hover;
}

std::vector<TypeHint> IncrementalCheck::InlayHints(Span range, const InlayHintSettings& settings,
                                                   bool* stale) const {
  if (stale) *stale = false;
  const State& st = *state_;
  if (st.analysis)
    return st.analysis->typer() ? TypeHints(TypedProgram{*st.analysis->typer(), st.analysis->tree(),
                                                         st.analysis->clashes()},
                                            range, settings)
                                : std::vector<TypeHint>();
  std::vector<TypeHint> hints;
  if (!st.typer || regions_.empty()) return hints;
  size_t first = RegionAt(range.begin), last = RegionAt(range.end);
  auto keep = [&](size_t r, TypeHint h) {
    h.offset = static_cast<uint32_t>(h.offset + ShiftAt(r, h.offset, true));
    if (range.begin <= h.offset && h.offset <= range.end) hints.push_back(std::move(h));
  };
  // The regions as the whole check knew them, at once.
  uint32_t typer_end = last + 1 < regions_.size() ? regions_[last + 1].typer_start
                                                  : static_cast<uint32_t>(st.blank.size());
  for (TypeHint& h : TypeHints(TypedProgram{*st.typer, st.parsed.ast, st.clashes},
                               Span{regions_[first].typer_start, typer_end}, settings)) {
    size_t r = RegionAtTyper(h.offset);
    if (!regions_[r].dirty) keep(r, std::move(h));
  }
  // Those checked again alone, typed again.
  for (size_t r = first; r <= last; ++r) {
    if (!regions_[r].dirty) continue;
    const Region& reg = regions_[r];
    if (!WithItemAgain(r,
                       [&](const TypedProgram& program) {
                         for (TypeHint& h : TypeHints(
                                  program, Span{reg.typer_start, reg.typer_start + reg.length},
                                  settings))
                           keep(r, std::move(h));
                       }) &&
        stale)
      *stale = true;
  }
  std::sort(hints.begin(), hints.end(),
            [](const TypeHint& a, const TypeHint& b) { return a.offset < b.offset; });
  return hints;
}

std::optional<Span> IncrementalCheck::Definition(uint32_t offset, bool* stale) const {
  *stale = false;
  const State& st = *state_;
  if (st.analysis) {
    if (!st.analysis->typer()) return std::nullopt;
    return DefinitionAt(
        TypedProgram{*st.analysis->typer(), st.analysis->tree(), st.analysis->clashes()}, offset);
  }
  if (!st.typer || regions_.empty()) return std::nullopt;
  size_t r = RegionAt(offset);
  const Region& reg = regions_[r];
  std::optional<Span> def;
  if (reg.dirty) {
    // Typed again alone: its own names are where its text has them now,
    // the others' where the whole check saw them.
    bool own = false;
    if (!WithItemAgain(r, [&](const TypedProgram& program) {
          def = DefinitionAt(program, ToTyper(r, offset));
          own = def && def->begin >= reg.typer_start;
        })) {
      *stale = true;
      return std::nullopt;
    }
    if (!def) return std::nullopt;
    if (own)
      return Span{static_cast<uint32_t>(def->begin + ShiftAt(r, def->begin, false)),
                  static_cast<uint32_t>(def->end + ShiftAt(r, def->end, true))};
  } else {
    def = DefinitionAt(TypedProgram{*st.typer, st.parsed.ast, st.clashes}, ToTyper(r, offset));
    if (!def) return std::nullopt;
  }
  std::optional<Span> moved = CurrentSpan(*def);
  if (!moved) *stale = true;  // in an item checked again alone
  return moved;
}

std::vector<Span> IncrementalCheck::References(uint32_t offset, bool include_declaration,
                                               bool* stale) const {
  *stale = false;
  const State& st = *state_;
  if (st.analysis) {
    if (!st.analysis->typer()) return {};
    return ReferencesAt(
        TypedProgram{*st.analysis->typer(), st.analysis->tree(), st.analysis->clashes()}, offset,
        include_declaration);
  }
  if (!st.typer || regions_.empty()) return {};
  size_t at = RegionAt(offset);
  if (regions_[at].dirty) {
    *stale = true;
    return {};
  }
  TypedProgram whole{*st.typer, st.parsed.ast, st.clashes};
  std::optional<NameAt> name = NameAtOffset(whole, ToTyper(at, offset));
  if (!name) return {};
  // A top-level value of an item checked again alone has another id there.
  if (name->value) {
    auto it = value_region_.find(name->id);
    if (it != value_region_.end() && regions_[it->second].dirty) {
      *stale = true;
      return {};
    }
  }
  std::vector<Span> spans;
  auto add = [&](Span typer_span) {
    std::optional<Span> s = CurrentSpan(typer_span);
    if (s) spans.push_back(*s);  // not in an item checked again alone
  };
  for (Span s : UsesOf(whole, *name)) add(s);
  if (include_declaration)
    if (std::optional<Span> def = DefinitionOfName(whole, *name)) {
      if (!CurrentSpan(*def)) {
        *stale = true;
        return {};
      }
      add(*def);
    }
  // The items checked again alone: their uses, typed again.
  for (size_t r = 0; r < regions_.size(); ++r) {
    if (!regions_[r].dirty) continue;
    const Region& reg = regions_[r];
    if (!WithItemAgain(r, [&](const TypedProgram& program) {
          for (Span s : UsesOf(program, *name))
            if (s.begin >= reg.typer_start)
              spans.push_back(Span{static_cast<uint32_t>(s.begin + ShiftAt(r, s.begin, false)),
                                   static_cast<uint32_t>(s.end + ShiftAt(r, s.end, true))});
        })) {
      *stale = true;
      return {};
    }
  }
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) {
    return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
  });
  spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
  return spans;
}

std::vector<OutlineSymbol> IncrementalCheck::Outline(bool* stale) const {
  *stale = false;
  const State& st = *state_;
  if (st.analysis) {
    if (!st.analysis->typer()) return {};
    return lsp::Outline(
        TypedProgram{*st.analysis->typer(), st.analysis->tree(), st.analysis->clashes()});
  }
  if (!st.typer || regions_.empty()) return {};
  // Each item's symbols: as the whole check saw them, moved with the text,
  // or for an item checked again alone, typed again.
  if (!st.outline) {
    st.outline.emplace(regions_.size());
    for (OutlineSymbol& s : lsp::Outline(TypedProgram{*st.typer, st.parsed.ast, st.clashes}))
      (*st.outline)[RegionAtTyper(s.range.begin)].push_back(std::move(s));
  }
  const std::vector<std::vector<OutlineSymbol>>& by_region = *st.outline;
  std::vector<OutlineSymbol> symbols;
  for (size_t r = 0; r < regions_.size(); ++r) {
    const Region& reg = regions_[r];
    std::function<bool(OutlineSymbol&)> move = [&](OutlineSymbol& s) {
      for (Span* span : {&s.range, &s.selection})
        *span = Span{static_cast<uint32_t>(span->begin + ShiftAt(r, span->begin, false)),
                     static_cast<uint32_t>(span->end + ShiftAt(r, span->end, true))};
      for (OutlineSymbol& c : s.children) move(c);
      return true;
    };
    if (!reg.dirty) {
      for (const OutlineSymbol& s : by_region[r]) {
        symbols.push_back(s);
        move(symbols.back());
      }
      continue;
    }
    if (!WithItemAgain(r, [&](const TypedProgram& program) {
          for (OutlineSymbol& s : lsp::Outline(program)) {
            move(s);
            symbols.push_back(std::move(s));
          }
        })) {
      *stale = true;
      return {};
    }
  }
  return symbols;
}

}  // namespace mlhint::lsp
