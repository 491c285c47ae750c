// The usefulness of each case and of each or-pattern branch (OCaml 4.13's
// Parmatch.every_satisfiables), pattern ordering and compatibility (le_pat,
// compat), and the variables of ambiguous guarded or-patterns (warning 57).
// See typing/parmatch.h; the matrices are built in parmatch_core.cpp.

#include <algorithm>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

#include "typing/parmatch.h"
#include "typing/parmatch_groups.h"

namespace mlhint::typing::parmatch {

// ---------------------------------------------------------------- le_pat, compat

std::pair<Row, Row> Matcher::RecordsArgs(PatId p, PatId q) {
  const Node& a = nodes_[p];
  const Node& b = nodes_[q];
  Spend(a.count + b.count);
  Row ps, qs;
  uint32_t i = 0, j = 0;
  while (i < a.count || j < b.count) {
    if (j == b.count ||
        (i < a.count && LabelPos(labels_[a.first + i]) < LabelPos(labels_[b.first + j]))) {
      ps.push_back(children_[a.first + i++]);
      qs.push_back(Omega());
    } else if (i == a.count || LabelPos(labels_[a.first + i]) > LabelPos(labels_[b.first + j])) {
      ps.push_back(Omega());
      qs.push_back(children_[b.first + j++]);
    } else {
      ps.push_back(children_[a.first + i++]);
      qs.push_back(children_[b.first + j++]);
    }
  }
  return {ps, qs};
}

static Row ChildrenOf(const std::vector<PatId>& children, const Node& n) {
  return Row(children.begin() + n.first, children.begin() + n.first + n.count);
}

// le_pat p q: every value q matches, p matches.
bool Matcher::LePat(PatId p, PatId q) {
  Spend(1);
  const Node& a = nodes_[p];
  const Node& b = nodes_[q];
  if (a.kind == PKind::Any || a.kind == PKind::Extension) return true;
  if (a.kind == b.kind) {
    switch (a.kind) {
      case PKind::Constant:
        return ConstEqual(constants_[a.ref], constants_[b.ref]);
      case PKind::Construct:
        return SameTag(a.ref, b.ref) && LePats(ChildrenOf(children_, a), ChildrenOf(children_, b));
      case PKind::Variant:
        return a.ref == b.ref && LePats(ChildrenOf(children_, a), ChildrenOf(children_, b));
      case PKind::Tuple:
      case PKind::Lazy:
        return LePats(ChildrenOf(children_, a), ChildrenOf(children_, b));
      case PKind::Record: {
        auto [ps, qs] = RecordsArgs(p, q);
        return LePats(ps, qs);
      }
      case PKind::Array:
        return a.count == b.count && LePats(ChildrenOf(children_, a), ChildrenOf(children_, b));
      default:
        break;
    }
  }
  return !Satisfiable(Matrix{Row{p}}, Row{q});
}

bool Matcher::LePats(const Row& ps, const Row& qs) {
  for (size_t i = 0; i < ps.size() && i < qs.size(); ++i)
    if (!LePat(ps[i], qs[i])) return false;
  return true;
}

std::optional<std::string> Matcher::HeadKey(PatId p) {
  PKind k = nodes_[p].kind;
  if (k == PKind::Any || k == PKind::Or || k == PKind::Extension) return std::nullopt;
  return GroupKey(HeadOf(p));
}

Matrix Matcher::GetMins(const Matrix& rows) {
  // Drops each row that a later row subsumes, twice (the second pass sees
  // the list reversed), so that among equivalent rows the first stays.
  // Only a row whose first pattern is a wildcard, an or-pattern or has the
  // same head can subsume another: the others are not compared (a match of
  // thousands of constants stays linear).
  auto select = [this](const Matrix& in) {
    std::vector<std::optional<std::string>> keys;
    std::unordered_map<std::string, std::vector<size_t>> by_key;
    std::vector<size_t> unkeyed;
    for (size_t i = 0; i < in.size(); ++i) {
      keys.push_back(in[i].empty() ? std::nullopt : HeadKey(in[i].front()));
      if (keys.back())
        by_key[*keys.back()].push_back(i);
      else
        unkeyed.push_back(i);
    }
    auto subsumed_by_any = [&](size_t i, const std::vector<size_t>& candidates) {
      for (auto it = std::upper_bound(candidates.begin(), candidates.end(), i);
           it != candidates.end(); ++it)
        if (LePats(in[*it], in[i])) return true;
      return false;
    };
    Matrix out;
    for (size_t i = 0; i < in.size(); ++i) {
      bool subsumed;
      if (keys[i]) {
        subsumed = subsumed_by_any(i, unkeyed) || subsumed_by_any(i, by_key[*keys[i]]);
      } else {
        subsumed = false;
        for (size_t j = i + 1; j < in.size() && !subsumed; ++j) subsumed = LePats(in[j], in[i]);
      }
      if (!subsumed) out.push_back(in[i]);
    }
    std::reverse(out.begin(), out.end());
    return out;
  };
  return select(select(rows));
}

bool Matcher::Compat(PatId p, PatId q) {
  Spend(1);
  const Node& a = nodes_[p];
  const Node& b = nodes_[q];
  if (a.kind == PKind::Any || a.kind == PKind::Extension || b.kind == PKind::Any ||
      b.kind == PKind::Extension)
    return true;
  if (a.kind == PKind::Or)
    return Compat(children_[a.first], q) || Compat(children_[a.first + 1], q);
  if (b.kind == PKind::Or)
    return Compat(p, children_[b.first]) || Compat(p, children_[b.first + 1]);
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case PKind::Construct:
      return SameTag(a.ref, b.ref) && Compats(ChildrenOf(children_, a), ChildrenOf(children_, b));
    case PKind::Variant:
      return a.ref == b.ref && Compats(ChildrenOf(children_, a), ChildrenOf(children_, b));
    case PKind::Constant:
      return ConstEqual(constants_[a.ref], constants_[b.ref]);
    case PKind::Tuple:
    case PKind::Lazy:
      return Compats(ChildrenOf(children_, a), ChildrenOf(children_, b));
    case PKind::Record: {
      auto [ps, qs] = RecordsArgs(p, q);
      return Compats(ps, qs);
    }
    case PKind::Array:
      return a.count == b.count && Compats(ChildrenOf(children_, a), ChildrenOf(children_, b));
    default:
      return false;
  }
}

bool Matcher::Compats(const Row& ps, const Row& qs) {
  if (ps.size() != qs.size()) return false;
  for (size_t i = 0; i < ps.size(); ++i)
    if (!Compat(ps[i], qs[i])) return false;
  return true;
}

// ---------------------------------------------------------------- usefulness

bool Matcher::HasOr(PatId root) {
  std::vector<PatId> work{root};
  while (!work.empty()) {
    const Node n = nodes_[work.back()];
    work.pop_back();
    Spend(1);
    if (n.kind == PKind::Or) return true;
    work.insert(work.end(), children_.begin() + n.first, children_.begin() + n.first + n.count);
  }
  return false;
}

Usefulness Matcher::CheckUseful(const Matrix& previous, PatId q) {
  // Nothing before and no or-pattern: used (what the search would find, in
  // time quadratic in the depth of a deeply nested pattern).
  if (previous.empty() && !HasOr(q)) return Usefulness{};
  std::vector<URow> rows;
  for (const Row& r : previous) rows.push_back(URow{{}, {}, r});
  return EverySatisfiables(rows, URow{{}, {}, Row{q}});
}

namespace {

Usefulness Union(const Usefulness& r1, const Usefulness& r2) {
  using K = Usefulness::Kind;
  if (r1.kind == K::Unused || r2.kind == K::Unused) return Usefulness{K::Unused, {}};
  if (r1.kind == K::Used) return r2;
  if (r2.kind == K::Used) return r1;
  Usefulness out{K::Partial, r1.unused};
  out.unused.insert(out.unused.end(), r2.unused.begin(), r2.unused.end());
  return out;
}

Row Reversed(const Row& r) {
  return Row(r.rbegin(), r.rend());
}

}  // namespace

// Parmatch.extract_elements: one row per or-pattern column of `qs`, that
// column active and the others moved to no_ors.
std::vector<Matcher::URow> Matcher::ExtractElements(const URow& qs) {
  std::vector<URow> out;
  for (size_t i = 0; i < qs.ors.size(); ++i) {
    URow r;
    // List.rev_append seen rem, where seen is ors[0..i) reversed.
    r.no_ors.assign(qs.ors.begin(), qs.ors.begin() + static_cast<long>(i));
    r.no_ors.insert(r.no_ors.end(), qs.ors.begin() + static_cast<long>(i) + 1, qs.ors.end());
    r.no_ors.insert(r.no_ors.end(), qs.no_ors.begin(), qs.no_ors.end());
    r.active = {qs.ors[i]};
    Spend(static_cast<int64_t>(r.no_ors.size()) + 1);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<Matcher::USimple> Matcher::SimplifyFirstUsefulnessCol(const std::vector<URow>& rows) {
  std::vector<USimple> out;
  for (const URow& r : rows) {
    URow rest = r;
    rest.active.erase(rest.active.begin());
    std::vector<Simple> split;
    SplitHead(r.active.front(), {}, split);
    Spend(static_cast<int64_t>(split.size() *
                               (r.no_ors.size() + r.ors.size() + r.active.size() + 1)));
    for (const Simple& s : split) out.push_back(USimple{s.head, rest});
  }
  return out;
}

// Parmatch.every_satisfiables: the usefulness of `qs` and of each branch of
// its or-patterns, against `rows`.
Usefulness Matcher::EverySatisfiables(const std::vector<URow>& rows, const URow& qs) {
  using K = Usefulness::Kind;
  // Each step copies every row a constant number of times.
  auto width = [](const URow& r) {
    return static_cast<int64_t>(r.no_ors.size() + r.ors.size() + r.active.size());
  };
  int64_t size = 1 + width(qs);
  for (const URow& r : rows) size += 1 + width(r);
  Spend(size);
  if (qs.active.empty()) {
    if (qs.ors.empty()) {
      Matrix m;
      for (const URow& r : rows) {
        Spend(static_cast<int64_t>(r.no_ors.size()));
        m.push_back(Reversed(r.no_ors));
      }
      Spend(static_cast<int64_t>(qs.no_ors.size()));
      return Usefulness{Satisfiable(m, Reversed(qs.no_ors)) ? K::Used : K::Unused, {}};
    }
    // Each or-pattern column in turn, the others left unexpanded; the
    // columns of `rows` are split the same way (in reverse order, as OCaml's
    // transpose leaves them).
    std::vector<URow> elements = ExtractElements(qs);
    std::vector<std::vector<URow>> columns(elements.size());
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
      std::vector<URow> parts = ExtractElements(*it);
      for (size_t i = 0; i < parts.size(); ++i) columns[i].push_back(std::move(parts[i]));
    }
    Usefulness r{K::Used, {}};
    for (size_t i = elements.size(); i-- > 0;) {
      if (r.kind == K::Unused) break;
      PatId q = elements[i].active.front();
      const Node& n = nodes_[q];
      Usefulness local =
          EveryBoth(columns[i], elements[i], children_[n.first], children_[n.first + 1]);
      r = Union(r, local);
    }
    return r;
  }
  PatId q = qs.active.front();
  const Node& n = nodes_[q];
  auto shift = [&](bool to_ors) {
    std::vector<URow> moved;
    for (const URow& r : rows) {
      URow m = r;
      (to_ors ? m.ors : m.no_ors).insert((to_ors ? m.ors : m.no_ors).begin(), m.active.front());
      m.active.erase(m.active.begin());
      Spend(static_cast<int64_t>(m.no_ors.size() + m.ors.size() + m.active.size()));
      moved.push_back(std::move(m));
    }
    URow mq = qs;
    (to_ors ? mq.ors : mq.no_ors).insert((to_ors ? mq.ors : mq.no_ors).begin(), q);
    mq.active.erase(mq.active.begin());
    return std::pair{std::move(moved), std::move(mq)};
  };
  switch (n.kind) {
    case PKind::Any:
    case PKind::Extension: {
      bool all_vars = std::all_of(rows.begin(), rows.end(), [&](const URow& r) {
        PKind k = nodes_[r.active.front()].kind;
        return k == PKind::Any || k == PKind::Extension;
      });
      if (all_vars) {
        // A column of wildcards only: forget it.
        std::vector<URow> removed;
        for (const URow& r : rows) {
          URow m = r;
          m.active.erase(m.active.begin());
          removed.push_back(std::move(m));
        }
        URow mq = qs;
        mq.active.erase(mq.active.begin());
        return EverySatisfiables(removed, mq);
      }
      auto [moved, mq] = shift(false);
      return EverySatisfiables(moved, mq);
    }
    case PKind::Or: {
      // Or-patterns made from a character interval are not expanded.
      bool ghost = nodes_[children_[n.first]].ghost && nodes_[children_[n.first + 1]].ghost;
      auto [moved, mq] = shift(!ghost);
      return EverySatisfiables(moved, mq);
    }
    default: {
      std::vector<USimple> simple = SimplifyFirstUsefulnessCol(rows);
      Head hq = HeadOf(q);
      std::vector<Simple> column;
      for (const USimple& s : simple) column.push_back(Simple{s.head, {}});
      if (!AllCoherent(&hq, column)) return Usefulness{K::Unused, {}};
      Head q0 = DiscrPat(hq, column);
      std::vector<URow> sub;
      for (const USimple& s : simple) {
        if (!SimpleMatch(q0, HeadOf(s.head))) continue;
        URow r = s.row;
        Row args = MatchArgs(q0, s.head);
        r.active.insert(r.active.begin(), args.begin(), args.end());
        sub.push_back(std::move(r));
      }
      URow mq = qs;
      Row args = MatchArgs(q0, q);
      mq.active.erase(mq.active.begin());
      mq.active.insert(mq.active.begin(), args.begin(), args.end());
      return EverySatisfiables(sub, mq);
    }
  }
}

// Parmatch.every_both: the usefulness of the branches q1 and q2 of an
// or-pattern; q2 is checked after q1, as if q1 were a previous case.
Usefulness Matcher::EveryBoth(const std::vector<URow>& rows, const URow& qs, PatId q1, PatId q2) {
  using K = Usefulness::Kind;
  Spend(2 * static_cast<int64_t>(qs.no_ors.size() + qs.ors.size()) +
        static_cast<int64_t>(rows.size()));
  URow qs1 = qs, qs2 = qs;
  qs1.active = {q1};
  qs2.active = {q2};
  Usefulness r1 = EverySatisfiables(rows, qs1);
  std::vector<URow> rows2;
  if (Compat(q1, q2)) rows2.push_back(qs1);
  rows2.insert(rows2.end(), rows.begin(), rows.end());
  Usefulness r2 = EverySatisfiables(rows2, qs2);
  switch (r1.kind) {
    case K::Unused:
      if (r2.kind == K::Unused) return r1;
      if (r2.kind == K::Used) return Usefulness{K::Partial, {q1}};
      r2.unused.insert(r2.unused.begin(), q1);
      return r2;
    case K::Used:
      if (r2.kind == K::Unused) return Usefulness{K::Partial, {q2}};
      return r2;
    case K::Partial:
      if (r2.kind == K::Unused) {
        r1.unused.push_back(q2);
        return r1;
      }
      if (r2.kind == K::Used) return r1;
      r1.unused.insert(r1.unused.end(), r2.unused.begin(), r2.unused.end());
      return r1;
  }
  return r1;
}

// ---------------------------------------------------------------- ambiguous variables

void Matcher::Bind(PatId p, std::string_view name) {
  VarSet& vars = bound_[p];
  vars.insert(std::lower_bound(vars.begin(), vars.end(), name), name);
}

namespace {

std::vector<std::string_view> Intersect(const std::vector<std::string_view>& a,
                                        const std::vector<std::string_view>& b) {
  std::vector<std::string_view> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

}  // namespace

// Parmatch.simplify_head_amb_pat: the variables bound at the head of a
// positive row (through aliases and into or-pattern branches) become a new
// varset of the row.
void Matcher::SplitAmbHead(PatId p, VarSet head_vars, const AmbRow& rest,
                           std::vector<std::pair<PatId, AmbRow>>& out) {
  Spend(1 + static_cast<int64_t>(rest.row.size() + rest.varsets.size()));
  if (auto it = bound_.find(p); it != bound_.end()) {
    VarSet merged;
    std::set_union(head_vars.begin(), head_vars.end(), it->second.begin(), it->second.end(),
                   std::back_inserter(merged));
    head_vars = std::move(merged);
  }
  const Node n = nodes_[p];
  if (n.kind == PKind::Or) {
    SplitAmbHead(children_[n.first], head_vars, rest, out);
    SplitAmbHead(children_[n.first + 1], head_vars, rest, out);
    return;
  }
  AmbRow row = rest;
  row.varsets.insert(row.varsets.begin(), std::move(head_vars));
  out.emplace_back(p, std::move(row));
}

// Parmatch.matrix_stable_vars: the variables that every positive row
// matching a value (and no negative row) binds to the same part of it;
// nullopt for "all of them" (no value reaches a positive row).
std::optional<Matcher::VarSet> Matcher::MatrixStableVars(const std::vector<AmbRow>& m) {
  Spend(1 + static_cast<int64_t>(m.size()));
  if (m.empty()) return std::nullopt;
  if (m.front().row.empty()) {
    for (const AmbRow& r : m)
      if (!r.positive) return std::nullopt;
    // A variable is stable if, at one position, every row binds it there.
    std::vector<VarSet> inter = m.front().varsets;
    for (size_t i = 1; i < m.size(); ++i)
      for (size_t k = 0; k < inter.size() && k < m[i].varsets.size(); ++k)
        inter[k] = Intersect(inter[k], m[i].varsets[k]);
    VarSet all;
    for (const VarSet& s : inter) {
      VarSet merged;
      std::set_union(all.begin(), all.end(), s.begin(), s.end(), std::back_inserter(merged));
      all = std::move(merged);
    }
    return all;
  }
  if (std::none_of(m.begin(), m.end(), [](const AmbRow& r) { return r.positive; }))
    return std::nullopt;
  std::vector<std::pair<PatId, AmbRow>> split;
  for (const AmbRow& r : m) {
    Spend(static_cast<int64_t>(r.row.size() + r.varsets.size()));
    AmbRow rest = r;
    rest.row.erase(rest.row.begin());
    if (r.positive) {
      SplitAmbHead(r.row.front(), {}, rest, split);
    } else {
      std::vector<Simple> heads;
      SplitHead(r.row.front(), {}, heads);
      for (const Simple& h : heads) split.emplace_back(h.head, rest);
    }
  }
  std::vector<Simple> column;
  for (const auto& [head, row] : split) column.push_back(Simple{head, {}});
  if (!AllCoherent(nullptr, column)) return std::nullopt;
  Head q0 = DiscrPat(Head{}, column);
  std::vector<std::pair<PatId, const AmbRow*>> rows;
  for (const auto& [head, row] : split) rows.emplace_back(head, &row);
  Groups<AmbRow> groups = GroupRows(q0, rows, [this](Row args, const AmbRow& rest) {
    Spend(static_cast<int64_t>(rest.row.size() + rest.varsets.size()));
    AmbRow r = rest;
    r.row.insert(r.row.begin(), args.begin(), args.end());
    return r;
  });
  // A stable variable must be stable in each submatrix.
  std::optional<VarSet> result;
  auto meet = [&](const std::vector<AmbRow>& sub) {
    std::optional<VarSet> s = MatrixStableVars(sub);
    if (!s) return;
    result = result ? Intersect(*result, *s) : *s;
  };
  if (!FullMatch(groups.constrs)) meet(groups.default_rows);
  for (const auto& [head, sub] : groups.constrs) meet(sub);
  return result;
}

std::optional<std::vector<std::string_view>> Matcher::StableVars(const Matrix& negatives, PatId p) {
  std::vector<AmbRow> m;
  for (const Row& r : negatives) m.push_back(AmbRow{false, r, {}});
  m.push_back(AmbRow{true, Row{p}, {}});
  return MatrixStableVars(m);
}

}  // namespace mlhint::typing::parmatch
