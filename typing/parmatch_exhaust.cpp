// The search half of OCaml 4.13's Parmatch: satisfiability, the search for
// a counter-example (exhaust, build_other) and do_match, on the matrices
// that parmatch_core.cpp builds. See typing/parmatch.h.

#include <algorithm>
#include <unordered_set>

#include "typing/parmatch.h"
#include "typing/parmatch_groups.h"

namespace mlhint::typing::parmatch {

// ---------------------------------------------------------------- satisfiable

// Parmatch.satisfiable: is there a value that `qs` matches and no row of
// `rows` does?
bool Matcher::Satisfiable(const Matrix& rows, const Row& qs) {
  Spend(1);
  if (rows.empty()) return true;  // no absent variant tags in the subset
  if (qs.empty()) return false;
  PatId q = qs.front();
  const Node& n = nodes_[q];
  Row rest(qs.begin() + 1, qs.end());
  Spend(static_cast<int64_t>(rest.size()));
  if (n.kind == PKind::Or) {
    PatId q1 = children_[n.first], q2 = children_[n.first + 1];
    Spend(2 * static_cast<int64_t>(rest.size()));
    Row r1{q1}, r2{q2};
    r1.insert(r1.end(), rest.begin(), rest.end());
    r2.insert(r2.end(), rest.begin(), rest.end());
    return Satisfiable(rows, r1) || Satisfiable(rows, r2);
  }
  std::vector<Simple> simple = SimplifyFirstCol(rows);
  Head hq = HeadOf(q);
  if (hq.kind == PKind::Any) {
    if (!AllCoherent(nullptr, simple)) return false;
    Head q0 = DiscrPat(Head{}, simple);
    Groups<Row> sp = SpecializedSubmatrices(q0, simple);
    if (!FullMatch(sp.constrs)) return Satisfiable(sp.default_rows, rest);
    for (const auto& [p, m] : sp.constrs) {
      Row args = MatchArgs(p, Omega());
      args.insert(args.end(), rest.begin(), rest.end());
      if (Satisfiable(m, args)) return true;
    }
    return false;
  }
  if (!AllCoherent(&hq, simple)) return false;
  Head q0 = DiscrPat(hq, simple);
  Row args = MatchArgs(q0, q);
  args.insert(args.end(), rest.begin(), rest.end());
  return Satisfiable(SpecializedSubmatrix(q0, simple), args);
}

// ---------------------------------------------------------------- exhaust

std::optional<PatId> Matcher::Exhaust(const Matrix& rows, std::optional<DeclId> ext) {
  ext_ = ext;
  std::optional<PatId> first;
  ExhaustRows(rows, 1, [&](Row w) {
    first = w.front();
    return true;
  });
  return first;
}

bool Matcher::ExhaustEach(const Matrix& rows, const std::function<bool(PatId)>& take) {
  ext_ = std::nullopt;
  return ExhaustRows(rows, 1, [&](Row w) { return take(w.front()); });
}

// Parmatch.exhaust: its lazy sequence of counter-examples, depth first in
// the same order, each given to `take` until one is taken.
bool Matcher::ExhaustRows(const Matrix& rows, size_t n, const TakeRow& take) {
  Spend(1);
  if (rows.empty()) return take(Omegas(n));
  if (rows.front().empty()) return false;
  if (rows.size() > 1) return SpecializeAndExhaust(rows, n, take);
  // A single row p :: ps: every counter-example is p :: (one of ps), or
  // (one of p) :: wildcards. This avoids a search per or-pattern branch.
  const Row& row = rows.front();
  PatId p = row.front();
  Row ps(row.begin() + 1, row.end());
  Spend(static_cast<int64_t>(ps.size()));
  if (ExhaustRows(Matrix{ps}, n - 1, [&](Row w) {
        Spend(static_cast<int64_t>(w.size()));
        w.insert(w.begin(), p);
        return take(std::move(w));
      }))
    return true;
  return SpecializeAndExhaust(Matrix{Row{p}}, 1, [&](Row w) {
    Spend(static_cast<int64_t>(n));
    w.resize(w.size() + n - 1, Omega());
    return take(std::move(w));
  });
}

bool Matcher::SpecializeAndExhaust(const Matrix& rows, size_t n, const TakeRow& take) {
  std::vector<Simple> simple = SimplifyFirstCol(rows);
  if (!AllCoherent(nullptr, simple)) return false;
  Head q0 = DiscrPat(Head{}, simple);
  Groups<Row> sp = SpecializedSubmatrices(q0, simple);
  if (sp.constrs.empty()) {
    // Only wildcards in the first column.
    return ExhaustRows(sp.default_rows, n - 1, [&](Row w) {
      Spend(static_cast<int64_t>(w.size()));
      w.insert(w.begin(), OmegaPattern(q0));
      return take(std::move(w));
    });
  }
  for (const auto& group : sp.constrs) {
    const Head& p = group.first;
    size_t arity = MatchArgs(p, Omega()).size();
    if (ExhaustRows(group.second, arity + n - 1,
                    [&](Row w) { return take(SetArgs(OmegaPattern(p), w)); }))
      return true;
  }
  if (FullMatch(sp.constrs) && !ShouldExtend(sp.constrs)) return false;
  return ExhaustRows(sp.default_rows, n - 1, [&](Row w) {
    Spend(static_cast<int64_t>(w.size()));
    w.insert(w.begin(), BuildOther(sp.constrs));
    return take(std::move(w));
  });
}

// Parmatch.should_extend: in the fragile check, the constructors of the
// type considered open do not make a full match.
bool Matcher::ShouldExtend(const std::vector<std::pair<Head, Matrix>>& constrs) {
  if (!ext_) return false;
  const Head& d = constrs.front().first;
  if (d.kind != PKind::Construct || env_.constructors[d.ref].is_exception) return false;
  return ConstructorTypeOf(d.ref) == *ext_;
}

// Parmatch.build_other: a pattern that none of the heads matches, chosen as
// OCaml chooses it.
PatId Matcher::BuildOther(const std::vector<std::pair<Head, Matrix>>& constrs) {
  const Head& d = constrs.front().first;
  switch (d.kind) {
    case PKind::Construct: {
      if (env_.constructors[d.ref].is_exception) {
        Node n;
        n.kind = PKind::Extension;
        return Add(n, {});
      }
      if (ext_ && ConstructorTypeOf(d.ref) == *ext_) return Omega();
      return BuildOtherConstrs(constrs);
    }
    case PKind::Constant: {
      const ConstKind kind = constants_[d.ref].kind;
      Constant c;
      c.kind = kind;
      switch (kind) {
        case ConstKind::Char: {
          std::vector<bool> seen(256, false);
          for (const auto& [h, m] : constrs)
            seen[static_cast<size_t>(constants_[h.ref].integer & 0xff)] = true;
          const int ranges[][2] = {{'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {' ', '~'}, {0, 255}};
          for (const auto& range : ranges)
            for (int ch = range[0]; ch <= range[1]; ++ch)
              if (!seen[static_cast<size_t>(ch)]) {
                c.integer = ch;
                return AddConstant(std::move(c), Span{});
              }
          return Omega();
        }
        case ConstKind::String: {
          std::unordered_set<size_t> lengths;
          for (const auto& [h, m] : constrs) lengths.insert(constants_[h.ref].text.size());
          size_t len = 0;
          while (lengths.count(len)) ++len;
          c.text.assign(len, '*');
          return AddConstant(std::move(c), Span{});
        }
        case ConstKind::Float: {
          std::vector<double> used;
          for (const auto& [h, m] : constrs) used.push_back(constants_[h.ref].real);
          std::sort(used.begin(), used.end());
          double f = 0.0;
          while (std::binary_search(used.begin(), used.end(), f)) f += 1.0;
          c.real = f;
          // string_of_float: "%.12g", with a dot when it looks like an integer.
          char buf[64];
          std::snprintf(buf, sizeof buf, "%.12g", f);
          c.text = buf;
          if (c.text.find_first_not_of("-0123456789") == std::string::npos) c.text += '.';
          return AddConstant(std::move(c), Span{});
        }
        default: {
          std::unordered_set<int64_t> used;
          for (const auto& [h, m] : constrs) used.insert(constants_[h.ref].integer);
          int64_t i = 0;
          while (used.count(i)) ++i;
          c.integer = i;
          return AddConstant(std::move(c), Span{});
        }
      }
    }
    case PKind::Variant:
      return BuildOtherVariant(constrs);
    case PKind::Array: {
      std::unordered_set<uint32_t> lengths;
      for (const auto& [h, m] : constrs) lengths.insert(h.arity);
      uint32_t len = 0;
      while (lengths.count(len)) ++len;
      Node n;
      n.kind = PKind::Array;
      return Add(n, Omegas(len));
    }
    default:
      return Omega();
  }
}

// Parmatch.build_other_constrs: the constructors of the type that no head
// names, constant ones first, as an or-pattern.
PatId Matcher::BuildOtherConstrs(const std::vector<std::pair<Head, Matrix>>& constrs) {
  const ConstructorDesc& first = env_.constructors[constrs.front().first.ref];
  std::unordered_set<std::string_view> used;
  for (const auto& [h, m] : constrs) used.insert(env_.constructors[h.ref].name);
  std::vector<ConstrId> constant, other;
  for (ConstrId c : env_.types[first.owner].constructors) {
    const ConstructorDesc& cd = env_.constructors[c];
    if (used.count(cd.name)) continue;
    (cd.args.empty() ? constant : other).push_back(c);
  }
  constant.insert(constant.end(), other.begin(), other.end());
  Spend(static_cast<int64_t>(constant.size()));
  // orify_many: C1 | (C2 | (... | Cn)).
  PatId result = kNone;
  for (auto it = constant.rbegin(); it != constant.rend(); ++it) {
    Node n;
    n.kind = PKind::Construct;
    n.ref = *it;
    PatId p = Add(n, Omegas(env_.constructors[*it].args.size()));
    result = result == kNone ? p : MakeOr(p, result, Span{}, false);
  }
  return result == kNone ? Omega() : result;
}

// ---------------------------------------------------------------- do_match

bool Matcher::DoMatch(const Matrix& rows, const Row& qs) {
  Spend(1);
  if (qs.empty()) return !rows.empty() && rows.front().empty();
  PatId q = qs.front();
  const Node& n = nodes_[q];
  Row rest(qs.begin() + 1, qs.end());
  Spend(static_cast<int64_t>(rest.size()));
  if (n.kind == PKind::Or) {
    Spend(2 * static_cast<int64_t>(rest.size()));
    Row r1{children_[n.first]}, r2{children_[n.first + 1]};
    r1.insert(r1.end(), rest.begin(), rest.end());
    r2.insert(r2.end(), rest.begin(), rest.end());
    return DoMatch(rows, r1) || DoMatch(rows, r2);
  }
  Head hq = HeadOf(q);
  if (hq.kind == PKind::Any) {
    Matrix shorter;
    for (const Row& r : rows) {
      if (r.empty()) break;
      Spend(static_cast<int64_t>(r.size()));
      shorter.emplace_back(r.begin() + 1, r.end());
    }
    return DoMatch(shorter, rest);
  }
  Row args = MatchArgs(hq, q);
  args.insert(args.end(), rest.begin(), rest.end());
  return DoMatch(SpecializedSubmatrix(hq, SimplifyFirstCol(rows)), args);
}

// build_other for polymorphic variants: the tags of the row that no head
// matches (as an or-pattern, the last first), or `AnyOtherTag.
PatId Matcher::BuildOtherVariant(const std::vector<std::pair<Head, Matrix>>& constrs) {
  const Head& d = constrs.front().first;
  auto make = [&](uint32_t tag, bool constant) {
    Node n;
    n.kind = PKind::Variant;
    n.ref = tag;
    n.type = d.type;
    return Add(n, constant ? std::vector<PatId>{} : Omegas(1));
  };
  auto matched = [&](uint32_t tag) {
    for (const auto& c : constrs)
      if (c.first.ref == tag) return true;
    return false;
  };
  std::vector<PatId> others;
  TypeId t = ctype_ ? ctype_->ExpandHead(d.type) : kNoType;
  if (t != kNoType && store_.tag(t) == TypeTag::Variant) {
    for (TypeId f : ctype_->RowRepr(t).fields) {
      const TypeNode n = store_.node(f);
      if (matched(n.a)) continue;
      uint8_t kind = n.flags & kFieldKindMask;
      if (kind == kFieldAbsent) continue;
      bool constant = kind == kFieldEither ? (n.flags & kFieldConstant) != 0 : n.c == 0;
      others.insert(others.begin(), make(n.a, constant));
    }
  }
  if (others.empty()) {
    std::string tag = "AnyOtherTag";
    while (matched(store_.Intern(tag))) tag += "'";
    return make(store_.Intern(tag), true);
  }
  PatId p = others.front();
  for (size_t i = 1; i < others.size(); ++i) p = MakeOr(others[i], p, Span{}, false);
  return p;
}

// Parmatch.pressure_variants (with tdefs when `close`).
bool Matcher::PressureVariants(const Matrix& rows, bool close) {
  if (rows.empty()) return false;
  if (rows.front().empty()) return true;
  std::vector<Simple> simple = SimplifyFirstCol(rows);
  Head q0 = DiscrPat(Head{}, simple);
  Groups<Row> sp = SpecializedSubmatrices(q0, simple);
  if (sp.constrs.empty()) return PressureVariants(sp.default_rows, close);
  auto try_non_omega = [&](const std::vector<std::pair<Head, Matrix>>& constrs) {
    bool ok = true;
    for (const auto& [h, m] : constrs) ok = PressureVariants(m, close) && ok;
    return ok;
  };
  bool full = sp.constrs.front().first.kind == PKind::Variant ? FullVariantMatch(sp.constrs, !close)
                                                              : FullMatch(sp.constrs);
  if (full) return try_non_omega(sp.constrs);
  if (!close) return PressureVariants(sp.default_rows, false);
  bool full_closing = sp.constrs.front().first.kind == PKind::Variant
                          ? FullVariantMatch(sp.constrs, true)
                          : FullMatch(sp.constrs);
  bool ok;
  if (full_closing) {
    ok = try_non_omega(sp.constrs);
  } else {
    // mark_partial: the rows whose head is not a wildcard end in a
    // constant instead of their last wildcard, so that they alone do not
    // make a full match further down.
    PatId zero = AddConstant(Constant{}, Span{});
    std::vector<Simple> psimple = simple;
    for (Simple& s : psimple)
      if (HeadOf(s.head).kind != PKind::Any && !s.rest.empty()) s.rest.back() = zero;
    Groups<Row> psp = SpecializedSubmatrices(q0, psimple);
    ok = try_non_omega(psp.constrs);
  }
  const Head& d = sp.constrs.front().first;
  if (d.kind == PKind::Variant && ctype_ && !PressureVariants(sp.default_rows, false)) {
    TypeId t = ctype_->ExpandHead(d.type);
    if (store_.tag(t) == TypeTag::Variant) ctype_->CloseVariant(t);
  }
  return ok;
}

}  // namespace mlhint::typing::parmatch
