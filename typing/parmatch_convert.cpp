// The typed patterns of a match in the Matcher's form (typing/parmatch.h),
// and the re-typing of a counter-example before it is printed: OCaml
// re-types the counter-example (Typecore.partial_pred), which turns
// variables into `_` and, when the match has a single case, "explodes"
// wildcards of tuple, record and single-constructor types into `(_, _)`,
// `{...}`, `C _`. That is reproduced here from the scrutinee's type. The
// checks that use both are in parmatch.cpp.

#include <algorithm>

#include "lexer/literals.h"
#include "typing/parmatch_context.h"

namespace mlhint::typing {

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
  // A constraint or a local open is an extra of its pattern.
  if (x.kind == ast::PatKind::Constraint || x.kind == ast::PatKind::LocalOpen)
    return ConvertPart(x.a, part);
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
    case ast::PatKind::LocalOpen:
      // Typecore records the constraint (or the open) as an "extra" of the
      // inner pattern, which keeps its own location.
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
    case ast::PatKind::Lazy: {
      PatId inner = Convert(x.a);
      n.kind = PKind::Lazy;
      return m_.Add(n, {inner});
    }
    case ast::PatKind::Variant: {
      std::vector<PatId> args;
      if (x.b != kNone) args.push_back(Convert(x.b));
      n.kind = PKind::Variant;
      n.ref = t_.store_->Intern(t_.ast_->LastName(x.a));
      n.type = t_.PatType(p);
      if (n.type == kNoType) throw Untyped{};
      return m_.Add(n, args);
    }
    case ast::PatKind::Exception:  // only in a case, converted by ConvertPart
    case ast::PatKind::Unpack: {   // a variable of the module's name
      PatId var = m_.Add(n, {});
      if (t_.source_->Slice(x.name) != "_") m_.Bind(var, t_.source_->Slice(x.name));
      return var;
    }
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
// variant of one constructor becomes that shape, while fuel lasts. A
// wildcard of a variant type without constructors matches no value
// (Empty_branch): the branch of an or-pattern that holds one is dropped,
// and a counter-example that holds one is no counter-example.
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
      if (decl.kind == DeclKind::Variant && decl.constructors.empty()) throw EmptyBranch{};
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
      // Typecore's Ppat_or in counter-example mode (Refine_or): each side
      // alone; one that matches nothing is dropped.
      auto side = [&](uint32_t i) -> std::optional<PatId> {
        try {
          return Explode(m_.Child(p, i), ty, fuel);
        } catch (EmptyBranch&) {
          return std::nullopt;
        }
      };
      std::optional<PatId> left = side(0), right = side(1);
      if (!left && !right) throw EmptyBranch{};
      if (!left || !right) return left ? *left : *right;
      return m_.MakeOr(*left, *right, n.span, n.ghost);
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
    case PKind::Array:
    case PKind::Lazy: {
      // The elements' type, `t` of `t array` or `t lazy_t`; nothing is
      // exploded under lazy ("do not explode under lazy: PR#7421").
      TypeId elt = kNoType;
      if (expanded != kNoType && ts.tag(expanded) == TypeTag::Constr && ts.arg_count(expanded) == 1)
        elt = ts.arg(expanded, 0);
      int inner_fuel = n.kind == PKind::Lazy ? 0 : fuel;
      std::vector<PatId> kids;
      for (uint32_t i = 0; i < n.count; ++i)
        kids.push_back(Explode(m_.Child(p, i), elt, inner_fuel));
      return m_.Add(n, kids);
    }
    case PKind::Variant: {
      std::vector<PatId> kids;
      for (uint32_t i = 0; i < n.count; ++i) kids.push_back(Explode(m_.Child(p, i), kNoType, fuel));
      return m_.Add(n, kids);
    }
    case PKind::Constant:
    case PKind::Extension:
      return p;
  }
  return p;
}

}  // namespace mlhint::typing
