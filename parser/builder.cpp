#include "parser/builder.h"

#include <algorithm>
#include <cctype>

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

Id AstBuilder::LetOp(Span op, IdList bindings, Id body, Span whole) {
  ast::ListRef list = List(bindings);
  Id first = ast_.ids[list.begin];
  ast_.bindings[first].op = IdentNamed(Text(op), op);
  // Typecore's Pexp_letop: the parameter is the let's pattern, paired with
  // each and's in turn by a ghost tuple at the let operator.
  Id param = ast_.bindings[first].pat;
  for (uint32_t i = 1; i < list.size; ++i) {
    IdList pair = Single(param);
    Push(pair, ast_.bindings[ast_.ids[list.begin + i]].pat);
    param = PatTuple(pair, op);
    ast_.pats[param].flags |= ast::kGhost;
  }
  return Expr(ast::ExprKind::LetOp, whole, body, param, kNone, list);
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
  // Those noted since, after it; the others (on anything else) mean nothing.
  for (Span a : literal_pattern_attributes_)
    if (a.begin >= span.begin && a.end <= span.end)
      ast_.constructors.back().warn_on_literal_pattern = true;
  literal_pattern_attributes_.clear();
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
  std::vector<Span> spans;
  ForEachWord(Text(names), [&](size_t begin, size_t end) {
    spans.push_back(
        Span{static_cast<uint32_t>(names.begin + begin), static_cast<uint32_t>(names.begin + end)});
  });
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

}  // namespace mlhint
