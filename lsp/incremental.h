// A document checked for an editor, kept so that the next version can be
// checked again only where it changed.
//
// The first check is whole (typing::ItemwiseCheck: each structure item's diagnostics
// kept apart). An edit that stays within one item that binds values is then
// re-checked alone: its text is parsed again together with the item after it
// (which must come out the same, so the parse is in step with the rest of
// the file), and typed in the environment as it was before it
// (RecheckItem, recheck.h). When it binds the same names with the same types,
// nothing after it would be checked differently, and the diagnostics of the
// other items are kept, moved with the text. When its values changed (their
// types, or the names it binds), or it declares types, the later items that
// use one (or name one it binds anew or one of its types, constructors or
// fields, or have errors whose hints may name one) are typed again too,
// with the new definitions (RecheckChain); until the item is edited
// back (for a type declaration, until the next whole check), an edit
// elsewhere that is not blanks is checked whole. In every other case (an
// edit across items, a syntax error, an exception, weak type variables, an
// item in error whose hints weigh the later items that use it, hint
// searches that spent half their budget) the document is checked whole
// again: the answer is always the one a
// whole check gives.
//
// Coordinates: the Typer knows the text of the last whole check. Every
// diagnostic kept is in those coordinates, and an item checked again is
// typed as if its new text stood where the old one started, so that what
// its diagnostics point at before it (a binding of an earlier item) is in
// the same coordinates too. Publishing maps them to the current text.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "driver/check.h"
#include "lsp/checked.h"
#include "lsp/navigation.h"

namespace mlhint::lsp {

class IncrementalCheck {
 public:
  // Checks `text` whole.
  static std::unique_ptr<IncrementalCheck> Full(const std::string& name, std::string text,
                                                const CheckOptions& options);
  ~IncrementalCheck();
  IncrementalCheck(const IncrementalCheck&) = delete;
  IncrementalCheck& operator=(const IncrementalCheck&) = delete;

  // Moves to `text`, a later version of the document, checking again only
  // the item it changed. Returns false, changing nothing, when that is not
  // sound: the caller checks the text whole (Full).
  bool Update(const std::string& text);

  const std::string& text() const { return text_; }
  const std::vector<CheckedDiagnostic>& diagnostics() const { return diagnostics_; }

  // The type at a byte offset of the current text. `stale` is set when the
  // offset is in an item checked again alone (the Typer keeps only what the
  // whole check learnt): the caller checks the text whole and asks again.
  std::optional<Analysis::Typed> TypeAt(uint32_t offset, bool* stale) const;
  // The hover at a byte offset of the current text; `stale` as for TypeAt.
  std::optional<HoverText> Hover(uint32_t offset, bool* stale) const;
  // The inlay hints whose place is in `range` of the current text (an
  // item checked again alone is typed again for them; `stale` set, when
  // given, if one cannot be).
  std::vector<TypeHint> InlayHints(Span range, const InlayHintSettings& settings,
                                   bool* stale = nullptr) const;
  // The checked program, when its text is the current one (nullopt and
  // `stale` set when an item was checked again alone since the whole
  // check; nullopt alone when the text did not parse).
  std::optional<TypedProgram> Program(bool* stale) const;

  // Where the name at a byte offset of the current text is defined, its
  // uses, the outline: answered in the current text's offsets. `stale` as
  // for TypeAt (References, after an item was checked again alone).
  std::optional<Span> Definition(uint32_t offset, bool* stale) const;
  std::vector<Span> References(uint32_t offset, bool include_declaration, bool* stale) const;
  std::vector<OutlineSymbol> Outline(bool* stale) const;
  // With Program: the Typer's offset of an offset of the current text,
  // and the current span of a span of the Typer's (nullopt: in an item
  // checked again alone). The identity after a whole check; an edit of
  // blanks or comments moves the text without checking it again.
  uint32_t TyperOffset(uint32_t offset) const;
  std::optional<Span> CurrentSpan(Span typer_span) const;

  // Whether the text did not parse (only its syntax error is known).
  bool syntax_error() const;
  // The diagnostics of this text that stay true in `text`, a later version
  // that does not parse: those outside the items the edit touched (outside
  // the edit itself when the check was not item by item), moved with the
  // text. While an item is being typed, the others keep theirs.
  std::vector<CheckedDiagnostic> KeptThrough(const std::string& text) const;

  // How many items the last whole check found (0 when it could not parse).
  size_t item_count() const;
  // Why the last Update returned false (nullptr if it did not).
  const char* refusal() const { return refusal_; }

 private:
  IncrementalCheck();
  struct Region;
  bool Compose(const std::string& text, std::vector<CheckedDiagnostic>* out) const;
  bool Refuse(const char* why);
  // Types region `r`'s current text again alone, in the environment before
  // it, and hands `use` the program that makes, whose offsets are the
  // Typer's (the region starts at its typer_start). False if it cannot.
  bool WithItemAgain(size_t r, const std::function<void(const TypedProgram&)>& use) const;
  const char* refusal_ = nullptr;
  size_t RegionAt(uint32_t offset) const;       // by current offset
  size_t RegionAtTyper(uint32_t offset) const;  // by the Typer's offset
  // How far the Typer's `typer_offset` in `region` has moved in the
  // current text (`is_end`: the offset ends a span).
  int64_t ShiftAt(size_t region, uint32_t typer_offset, bool is_end) const;
  // The Typer's offset of a current one in `region`. One in blanks a blank
  // edit inserted has none: it is where they stand, and `inserted` (when
  // given) is set.
  uint32_t ToTyper(size_t region, uint32_t offset, bool* inserted = nullptr) const;
  // Whether the edit of region `r` from `old` to `now` changed only blanks
  // and comments, and if so takes it (true) without typing anything again.
  bool TakeBlankEdit(size_t r, size_t p, size_t old_end, int64_t delta, const std::string& text);
  // Whether the edit of region `r` (now `new_length` bytes) gives it back
  // the whole check's text, and if so takes it (true): the region is as the
  // whole check left it, and so are the items typed again after it.
  bool TakeEditBack(size_t r, int64_t new_length, int64_t delta, const std::string& text);
  // The regions after `r` typed again with an edited item's values get the
  // whole check's outcome back (the regions as they were into `undo`).
  void RestoreRetyped(size_t r, std::vector<std::pair<size_t, Region>>* undo);
  // Moves the regions after `r` by `delta` and composes the diagnostics of
  // `text`, which becomes the current text (true); if they cannot be
  // composed, puts back the regions in `undo` and what moved (false).
  bool Commit(size_t r, int64_t delta, const std::string& text,
              std::vector<std::pair<size_t, Region>>& undo);
  std::optional<Span> MapSpan(size_t region, Span span) const;
  bool MapDiagnostic(size_t region, CheckedDiagnostic& d) const;

  struct State;
  std::unique_ptr<State> state_;
  std::string text_;
  std::vector<Region> regions_;
  std::unordered_map<uint32_t, size_t> value_region_;  // a top-level value -> the item binding it
  std::vector<CheckedDiagnostic> after_;  // warning 70, the weak-variable error (Typer coordinates)
  bool after_error_ = false;
  size_t first_weak_item_ = 0;
  // The whole check's hint searches spent half their budget or more: which
  // items' errors get a search depends on every item before them.
  bool hints_half_spent_ = false;
  // The whole check said that a library module or a construct is not
  // supported, at its first use only (typing::FileOutcome::refusals_said).
  bool refusals_said_ = false;
  // The item whose changed types made later ones typed again (Region::retyped),
  // or SIZE_MAX when none is.
  size_t chain_root_ = SIZE_MAX;
  std::vector<CheckedDiagnostic> diagnostics_;
};

// The diagnostics of `before` moved into `after`, a later version of the
// text: those wholly before or after the range the edit changed (widened by
// `widen`, when given, to the items it touched), the others dropped.
std::vector<CheckedDiagnostic> MovedThroughEdit(
    const std::vector<CheckedDiagnostic>& diagnostics, const std::string& before,
    const std::string& after,
    const std::function<std::pair<size_t, size_t>(size_t, size_t)>& widen);

}  // namespace mlhint::lsp
