#include "parser/builder.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "diagnostics/warnings.h"
#include "lexer/literals.h"
#include "support/text_chars.h"

namespace mlhint {

using ast::Id;
using ast::kNone;

std::string ast::Ast::FullName(Id longident) const {
  const LongIdent& l = longidents[longident];
  std::string out;
  for (uint32_t i = 0; i < l.parts.size; ++i) {
    if (i) out += '.';
    out += names[l.parts.begin + i];
  }
  return out;
}

IdList AstBuilder::Concat(IdList front, IdList back) {
  if (front.empty()) return back;
  if (back.empty()) return front;
  cells_[front.tail].next = back.head;
  return IdList{front.head, back.tail};
}

uint32_t AstBuilder::NewCellSlow(Id id, uint32_t next) {
  cells_.push_back(Cell{id, next});
  return static_cast<uint32_t>(cells_.size() - 1);
}

const std::vector<Id>& AstBuilder::Elements(IdList list) {
  scratch_.clear();
  if (!list.empty()) {
    for (uint32_t cell = list.head;; cell = cells_[cell].next) {
      scratch_.push_back(cells_[cell].id);
      if (cell == list.tail) break;
    }
  }
  Release(list);
  return scratch_;
}

ast::ListRef AstBuilder::List(IdList items) {
  uint32_t begin = static_cast<uint32_t>(ast_.ids.size());
  if (!items.empty()) {
    for (uint32_t cell = items.head;; cell = cells_[cell].next) {
      ast_.ids.push_back(cells_[cell].id);
      if (cell == items.tail) break;
    }
  }
  Release(items);
  return ast::ListRef{begin, static_cast<uint32_t>(ast_.ids.size()) - begin};
}

ast::ListRef AstBuilder::List(std::initializer_list<Id> items) {
  ast::ListRef ref{static_cast<uint32_t>(ast_.ids.size()), static_cast<uint32_t>(items.size())};
  ast_.ids.insert(ast_.ids.end(), items.begin(), items.end());
  return ref;
}

ast::ListRef AstBuilder::ReversedList(IdList items) {
  ast::ListRef ref = List(items);
  std::reverse(ast_.ids.begin() + ref.begin, ast_.ids.end());
  return ref;
}

std::string_view AstBuilder::ConstructorText(Span span) const {
  std::string_view text = Text(span);
  if (text.empty()) return text;
  if (text[0] == '[') return "[]";
  if (text[0] == '(') return text.find("::") != std::string_view::npos ? "::" : "()";
  return text;
}

Id AstBuilder::Qualify(Id prefix, std::string_view last, Span span) {
  ast::ListRef old = ast_.longidents[prefix].parts;
  ast::ListRef parts{static_cast<uint32_t>(ast_.names.size()), old.size + 1};
  for (uint32_t i = 0; i < old.size; ++i) ast_.names.push_back(ast_.names[old.begin + i]);
  ast_.names.push_back(last);
  ast_.longidents.push_back(ast::LongIdent{parts, span});
  return static_cast<Id>(ast_.longidents.size() - 1);
}

Id AstBuilder::IdentNamed(std::string_view name, Span span, uint8_t flags) {
  // A module-qualified name ("Array.get", from the indexing sugar) becomes a
  // qualified LongIdent; an operator may contain dots too ("+.", "~-.").
  size_t dot = name.find('.');
  bool qualified = dot != std::string_view::npos && name[0] >= 'A' && name[0] <= 'Z';
  Id li;
  if (!qualified) {
    li = Name(name, span);
  } else {
    li = Name(name.substr(0, dot), span);
    li = Qualify(li, name.substr(dot + 1), span);
  }
  return Expr(ast::ExprKind::Ident, span, li, kNone, kNone, {}, flags);
}

Id AstBuilder::Infix(Id lhs, Span op, Id rhs, Span whole) {
  Id fn = IdentNamed(Text(op), op);
  return Expr(ast::ExprKind::Apply, whole, fn, kNone, kNone, List({lhs, rhs}), ast::kInfix);
}

Id AstBuilder::Prefix(std::string_view op_name, Span op, Id arg, Span whole) {
  Id fn = IdentNamed(op_name, op);
  return Expr(ast::ExprKind::Apply, whole, fn, kNone, kNone, List({arg}), ast::kPrefix);
}

namespace {
bool IsNumericConstant(const ast::Ast& ast, Id e, ast::ConstKind kind) {
  const ast::Expr& x = ast.exprs[e];
  return x.kind == ast::ExprKind::Constant && ast.constants[x.a].kind == kind;
}
}  // namespace

Id AstBuilder::UnaryMinus(Span op, Id arg, Span whole) {
  std::string_view name = Text(op);
  bool int_const = name == "-" && IsNumericConstant(ast_, arg, ast::ConstKind::Int);
  bool float_const = IsNumericConstant(ast_, arg, ast::ConstKind::Float);
  if (int_const || float_const) {
    // OCaml negates the literal's text: "-" ^ n, and "--n" becomes "n".
    ast::Constant c = ast_.constants[ast_.exprs[arg].a];
    c.negative = !c.negative;
    ast_.constants.push_back(c);
    return Expr(ast::ExprKind::Constant, whole, static_cast<Id>(ast_.constants.size() - 1));
  }
  return Prefix(name == "-" ? "~-" : "~-.", op, arg, whole);
}

Id AstBuilder::UnaryPlus(Span op, Id arg, Span whole) {
  std::string_view name = Text(op);
  bool int_const = name == "+" && IsNumericConstant(ast_, arg, ast::ConstKind::Int);
  bool float_const = IsNumericConstant(ast_, arg, ast::ConstKind::Float);
  if (int_const || float_const) {
    ast::Expr copy = ast_.exprs[arg];
    copy.span = whole;
    ast_.exprs.push_back(copy);
    return static_cast<Id>(ast_.exprs.size() - 1);
  }
  return Prefix(name == "+" ? "~+" : "~+.", op, arg, whole);
}

Id AstBuilder::Apply(Id fn, IdList args, Span whole) {
  ast::ListRef list = List(args);
  Id labels = kNone;
  if (!arg_labels_.empty()) {
    for (uint32_t i = 0; i < list.size && labels == kNone; ++i)
      if (arg_labels_.count(ast_.at(list, i))) labels = static_cast<Id>(ast_.arg_labels.size());
    if (labels != kNone) {
      for (uint32_t i = 0; i < list.size; ++i) {
        auto it = arg_labels_.find(ast_.at(list, i));
        PushArgLabel(it == arg_labels_.end() ? ast::ArgLabel{} : it->second);
        if (it != arg_labels_.end()) arg_labels_.erase(it);
      }
    }
  }
  return Expr(ast::ExprKind::Apply, whole, fn, kNone, labels, list);
}

Id AstBuilder::Cons(Id head, Span op, Id tail, Span whole) {
  Id pair = Expr(ast::ExprKind::Tuple, whole, kNone, kNone, kNone, List({head, tail}), ast::kGhost);
  return Expr(ast::ExprKind::Construct, whole, Name("::", op), pair);
}

Id AstBuilder::ListExpr(IdList list, Span close, Span whole) {
  const std::vector<Id>& elements = Elements(list);
  // OCaml's mktailexp: the empty list is located on `]` (ghost); each cons
  // cell spans from its head to the end of the list.
  Id tail = Expr(ast::ExprKind::Construct, close, Name("[]", close), kNone, kNone, {}, ast::kGhost);
  for (size_t i = elements.size(); i-- > 0;) {
    Id head = elements[i];
    Span cell{ast_.exprs[head].span.begin, ast_.exprs[tail].span.end};
    Id pair =
        Expr(ast::ExprKind::Tuple, cell, kNone, kNone, kNone, List({head, tail}), ast::kGhost);
    tail = Expr(ast::ExprKind::Construct, cell, Name("::", cell), pair, kNone, {}, ast::kGhost);
  }
  // The outermost node takes the brackets' span (not ghost).
  ast::Expr& outer = ast_.exprs[tail];
  outer.span = whole;
  outer.flags = static_cast<uint8_t>(outer.flags & ~ast::kGhost);
  return tail;
}

Id AstBuilder::Tuple(IdList items, Span whole) {
  return Expr(ast::ExprKind::Tuple, whole, kNone, kNone, kNone, List(items));
}

Id AstBuilder::IndexGet(std::string_view fn, Id target, Id index, Span whole) {
  Id f = IdentNamed(fn, whole, ast::kGhost);
  return Expr(ast::ExprKind::Apply, whole, f, kNone, kNone, List({target, index}),
              ast::kIndexSugar);
}

Id AstBuilder::IndexSet(std::string_view fn, Id target, Id index, Id value, Span whole) {
  Id f = IdentNamed(fn, whole, ast::kGhost);
  return Expr(ast::ExprKind::Apply, whole, f, kNone, kNone, List({target, index, value}),
              ast::kIndexSugar);
}

Id AstBuilder::Fun(Id pat, Id body, Span span, bool ghost) {
  Id label = kNone;
  if (!param_labels_.empty()) {
    auto it = param_labels_.find(pat);
    if (it != param_labels_.end()) {
      label = PushArgLabel(it->second);
      param_labels_.erase(it);
    }
  }
  return Expr(ast::ExprKind::Fun, span, pat, body, label, {}, ghost ? ast::kGhost : 0);
}

Id AstBuilder::Let(const LetBindingsValue& bindings, Id body, Span whole) {
  return Expr(ast::ExprKind::Let, whole, body, kNone, kNone, List(bindings.bindings),
              bindings.is_rec ? ast::kRec : 0);
}

Id AstBuilder::Binding(Id pat, Id expr, Span span) {
  ast_.bindings.push_back(ast::Binding{pat, expr, span});
  return static_cast<Id>(ast_.bindings.size() - 1);
}

Id AstBuilder::Case(Id pat, Id guard, Id body, Span span) {
  ast_.cases.push_back(ast::Case{pat, guard, body, span});
  return static_cast<Id>(ast_.cases.size() - 1);
}

Id AstBuilder::RecordField(Id label, Id type_constraint, Id expr, Span span) {
  bool punned = expr == kNone;
  if (punned) {
    // { x } means { x = x }, the variable named after the label's last part.
    const ast::LongIdent& l = ast_.longidents[label];
    expr = IdentNamed(ast_.names[l.parts.begin + l.parts.size - 1], l.span);
  }
  if (type_constraint != kNone) expr = ExprConstraint(expr, type_constraint, span);
  ast_.record_fields.push_back(ast::RecordField{label, expr, span, punned});
  return static_cast<Id>(ast_.record_fields.size() - 1);
}

Id AstBuilder::Record(const RecordContentValue& content, Span whole) {
  return Expr(ast::ExprKind::Record, whole, content.with, kNone, kNone, List(content.fields));
}

Id AstBuilder::Relocate(Id expr, Span span, bool parens) {
  ast::Expr& e = ast_.exprs[expr];
  e.span = span;
  if (parens) e.flags |= ast::kParens;
  return expr;
}

Id AstBuilder::ExprConstraint(Id expr, Id type, Span span) {
  return Expr(ast::ExprKind::Constraint, span, expr, type);
}

Id AstBuilder::SignedConstant(ast::ConstKind kind, Span token, bool negative, Span whole) {
  (void)whole;
  Id c = Constant(kind, token);
  ast_.constants[c].negative = negative;
  return c;
}

Id AstBuilder::PatCons(Id head, Span op, Id tail, Span whole) {
  Id pair = Pat(ast::PatKind::Tuple, whole, kNone, kNone, List({head, tail}), {}, ast::kGhost);
  return Pat(ast::PatKind::Construct, whole, Name("::", op), pair);
}

Id AstBuilder::PatList(IdList list, Span close, Span whole) {
  const std::vector<Id>& elements = Elements(list);
  Id tail = Pat(ast::PatKind::Construct, close, Name("[]", close), kNone, {}, {}, ast::kGhost);
  for (size_t i = elements.size(); i-- > 0;) {
    Id head = elements[i];
    Span cell{ast_.pats[head].span.begin, ast_.pats[tail].span.end};
    Id pair = Pat(ast::PatKind::Tuple, cell, kNone, kNone, List({head, tail}), {}, ast::kGhost);
    tail = Pat(ast::PatKind::Construct, cell, Name("::", cell), pair, {}, {}, ast::kGhost);
  }
  ast::Pat& outer = ast_.pats[tail];
  outer.span = whole;
  outer.flags = static_cast<uint8_t>(outer.flags & ~ast::kGhost);
  return tail;
}

Id AstBuilder::PatTuple(IdList items, Span whole) {
  return Pat(ast::PatKind::Tuple, whole, kNone, kNone, List(items));
}

Id AstBuilder::RelocatePat(Id pat, Span span) {
  ast_.pats[pat].span = span;
  return pat;
}

Id AstBuilder::RecordPatField(Id label, Id type, Id pat, Span span) {
  bool punned = pat == kNone;
  if (punned) {
    const ast::LongIdent& l = ast_.longidents[label];
    Span name = l.span;
    std::string_view last = ast_.names[l.parts.begin + l.parts.size - 1];
    // The variable's span is the label's last component.
    name.begin = name.end - static_cast<uint32_t>(last.size());
    pat = PatVar(name, l.span);
  }
  if (type != kNone) pat = Pat(ast::PatKind::Constraint, span, pat, type);
  ast_.record_pat_fields.push_back(ast::RecordPatField{label, pat, span, punned});
  return static_cast<Id>(ast_.record_pat_fields.size() - 1);
}

Id AstBuilder::Type(ast::TypeKind kind, Span span, Id a, Id b, ast::ListRef list, Span name,
                    uint8_t flags) {
  ast_.types.push_back(ast::TypeExpr{kind, flags, span, a, b, list, name});
  return static_cast<Id>(ast_.types.size() - 1);
}

Id AstBuilder::TypeConstr(Id longident, IdList args, Span span) {
  return Type(ast::TypeKind::Constr, span, longident, kNone, List(args));
}

Id AstBuilder::Item(ast::ItemKind kind, Span span, Id a, ast::ListRef list, Span name,
                    uint8_t flags) {
  ast_.items.push_back(ast::Item{kind, flags, span, a, list, name, kNone, {}});
  return static_cast<Id>(ast_.items.size() - 1);
}

Id AstBuilder::TypeParam(Span name, Span span) {
  ast_.type_params.push_back(ast::TypeParam{name, span});
  return static_cast<Id>(ast_.type_params.size() - 1);
}

Id AstBuilder::TypeDecl(Span name, IdList params, TypeKindValue kind, Span span) {
  ast::TypeDecl d;
  d.name = name;
  d.params = List(params);
  d.kind = kind.kind;
  d.manifest = kind.manifest;
  d.members = List(kind.members);
  d.span = span;
  d.is_private = kind.is_private;
  // The attributes noted since: those at the end of this declaration.
  while (!type_attributes_.empty() && type_attributes_.back().span.begin >= span.begin &&
         type_attributes_.back().span.end <= span.end) {
    d.attributes |= type_attributes_.back().flag;
    type_attributes_.pop_back();
  }
  ast_.type_decls.push_back(d);
  return static_cast<Id>(ast_.type_decls.size() - 1);
}

Id AstBuilder::ConstructorDecl(Span name, ConstructorArgsValue args, Span span) {
  ast_.constructors.push_back(
      ast::ConstructorDecl{name, ConstructorText(name), List(args.args), span, args.result});
  return static_cast<Id>(ast_.constructors.size() - 1);
}

Id AstBuilder::LabelDecl(bool is_mutable, Span name, Id type, Span span) {
  ast_.labels.push_back(ast::LabelDecl{name, type, span, is_mutable});
  return static_cast<Id>(ast_.labels.size() - 1);
}

Id AstBuilder::UnsupportedIndex(Span span, std::string what) {
  ast_.unsupported.push_back(ast::UnsupportedConstruct{span, std::move(what)});
  return static_cast<Id>(ast_.unsupported.size() - 1);
}

Id AstBuilder::NewTypes(Span names, ast::Id body, Span span, uint8_t flags) {
  // The names' spans, from their text: identifiers between blanks and
  // comments.
  std::string_view text = Text(names);
  std::vector<Span> spans;
  for (size_t i = 0; i < text.size();) {
    if (text.compare(i, 2, "(*") == 0) {
      int depth = 0;
      do {
        if (text.compare(i, 2, "(*") == 0) {
          ++depth;
          i += 2;
        } else if (text.compare(i, 2, "*)") == 0) {
          --depth;
          i += 2;
        } else {
          ++i;
        }
      } while (depth > 0 && i < text.size());
      continue;
    }
    if (!IsIdentChar(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsIdentChar(text[j])) ++j;
    spans.push_back(
        Span{static_cast<uint32_t>(names.begin + i), static_cast<uint32_t>(names.begin + j)});
    i = j;
  }
  for (auto it = spans.rbegin(); it != spans.rend(); ++it)
    body = Expr(ast::ExprKind::NewType, span, body, Name(Text(*it), *it), kNone, {}, flags);
  return body;
}

Id AstBuilder::UnsupportedExpr(Span span, std::string what) {
  return Expr(ast::ExprKind::Unsupported, span, UnsupportedIndex(span, std::move(what)));
}

Id AstBuilder::UnsupportedPat(Span span, std::string what) {
  return Pat(ast::PatKind::Unsupported, span, UnsupportedIndex(span, std::move(what)));
}

Id AstBuilder::UnsupportedType(Span span, std::string what) {
  return Type(ast::TypeKind::Unsupported, span, UnsupportedIndex(span, std::move(what)));
}

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

Id AstBuilder::OpenItem(Span span, Span module) {
  Id path = ModulePathAt(module);
  if (path == kNone) return UnsupportedItem(span, "open statements of a module expression");
  return Item(ast::ItemKind::Open, span, path);
}

Id AstBuilder::LocalOpen(Span span, Span module, Id body) {
  Id path = ModulePathAt(module);
  if (path == kNone) return UnsupportedExpr(span, "local opens of a module expression");
  return Expr(ast::ExprKind::LocalOpen, span, path, body);
}

namespace {
constexpr const char* kUnsupportedWith = "with constraints other than `with type t = ...'";
}  // namespace

Id AstBuilder::ModuleItem(const Mark& mark, Span span, Span name, const ModuleExprValue& body) {
  using Shape = ModuleExprValue::Shape;
  Id item;
  if (mark.present) {
    item = UnsupportedItem(mark.span, mark.what.c_str());
  } else if (body.functor) {
    // `module F (X : S) (Y : T) [: MT] = struct ... end`: the parameters
    // chained through their `b`.
    ast::ListRef listed = List(body.params);
    std::vector<Id> params(ast_.ids.begin() + listed.begin, ast_.ids.end());
    bool readable = body.shape == Shape::Struct && Text(name) != "_";
    for (Id p : params) readable = readable && p != kNone;
    Id mty = readable && body.constrained ? ModuleTypeBody(body.mty) : kNone;
    if (readable && (!body.constrained || mty != kNone)) {
      for (size_t i = 0; i + 1 < params.size(); ++i) ast_.items[params[i]].b = params[i + 1];
      Id it = Item(ast::ItemKind::Module, span, params.front(), ReversedList(body.items), name,
                   ast::kFunctor);
      ast_.items[it].b = mty;
      ast_.items[it].body = body.span;
      return it;
    }
    item = UnsupportedItem(span, "functors");
  } else if (body.constrained) {
    // `module M : MT = struct ... end`, MT a signature or a module type's
    // name.
    Id mty = kNone;
    if (body.shape == Shape::Struct && Text(name) != "_") mty = ModuleTypeBody(body.mty);
    if (mty != kNone) {
      Id it = Item(ast::ItemKind::Module, span, kNone, ReversedList(body.items), name,
                   ast::kConstrained);
      ast_.items[it].b = mty;
      ast_.items[it].body = body.span;
      return it;
    }
    item = UnsupportedItem(span, body.mty.has_with ? kUnsupportedWith : "module type annotations");
  } else if (body.shape == Shape::Struct && Text(name) != "_") {
    return Item(ast::ItemKind::Module, span, kNone, ReversedList(body.items), name);
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
  if (mty.is_signature)
    return Item(ast::ItemKind::ModuleType, mty.span, kNone, ReversedList(mty.items));
  if (mty.shape == ModuleTypeValue::Shape::Ident)
    if (Id path = ModulePathAt(mty.span); path != kNone)
      return Item(ast::ItemKind::ModuleType, mty.span, path, {}, {}, ast::kModuleTypePath);
  return mty.with_item;
}

Id AstBuilder::FunctorParam(Span name, const ModuleTypeValue& mty) {
  Id item = ModuleTypeBody(mty);
  if (item != kNone) ast_.items[item].name = name;
  return item;
}

Id AstBuilder::WithTypeDecl(Id longident, IdList params, Id manifest, Span whole) {
  const ast::LongIdent& l = ast_.longidents[longident];
  if (l.parts.size != 1) return kNone;
  TypeKindValue kind;
  kind.manifest = manifest;
  return TypeDecl(l.span, params, kind, whole);
}

Id AstBuilder::WithModuleType(const ModuleTypeValue& base, const WithConstraintsValue& with,
                              Span span) {
  if (!with.supported) return kNone;
  Id body = ModuleTypeBody(base);
  if (body == kNone) return kNone;
  Id item = Item(ast::ItemKind::ModuleType, span, body, List(with.decls), {}, ast::kModuleTypeWith);
  ast_.items[item].body = span;
  return item;
}

Id AstBuilder::UnsupportedItem(Span span, std::string what) {
  return Item(ast::ItemKind::Unsupported, span, UnsupportedIndex(span, std::move(what)));
}

std::string AstBuilder::AttributeName(Span id) const {
  std::string name;
  for (char c : Text(id))
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') name += c;
  return name.starts_with("ocaml.") ? name.substr(6) : name;
}

bool AstBuilder::NoteWarningAttribute(Span id, Span whole, ast::WarningAttribute::Kind kind) {
  std::string n = AttributeName(id);
  if (n != "warning" && n != "warnerror") return false;
  ast::WarningAttribute a;
  a.kind = kind;
  a.warn_error = n == "warnerror";
  a.span = whole;
  // The payload: what is between the name and the closing bracket, a
  // string literal for the attribute to mean anything.
  uint32_t begin = id.end, end = whole.end > 0 ? whole.end - 1 : whole.end;
  std::string_view text = Text(Span{begin, end});
  size_t first = text.find_first_not_of(" \t\r\n");
  size_t last = text.find_last_not_of(" \t\r\n");
  if (first == std::string_view::npos || (text[first] != '"' && text[first] != '{')) return false;
  a.payload = Span{begin + static_cast<uint32_t>(first), begin + static_cast<uint32_t>(last) + 1};
  // An ill-formed payload is refused with the other interpreted attributes
  // (OCaml warns about it each time the attribute's scope is entered).
  WarningSettings check;
  std::string spec = DecodeStringLiteral(Text(a.payload));
  if (!(a.warn_error ? check.ApplyWarnError(spec) : check.Apply(spec))) return false;
  ast_.warning_attributes.push_back(a);
  return true;
}

ast::Id AstBuilder::WithAttribute(ast::Id expr, Span attribute) {
  if (ast_.warning_attributes.empty() || !(ast_.warning_attributes.back().span == attribute) ||
      expr == ast::kNone)
    return expr;
  ast_.warning_attributes.back().expr = expr;
  ast_.exprs[expr].flags |= ast::kWarningScope;
  return expr;
}

ast::Id AstBuilder::FloatingAttributeItem(Span span) {
  if (ast_.warning_attributes.empty() || !(ast_.warning_attributes.back().span == span))
    return ast::kNone;
  return Item(ast::ItemKind::Attribute, span,
              static_cast<ast::Id>(ast_.warning_attributes.size() - 1));
}

bool AstBuilder::NoteTypeAttribute(Span id, Span whole) {
  std::string n = AttributeName(id);
  uint8_t flag = n == "unboxed"       ? ast::kUnboxedAttribute
                 : n == "boxed"       ? ast::kBoxedAttribute
                 : n == "immediate"   ? ast::kImmediateAttribute
                 : n == "immediate64" ? ast::kImmediate64Attribute
                                      : 0;
  if (flag == 0) return false;
  // One on another item stays here, below the later ones: OCaml 4.13
  // ignores it.
  type_attributes_.push_back(TypeAttribute{whole, flag});
  return true;
}

uint8_t AstBuilder::NoteOptimisationAttribute(Span id, Span payload, Span whole) {
  std::string n = AttributeName(id);
  // `[@specialised]` is left out: ocamlc's translation warns (53) about it
  // on any application.
  uint8_t kind = n == "inline"       ? Mark::kOptimisationInline
                 : n == "specialise" ? Mark::kOptimisationSpecialise
                 : n == "inlined"    ? Mark::kOptimisationInlined
                                     : 0;
  if (kind == 0) return 0;
  // Translattribute reads `always` and `never` (and no payload); any other
  // payload is its warning 47.
  std::string_view p = payload.empty() ? std::string_view() : Text(payload);
  size_t first = p.find_first_not_of(" \t\r\n");
  p = first == std::string_view::npos ? std::string_view() : p.substr(first);
  p = p.substr(0, p.find_last_not_of(" \t\r\n") + 1);
  if (!p.empty() && p != "always" && p != "never") return 0;
  optimisation_kinds_[whole.begin] = kind;
  return kind;
}

Mark AstBuilder::AttributeMark(Span whole) const {
  auto it = optimisation_kinds_.find(whole.begin);
  return it != optimisation_kinds_.end() ? Mark::Optimisation(whole, it->second)
                                         : Mark::At(whole, "attributes");
}

ast::Id AstBuilder::WithOptimisationAttribute(ast::Id expr, Span whole) {
  expr_optimisations_.push_back(ExprAttribute{expr, whole, AttributeMark(whole).optimisation});
  return expr;
}

bool AstBuilder::BindsFunction(ast::Id binding) const {
  if (binding == ast::kNone) return false;
  ast::Id e = ast_.bindings[binding].expr;
  while (e != ast::kNone && ast_.exprs[e].kind == ast::ExprKind::Constraint) e = ast_.exprs[e].a;
  return e != ast::kNone && (ast_.exprs[e].kind == ast::ExprKind::Fun ||
                             ast_.exprs[e].kind == ast::ExprKind::Function);
}

void AstBuilder::CheckOptimisationAttributes() {
  if (expr_optimisations_.empty()) return;
  std::unordered_set<ast::Id> heads;
  for (const ast::Expr& x : ast_.exprs)
    if (x.kind == ast::ExprKind::Apply) heads.insert(x.a);
  std::unordered_map<ast::Id, uint8_t> seen;
  for (const ExprAttribute& a : expr_optimisations_) {
    bool on_function = a.expr != ast::kNone && (ast_.exprs[a.expr].kind == ast::ExprKind::Fun ||
                                                ast_.exprs[a.expr].kind == ast::ExprKind::Function);
    bool fits = (a.kind & (Mark::kOptimisationInline | Mark::kOptimisationSpecialise))
                    ? on_function
                    : a.expr != ast::kNone && heads.count(a.expr) != 0;
    uint8_t& kinds = seen[a.expr];
    fits = fits && !(kinds & a.kind);
    kinds |= a.kind;
    if (fits) continue;
    // The top-level item that holds it is refused, at the attribute.
    for (uint32_t i = 0; i < ast_.structure.size; ++i) {
      ast::Item& item = ast_.items[ast_.at(ast_.structure, i)];
      if (item.span.begin > a.span.begin || a.span.end > item.span.end ||
          item.kind == ast::ItemKind::Unsupported)
        continue;
      // A refused module's name stays bound (BindRefusedModule).
      uint8_t flags = 0;
      if (item.kind == ast::ItemKind::Module && Text(item.name) != "_") flags = ast::kRefusedModule;
      if (item.kind == ast::ItemKind::ModuleType) flags = ast::kRefusedModuleType;
      item.flags = flags;
      item.kind = ast::ItemKind::Unsupported;
      item.a = UnsupportedIndex(a.span, "attributes");
      break;
    }
  }
}

bool AstBuilder::InterpretedAttribute(Span id) const {
  std::string n = AttributeName(id);
  static constexpr std::string_view kInterpreted[] = {"warning",
                                                      "warnerror",
                                                      "deprecated",
                                                      "deprecated_mutable",
                                                      "alert",
                                                      "ppwarning",
                                                      "error",
                                                      "explicit_arity",
                                                      "warn_on_literal_pattern",
                                                      "unboxed",
                                                      "boxed",
                                                      "immediate",
                                                      "immediate64",
                                                      "inline",
                                                      "inlined",
                                                      "specialise",
                                                      "specialised",
                                                      "local",
                                                      "tailcall",
                                                      "noalloc",
                                                      "untagged",
                                                      "unrolled",
                                                      "poll",
                                                      "afl_inst_ratio",
                                                      "only_generative_effects",
                                                      "tail_mod_cons",
                                                      "principal",
                                                      "noprincipal",
                                                      "nolabels",
                                                      "labels",
                                                      "rectypes",
                                                      "ppx.context"};
  for (std::string_view k : kInterpreted)
    if (n == k) return true;
  return n.empty() || n[0] == '#';
}

}  // namespace mlhint
