// Exhaustiveness and unused cases (OCaml's Parmatch and the parts of
// Typecore that drive it): warnings 4, 8, 11 and 12.
//
// The typed patterns of a match are converted into the Matcher's arena
// (typing/parmatch.h), the checks run there, and a counter-example is
// printed as OCaml prints it: OCaml re-types the counter-example before
// printing it (Typecore.partial_pred), which turns variables into `_` and,
// when the match has a single case, "explodes" wildcards of tuple, record
// and single-constructor types into `(_, _)`, `{...}`, `C _`. That is
// reproduced here from the scrutinee's type.

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "lexer/literals.h"
#include "typing/parmatch_context.h"

namespace mlhint::typing {

namespace {

// Typecore.check_partial: a match of a single case may have the wildcards of
// its counter-example expanded this many levels deep.
constexpr int kExplosionFuel = 5;

// A pattern the typer did not resolve (it reported an error there).
struct Untyped {};

}  // namespace

// ---------------------------------------------------------------- conversion

PatId Typer::MatchContext::ConvertConstant(const ast::Constant& c, Span span) {
  std::string_view text = t_.source_->Slice(c.text);
  parmatch::Constant k;
  switch (c.kind) {
    case ast::ConstKind::Int: {
      IntLiteralParts parts = SplitIntLiteral(text);
      std::string digits = (c.negative ? "-" : "") + std::string(parts.digits);
      IntKind kind = IntKind::Int;
      switch (parts.modifier) {
        case 'l':
          kind = IntKind::Int32;
          k.kind = ConstKind::Int32;
          break;
        case 'L':
          kind = IntKind::Int64;
          k.kind = ConstKind::Int64;
          break;
        case 'n':
          kind = IntKind::Nativeint;
          k.kind = ConstKind::Nativeint;
          break;
        default:
          k.kind = ConstKind::Int;
          break;
      }
      std::optional<int64_t> value = ConvertIntLiteral(digits, kind);
      if (!value) throw Untyped{};
      k.integer = *value;
      break;
    }
    case ast::ConstKind::Char:
      k.kind = ConstKind::Char;
      k.integer = DecodeCharLiteral(text);
      break;
    case ast::ConstKind::String:
      k.kind = ConstKind::String;
      k.text = DecodeStringLiteral(text);
      break;
    case ast::ConstKind::Float: {
      FloatLiteralParts parts = SplitFloatLiteral(text);
      k.kind = ConstKind::Float;
      k.text = (c.negative ? "-" : "") + std::string(parts.digits);
      k.real = ConvertFloatLiteral(parts.digits);
      if (c.negative) k.real = -k.real;
      break;
    }
  }
  return m_.AddConstant(std::move(k), span);
}

// Typedtree.split_pattern: the value cases or the exception cases of a
// match's case. Exception patterns are only at the top of a case, under its
// or-patterns and constraints; an or-pattern with one side left is that side.
std::optional<PatId> Typer::MatchContext::ConvertPart(ast::Id p, CasePart part) {
  const ast::Pat& x = t_.ast_->pats[p];
  if (x.kind == ast::PatKind::Exception) {
    if (part == CasePart::Exception) return Convert(x.a);
    return std::nullopt;
  }
  if (x.kind == ast::PatKind::Constraint) return ConvertPart(x.a, part);  // an extra of its pattern
  if (x.kind == ast::PatKind::Or) {
    std::optional<PatId> left = ConvertPart(x.a, part);
    std::optional<PatId> right = ConvertPart(x.b, part);
    if (left && right) return m_.MakeOr(*left, *right, x.span, false);
    return left ? left : right;
  }
  if (part == CasePart::Value) return Convert(p);
  return std::nullopt;
}

PatId Typer::MatchContext::ConvertCase(ast::Id p) {
  if (t_.case_part_ == CasePart::All) return Convert(p);
  std::optional<PatId> q = ConvertPart(p, t_.case_part_);
  if (!q) throw Untyped{};
  return *q;
}

// Typedtree patterns as Parmatch sees them: variables are wildcards, aliases
// and constraints disappear (an alias's node keeps the alias's location,
// which is what a warning on an or-pattern branch points at).
PatId Typer::MatchContext::Convert(ast::Id p) {
  const ast::Pat& x = t_.ast_->pats[p];
  parmatch::Node n;
  n.span = x.span;
  switch (x.kind) {
    case ast::PatKind::Any:
      return m_.Add(n, {});
    case ast::PatKind::Var: {
      PatId var = m_.Add(n, {});
      m_.Bind(var, t_.source_->Slice(x.name));
      return var;
    }
    case ast::PatKind::Alias: {
      PatId inner = Convert(x.a);
      m_.SetSpan(inner, x.span);
      m_.Bind(inner, t_.source_->Slice(x.name));
      return inner;
    }
    case ast::PatKind::Constraint:
      // Typecore records the constraint as an "extra" of the inner pattern,
      // which keeps its own location.
      return Convert(x.a);
    case ast::PatKind::Constant:
      return ConvertConstant(t_.ast_->constants[x.a], x.span);
    case ast::PatKind::Interval: {
      // Typecore expands 'a'..'c' into 'a' | ('b' | 'c') with ghost
      // locations, the whole keeping the interval's.
      unsigned char c1 = DecodeCharLiteral(t_.source_->Slice(t_.ast_->constants[x.a].text));
      unsigned char c2 = DecodeCharLiteral(t_.source_->Slice(t_.ast_->constants[x.b].text));
      if (c1 > c2) std::swap(c1, c2);
      auto make_char = [&](unsigned c) {
        parmatch::Constant k;
        k.kind = ConstKind::Char;
        k.integer = c;
        return m_.AddConstant(std::move(k), x.span);
      };
      PatId result = make_char(c2);
      m_.SetGhost(result, c1 != c2);
      for (unsigned c = c2; c-- > c1;) {
        PatId left = make_char(c);
        m_.SetGhost(left, true);
        result = m_.MakeOr(left, result, x.span, c != c1);
      }
      return result;
    }
    case ast::PatKind::Tuple: {
      std::vector<PatId> items;
      for (ast::Id i : t_.ListOf(x.list)) items.push_back(Convert(i));
      n.kind = PKind::Tuple;
      return m_.Add(n, items);
    }
    case ast::PatKind::Construct: {
      ConstrId c = t_.PatConstructor(p);
      if (c == kNone) throw Untyped{};
      std::vector<PatId> args;
      for (ast::Id a : t_.ConstructorArgPatterns(
               p, static_cast<uint32_t>(t_.env_->constructors[c].args.size())))
        args.push_back(Convert(a));
      n.kind = PKind::Construct;
      n.ref = c;
      return m_.Add(n, args);
    }
    case ast::PatKind::Record: {
      // Typecore keeps the fields sorted by label position.
      std::vector<std::pair<LabelId, ast::Id>> fields;
      for (ast::Id f : t_.ListOf(x.list)) {
        LabelId l = t_.RecordPatLabel(f);
        if (l == kNone) throw Untyped{};
        fields.emplace_back(l, t_.ast_->record_pat_fields[f].pat);
      }
      std::stable_sort(fields.begin(), fields.end(), [&](const auto& a, const auto& b) {
        return t_.env_->labels[a.first].pos < t_.env_->labels[b.first].pos;
      });
      std::vector<PatId> pats;
      std::vector<LabelId> labels;
      for (const auto& [l, sub] : fields) {
        labels.push_back(l);
        pats.push_back(Convert(sub));
      }
      n.kind = PKind::Record;
      return m_.Add(n, pats, labels);
    }
    case ast::PatKind::Array: {
      std::vector<PatId> items;
      for (ast::Id i : t_.ListOf(x.list)) items.push_back(Convert(i));
      n.kind = PKind::Array;
      return m_.Add(n, items);
    }
    case ast::PatKind::Or: {
      PatId left = Convert(x.a);
      PatId right = Convert(x.b);
      return m_.MakeOr(left, right, x.span, false);
    }
    case ast::PatKind::Exception:  // only in a case, converted by ConvertPart
    case ast::PatKind::Unsupported:
      break;
  }
  throw Untyped{};
}

// ---------------------------------------------------------------- explosion

// `scheme` (generic, over `params`) with `args` for the parameters. The
// copy stops at the arguments, so its cost does not depend on them (a
// counter-example can be as deep as the scrutinee's type).
TypeId Typer::MatchContext::Substitute(TypeId scheme, const std::vector<TypeId>& params,
                                       const std::vector<TypeId>& args) {
  TypeStore& ts = *t_.store_;
  TypeId t = ts.Repr(scheme);
  for (size_t i = 0; i < params.size(); ++i)
    if (ts.Repr(params[i]) == t) return i < args.size() ? args[i] : kNoType;
  const TypeNode n = ts.node(t);
  if (n.level != kGenericLevel) return t;
  int32_t level = t_.ctype_->current_level();
  switch (n.tag) {
    case TypeTag::Tuple:
    case TypeTag::Constr: {
      std::vector<TypeId> items = ts.args(t);
      for (TypeId& item : items) item = Substitute(item, params, args);
      if (std::find(items.begin(), items.end(), kNoType) != items.end()) return kNoType;
      return n.tag == TypeTag::Tuple ? ts.NewTuple(level, items) : ts.NewConstr(level, n.a, items);
    }
    case TypeTag::Arrow: {
      TypeId a = Substitute(n.a, params, args);
      TypeId b = Substitute(n.b, params, args);
      if (a == kNoType || b == kNoType) return kNoType;
      return ts.NewArrow(level, a, b, static_cast<ArrowLabel>(n.flags & kArrowLabelMask), n.c);
    }
    default:
      return t;
  }
}

// The arguments of the type `ty` (expanded) if it is an instance of `owner`.
std::optional<std::vector<TypeId>> Typer::MatchContext::InstanceArgs(DeclId owner, TypeId ty) {
  TypeStore& ts = *t_.store_;
  if (ty == kNoType || ts.tag(ty) != TypeTag::Constr) return std::nullopt;
  std::vector<TypeId> args = ts.args(ty);
  // A re-exported type (`type u = t = A | B`) has the same parameters.
  if (args.size() != t_.env_->types[owner].params.size()) return std::nullopt;
  return args;
}

std::vector<TypeId> Typer::MatchContext::ArgumentTypes(ConstrId c, TypeId ty) {
  const ConstructorDesc& cd = t_.env_->constructors[c];
  std::vector<TypeId> out(cd.args.size(), kNoType);
  if (cd.is_exception) {
    for (size_t i = 0; i < out.size(); ++i) out[i] = Substitute(cd.args[i], {}, {});
    return out;
  }
  std::optional<std::vector<TypeId>> args = InstanceArgs(cd.owner, ty);
  if (!args) return out;
  const std::vector<TypeId>& params = t_.env_->types[cd.owner].params;
  for (size_t i = 0; i < out.size(); ++i) out[i] = Substitute(cd.args[i], params, *args);
  return out;
}

TypeId Typer::MatchContext::LabelType(LabelId l, TypeId ty) {
  const LabelDesc& ld = t_.env_->labels[l];
  std::optional<std::vector<TypeId>> args = InstanceArgs(ld.owner, ty);
  if (!args) return kNoType;
  return Substitute(ld.arg, t_.env_->types[ld.owner].params, *args);
}

// What re-typing the counter-example does to it (Typecore.type_pat in
// counter-example mode): each wildcard whose type is a tuple, a record or a
// variant of one constructor becomes that shape, while fuel lasts.
PatId Typer::MatchContext::Explode(PatId p, TypeId ty, int fuel) {
  parmatch::Node n = m_.node(p);
  TypeId expanded = ty == kNoType ? kNoType : t_.ctype_->ExpandHead(ty);
  TypeStore& ts = *t_.store_;
  switch (n.kind) {
    case PKind::Any: {
      if (fuel <= 0 || expanded == kNoType) return p;
      parmatch::Node shape;
      if (ts.tag(expanded) == TypeTag::Tuple) {
        shape.kind = PKind::Tuple;
        std::vector<TypeId> items = ts.args(expanded);
        std::vector<PatId> kids;
        for (TypeId item : items) kids.push_back(Explode(m_.Omega(), item, fuel - 1));
        return m_.Add(shape, kids);
      }
      if (ts.tag(expanded) != TypeTag::Constr) return p;
      const TypeDecl& decl = t_.env_->types[ts.constr_decl(expanded)];
      if (decl.kind == DeclKind::Variant && decl.constructors.size() == 1) {
        ConstrId c = decl.constructors.front();
        std::vector<TypeId> args = ArgumentTypes(c, expanded);
        std::vector<PatId> kids;
        for (TypeId a : args) kids.push_back(Explode(m_.Omega(), a, fuel - 1));
        shape.kind = PKind::Construct;
        shape.ref = c;
        return m_.Add(shape, kids);
      }
      if (decl.kind == DeclKind::Record) {
        std::vector<LabelId> labels = decl.labels;
        std::vector<PatId> kids;
        for (LabelId l : labels)
          kids.push_back(Explode(m_.Omega(), LabelType(l, expanded), fuel - 1));
        shape.kind = PKind::Record;
        return m_.Add(shape, kids, labels);
      }
      return p;
    }
    case PKind::Or: {
      PatId left = Explode(m_.Child(p, 0), ty, fuel);
      PatId right = Explode(m_.Child(p, 1), ty, fuel);
      return m_.MakeOr(left, right, n.span, n.ghost);
    }
    case PKind::Tuple: {
      std::vector<TypeId> items;
      if (expanded != kNoType && ts.tag(expanded) == TypeTag::Tuple) items = ts.args(expanded);
      items.resize(n.count, kNoType);
      std::vector<PatId> kids;
      for (uint32_t i = 0; i < n.count; ++i)
        kids.push_back(Explode(m_.Child(p, i), items[i], fuel));
      return m_.Add(n, kids);
    }
    case PKind::Construct: {
      std::vector<TypeId> args = ArgumentTypes(n.ref, expanded);
      args.resize(n.count, kNoType);
      std::vector<PatId> kids;
      for (uint32_t i = 0; i < n.count; ++i) kids.push_back(Explode(m_.Child(p, i), args[i], fuel));
      return m_.Add(n, kids);
    }
    case PKind::Record: {
      // Re-typing sorts the fields by position (a counter-example names them
      // in the order the column met them).
      std::vector<uint32_t> order(n.count);
      for (uint32_t i = 0; i < n.count; ++i) order[i] = i;
      std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        return t_.env_->labels[m_.ChildLabel(p, a)].pos < t_.env_->labels[m_.ChildLabel(p, b)].pos;
      });
      std::vector<PatId> kids;
      std::vector<LabelId> labels;
      for (uint32_t i : order) {
        LabelId l = m_.ChildLabel(p, i);
        labels.push_back(l);
        kids.push_back(Explode(m_.Child(p, i), LabelType(l, expanded), fuel));
      }
      return m_.Add(n, kids, labels);
    }
    case PKind::Array: {
      TypeId elt = kNoType;
      if (expanded != kNoType && ts.tag(expanded) == TypeTag::Constr && ts.arg_count(expanded) == 1)
        elt = ts.arg(expanded, 0);
      std::vector<PatId> kids;
      for (uint32_t i = 0; i < n.count; ++i) kids.push_back(Explode(m_.Child(p, i), elt, fuel));
      return m_.Add(n, kids);
    }
    case PKind::Constant:
    case PKind::Extension:
      return p;
  }
  return p;
}

// ---------------------------------------------------------------- the checks

// Parmatch.check_partial, for a match (`match_loc` is the whole match) or a
// `let` (no `match_loc`).
// Patterns that match every value of their type whatever it is: variables,
// `_`, and tuples and records of those. A match with such an unguarded case
// is exhaustive, and a single case without or-patterns has nothing unused:
// most functions and `let`s need no matrix at all.
bool Typer::Irrefutable(ast::Id pat) const {
  ast::PatKind root = ast_->pats[pat].kind;
  if (root == ast::PatKind::Var || root == ast::PatKind::Any) return true;  // the common case
  std::vector<ast::Id> work{pat};
  while (!work.empty()) {
    const ast::Pat& x = ast_->pats[work.back()];
    work.pop_back();
    switch (x.kind) {
      case ast::PatKind::Any:
      case ast::PatKind::Var:
        break;
      case ast::PatKind::Alias:
      case ast::PatKind::Constraint:
        work.push_back(x.a);
        break;
      case ast::PatKind::Tuple:
        for (const ast::Id* q = ast_->begin(x.list); q != ast_->end(x.list); ++q)
          work.push_back(*q);
        break;
      case ast::PatKind::Record:
        for (const ast::Id* f = ast_->begin(x.list); f != ast_->end(x.list); ++f)
          work.push_back(ast_->record_pat_fields[*f].pat);
        break;
      default:
        return false;
    }
  }
  return true;
}

bool Typer::HasOrPattern(ast::Id pat) const {
  std::vector<ast::Id> work{pat};
  while (!work.empty()) {
    const ast::Pat& x = ast_->pats[work.back()];
    work.pop_back();
    switch (x.kind) {
      case ast::PatKind::Or:
        return true;
      case ast::PatKind::Alias:
      case ast::PatKind::Constraint:
      case ast::PatKind::Exception:
        work.push_back(x.a);
        break;
      case ast::PatKind::Construct:
        if (x.b != ast::kNone) work.push_back(x.b);
        break;
      case ast::PatKind::Tuple:
      case ast::PatKind::Array:
        for (const ast::Id* q = ast_->begin(x.list); q != ast_->end(x.list); ++q)
          work.push_back(*q);
        break;
      case ast::PatKind::Record:
        for (const ast::Id* f = ast_->begin(x.list); f != ast_->end(x.list); ++f)
          work.push_back(ast_->record_pat_fields[*f].pat);
        break;
      default:
        break;
    }
  }
  return false;
}

void Typer::CheckPartial(TypeId ty, std::optional<Span> match_loc, const std::vector<ast::Id>& pats,
                         const std::vector<bool>& guarded) {
  bool fragile = WarningActive(4);
  if (!WarningActive(8) && !fragile) return;
  if (match_budget_ <= 0) return;
  if (!fragile)
    for (size_t i = 0; i < pats.size(); ++i)
      if (!guarded[i] && Irrefutable(pats[i])) return;
  try {
    MatchContext cx(*this);
    parmatch::Matcher& m = cx.matcher();
    Matrix unguarded, only_guarded;
    std::vector<PatId> all;
    for (size_t i = 0; i < pats.size(); ++i) {
      PatId p = cx.ConvertCase(pats[i]);
      all.push_back(p);
      (guarded[i] ? only_guarded : unguarded).push_back(Row{p});
    }
    // A `let` is reported at its pattern, as Typecore locates it (the inner
    // pattern of a constraint).
    Span loc = match_loc ? *match_loc : m.node(all.front()).span;
    Matrix rows = m.GetMins(unguarded);
    if (rows.empty()) {
      if (!pats.empty())
        Warn(8, loc,
             "this pattern-matching is not exhaustive.\nAll clauses in this pattern-matching are "
             "guarded.");
      return;
    }
    if (std::optional<PatId> witness = m.Exhaust(rows)) {
      if (!WarningActive(8)) return;
      // The wildcards of a single case's counter-example are expanded.
      PatId shown = cx.Retype(*witness, ty, pats.size() == 1 ? kExplosionFuel : 0);
      std::string text = cx.Print(shown);
      if (m.DoMatch(only_guarded, Row{shown}))
        text += "\n(However, some guarded clause may match this value.)";
      if (cx.ContainsExtension(shown))
        text +=
            "\nMatching over values of extensible variant types (the *extension* above)\n"
            "must include a wild card pattern in order to be exhaustive.";
      Warn(8, loc,
           "this pattern-matching is not exhaustive.\nHere is an example of a case that is not "
           "matched:\n" +
               text);
      return;
    }
    if (!fragile) return;
    // Parmatch.do_check_fragile: exhaustive still if a type had one more
    // constructor?
    std::vector<DeclId> types;
    for (PatId p : all) cx.CollectTypes(p, types);
    for (DeclId d : types)
      if (!m.Exhaust(rows, d))
        Warn(4, loc,
             "this pattern-matching is fragile.\nIt will remain exhaustive when constructors are "
             "added to type " +
                 cx.TypeName(d) + ".");
  } catch (parmatch::BudgetExceeded&) {
  } catch (Untyped&) {
  }
}

void Typer::CheckPartialMatch(TypeId ty, Span loc, const std::vector<ast::Id>& pats,
                              const std::vector<bool>& guarded) {
  CheckPartial(ty, loc, pats, guarded);
}

void Typer::CheckPartialLet(ast::Id pat, TypeId ty, ast::Id expr) {
  (void)expr;  // OCaml checks the binding as the match `match expr with pat -> ...`
  CheckPartial(ty, std::nullopt, {pat}, {false});
}

void Typer::CheckUnusedCases(TypeId ty, const std::vector<ast::Id>& pats,
                             const std::vector<bool>& guarded) {
  (void)ty;  // no GADTs: a case is never unreachable for its type alone
  // Typecore.type_cases checks the unused cases, then the guards.
  CheckRedundantCases(pats, guarded);
  CheckAmbiguousBindings(pats, guarded);
}

// Parmatch.check_unused: each case against the unguarded cases before it.
// The warnings are emitted once the whole match is checked, so that a check
// given up half way says nothing.
void Typer::CheckRedundantCases(const std::vector<ast::Id>& pats,
                                const std::vector<bool>& guarded) {
  if (!WarningActive(11) || match_budget_ <= 0) return;
  if (pats.size() == 1 && !HasOrPattern(pats[0])) return;
  std::vector<std::pair<int, Span>> warnings;
  try {
    MatchContext cx(*this);
    parmatch::Matcher& m = cx.matcher();
    // The previous unguarded cases, indexed by head: a case with a head
    // can only be compatible with those of the same head and those without.
    std::vector<PatId> previous;
    std::unordered_map<std::string, std::vector<size_t>> by_key;
    std::vector<size_t> unkeyed;
    for (size_t i = 0; i < pats.size(); ++i) {
      PatId q = cx.ConvertCase(pats[i]);
      std::optional<std::string> key = m.HeadKey(q);
      std::vector<size_t> candidates;
      if (key) {
        const std::vector<size_t>& same = by_key[*key];
        std::merge(same.begin(), same.end(), unkeyed.begin(), unkeyed.end(),
                   std::back_inserter(candidates));
      } else {
        for (size_t k = 0; k < previous.size(); ++k) candidates.push_back(k);
      }
      Matrix compatible;
      for (size_t k : candidates)
        if (m.Compats(Row{q}, Row{previous[k]})) compatible.push_back(Row{previous[k]});
      parmatch::Usefulness u = m.CheckUseful(m.GetMins(compatible), q);
      if (u.kind == parmatch::Usefulness::Kind::Unused) warnings.emplace_back(11, m.node(q).span);
      for (PatId branch : u.unused) warnings.emplace_back(12, m.node(branch).span);
      // An unused case covers nothing new: leaving it out changes no answer
      // and keeps a match of many equal cases linear.
      if (guarded[i] || u.kind == parmatch::Usefulness::Kind::Unused) continue;
      (key ? by_key[*key] : unkeyed).push_back(previous.size());
      previous.push_back(q);
    }
  } catch (parmatch::BudgetExceeded&) {
    return;
  } catch (Untyped&) {
    return;
  }
  for (const auto& [number, span] : warnings)
    Warn(number, span, number == 11 ? "this match case is unused." : "this sub-pattern is unused.");
}

namespace {

// The variables a pattern binds.
void PatternVars(const ast::Ast& ast, const SourceBuffer& source, ast::Id root,
                 std::vector<std::string_view>& out) {
  std::vector<ast::Id> work{root};
  while (!work.empty()) {
    const ast::Pat& x = ast.pats[work.back()];
    work.pop_back();
    switch (x.kind) {
      case ast::PatKind::Var:
        out.push_back(source.Slice(x.name));
        break;
      case ast::PatKind::Alias:
        out.push_back(source.Slice(x.name));
        work.push_back(x.a);
        break;
      case ast::PatKind::Constraint:
      case ast::PatKind::Exception:
        work.push_back(x.a);
        break;
      case ast::PatKind::Or:
        work.push_back(x.a);  // both sides bind the same variables
        break;
      case ast::PatKind::Construct:
        if (x.b != ast::kNone) work.push_back(x.b);
        break;
      case ast::PatKind::Tuple:
      case ast::PatKind::Array:
        work.insert(work.end(), ast.begin(x.list), ast.end(x.list));
        break;
      case ast::PatKind::Record:
        for (const ast::Id* f = ast.begin(x.list); f != ast.end(x.list); ++f)
          work.push_back(ast.record_pat_fields[*f].pat);
        break;
      default:
        break;
    }
  }
}

// The variables of the enclosing scope an expression uses
// (Parmatch.all_rhs_idents): unqualified names not rebound inside it.
class FreeNames {
 public:
  FreeNames(const ast::Ast& ast, const SourceBuffer& source) : ast_(ast), source_(source) {}

  void Expr(ast::Id e, std::vector<std::string_view>& out) {
    if (e == ast::kNone) return;
    const ast::Expr& x = ast_.exprs[e];
    switch (x.kind) {
      case ast::ExprKind::Ident:
        if (ast_.longidents[x.a].parts.size == 1) {
          std::string_view name = ast_.LastName(x.a);
          if (std::find(bound_.begin(), bound_.end(), name) == bound_.end()) out.push_back(name);
        }
        return;
      case ast::ExprKind::Construct:
        Expr(x.b, out);
        return;
      case ast::ExprKind::Fun:
        Scoped(x.a, [&] { Expr(x.b, out); });
        return;
      case ast::ExprKind::Tuple:
      case ast::ExprKind::Array:
        for (const ast::Id* i = ast_.begin(x.list); i != ast_.end(x.list); ++i) Expr(*i, out);
        return;
      case ast::ExprKind::Apply:
        Expr(x.a, out);
        for (const ast::Id* i = ast_.begin(x.list); i != ast_.end(x.list); ++i) Expr(*i, out);
        return;
      case ast::ExprKind::Let: {
        size_t mark = bound_.size();
        bool rec = (x.flags & ast::kRec) != 0;
        for (const ast::Id* b = ast_.begin(x.list); b != ast_.end(x.list); ++b) {
          if (!rec) Expr(ast_.bindings[*b].expr, out);
        }
        for (const ast::Id* b = ast_.begin(x.list); b != ast_.end(x.list); ++b)
          PatternVars(ast_, source_, ast_.bindings[*b].pat, bound_);
        if (rec)
          for (const ast::Id* b = ast_.begin(x.list); b != ast_.end(x.list); ++b)
            Expr(ast_.bindings[*b].expr, out);
        Expr(x.a, out);
        bound_.resize(mark);
        return;
      }
      case ast::ExprKind::Match:
      case ast::ExprKind::Try:
        Expr(x.a, out);
        Cases(x.list, out);
        return;
      case ast::ExprKind::Function:
        Cases(x.list, out);
        return;
      case ast::ExprKind::IfThenElse:
      case ast::ExprKind::Sequence:
      case ast::ExprKind::While:
        Expr(x.a, out);
        Expr(x.b, out);
        Expr(x.c, out);
        return;
      case ast::ExprKind::For:
        Expr(x.b, out);
        Expr(x.c, out);
        Scoped(x.a, [&] { Expr(ast_.ForBody(x), out); });
        return;
      case ast::ExprKind::Record:
        for (const ast::Id* f = ast_.begin(x.list); f != ast_.end(x.list); ++f)
          Expr(ast_.record_fields[*f].expr, out);
        Expr(x.a, out);
        return;
      case ast::ExprKind::Field:
      case ast::ExprKind::Constraint:
      case ast::ExprKind::Assert:
        Expr(x.a, out);
        return;
      case ast::ExprKind::LocalOpen:
        Expr(x.b, out);
        return;
      case ast::ExprKind::SetField:
        Expr(x.a, out);
        Expr(x.c, out);
        return;
      default:
        return;
    }
  }

 private:
  template <class F>
  void Scoped(ast::Id pat, F body) {
    size_t mark = bound_.size();
    PatternVars(ast_, source_, pat, bound_);
    body();
    bound_.resize(mark);
  }
  void Cases(ast::ListRef cases, std::vector<std::string_view>& out) {
    for (const ast::Id* c = ast_.begin(cases); c != ast_.end(cases); ++c) {
      const ast::Case& cs = ast_.cases[*c];
      Scoped(cs.pat, [&] {
        Expr(cs.guard, out);
        Expr(cs.body, out);
      });
    }
  }

  const ast::Ast& ast_;
  const SourceBuffer& source_;
  std::vector<std::string_view> bound_;  // names bound inside the expression so far
};

}  // namespace

// Parmatch.check_ambiguous_bindings (warning 57): a guarded case whose
// guard uses a variable that the branches of an or-pattern bind to
// different parts of one value.
void Typer::CheckAmbiguousBindings(const std::vector<ast::Id>& pats,
                                   const std::vector<bool>& guarded) {
  if (!WarningActive(57) || match_budget_ <= 0) return;
  if (guard_of_pat_.empty()) {
    guard_of_pat_.assign(ast_->pats.size(), ast::kNone);
    for (const ast::Case& c : ast_->cases)
      if (c.guard != ast::kNone && c.pat < guard_of_pat_.size()) guard_of_pat_[c.pat] = c.guard;
  }
  std::vector<std::pair<Span, std::string>> warnings;
  try {
    MatchContext cx(*this);
    parmatch::Matcher& m = cx.matcher();
    Matrix previous;
    for (size_t i = 0; i < pats.size(); ++i) {
      PatId q = cx.ConvertCase(pats[i]);
      if (!guarded[i]) {
        previous.push_back(Row{q});
        continue;
      }
      ast::Id guard = pats[i] < guard_of_pat_.size() ? guard_of_pat_[pats[i]] : ast::kNone;
      if (guard == ast::kNone) continue;
      std::vector<std::string_view> vars, used;
      PatternVars(*ast_, *source_, pats[i], vars);
      FreeNames(*ast_, *source_).Expr(guard, used);
      std::sort(vars.begin(), vars.end());
      std::sort(used.begin(), used.end());
      std::vector<std::string_view> all;
      std::set_intersection(vars.begin(), vars.end(), used.begin(), used.end(),
                            std::back_inserter(all));
      all.erase(std::unique(all.begin(), all.end()), all.end());
      if (all.empty()) continue;
      std::optional<std::vector<std::string_view>> stable = m.StableVars(previous, q);
      if (!stable) continue;
      std::vector<std::string_view> ambiguous;
      std::set_difference(all.begin(), all.end(), stable->begin(), stable->end(),
                          std::back_inserter(ambiguous));
      if (ambiguous.empty()) continue;
      std::string names;
      for (std::string_view v : ambiguous) names += (names.empty() ? "" : ",") + std::string(v);
      warnings.emplace_back(m.node(q).span,
                            (ambiguous.size() == 1 ? "variable " : "variables ") + names);
    }
  } catch (parmatch::BudgetExceeded&) {
    return;
  } catch (Untyped&) {
    return;
  }
  for (const auto& [span, names] : warnings)
    Warn(57, span,
         "Ambiguous or-pattern variables under guard;\n" + names +
             " may match different arguments. (See manual section 11.5)");
}

}  // namespace mlhint::typing
