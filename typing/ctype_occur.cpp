// Ctype's occur checks: does a variable occur in a type (through an
// abbreviation only when its expansion keeps it), the occur check of a
// store with a cycle, and the work budget they share. Unification, which
// runs them, is in ctype_unify.cpp.

#include <algorithm>

#include "support/large_stack.h"
#include "typing/ctype.h"

namespace mlhint::typing {

// ---------------------------------------------------------------- occur checks

void Ctype::RefillBudget() {
  int64_t allowed = kOccurVisitsPerNode * static_cast<int64_t>(ts_.size() - item_first_node_);
  if (allowed > granted_) {
    budget_ += allowed - granted_;
    granted_ = allowed;
    return;
  }
  BeforeThrow();
  throw TypesTooLarge{};
}

// Does `var` occur in `t`? Through an abbreviation, only if its expansion
// keeps it (an abbreviation may drop the parameter that holds it). The walk
// is a loop over an explicit stack; a node is marked when it is pushed, so
// that it is pushed once (leaves and ground nodes are not pushed at all),
// which is safe because a marked node is explored before the walk ends,
// unless it stops at an occurrence. Under an abbreviation the recursive
// OccursAbbrev searches with a stamp of its own.
bool Ctype::OccursRec(TypeId var, TypeId t, uint32_t stamp) {
  t = ts_.ReprLazy(t);
  if (t == var) return true;
  if (ts_.IsGround(t) || ts_.tag(t) == TypeTag::Var || !ts_.TryMark(t, stamp))
    return false;  // the common cases
  // A work list per nesting (OccursAbbrev searches again from inside).
  if (occurs_stacks_.size() <= occurs_depth_) occurs_stacks_.resize(occurs_depth_ + 1);
  std::vector<TypeId>& work = occurs_stacks_[occurs_depth_];
  work.assign(1, t);
  struct Depth {
    size_t& d;
    explicit Depth(size_t& depth) : d(depth) { ++d; }
    ~Depth() { --d; }
  } depth(occurs_depth_);
  while (!work.empty()) {
    if (--budget_ < 0) RefillBudget();
    TypeId x = work.back();
    work.pop_back();
    const TypeNode& n = ts_.node(x);
    if (n.tag == TypeTag::Constr && n.c > 0 && env_.types[n.a].manifest != kNoType) {
      if (OccursAbbrev(var, x, stamp)) return true;
      continue;
    }
    if (n.tag == TypeTag::Variant) {
      // A cycle through a polymorphic variant is allowed (OCaml's
      // occur_rec stops at Tvariant): the type becomes recursive.
      if (!ts_.may_have_cycles() && Reaches(x, var)) ts_.NoteCycle();
      continue;
    }
    for (uint32_t i = 0, k = ts_.child_count(x); i < k; ++i) {
      TypeId c = ts_.ReprLazy(ts_.child(x, i));
      if (c == var) return true;
      const TypeNode& m = ts_.node(c);
      if (m.ground || m.tag == TypeTag::Var || m.mark == stamp) continue;
      ts_.TryMark(c, stamp);
      work.push_back(c);
    }
  }
  return false;
}

bool Ctype::OccursAbbrev(TypeId var, TypeId t, uint32_t stamp) {
  // The arguments are searched with a stamp of their own: if the variable
  // is there but the expansion drops it, the nodes marked on the way hold
  // the variable and must not count as explored for the outer walk.
  bool found = false;
  uint32_t own = ts_.NewMark();
  for (uint32_t i = 0, k = ts_.child_count(t); i < k && !found; ++i)
    found = OccursRec(var, ts_.child(t, i), own);
  if (found) {
    TypeId expanded = TryExpandOnce(t);
    if (expanded == kNoType || OccursRec(var, expanded, ts_.NewMark())) return true;
    // The variable is only in a parameter the expansion drops: linking it
    // here makes a cycle (`'a = 'a phantom`), which OCaml accepts and the
    // printer shows with an alias.
    ts_.NoteCycle();
  }
  ts_.TryMark(t, stamp);
  return false;
}

bool Ctype::Occurs(TypeId var, TypeId t) {
  var = ts_.Repr(var);
  if (!ts_.may_have_cycles()) return OccursRec(var, t, ts_.NewMark());
  std::vector<TypeId> path;
  expansions_.clear();
  return OccursCyclic(var, t, path);
}

// The occur check of a store with a cycle (`'a = 'a t` where `t` drops its
// parameter), as OCaml's occur_rec: no marks, but the path from the root.
// An abbreviation met again on its own path counts as an occurrence, and
// an abbreviation in which the variable occurs is judged by its head
// expansion. Expansions are remembered for the walk, as OCaml's are for
// good: that is what makes the walk end (a cycle re-expanded would
// otherwise make new nodes forever). It may visit a shared node once per
// path, which the budget bounds.
bool Ctype::OccursCyclic(TypeId var, TypeId t, std::vector<TypeId>& path) {
  if (--budget_ < 0) RefillBudget();
  t = ts_.Repr(t);
  if (t == var) return true;
  const TypeNode n = ts_.node(t);
  if (n.ground || n.tag == TypeTag::Var || n.tag == TypeTag::Error) return false;
  bool on_path = std::find(path.begin(), path.end(), t) != path.end();
  if (n.tag == TypeTag::Constr) {
    bool occurs = on_path;
    if (!occurs) {
      path.push_back(t);
      for (uint32_t i = 0; i < n.c && !occurs; ++i)
        occurs = OccursCyclic(var, ts_.child(t, i), path);
      path.pop_back();
    }
    if (!occurs) return false;
    auto [memo, fresh] = expansions_.try_emplace(t, kNoType);
    if (fresh) {
      TypeId head = ExpandHead(t);
      memo->second = head == t ? kNoType : head;
    }
    TypeId expanded = memo->second;
    if (expanded == kNoType) return true;  // not an abbreviation
    if (OccursCyclic(var, expanded, path)) return true;
    ts_.NoteCycle();
    return false;
  }
  if (on_path || n.tag == TypeTag::Variant) return false;
  path.push_back(t);
  bool occurs = false;
  for (uint32_t i = 0, k = ts_.child_count(t); i < k && !occurs; ++i)
    occurs = OccursCyclic(var, ts_.child(t, i), path);
  path.pop_back();
  return occurs;
}

void Ctype::OccurFor(TypeId var, TypeId t) {
  if (Occurs(var, t)) {
    TraceElement e;
    e.kind = TraceElement::Kind::RecOccur;
    e.got = var;
    e.expected = t;
    BeforeThrow();
    throw UnifyFailure{Trace{e}};
  }
}

// Is `target` (a representative) inside `t`, ground parts included?
bool Ctype::Reaches(TypeId t, TypeId target) {
  uint32_t stamp = ts_.NewMark();
  std::vector<TypeId>& work = deep_scratch_;
  work.assign(1, t);
  while (!work.empty()) {
    TypeId x = ts_.ReprLazy(work.back());
    work.pop_back();
    if (x == target) return true;
    if (--budget_ < 0) RefillBudget();
    if (!ts_.TryMark(x, stamp)) continue;
    for (uint32_t i = 0, k = ts_.child_count(x); i < k; ++i) work.push_back(ts_.child(x, i));
  }
  return false;
}

bool Ctype::DeepOccur(TypeId var, TypeId t) {
  var = ts_.Repr(var);
  int32_t var_level = ts_.level(var);
  uint32_t stamp = ts_.NewMark();
  // Iterative to keep the stack flat on large graphs.
  std::vector<TypeId>& work = deep_scratch_;
  work.assign(1, t);
  while (!work.empty()) {
    TypeId x = ts_.ReprLazy(work.back());
    work.pop_back();
    if (--budget_ < 0) RefillBudget();
    const TypeNode& n = ts_.node(x);
    if (n.ground || n.level < var_level || !ts_.TryMark(x, stamp)) continue;
    if (x == var) return true;
    switch (n.tag) {
      case TypeTag::Arrow:
        work.push_back(n.a);
        work.push_back(n.b);
        break;
      case TypeTag::Tuple:
      case TypeTag::Constr:
      case TypeTag::Subst:
      case TypeTag::Variant:
      case TypeTag::Field:
        for (uint32_t i = 0, k = ts_.child_count(x); i < k; ++i) work.push_back(ts_.child(x, i));
        break;
      default:
        break;
    }
  }
  return false;
}

}  // namespace mlhint::typing
