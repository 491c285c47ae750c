// The editor's outline of a file (its definitions, with their types and
// nesting) and the inferred types shown inline (inlay hints). The other
// questions (hover, definition, references) are in navigation.cpp.

#include <algorithm>
#include <unordered_map>

#include "lsp/navigation.h"
#include "lsp/navigation_internal.h"
#include "parser/ast.h"

namespace mlhint::lsp {

namespace {

using namespace nav;

// The variables a pattern binds, in text order (without recursion: a
// pattern nests as deep as its text).
std::vector<ast::Id> BoundVariables(const ast::Ast& tree, ast::Id root) {
  std::vector<ast::Id> vars, stack{root};
  while (!stack.empty()) {
    ast::Id p = stack.back();
    stack.pop_back();
    if (p == ast::kNone) continue;
    const ast::Pat& x = tree.pats[p];
    switch (x.kind) {
      case ast::PatKind::Var:
        vars.push_back(p);
        break;
      case ast::PatKind::Alias:
        vars.push_back(p);
        stack.push_back(x.a);
        break;
      case ast::PatKind::Construct:
      case ast::PatKind::Variant:
        stack.push_back(x.b);
        break;
      case ast::PatKind::Constraint:
      case ast::PatKind::LocalOpen:
      case ast::PatKind::Exception:
      case ast::PatKind::Lazy:
        stack.push_back(x.a);
        break;
      case ast::PatKind::Or:
        stack.push_back(x.a);  // both sides bind the same names
        break;
      case ast::PatKind::Tuple:
      case ast::PatKind::Array:
        for (const ast::Id* q = tree.begin(x.list); q != tree.end(x.list); ++q) stack.push_back(*q);
        break;
      case ast::PatKind::Record:
        for (const ast::Id* f = tree.begin(x.list); f != tree.end(x.list); ++f)
          stack.push_back(tree.record_pat_fields[*f].pat);
        break;
      default:
        break;
    }
  }
  std::sort(vars.begin(), vars.end(), [&](ast::Id a, ast::Id b) {
    return tree.pats[a].name.begin < tree.pats[b].name.begin;
  });
  return vars;
}

// The latest entry of a table of declarations (types, constructors) made
// at a place with a name, through an index of the places built on first use
// (a scan of the whole table per symbol made a large file's outline
// quadratic).
template <typename Table>
class ByPlace {
 public:
  explicit ByPlace(const Table& table) : table_(table) {}
  uint32_t Find(Span loc, std::string_view name) {
    if (index_.empty())
      for (size_t i = table_.size(); i-- > 0;)
        if (table_[i].has_loc && !table_[i].rolled_back)
          index_[table_[i].loc.begin].push_back(static_cast<uint32_t>(i));
    auto it = index_.find(loc.begin);
    if (it != index_.end())
      for (uint32_t i : it->second)
        if (table_[i].loc == loc && table_[i].name == name) return i;
    return typing::kNone;
  }

 private:
  const Table& table_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> index_;
};

}  // namespace

std::vector<OutlineSymbol> Outline(const TypedProgram& p) {
  typing::Typer& typer = p.typer;
  typing::Env& env = typer.env();
  const ast::Ast& tree = p.tree;
  const SourceBuffer& source = typer.source();
  std::vector<OutlineSymbol> symbols;
  // By place and name (see ValueBoundAt).
  ByPlace<decltype(env.types)> decls(env.types);
  ByPlace<decltype(env.constructors)> constructors(env.constructors);
  auto decl_at = [&](Span loc, std::string_view name) -> DeclId { return decls.Find(loc, name); };
  auto constructor_at = [&](Span loc, std::string_view name) -> ConstrId {
    return constructors.Find(loc, name);
  };
  for (uint32_t i = 0; i < tree.structure.size; ++i) {
    const ast::Item& item = tree.items[tree.at(tree.structure, i)];
    switch (item.kind) {
      case ast::ItemKind::Value:
        for (const ast::Id* b = tree.begin(item.list); b != tree.end(item.list); ++b) {
          const ast::Binding& binding = tree.bindings[*b];
          for (ast::Id v : BoundVariables(tree, binding.pat)) {
            const ast::Pat& x = tree.pats[v];
            OutlineSymbol s;
            s.name = std::string(source.Slice(x.name));
            s.range = item.list.size == 1 ? item.span : binding.span;
            s.selection = x.name;
            TypeId type = typer.PatType(v);
            if (Usable(typer, type)) {
              s.detail = OneLine(TypeText(typer, type));
              if (typer.store().tag(typer.store().Repr(type)) == typing::TypeTag::Arrow)
                s.kind = SymbolKind::Function;
            }
            symbols.push_back(std::move(s));
          }
        }
        break;
      case ast::ItemKind::Type:
        for (const ast::Id* d = tree.begin(item.list); d != tree.end(item.list); ++d) {
          const ast::TypeDecl& td = tree.type_decls[*d];
          OutlineSymbol s;
          s.name = std::string(source.Slice(td.name));
          s.range = td.span;
          s.selection = td.name;
          s.kind = td.kind == ast::TypeDeclKind::Variant  ? SymbolKind::Enum
                   : td.kind == ast::TypeDeclKind::Record ? SymbolKind::Struct
                                                          : SymbolKind::TypeParameter;
          DeclId decl = decl_at(td.span, source.Slice(td.name));
          if (decl != typing::kNone) s.detail = OneLine(DeclText(typer, decl));
          for (const ast::Id* m = tree.begin(td.members); m != tree.end(td.members); ++m) {
            OutlineSymbol child;
            if (td.kind == ast::TypeDeclKind::Variant) {
              const ast::ConstructorDecl& cd = tree.constructors[*m];
              child.name = std::string(cd.text);
              child.kind = SymbolKind::EnumMember;
              child.range = cd.span;
              child.selection = cd.name;
              ConstrId c = constructor_at(cd.span, cd.text);
              if (c != typing::kNone && !env.constructors[c].args.empty()) {
                typing::TypePrinter& printer = typer.printer();
                printer.ResetNames();
                std::string args;
                // An inline record shows its fields (printer.ConstructorTree).
                for (const typing::OutType& t : printer.ConstructorTree(c).args) {
                  if (!args.empty()) args += " * ";
                  args += Laid([&](fmt::Formatter& ppf) { typing::PrintSimpleOutType(ppf, t); });
                }
                child.detail = OneLine("of " + args);
              }
            } else if (td.kind == ast::TypeDeclKind::Record) {
              const ast::LabelDecl& ld = tree.labels[*m];
              child.name = std::string(source.Slice(ld.name));
              child.kind = SymbolKind::Field;
              child.range = ld.span;
              child.selection = ld.name;
              if (decl != typing::kNone)
                for (LabelId l : env.types[decl].labels)
                  if (env.labels[l].loc == ld.span)
                    child.detail = OneLine(TypeText(typer, env.labels[l].arg));
            } else {
              continue;
            }
            s.children.push_back(std::move(child));
          }
          symbols.push_back(std::move(s));
        }
        break;
      case ast::ItemKind::Exception: {
        const ast::ConstructorDecl& cd = tree.constructors[item.a];
        OutlineSymbol s;
        s.name = std::string(cd.text);
        s.kind = SymbolKind::Event;
        s.range = item.span;
        s.selection = cd.name;
        ConstrId c = constructor_at(cd.span, cd.text);
        if (c != typing::kNone) s.detail = OneLine(ItemText(typer.printer().ExceptionItem(c)));
        symbols.push_back(std::move(s));
        break;
      }
      default:
        break;
    }
  }
  return symbols;
}

namespace {

// A definition whose type its text already says: a literal, `true`,
// `false`, `()`.
bool ObviousFromLiteral(const ast::Ast& tree, ast::Id e) {
  const ast::Expr& x = tree.exprs[e];
  if (x.kind == ast::ExprKind::Constant) return true;
  if (x.kind == ast::ExprKind::Construct && x.b == ast::kNone) {
    std::string_view name = tree.LastName(x.a);
    return name == "true" || name == "false" || name == "()";
  }
  return false;
}

}  // namespace

std::vector<TypeHint> TypeHints(const TypedProgram& p, Span range,
                                const InlayHintSettings& settings) {
  std::vector<TypeHint> hints;
  if (!settings.enabled) return hints;
  typing::Typer& typer = p.typer;
  const ast::Ast& tree = p.tree;
  auto wanted = [&](uint32_t offset) { return range.begin <= offset && offset <= range.end; };
  auto add = [&](ast::Id pat) {
    const ast::Pat& x = tree.pats[pat];
    if (x.kind != ast::PatKind::Var || (x.flags & ast::kGhost) || !wanted(x.name.end)) return;
    TypeId type = typer.PatType(pat);
    if (!Usable(typer, type)) return;
    hints.push_back(TypeHint{x.name.end, ": " + OneLine(TypeText(typer, type))});
  };
  if (settings.bindings)
    for (ast::Id b = 0; b < tree.bindings.size(); ++b) {
      const ast::Binding& binding = tree.bindings[b];
      if (binding.pat == ast::kNone || binding.expr == ast::kNone) continue;
      const ast::Expr& e = tree.exprs[binding.expr];
      // `let f x = ...`: its parameters are shown instead.
      if (e.kind == ast::ExprKind::Fun && (e.flags & ast::kGhost)) continue;
      if (ObviousFromLiteral(tree, binding.expr)) continue;
      add(binding.pat);
    }
  if (settings.parameters)
    for (ast::Id e = 0; e < tree.exprs.size(); ++e)
      if (tree.exprs[e].kind == ast::ExprKind::Fun && tree.exprs[e].a != ast::kNone)
        add(tree.exprs[e].a);
  std::sort(hints.begin(), hints.end(),
            [](const TypeHint& a, const TypeHint& b) { return a.offset < b.offset; });
  return hints;
}

}  // namespace mlhint::lsp
