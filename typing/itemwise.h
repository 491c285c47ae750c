// A file checked item by item, and an item typed again in the place of one
// of them: what the editor's session is built from (lsp/recheck.cpp decides
// what is typed again, and what its outcome means). It is the Typer's
// friend, so that the language server reaches the checker's state through
// it only.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "parser/ast.h"
#include "support/source.h"
#include "typing/env.h"
#include "typing/sessions.h"
#include "typing/typer_state.h"
#include "typing/typer_types.h"

namespace mlhint::typing {

class Typer;

class ItemwiseCheck {
 public:
  explicit ItemwiseCheck(Typer& typer) : typer_(typer) {}
  ItemwiseCheck(const ItemwiseCheck&) = delete;
  ItemwiseCheck& operator=(const ItemwiseCheck&) = delete;

  // Whether an item can be typed alone: no warning or limit that looks
  // across items (warning 32, --max-errors, a floating warning attribute),
  // no signature wanted, no line offset.
  [[nodiscard]] bool CanTypeAlone() const;
  // Whether a type declaration can: the unused checks of its types,
  // constructors and fields (warnings 34, 37, 69) look at the items after it.
  [[nodiscard]] bool CanTypeDeclarationsAlone() const;

  // The Typer's Check(), keeping each item's diagnostics apart (the unused
  // checks of every item are run, whether or not there is an error), and
  // noting the environment before each item for the places below.
  FileOutcome CheckFile();

  // After CheckFile: the file's items, what kind each is, the environment
  // before item `index` (and after the last for `index == items()`), and
  // the values each bound.
  [[nodiscard]] size_t items() const { return marks_.empty() ? 0 : marks_.size() - 1; }
  [[nodiscard]] ast::ItemKind KindOf(size_t index) const;
  [[nodiscard]] Env::Mark MarkBefore(size_t index) const { return marks_[index]; }
  [[nodiscard]] std::vector<ValueId> ItemValues(size_t index) const;

  // Questions on bindings of the environment (or set aside from it).
  [[nodiscard]] std::string NameOf(const Env::Binding& b) const;
  // A value whose type has a variable that cannot be generalised.
  [[nodiscard]] bool Weak(const Env::Binding& b) const;
  // Two values that are the same primitive (or none) with the same type
  // scheme, variables renamed.
  [[nodiscard]] bool SameValue(const Env::Binding& a, const Env::Binding& b);
  // Whether `v` is bound by one of the file's items before `until`.
  [[nodiscard]] bool BoundBefore(ValueId v, Env::Mark until) const;

  class Place;

 private:
  Typer& typer_;
  const SourceBuffer* file_source_ = nullptr;
  const ast::Ast* file_ast_ = nullptr;
  std::vector<Env::Mark> marks_;              // before each item, and after the last
  std::vector<size_t> defined_types_before_;  // how many types were defined before each
  std::vector<bool> names_unknown_before_;    // an include failed before each (Typer's)
};

// The place of item `index` of a file checked by CheckFile: the environment
// as it was before that item, the file's bindings from there on set aside
// (later()), and a unit of its own for the tree of `source` (both alive as
// long as the place). Everything typed in it is undone when it goes, and
// the file's bindings are back.
class ItemwiseCheck::Place {
 public:
  // `declarations`: the item typed may declare types, which see only the
  // types defined before item `index`.
  Place(ItemwiseCheck& check, size_t index, const SourceBuffer& source, const ast::Ast& ast,
        bool declarations);
  ~Place();
  Place(const Place&) = delete;
  Place& operator=(const Place&) = delete;

  // The file's bindings of item `index` and after, oldest first.
  [[nodiscard]] const Env::Suspended& later() const { return later_; }
  // Types `item` of the place's tree alone: its diagnostics and those of its
  // unused checks (run now) move to the outcome; the values named by the
  // identifiers its type errors are on are appended to `clash_values`.
  ItemOutcome Type(ast::Id item, std::vector<ValueId>* clash_values);
  // The values the identifiers of the place's tree refer to.
  [[nodiscard]] std::vector<ValueId> Uses() const;
  // Types item `index` of the file's own tree alone, as Type does, in a
  // unit of its own.
  ItemOutcome TypeFileItem(size_t index, std::vector<ValueId>* clash_values);

  // The environment's bindings: a mark, the bindings since one set aside,
  // and bindings put back.
  [[nodiscard]] Env::Mark Save() const;
  Env::Suspended Suspend(Env::Mark from);
  void Resume(const Env::Suspended& bindings);

 private:
  ItemwiseCheck& check_;
  Typer& typer_;
  Env::Suspended later_;
  Unit unit_;
  ZeroedArray file_origins_;
  bool file_names_unknown_ = false;
  std::optional<DefinedNames> file_defined_types_;
  size_t types_before_, constructors_before_, labels_before_;
  Checkpoint checkpoint_;
};

}  // namespace mlhint::typing
