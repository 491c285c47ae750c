// Which right-hand sides `let rec` allows: OCaml 4.13's Rec_check, over our
// tree. Each use of a recursively bound name gets a mode (how much of its
// value the context needs: Ignore < Delay < Guard < Return < Dereference);
// a right-hand side is valid when it inspects no recursive name (none used
// in a mode above Guard) and, if it uses one at all, its size is known
// before it is evaluated (classify: Static).
//
// Names stand for OCaml's unique identifiers: every construct that binds a
// name removes it from the environment that leaves it (as Rec_check removes
// a pattern's identifiers), so a name that escapes a construct refers to
// the binding outside it. A non-recursive `let` does not remove its names
// from its own right-hand side, where they refer to the outer binding.
//
// The walks follow the tree's nesting, which the typer has already walked
// on the checking thread's large stack (kMaxDepth bounds it).
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "typing/prelude.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {
namespace {

using ast::ExprKind;
using ast::PatKind;

enum class Mode : uint8_t { Ignore, Delay, Guard, Return, Dereference };

Mode Join(Mode a, Mode b) {
  return a >= b ? a : b;
}

// m'[m]: the mode of a use of mode m inside a context used with mode m'.
Mode Compose(Mode outer, Mode inner) {
  if (outer == Mode::Ignore || inner == Mode::Ignore) return Mode::Ignore;
  if (outer == Mode::Dereference) return Mode::Dereference;
  if (outer == Mode::Delay) return Mode::Delay;
  if (outer == Mode::Guard) return inner == Mode::Return ? Mode::Guard : inner;
  return inner;  // Return is neutral
}

// The modes of the names an expression uses (absent: Ignore). A hash map,
// joined smaller into larger: an expression can use a hundred thousand
// names (a list literal of them), and each level of its nesting joins the
// uses below it.
struct UseEnv {
  std::unordered_map<std::string_view, Mode> uses;

  Mode Find(std::string_view name) const {
    auto it = uses.find(name);
    return it == uses.end() ? Mode::Ignore : it->second;
  }
  void Add(std::string_view name, Mode m) {
    if (m == Mode::Ignore) return;
    auto [it, fresh] = uses.try_emplace(name, m);
    if (!fresh) it->second = Join(it->second, m);
  }
  void JoinWith(UseEnv other) {
    if (other.uses.size() > uses.size()) std::swap(uses, other.uses);
    for (const auto& [n, m] : other.uses) Add(n, m);
  }
  void Remove(std::string_view name) { uses.erase(name); }
  UseEnv Composed(Mode outer) const {
    UseEnv out;
    for (const auto& [n, m] : uses) out.Add(n, Compose(outer, m));
    return out;
  }
  bool operator==(const UseEnv& other) const {
    if (uses.size() != other.uses.size()) return false;
    for (const auto& [n, m] : uses)
      if (other.Find(n) != m) return false;
    return true;
  }
};

enum class Size : uint8_t { Static, Dynamic };

class RecCheck {
 public:
  explicit RecCheck(Typer& typer) : typer_(typer), ast_(typer.tree()), source_(typer.source()) {}

  bool IsValid(const std::vector<std::string_view>& names, ast::Id e) {
    UseEnv uses = Expression(e, Mode::Return);
    bool unguarded = false, dependent = false;
    for (std::string_view n : names) {
      Mode m = uses.Find(n);
      unguarded |= m > Mode::Guard;
      dependent |= m > Mode::Ignore;
    }
    if (unguarded) return false;
    SizeEnv sizes;
    return !dependent || Classify(e, sizes) == Size::Static;
  }

 private:
  using SizeEnv = std::vector<std::pair<std::string_view, Size>>;

  std::vector<ast::Id> List(ast::ListRef l) const {
    return std::vector<ast::Id>(ast_.begin(l), ast_.end(l));
  }

  // The single-part name an identifier expression refers to, or empty for
  // a qualified one (a module's value is never recursively bound here).
  std::string_view LocalName(ast::Id longident) const {
    if (ast_.longidents[longident].parts.size != 1) return {};
    return ast_.LastName(longident);
  }

  // --- patterns
  void BoundNames(ast::Id p, std::vector<std::string_view>& out) const {
    const ast::Pat& x = ast_.pats[p];
    switch (x.kind) {
      case PatKind::Var:
        out.push_back(source_.Slice(x.name));
        break;
      case PatKind::Alias:
        BoundNames(x.a, out);
        out.push_back(source_.Slice(x.name));
        break;
      case PatKind::Construct:
      case PatKind::Variant:
        if (x.b != ast::kNone) BoundNames(x.b, out);
        break;
      case PatKind::Tuple:
      case PatKind::Array:
        for (ast::Id i : List(x.list)) BoundNames(i, out);
        break;
      case PatKind::Record:
        for (ast::Id f : List(x.list)) BoundNames(ast_.record_pat_fields[f].pat, out);
        break;
      case PatKind::Or:
      case PatKind::Constraint:
      case PatKind::LocalOpen:
      case PatKind::Exception:
      case PatKind::Lazy:
        BoundNames(x.a, out);
        break;
      default:
        break;
    }
  }
  std::vector<std::string_view> BoundNames(ast::Id p) const {
    std::vector<std::string_view> out;
    BoundNames(p, out);
    return out;
  }
  bool IsDestructuring(ast::Id p) const {
    const ast::Pat& x = ast_.pats[p];
    switch (x.kind) {
      case PatKind::Any:
      case PatKind::Var:
      case PatKind::Unsupported:
      case PatKind::Exception:
        return false;
      case PatKind::Alias:
      case PatKind::Constraint:
      case PatKind::LocalOpen:
        return IsDestructuring(x.a);
      case PatKind::Or:
        return IsDestructuring(x.a) || IsDestructuring(x.b);
      default:
        return true;
    }
  }
  // p : m -| env: the mode in which the value matched by `p` is used.
  Mode PatternMode(ast::Id p, const UseEnv& env) const {
    Mode m = IsDestructuring(p) ? Mode::Dereference : Mode::Guard;
    for (std::string_view n : BoundNames(p)) m = Join(m, env.Find(n));
    return m;
  }
  void RemovePat(ast::Id p, UseEnv& env) const {
    for (std::string_view n : BoundNames(p)) env.Remove(n);
  }

  // --- expressions
  UseEnv Under(ast::Id e, Mode outer, Mode inner) { return Expression(e, Compose(outer, inner)); }

  // A case `p when g -> body` in mode m: its environment (without p's
  // names) and the mode of the matched value.
  std::pair<UseEnv, Mode> Case(ast::Id pat, ast::Id guard, ast::Id body, Mode m) {
    UseEnv env = Expression(body, m);
    if (guard != ast::kNone) env.JoinWith(Under(guard, m, Mode::Dereference));
    Mode pat_mode = Compose(m, PatternMode(pat, env));
    RemovePat(pat, env);
    return {std::move(env), pat_mode};
  }

  bool IsStdlibRef(ast::Id f) const {
    const ast::Expr& x = ast_.exprs[f];
    if (x.kind != ExprKind::Ident) return false;
    ValueId v = typer_.IdentValue(f);
    if (v == kNone) return false;
    std::string_view path = typer_.env().ValuePath(v);
    return path == "Stdlib.ref" || path == "Stdlib.Pervasives.ref";
  }

  // Typeopt.classify of an array's element type: may an array of it be
  // built without looking at its elements (Guard), or must the elements be
  // inspected to decide on a float array (Dereference)?
  Mode ArrayMode(ast::Id e) {
    TypeId t = typer_.ExprType(e);
    if (t == kNoType) return Mode::Dereference;
    Ctype& ct = typer_.ctype();
    TypeStore& ts = typer_.store();
    const Env::Predef& predef = typer_.env().predef;
    t = ct.ExpandHead(t);
    if (ts.tag(t) != TypeTag::Constr || ts.constr_decl(t) != predef.array_ || ts.arg_count(t) != 1)
      return Mode::Dereference;
    TypeId elt = ct.ExpandHead(ts.arg(t, 0));
    switch (ts.tag(elt)) {
      case TypeTag::Arrow:
      case TypeTag::Tuple:
        return Mode::Guard;
      case TypeTag::Constr: {
        DeclId d = ts.constr_decl(elt);
        if (d == predef.float_) return Mode::Dereference;
        const TypeDecl& decl = typer_.env().types[d];
        return decl.kind == DeclKind::Abstract && !decl.predef ? Mode::Dereference : Mode::Guard;
      }
      default:
        return Mode::Dereference;  // a variable: a generic array
    }
  }

  // A constructor or record of an [@@unboxed] type: stored as its argument.
  bool IsUnboxed(ast::Id e) {
    TypeId t = typer_.ExprType(e);
    if (t == kNoType) return false;
    t = typer_.ctype().ExpandHead(t);
    return typer_.store().tag(t) == TypeTag::Constr &&
           typer_.env().types[typer_.store().constr_decl(t)].unboxed;
  }

  // A record of floats only is stored unboxed: building it reads them.
  bool IsFloatRecord(ast::Id e) {
    const ast::Expr& x = ast_.exprs[e];
    for (ast::Id f : List(x.list)) {
      LabelId l = typer_.RecordPatLabel(f);
      if (l == kNone) return false;
      return Prelude::IsFloatRecord(typer_.store(), typer_.env(), typer_.env().labels[l].owner);
    }
    return false;
  }

  // Typeopt.classify_lazy_argument: a constant, a function, a constant
  // constructor or a name is forced at once (Return); another argument
  // is delayed.
  Mode LazyMode(ast::Id e) const {
    const ast::Expr* x = &ast_.exprs[e];
    while (x->kind == ExprKind::Constraint || x->kind == ExprKind::NewType) x = &ast_.exprs[x->a];
    switch (x->kind) {
      case ExprKind::Constant:
      case ExprKind::Function:
      case ExprKind::Fun:
      case ExprKind::Ident:
        return Mode::Return;
      case ExprKind::Construct:
        return x->b == ast::kNone ? Mode::Return : Mode::Delay;
      default:
        return Mode::Delay;
    }
  }

  UseEnv Expression(ast::Id e, Mode m) {
    UseEnv env;
    if (e == ast::kNone || m == Mode::Ignore) return env;
    const ast::Expr& x = ast_.exprs[e];
    switch (x.kind) {
      case ExprKind::Ident: {
        std::string_view n = LocalName(x.a);
        if (!n.empty()) env.Add(n, m);
        return env;
      }
      case ExprKind::Constant:
      case ExprKind::Unsupported:
      case ExprKind::Unreachable:
        return env;
      case ExprKind::Pack:
        // Rec_check's Texp_pack: the module's uses, which mlhint does not
        // follow (as for `let module`).
        if (m != Mode::Ignore && m != Mode::Delay && !refused_) refused_ = x.span;
        return env;
      case ExprKind::Construct:
        // An unboxed constructor is its argument (Cstr_unboxed: Return).
        return Under(x.b, m, IsUnboxed(e) ? Mode::Return : Mode::Guard);
      case ExprKind::Variant:
        return Under(x.b, m, Mode::Guard);
      case ExprKind::Tuple:
        for (ast::Id i : List(x.list)) env.JoinWith(Under(i, m, Mode::Guard));
        return env;
      case ExprKind::Array: {
        Mode mode = ArrayMode(e);
        for (ast::Id i : List(x.list)) env.JoinWith(Under(i, m, mode));
        return env;
      }
      case ExprKind::Apply: {
        std::vector<ast::Id> args = List(x.list);
        if (args.size() == 1 && IsStdlibRef(x.a)) return Under(args[0], m, Mode::Guard);
        env = Under(x.a, m, Mode::Dereference);
        for (ast::Id a : args) env.JoinWith(Under(a, m, Mode::Dereference));
        return env;
      }
      case ExprKind::Let:
        return LetBindings((x.flags & ast::kRec) != 0, List(x.list), m, Expression(x.a, m));
      case ExprKind::Function:
        for (ast::Id c : List(x.list)) {
          const ast::Case& k = ast_.cases[c];
          env.JoinWith(Case(k.pat, k.guard, k.body, Compose(m, Mode::Delay)).first);
        }
        return env;
      case ExprKind::Fun:
        return Case(x.a, ast::kNone, x.b, Compose(m, Mode::Delay)).first;
      case ExprKind::Match: {
        Mode scrutinee = Mode::Ignore;
        for (ast::Id c : List(x.list)) {
          const ast::Case& k = ast_.cases[c];
          auto [case_env, pat_mode] = Case(k.pat, k.guard, k.body, m);
          env.JoinWith(std::move(case_env));
          scrutinee = Join(scrutinee, pat_mode);
        }
        env.JoinWith(Expression(x.a, scrutinee));
        return env;
      }
      case ExprKind::Try:
        env = Expression(x.a, m);
        for (ast::Id c : List(x.list)) {
          const ast::Case& k = ast_.cases[c];
          env.JoinWith(Case(k.pat, k.guard, k.body, m).first);
        }
        return env;
      case ExprKind::IfThenElse:
        env = Under(x.a, m, Mode::Dereference);
        env.JoinWith(Expression(x.b, m));
        env.JoinWith(Expression(x.c, m));
        return env;
      case ExprKind::Sequence:
        env = Under(x.a, m, Mode::Guard);
        env.JoinWith(Expression(x.b, m));
        return env;
      case ExprKind::While:
        env = Under(x.a, m, Mode::Dereference);
        env.JoinWith(Under(x.b, m, Mode::Guard));
        return env;
      case ExprKind::For: {
        UseEnv body = Under(ast_.ForBody(x), m, Mode::Guard);
        RemovePat(x.a, body);
        env = Under(x.b, m, Mode::Dereference);
        env.JoinWith(Under(x.c, m, Mode::Dereference));
        env.JoinWith(std::move(body));
        return env;
      }
      case ExprKind::Record: {
        Mode field_mode = IsUnboxed(e)       ? Mode::Return
                          : IsFloatRecord(e) ? Mode::Dereference
                                             : Mode::Guard;
        for (ast::Id f : List(x.list))
          env.JoinWith(Under(ast_.record_fields[f].expr, m, field_mode));
        env.JoinWith(Under(x.a, m, Mode::Dereference));
        return env;
      }
      case ExprKind::Field:
        return Under(x.a, m, Mode::Dereference);
      case ExprKind::SetField:
        env = Under(x.a, m, Mode::Dereference);
        env.JoinWith(Under(x.c, m, Mode::Dereference));
        return env;
      case ExprKind::Constraint:
      case ExprKind::NewType:
        return Expression(x.a, m);
      case ExprKind::Assert:
        return Under(x.a, m, Mode::Dereference);
      case ExprKind::LocalOpen:
      case ExprKind::LetException:
        return Expression(x.b, m);
      case ExprKind::LetModule:
        // Evaluated with the definition: what its items use would have to
        // be followed (Rec_check.module_binding), which mlhint does not do.
        if (m != Mode::Ignore && m != Mode::Delay && !refused_) refused_ = x.span;
        return Expression(x.b, m);
      case ExprKind::Lazy:
        return Under(x.a, m, LazyMode(x.a));
      case ExprKind::LetOp:
        // Texp_letop: the operators and their arguments dereferenced, the
        // body a function's case (Delay).
        for (ast::Id b : List(x.list)) {
          env.JoinWith(Under(ast_.bindings[b].op, m, Mode::Dereference));
          env.JoinWith(Under(ast_.bindings[b].expr, m, Mode::Dereference));
        }
        env.JoinWith(Case(x.b, ast::kNone, x.a, Compose(m, Mode::Delay)).first);
        return env;
    }
    return env;
  }

  // G |- let (rec) bindings : m -| body_env
  UseEnv LetBindings(bool is_rec, const std::vector<ast::Id>& bindings, Mode m,
                     const UseEnv& body_env) {
    UseEnv outer = body_env;
    for (ast::Id b : bindings) RemovePat(ast_.bindings[b].pat, outer);
    UseEnv result;
    if (!is_rec) {
      for (ast::Id b : bindings) {
        const ast::Binding& vb = ast_.bindings[b];
        result.JoinWith(Expression(vb.expr, Compose(m, PatternMode(vb.pat, body_env))));
      }
    } else {
      // G'i = Gi + sum_j mdef_ij[G'j], the least fixpoint, of which only
      // the sum T = sum_i G'i is needed. It has a closed form, which a
      // group of thousands of bindings needs (the rounds of the fixpoint
      // cost the square of the group each): a pattern's mode mdef_ij is at
      // least Guard, so each G'i holds Guard[T] and T has the names of
      // S = sum_i Gi. With no mdef_ij = Dereference, every term is at most
      // T, and T = S. With one, T >= Dereference[Guard[T]]: every name of S
      // is dereferenced, and that is a fixpoint.
      std::unordered_set<std::string_view> group_names;
      bool dereferenced = false;
      for (ast::Id b : bindings) {
        ast::Id pat = ast_.bindings[b].pat;
        for (std::string_view n : BoundNames(pat)) group_names.insert(n);
        dereferenced |= IsDestructuring(pat);
      }
      for (ast::Id b : bindings) {
        const ast::Binding& vb = ast_.bindings[b];
        UseEnv rhs = Expression(vb.expr, Compose(m, PatternMode(vb.pat, body_env)));
        for (const auto& [n, mode] : rhs.uses)
          dereferenced |= mode == Mode::Dereference && group_names.count(n);
        std::erase_if(rhs.uses, [&](const auto& use) { return group_names.count(use.first) != 0; });
        result.JoinWith(std::move(rhs));
      }
      if (dereferenced) result = result.Composed(Mode::Dereference);
    }
    result.JoinWith(std::move(outer));
    return result;
  }

  // --- sizes: is the size of the value known before it is computed?
  // `env` holds the sizes of the names in scope, innermost last; it is
  // shared down the walk and restored on the way back (a copy per `let`
  // would cost the square of a long chain of them).
  Size Classify(ast::Id e, SizeEnv& env) {
    for (;;) {
      const ast::Expr& x = ast_.exprs[e];
      switch (x.kind) {
        case ExprKind::Let: {
          // The bindings see the names in scope before the `let`.
          size_t before = env.size();
          SizeEnv added;
          for (ast::Id b : List(x.list)) {
            const ast::Binding& vb = ast_.bindings[b];
            const ast::Pat& p = ast_.pats[vb.pat];
            if (p.kind == PatKind::Var) {
              Size size = Classify(vb.expr, env);
              env.resize(before);
              added.emplace_back(source_.Slice(p.name), size);
            } else {
              // A name bound by a complex pattern has no known size.
              for (std::string_view n : BoundNames(vb.pat)) added.emplace_back(n, Size::Dynamic);
            }
          }
          env.insert(env.end(), added.begin(), added.end());
          e = x.a;
          continue;
        }
        case ExprKind::Ident: {
          std::string_view n = LocalName(x.a);
          if (n.empty()) return Size::Dynamic;
          for (auto it = env.rbegin(); it != env.rend(); ++it)
            if (it->first == n) return it->second;
          return Size::Dynamic;
        }
        case ExprKind::Sequence:
        case ExprKind::LocalOpen:
        case ExprKind::LetException:
        case ExprKind::LetModule:
          e = x.b;
          continue;
        case ExprKind::Constraint:
        case ExprKind::NewType:
          e = x.a;
          continue;
        case ExprKind::Apply:
          return IsStdlibRef(x.a) ? Size::Static : Size::Dynamic;
        case ExprKind::Variant:
          return Size::Static;
        case ExprKind::Construct:
          if (!IsUnboxed(e)) return Size::Static;
          e = x.b;
          continue;
        case ExprKind::Record:
          if (!IsUnboxed(e) || x.list.size != 1) return Size::Static;
          e = ast_.record_fields[ast_.at(x.list, 0)].expr;
          continue;
        case ExprKind::For:
        case ExprKind::Constant:
        case ExprKind::Unreachable:
        case ExprKind::Tuple:
        case ExprKind::Array:
        case ExprKind::SetField:
        case ExprKind::While:
        case ExprKind::Function:
        case ExprKind::Fun:
        case ExprKind::Lazy:
          return Size::Static;
        default:
          return Size::Dynamic;
      }
    }
  }

  Typer& typer_;
  const ast::Ast& ast_;
  const SourceBuffer& source_;

 public:
  // A construct met that this check does not know.
  std::optional<Span> refused_;
};

}  // namespace

void Typer::CheckRecursiveBindings(const std::vector<ast::Id>& bindings,
                                   const std::vector<PatVar>& vars) {
  std::vector<std::string_view> names;
  for (const PatVar& v : vars) names.push_back(v.name);
  RecCheck check(*this);
  for (ast::Id b : bindings) {
    ast::Id e = ast_->bindings[b].expr;
    bool valid = check.IsValid(names, e);
    if (check.refused_)
      Raise(MakeError(DiagKind::Unsupported, *check.refused_,
                      Text(UnsupportedText("local modules evaluated by a `let rec' definition"))));
    // Typecore keeps a constraint as an extra of the expression it
    // constrains, whose location the error shows (`let rec x : t = e`).
    ast::Id shown = e;
    while (ast_->exprs[shown].kind == ExprKind::Constraint) shown = ast_->exprs[shown].a;
    if (!valid)
      Raise(MakeError(
          DiagKind::IllegalLetRec, ast_->exprs[shown].span,
          Text("This kind of expression is not allowed as right-hand side of `let rec'")));
  }
}

}  // namespace mlhint::typing
