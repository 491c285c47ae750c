// The AST builder's modules: paths, opens, module items, module types and
// their `with` constraints (parser/builder.h).

#include "parser/builder.h"

namespace mlhint {

using ast::Id;
using ast::kNone;

Id AstBuilder::ModulePathAt(Span span) {
  std::string_view text = Text(span);
  // Capitalised identifiers separated by dots, blanks allowed around them.
  Id path = kNone;
  size_t i = 0;
  auto blank = [&] {
    while (i < text.size() &&
           (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
      ++i;
  };
  for (;;) {
    blank();
    size_t start = i;
    if (i >= text.size() || !(text[i] >= 'A' && text[i] <= 'Z')) return kNone;
    while (i < text.size() &&
           (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_' || text[i] == '\''))
      ++i;
    Span part{span.begin + static_cast<uint32_t>(start), span.begin + static_cast<uint32_t>(i)};
    path = path == kNone ? Name(Text(part), part)
                         : Qualify(path, Text(part), Span{span.begin, part.end});
    blank();
    if (i == text.size()) return path;
    if (text[i] != '.') return kNone;
    ++i;
  }
}

namespace {
// `(ME : MT)` of a structure or a path as `module _ : MT = ME` reads it.
ModuleExprValue Unconstrained(const ModuleExprValue& value) {
  if (value.shape != ModuleExprValue::Shape::Constraint ||
      value.under == ModuleExprValue::Shape::Other)
    return value;
  ModuleExprValue out = value;
  out.shape = value.under;
  out.span = value.under_span;
  return out;
}
}  // namespace

Id AstBuilder::OpenItem(Span span, Span module, const ModuleExprValue& given) {
  Id path = ModulePathAt(module);
  if (path != kNone) return Item(ast::ItemKind::Open, span, path);
  ModuleExprValue value = Unconstrained(given);
  // `open (ME : MT)`: the module, constrained, typed as an unnamed module
  // and opened as an application is (below).
  if (value.constrained) {
    Id m = ModuleItem(Mark{}, module, Span{module.begin, module.begin}, value);
    if (ast_.items[m].kind == ast::ItemKind::Module) {
      Id it = Item(ast::ItemKind::Open, span, kNone);
      ast_.items[it].b = m;
      return it;
    }
  }
  // `open struct ... end`: its items, typed where they stand, bound for
  // what follows and hidden from the signature (a: kNone, list: the items).
  if (value.shape == ModuleExprValue::Shape::Struct && !value.functor && value.params.empty())
    return Item(ast::ItemKind::Open, span, kNone, ReversedList(value.items));
  // `open F (A)`: the application, typed as an unnamed module, opened for
  // what follows (a: kNone, b: the Module item of the application).
  if (value.shape == ModuleExprValue::Shape::Apply && !value.functor && value.params.empty()) {
    Id app = ModuleItem(Mark{}, module, Span{module.begin, module.begin}, value);
    if (ast_.items[app].kind == ast::ItemKind::Module) {
      Id it = Item(ast::ItemKind::Open, span, kNone);
      ast_.items[it].b = app;
      return it;
    }
  }
  return UnsupportedItem(span, "open statements of a module expression");
}

Id AstBuilder::ApplyPath(Id functor, Id arg, Span span) {
  // Only one application, of paths: `F(G(A)).t` and `F(A)(B).t` are noted
  // as applications without an item, refused where they are used.
  if (applied_modules_.count(functor) || applied_modules_.count(arg) ||
      ast_.applied_paths.count(functor) || ast_.applied_paths.count(arg)) {
    applied_modules_[functor] = kNone;
    return functor;
  }
  Id app = Item(ast::ItemKind::Module, span, functor, {}, Span{span.begin, span.begin},
                ast::kFunctorApp);
  ast_.items[app].b = arg;
  applied_modules_[functor] = app;
  return functor;
}

void AstBuilder::NoteApplied(Id prefix, Id path) {
  if (auto app = applied_modules_.find(prefix); app != applied_modules_.end()) {
    ast_.applied_paths[path] =
        ast::Ast::AppliedPath{app->second, ast_.longidents[prefix].parts.size};
  } else if (auto through = ast_.applied_paths.find(prefix); through != ast_.applied_paths.end()) {
    ast::Ast::AppliedPath copy = through->second;
    ast_.applied_paths[path] = copy;
  }
}

Id AstBuilder::OpenDescription(Span span, Id path) {
  auto app = applied_modules_.find(path);
  if (app == applied_modules_.end() && !ast_.applied_paths.count(path))
    return Item(ast::ItemKind::Open, span, path);
  // `open F(A)`: the application ApplyPath made, opened as `open F (A)` is
  // in a structure.
  if (app != applied_modules_.end() && app->second != kNone) {
    Id it = Item(ast::ItemKind::Open, span, kNone);
    ast_.items[it].b = app->second;
    return it;
  }
  return UnsupportedItem(span, "open statements of a functor application");
}

Id AstBuilder::LocalOpen(Span span, Span module, const ModuleExprValue& given, Id body) {
  Id path = ModulePathAt(module);
  if (path != kNone) return Expr(ast::ExprKind::LocalOpen, span, path, body);
  ModuleExprValue value = Unconstrained(given);
  // A structure or a functor's application: typed as an unnamed `let
  // module`, opened for the body (Typemod.type_open_decl).
  using Shape = ModuleExprValue::Shape;
  // (Not a functor: OCaml's "This module is not a structure".)
  bool constrained_path = value.constrained && value.shape == Shape::Ident;
  if ((value.shape != Shape::Struct && value.shape != Shape::Apply && !constrained_path) ||
      value.functor || !value.params.empty())
    return UnsupportedExpr(span, "local opens of a module expression");
  Id item = ModuleItem(Mark{}, module, Span{module.begin, module.begin}, value);
  Id e = Expr(ast::ExprKind::LetModule, span, item, body);
  ast_.exprs[e].flags |= ast::kOpenModule;
  return e;
}

namespace {
constexpr const char* kUnsupportedWith = "with constraints other than `with type t = ...'";
}  // namespace

Id AstBuilder::ModuleItem(const Mark& mark, Span span, Span name, const ModuleExprValue& given) {
  using Shape = ModuleExprValue::Shape;
  // `module M = (ME : MT)` is `module M : MT = ME`, as OCaml's parser
  // makes both.
  ModuleExprValue body = Unconstrained(given);
  Id item;
  if (mark.present) {
    item = UnsupportedItem(mark.span, mark.what.c_str());
  } else if (body.functor) {
    // `module F (X : S) (Y : T) [: MT] = struct ... end`: the parameters
    // chained through their `b`. `module F : MT = functor (X : S) -> struct
    // ... end`: MT is the whole functor's module type (kFunctorTyped).
    ast::ListRef listed = List(body.params);
    std::vector<Id> params(ast_.ids.begin() + listed.begin, ast_.ids.end());
    bool readable = body.shape == Shape::Struct && Text(name) != "_";
    for (Id p : params) readable = readable && p != kNone;
    Id mty = readable && body.constrained ? ModuleTypeBody(body.mty) : kNone;
    if (readable && (!body.constrained || mty != kNone)) {
      for (size_t i = 0; i + 1 < params.size(); ++i) ast_.items[params[i]].b = params[i + 1];
      Id it = Item(ast::ItemKind::Module, span, params.front(), ReversedList(body.items), name,
                   body.functor_constrained ? ast::kFunctor | ast::kFunctorTyped : ast::kFunctor);
      ast_.items[it].b = mty;
      ast_.items[it].body = body.span;
      return it;
    }
    item = UnsupportedItem(span, "functors");
  } else if (body.constrained && body.shape == Shape::Apply && body.path != kNone &&
             (body.arg != kNone || body.arg_struct) && Text(name) != "_") {
    // `module M : MT = F (X)`: the application typed as an unnamed module
    // (a), then constrained to MT (b).
    Id mty = ModuleTypeBody(body.mty);
    if (mty != kNone) {
      ModuleExprValue unconstrained = body;
      unconstrained.constrained = false;
      Id app = ModuleItem(Mark{}, body.span, Span{body.span.begin, body.span.begin}, unconstrained);
      Id it = Item(ast::ItemKind::Module, span, app, {}, name,
                   ast::kConstrained | ast::kConstrainedApp);
      ast_.items[it].b = mty;
      ast_.items[it].body = body.span;
      return it;
    }
    item = UnsupportedItem(span, body.mty.has_with ? kUnsupportedWith : "module type annotations");
  } else if (body.constrained) {
    // `module M : MT = struct ... end`, MT a signature or a module type's
    // name.
    // `module M : MT = P`, P a module's path: the module P, seen through
    // MT (a: P's path, no items).
    bool of_path = body.shape == Shape::Ident && body.path != kNone;
    Id mty = kNone;
    if ((body.shape == Shape::Struct || of_path) && Text(name) != "_")
      mty = ModuleTypeBody(body.mty);
    if (mty != kNone) {
      Id it = Item(ast::ItemKind::Module, span, of_path ? body.path : kNone,
                   of_path ? ast::ListRef{} : ReversedList(body.items), name, ast::kConstrained);
      ast_.items[it].b = mty;
      ast_.items[it].body = body.span;
      return it;
    }
    item = UnsupportedItem(span, body.mty.has_with ? kUnsupportedWith : "module type annotations");
  } else if (body.shape == Shape::Struct && Text(name) != "_") {
    return Item(ast::ItemKind::Module, span, kNone, ReversedList(body.items), name);
  } else if (body.shape == Shape::Unpack && Text(name) != "_") {
    // `module M = (val e)`.
    Id it = Item(ast::ItemKind::Module, span, body.unpack, {}, name, ast::kUnpackModule);
    ast_.items[it].body = body.span;
    return it;
  } else if (body.shape == Shape::Ident && body.path != kNone && Text(name) != "_") {
    return Item(ast::ItemKind::Module, span, body.path, {}, name, ast::kModuleAlias);
  } else if (body.shape == Shape::Apply && body.path != kNone &&
             (body.arg != kNone || body.arg_struct) && Text(name) != "_") {
    // A functor applied to a path or a structure (the checker knows the
    // standard library's functors).
    Id app =
        Item(ast::ItemKind::Module, span, body.path,
             body.arg_struct ? ReversedList(body.items) : ast::ListRef{}, name, ast::kFunctorApp);
    ast_.items[app].b = body.arg;
    return app;
  } else {
    const char* what = body.shape == Shape::Functor      ? "functors"
                       : body.shape == Shape::Apply      ? "functor applications"
                       : body.shape == Shape::Constraint ? "module type annotations"
                       : body.shape == Shape::Ident      ? "module aliases"
                                                         : "modules";
    item = UnsupportedItem(span, what);
  }
  ast::Item& it = ast_.items[item];
  it.name = name;
  if (Text(name) != "_") it.flags |= ast::kRefusedModule;
  return item;
}

Id AstBuilder::Pack(Span span, Span module, const ModuleExprValue& value, Id type) {
  Id item = ModuleItem(Mark{}, module, Span{module.begin, module.begin}, value);
  // (A module's error is said where the module expression is.)
  if (ast_.items[item].body.empty()) ast_.items[item].body = module;
  Id pack = Expr(ast::ExprKind::Pack, span, item);
  if (type == kNone) return pack;
  ast_.exprs[pack].flags |= ast::kGhost;
  return Expr(ast::ExprKind::Constraint, span, pack, type);
}

Id AstBuilder::UnpackPat(Span span, Span name, Id type) {
  // (Constrained, the module's pattern is where its name is.)
  Id unpack = Pat(ast::PatKind::Unpack, type == kNone ? span : name);
  ast_.pats[unpack].name = name;
  if (type == kNone) return unpack;
  return Pat(ast::PatKind::Constraint, span, unpack, type);
}

Id AstBuilder::PackageType(Span span, const ModuleTypeValue& mty) {
  Id body =
      mty.shape == ModuleTypeValue::Shape::Ident || mty.has_with ? ModuleTypeBody(mty) : kNone;
  if (body == kNone) return UnsupportedType(span, "first-class modules of this module type");
  return Type(ast::TypeKind::Package, span, kNone, body);
}

Id AstBuilder::IncludeItem(const Mark& mark, Span span, Span module, const ModuleExprValue& m) {
  using Shape = ModuleExprValue::Shape;
  if (m.shape == Shape::Ident) return MarkedItem(mark, Item(ast::ItemKind::Include, span, m.path));
  if (m.shape == Shape::Struct && !m.functor && m.params.empty())
    return MarkedItem(mark, Item(ast::ItemKind::Include, span, kNone, ReversedList(m.items)));
  // `include F (A)`, `include (val e : S)`: the module typed as an
  // unnamed one (b).
  if ((m.shape == Shape::Apply && !m.functor && m.params.empty() && m.path != kNone &&
       (m.arg != kNone || m.arg_struct)) ||
      (m.shape == Shape::Unpack && !m.constrained)) {
    Id app = ModuleItem(Mark{}, module, Span{module.begin, module.begin}, m);
    if (ast_.items[app].kind == ast::ItemKind::Module) {
      Id it = Item(ast::ItemKind::Include, span, kNone);
      ast_.items[it].b = app;
      return MarkedItem(mark, it);
    }
  }
  return UnsupportedItem(span, "include statements");
}

Id AstBuilder::ModuleTypeItem(const Mark& mark, Span span, Span name, const ModuleTypeValue& body) {
  if (mark.present) return UnsupportedItem(mark.span, mark.what.c_str());
  if (Id mty = ModuleTypeBody(body); mty != kNone) {
    ast::Item& it = ast_.items[mty];
    it.span = span;
    it.name = name;
    return mty;
  }
  Id item = UnsupportedItem(span, body.has_with ? kUnsupportedWith : "module types");
  ast_.items[item].name = name;
  ast_.items[item].flags |= ast::kRefusedModuleType;
  return item;
}

Id AstBuilder::ModuleTypeBody(const ModuleTypeValue& mty) {
  if (mty.functor) return mty.functor_item;
  if (mty.is_signature)
    return Item(ast::ItemKind::ModuleType, mty.span, kNone, ReversedList(mty.items));
  if (mty.shape == ModuleTypeValue::Shape::Ident)
    if (Id path = ModulePathAt(mty.span); path != kNone)
      return Item(ast::ItemKind::ModuleType, mty.span, path, {}, {}, ast::kModuleTypePath);
  return mty.with_item;
}

Id AstBuilder::ModuleDeclItem(Mark mark, Span span, Span name, const ModuleTypeValue& body) {
  Id mty = body.is_signature || body.functor ? kNone : ModuleTypeBody(body);
  if (!body.is_signature && mty == kNone)
    mark.Add(
        body.functor
            ? Mark::At(span, "functor declarations in signatures")
            : Mark::At(span,
                       "module declarations other than of a signature or a named module type"));
  Id item = Item(ast::ItemKind::ModuleDecl, span, kNone, ReversedList(body.items), name);
  ast_.items[item].b = mty;
  return MarkedItem(mark, item);
}

Id AstBuilder::FunctorType(Span span, IdList params, const ModuleTypeValue& result) {
  ast::ListRef listed = List(params);
  std::vector<Id> ids(ast_.ids.begin() + listed.begin, ast_.ids.end());
  for (Id p : ids)
    if (p == kNone) return kNone;
  // (A functor returning a functor is not read.)
  Id mty = result.functor ? kNone : ModuleTypeBody(result);
  if (mty == kNone) return kNone;
  for (size_t i = 0; i + 1 < ids.size(); ++i) ast_.items[ids[i]].b = ids[i + 1];
  Id item = Item(ast::ItemKind::ModuleType, span, ids.front(), {}, {}, ast::kFunctorType);
  ast_.items[item].b = mty;
  return item;
}

Id AstBuilder::FunctorParam(Span name, const ModuleTypeValue& mty) {
  // (A functor's parameter that is a functor is not read.)
  if (mty.functor) return kNone;
  Id item = ModuleTypeBody(mty);
  if (item != kNone) ast_.items[item].name = name;
  return item;
}

Id AstBuilder::WithTypeDecl(Id longident, IdList params, Id manifest, Span whole,
                            bool substitution) {
  const ast::LongIdent& l = ast_.longidents[longident];
  if (l.parts.size != 1) return kNone;
  TypeKindValue kind;
  kind.manifest = manifest;
  Id decl = TypeDecl(l.span, params, kind, whole);
  ast_.type_decls[decl].substitution = substitution;
  return decl;
}

Id AstBuilder::WithModuleType(const ModuleTypeValue& base, const WithConstraintsValue& with,
                              Span span) {
  if (!with.supported || base.functor) return kNone;
  Id body = ModuleTypeBody(base);
  if (body == kNone) return kNone;
  Id item = Item(ast::ItemKind::ModuleType, span, body, List(with.decls), {}, ast::kModuleTypeWith);
  ast_.items[item].body = span;
  return item;
}

Id AstBuilder::UnsupportedItem(Span span, std::string what) {
  return Item(ast::ItemKind::Unsupported, span, UnsupportedIndex(span, std::move(what)));
}

ast::Id AstBuilder::ValueDescItem(const ValueDescValue& v, Span span) {
  ast::Id item = Item(ast::ItemKind::ValDecl, span, v.type, {}, v.name,
                      v.external ? ast::kExternal : uint8_t{0});
  if (v.external) ast_.items[item].body = v.prims;
  return MarkedItem(v.mark, item);
}

}  // namespace mlhint
