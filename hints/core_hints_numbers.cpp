// The core hints about numbers (hints/core_hints_internal.h): the integer
// literal that needed a suffix (where the error is, or at the binding of a
// name bound to it in an earlier item), OCaml's own literal hint, and the
// numeric operator of the wrong kind (`+` for `+.`, `Int32.add` for `+`).

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hints/core_hints.h"
#include "hints/core_hints_internal.h"
#include "lexer/literals.h"
#include "typing/ctype.h"
#include "typing/env.h"

namespace mlhint::hints {
namespace {

using ast::ExprKind;
using typing::TypeId;
using typing::ValueId;

// The operators the numeric-operator hint knows, and what each becomes for
// a target kind. `prefix` replacements are functions: `a + b` becomes
// `Int32.add a b`.
struct Replacement {
  std::string_view name;
  bool function;
};
struct OperatorRow {
  std::string_view op;  // as the identifier is named ("~-" for unary minus)
  Replacement to_float, to_int, to_int32, to_int64, to_nativeint;
};
constexpr OperatorRow kOperators[] = {
    {"+", {"+.", false}, {}, {"Int32.add", true}, {"Int64.add", true}, {"Nativeint.add", true}},
    {"-", {"-.", false}, {}, {"Int32.sub", true}, {"Int64.sub", true}, {"Nativeint.sub", true}},
    {"*", {"*.", false}, {}, {"Int32.mul", true}, {"Int64.mul", true}, {"Nativeint.mul", true}},
    {"/", {"/.", false}, {}, {"Int32.div", true}, {"Int64.div", true}, {"Nativeint.div", true}},
    {"mod",
     {"Float.rem", true},
     {},
     {"Int32.rem", true},
     {"Int64.rem", true},
     {"Nativeint.rem", true}},
    {"~-", {"~-.", false}, {}, {"Int32.neg", true}, {"Int64.neg", true}, {"Nativeint.neg", true}},
    {"+.", {}, {"+", false}, {}, {}, {}},
    {"-.", {}, {"-", false}, {}, {}, {}},
    {"*.", {}, {"*", false}, {}, {}, {}},
    {"/.", {}, {"/", false}, {}, {}, {}},
    {"~-.", {}, {"~-", false}, {}, {}, {}},
};

}  // namespace

std::vector<std::string_view> ModulesNamedByRepairs() {
  std::vector<std::string_view> out;
  for (const OperatorRow& row : kOperators)
    for (Replacement r : {row.to_float, row.to_int, row.to_int32, row.to_int64, row.to_nativeint})
      if (size_t dot = r.name.find('.');
          r.function && dot != std::string_view::npos &&
          std::find(out.begin(), out.end(), r.name.substr(0, dot)) == out.end())
        out.push_back(r.name.substr(0, dot));
  return out;
}

namespace {

// What a unary operator is written as (its identifier is "~-").
std::string_view Written(std::string_view name) {
  if (name == "~-") return "-";
  if (name == "~-.") return "-.";
  return name;
}

}  // namespace

namespace core {

// ------------------------------------------------------------ literals

// The type an integer literal has, from its suffix.
Num Attempt::LiteralKind(const ast::Constant& constant) const {
  switch (SplitIntLiteral(source_.Slice(constant.text)).modifier) {
    case 0:
      return Num::Int;
    case 'l':
      return Num::Int32;
    case 'L':
      return Num::Int64;
    case 'n':
      return Num::Nativeint;
    default:
      return Num::Other;
  }
}

// The edit that gives integer literal `constant` the type `target`, if
// OCaml can write it (in range; a hexadecimal literal is not a float).
std::optional<Attempt::Literal> Attempt::Converted(const ast::Constant& constant, Num target) {
  char suffix;
  switch (target) {
    case Num::Float:
      suffix = '.';
      break;
    case Num::Int32:
      suffix = 'l';
      break;
    case Num::Int64:
      suffix = 'L';
      break;
    case Num::Nativeint:
      suffix = 'n';
      break;
    default:
      return std::nullopt;
  }
  return WithSuffix(constant, source_, suffix);
}

std::optional<Child> Attempt::LiteralHint(ast::Id node, bool in_pattern) {
  const ast::Constant* constant = nullptr;
  if (in_pattern) {
    const ast::Pat& p = tree_.pats[node];
    if (p.kind == ast::PatKind::Constant) constant = &tree_.constants[p.a];
  } else {
    const ast::Expr& e = tree_.exprs[node];
    if (e.kind == ExprKind::Constant) constant = &tree_.constants[e.a];
  }
  if (!constant) return std::nullopt;
  Num target = KindOf(clash_.expected);
  if (target == Num::Int || target == Num::Other || KindOf(clash_.got) == target)
    return std::nullopt;
  std::optional<Literal> lit = Converted(*constant, target);
  if (!lit) return std::nullopt;
  Child c;
  c.role = Child::Role::Hint;
  c.text = mlhint::Text("Hint: Did you mean `" + lit->spelled + "'?");
  c.hint_id = "int-literal-suffix";
  if (Verifies({lit->edit})) c.fix = FixIt{{lit->edit}, Applicability::MachineApplicable};
  return c;
}

// A name bound to an integer literal in an earlier item, used where
// another kind of number is needed (`let micros = 1_000_000` ...
// `Int64.mul x micros`): the suffix goes on the literal, at its binding.
std::optional<Child> Attempt::BoundLiteralHint(ast::Id site) {
  const ast::Expr& x = tree_.exprs[site];
  if (x.kind != ExprKind::Ident || tree_.longidents[x.a].parts.size != 1) return std::nullopt;
  Num target = KindOf(clash_.expected);
  if (target == Num::Int || target == Num::Other || KindOf(clash_.got) != Num::Int)
    return std::nullopt;
  ValueId v = typer_.IdentValue(site);
  if (v == typing::kNone) return std::nullopt;
  const typing::ValueDesc value = typer_.env().values[v];  // a copy: re-typing grows the table
  if (value.from_prelude || !value.has_loc) return std::nullopt;
  // Only a binding in an earlier item: inside this one, the literal is a
  // blame candidate and the ranking weighs it against the rest (in
  // `let base = 0 in List.fold_left f base xs`, f's float operators are
  // as likely the mistake).
  std::optional<Bound> b = BindingOf(value);
  if (!b || !b->from) return std::nullopt;
  const ast::Expr& bound = tree_.exprs[b->binding->expr];
  if (bound.kind != ExprKind::Constant) return std::nullopt;
  std::optional<Literal> lit = Converted(tree_.constants[bound.a], target);
  if (!lit || !Verifies({lit->edit}, b->from)) return std::nullopt;
  Child c;
  c.role = Child::Role::Hint;
  c.span = bound.span;
  c.text = mlhint::Text("Hint: Did you mean `" + lit->spelled + "'?");
  c.hint_id = "int-literal-suffix";
  c.fix = FixIt{{lit->edit}, Applicability::MachineApplicable};
  return c;
}

// ------------------------------------------------------------ operators

// The operator application at `site`: the site itself when it is one (its
// result is in error), or the one it is an operand of.
std::optional<Child> Attempt::OperatorHintAt(ast::Id site, bool at_origin) {
  // An operand: the operator should have been the one of the operand's
  // kind (an explicit operator in the operand carries the intent); at the
  // origin, of the kind the error site expected.
  ast::Id parent = site < parents_.size() ? parents_[site] : ast::kNone;
  if (parent != ast::kNone && IsOperatorApply(parent)) {
    Num target = at_origin ? KindOf(clash_.expected) : KindOf(clash_.got);
    if (auto c = OperatorHint(parent, target)) {
      // The operand an operation of the other kind (`(a +. b) mod n`):
      // either operator may be the slip, and both make the item
      // type-check. They give the item's names different types: the one
      // the rest of the file agrees with is the one meant.
      if (!at_origin && IsOperatorApply(site))
        if (auto inner = OperatorHint(site, KindOf(clash_.expected)))
          if (FewerErrorsToTheEnd(inner->fix->edits, c->fix->edits)) return inner;
      return c;
    }
  }
  // An operator application whose result is not of the kind expected.
  if (!at_origin && IsOperatorApply(site)) return OperatorHint(site, KindOf(clash_.expected));
  return std::nullopt;
}

bool Attempt::IsOperatorApply(ast::Id e) const {
  const ast::Expr& x = tree_.exprs[e];
  if (x.kind != ExprKind::Apply || !(x.flags & (ast::kInfix | ast::kPrefix))) return false;
  return tree_.exprs[x.a].kind == ExprKind::Ident;
}

std::optional<Child> Attempt::OperatorHint(ast::Id apply, Num target) {
  const ast::Expr& x = tree_.exprs[apply];
  const ast::Expr& fn = tree_.exprs[x.a];
  std::string name(tree_.LastName(fn.a));
  if (tree_.longidents[fn.a].parts.size != 1) return std::nullopt;
  // The operator must be the prelude's: a program's own `+` gets no advice.
  ValueId used = typer_.IdentValue(x.a);
  if (used == typing::kNone || !typer_.env().values[used].from_prelude ||
      typer_.env().ValuePath(used) != "Stdlib." + name)
    return std::nullopt;
  const OperatorRow* row = nullptr;
  for (const OperatorRow& r : kOperators)
    if (r.op == name) row = &r;
  if (!row) return std::nullopt;
  Replacement repl;
  switch (target) {
    case Num::Float:
      repl = row->to_float;
      break;
    case Num::Int:
      repl = row->to_int;
      break;
    case Num::Int32:
      repl = row->to_int32;
      break;
    case Num::Int64:
      repl = row->to_int64;
      break;
    case Num::Nativeint:
      repl = row->to_nativeint;
      break;
    case Num::Other:
      return std::nullopt;
  }
  if (repl.name.empty()) return std::nullopt;
  std::string repl_path = "Stdlib." + std::string(repl.name);
  if (!IsPrelude(repl.name, repl_path)) return std::nullopt;
  std::vector<ast::Id> args(tree_.begin(x.list), tree_.end(x.list));
  // Integer literals among the operands are converted by the same fix.
  std::vector<Edit> edits;
  std::vector<std::string> converted;
  std::vector<std::string> operand_texts;
  for (ast::Id a : args) {
    const ast::Expr& arg = tree_.exprs[a];
    std::string text = Text(arg.span);
    if (arg.kind == ExprKind::Constant && target != Num::Int) {
      const ast::Constant& k = tree_.constants[arg.a];
      if (k.kind == ast::ConstKind::Int && LiteralKind(k) != target) {
        std::optional<Literal> lit = Converted(k, target);
        if (!lit) return std::nullopt;
        converted.push_back(lit->spelled);
        edits.push_back(lit->edit);
        // The operand's text with its new spelling, for the function form.
        text = std::string(source_.Slice(Span{arg.span.begin, lit->edit.span.begin})) +
               lit->edit.replacement +
               std::string(source_.Slice(Span{lit->edit.span.end, arg.span.end}));
      }
    }
    operand_texts.push_back(Atomic(a) ? text : "(" + text + ")");
  }
  std::string shown(Written(repl.name));
  bool machine = !repl.function && (x.flags & ast::kInfix);
  if (!repl.function) {
    edits.push_back(Edit{fn.span, std::string(Written(repl.name))});
  } else {
    // a + b  ->  Int32.add a b, in parentheses where it is an operand.
    std::string call(repl.name);
    for (const std::string& t : operand_texts) call += " " + t;
    ast::Id parent = apply < parents_.size() ? parents_[apply] : ast::kNone;
    bool wrap = parent != ast::kNone && !(x.flags & ast::kParens);
    edits = {Edit{x.span, wrap ? "(" + call + ")" : call}};
  }
  if (!Verifies(edits)) return std::nullopt;
  std::string message = "Hint: Did you mean to use `" + shown + "'";
  if (!converted.empty()) {
    message += " (and ";
    for (size_t i = 0; i < converted.size(); ++i)
      message += (i ? " and `" : "`") + converted[i] + "'";
    message += ")";
  }
  message += "?";
  Child c;
  c.role = Child::Role::Hint;
  c.span = fn.span;
  c.text = mlhint::Text(message);
  c.hint_id = "numeric-operator";
  c.fix = FixIt{edits, machine ? Applicability::MachineApplicable : Applicability::MaybeIncorrect};
  return c;
}

}  // namespace core

std::optional<Child> OcamlLiteralHint(const typing::TypeClash& clash, typing::Typer& typer) {
  const ast::Ast& tree = typer.tree();
  const ast::Constant* constant = nullptr;
  if (clash.in_pattern) {
    if (clash.node < tree.pats.size() && tree.pats[clash.node].kind == ast::PatKind::Constant)
      constant = &tree.constants[tree.pats[clash.node].a];
  } else if (clash.node < tree.exprs.size() && tree.exprs[clash.node].kind == ExprKind::Constant) {
    constant = &tree.constants[tree.exprs[clash.node].a];
  }
  if (!constant || constant->kind != ast::ConstKind::Int || clash.expected == typing::kNoType)
    return std::nullopt;
  typing::TypeStore& store = typer.store();
  TypeId t = store.Repr(clash.expected);
  if (store.tag(t) != typing::TypeTag::Constr || store.arg_count(t) != 0) return std::nullopt;
  typing::DeclId d = store.constr_decl(t);
  const typing::Env::Predef& p = typer.env().predef;
  char suffix = d == p.int32_       ? 'l'
                : d == p.int64_     ? 'L'
                : d == p.nativeint_ ? 'n'
                : d == p.float_     ? '.'
                                    : 0;
  if (!suffix) return std::nullopt;
  IntLiteralParts parts = SplitIntLiteral(typer.source().Slice(constant->text));
  IntKind kind = parts.modifier == 'l'   ? IntKind::Int32
                 : parts.modifier == 'L' ? IntKind::Int64
                 : parts.modifier == 'n' ? IntKind::Nativeint
                                         : IntKind::Int;
  std::string digits = (constant->negative ? "-" : "") + std::string(parts.digits);
  std::optional<int64_t> value = ConvertIntLiteral(digits, kind);
  if (!value) return std::nullopt;
  Child c;
  c.role = Child::Role::Hint;
  c.text = mlhint::Text("Hint: Did you mean `" + std::to_string(*value) + suffix + "'?");
  c.hint_id = "int-literal-suffix";
  return c;
}

}  // namespace mlhint::hints
