// Ctype's polymorphic variants: the representative of a row (row_repr),
// the unification of two rows and of their fields (unify_row,
// unify_row_field) and the closing of a matched row (Parmatch's
// close_variant). A row is a Variant node whose last child is its
// variable; extending a row links that variable to another Variant node
// with the new fields, so a row's fields are those of its whole chain.
//
// The subset: fields have at most one argument type (a conjunction
// `of t1 & t2` is never built: tags come from expressions and patterns,
// whose Either fields are matched, and OCaml unifies the types of matched
// fields), and no row is fixed (private or rigid) or named.

#include <algorithm>

#include "support/large_stack.h"
#include "typing/ctype.h"

namespace mlhint::typing {

namespace {
// Btype.hash_variant: the integer a tag is at run time.
int64_t TagHash(const std::string& tag) {
  int64_t accu = 0;
  for (unsigned char c : tag) accu = (223 * accu + c) & 0xFFFFFFFF;
  accu &= (int64_t{1} << 31) - 1;
  return accu > 0x3FFFFFFF ? accu - (int64_t{1} << 31) : accu;
}
}  // namespace

Ctype::Row Ctype::RowOfNode(const TypeNode& n) {
  Row row;
  TypeNode cur = n;
  for (int guard = 0; guard < 100000; ++guard) {
    uint32_t fields = cur.c - 1;
    for (uint32_t i = 0; i < fields; ++i) row.fields.push_back(ts_.Repr(ts_.ArgOf(cur, i)));
    TypeId more = ts_.Repr(ts_.ArgOf(cur, fields));
    row.closed = (cur.flags & kRowClosed) != 0;
    if (ts_.tag(more) != TypeTag::Variant) {
      row.more = more;
      break;
    }
    cur = ts_.node(more);
  }
  std::stable_sort(row.fields.begin(), row.fields.end(), [this](TypeId a, TypeId b) {
    return ts_.Name(ts_.node(a).a) < ts_.Name(ts_.node(b).a);
  });
  return row;
}

Ctype::Row Ctype::RowRepr(TypeId variant) {
  return RowOfNode(ts_.node(ts_.Repr(variant)));
}

bool Ctype::StaticRow(const Row& row) {
  if (!row.closed) return false;
  for (TypeId f : row.fields)
    if ((ts_.node(f).flags & kFieldKindMask) == kFieldEither) return false;
  return true;
}

void Ctype::RowFailure(TraceElement::Row why, const std::vector<uint32_t>& tags) {
  UnifyFailure failure;
  failure.trace.emplace_back();
  TraceElement& e = failure.trace.back();
  e.kind = TraceElement::Kind::Variant;
  e.row = why;
  e.tags = tags;
  BeforeThrow();
  throw failure;
}

// OCaml's set_row_field: the field becomes `to` (trailed).
void Ctype::SetField(TypeId field, TypeId to) {
  ts_.Link(ts_.Repr(field), to);
}

void Ctype::UnifyRow(const TypeNode& d1, const TypeNode& d2) {
  Row row1 = RowOfNode(d1), row2 = RowOfNode(d2);
  TypeId rm1 = row1.more, rm2 = row2.more;
  if (rm1 == rm2) return;
  // merge_row_fields: the fields only in the first, only in the second,
  // and the pairs with the same tag.
  std::vector<TypeId> r1, r2;
  std::vector<std::pair<TypeId, TypeId>> pairs;
  {
    size_t i = 0, j = 0;
    while (i < row1.fields.size() || j < row2.fields.size()) {
      if (j == row2.fields.size()) {
        r1.push_back(row1.fields[i++]);
      } else if (i == row1.fields.size()) {
        r2.push_back(row2.fields[j++]);
      } else {
        const std::string& a = FieldLabel(row1.fields[i]);
        const std::string& b = FieldLabel(row2.fields[j]);
        if (a < b)
          r1.push_back(row1.fields[i++]);
        else if (b < a)
          r2.push_back(row2.fields[j++]);
        else
          pairs.emplace_back(row1.fields[i++], row2.fields[j++]);
      }
    }
  }
  if (!r1.empty() && !r2.empty()) {
    // Tags of the two sides that would have one runtime representation.
    for (TypeId f2 : r2)
      for (TypeId f1 : r1)
        if (TagHash(FieldLabel(f2)) == TagHash(FieldLabel(f1)))
          RowFailure(TraceElement::Row::Tags, {ts_.node(f2).a, ts_.node(f1).a});
  }
  bool closed = row1.closed || row2.closed;
  auto absent = [this](TypeId f) { return FieldKind(f) == kFieldAbsent; };
  auto empty = [&](const std::vector<TypeId>& fields) {
    return std::all_of(fields.begin(), fields.end(), absent);
  };
  if (closed && (empty(r1) || row2.closed) && (empty(r2) || row1.closed) &&
      std::all_of(pairs.begin(), pairs.end(),
                  [&](const auto& p) { return absent(p.first) || absent(p.second); }))
    RowFailure(TraceElement::Row::NoIntersection, {});
  TypeId more = ts_.NewVar(std::min(ts_.level(rm1), ts_.level(rm2)));
  auto set_more = [&](const Row& row, const std::vector<TypeId>& rest_in, bool first) {
    std::vector<TypeId> rest = rest_in;
    if (closed) {
      // filter_row_fields: absent fields go; so do the unmatched Either
      // fields of a closed row, made absent.
      std::vector<TypeId> kept;
      for (TypeId f : rest) {
        const TypeNode& n = ts_.node(ts_.Repr(f));
        uint8_t kind = n.flags & kFieldKindMask;
        if (kind == kFieldAbsent) continue;
        if (row.closed && kind == kFieldEither && !(n.flags & kFieldMatched)) {
          SetField(f, ts_.NewField(n.level, n.a, kFieldAbsent, {}));
          continue;
        }
        kept.push_back(f);
      }
      rest.swap(kept);
    }
    if (!rest.empty() && row.closed) {
      std::vector<uint32_t> tags;
      for (TypeId f : rest) tags.push_back(ts_.node(ts_.Repr(f)).a);
      RowFailure(first ? TraceElement::Row::NoTagsFirst : TraceElement::Row::NoTagsSecond, tags);
    }
    TypeId rm = row.more;
    TypeId ty = ts_.NewVariant(kGenericLevel, rest, more, closed);
    UpdateLevel(ts_.level(rm), ty);
    ts_.Link(rm, ty);
  };
  const TypeNode md1 = ts_.node(rm1), md2 = ts_.node(rm2);
  try {
    set_more(row2, r1, false);
    set_more(row1, r2, true);
    // merge_row_fields gives the pairs last tag first: a failure leaves
    // the fields before it (in that order) decided.
    for (auto it = pairs.rbegin(); it != pairs.rend(); ++it) {
      auto [f1, f2] = *it;
      try {
        UnifyRowField(f1, f2, rm1, rm2);
      } catch (UnifyFailure& failure) {
        TraceElement e;
        e.kind = TraceElement::Kind::Variant;
        e.row = TraceElement::Row::IncompatibleTypesFor;
        e.tags.push_back(ts_.node(ts_.Repr(f1)).a);
        failure.trace.insert(failure.trace.begin(), e);
        throw;
      }
    }
  } catch (UnifyFailure&) {
    ts_.Restore(rm1, md1);
    ts_.Restore(rm2, md2);
    throw;
  }
}

void Ctype::UnifyRowField(TypeId f1, TypeId f2, TypeId rm1, TypeId rm2) {
  f1 = ts_.Repr(f1);
  f2 = ts_.Repr(f2);
  if (f1 == f2) return;
  const TypeNode n1 = ts_.node(f1), n2 = ts_.node(f2);
  uint8_t k1 = n1.flags & kFieldKindMask, k2 = n2.flags & kFieldKindMask;
  std::vector<TypeId> tl1, tl2;
  for (uint32_t i = 0; i < n1.c; ++i) tl1.push_back(ts_.ArgOf(n1, i));
  for (uint32_t i = 0; i < n2.c; ++i) tl2.push_back(ts_.ArgOf(n2, i));
  bool c1 = (n1.flags & kFieldConstant) != 0, c2 = (n2.flags & kFieldConstant) != 0;
  bool m1 = (n1.flags & kFieldMatched) != 0, m2 = (n2.flags & kFieldMatched) != 0;
  auto fail = [] {
    BeforeThrow();
    throw UnifyFailure{};
  };
  if (k1 == kFieldPresent && k2 == kFieldPresent) {
    if (tl1.size() != tl2.size()) fail();
    if (!tl1.empty()) UnifyRec(tl1[0], tl2[0]);
    return;
  }
  if (k1 == kFieldEither && k2 == kFieldEither) {
    bool c = c1 || c2, m = m1 || m2;
    if (m && (!tl1.empty() || !tl2.empty())) {
      // Matched tags have one argument type: the types are unified.
      if (c) fail();
      std::vector<TypeId> all = tl1;
      all.insert(all.end(), tl2.begin(), tl2.end());
      for (size_t i = 1; i < all.size(); ++i) UnifyRec(all[0], all[i]);
      if (ts_.Repr(f1) != f1 || ts_.Repr(f2) != f2) return UnifyRowField(f1, f2, rm1, rm2);
    }
    // The types of one not in the other (physically, after unification)
    // join the other's: both fields become one.
    for (TypeId& t : tl1) t = ts_.Repr(t);
    for (TypeId& t : tl2) t = ts_.Repr(t);
    auto without = [](const std::vector<TypeId>& from, const std::vector<TypeId>& drop) {
      std::vector<TypeId> out;
      for (TypeId t : from)
        if (std::find(drop.begin(), drop.end(), t) == drop.end()) out.push_back(t);
      return out;
    };
    std::vector<TypeId> only1 = without(tl1, tl2), only2 = without(tl2, tl1);
    for (TypeId t : only1) UpdateLevel(ts_.level(ts_.Repr(rm2)), t);
    for (TypeId t : only2) UpdateLevel(ts_.level(ts_.Repr(rm1)), t);
    std::vector<TypeId> args = tl1;
    args.insert(args.end(), only2.begin(), only2.end());
    uint8_t flags = kFieldEither | (c ? kFieldConstant : 0) | (m ? kFieldMatched : 0);
    TypeId merged = ts_.NewField(std::min(n1.level, n2.level), n1.a, flags, args);
    SetField(f1, merged);
    SetField(f2, merged);
    return;
  }
  if (k1 == kFieldEither && k2 == kFieldAbsent && !m1) return SetField(f1, f2);
  if (k1 == kFieldAbsent && k2 == kFieldEither && !m2) return SetField(f2, f1);
  if (k1 == kFieldAbsent && k2 == kFieldAbsent) return;
  // An Either field becomes present: its types unify with the present
  // one's argument, lowered to the level of the Either field's row.
  // (The first row's type stays first in the unification.)
  auto either_present = [&](TypeId either, const TypeNode& e, const std::vector<TypeId>& tl,
                            TypeId present, TypeId t, TypeId rm, bool either_first) {
    SetField(either, present);
    try {
      UpdateLevel(ts_.level(ts_.Repr(rm)), t);
      for (TypeId x : tl) either_first ? UnifyRec(x, t) : UnifyRec(t, x);
    } catch (UnifyFailure&) {
      ts_.Restore(either, e);
      throw;
    }
  };
  if (k1 == kFieldEither && k2 == kFieldPresent && !c1 && tl2.size() == 1)
    return either_present(f1, n1, tl1, f2, tl2[0], rm1, true);
  if (k1 == kFieldPresent && k2 == kFieldEither && !c2 && tl1.size() == 1)
    return either_present(f2, n2, tl2, f1, tl1[0], rm2, false);
  if (k1 == kFieldEither && k2 == kFieldPresent && c1 && tl1.empty() && tl2.empty())
    return SetField(f1, f2);
  if (k1 == kFieldPresent && k2 == kFieldEither && c2 && tl2.empty() && tl1.empty())
    return SetField(f2, f1);
  fail();
}

void Ctype::CloseVariant(TypeId variant) {
  Row row = RowRepr(variant);
  bool erased = false;
  for (TypeId f : row.fields) {
    const TypeNode& n = ts_.node(f);
    if ((n.flags & kFieldKindMask) == kFieldEither && !(n.flags & kFieldMatched)) {
      SetField(f, ts_.NewField(n.level, n.a, kFieldAbsent, {}));
      erased = true;
    }
  }
  if (row.closed && !erased) return;
  // Unifying the variable with an empty closed row cannot fail.
  TypeId rest = ts_.NewVariant(kGenericLevel, {}, ts_.NewVar(kGenericLevel), true);
  (void)Unify(row.more, rest);
}

}  // namespace mlhint::typing

namespace mlhint::typing {

void Ctype::FinalizeVariant(TypeId variant, uint32_t label, TypeId arg_pattern_type) {
  TypeId t = ExpandHead(variant);
  if (ts_.tag(t) != TypeTag::Variant) return;
  Row row = RowRepr(t);
  for (TypeId f : row.fields) {
    const TypeNode n = ts_.node(f);
    if (n.a != label) continue;
    if ((n.flags & kFieldKindMask) != kFieldEither) return;
    std::vector<TypeId> tl;
    for (uint32_t i = 0; i < n.c; ++i) tl.push_back(ts_.ArgOf(n, i));
    bool constant = (n.flags & kFieldConstant) != 0;
    if (!row.closed && constant && tl.empty()) {
      SetField(f, ts_.NewField(n.level, label, kFieldPresent, {}));
    } else if (!row.closed && !constant && !tl.empty()) {
      SetField(f, ts_.NewField(n.level, label, kFieldPresent, {tl[0]}));
      if (arg_pattern_type != kNoType)
        for (TypeId x : tl) (void)Unify(arg_pattern_type, x);
    } else if (n.flags & kFieldMatched) {
      SetField(f,
               ts_.NewField(n.level, label,
                            static_cast<uint8_t>(kFieldEither | (n.flags & kFieldConstant)), tl));
    }
    return;
  }
}

}  // namespace mlhint::typing
