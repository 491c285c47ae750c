// The three core hints of HINTS.md: the integer literal that needed a
// suffix, the numeric operator of the wrong kind, the reference that needed
// `!` (and its reverse, the binding that needed `ref`). Each is proposed at
// the place the error was reported and, when the clashing type came from
// elsewhere through a variable, first at that origin; each is kept only if
// it is clean: with its edit applied, the whole item type-checks.
//
// This file holds the order they are tried in and what they share (the
// kind of number a type is, the origin of a type, verifying an edit, a
// name's binding); the hints themselves are in core_hints_numbers.cpp and
// core_hints_refs.cpp (their common class: core_hints_internal.h).

#include "hints/core_hints.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "hints/core_hints_internal.h"
#include "typing/ctype.h"
#include "typing/env.h"

namespace mlhint::hints {
namespace {

using ast::ExprKind;
using typing::TypeId;
using typing::ValueId;

// At most this many re-typings per clash: each is a whole item.
constexpr int kMaxTries = 8;
// At most this many bytes re-typed to verify an edit in an earlier item.
constexpr uint32_t kMaxRegion = 1 << 16;

}  // namespace

namespace core {

std::vector<Child> Attempt::Run() {
  std::vector<Child> out;
  // OCaml's own hint (a literal that needed a suffix) is printed where
  // OCaml prints it; its fix-it is attached only when clean, and then it
  // is the whole advice.
  if (auto c = LiteralHint(clash_.node, clash_.in_pattern)) {
    bool fixed = c->fix.has_value();
    out.push_back(std::move(*c));
    if (fixed) return out;
  }
  if (clash_.in_pattern) return out;
  ast::Id node = clash_.node;
  // The origin first: where the clashing type was fixed, if elsewhere.
  ast::Id origin = Origin();
  if (origin != ast::kNone) {
    if (auto c = OperatorHintAt(origin, true)) return Add(out, std::move(*c));
    if (auto c = RefHint(origin, true)) return Add(out, std::move(*c));
  }
  if (auto c = OperatorHintAt(node, false)) return Add(out, std::move(*c));
  if (auto c = RefHint(node, false)) return Add(out, std::move(*c));
  if (auto c = MakeRefHint(node)) return Add(out, std::move(*c));
  if (auto c = BoundLiteralHint(node)) return Add(out, std::move(*c));
  return out;
}

std::vector<Child> Attempt::Add(std::vector<Child>& out, Child c) {
  out.push_back(std::move(c));
  return std::move(out);
}

// ------------------------------------------------------------ types

Num Attempt::KindOf(TypeId t) {
  if (t == typing::kNoType) return Num::Other;
  t = typer_.ctype().ExpandHead(t);
  typing::TypeStore& store = typer_.store();
  if (store.tag(t) != typing::TypeTag::Constr) return Num::Other;
  typing::DeclId d = store.constr_decl(t);
  const typing::Env::Predef& p = typer_.env().predef;
  if (d == p.int_) return Num::Int;
  if (d == p.float_) return Num::Float;
  if (d == p.int32_) return Num::Int32;
  if (d == p.int64_) return Num::Int64;
  if (d == p.nativeint_) return Num::Nativeint;
  return Num::Other;
}

bool Attempt::IsRef(TypeId t) {
  if (t == typing::kNoType) return false;
  t = typer_.ctype().ExpandHead(t);
  typing::TypeStore& store = typer_.store();
  typing::DeclId ref = typer_.StdlibType("ref");
  return ref != typing::kNone && store.tag(t) == typing::TypeTag::Constr &&
         store.constr_decl(t) == ref;
}

// Is `name` the prelude's value `path` in the current environment?
bool Attempt::IsPrelude(std::string_view name, std::string_view path) {
  ValueId v = typer_.ResolveValue(name);
  if (v == typing::kNone) return false;
  const typing::ValueDesc& d = typer_.env().values[v];
  return d.from_prelude && typer_.env().ValuePath(v) == path;
}
bool Attempt::IsPreludeOperator(std::string_view name) {
  return IsPrelude(name, "Stdlib." + std::string(name));
}

std::string Attempt::Text(Span s) const {
  return std::string(source_.Slice(s));
}

// An operand that needs no parentheses as a function argument.
bool Attempt::Atomic(ast::Id e) const {
  return hints::Atomic(tree_, e);
}

// ------------------------------------------------------------ origins

// Where the type of the identifier in error was fixed, when that is
// another expression of the same item.
ast::Id Attempt::Origin() {
  const ast::Expr& x = tree_.exprs[clash_.node];
  if (x.kind != ExprKind::Ident) return ast::kNone;
  ast::Id origin = typer_.OriginOf(typer_.IdentValue(clash_.node));
  if (origin == ast::kNone || origin == clash_.node || origin >= tree_.exprs.size())
    return ast::kNone;
  Span s = tree_.exprs[origin].span;
  if (s.begin < item_.item.begin || s.end > item_.item.end) return ast::kNone;
  return origin;
}

// ------------------------------------------------------------ verification

// Re-types the item with `edits` applied: true if the error in question
// is gone and no error appeared that was not there.
// An edit before the item (a binding in an earlier item) is verified by
// re-typing, in the item's place, everything from the start of `from`
// (that earlier item) to the end of the item: an error in between is one
// the edit made.
bool Attempt::Verifies(std::vector<Edit> edits, std::optional<Span> from) {
  if (tries_++ >= kMaxTries) return false;
  Span region = item_.item;
  if (from) region.begin = std::min(region.begin, from->begin);
  return box_.Clean(edits, region);
}

// Do `a`'s edits leave fewer errors than `b`'s from the item to the end of
// the file? (The later items use the names the item defines, at the
// types an edit gives them.) False when that cannot be told: the rest of
// the file is too large to re-type for this, or a try fails.
bool Attempt::FewerErrorsToTheEnd(const std::vector<Edit>& a, const std::vector<Edit>& b) {
  Span rest{item_.item.begin, static_cast<uint32_t>(source_.text().size())};
  if (rest.size() > kLookaheadBytes || tries_ + 2 > kMaxTries) return false;
  tries_ += 2;
  std::optional<ItemSandbox::Outcome> with_a = box_.Try(a, {}, rest);
  std::optional<ItemSandbox::Outcome> with_b = box_.Try(b, {}, rest);
  return with_a && with_b && with_a->errors.size() < with_b->errors.size();
}

// ------------------------------------------------------------ bindings

// The `let` of this program that bound `value`: its pattern is the name
// alone, typed with the very type the value has; in this item or in an
// earlier one close enough to type again from.
std::optional<Attempt::Bound> Attempt::BindingOf(const typing::ValueDesc& value) {
  auto found = let_names_.find(value.loc.begin);
  if (found == let_names_.end() || found->second >= tree_.bindings.size()) return std::nullopt;
  const ast::Binding* binding = &tree_.bindings[found->second];
  if (binding->pat >= tree_.pats.size() || binding->expr >= tree_.exprs.size()) return std::nullopt;
  const ast::Pat& pat = tree_.pats[binding->pat];
  if (pat.kind != ast::PatKind::Var || !(pat.span == value.loc) ||
      typer_.PatType(binding->pat) != value.type || source_.Slice(pat.name) != value.name)
    return std::nullopt;
  if (tree_.exprs[binding->expr].flags & ast::kGhost)
    return std::nullopt;  // `let n x = ...`: a function
  Span pat_span = pat.span;
  // Where the binding is outside the item, the items from the one that
  // holds it on are typed again with the edit.
  std::optional<Span> from;
  if (pat_span.begin < item_.item.begin) {
    for (uint32_t i = 0; i < tree_.structure.size && !from; ++i) {
      Span s = tree_.items[tree_.at(tree_.structure, i)].span;
      if (s.begin <= pat_span.begin && pat_span.end <= s.end) from = s;
    }
    if (!from || item_.item.end - from->begin > kMaxRegion) return std::nullopt;
  } else if (pat_span.end > item_.item.end) {
    return std::nullopt;
  }
  return Bound{binding, from};
}

}  // namespace core

std::unordered_map<uint32_t, ast::Id> LetNames(const ast::Ast& tree) {
  std::unordered_map<uint32_t, ast::Id> let_names_;
  for (ast::Id b = 0; b < tree.bindings.size(); ++b) {
    const ast::Binding& binding = tree.bindings[b];
    if (binding.pat < tree.pats.size() && tree.pats[binding.pat].kind == ast::PatKind::Var)
      let_names_.emplace(tree.pats[binding.pat].span.begin, b);
  }
  return let_names_;
}

std::vector<Child> CoreHints(const typing::TypeClash& clash, const typing::ItemErrors& item,
                             typing::Typer& typer, const std::vector<ast::Id>& parents,
                             const std::unordered_map<uint32_t, ast::Id>& let_names,
                             ItemSandbox& box) {
  const ast::Ast& tree = typer.tree();
  if (clash.in_pattern ? clash.node >= tree.pats.size() : clash.node >= tree.exprs.size())
    return {};
  core::Attempt attempt(typer, clash, item, parents, let_names, box);
  return attempt.Run();
}

}  // namespace mlhint::hints
