// Types as a shared graph in an arena: union-find type variables (a bound
// variable becomes a Link), levels for generalisation (OCaml's scheme:
// a node whose level is kGenericLevel is generalised), and a trail that
// records every mutation while a snapshot is live, so that a speculative
// typing can be undone exactly (Btype.snapshot/backtrack in OCaml).
//
// Types are never copied into trees: every traversal that could meet the
// same node twice marks the nodes it visits, so a type whose printed form
// would be exponential is still handled in time linear in its graph.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "support/memory.h"

namespace mlhint::typing {

using TypeId = uint32_t;
using DeclId = uint32_t;  // a type constructor (TypeDecl) in the Env
inline constexpr TypeId kNoType = UINT32_MAX;
inline constexpr uint32_t kNoName = UINT32_MAX;

inline constexpr int32_t kGenericLevel = 100000000;
inline constexpr int32_t kLowestLevel = 0;

enum class TypeTag : uint8_t {
  Var,     // a: name id or kNoName
  Arrow,   // a: argument, b: result, c: label name id (or kNoName); flags: label kind
  Tuple,   // a: first argument index in args, b: count
  Constr,  // a: DeclId, b: first argument index in args, c: count
  Error,   // the type of an expression that failed to type: agrees with anything
  // A polymorphic variant type (OCaml's Tvariant): b: first child index in
  // args, c: child count. The children are the row's fields (Field nodes)
  // then, last, the row variable (`more`), which an extension of the row
  // links to another Variant node (RowRepr flattens the chain). flags:
  // kRowClosed.
  Variant,
  // A field of a row: a: the tag's name id; b, c: its arguments as for
  // Variant (a present field has at most one); flags: the kind (kFieldPresent, kFieldEither,
  // kFieldAbsent) with kFieldConstant and kFieldMatched for an Either
  // field. An Either field that unification decides is linked to the field
  // it became (OCaml's row_field ref).
  Field,
  // The two tags below are never seen by code that reads a node through
  // Repr: Link is followed, Subst is expanded (forced) first.
  Link,  // a: the representative (a bound variable, or an expansion)
  // A lazy instance: the generic type `a` with its generic variables
  // replaced. b: first value in args (args[b-1] holds the id of the sorted
  // list of those variables, VarList), c: count. The walks that only need
  // variables and levels (occur checks, level updates, generalisation,
  // copies) take the values as the node's children and do not expand it.
  Subst,
};

enum class ArrowLabel : uint8_t { None = 0, Labelled = 1, Optional = 2 };
// Arrow flags: the label in the low bits, and whether the arrow was made by
// an application of an unknown function (OCaml's commutation Cunknown):
// its arguments are then taken in order, never commuted.
inline constexpr uint8_t kArrowLabelMask = 0x3;
inline constexpr uint8_t kArrowCommuUnknown = 0x80;
// Variant flags.
inline constexpr uint8_t kRowClosed = 1;
// Field flags: the kind in the low bits; an Either field (OCaml's Reither)
// may also be constant (no argument: `A rather than `A of t) and matched
// (by a pattern: it may not become absent when the row is closed).
inline constexpr uint8_t kFieldKindMask = 0x3;
inline constexpr uint8_t kFieldPresent = 0;
inline constexpr uint8_t kFieldEither = 1;
inline constexpr uint8_t kFieldAbsent = 2;
inline constexpr uint8_t kFieldConstant = 4;
inline constexpr uint8_t kFieldMatched = 8;

struct TypeNode {
  TypeTag tag;
  uint8_t flags = 0;
  // No type variable below this node (set at construction, never unset: a
  // node's children only ever become more determined). Traversals that look
  // for a variable (the occur checks) skip ground nodes, which keeps them
  // linear on the long chains of ground types that nested data produces.
  bool ground = false;
  // On a generic scheme root: whether Ctype::Instance copies it lazily
  // (LazyInstance). Not copied with the node.
  uint8_t lazy = 0;
  int32_t level;
  uint32_t a = 0, b = 0, c = 0;
  uint32_t mark = 0;  // traversal stamp (not trailed: traversals own it)
};

class TypeStore {
 public:
  TypeStore();
  // Room for this many more nodes and argument slots, so that the arena is
  // not copied as it grows.
  void Reserve(size_t nodes, size_t args) {
    nodes_.reserve(nodes_.size() + nodes);
    args_.reserve(args_.size() + args);
  }

  // --- construction
  TypeId NewVar(int32_t level, uint32_t name = kNoName);
  TypeId NewArrow(int32_t level, TypeId arg, TypeId res, ArrowLabel label = ArrowLabel::None,
                  uint32_t label_name = kNoName);
  TypeId NewTuple(int32_t level, const std::vector<TypeId>& items);
  TypeId NewConstr(int32_t level, DeclId decl, const std::vector<TypeId>& args);
  TypeId NewError() const { return error_; }
  // A row of `fields` (Field nodes, sorted by tag name) and variable `more`.
  TypeId NewVariant(int32_t level, const std::vector<TypeId>& fields, TypeId more, bool closed);
  // A field: `args` is empty for a tag without argument; an Either field
  // may have several (a conjunction, `of t1 & t2`).
  TypeId NewField(int32_t level, uint32_t label, uint8_t flags, const std::vector<TypeId>& args);
  // A node whose children are filled in afterwards (SetChild), for copies
  // made without recursion; it is not marked ground (a conservative flag).
  TypeId NewShell(const TypeNode& like, int32_t level);
  void SetChild(TypeId shell, uint32_t i, TypeId child);

  // --- access
  // Follows links to the representative, compressing paths, and expands a
  // lazy instance (Subst) into its head.
  TypeId Repr(TypeId t) { return nodes_[t].tag >= TypeTag::Link ? ReprSlow(t) : t; }
  // Follows links only: the result may be a Subst node. For the walks that
  // treat a lazy instance as the node whose children are its values.
  TypeId ReprLazy(TypeId t) { return nodes_[t].tag == TypeTag::Link ? FollowLinks(t) : t; }
  const TypeNode& node(TypeId t) const { return nodes_[t]; }
  TypeTag tag(TypeId t) const { return nodes_[t].tag; }
  int32_t level(TypeId t) const { return nodes_[t].level; }
  uint32_t arg_count(TypeId t) const;
  TypeId arg(TypeId t, uint32_t i) const;
  std::vector<TypeId> args(TypeId t) const;
  // The i-th child of any node (arrow: 0 argument, 1 result), read afresh
  // (safe while the arena grows); child_count is 0 for leaves.
  uint32_t child_count(TypeId t) const {
    const TypeNode& n = nodes_[t];
    return n.tag == TypeTag::Arrow   ? 2
           : n.tag == TypeTag::Tuple ? n.b
           : n.tag == TypeTag::Constr || n.tag == TypeTag::Subst || n.tag == TypeTag::Variant ||
                   n.tag == TypeTag::Field
               ? n.c
               : 0;
  }
  TypeId child(TypeId t, uint32_t i) const {
    const TypeNode& n = nodes_[t];
    if (n.tag == TypeTag::Arrow) return i == 0 ? n.a : n.b;
    return n.tag == TypeTag::Tuple ? args_[n.a + i] : args_[n.b + i];
  }
  // The i-th argument of a Tuple or Constr node given by value (a node may
  // have been linked since its contents were read).
  TypeId ArgOf(const TypeNode& n, uint32_t i) const {
    return n.tag == TypeTag::Tuple ? args_[n.a + i] : args_[n.b + i];
  }
  TypeId arrow_arg(TypeId t) const { return nodes_[t].a; }
  TypeId arrow_res(TypeId t) const { return nodes_[t].b; }
  ArrowLabel arrow_label(TypeId t) const {
    return static_cast<ArrowLabel>(nodes_[t].flags & kArrowLabelMask);
  }
  bool arrow_commu_ok(TypeId t) const { return !(nodes_[t].flags & kArrowCommuUnknown); }
  uint32_t arrow_label_name(TypeId t) const { return nodes_[t].c; }
  DeclId constr_decl(TypeId t) const { return nodes_[t].a; }
  uint32_t var_name(TypeId t) const { return nodes_[t].a; }
  bool IsVar(TypeId t) const { return nodes_[t].tag == TypeTag::Var; }
  bool IsGround(TypeId t) const { return nodes_[t].ground; }
  size_t size() const { return nodes_.size(); }

  // --- lazy instances
  // The generic variables of the generic type `t` (which must be closed:
  // no part of it is both non-generic and not ground), as the id of a
  // sorted list; the lists of the nodes asked about are remembered.
  uint32_t VarsOf(TypeId t);
  const std::vector<TypeId>& VarList(uint32_t id) const { return var_lists_[id]; }
  // A lazy instance of the closed generic type `body` at `level`, whose
  // variables (VarList(vars)) take `values`.
  TypeId NewSubst(TypeId body, uint32_t vars, const std::vector<TypeId>& values, int32_t level);
  // Marks a scheme root (trailed, as its generic part may be undone).
  void SetLazy(TypeId t, uint8_t lazy);
  // Per generic node, what Ctype found about the positions of its
  // variables (aligned with VarList(VarsOf(t))); forgotten on backtracking
  // like the rest of what is remembered about generic nodes.
  const std::vector<uint8_t>* FindPositions(TypeId t) const {
    auto it = positions_.find(t);
    return it == positions_.end() ? nullptr : &it->second;
  }
  const std::vector<uint8_t>& StorePositions(TypeId t, std::vector<uint8_t> positions);

  // --- mutation (trailed while a snapshot is live)
  void Link(TypeId from, TypeId to);
  void SetLevel(TypeId t, int32_t level);
  void SetVarName(TypeId t, uint32_t name);
  // Restores a node to a previous state (OCaml's set_desc after a failed
  // unification of its children).
  void Restore(TypeId t, const TypeNode& state);

  // --- snapshots
  using Snapshot = size_t;
  [[nodiscard]] Snapshot TakeSnapshot();
  void Backtrack(Snapshot s);
  // Forgets a snapshot, keeping the changes made since.
  void Commit(Snapshot s);
  // Whether a node that existed when snapshot `s` was taken has been changed
  // since (and not restored): the innermost snapshot must be `s`.
  bool ChangedSince(Snapshot s) const;

  // --- traversal marks: a fresh stamp per traversal
  uint32_t NewMark() { return ++mark_counter_; }
  bool TryMark(TypeId t, uint32_t stamp) {
    if (nodes_[t].mark == stamp) return false;
    nodes_[t].mark = stamp;
    return true;
  }

  // --- cycles. Without -rectypes a type can only be cyclic through an
  // abbreviation that drops a parameter (`'a = 'a phantom`); the occur
  // check notes when it lets one through, and the printer looks for
  // cycles (to print them as aliases) only in a store that has one.
  void NoteCycle() { may_have_cycles_ = true; }
  bool may_have_cycles() const { return may_have_cycles_; }
  // Rows shared in a type are printed as aliases too (`[> `A ] as 'a`).
  bool may_have_rows() const { return may_have_rows_; }

  // --- names of type variables and labels
  uint32_t Intern(std::string_view name);
  const std::string& Name(uint32_t id) const { return names_[id]; }

 private:
  void Log(TypeId t);
  TypeId ReprSlow(TypeId t);
  TypeId FollowLinks(TypeId t);
  // Expands the Subst node `s` one level (links it to its head) and returns
  // the representative of the head.
  TypeId Force(TypeId s);
  TypeId SubstChild(TypeId c, uint32_t env, int32_t level);
  // A Subst node over values already in args (at env, count of them).
  TypeId PushSubst(TypeId body, uint32_t env, uint32_t count, int32_t level);
  TypeId EnvValue(uint32_t env, TypeId var) const;
  uint32_t InternVarList(std::vector<TypeId>&& vars);
  enum class Memo : uint8_t { Vars, Child, Positions };
  void LogMemo(uint64_t key, Memo memo);
  bool AllGround(const TypeId* begin, const TypeId* end);
  // Adds a node. The store is written in order, far past what the caches
  // hold on a large file; the line a few nodes on is asked for ahead, so
  // that writing it does not wait for memory.
  TypeId Append(const TypeNode& n) {
    nodes_.push_back(n);
    size_t ahead = nodes_.size() + kPrefetchAhead;
    if (ahead < nodes_.capacity()) __builtin_prefetch(nodes_.data() + ahead, 1);
    return static_cast<TypeId>(nodes_.size() - 1);
  }
  static constexpr size_t kPrefetchAhead = 16;

  ArenaVector<TypeNode> nodes_;
  ArenaVector<TypeId> args_;
  struct Undo {
    TypeId id;
    TypeNode old;
  };
  std::vector<Undo> trail_;
  // The node count when each live snapshot was taken, innermost last.
  std::vector<uint32_t> watermarks_;
  uint32_t mark_counter_ = 0;
  bool may_have_cycles_ = false;
  bool may_have_rows_ = false;
  TypeId error_;
  std::vector<std::string> names_;
  std::unordered_map<std::string, uint32_t> name_index_;
  // Lazy instances. Forcing one makes one node per (generic child, value
  // list), remembered so that a shared child stays shared.
  std::vector<std::vector<TypeId>> var_lists_;
  std::unordered_map<std::string, uint32_t>
      var_list_index_;  // keys: the bytes of var_lists_ entries
  std::unordered_map<TypeId, uint32_t> vars_of_;
  std::unordered_map<uint64_t, TypeId> subst_children_;
  std::unordered_map<TypeId, std::vector<uint8_t>> positions_;
  // What the maps gained while a snapshot is live (key, which map), so
  // that backtracking forgets it: the nodes it names may be abandoned, or
  // no longer generic.
  struct MemoUndo {
    uint64_t key;
    Memo memo;
  };
  std::vector<MemoUndo> memo_trail_;
  std::vector<size_t> memo_watermarks_;
};

}  // namespace mlhint::typing
