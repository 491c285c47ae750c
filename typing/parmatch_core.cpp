// The pattern-matrix algorithms of OCaml 4.13's Parmatch: the arena, the
// constructors, heads and the matrices (specialisation). Satisfiability and
// the search for a counter-example are in parmatch_exhaust.cpp; the
// usefulness of cases and the stable variables of or-patterns in
// parmatch_useful.cpp. See typing/parmatch.h.

#include "typing/parmatch.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "typing/parmatch_groups.h"

namespace mlhint::typing::parmatch {

Matcher::Matcher(const Env& env, TypeStore& store, int64_t budget)
    : env_(env), store_(store), budget_(budget) {
  nodes_.push_back(Node{});  // the wildcard, shared by everything that needs one
}

void Matcher::Spend(int64_t units) {
  budget_ -= units;
  if (budget_ < 0) throw BudgetExceeded{};
}

// ---------------------------------------------------------------- the arena

PatId Matcher::Add(Node node, const std::vector<PatId>& children,
                   const std::vector<LabelId>& labels) {
  Spend(1 + static_cast<int64_t>(children.size()));
  node.first = static_cast<uint32_t>(children_.size());
  node.count = static_cast<uint32_t>(children.size());
  children_.insert(children_.end(), children.begin(), children.end());
  if (labels.empty())
    labels_.resize(children_.size(), kNone);
  else
    labels_.insert(labels_.end(), labels.begin(), labels.end());
  nodes_.push_back(node);
  return static_cast<PatId>(nodes_.size() - 1);
}

PatId Matcher::AddConstant(Constant c, Span span) {
  constants_.push_back(std::move(c));
  Node n;
  n.kind = PKind::Constant;
  n.ref = static_cast<uint32_t>(constants_.size() - 1);
  n.span = span;
  return Add(n, {});
}

PatId Matcher::MakeOr(PatId left, PatId right, Span span, bool ghost) {
  Node n;
  n.kind = PKind::Or;
  n.span = span;
  n.ghost = ghost;
  return Add(n, {left, right});
}

// ---------------------------------------------------------------- constructors

// OCaml's constructor tags: constant and non-constant constructors are
// numbered separately, in declaration order.
const Matcher::ConstrInfo& Matcher::Info(ConstrId c) {
  auto found = constr_info_.find(c);
  if (found != constr_info_.end()) return found->second;
  const ConstructorDesc& cd = env_.constructors[c];
  ConstrInfo info{cd.args.empty(), 0, -1, -1};
  if (!cd.is_exception) {
    info.consts = info.nonconsts = 0;
    for (ConstrId other : env_.types[cd.owner].constructors) {
      bool constant = env_.constructors[other].args.empty();
      if (other == c) info.tag = static_cast<uint32_t>(constant ? info.consts : info.nonconsts);
      ++(constant ? info.consts : info.nonconsts);
    }
  }
  return constr_info_.emplace(c, info).first->second;
}

// Types.equal_tag: an exception is equal only to itself; the constructors of
// a variant type by their tags (so that a re-exported type's constructors
// are the original's).
bool Matcher::SameTag(ConstrId a, ConstrId b) {
  if (a == b) return true;
  if (env_.constructors[a].is_exception || env_.constructors[b].is_exception) return false;
  const ConstrInfo& ia = Info(a);
  const ConstrInfo& ib = Info(b);
  return ia.constant == ib.constant && ia.tag == ib.tag;
}

DeclId Matcher::ConstructorTypeOf(ConstrId c) const {
  DeclId d = env_.constructors[c].owner;
  // `type u = t = A | B`: the manifest names the type the values have (the
  // bound only guards against a cyclic declaration the typer rejected).
  for (int steps = 0; steps < 100 && env_.types[d].manifest != kNoType; ++steps) {
    TypeId m = store_.Repr(env_.types[d].manifest);
    if (store_.tag(m) != TypeTag::Constr) break;
    d = store_.constr_decl(m);
  }
  return d;
}

// ---------------------------------------------------------------- heads

Head Matcher::HeadOf(PatId p) const {
  const Node& n = nodes_[p];
  Head h;
  switch (n.kind) {
    case PKind::Any:
    case PKind::Extension:
    case PKind::Or:  // callers split or-patterns first
      break;
    case PKind::Constant:
      h.kind = PKind::Constant;
      h.ref = n.ref;
      break;
    case PKind::Tuple:
    case PKind::Array:
    case PKind::Lazy:
      h.kind = n.kind;
      h.arity = n.count;
      break;
    case PKind::Construct:
    case PKind::Variant:
      h.kind = n.kind;
      h.ref = n.ref;
      h.arity = n.count;
      h.type = n.type;
      break;
    case PKind::Record:
      h.kind = PKind::Record;
      for (uint32_t i = 0; i < n.count; ++i) h.labels.push_back(labels_[n.first + i]);
      break;
  }
  return h;
}

// Patterns.Head.to_omega_pattern: the head with wildcards as arguments.
PatId Matcher::OmegaPattern(const Head& h) {
  Node n;
  n.kind = h.kind;
  n.ref = h.ref;
  n.type = h.type;
  switch (h.kind) {
    case PKind::Any:
      return Omega();
    case PKind::Record:
      return Add(n, Omegas(h.labels.size()), h.labels);
    default:
      return Add(n, Omegas(h.arity));
  }
}

bool Matcher::ConstEqual(const Constant& a, const Constant& b) const {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case ConstKind::Float:
      // Stdlib.compare: nan equals nan, and 0. equals -0.
      if (std::isnan(a.real) || std::isnan(b.real)) return std::isnan(a.real) && std::isnan(b.real);
      return a.real == b.real;
    case ConstKind::String:
      return a.text == b.text;
    default:
      return a.integer == b.integer;
  }
}

bool Matcher::SimpleMatch(const Head& d, const Head& h) {
  if (h.kind == PKind::Any) return true;
  if (d.kind != h.kind) return false;
  switch (d.kind) {
    case PKind::Construct:
      return SameTag(d.ref, h.ref);
    case PKind::Variant:
      return d.ref == h.ref;
    case PKind::Constant:
      return ConstEqual(constants_[d.ref], constants_[h.ref]);
    case PKind::Record:
    case PKind::Lazy:
      return true;
    case PKind::Tuple:
    case PKind::Array:
      return d.arity == h.arity;
    default:
      return false;
  }
}

// Parmatch.simple_match_args: the arguments of `p` (whose head matches
// `discr`) as columns of the specialised matrix.
Row Matcher::MatchArgs(const Head& discr, PatId p) {
  const Node& n = nodes_[p];
  switch (n.kind) {
    case PKind::Constant:
      return {};
    case PKind::Construct:
    case PKind::Variant:
    case PKind::Tuple:
    case PKind::Array:
    case PKind::Lazy: {
      Spend(n.count);
      return Row(children_.begin() + n.first, children_.begin() + n.first + n.count);
    }
    case PKind::Record: {
      // The fields the discriminating pattern names, wildcards where `p`
      // does not name them.
      Spend(static_cast<int64_t>(discr.labels.size()) * (n.count + 1));
      Row out;
      for (LabelId l : discr.labels) {
        PatId field = Omega();
        for (uint32_t i = 0; i < n.count; ++i)
          if (LabelPos(labels_[n.first + i]) == LabelPos(l)) {
            field = children_[n.first + i];
            break;
          }
        out.push_back(field);
      }
      return out;
    }
    default:
      break;
  }
  switch (discr.kind) {
    case PKind::Construct:
    case PKind::Variant:
    case PKind::Tuple:
    case PKind::Array:
    case PKind::Lazy:
      Spend(discr.arity);
      return Omegas(discr.arity);
    case PKind::Record:
      Spend(static_cast<int64_t>(discr.labels.size()));
      return Omegas(discr.labels.size());
    default:
      return {};
  }
}

// Parmatch.discr_pat: the pattern to specialise on. For records it collects
// every label the column names, so the counter-example shows them.
Head Matcher::DiscrPat(const Head& q, const std::vector<Simple>& rows) {
  if (q.kind != PKind::Any && q.kind != PKind::Record) return q;
  Head acc = q;
  for (const Simple& s : rows) {
    Spend(1);
    const Node& n = nodes_[s.head];
    switch (n.kind) {
      case PKind::Any:
      case PKind::Extension:
        continue;
      case PKind::Tuple:
      case PKind::Lazy:
        return HeadOf(s.head);
      case PKind::Record: {
        std::vector<LabelId> fields;
        for (uint32_t i = 0; i < n.count; ++i) {
          LabelId l = labels_[n.first + i];
          bool known = std::any_of(acc.labels.begin(), acc.labels.end(),
                                   [&](LabelId k) { return LabelPos(k) == LabelPos(l); });
          if (!known) fields.push_back(l);
        }
        Spend(static_cast<int64_t>(n.count * (acc.labels.size() + 1)));
        fields.insert(fields.end(), acc.labels.begin(), acc.labels.end());
        acc.kind = PKind::Record;
        acc.labels = std::move(fields);
        continue;
      }
      default:
        return acc;
    }
  }
  return acc;
}

// Parmatch.all_coherent: do the heads of a column look like patterns of one
// type? (A column that does not can only be reached by ill-typed values.)
bool Matcher::Coherent(const Head& a, const Head& b) {
  if (a.kind == PKind::Any || b.kind == PKind::Any) return true;
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case PKind::Construct: {
      const ConstrInfo& ia = Info(a.ref);
      const ConstrInfo& ib = Info(b.ref);
      return ia.consts == ib.consts && ia.nonconsts == ib.nonconsts;
    }
    case PKind::Constant:
      return constants_[a.ref].kind == constants_[b.ref].kind;
    case PKind::Tuple:
      return a.arity == b.arity;
    case PKind::Record:
      return LabelCount(a.labels.front()) == LabelCount(b.labels.front());
    case PKind::Array:
    case PKind::Lazy:
    case PKind::Variant:
      return true;
    default:
      return false;
  }
}

bool Matcher::AllCoherent(const Head* first, const std::vector<Simple>& rows) {
  Spend(static_cast<int64_t>(rows.size()));
  std::optional<Head> discr;
  if (first && first->kind != PKind::Any) discr = *first;
  for (size_t i = 0; !discr && i < rows.size(); ++i) {
    Head h = HeadOf(rows[i].head);
    if (h.kind != PKind::Any) discr = std::move(h);
  }
  if (!discr) return true;
  if (first && !Coherent(*discr, *first)) return false;
  for (const Simple& s : rows)
    if (!Coherent(*discr, HeadOf(s.head))) return false;
  return true;
}

// The identity of a head for grouping: two heads get the same key exactly
// when SimpleMatch equates them (tuples and records are alone in their type).
std::string Matcher::GroupKey(const Head& h) {
  std::string key(1, static_cast<char>('0' + static_cast<int>(h.kind)));
  switch (h.kind) {
    case PKind::Construct: {
      if (env_.constructors[h.ref].is_exception) {
        key += 'e' + std::to_string(h.ref);
      } else {
        const ConstrInfo& info = Info(h.ref);
        key += (info.constant ? 'c' : 'b') + std::to_string(info.tag);
      }
      break;
    }
    case PKind::Constant: {
      const Constant& c = constants_[h.ref];
      key += static_cast<char>('0' + static_cast<int>(c.kind));
      if (c.kind == ConstKind::String) {
        key += c.text;
      } else if (c.kind == ConstKind::Float) {
        if (std::isnan(c.real)) {
          key += "nan";
        } else {
          double v = c.real == 0 ? 0.0 : c.real;
          char bytes[sizeof v];
          std::memcpy(bytes, &v, sizeof v);
          key.append(bytes, sizeof v);
        }
      } else {
        key += std::to_string(c.integer);
      }
      break;
    }
    case PKind::Array:
    case PKind::Variant:
      key += std::to_string(h.kind == PKind::Array ? h.arity : h.ref);
      break;
    default:
      break;
  }
  return key;
}

// ---------------------------------------------------------------- matrices

void Matcher::SplitHead(PatId p, const Row& rest, std::vector<Simple>& out) {
  const Node& n = nodes_[p];
  if (n.kind == PKind::Or) {
    PatId left = children_[n.first], right = children_[n.first + 1];
    SplitHead(left, rest, out);
    SplitHead(right, rest, out);
    return;
  }
  Spend(1 + static_cast<int64_t>(rest.size()));
  out.push_back(Simple{p, rest});
}

// Parmatch.simplify_first_col: or-patterns of the first column split into
// one row per branch.
std::vector<Matcher::Simple> Matcher::SimplifyFirstCol(const Matrix& rows) {
  std::vector<Simple> out;
  for (const Row& r : rows) SplitHead(r.front(), Row(r.begin() + 1, r.end()), out);
  return out;
}

Matrix Matcher::SpecializedSubmatrix(const Head& discr, const std::vector<Simple>& rows) {
  Matrix out;
  for (const Simple& s : rows) {
    Spend(1);
    if (!SimpleMatch(discr, HeadOf(s.head))) continue;
    Row r = MatchArgs(discr, s.head);
    Spend(static_cast<int64_t>(s.rest.size()));
    r.insert(r.end(), s.rest.begin(), s.rest.end());
    out.push_back(std::move(r));
  }
  return out;
}

Matcher::Groups<Row> Matcher::SpecializedSubmatrices(const Head& discr,
                                                     const std::vector<Simple>& rows) {
  std::vector<std::pair<PatId, const Row*>> split;
  for (const Simple& s : rows) split.emplace_back(s.head, &s.rest);
  return GroupRows(discr, split, [this](Row args, const Row& rest) {
    Spend(static_cast<int64_t>(rest.size()));
    args.insert(args.end(), rest.begin(), rest.end());
    return args;
  });
}

// Parmatch.set_args: the head `q` (with wildcard arguments) takes its
// arguments from the front of `r`.
Row Matcher::SetArgs(PatId q, const Row& r) {
  const Node& n = nodes_[q];
  Spend(1 + static_cast<int64_t>(r.size()));
  switch (n.kind) {
    case PKind::Tuple:
    case PKind::Record:
    case PKind::Construct:
    case PKind::Variant:
    case PKind::Array:
    case PKind::Lazy: {
      std::vector<PatId> args(r.begin(), r.begin() + n.count);
      std::vector<LabelId> labels;
      if (n.kind == PKind::Record)
        for (uint32_t i = 0; i < n.count; ++i) labels.push_back(labels_[n.first + i]);
      Node copy = n;  // Add may move the arena
      Row out{Add(copy, args, labels)};
      out.insert(out.end(), r.begin() + copy.count, r.end());
      return out;
    }
    default: {
      Row out{q};
      out.insert(out.end(), r.begin(), r.end());
      return out;
    }
  }
}

}  // namespace mlhint::typing::parmatch
