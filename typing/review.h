// What the checker hands to the stage behind it (the pipeline's hint stage,
// driver/pipeline.h) for a structure item with errors, and what it takes
// back: the errors as data (TypeClash, ItemErrors), the review
// (ItemReview), and the interface of the reviewer (ItemReviewer).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "parser/ast.h"
#include "support/source.h"
#include "typing/ctype.h"
#include "typing/messages.h"
#include "typing/types.h"

namespace mlhint::typing {

// What the hints module needs to know about a type error.
struct TypeClash {
  size_t diagnostic = 0;  // index in CheckOutput::diagnostics
  bool in_pattern = false;
  ast::Id node;     // the expression (or pattern) in error
  Span span;        // where the error is reported
  TypeId got;       // the type the expression has
  TypeId expected;  // the type it was expected to have
  Trace trace;
  Explanation explanation = Explanation::None;
  // The fix-its of OCaml's own hints in the message (spelling, `rec`, `()`),
  // for the reviewer to verify.
  std::vector<FixIt> ocaml_fixes;
};

class Typer;

// A structure item with errors, as data: what the checker hands to the
// stage that reviews it (the pipeline's hint stage, driver/pipeline.h).
struct ItemErrors {
  Span item;                 // the whole item
  std::vector<Span> errors;  // every error the item reported, in order
  // The kind of each error, in the same order.
  std::vector<DiagKind> kinds;
};

// A structure item as it was most likely meant, parsed (by the reviewer):
// the checker types the rest of the file as if the item were this one.
struct RepairedItem {
  explicit RepairedItem(SourceBuffer text) : source(std::move(text)) {}
  SourceBuffer source;
  ast::Ast tree;  // parsed from `source`, which must not move
};

// What the review of an item's errors decides, applied by the checker to
// the item's diagnostics: for each error (in the order of
// ItemErrors::errors), the children to attach, and whether it is folded
// into the item's first error (one edit, shown on that error, fixes both:
// it is not reported on its own).
struct ItemReview {
  std::vector<std::vector<Child>> children;
  std::vector<bool> folded;
  // For each error, which of its TypeClash::ocaml_fixes are clean (the
  // others are dropped; OCaml's text stays).
  std::vector<std::vector<bool>> ocaml_fix_clean;
  // When the first error has a clean fix inside the item: the item with it
  // applied. The values the item binds take the types they have there, so
  // that the items after it are checked against what was meant, not
  // against a type the mistake made (one mistake, one error).
  std::shared_ptr<const RepairedItem> continue_as;
};

// The stage after the checker, for an item with errors. The checker knows
// nothing of what it does: it hands over the item's errors as data, with
// itself seen as it was before the item, so that the reviewer can ask it
// how edited versions of the item would type (Typer::Speculate, which
// takes a parsed tree), and it applies the review to the item's errors.
// `errors` has one entry per
// error of the item: its TypeClash when it is a type clash, else one with
// only `diagnostic` and `span` set (node kNone).
class ItemReviewer {
 public:
  virtual ~ItemReviewer() = default;
  virtual ItemReview Review(const std::vector<TypeClash>& errors, const ItemErrors& item,
                            Typer& typer) = 0;
};

}  // namespace mlhint::typing
