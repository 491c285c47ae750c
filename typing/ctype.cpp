#include "typing/ctype.h"
#include "support/large_stack.h"

#include <algorithm>
#include <cstdlib>

namespace mlhint::typing {

void Ctype::BeginDef() {
  saved_levels_.emplace_back(current_level_, nongen_level_);
  ++current_level_;
  nongen_level_ = current_level_;
}

void Ctype::EndDef() {
  current_level_ = saved_levels_.back().first;
  nongen_level_ = saved_levels_.back().second;
  saved_levels_.pop_back();
}

// ---------------------------------------------------------------- copies

// The copy of one node, made the first time it is met (a shell whose
// children are filled in by Copy's loop), or the node itself when it is not
// generic. Ground nodes are copied too: unification links type constructors
// to each other, which must not reach the scheme.
TypeId Ctype::CopyNode(TypeId t, uint32_t stamp, bool generic_copy, std::vector<TypeId>& pending) {
  t = ts_.ReprLazy(t);  // a lazy instance is copied as the node of its values
  const TypeNode& n = ts_.node(t);
  if (n.level != kGenericLevel || n.tag == TypeTag::Error) return t;
  if (n.mark == stamp) return copy_of_.get(t);
  ts_.TryMark(t, stamp);
  int32_t level = generic_copy ? kGenericLevel : current_level_;
  TypeId result;
  if (n.tag == TypeTag::Var) {
    result = ts_.NewVar(level);  // instances forget the user's names, as OCaml's copy does
  } else {
    TypeNode like = n;  // NewShell may move the arena
    result = ts_.NewShell(like, level);
    pending.push_back(t);
  }
  copy_of_.set(t, result);
  return result;
}

// Ctype.copy, without recursion (instances of very deep types).
TypeId Ctype::Copy(TypeId t, uint32_t stamp, bool generic_copy, size_t limit) {
  std::vector<TypeId>& pending = scratch_;
  pending.clear();
  size_t first = ts_.size();
  TypeId result = CopyNode(t, stamp, generic_copy, pending);
  while (!pending.empty()) {
    if (ts_.size() - first > limit) return kNoType;  // what was made is left unused
    TypeId original = pending.back();
    pending.pop_back();
    TypeId shell = copy_of_.get(original);
    for (uint32_t i = 0, k = ts_.child_count(original); i < k; ++i)
      ts_.SetChild(shell, i, CopyNode(ts_.child(original, i), stamp, generic_copy, pending));
  }
  return result;
}

size_t Ctype::eager_instance_limit_ = [] {
  // A testing knob: 0 makes every instance of a closed scheme lazy, so that
  // the whole test suite runs through the lazy instances.
  const char* limit = std::getenv("MLHINT_EAGER_INSTANCE_LIMIT");
  return limit && *limit ? static_cast<size_t>(std::strtoull(limit, nullptr, 10))
                         : kEagerInstanceLimit;
}();

// Schemes are copied at each use, which is linear in the size of their
// graph. A scheme whose copy would exceed eager_instance_limit_ nodes is,
// when its type allows it, instantiated lazily from then on: a Subst node
// that holds fresh variables for the scheme's own and is expanded one level
// at a time, when unification or printing looks into it. A chain of
// definitions each of whose types is the square of the last then costs
// time linear in the chain, where copies cost time exponential in it.
TypeId Ctype::Instance(TypeId scheme) {
  TypeId root = ts_.ReprLazy(scheme);
  const TypeNode& n = ts_.node(root);
  if (n.level == kGenericLevel && n.tag != TypeTag::Var && n.tag != TypeTag::Error &&
      n.lazy != kLazyNever) {
    if (n.lazy == kLazyAlways) return LazyInstance(root);
    TypeId copy = Copy(root, ts_.NewMark(), false, eager_instance_limit_);
    if (copy != kNoType) return copy;
    if (LazyEligible(root)) {
      ts_.SetLazy(root, kLazyAlways);
      return LazyInstance(root);
    }
    ts_.SetLazy(root, kLazyNever);
  }
  return Copy(root, ts_.NewMark(), false);
}

// Whether lazy instances of `root` mean what its copies mean: it must be
// closed (its non-generic parts are ground, so the values are all the
// variables there are), and have no abbreviation with parameters (the occur
// check looks through one, as it may drop a parameter, while the values of
// a lazy instance stand for all of them).
bool Ctype::LazyEligible(TypeId root) {
  uint32_t stamp = ts_.NewMark();
  std::vector<TypeId> work{root};
  ts_.TryMark(root, stamp);
  while (!work.empty()) {
    TypeId x = work.back();
    work.pop_back();
    const TypeNode n = ts_.node(x);
    if (n.level != kGenericLevel) {
      if (!n.ground) return false;
      continue;
    }
    if (n.tag == TypeTag::Constr && n.c > 0 && env_.types[n.a].manifest != kNoType) return false;
    for (uint32_t i = 0, k = ts_.child_count(x); i < k; ++i) {
      TypeId c = ts_.ReprLazy(ts_.child(x, i));
      if (ts_.TryMark(c, stamp)) work.push_back(c);
    }
  }
  return true;
}

TypeId Ctype::LazyInstance(TypeId root) {
  uint32_t list = ts_.VarsOf(root);
  std::vector<TypeId> values(ts_.VarList(list).size());
  for (TypeId& v : values) v = ts_.NewVar(current_level_);
  return ts_.NewSubst(root, list, values, current_level_);
}

std::vector<TypeId> Ctype::InstanceList(const std::vector<TypeId>& schemes) {
  uint32_t stamp = ts_.NewMark();
  std::vector<TypeId> out;
  out.reserve(schemes.size());
  for (TypeId s : schemes) out.push_back(Copy(s, stamp, false));
  return out;
}

TypeId Ctype::GenericInstance(TypeId scheme) {
  return Copy(scheme, ts_.NewMark(), true);
}

TypeId Ctype::Substitute(TypeId body, const std::vector<TypeId>& params,
                         const std::vector<TypeId>& args, int32_t level) {
  uint32_t stamp = ts_.NewMark();
  for (size_t i = 0; i < params.size() && i < args.size(); ++i) {
    TypeId p = ts_.Repr(params[i]);
    ts_.TryMark(p, stamp);
    copy_of_.set(p, args[i]);
  }
  int32_t saved = current_level_;
  bool generic = level == kGenericLevel;
  current_level_ = level;
  TypeId result = Copy(body, stamp, generic);
  current_level_ = saved;
  return result;
}

// ---------------------------------------------------------------- levels

// The level walks below are loops over an explicit stack (a type can be
// millions of nodes deep). `visit(x)` changes a node when it is first met
// and says whether to go on below it; a node is changed before it is
// pushed, so one that several parents share is pushed once.
template <class Visit>
void Ctype::WalkChanging(TypeId t, Visit visit) {
  std::vector<TypeId>& work = scratch_;
  work.clear();
  t = ts_.ReprLazy(t);
  if (visit(t)) work.push_back(t);
  while (!work.empty()) {
    TypeId x = work.back();
    work.pop_back();
    for (uint32_t i = 0, k = ts_.child_count(x); i < k; ++i) {
      TypeId c = ts_.ReprLazy(ts_.child(x, i));
      if (visit(c)) work.push_back(c);
    }
  }
}

void Ctype::Generalize(TypeId t) {
  WalkChanging(t, [this](TypeId x) {
    int32_t level = ts_.level(x);
    if (level <= current_level_ || level == kGenericLevel) return false;
    ts_.SetLevel(x, kGenericLevel);
    return true;
  });
}

void Ctype::GeneralizeStructure(TypeId t) {
  // Variables stay at the current level; the rest becomes generic.
  WalkChanging(t, [this](TypeId x) {
    const TypeNode& n = ts_.node(x);
    if (n.level == kGenericLevel || n.level <= current_level_) return false;
    bool var = n.tag == TypeTag::Var;
    ts_.SetLevel(x, var ? current_level_ : kGenericLevel);
    return !var;
  });
}

// As OCaml's update_level: an abbreviation one of whose arguments would be
// lowered although the expansion drops it (`'b phantom` with `type 'a
// phantom = int`) is replaced by its expansion instead, so that
// unifying a variable with `'b phantom` gives it the type `int`. (The
// expansion needs Copy, whose work list is scratch_: this walk has its
// own.)
void Ctype::UpdateLevel(int32_t level, TypeId t) {
  std::vector<TypeId>& work = level_scratch_;
  work.clear();
  auto visit = [&](TypeId x) {
    for (;;) {
      const TypeNode& n = ts_.node(x);
      if (n.level <= level || n.tag == TypeTag::Error) return;
      if (n.tag == TypeTag::Constr && n.c > 0 && DropsLowered(x, level)) {
        TypeId expanded = TryExpandOnce(x);
        if (expanded != kNoType) {
          ts_.Link(x, expanded);
          x = ts_.ReprLazy(expanded);
          continue;
        }
      }
      ts_.SetLevel(x, level);
      work.push_back(x);
      return;
    }
  };
  visit(ts_.ReprLazy(t));
  while (!work.empty()) {
    TypeId x = work.back();
    work.pop_back();
    for (uint32_t i = 0, k = ts_.child_count(x); i < k; ++i) visit(ts_.ReprLazy(ts_.child(x, i)));
  }
}

// Does the abbreviation `t` drop (null variance) an argument whose level
// is above `level`?
bool Ctype::DropsLowered(TypeId t, int32_t level) {
  const TypeDecl& decl = env_.types[ts_.constr_decl(t)];
  if (decl.manifest == kNoType) return false;
  for (uint32_t i = 0, k = ts_.child_count(t); i < k && i < decl.variance.size(); ++i)
    if (decl.variance[i] == variance::kNull && ts_.level(ts_.Repr(ts_.child(t, i))) > level)
      return true;
  return false;
}

void Ctype::LowerContravariant(TypeId t) {
  uint32_t any = ts_.NewMark();
  uint32_t contra = ts_.NewMark();
  // Two stamps cannot live in one mark field: visiting contravariantly is
  // the stronger visit, so a node marked `contra` is done for both, and a
  // node marked `any` may still need a contravariant visit.
  LowerContravariantRec(t, false, any, contra);
}

void Ctype::LowerContravariantRec(TypeId t, bool contra, uint32_t stamp_any,
                                  uint32_t stamp_contra) {
  // A ground part has no variable to lower: it is not walked (nor, if it
  // is a lazy instance, expanded).
  if (ts_.IsGround(ts_.ReprLazy(t))) return;
  if (TypeId s = ts_.ReprLazy(t); ts_.tag(s) == TypeTag::Subst) {
    // A lazy instance is not expanded: each value is visited as its
    // variable's occurrences in the body would be.
    const TypeNode n = ts_.node(s);
    if (n.level <= nongen_level_) return;
    if (n.mark == stamp_contra || (!contra && n.mark == stamp_any)) return;
    ts_.TryMark(s, contra ? stamp_contra : stamp_any);
    std::vector<uint8_t> positions = Positions(n.a);
    for (uint32_t i = 0; i < n.c; ++i) {
      TypeId value = ts_.child(s, i);
      if (contra ? positions[i] != 0 : (positions[i] & kContraPosition) != 0)
        LowerContravariantRec(value, true, stamp_any, stamp_contra);
      if (!contra && (positions[i] & kCoPosition))
        LowerContravariantRec(value, false, stamp_any, stamp_contra);
    }
    return;
  }
  t = ts_.Repr(t);
  const TypeNode n = ts_.node(t);
  if (n.level <= nongen_level_ || n.tag == TypeTag::Error) return;
  if (n.mark == stamp_contra) return;
  if (!contra && n.mark == stamp_any) return;
  ts_.TryMark(t, contra ? stamp_contra : stamp_any);
  switch (n.tag) {
    case TypeTag::Var:
      if (contra) ts_.SetLevel(t, nongen_level_);
      break;
    case TypeTag::Constr: {
      if (n.c == 0) break;
      const TypeDecl& decl = env_.types[n.a];
      if (decl.kind == DeclKind::Abstract && decl.manifest != kNoType) {
        TypeId expanded = TryExpandOnce(t);
        if (expanded != kNoType) {
          LowerContravariantRec(expanded, contra, stamp_any, stamp_contra);
          break;
        }
      }
      std::vector<TypeId> args = ts_.args(t);
      for (size_t i = 0; i < args.size(); ++i) {
        uint8_t v = i < decl.variance.size() ? decl.variance[i] : variance::kFull;
        if (v == variance::kNull) continue;
        if (v & variance::kMayWeak)
          LowerContravariantRec(args[i], true, stamp_any, stamp_contra);
        else
          LowerContravariantRec(args[i], contra, stamp_any, stamp_contra);
      }
      break;
    }
    case TypeTag::Arrow:
      LowerContravariantRec(n.a, true, stamp_any, stamp_contra);
      LowerContravariantRec(n.b, contra, stamp_any, stamp_contra);
      break;
    case TypeTag::Tuple:
      for (TypeId x : ts_.args(t)) LowerContravariantRec(x, contra, stamp_any, stamp_contra);
      break;
    default:
      break;
  }
}

// Where the variables of a generic type sit, for LowerContravariant: for
// each of VarsOf(t), kContraPosition if a walk from `t` that starts
// covariant reaches it contravariantly (under an arrow's argument or a
// parameter that may be weak), kCoPosition if it reaches it covariantly.
// Lazy bodies hold no abbreviation with parameters (LazyEligible), so no
// expansion is needed.
std::vector<uint8_t> Ctype::Positions(TypeId t) {
  t = ts_.ReprLazy(t);
  if (const std::vector<uint8_t>* known = ts_.FindPositions(t)) return *known;
  const std::vector<TypeId> vars = ts_.VarList(ts_.VarsOf(t));
  std::vector<uint8_t> out(vars.size(), 0);
  auto add = [&](TypeId child, bool contra) {
    child = ts_.ReprLazy(child);
    const TypeNode c = ts_.node(child);
    if (c.level != kGenericLevel || c.ground || c.tag == TypeTag::Error) return;
    if (c.tag == TypeTag::Var) {
      size_t i = std::lower_bound(vars.begin(), vars.end(), child) - vars.begin();
      out[i] |= contra ? kContraPosition : kCoPosition;
      return;
    }
    const std::vector<TypeId> child_vars = ts_.VarList(ts_.VarsOf(child));
    std::vector<uint8_t> inner = Positions(child);
    for (size_t j = 0; j < child_vars.size(); ++j) {
      if (inner[j] == 0) continue;
      size_t i = std::lower_bound(vars.begin(), vars.end(), child_vars[j]) - vars.begin();
      out[i] |= contra ? kContraPosition : inner[j];
    }
  };
  const TypeNode n = ts_.node(t);
  switch (n.tag) {
    case TypeTag::Arrow:
      add(n.a, true);
      add(n.b, false);
      break;
    case TypeTag::Tuple:
      for (uint32_t i = 0; i < n.b; ++i) add(ts_.child(t, i), false);
      break;
    case TypeTag::Constr: {
      const TypeDecl& decl = env_.types[n.a];
      for (uint32_t i = 0; i < n.c; ++i) {
        uint8_t v = i < decl.variance.size() ? decl.variance[i] : variance::kFull;
        if (v != variance::kNull) add(ts_.child(t, i), (v & variance::kMayWeak) != 0);
      }
      break;
    }
    case TypeTag::Subst: {
      // A value sits where its variable sits in the body.
      std::vector<uint8_t> body = Positions(n.a);
      for (uint32_t i = 0; i < n.c; ++i) {
        if (body[i] & kContraPosition) add(ts_.child(t, i), true);
        if (body[i] & kCoPosition) add(ts_.child(t, i), false);
      }
      break;
    }
    default:
      break;
  }
  return ts_.StorePositions(t, std::move(out));
}

// ---------------------------------------------------------------- abbreviations

bool Ctype::IsAbbreviation(TypeId t) {
  t = ts_.Repr(t);
  if (ts_.tag(t) != TypeTag::Constr) return false;
  return env_.types[ts_.constr_decl(t)].manifest != kNoType;
}

TypeId Ctype::TryExpandOnce(TypeId t) {
  t = ts_.Repr(t);
  if (ts_.tag(t) != TypeTag::Constr) return kNoType;
  const TypeDecl& decl = env_.types[ts_.constr_decl(t)];
  if (decl.manifest == kNoType) return kNoType;
  std::vector<TypeId> params = decl.params;
  TypeId manifest = decl.manifest;
  return Substitute(manifest, params, ts_.args(t), ts_.level(t));
}

TypeId Ctype::ExpandHead(TypeId t) {
  t = ts_.Repr(t);
  for (int guard = 0; guard < 1000; ++guard) {
    TypeId x = TryExpandOnce(t);
    if (x == kNoType) return t;
    t = ts_.Repr(x);
  }
  return t;
}

bool Ctype::IsConstr(TypeId t, DeclId decl) {
  t = ExpandHead(t);
  return ts_.tag(t) == TypeTag::Constr && ts_.constr_decl(t) == decl;
}

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
  if (on_path) return false;
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
        for (uint32_t i = 0, k = ts_.child_count(x); i < k; ++i) work.push_back(ts_.child(x, i));
        break;
      default:
        break;
    }
  }
  return false;
}

// ---------------------------------------------------------------- unification

std::optional<Trace> Ctype::Unify(TypeId t1, TypeId t2) {
  try {
    UnifyRec(t1, t2);
    return std::nullopt;
  } catch (UnifyFailure& failure) {
    ExpandTrace(failure.trace);
    return std::move(failure.trace);
  }
}

std::optional<Trace> Ctype::UnifyVar(TypeId var, TypeId t) {
  var = ts_.Repr(var);
  t = ts_.Repr(t);
  if (var == t) return std::nullopt;
  if (ts_.tag(var) == TypeTag::Var && !(ts_.tag(t) == TypeTag::Constr && DeepOccur(var, t))) {
    try {
      OccurFor(var, t);
      UpdateLevel(ts_.level(var), t);
      ts_.Link(var, t);
      return std::nullopt;
    } catch (UnifyFailure& failure) {
      TraceElement d;
      d.got = var;
      d.expected = t;
      failure.trace.insert(failure.trace.begin(), d);
      ExpandTrace(failure.trace);
      return std::move(failure.trace);
    }
  }
  return Unify(var, t);
}

bool Ctype::Unifiable(TypeId t1, TypeId t2) {
  auto snap = ts_.TakeSnapshot();
  bool ok = !Unify(t1, t2).has_value();
  ts_.Backtrack(snap);
  return ok;
}

void Ctype::UnifyRec(TypeId t1, TypeId t2) {
  if (t1 == t2) return;
  t1 = ts_.Repr(t1);
  t2 = ts_.Repr(t2);
  if (t1 == t2) return;
  if (ts_.tag(t1) == TypeTag::Error || ts_.tag(t2) == TypeTag::Error) return;
  try {
    TypeTag g1 = ts_.tag(t1), g2 = ts_.tag(t2);
    if (g1 == TypeTag::Var && g2 == TypeTag::Constr && DeepOccur(t1, t2)) {
      Unify2(t1, t2);
    } else if (g2 == TypeTag::Var && g1 == TypeTag::Constr && DeepOccur(t2, t1)) {
      Unify2(t1, t2);
    } else if (g1 == TypeTag::Var) {
      OccurFor(t1, t2);
      UpdateLevel(ts_.level(t1), t2);
      ts_.Link(t1, t2);
    } else if (g2 == TypeTag::Var) {
      OccurFor(t2, t1);
      UpdateLevel(ts_.level(t2), t1);
      ts_.Link(t2, t1);
    } else if (g1 == TypeTag::Constr && g2 == TypeTag::Constr && ts_.arg_count(t1) == 0 &&
               ts_.arg_count(t2) == 0 && ts_.constr_decl(t1) == ts_.constr_decl(t2)) {
      UpdateLevel(ts_.level(t1), t2);
      ts_.Link(t1, t2);
    } else {
      Unify2(t1, t2);
    }
  } catch (UnifyFailure& failure) {
    TraceElement d;
    d.got = t1;
    d.expected = t2;
    failure.trace.insert(failure.trace.begin(), d);
    throw;
  }
}

void Ctype::Unify2(TypeId t1, TypeId t2) {
  TypeId t1x = ExpandHead(t1);
  TypeId t2x = ExpandHead(t2);
  int32_t lv = std::min(ts_.level(t1x), ts_.level(t2x));
  UpdateLevel(lv, t2);
  UpdateLevel(lv, t1);
  if (t1x == t2x) return;
  t1 = ts_.Repr(t1);
  t2 = ts_.Repr(t2);
  if (t1 == t1x || t2 != t2x) {
    Unify3(t1, t1x, t2, t2x);
  } else {
    try {
      Unify3(t2, t2x, t1, t1x);
    } catch (UnifyFailure& failure) {
      for (TraceElement& e : failure.trace)
        if (e.kind == TraceElement::Kind::Diff) std::swap(e.got, e.expected);
      throw;
    }
  }
}

void Ctype::UnifyList(TypeId t1, TypeId t2) {
  std::vector<TypeId> a1 = ts_.args(t1), a2 = ts_.args(t2);
  if (a1.size() != a2.size()) {
    BeforeThrow();
    throw UnifyFailure{};
  }
  for (size_t i = 0; i < a1.size(); ++i) UnifyRec(a1[i], a2[i]);
}

void Ctype::Unify3(TypeId t1, TypeId t1x, TypeId t2, TypeId t2x) {
  t1x = ts_.Repr(t1x);
  t2x = ts_.Repr(t2x);
  const TypeNode d1 = ts_.node(t1x);
  const TypeNode d2 = ts_.node(t2x);
  if (d1.tag == TypeTag::Error || d2.tag == TypeTag::Error) return;
  if (d1.tag == TypeTag::Var) {
    OccurFor(t1x, t2);
    ts_.Link(t1x, t2);
    return;
  }
  if (d2.tag == TypeTag::Var) {
    OccurFor(t2x, t1);
    ts_.Link(t2x, t1);
    return;
  }
  OccurFor(t1x, t2x);
  // OCaml's create_recursion: linking to the unexpanded `t2` makes a cycle
  // when `t1x` is inside it, in an argument the expansion drops (`int`
  // with `int phantom`). OCaml keeps it (its expansion is closed).
  if (t2 != t2x && ts_.child_count(t2) > 0 && Reaches(t2, t1x)) ts_.NoteCycle();
  ts_.Link(t1x, t2);
  try {
    uint8_t l1 = d1.flags & kArrowLabelMask, l2 = d2.flags & kArrowLabelMask;
    if (d1.tag == TypeTag::Arrow && d2.tag == TypeTag::Arrow && l1 == l2 &&
        (l1 == 0 || d1.c == d2.c)) {
      UnifyRec(d1.a, d2.a);
      UnifyRec(d1.b, d2.b);
      // The commutations: a known arrow makes the other known.
      if ((d1.flags ^ d2.flags) & kArrowCommuUnknown) {
        TypeId r = ts_.Repr(t2x);
        if (ts_.tag(r) == TypeTag::Arrow && (ts_.node(r).flags & kArrowCommuUnknown)) {
          TypeNode known = ts_.node(r);
          known.flags &= ~kArrowCommuUnknown;
          ts_.Restore(r, known);
        }
      }
    } else if (d1.tag == TypeTag::Tuple && d2.tag == TypeTag::Tuple) {
      if (d1.b != d2.b) {
        BeforeThrow();
        throw UnifyFailure{};
      }
      for (uint32_t i = 0; i < d1.b; ++i) UnifyRec(ts_.ArgOf(d1, i), ts_.ArgOf(d2, i));
    } else if (d1.tag == TypeTag::Constr && d2.tag == TypeTag::Constr && d1.a == d2.a) {
      if (d1.c != d2.c) {
        BeforeThrow();
        throw UnifyFailure{};
      }
      for (uint32_t i = 0; i < d1.c; ++i) UnifyRec(ts_.ArgOf(d1, i), ts_.ArgOf(d2, i));
    } else {
      BeforeThrow();
      throw UnifyFailure{};
    }
  } catch (UnifyFailure&) {
    ts_.Restore(t1x, d1);
    throw;
  }
}

void Ctype::ExpandTrace(Trace& trace) {
  for (TraceElement& e : trace) {
    if (e.kind != TraceElement::Kind::Diff) continue;
    e.got = ts_.Repr(e.got);
    e.expected = ts_.Repr(e.expected);
    e.got_expanded = ExpandHead(e.got);
    e.expected_expanded = ExpandHead(e.expected);
  }
}

std::optional<std::pair<TypeId, TypeId>> Ctype::FilterArrow(TypeId t, ArrowLabel label,
                                                            uint32_t label_name) {
  t = ExpandHead(t);
  const TypeNode& n = ts_.node(t);
  if (n.tag == TypeTag::Var) {
    int32_t lv = n.level;
    TypeId t1 = ts_.NewVar(lv), t2 = ts_.NewVar(lv);
    TypeId arrow = ts_.NewArrow(lv, t1, t2, label, label_name);
    ts_.Link(t, arrow);
    return std::make_pair(t1, t2);
  }
  if (n.tag == TypeTag::Arrow && (n.flags & kArrowLabelMask) == static_cast<uint8_t>(label) &&
      (label == ArrowLabel::None || n.c == label_name))
    return std::make_pair(TypeId{n.a}, TypeId{n.b});
  if (n.tag == TypeTag::Error) return std::make_pair(ts_.NewError(), ts_.NewError());
  return std::nullopt;
}

std::vector<TypeId> Ctype::FreeVariables(TypeId t) {
  std::vector<TypeId> out;
  uint32_t stamp = ts_.NewMark();
  std::vector<TypeId> work{t};
  while (!work.empty()) {
    TypeId x = ts_.Repr(work.back());
    work.pop_back();
    if (ts_.IsGround(x) || !ts_.TryMark(x, stamp)) continue;
    const TypeNode& n = ts_.node(x);
    switch (n.tag) {
      case TypeTag::Var:
        if (n.level != kGenericLevel) out.push_back(x);
        break;
      case TypeTag::Arrow:
      case TypeTag::Tuple:
      case TypeTag::Constr:
        // Children last to first, so that they are visited in order.
        for (uint32_t i = ts_.child_count(x); i-- > 0;) work.push_back(ts_.child(x, i));
        break;
      default:
        break;
    }
  }
  return out;
}

bool Ctype::HasFreeVariables(TypeId t) {
  auto free_var = [](const TypeNode& n) {
    return n.tag == TypeTag::Var && n.level != kGenericLevel;
  };
  t = ts_.ReprLazy(t);
  if (free_var(ts_.node(t))) return true;
  uint32_t stamp = ts_.NewMark();
  if (ts_.IsGround(t) || !ts_.TryMark(t, stamp)) return false;
  // Marked when pushed, so that a shared node is pushed once.
  std::vector<TypeId>& work = scratch_;
  work.assign(1, t);
  while (!work.empty()) {
    TypeId x = work.back();
    work.pop_back();
    for (uint32_t i = 0, k = ts_.child_count(x); i < k; ++i) {
      TypeId c = ts_.ReprLazy(ts_.child(x, i));
      const TypeNode& n = ts_.node(c);
      if (free_var(n)) return true;
      if (n.ground || n.tag == TypeTag::Var || n.mark == stamp) continue;
      ts_.TryMark(c, stamp);
      work.push_back(c);
    }
  }
  return false;
}

}  // namespace mlhint::typing
