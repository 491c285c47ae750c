// Operations on types: levels, instances, generalisation, expansion of
// abbreviations and unification with a trace, after OCaml's Ctype.
#pragma once

#include <deque>
#include <exception>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "support/memory.h"
#include "typing/env.h"
#include "typing/types.h"

namespace mlhint::typing {

// One step of the path unification took before failing (Errortrace).
struct TraceElement {
  // Escape: a type of a local scope (TypeDecl::scope) met where it would
  // leave it (OCaml's Errortrace.Escape of a constructor). Variant: why two
  // polymorphic variant types do not unify (Errortrace.Variant).
  enum class Kind : uint8_t { Diff, RecOccur, Escape, Variant } kind = Kind::Diff;
  // Tags: two tags of the rows have the same hash (OCaml's exception
  // Tags, reported on its own).
  enum class Row : uint8_t {
    NoIntersection,
    NoTagsFirst,
    NoTagsSecond,
    IncompatibleTypesFor,
    Tags
  };
  Row row = Row::NoIntersection;
  std::vector<uint32_t> tags;  // Variant: the tags' name ids
  TypeId got = kNoType;        // Diff: the type found; RecOccur: the variable; Escape: the type
  TypeId expected = kNoType;   // Diff: the type expected; RecOccur: the type it occurs in
  // Filled by ExpandTrace: the types with their abbreviations expanded.
  TypeId got_expanded = kNoType;
  TypeId expected_expanded = kNoType;
};
using Trace = std::vector<TraceElement>;

// Thrown when the types of one item grow so large that checking them would
// take unreasonably long (a program nesting constructors tens of thousands
// deep); the checker reports a clean error instead of working for minutes.
struct TypesTooLarge {};

class Ctype {
 public:
  // The work of the occur checks is bounded per structure item. An occur
  // check walks the type a variable is bound to, so nesting that keeps a
  // variable at the bottom of every level ([[[...[]...]]]) costs the square
  // of its depth; a definition whose types are merely large (each of
  // p_i = fun x -> p_{i-1} (p_{i-1} x) doubles the last) costs a few walks
  // of what it builds. So the budget is a fixed amount plus a multiple of
  // the type nodes the item created; past it, the item is refused
  // (TypesTooLarge) rather than checked for minutes.
  static constexpr int64_t kOccurBudget = 20'000'000;
  static constexpr int64_t kOccurVisitsPerNode = 16;
  void ResetBudget() {
    budget_ = kOccurBudget;
    item_first_node_ = ts_.size();
    granted_ = 0;
  }

  Ctype(TypeStore& store, Env& env) : ts_(store), env_(env) {}

  TypeStore& store() { return ts_; }
  Env& env() { return env_; }

  // --- levels
  int32_t current_level() const { return current_level_; }
  void BeginDef();
  void EndDef();
  // f() at a level of its own: BeginDef, f, EndDef. As with OCaml's
  // begin_def/end_def, which no handler protects, a type error thrown out
  // of f skips the EndDef (Levels, below).
  template <typename F>
  decltype(auto) AtNewLevel(F&& f) {
    BeginDef();
    if constexpr (std::is_void_v<std::invoke_result_t<F>>) {
      f();
      EndDef();
    } else {
      auto result = f();
      EndDef();
      return result;
    }
  }
  // The same for a block: BeginDef now, EndDef at End() or at the end of
  // the block, but not when a type error leaves it.
  class DefScope {
   public:
    explicit DefScope(Ctype& ct) : ct_(&ct), unwinding_(std::uncaught_exceptions()) {
      ct.BeginDef();
    }
    ~DefScope() {
      if (ct_ && std::uncaught_exceptions() == unwinding_) ct_->EndDef();
    }
    DefScope(const DefScope&) = delete;
    DefScope& operator=(const DefScope&) = delete;
    void End() {
      ct_->EndDef();
      ct_ = nullptr;
    }

   private:
    Ctype* ct_;
    int unwinding_;
  };
  void SetCurrentLevel(int32_t level) { current_level_ = level; }
  // OCaml's create_scope (init_def one level up, for good): the level of
  // the types an item is about to define. A variable of a lower level
  // unified with one of them is given its expansion, or the type escapes.
  // Scopes only grow: one made after an item whose inner scopes went
  // higher is above them (the item's end restores the level it began at).
  int32_t CreateScope() {
    max_scope_ = std::max(max_scope_, current_level_) + 1;
    current_level_ = nongen_level_ = max_scope_;
    return max_scope_;
  }
  // After an item: its scopes stay made (OCaml's init_def is not undone by
  // an item's end), so that the next items' variables are above them.
  void KeepScopes() {
    if (current_level_ < max_scope_) current_level_ = nongen_level_ = max_scope_;
  }
  // All of the level state: a type error thrown between a BeginDef and its
  // EndDef skips the EndDef, and the next item must start from the state
  // this one started from (OCaml's init_def sets both levels per phrase).
  struct Levels {
    int32_t current, nongen;
    size_t saved;
  };
  [[nodiscard]] Levels SaveLevels() const {
    return Levels{current_level_, nongen_level_, saved_levels_.size()};
  }
  void RestoreLevels(const Levels& l) {
    current_level_ = l.current;
    nongen_level_ = l.nongen;
    if (saved_levels_.size() > l.saved) saved_levels_.resize(l.saved);
  }

  // --- construction at the current level
  TypeId NewVar(uint32_t name = kNoName) { return ts_.NewVar(current_level_, name); }
  TypeId NewGenVar() { return ts_.NewVar(kGenericLevel); }
  TypeId NewConstr(DeclId decl, const std::vector<TypeId>& args) {
    return ts_.NewConstr(current_level_, decl, args);
  }
  TypeId NewArrow(TypeId a, TypeId r, ArrowLabel label = ArrowLabel::None,
                  uint32_t label_name = kNoName) {
    return ts_.NewArrow(current_level_, a, r, label, label_name);
  }
  TypeId NewTuple(const std::vector<TypeId>& items) { return ts_.NewTuple(current_level_, items); }
  TypeId Predef(DeclId decl) { return NewConstr(decl, {}); }

  // --- instances
  // Schemes whose copy would make more nodes than this are instantiated
  // lazily (see Instance). Returns the previous limit; 0 makes every
  // instance of a closed scheme lazy (the tests use it; so does the
  // MLHINT_EAGER_INSTANCE_LIMIT environment variable).
  static size_t SetEagerInstanceLimit(size_t limit) {
    return std::exchange(eager_instance_limit_, limit);
  }
  // A copy of the generic part of a scheme at the current level.
  TypeId Instance(TypeId scheme);
  // Several schemes copied together, sharing their variables.
  std::vector<TypeId> InstanceList(const std::vector<TypeId>& schemes);
  // As Instance, but the copy stays generic (OCaml's generic_instance).
  TypeId GenericInstance(TypeId scheme);
  // OCaml's `instance ~partial:false`: a copy in which each non-generic
  // part is a fresh variable.
  TypeId PartialInstance(TypeId scheme);
  // Typecore.contains_variant_either: a row of `t` has an Either field.
  bool ContainsVariantEither(TypeId t);

  // --- generalisation
  void Generalize(TypeId t);
  void GeneralizeStructure(TypeId t);
  // The relaxed value restriction: variables in contravariant (or
  // invariant) positions of an expansive expression's type stay weak.
  void LowerContravariant(TypeId t);
  void UpdateLevel(int32_t level, TypeId t);
  // Locally abstract types (TypeDecl::scope): while one is in scope,
  // UpdateLevel notes a node of one lowered below its scope.
  void EnterScopedType() { ++scoped_types_; }
  void LeaveScopedType() { --scoped_types_; }
  bool TakeEscape() { return std::exchange(escaped_, false); }
  void NoteEscape() { escaped_ = true; }
  // The watch of one scope: an escape noted before it is an enclosing
  // scope's, given back to it when this one ends (also by an exception).
  class ScopeWatch {
   public:
    explicit ScopeWatch(Ctype& ct) : ct_(ct), outer_(ct.TakeEscape()) { ct_.EnterScopedType(); }
    ~ScopeWatch() {
      ct_.LeaveScopedType();
      if (outer_) ct_.NoteEscape();
    }
    ScopeWatch(const ScopeWatch&) = delete;
    ScopeWatch& operator=(const ScopeWatch&) = delete;

   private:
    Ctype& ct_;
    bool outer_;
  };
  // Does the abbreviation `t` drop (null variance) an argument whose level
  // is above `level`? UpdateLevel expands it then.
  bool DropsLowered(TypeId t, int32_t level);

  // After `fun (type t) -> e` (Typecore's Pexp_newtype): a copy of `t`
  // whose occurrences of the type constructor `decl` are `by`. Variables
  // are shared and copied nodes keep their levels (Subst.type_expr
  // identity, then link_type on the constructor's nodes).
  TypeId ReplaceConstr(TypeId t, DeclId decl, TypeId by);

  // --- abbreviations
  // Expands the head of `t` while it is an abbreviation; returns the
  // representative of the result (of `t` itself if it is not one).
  TypeId ExpandHead(TypeId t);
  // One expansion step, or kNoType if `t` is not an abbreviation.
  TypeId TryExpandOnce(TypeId t);
  bool IsAbbreviation(TypeId t);

  // --- unification
  // Unifies; on failure returns the trace (outermost difference first) and
  // leaves the types as OCaml leaves them.
  [[nodiscard]] std::optional<Trace> Unify(TypeId t1, TypeId t2);
  // Unifies a fresh variable with a type (OCaml's unify_var). With a
  // variable made just before, as the checker calls it to lower the levels
  // of `t`, it cannot fail; such a call says so where it drops the result.
  [[nodiscard]] std::optional<Trace> UnifyVar(TypeId var, TypeId t);
  // OCaml's `unify_var env (newvar ()) t`: lowers the levels of `t` to the
  // current one. A variable made just for it cannot fail to unify.
  void LowerLevels(TypeId t) { (void)UnifyVar(NewVar(), t); }
  // Unify `t` with `arg -> res`; nullopt when `t` is not (and cannot
  // become) a function type.
  // Ctype.filter_arrow: the parameter and result of `t` as a function whose
  // first parameter has this label (a variable becomes such an arrow).
  [[nodiscard]] std::optional<std::pair<TypeId, TypeId>> FilterArrow(
      TypeId t, ArrowLabel label = ArrowLabel::None, uint32_t label_name = kNoName);
  // Fills the expanded forms of a trace's types (Ctype.expand_trace).
  void ExpandTrace(Trace& trace);
  // Would the two types unify? (no lasting effect)
  [[nodiscard]] bool Unifiable(TypeId t1, TypeId t2);

  // Does the representative of `t` equal the type constructor `decl`
  // (after expanding abbreviations)?
  [[nodiscard]] bool IsConstr(TypeId t, DeclId decl);

  // --- polymorphic variants (ctype_row.cpp)
  // A row with the extensions of its chain merged (Btype.row_repr): its
  // fields (Field representatives) sorted by tag name, its variable, and
  // whether it is closed.
  struct Row {
    std::vector<TypeId> fields;
    TypeId more = kNoType;
    bool closed = false;
  };
  Row RowRepr(TypeId variant);
  // The tag name of a field, its kind.
  const std::string& FieldLabel(TypeId field) { return ts_.Name(ts_.node(ts_.Repr(field)).a); }
  uint8_t FieldKind(TypeId field) { return ts_.node(ts_.Repr(field)).flags & kFieldKindMask; }
  // Closed and without Either field (Btype.static_row).
  bool StaticRow(const Row& row);
  // Parmatch.close_variant: the Either fields no pattern matched become
  // absent, and the row is closed.
  void CloseVariant(TypeId variant);
  // Typecore.finalize_variant for the tag `label` of a pattern of type
  // `variant`: in an open row its field becomes present (its argument
  // types unified with `arg_pattern_type`, if any); in a closed one it is
  // no longer marked as matched.
  void FinalizeVariant(TypeId variant, uint32_t label, TypeId arg_pattern_type);

  // Free variables (non-generic variables) of a type, in order.
  // Whether FreeVariables(t) is not empty, found without listing them.
  [[nodiscard]] bool HasFreeVariables(TypeId t);
  [[nodiscard]] std::vector<TypeId> FreeVariables(TypeId t);

  // Is `var` (a representative variable) inside `t`? Used to refuse
  // cyclic types.
  [[nodiscard]] bool Occurs(TypeId var, TypeId t);

 private:
  struct UnifyFailure {
    Trace trace;
  };
  // Inside Unify: a scoped type that would escape makes it fail (as
  // OCaml's update_level raises Escape), where elsewhere it is noted.
  int unifying_ = 0;
  struct Unifying {
    explicit Unifying(Ctype& ct) : ct_(ct) { ++ct_.unifying_; }
    ~Unifying() { --ct_.unifying_; }
    Unifying(const Unifying&) = delete;
    Unifying& operator=(const Unifying&) = delete;
    Ctype& ct_;
  };
  void UnifyRec(TypeId t1, TypeId t2);
  void Unify2(TypeId t1, TypeId t2);
  void Unify3(TypeId t1, TypeId t1x, TypeId t2, TypeId t2x);
  void UnifyList(TypeId t1, TypeId t2);
  Row RowOfNode(const TypeNode& n);
  void UnifyRow(const TypeNode& d1, const TypeNode& d2);
  void UnifyRowField(TypeId f1, TypeId f2, TypeId rm1, TypeId rm2);
  void SetField(TypeId field, TypeId to);
  [[noreturn]] void RowFailure(TraceElement::Row why, const std::vector<uint32_t>& tags);
  void OccurFor(TypeId var, TypeId t);
  bool DeepOccur(TypeId var, TypeId t);
  bool Reaches(TypeId t, TypeId target);
  // Stops and returns kNoType once it has made more than `limit` nodes.
  TypeId Copy(TypeId t, uint32_t stamp, bool generic_copy, size_t limit = SIZE_MAX);
  bool LazyEligible(TypeId root);
  static constexpr uint8_t kCoPosition = 1;
  static constexpr uint8_t kContraPosition = 2;
  std::vector<uint8_t> Positions(TypeId t);
  TypeId LazyInstance(TypeId root);
  // TypeNode::lazy on a scheme root: not yet decided, or decided.
  static constexpr uint8_t kLazyAlways = 1;
  static constexpr uint8_t kLazyNever = 2;
  static constexpr size_t kEagerInstanceLimit = 4096;
  static size_t eager_instance_limit_;
  TypeId CopyNode(TypeId t, uint32_t stamp, bool generic_copy, std::vector<TypeId>& pending);
  TypeId Substitute(TypeId body, const std::vector<TypeId>& params, const std::vector<TypeId>& args,
                    int32_t level);
  bool OccursRec(TypeId var, TypeId t, uint32_t stamp);
  bool OccursAbbrev(TypeId var, TypeId t, uint32_t stamp);
  bool OccursCyclic(TypeId var, TypeId t, std::vector<TypeId>& path);
  void LowerContravariantRec(TypeId t, bool contra, uint32_t stamp_any, uint32_t stamp_contra);

  TypeStore& ts_;
  Env& env_;
  int32_t current_level_ = 0;
  int32_t nongen_level_ = 0;
  std::vector<std::pair<int32_t, int32_t>> saved_levels_;
  // Scratch for copies: node -> copy, valid while the node carries the
  // copy's stamp (elsewhere it may hold anything).
  ZeroedArray copy_of_;
  // The work list of the walks that never nest (copies, level updates,
  // generalisation), kept to spare an allocation per call.
  template <class Visit>
  void WalkChanging(TypeId t, Visit visit);
  template <class Visit>
  bool AnyNodeForced(TypeId t, Visit visit);
  std::vector<TypeId> scratch_;
  std::vector<TypeId> deep_scratch_;
  std::vector<TypeId> level_scratch_;
  int scoped_types_ = 0;
  bool forget_nongeneric_ = false;  // PartialInstance's copy
  int32_t max_scope_ = 0;           // the highest level CreateScope gave
  bool escaped_ = false;
  std::deque<std::vector<TypeId>> occurs_stacks_;  // a deque: outer work lists stay put
  size_t occurs_depth_ = 0;
  // The head expansions made by the occur check of a store with a cycle.
  std::unordered_map<TypeId, TypeId> expansions_;
  // Called when the budget runs out: grants what the item's new type nodes
  // allow, or throws TypesTooLarge.
  void RefillBudget();
  int64_t budget_ = kOccurBudget;
  size_t item_first_node_ = 0;
  int64_t granted_ = 0;
};

}  // namespace mlhint::typing
