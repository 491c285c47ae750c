// Ctype's levels and instances: definition levels, copies of schemes (eager
// and lazy instances), generalisation and the lowering of levels. The
// expansion of abbreviations and unification are in ctype_unify.cpp, the
// occur checks in ctype_occur.cpp.

#include "typing/ctype.h"

#include <cstdlib>
#include <functional>
#include <unordered_map>
#include <vector>

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
  if (n.tag == TypeTag::Error) return t;
  if (n.level != kGenericLevel) return forget_nongeneric_ ? ts_.NewVar(current_level_) : t;
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
    // A row may be recursive (a cycle through it), which VarsOf cannot walk.
    if (n.tag == TypeTag::Variant) return false;
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

TypeId Ctype::PartialInstance(TypeId scheme) {
  forget_nongeneric_ = true;
  TypeId copy = Copy(scheme, ts_.NewMark(), false);
  forget_nongeneric_ = false;
  return copy;
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
      // Inside a local scope, a lazy instance is expanded: its body may
      // name the scope's types.
      if ((scoped_types_ > 0 || level < max_scope_) && n.tag == TypeTag::Subst) {
        x = ts_.Repr(x);
        continue;
      }
      // A type of a local scope lowered below it: its expansion, if it has
      // one, else it escapes (OCaml's update_level).
      bool out_of_scope = n.tag == TypeTag::Constr && env_.types[n.a].scope > level;
      if (n.tag == TypeTag::Constr && (out_of_scope || (n.c > 0 && DropsLowered(x, level)))) {
        TypeId expanded = TryExpandOnce(x);
        if (expanded != kNoType) {
          ts_.Link(x, expanded);
          x = ts_.ReprLazy(expanded);
          continue;
        }
      }
      if (out_of_scope && unifying_ > 0) {
        TraceElement e;
        e.kind = TraceElement::Kind::Escape;
        e.got = x;
        throw UnifyFailure{Trace{e}};
      }
      if (out_of_scope && scoped_types_ > 0) escaped_ = true;
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
    case TypeTag::Variant:
    case TypeTag::Field:
      for (uint32_t i = 0, k = ts_.child_count(t); i < k; ++i)
        LowerContravariantRec(ts_.child(t, i), contra, stamp_any, stamp_contra);
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
    case TypeTag::Variant:
    case TypeTag::Field:
      for (uint32_t i = 0, k = ts_.child_count(t); i < k; ++i) add(ts_.child(t, i), false);
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

TypeId Ctype::ReplaceConstr(TypeId t, DeclId decl, TypeId by) {
  std::unordered_map<TypeId, TypeId> done;
  std::function<TypeId(TypeId)> copy = [&](TypeId x) -> TypeId {
    x = ts_.Repr(x);
    if (auto it = done.find(x); it != done.end()) return it->second;
    const TypeNode n = ts_.node(x);
    if (n.tag == TypeTag::Constr && n.a == decl) return by;
    uint32_t count = ts_.child_count(x);
    if (count == 0) return x;
    done.emplace(x, x);  // a cycle is left as it is
    std::vector<TypeId> children(count);
    bool changed = false;
    for (uint32_t i = 0; i < count; ++i) {
      TypeId c = ts_.child(x, i);
      children[i] = copy(c);
      changed |= children[i] != ts_.Repr(c);
    }
    if (!changed) return x;
    TypeId shell = ts_.NewShell(ts_.node(x), n.level);
    for (uint32_t i = 0; i < count; ++i) ts_.SetChild(shell, i, children[i]);
    done[x] = shell;
    return shell;
  };
  return copy(t);
}

}  // namespace mlhint::typing
