// The three core hints of HINTS.md: the integer literal that needed a
// suffix, the numeric operator of the wrong kind, the reference that needed
// `!` (and its reverse, the binding that needed `ref`). Each is proposed at
// the place the error was reported and, when the clashing type came from
// elsewhere through a variable, first at that origin; each is kept only if
// it is clean: with its edit applied, the whole item type-checks.

#include "hints/core_hints.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "hints/syntax.h"
#include "lexer/literals.h"
#include "typing/ctype.h"
#include "typing/env.h"

namespace mlhint::hints {
namespace {

using ast::ExprKind;
using typing::TypeId;
using typing::ValueId;

enum class Num { Int, Float, Int32, Int64, Nativeint, Other };

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

// What a unary operator is written as (its identifier is "~-").
std::string_view Written(std::string_view name) {
  if (name == "~-") return "-";
  if (name == "~-.") return "-.";
  return name;
}

// At most this many re-typings per clash: each is a whole item.
constexpr int kMaxTries = 8;
// At most this many bytes re-typed to verify an edit in an earlier item.
constexpr uint32_t kMaxRegion = 1 << 16;

class Attempt {
 public:
  Attempt(typing::Typer& typer, const typing::TypeClash& clash, const typing::ItemErrors& item,
          const std::vector<ast::Id>& parents,
          const std::unordered_map<uint32_t, ast::Id>& let_names, ItemSandbox& box)
      : box_(box),
        typer_(typer),
        tree_(typer.tree()),
        source_(typer.source()),
        clash_(clash),
        item_(item),
        parents_(parents),
        let_names_(let_names) {}

  std::vector<Child> Run() {
    std::vector<Child> out;
    // OCaml's own hint (a literal that needed a suffix) is printed where
    // OCaml prints it; its fix-it is attached only when clean, and then it
    // is the whole advice.
    if (auto c = LiteralHint(clash_.node, clash_.in_pattern)) {
      bool fixed = c->fix.has_value();
      out.push_back(std::move(*c));
      if (fixed) return out;
    }
    if (clash_.in_pattern) return out;
    ast::Id node = clash_.node;
    // The origin first: where the clashing type was fixed, if elsewhere.
    ast::Id origin = Origin();
    if (origin != ast::kNone) {
      if (auto c = OperatorHintAt(origin, true)) return Add(out, std::move(*c));
      if (auto c = RefHint(origin, true)) return Add(out, std::move(*c));
    }
    if (auto c = OperatorHintAt(node, false)) return Add(out, std::move(*c));
    if (auto c = RefHint(node, false)) return Add(out, std::move(*c));
    if (auto c = MakeRefHint(node)) return Add(out, std::move(*c));
    if (auto c = BoundLiteralHint(node)) return Add(out, std::move(*c));
    return out;
  }

 private:
  static std::vector<Child> Add(std::vector<Child>& out, Child c) {
    out.push_back(std::move(c));
    return std::move(out);
  }

  // ------------------------------------------------------------ types

  Num KindOf(TypeId t) {
    if (t == typing::kNoType) return Num::Other;
    t = typer_.ctype().ExpandHead(t);
    typing::TypeStore& store = typer_.store();
    if (store.tag(t) != typing::TypeTag::Constr) return Num::Other;
    typing::DeclId d = store.constr_decl(t);
    const typing::Env::Predef& p = typer_.env().predef;
    if (d == p.int_) return Num::Int;
    if (d == p.float_) return Num::Float;
    if (d == p.int32_) return Num::Int32;
    if (d == p.int64_) return Num::Int64;
    if (d == p.nativeint_) return Num::Nativeint;
    return Num::Other;
  }

  bool IsRef(TypeId t) {
    if (t == typing::kNoType) return false;
    t = typer_.ctype().ExpandHead(t);
    typing::TypeStore& store = typer_.store();
    typing::DeclId ref = typer_.StdlibType("ref");
    return ref != typing::kNone && store.tag(t) == typing::TypeTag::Constr &&
           store.constr_decl(t) == ref;
  }

  // Is `name` the prelude's value `path` in the current environment?
  bool IsPrelude(std::string_view name, std::string_view path) {
    ValueId v = typer_.ResolveValue(name);
    if (v == typing::kNone) return false;
    const typing::ValueDesc& d = typer_.env().values[v];
    return d.from_prelude && typer_.env().ValuePath(v) == path;
  }
  bool IsPreludeOperator(std::string_view name) {
    return IsPrelude(name, "Stdlib." + std::string(name));
  }

  std::string Text(Span s) const { return std::string(source_.Slice(s)); }

  // ------------------------------------------------------------ origins

  // Where the type of the identifier in error was fixed, when that is
  // another expression of the same item.
  ast::Id Origin() {
    const ast::Expr& x = tree_.exprs[clash_.node];
    if (x.kind != ExprKind::Ident) return ast::kNone;
    ast::Id origin = typer_.OriginOf(typer_.IdentValue(clash_.node));
    if (origin == ast::kNone || origin == clash_.node || origin >= tree_.exprs.size())
      return ast::kNone;
    Span s = tree_.exprs[origin].span;
    if (s.begin < item_.item.begin || s.end > item_.item.end) return ast::kNone;
    return origin;
  }

  // ------------------------------------------------------------ verification

  // Re-types the item with `edits` applied: true if the error in question
  // is gone and no error appeared that was not there.
  // An edit before the item (a binding in an earlier item) is verified by
  // re-typing, in the item's place, everything from the start of `from`
  // (that earlier item) to the end of the item: an error in between is one
  // the edit made.
  bool Verifies(std::vector<Edit> edits, std::optional<Span> from = std::nullopt) {
    if (tries_++ >= kMaxTries) return false;
    Span region = item_.item;
    if (from) region.begin = std::min(region.begin, from->begin);
    return box_.Clean(edits, region);
  }

  // Do `a`'s edits leave fewer errors than `b`'s from the item to the end of
  // the file? (The later items use the names the item defines, at the
  // types an edit gives them.) False when that cannot be told: the rest of
  // the file is too large to re-type for this, or a try fails.
  bool FewerErrorsToTheEnd(const std::vector<Edit>& a, const std::vector<Edit>& b) {
    Span rest{item_.item.begin, static_cast<uint32_t>(source_.text().size())};
    if (rest.size() > kLookaheadBytes || tries_ + 2 > kMaxTries) return false;
    tries_ += 2;
    std::optional<ItemSandbox::Outcome> with_a = box_.Try(a, {}, rest);
    std::optional<ItemSandbox::Outcome> with_b = box_.Try(b, {}, rest);
    return with_a && with_b && with_a->errors.size() < with_b->errors.size();
  }
  static constexpr uint32_t kLookaheadBytes = 64 * 1024;

  // ------------------------------------------------------------ literals

  using Literal = SuffixedLiteral;

  // The type an integer literal has, from its suffix.
  Num LiteralKind(const ast::Constant& constant) const {
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
  std::optional<Literal> Converted(const ast::Constant& constant, Num target) {
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

  std::optional<Child> LiteralHint(ast::Id node, bool in_pattern) {
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

  // ------------------------------------------------------------ operators

  // The operator application at `site`: the site itself when it is one (its
  // result is in error), or the one it is an operand of.
  std::optional<Child> OperatorHintAt(ast::Id site, bool at_origin) {
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

  bool IsOperatorApply(ast::Id e) const {
    const ast::Expr& x = tree_.exprs[e];
    if (x.kind != ExprKind::Apply || !(x.flags & (ast::kInfix | ast::kPrefix))) return false;
    return tree_.exprs[x.a].kind == ExprKind::Ident;
  }

  std::optional<Child> OperatorHint(ast::Id apply, Num target) {
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
    c.fix =
        FixIt{edits, machine ? Applicability::MachineApplicable : Applicability::MaybeIncorrect};
    return c;
  }

  // An operand that needs no parentheses as a function argument.
  bool Atomic(ast::Id e) const {
    const ast::Expr& x = tree_.exprs[e];
    if (x.flags & ast::kParens) return true;
    switch (x.kind) {
      case ExprKind::Ident:
        return true;
      case ExprKind::Constant:
        return !tree_.constants[x.a].negative;
      case ExprKind::Construct:
        return x.b == ast::kNone;
      case ExprKind::Record:
      case ExprKind::Array:
        return true;
      case ExprKind::Field:
        return true;
      default:
        return false;
    }
  }

  // ------------------------------------------------------------ references

  std::optional<Child> RefHint(ast::Id site, bool located) {
    TypeId type = located ? typer_.ExprType(site) : clash_.got;
    if (!IsRef(type) || IsRef(clash_.expected)) return std::nullopt;
    if (!IsPreludeOperator("!")) return std::nullopt;
    const ast::Expr& x = tree_.exprs[site];
    // `ref e` where its contents were meant is no case for `!`.
    if (x.kind == ExprKind::Apply && tree_.exprs[x.a].kind == ExprKind::Ident) {
      ValueId f = typer_.IdentValue(x.a);
      if (f != typing::kNone && typer_.env().values[f].from_prelude &&
          typer_.env().ValuePath(f) == "Stdlib.ref")
        return std::nullopt;
    }
    std::string text = Text(x.span);
    std::vector<Edit> edits;
    std::string shown;
    if (x.kind == ExprKind::Ident || (x.flags & ast::kParens)) {
      edits.push_back(Edit{Span{x.span.begin, x.span.begin}, "!"});
      shown = "!" + text;
    } else {
      edits.push_back(Edit{Span{x.span.begin, x.span.begin}, "!("});
      edits.push_back(Edit{Span{x.span.end, x.span.end}, ")"});
      bool fits = text.size() <= 30 && text.find('\n') == std::string::npos;
      shown = fits ? "!(" + text + ")" : "!( .. )";
    }
    if (!Verifies(edits)) return std::nullopt;
    Child c;
    c.role = Child::Role::Hint;
    if (located) c.span = x.span;
    c.text = mlhint::Text("Hint: This is a `ref', did you mean `" + shown + "'?");
    c.hint_id = "ref-dereference";
    c.fix = FixIt{edits, Applicability::MachineApplicable};
    return c;
  }

  // ------------------------------------------------------------ bindings

  struct Bound {
    const ast::Binding* binding;
    std::optional<Span> from;  // the earlier item that holds it, if not this one
  };

  // The `let` of this program that bound `value`: its pattern is the name
  // alone, typed with the very type the value has; in this item or in an
  // earlier one close enough to type again from.
  std::optional<Bound> BindingOf(const typing::ValueDesc& value) {
    auto found = let_names_.find(value.loc.begin);
    if (found == let_names_.end() || found->second >= tree_.bindings.size()) return std::nullopt;
    const ast::Binding* binding = &tree_.bindings[found->second];
    if (binding->pat >= tree_.pats.size() || binding->expr >= tree_.exprs.size())
      return std::nullopt;
    const ast::Pat& pat = tree_.pats[binding->pat];
    if (pat.kind != ast::PatKind::Var || !(pat.span == value.loc) ||
        typer_.PatType(binding->pat) != value.type || source_.Slice(pat.name) != value.name)
      return std::nullopt;
    if (tree_.exprs[binding->expr].flags & ast::kGhost)
      return std::nullopt;  // `let n x = ...`: a function
    Span pat_span = pat.span;
    // Where the binding is outside the item, the items from the one that
    // holds it on are typed again with the edit.
    std::optional<Span> from;
    if (pat_span.begin < item_.item.begin) {
      for (uint32_t i = 0; i < tree_.structure.size && !from; ++i) {
        Span s = tree_.items[tree_.at(tree_.structure, i)].span;
        if (s.begin <= pat_span.begin && pat_span.end <= s.end) from = s;
      }
      if (!from || item_.item.end - from->begin > kMaxRegion) return std::nullopt;
    } else if (pat_span.end > item_.item.end) {
      return std::nullopt;
    }
    return Bound{binding, from};
  }

  // A name bound to an integer literal in an earlier item, used where
  // another kind of number is needed (`let micros = 1_000_000` ...
  // `Int64.mul x micros`): the suffix goes on the literal, at its binding.
  std::optional<Child> BoundLiteralHint(ast::Id site) {
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

  // ------------------------------------------------------------ creating a reference

  // The reverse of RefHint: a let-bound name of type t used where a t ref
  // is expected (`incr n`, `n := 1`): the binding should have made a
  // reference. Located at the name's binding; the fix-it wraps the bound
  // expression in `ref`. Silent for a name bound otherwise (a parameter, a
  // pattern of a match) and when the program's `ref' is not the prelude's.
  std::optional<Child> MakeRefHint(ast::Id site) {
    if (!IsRef(clash_.expected) || IsRef(clash_.got)) return std::nullopt;
    const ast::Expr& x = tree_.exprs[site];
    if (x.kind != ExprKind::Ident || tree_.longidents[x.a].parts.size != 1) return std::nullopt;
    ValueId v = typer_.IdentValue(site);
    if (v == typing::kNone) return std::nullopt;
    // A copy: the re-typing below (Verifies) adds values, and the table may
    // move while it grows.
    const typing::ValueDesc value = typer_.env().values[v];
    if (value.from_prelude || !value.has_loc || value.name.empty()) return std::nullopt;
    char first = value.name[0];
    if (!((first >= 'a' && first <= 'z') || first == '_')) return std::nullopt;  // not an operator
    if (!IsPrelude("ref", "Stdlib.ref")) return std::nullopt;
    // `!n' with n an int: dropping the `!' may be what was meant as well;
    // the clean rule decides (making n a reference is clean only when every
    // use of n reads or writes a reference).
    std::optional<Bound> b = BindingOf(value);
    if (!b) return std::nullopt;
    const ast::Binding* binding = b->binding;
    const ast::Expr& bound = tree_.exprs[binding->expr];
    Span pat_span = tree_.pats[binding->pat].span;
    std::optional<Span> from = b->from;
    std::vector<Edit> edits;
    if (Atomic(binding->expr)) {
      edits.push_back(Edit{Span{bound.span.begin, bound.span.begin}, "ref "});
    } else {
      edits.push_back(Edit{Span{bound.span.begin, bound.span.begin}, "ref ("});
      edits.push_back(Edit{Span{bound.span.end, bound.span.end}, ")"});
    }
    if (!Verifies(edits, from)) return std::nullopt;
    Child c;
    c.role = Child::Role::Hint;
    c.span = pat_span;
    c.text = mlhint::Text("Hint: `" + value.name +
                          "' is not a reference; did you mean to create it with `let " +
                          value.name + " = ref \u2026'?");
    c.hint_id = "ref-create";
    c.fix = FixIt{edits, Applicability::MachineApplicable};
    return c;
  }

  ItemSandbox& box_;
  typing::Typer& typer_;
  const ast::Ast& tree_;
  const SourceBuffer& source_;
  const typing::TypeClash& clash_;
  const typing::ItemErrors& item_;
  const std::vector<ast::Id>& parents_;
  const std::unordered_map<uint32_t, ast::Id>& let_names_;
  int tries_ = 0;
};

}  // namespace

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

std::unordered_map<uint32_t, ast::Id> LetNames(const ast::Ast& tree) {
  std::unordered_map<uint32_t, ast::Id> let_names_;
  for (ast::Id b = 0; b < tree.bindings.size(); ++b) {
    const ast::Binding& binding = tree.bindings[b];
    if (binding.pat < tree.pats.size() && tree.pats[binding.pat].kind == ast::PatKind::Var)
      let_names_.emplace(tree.pats[binding.pat].span.begin, b);
  }
  return let_names_;
}

std::vector<Child> CoreHints(const typing::TypeClash& clash, const typing::ItemErrors& item,
                             typing::Typer& typer, const std::vector<ast::Id>& parents,
                             const std::unordered_map<uint32_t, ast::Id>& let_names,
                             ItemSandbox& box) {
  const ast::Ast& tree = typer.tree();
  if (clash.in_pattern ? clash.node >= tree.pats.size() : clash.node >= tree.exprs.size())
    return {};
  Attempt attempt(typer, clash, item, parents, let_names, box);
  return attempt.Run();
}

}  // namespace mlhint::hints
