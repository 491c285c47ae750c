// Ctype's expansion of abbreviations, unification with a trace (unify,
// unify2, unify3, filter_arrow) and the free variables of a type. The occur
// checks it runs are in ctype_occur.cpp; levels and instances in ctype.cpp.

#include <algorithm>

#include "support/large_stack.h"
#include "typing/ctype.h"

namespace mlhint::typing {

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

// ---------------------------------------------------------------- unification

std::optional<Trace> Ctype::Unify(TypeId t1, TypeId t2) {
  Unifying unifying(*this);
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
    Unifying unifying(*this);
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
      for (TraceElement& e : failure.trace) {
        if (e.kind == TraceElement::Kind::Diff) std::swap(e.got, e.expected);
        if (e.kind == TraceElement::Kind::Variant && e.row == TraceElement::Row::NoTagsFirst)
          e.row = TraceElement::Row::NoTagsSecond;
        else if (e.kind == TraceElement::Kind::Variant && e.row == TraceElement::Row::NoTagsSecond)
          e.row = TraceElement::Row::NoTagsFirst;
      }
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
    } else if (d1.tag == TypeTag::Variant && d2.tag == TypeTag::Variant) {
      UnifyRow(d1, d2);
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

// Visits each node of `t` once (links followed, lazy instances expanded),
// depth first, children first to last, skipping ground parts; stops at the
// first node `visit` says true of, and says whether there was one.
template <class Visit>
bool Ctype::AnyNodeForced(TypeId t, Visit visit) {
  uint32_t stamp = ts_.NewMark();
  std::vector<TypeId> work{t};
  while (!work.empty()) {
    TypeId x = ts_.Repr(work.back());
    work.pop_back();
    if (ts_.IsGround(x) || !ts_.TryMark(x, stamp)) continue;
    if (visit(x)) return true;
    // Children last to first, so that they are visited in order.
    for (uint32_t i = ts_.child_count(x); i-- > 0;) work.push_back(ts_.child(x, i));
  }
  return false;
}

std::vector<TypeId> Ctype::FreeVariables(TypeId t) {
  std::vector<TypeId> out;
  AnyNodeForced(t, [&](TypeId x) {
    const TypeNode& n = ts_.node(x);
    if (n.tag == TypeTag::Var && n.level != kGenericLevel) out.push_back(x);
    return false;
  });
  return out;
}

bool Ctype::ContainsVariantEither(TypeId t) {
  return AnyNodeForced(t, [&](TypeId x) {
    return ts_.tag(x) == TypeTag::Field && (ts_.node(x).flags & kFieldKindMask) == kFieldEither;
  });
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
