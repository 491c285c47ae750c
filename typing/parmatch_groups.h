// Internal to the pattern-matrix algorithms (parmatch_core.cpp,
// parmatch_exhaust.cpp, parmatch_useful.cpp): the member templates they
// instantiate.
#pragma once

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "typing/parmatch.h"

namespace mlhint::typing::parmatch {

// Parmatch.full_match: do the heads of the groups cover their type?
template <class R>
bool Matcher::FullMatch(const std::vector<std::pair<Head, std::vector<R>>>& constrs) {
  if (constrs.empty()) return false;
  const Head& d = constrs.front().first;
  switch (d.kind) {
    case PKind::Construct: {
      const ConstrInfo& info = Info(d.ref);
      if (info.consts < 0) return false;  // exceptions: an open type
      return static_cast<int64_t>(constrs.size()) == info.consts + info.nonconsts;
    }
    case PKind::Constant:
      return constants_[d.ref].kind == ConstKind::Char && constrs.size() == 256;
    case PKind::Variant:
      return FullVariantMatch(constrs, false);
    case PKind::Tuple:
    case PKind::Record:
    case PKind::Lazy:
      return true;
    default:
      return false;
  }
}

// full_match for polymorphic variants: every tag the row may hold is
// matched; `closing` considers the row closed (its unmatched Either tags
// would be dropped).
template <class R>
bool Matcher::FullVariantMatch(const std::vector<std::pair<Head, std::vector<R>>>& constrs,
                               bool closing) {
  if (!ctype_) return false;
  TypeId t = ctype_->ExpandHead(constrs.front().first.type);
  if (store_.tag(t) != TypeTag::Variant) return false;
  Ctype::Row row = ctype_->RowRepr(t);
  auto matched = [&](uint32_t tag) {
    for (const auto& c : constrs)
      if (c.first.ref == tag) return true;
    return false;
  };
  if (!closing && !row.closed) return false;
  for (TypeId f : row.fields) {
    const TypeNode& n = store_.node(f);
    uint8_t kind = n.flags & kFieldKindMask;
    if (kind == kFieldAbsent) continue;
    if (closing && kind == kFieldEither && !(n.flags & kFieldMatched)) continue;
    if (!matched(n.a)) return false;
  }
  return true;
}

// Parmatch.build_specialized_submatrices: one matrix per head constructor of
// the first column, in the order of their first rows; the rows of wildcards
// come after the constructor rows in each. `rows` pairs each head with the
// rest of its row; `extend(args, rest)` makes a row of the submatrix.
template <class R, class Extend>
Matcher::Groups<R> Matcher::GroupRows(const Head& discr,
                                      const std::vector<std::pair<PatId, const R*>>& rows,
                                      Extend extend) {
  Groups<R> out;
  std::unordered_map<std::string, size_t> group_of;
  bool single =
      discr.kind == PKind::Record || discr.kind == PKind::Tuple || discr.kind == PKind::Lazy;
  if (single) out.constrs.emplace_back(discr, std::vector<R>{});
  std::vector<const R*> omega_rests;
  for (const auto& [head, rest] : rows) {
    Spend(1);
    Head h = HeadOf(head);
    if (h.kind == PKind::Any) {
      omega_rests.push_back(rest);
      continue;
    }
    size_t g = 0;
    if (!single) {
      auto [it, fresh] = group_of.emplace(GroupKey(h), out.constrs.size());
      if (fresh) out.constrs.emplace_back(h, std::vector<R>{});
      g = it->second;
    }
    out.constrs[g].second.push_back(extend(MatchArgs(out.constrs[g].first, head), *rest));
  }
  for (auto& [key, m] : out.constrs)
    for (const R* rest : omega_rests) m.push_back(extend(MatchArgs(key, Omega()), *rest));
  for (const R* rest : omega_rests) out.default_rows.push_back(*rest);
  return out;
}

}  // namespace mlhint::typing::parmatch
