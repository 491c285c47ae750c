// Format strings: a string literal where a format6 is expected gets the type
// of its conversions (Typecore's type_format). OCaml builds the expression
// of CamlinternalFormatBasics's GADT constructors for the string and types
// that against the expected type; here the same unifications are made in the
// same order, so that a conversion that does not fit fails where OCaml's
// does and reports the same types (`... CamlinternalFormatBasics.padding`).

#include "lexer/literals.h"
#include "typing/format_string.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

namespace {

using Kind = FormatItem::Kind;

}  // namespace

bool Typer::IsFormatExpected(TypeId expected) {
  const Env::Predef& p = env_->predef;
  if (p.format6_ == kNone) return false;
  TypeId head = ctype_->ExpandHead(expected);
  return store_->tag(head) == TypeTag::Constr && store_->constr_decl(head) == p.format6_;
}

TypeId Typer::TypeFormatString(ast::Id e, Expected expected, std::string_view literal) {
  Ctype& ct = *ctype_;
  const Env::Predef& p = env_->predef;
  Span span = ast_->exprs[e].span;
  ParsedFormat parsed = ParseFormatString(DecodeStringLiteral(literal));
  if (!parsed.error.empty()) Raise(MakeError(DiagKind::InvalidFormat, span, Text(parsed.error)));

  auto unify = [&](TypeId got, TypeId wanted) {
    if (std::optional<Trace> trace = ct.Unify(got, wanted))
      RaiseExprClash(e, span, std::move(*trace), Explanation::None);
  };
  auto fmt = [&](const std::vector<TypeId>& params) { return ct.NewConstr(p.fmt_, params); };
  auto fresh6 = [&] {
    std::vector<TypeId> v;
    for (int i = 0; i < 6; ++i) v.push_back(ct.NewVar());
    return v;
  };
  auto int_type = [&] { return ct.Predef(p.int_); };
  auto value_type = [&](Kind k) -> TypeId {
    switch (k) {
      case Kind::Int:
      case Kind::Counter:
        return int_type();
      case Kind::Int32:
        return ct.Predef(p.int32_);
      case Kind::Int64:
        return ct.Predef(p.int64_);
      case Kind::Nativeint:
        return ct.Predef(p.nativeint_);
      case Kind::Float:
        return ct.Predef(p.float_);
      case Kind::String:
      case Kind::CharSet:
        return ct.Predef(p.string_);
      case Kind::Bool:
        return ct.Predef(p.bool_);
      case Kind::Char:
      case Kind::ScanNextChar:
        return ct.Predef(p.char_);
      default:
        return ct.NewVar();
    }
  };
  // A padding or precision constructor: ('a, 'a), or (int -> 'a, 'a) for `*`.
  auto padprec = [&](DeclId decl, FormatItem::Arg arg) {
    TypeId a = ct.NewVar();
    return ct.NewConstr(decl, {arg == FormatItem::Arg::Star ? ct.NewArrow(int_type(), a) : a, a});
  };
  // The type of a sub-format's value (%{ %} and %( %)), as fmtty_of_fmt
  // gives it: ('args -> 'z, 'h, 'i, 'j, 'j, 'z) format6.
  std::function<TypeId(const std::vector<FormatItem>&, TypeId, TypeId, TypeId)> chain;
  chain = [&](const std::vector<FormatItem>& items, TypeId tail, TypeId b, TypeId c) {
    TypeId t = tail;
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
      switch (it->kind) {
        case Kind::Alpha: {
          TypeId x = ct.NewVar();
          t = ct.NewArrow(ct.NewArrow(b, ct.NewArrow(x, c)), ct.NewArrow(x, t));
          break;
        }
        case Kind::Theta:
          t = ct.NewArrow(ct.NewArrow(b, c), t);
          break;
        case Kind::Reader:
          t = ct.NewArrow(ct.NewVar(), t);
          break;
        case Kind::FormatArg:
        case Kind::FormatSubst: {
          TypeId z = ct.NewVar(), h = ct.NewVar(), i = ct.NewVar(), j = ct.NewVar();
          TypeId sub = ct.NewConstr(p.format6_, {chain(it->sub, z, h, i), h, i, j, j, z});
          if (it->kind == Kind::FormatSubst) t = chain(it->sub, t, b, c);
          t = ct.NewArrow(sub, t);
          break;
        }
        default:
          t = ct.NewArrow(value_type(it->kind), t);
          if (it->prec == FormatItem::Arg::Star) t = ct.NewArrow(int_type(), t);
          if (it->pad == FormatItem::Arg::Star) t = ct.NewArrow(int_type(), t);
          break;
      }
    }
    return t;
  };

  // Format (fmt, str) : ('a, 'b, 'c, 'd, 'e, 'f) format6.
  std::vector<TypeId> cur = fresh6();
  TypeId result = ct.NewConstr(p.format6_, cur);
  unify(result, ct.Instance(expected.type));
  for (const FormatItem& item : parsed.items) {
    // The constructor's result, unified with the expected fmt: only those
    // whose first parameter is an arrow can fail there.
    auto constructor = [&](TypeId first, std::vector<TypeId> params) {
      params[0] = first;
      unify(fmt(params), fmt(cur));
    };
    switch (item.kind) {
      case Kind::Int:
      case Kind::Int32:
      case Kind::Int64:
      case Kind::Nativeint:
      case Kind::Float: {
        // Int (iconv, pad : ('x, 'y) padding, prec : ('y, T -> 'a) precision, rest)
        TypeId y = ct.NewVar(), a = ct.NewVar();
        unify(padprec(p.padding_, item.pad), ct.NewConstr(p.padding_, {cur[0], y}));
        unify(padprec(p.precision_, item.prec),
              ct.NewConstr(p.precision_, {y, ct.NewArrow(value_type(item.kind), a)}));
        cur[0] = a;
        break;
      }
      case Kind::String:
      case Kind::Bool: {
        // String (pad : ('x, string -> 'a) padding, rest)
        TypeId a = ct.NewVar();
        unify(padprec(p.padding_, item.pad),
              ct.NewConstr(p.padding_, {cur[0], ct.NewArrow(value_type(item.kind), a)}));
        cur[0] = a;
        break;
      }
      case Kind::Char:
      case Kind::Counter:
      case Kind::ScanNextChar:
      case Kind::CharSet: {
        std::vector<TypeId> next = fresh6();
        constructor(ct.NewArrow(value_type(item.kind), next[0]), next);
        cur = next;
        break;
      }
      case Kind::Alpha: {
        // Alpha rest : (('b -> 'x -> 'c) -> 'x -> 'a, 'b, 'c, 'd, 'e, 'f) fmt
        std::vector<TypeId> next = fresh6();
        TypeId x = ct.NewVar();
        constructor(
            ct.NewArrow(ct.NewArrow(next[1], ct.NewArrow(x, next[2])), ct.NewArrow(x, next[0])),
            next);
        cur = next;
        break;
      }
      case Kind::Theta: {
        std::vector<TypeId> next = fresh6();
        constructor(ct.NewArrow(ct.NewArrow(next[1], next[2]), next[0]), next);
        cur = next;
        break;
      }
      case Kind::Reader: {
        // Reader rest : ('x -> 'a, 'b, 'c, ('b -> 'x) -> 'd, 'e, 'f) fmt
        std::vector<TypeId> next = fresh6();
        TypeId x = ct.NewVar();
        std::vector<TypeId> params = next;
        params[0] = ct.NewArrow(x, next[0]);
        params[3] = ct.NewArrow(ct.NewArrow(next[1], x), next[3]);
        unify(fmt(params), fmt(cur));
        cur = next;
        break;
      }
      case Kind::FormatArg:
      case Kind::FormatSubst: {
        std::vector<TypeId> next = fresh6();
        TypeId z = ct.NewVar(), h = ct.NewVar(), i = ct.NewVar(), j = ct.NewVar();
        TypeId sub = ct.NewConstr(p.format6_, {chain(item.sub, z, h, i), h, i, j, j, z});
        TypeId first = next[0];
        if (item.kind == Kind::FormatSubst) first = chain(item.sub, first, next[1], next[2]);
        constructor(ct.NewArrow(sub, first), next);
        cur = next;
        break;
      }
    }
  }
  // End_of_format : ('f, 'b, 'c, 'e, 'e, 'f) fmt
  TypeId f = ct.NewVar(), e4 = ct.NewVar();
  unify(fmt({f, ct.NewVar(), ct.NewVar(), e4, e4, f}), fmt(cur));
  return result;
}

}  // namespace mlhint::typing
