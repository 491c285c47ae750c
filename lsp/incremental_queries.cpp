// The editor's questions answered on an item-by-item check: the type and
// hover at an offset, inlay hints, definition, references, outline and the
// checked program. What the whole check learnt is used, moved with the
// text; an item checked again alone since is typed again alone for them
// (WithItemAgain), or the answer is `stale` and the caller checks whole.

#include <algorithm>

#include "lsp/incremental_internal.h"

namespace mlhint::lsp {

std::optional<Analysis::Typed> IncrementalCheck::TypeAt(uint32_t offset, bool* stale) const {
  *stale = false;
  const State& st = *state_;
  if (st.analysis) return st.analysis->TypeAt(offset);
  if (!st.typer || regions_.empty()) return std::nullopt;
  size_t r = RegionAt(offset);
  bool inserted = false;
  uint32_t at = ToTyper(r, offset, &inserted);
  // In blanks inserted since: the nodes around them are not the Typer's.
  if (regions_[r].dirty || regions_[r].retyped || inserted) {
    *stale = true;
    return std::nullopt;
  }
  std::optional<Analysis::Typed> typed = TypeAtOffset(*st.typer, st.parsed.ast, at);
  if (!typed) return std::nullopt;
  std::optional<Span> span = MapSpan(r, typed->span);
  if (!span) {
    *stale = true;
    return std::nullopt;
  }
  typed->span = *span;
  return typed;
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
    if (r.dirty || r.retyped) {
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
  RecheckItem(*st.items, r, source, parsed.ast, parsed.ast.at(parsed.ast.structure, 0),
              [&](typing::ItemOutcome& outcome) {
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
  bool inserted = false;
  uint32_t at = ToTyper(r, offset, &inserted);
  if (inserted) {
    *stale = true;
    return std::nullopt;
  }
  if (reg.dirty) {
    // Checked again alone since the whole check: typed again, alone.
    std::optional<HoverText> hover;
    if (!WithItemAgain(r, [&](const TypedProgram& program) { hover = HoverAt(program, at); })) {
      *stale = true;
      return std::nullopt;
    }
    return moved(hover);
  }
  if (reg.retyped) {  // typed with other types than the Typer's
    *stale = true;
    return std::nullopt;
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
    if (!regions_[r].dirty && !regions_[r].retyped) keep(r, std::move(h));
  }
  // Those checked again alone, typed again.
  for (size_t r = first; r <= last; ++r) {
    if (regions_[r].retyped && stale) *stale = true;
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
  bool inserted = false;
  uint32_t at = ToTyper(r, offset, &inserted);
  // Its names may refer to other bindings than the Typer's; or the offset
  // is in blanks inserted since, where the Typer has no node.
  if (reg.retyped || inserted) {
    *stale = true;
    return std::nullopt;
  }
  if (reg.dirty) {
    // Typed again alone: its own names are where its text has them now,
    // the others' where the whole check saw them.
    bool own = false;
    if (!WithItemAgain(r, [&](const TypedProgram& program) {
          def = DefinitionAt(program, at);
          own = def && def->begin >= reg.typer_start;
        })) {
      *stale = true;
      return std::nullopt;
    }
    if (!def) return std::nullopt;
    if (own)
      return Span{static_cast<uint32_t>(def->begin + ShiftAt(r, def->begin, false)),
                  static_cast<uint32_t>(def->end + ShiftAt(r, def->end, true))};
    // Declared by another item: its name is in the whole check's tree.
    def = DeclaredName(st.parsed.ast, *def).value_or(*def);
  } else {
    def = DefinitionAt(TypedProgram{*st.typer, st.parsed.ast, st.clashes}, at);
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
  // An item typed again with an edited item's values may refer to other
  // bindings than the Typer's.
  bool inserted = false;
  uint32_t typer_offset = ToTyper(at, offset, &inserted);
  if (regions_[at].dirty || chain_root_ != SIZE_MAX || inserted) {
    *stale = true;
    return {};
  }
  TypedProgram whole{*st.typer, st.parsed.ast, st.clashes};
  std::optional<NameAt> name = NameAtOffset(whole, typer_offset);
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
    if (reg.retyped) {  // its types are not the Typer's
      *stale = true;
      return {};
    }
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
