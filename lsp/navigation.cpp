// The editor's questions about one place (see navigation.h): the node at an
// offset, what a name there refers to, the hover's text, where a name is
// defined and where it is used. The outline and the inlay hints are in
// outline.cpp; the printing helpers both use are declared in
// navigation_internal.h.

#include "lsp/navigation.h"

#include <algorithm>
#include <functional>
#include <string_view>

#include "lsp/navigation_internal.h"
#include "parser/ast.h"
#include "support/format.h"
#include "typing/printtyp.h"
#include "typing/typer.h"

namespace mlhint::lsp {
namespace nav {

// ---------------------------------------------------------------- printing

std::string Laid(const std::function<void(fmt::Formatter&)>& print) {
  std::string text;
  fmt::Formatter ppf(text);
  print(ppf);
  ppf.print_flush();
  return text;
}

std::string OneLine(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || ((c == ' ' || c == '\t') && space)) {
      space = true;
      continue;
    }
    if (space && !out.empty() && out.back() != ' ') out += ' ';
    space = c == ' ';
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool Usable(typing::Typer& typer, TypeId t) {
  return t != typing::kNoType && typer.store().tag(typer.store().Repr(t)) != typing::TypeTag::Error;
}

std::string TypeText(typing::Typer& typer, TypeId t) {
  typing::OutType tree = typer.printer().TreeFresh(t);
  return Laid([&](fmt::Formatter& ppf) { typing::PrintOutType(ppf, tree); });
}

std::string ItemText(const typing::OutSigItem& item) {
  return Laid([&](fmt::Formatter& ppf) { typing::PrintSignature(ppf, {item}); });
}

std::string DeclText(typing::Typer& typer, DeclId decl) {
  return ItemText(typer.printer().TypeItem(decl, true));
}

ValueId ValueBoundAt(typing::Typer& typer, Span span, std::string_view name) {
  const typing::Env& env = typer.env();
  for (size_t v = env.values.size(); v-- > env.prelude_values.size();) {
    const typing::ValueDesc& d = env.values[v];
    if (d.has_loc && !d.rolled_back && !d.from_prelude && d.loc == span && d.name == name)
      return static_cast<ValueId>(v);
  }
  return typing::kNone;
}

}  // namespace nav

std::optional<Span> DeclaredName(const ast::Ast& tree, Span decl) {
  for (ast::Id k = 0; k < tree.constructors.size(); ++k)
    if (tree.constructors[k].span == decl) return tree.constructors[k].name;
  for (ast::Id k = 0; k < tree.labels.size(); ++k)
    if (tree.labels[k].span == decl) return tree.labels[k].name;
  for (ast::Id k = 0; k < tree.type_decls.size(); ++k)
    if (tree.type_decls[k].span == decl) return tree.type_decls[k].name;
  return std::nullopt;
}

namespace {

using namespace nav;

std::string ConstructorText(typing::Typer& typer, ConstrId c) {
  const typing::ConstructorDesc& desc = typer.env().constructors[c];
  if (desc.is_exception) return ItemText(typer.printer().ExceptionItem(c));
  return DeclText(typer, desc.owner);
}

// ---------------------------------------------------------------- the node at an offset

struct Node {
  enum class Kind { None, Expr, Pat, Type } kind = Kind::None;
  ast::Id id = ast::kNone;
  Span span;
};

// The smallest expression, pattern or type expression written in the text
// (not made by desugaring) whose span holds `offset`.
Node SmallestAt(const ast::Ast& tree, uint32_t offset) {
  Node best;
  auto consider = [&](Node::Kind kind, ast::Id id, Span span, uint8_t flags) {
    if ((flags & ast::kGhost) || !span.contains(offset)) return;
    if (best.kind == Node::Kind::None || span.size() < best.span.size())
      best = Node{kind, id, span};
  };
  for (ast::Id e = 0; e < tree.exprs.size(); ++e)
    consider(Node::Kind::Expr, e, tree.exprs[e].span, tree.exprs[e].flags);
  for (ast::Id p = 0; p < tree.pats.size(); ++p)
    consider(Node::Kind::Pat, p, tree.pats[p].span, tree.pats[p].flags);
  for (ast::Id t = 0; t < tree.types.size(); ++t)
    consider(Node::Kind::Type, t, tree.types[t].span, 0);
  return best;
}

// ---------------------------------------------------------------- what a name refers to

struct Target {
  enum class Kind { None, Value, Constructor, Label, Type } kind = Kind::None;
  uint32_t id = typing::kNone;
  Span at;  // the name under the cursor
};

DeclId DeclOf(typing::Typer& typer, TypeId t) {
  if (t == typing::kNoType) return typing::kNone;
  TypeId r = typer.store().Repr(t);
  if (typer.store().tag(r) != typing::TypeTag::Constr) return typing::kNone;
  return typer.store().node(r).a;
}

// The constructor `name` of an expression or pattern of type `type`: the
// type's own when it is a variant, else the innermost binding of the name.
ConstrId ResolveConstructor(typing::Typer& typer, std::string_view name, TypeId type) {
  typing::Env& env = typer.env();
  DeclId decl = DeclOf(typer, type);
  if (decl != typing::kNone && decl != env.predef.exn_)
    for (ConstrId c : env.types[decl].constructors)
      if (env.constructors[c].name == name) return c;
  std::vector<uint32_t> all = env.FindAll(typing::Namespace::Constructor, name);
  for (uint32_t c : all)
    if (decl == typing::kNone || env.constructors[c].owner == decl) return c;
  return typing::kNone;
}

LabelId ResolveLabel(typing::Typer& typer, std::string_view name, TypeId record_type) {
  typing::Env& env = typer.env();
  DeclId decl = DeclOf(typer, record_type);
  if (decl != typing::kNone)
    for (LabelId l : env.types[decl].labels)
      if (env.labels[l].name == name) return l;
  std::vector<uint32_t> all = env.FindAll(typing::Namespace::Label, name);
  return all.empty() ? typing::kNone : all.front();
}

DeclId ResolveType(typing::Typer& typer, const ast::Ast& tree, ast::Id longident) {
  if (tree.longidents[longident].parts.size != 1) return typing::kNone;  // the prelude's
  return typer.env().Find(typing::Namespace::Type, tree.LastName(longident));
}

Target TargetAt(const TypedProgram& p, uint32_t offset) {
  const ast::Ast& tree = p.tree;
  typing::Typer& typer = p.typer;
  typing::Env& env = typer.env();
  // A name in a declaration.
  for (ast::Id d = 0; d < tree.type_decls.size(); ++d)
    if (tree.type_decls[d].name.contains(offset))
      for (size_t t = env.types.size(); t-- > 0;)
        if (env.types[t].has_loc && !env.types[t].rolled_back &&
            env.types[t].loc == tree.type_decls[d].span &&
            env.types[t].name == typer.source().Slice(tree.type_decls[d].name))
          return Target{Target::Kind::Type, static_cast<uint32_t>(t), tree.type_decls[d].name};
  for (ast::Id c = 0; c < tree.constructors.size(); ++c)
    if (tree.constructors[c].name.contains(offset))
      for (size_t k = env.constructors.size(); k-- > 0;)
        if (env.constructors[k].has_loc && !env.constructors[k].rolled_back &&
            env.constructors[k].loc == tree.constructors[c].span &&
            env.constructors[k].name == tree.constructors[c].text)
          return Target{Target::Kind::Constructor, static_cast<uint32_t>(k),
                        tree.constructors[c].name};
  for (ast::Id l = 0; l < tree.labels.size(); ++l)
    if (tree.labels[l].name.contains(offset))
      for (size_t k = env.labels.size(); k-- > 0;) {
        const typing::LabelDesc& ld = env.labels[k];
        if (ld.loc == tree.labels[l].span && env.types[ld.owner].has_loc &&
            !env.types[ld.owner].rolled_back &&
            ld.name == typer.source().Slice(tree.labels[l].name))
          return Target{Target::Kind::Label, static_cast<uint32_t>(k), tree.labels[l].name};
      }

  Node node = SmallestAt(tree, offset);
  auto in = [&](ast::Id longident) {
    return longident != ast::kNone && tree.longidents[longident].span.contains(offset);
  };
  auto span_of = [&](ast::Id longident) { return tree.longidents[longident].span; };
  switch (node.kind) {
    case Node::Kind::None:
      break;
    case Node::Kind::Expr: {
      const ast::Expr& e = tree.exprs[node.id];
      switch (e.kind) {
        case ast::ExprKind::Ident:
          if (typer.IdentValue(node.id) != typing::kNone)
            return Target{Target::Kind::Value, typer.IdentValue(node.id), e.span};
          break;
        case ast::ExprKind::Construct:
          if (in(e.a))
            return Target{Target::Kind::Constructor,
                          ResolveConstructor(typer, tree.LastName(e.a), typer.ExprType(node.id)),
                          span_of(e.a)};
          break;
        case ast::ExprKind::Field:
        case ast::ExprKind::SetField:
          if (in(e.b))
            return Target{Target::Kind::Label,
                          ResolveLabel(typer, tree.LastName(e.b), typer.ExprType(e.a)),
                          span_of(e.b)};
          break;
        case ast::ExprKind::Record:
          for (const ast::Id* f = tree.begin(e.list); f != tree.end(e.list); ++f) {
            ast::Id label = tree.record_fields[*f].label;
            if (in(label))
              return Target{Target::Kind::Label,
                            ResolveLabel(typer, tree.LastName(label), typer.ExprType(node.id)),
                            span_of(label)};
          }
          break;
        default:
          break;
      }
      break;
    }
    case Node::Kind::Pat: {
      const ast::Pat& pat = tree.pats[node.id];
      switch (pat.kind) {
        case ast::PatKind::Var:
        case ast::PatKind::Alias:
          if (pat.name.contains(offset))
            return Target{Target::Kind::Value,
                          ValueBoundAt(typer, pat.span, typer.source().Slice(pat.name)), pat.name};
          break;
        case ast::PatKind::Construct:
          if (in(pat.a)) {
            ConstrId c = typer.PatConstructor(node.id);
            if (c == typing::kNone)
              c = ResolveConstructor(typer, tree.LastName(pat.a), typer.PatType(node.id));
            return Target{Target::Kind::Constructor, c, span_of(pat.a)};
          }
          break;
        case ast::PatKind::Record:
          for (const ast::Id* f = tree.begin(pat.list); f != tree.end(pat.list); ++f) {
            ast::Id label = tree.record_pat_fields[*f].label;
            if (!in(label)) continue;
            LabelId l = typer.RecordPatLabel(*f);
            if (l == typing::kNone)
              l = ResolveLabel(typer, tree.LastName(label), typer.PatType(node.id));
            return Target{Target::Kind::Label, l, span_of(label)};
          }
          break;
        default:
          break;
      }
      break;
    }
    case Node::Kind::Type: {
      const ast::TypeExpr& t = tree.types[node.id];
      if (t.kind == ast::TypeKind::Constr && in(t.a))
        return Target{Target::Kind::Type, ResolveType(typer, tree, t.a), span_of(t.a)};
      break;
    }
  }
  return Target{};
}

// Where a target is defined, by the name its definition gives it.
std::optional<Span> DefinitionOf(const TypedProgram& p, const Target& target) {
  const typing::Env& env = p.typer.env();
  const ast::Ast& tree = p.tree;
  if (target.id == typing::kNone) return std::nullopt;
  switch (target.kind) {
    case Target::Kind::None:
      return std::nullopt;
    case Target::Kind::Value: {
      if (target.id < env.prelude_values.size()) return std::nullopt;
      const typing::ValueDesc& v = env.values[target.id];
      if (!v.has_loc || v.from_prelude) return std::nullopt;
      return v.loc;
    }
    case Target::Kind::Constructor: {
      const typing::ConstructorDesc& c = env.constructors[target.id];
      if (!c.has_loc) return std::nullopt;
      return DeclaredName(tree, c.loc).value_or(c.loc);
    }
    case Target::Kind::Label: {
      const typing::LabelDesc& l = env.labels[target.id];
      if (!env.types[l.owner].has_loc) return std::nullopt;
      return DeclaredName(tree, l.loc).value_or(l.loc);
    }
    case Target::Kind::Type: {
      const typing::TypeDecl& d = env.types[target.id];
      if (!d.has_loc) return std::nullopt;
      return DeclaredName(tree, d.loc).value_or(d.loc);
    }
  }
  return std::nullopt;
}

// ---------------------------------------------------------------- hover

// The type clash whose span holds `offset` and is the smallest.
const typing::TypeClash* ClashAt(const TypedProgram& p, uint32_t offset) {
  const typing::TypeClash* best = nullptr;
  for (const typing::TypeClash& c : p.clashes)
    if (c.span.contains(offset) && c.got != typing::kNoType && c.expected != typing::kNoType &&
        (!best || c.span.size() < best->span.size()))
      best = &c;
  return best;
}

}  // namespace

std::optional<HoverText> HoverAt(const TypedProgram& p, uint32_t offset) {
  typing::Typer& typer = p.typer;
  const ast::Ast& tree = p.tree;
  Node node = SmallestAt(tree, offset);
  const typing::TypeClash* clash = ClashAt(p, offset);
  // On an error: what the expression has and what its context expected.
  if (clash && (node.kind == Node::Kind::None || clash->span.size() <= node.span.size())) {
    typing::TypePrinter& printer = typer.printer();
    printer.ResetNames();
    printer.Prepare(clash->got);
    printer.Prepare(clash->expected);
    typing::OutType got = printer.Tree(clash->got);
    typing::OutType expected = printer.Tree(clash->expected);
    std::string code = Laid([&](fmt::Formatter& ppf) { typing::PrintOutType(ppf, got); });
    code += "\n(* expected: ";
    code += Laid([&](fmt::Formatter& ppf) { typing::PrintOutType(ppf, expected); });
    code += " *)";
    return HoverText{clash->span, std::move(code)};
  }
  Target target = TargetAt(p, offset);
  typing::Env& env = typer.env();
  if (target.id != typing::kNone) {
    switch (target.kind) {
      case Target::Kind::Constructor:
        return HoverText{target.at, ConstructorText(typer, target.id)};
      case Target::Kind::Label:
        return HoverText{target.at, DeclText(typer, env.labels[target.id].owner)};
      case Target::Kind::Type:
        return HoverText{target.at, DeclText(typer, target.id)};
      case Target::Kind::Value: {
        // A name: its definition's type, and the type it has here when that
        // is an instance of it.
        TypeId scheme = env.values[target.id].type;
        if (!Usable(typer, scheme)) break;
        std::string code = TypeText(typer, scheme);
        if (node.kind == Node::Kind::Expr && Usable(typer, typer.ExprType(node.id))) {
          std::string here = TypeText(typer, typer.ExprType(node.id));
          if (here != code) code += "\n(* here: " + here + " *)";
        }
        return HoverText{target.at, std::move(code)};
      }
      case Target::Kind::None:
        break;
    }
  }
  if (node.kind != Node::Kind::Expr && node.kind != Node::Kind::Pat) return std::nullopt;
  TypeId type = node.kind == Node::Kind::Expr ? typer.ExprType(node.id) : typer.PatType(node.id);
  if (!Usable(typer, type)) {
    // A node the checker did not type (it failed before): the smallest one
    // around it that it did.
    std::optional<Span> best;
    auto consider = [&](Span span, uint8_t flags, TypeId t) {
      if ((flags & ast::kGhost) || !span.contains(offset) || !Usable(typer, t)) return;
      if (!best || span.size() < best->size()) {
        best = span;
        type = t;
      }
    };
    for (ast::Id e = 0; e < tree.exprs.size(); ++e)
      consider(tree.exprs[e].span, tree.exprs[e].flags, typer.ExprType(e));
    for (ast::Id q = 0; q < tree.pats.size(); ++q)
      consider(tree.pats[q].span, tree.pats[q].flags, typer.PatType(q));
    if (!best) return std::nullopt;
    node.span = *best;
  }
  return HoverText{node.span, TypeText(typer, type)};
}

std::optional<Span> DefinitionAt(const TypedProgram& p, uint32_t offset) {
  return DefinitionOf(p, TargetAt(p, offset));
}

namespace {

Target FromName(const NameAt& name) {
  return Target{static_cast<Target::Kind>(name.kind), name.id, Span{}};
}

}  // namespace

std::optional<NameAt> NameAtOffset(const TypedProgram& p, uint32_t offset) {
  Target target = TargetAt(p, offset);
  if (target.kind == Target::Kind::None || target.id == typing::kNone) return std::nullopt;
  return NameAt{static_cast<int>(target.kind), target.id, target.kind == Target::Kind::Value};
}

std::optional<Span> DefinitionOfName(const TypedProgram& p, const NameAt& name) {
  return DefinitionOf(p, FromName(name));
}

std::vector<Span> ReferencesAt(const TypedProgram& p, uint32_t offset, bool include_declaration) {
  std::vector<Span> spans;
  std::optional<NameAt> name = NameAtOffset(p, offset);
  if (!name) return spans;
  spans = UsesOf(p, *name);
  if (include_declaration)
    if (std::optional<Span> def = DefinitionOfName(p, *name)) spans.push_back(*def);
  std::sort(spans.begin(), spans.end(), [](Span a, Span b) {
    return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
  });
  spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
  return spans;
}

std::vector<Span> UsesOf(const TypedProgram& p, const NameAt& named) {
  std::vector<Span> spans;
  Target target = FromName(named);
  typing::Typer& typer = p.typer;
  typing::Env& env = typer.env();
  const ast::Ast& tree = p.tree;
  switch (target.kind) {
    case Target::Kind::None:
      break;
    case Target::Kind::Value:
      for (ast::Id e = 0; e < tree.exprs.size(); ++e)
        if (tree.exprs[e].kind == ast::ExprKind::Ident && !(tree.exprs[e].flags & ast::kGhost) &&
            typer.IdentValue(e) == target.id)
          spans.push_back(tree.exprs[e].span);
      break;
    case Target::Kind::Constructor: {
      const std::string& name = env.constructors[target.id].name;
      for (ast::Id e = 0; e < tree.exprs.size(); ++e) {
        const ast::Expr& x = tree.exprs[e];
        if (x.kind == ast::ExprKind::Construct && !(x.flags & ast::kGhost) &&
            tree.LastName(x.a) == name &&
            ResolveConstructor(typer, name, typer.ExprType(e)) == target.id)
          spans.push_back(tree.longidents[x.a].span);
      }
      for (ast::Id q = 0; q < tree.pats.size(); ++q) {
        const ast::Pat& x = tree.pats[q];
        if (x.kind != ast::PatKind::Construct || (x.flags & ast::kGhost) ||
            tree.LastName(x.a) != name)
          continue;
        ConstrId c = typer.PatConstructor(q);
        if (c == typing::kNone) c = ResolveConstructor(typer, name, typer.PatType(q));
        if (c == target.id) spans.push_back(tree.longidents[x.a].span);
      }
      break;
    }
    case Target::Kind::Label: {
      const std::string& name = env.labels[target.id].name;
      for (ast::Id e = 0; e < tree.exprs.size(); ++e) {
        const ast::Expr& x = tree.exprs[e];
        if ((x.kind == ast::ExprKind::Field || x.kind == ast::ExprKind::SetField) &&
            tree.LastName(x.b) == name &&
            ResolveLabel(typer, name, typer.ExprType(x.a)) == target.id)
          spans.push_back(tree.longidents[x.b].span);
        if (x.kind == ast::ExprKind::Record)
          for (const ast::Id* f = tree.begin(x.list); f != tree.end(x.list); ++f) {
            ast::Id label = tree.record_fields[*f].label;
            if (tree.LastName(label) == name &&
                ResolveLabel(typer, name, typer.ExprType(e)) == target.id)
              spans.push_back(tree.longidents[label].span);
          }
      }
      for (ast::Id q = 0; q < tree.pats.size(); ++q) {
        const ast::Pat& x = tree.pats[q];
        if (x.kind != ast::PatKind::Record) continue;
        for (const ast::Id* f = tree.begin(x.list); f != tree.end(x.list); ++f) {
          ast::Id label = tree.record_pat_fields[*f].label;
          if (tree.LastName(label) != name) continue;
          LabelId l = typer.RecordPatLabel(*f);
          if (l == typing::kNone) l = ResolveLabel(typer, name, typer.PatType(q));
          if (l == target.id) spans.push_back(tree.longidents[label].span);
        }
      }
      break;
    }
    case Target::Kind::Type:
      for (ast::Id t = 0; t < tree.types.size(); ++t) {
        const ast::TypeExpr& x = tree.types[t];
        if (x.kind == ast::TypeKind::Constr && tree.LastName(x.a) == env.types[target.id].name &&
            ResolveType(typer, tree, x.a) == target.id)
          spans.push_back(tree.longidents[x.a].span);
      }
      break;
  }
  return spans;
}

}  // namespace mlhint::lsp
