// Expressions: OCaml's Typecore.type_expect_ and the functions it calls,
// in the same order, so that the same unification fails first and is
// reported at the same place with the same types. Here: the dispatch on
// the expression's form, constants and statements; applications are in
// typer_apply.cpp, `fun` and `function` in typer_function.cpp, matches and
// lets in typer_let.cpp, constructors and records in typer_record.cpp.

#include "lexer/literals.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

using ast::ExprKind;

TypeId Typer::TypeExpect(ast::Id e, Expected expected) {
  DepthGuard guard(depth_, ast_->exprs[e].span);
  WarningScope warnings(*this, WarningScope::On::Expr, e);
  TypeId t;
  try {
    t = TypeExpectInner(e, expected);
  } catch (TypeErrorThrow& err) {
    if (!err.silent) Report(TypeError{std::move(err.diagnostic), std::move(err.clash)});
    t = store_->NewError();
  }
  expr_types_[e] = t;
  return t;
}

bool Typer::PatHasConstructor(ast::Id p) const {
  return ast::AnyPattern(*ast_, p,
                         [](const ast::Pat& x) { return x.kind == ast::PatKind::Construct; });
}

void Typer::UnifyExp(ast::Id e, TypeId type, TypeId expected, Explanation explanation) {
  // Variables at the root of either side, before they get bound.
  TypeId before_type = store_->Repr(type), before_expected = store_->Repr(expected);
  if (store_->tag(before_type) != TypeTag::Var) before_type = kNoType;
  if (store_->tag(before_expected) != TypeTag::Var) before_expected = kNoType;
  std::optional<Trace> trace = ctype_->Unify(type, expected);
  if (!trace) {
    NoteOrigin(e, before_type, before_expected);
    return;
  }
  const ast::Expr& x = ast_->exprs[e];
  // with_explanation: only for an expression written by the user.
  if (x.flags & ast::kGhost) explanation = Explanation::None;
  RaiseExprClash(e, x.span, std::move(*trace), explanation);
}

namespace {

// The type of a literal, or the error OCaml gives for it.
struct ConstantType {
  DeclId decl = kNone;
  std::string error;  // non-empty: the message
  DiagKind kind = DiagKind::LiteralOverflow;
};

ConstantType ClassifyConstant(const Env& env, const ast::Constant& c, std::string_view text) {
  ConstantType out;
  switch (c.kind) {
    case ast::ConstKind::Int: {
      IntLiteralParts parts = SplitIntLiteral(text);
      std::string digits = (c.negative ? "-" : "") + std::string(parts.digits);
      IntKind kind;
      switch (parts.modifier) {
        case 0:
          kind = IntKind::Int;
          out.decl = env.predef.int_;
          break;
        case 'l':
          kind = IntKind::Int32;
          out.decl = env.predef.int32_;
          break;
        case 'L':
          kind = IntKind::Int64;
          out.decl = env.predef.int64_;
          break;
        case 'n':
          kind = IntKind::Nativeint;
          out.decl = env.predef.nativeint_;
          break;
        default:
          out.kind = DiagKind::UnknownLiteralModifier;
          out.error = std::string("Unknown modifier '") + parts.modifier + "' for literal " +
                      digits + parts.modifier;
          return out;
      }
      if (!ConvertIntLiteral(digits, kind))
        out.error = "Integer literal exceeds the range of representable integers of type " +
                    std::string(IntKindName(kind));
      return out;
    }
    case ast::ConstKind::Float: {
      FloatLiteralParts parts = SplitFloatLiteral(text);
      if (parts.modifier) {
        std::string digits = (c.negative ? "-" : "") + std::string(parts.digits);
        out.kind = DiagKind::UnknownLiteralModifier;
        out.error = std::string("Unknown modifier '") + parts.modifier + "' for literal " + digits +
                    parts.modifier;
        return out;
      }
      out.decl = env.predef.float_;
      return out;
    }
    case ast::ConstKind::Char:
      out.decl = env.predef.char_;
      return out;
    case ast::ConstKind::String:
      out.decl = env.predef.string_;
      return out;
  }
  return out;
}

}  // namespace

TypeId Typer::ConstantTypeOf(ast::Id constant, Span span) {
  const ast::Constant& c = ast_->constants[constant];
  ConstantType ct = ClassifyConstant(*env_, c, source_->Slice(c.text));
  if (!ct.error.empty()) Raise(MakeError(ct.kind, span, Text(ct.error)));
  return ctype_->Predef(ct.decl);
}

TypeId Typer::TypeExpectInner(ast::Id e, Expected expected) {
  const ast::Expr& x = ast_->exprs[e];
  Ctype& ct = *ctype_;
  // Typecore's ?in_function reaches only the case body itself, and only a
  // function there uses it.
  std::optional<InFunction> in_function = std::move(pending_.in_function);
  Recarg recarg = pending_.recarg;
  pending_ = {};
  auto rue = [&](TypeId t) {
    UnifyExp(e, t, ct.Instance(expected.type), expected.explanation);
    return t;
  };
  switch (x.kind) {
    case ExprKind::Ident: {
      ValueId v = LookupValue(x.a);
      MarkUsed(v);
      ident_values_[e] = v;
      InlineRecords::CheckIdent(*this, v, ast_->longidents[x.a].span, recarg);
      if (v < env_->prelude_values.size() && env_->prelude_values[v].deprecated) {
        const PreludeValue& desc = env_->prelude_values[v];
        if (!Stopped())
          PushWarning(MakeAlert("deprecated", ast_->longidents[x.a].span,
                                AlertText(desc.path, *desc.deprecated)));
      } else if (!env_->value_alerts.empty()) {
        RaiseValueAlerts(v, ast_->longidents[x.a].span, ast_->FullName(x.a));
      }
      TypeId t = ct.Instance(env_->values[v].type);
      return rue(t);
    }
    case ExprKind::LocalOpen: {
      // Typecore's Pexp_open: the body typed where the module is open, its
      // type forced well-formed outside (unify_var).
      TypeId tv = ct.NewVar();
      Env::Mark mark = env_->Save();
      OpenModule(x.a);
      TypeId t = TypeExpect(x.b, expected);
      env_->Restore(mark);
      // tv is fresh and appears nowhere: this only lowers t's levels and
      // cannot fail.
      (void)ct.UnifyVar(tv, t);
      return t;
    }
    case ExprKind::Constant: {
      const ast::Constant& c = ast_->constants[x.a];
      if (c.kind == ast::ConstKind::String && IsFormatExpected(expected.type))
        return TypeFormatString(e, expected, source_->Slice(c.text));
      return rue(ConstantTypeOf(x.a, x.span));
    }
    case ExprKind::Unreachable:
      // The `.` of a refutation case: whatever is expected (what the case
      // refutes is checked with the match's unused cases).
      return ct.Instance(expected.type);
    case ExprKind::Let: {
      // Typecore types `let p = e in body` as `match e with p -> body` when
      // p holds a constructor (may_contain_gadts): e is typed first, and
      // the match's checks and locations apply.
      if (!(x.flags & ast::kRec) && x.list.size == 1) {
        const ast::Binding& b = ast_->bindings[ast_->at(x.list, 0)];
        if (PatHasConstructor(b.pat)) {
          int errors_before = errors_;
          TypeId arg = ct.AtNewLevel([&] { return TypeExp(b.expr); });
          if (!IsNonexpansive(b.expr)) ct.LowerContravariant(arg);
          ct.Generalize(arg);
          std::vector<CaseView> cases{CaseView{b.pat, kNone, x.a}};
          TypeCases(arg, expected, true, x.span, cases, std::nullopt, errors_before, true);
          return ct.Instance(expected.type);
        }
      }
      return TypeLet(e, expected);
    }
    case ExprKind::Fun: {
      std::vector<CaseView> cases{CaseView{x.a, kNone, x.b}};
      return TypeFunction(e, expected, cases, in_function);
    }
    case ExprKind::Function: {
      std::vector<CaseView> cases;
      for (ast::Id c : ListOf(x.list)) {
        const ast::Case& cs = ast_->cases[c];
        cases.push_back(CaseView{cs.pat, cs.guard, cs.body});
      }
      return TypeFunction(e, expected, cases, in_function);
    }
    case ExprKind::Apply:
      return TypeApply(e, expected);
    case ExprKind::Match: {
      int errors_before = errors_;
      TypeId arg = ct.AtNewLevel([&] { return TypeExp(x.a); });
      if (!IsNonexpansive(x.a)) ct.LowerContravariant(arg);
      ct.Generalize(arg);
      std::vector<CaseView> cases;
      for (ast::Id c : ListOf(x.list)) {
        const ast::Case& cs = ast_->cases[c];
        cases.push_back(CaseView{cs.pat, cs.guard, cs.body});
      }
      TypeCases(arg, expected, true, x.span, cases, std::nullopt, errors_before, true);
      return ct.Instance(expected.type);
    }
    case ExprKind::Try: {
      int errors_before = errors_;
      TypeId body = TypeExpect(x.a, expected);
      std::vector<CaseView> cases;
      for (ast::Id c : ListOf(x.list)) {
        const ast::Case& cs = ast_->cases[c];
        cases.push_back(CaseView{cs.pat, cs.guard, cs.body});
      }
      TypeCases(ct.Predef(env_->predef.exn_), expected, false, x.span, cases, std::nullopt,
                errors_before);
      return body;
    }
    case ExprKind::Tuple: {
      std::vector<ast::Id> items = ListOf(x.list);
      std::vector<TypeId> subtypes;
      for (size_t i = 0; i < items.size(); ++i) subtypes.push_back(ct.NewGenVar());
      TypeId to_unify = store_->NewTuple(kGenericLevel, subtypes);
      if (auto trace = ct.Unify(to_unify, ct.GenericInstance(expected.type))) {
        Explanation ex = (x.flags & ast::kGhost) ? Explanation::None : expected.explanation;
        RaiseExprClash(e, x.span, std::move(*trace), ex);
      }
      std::vector<TypeId> types;
      for (size_t i = 0; i < items.size(); ++i)
        types.push_back(TypeExpect(items[i], Expected{subtypes[i]}));
      return ct.NewTuple(types);
    }
    case ExprKind::Construct:
      return TypeConstruct(e, expected);
    case ExprKind::Variant:
      return TypeVariantExpr(e, expected);
    case ExprKind::Record:
      return TypeRecord(e, expected, recarg);
    case ExprKind::Field:
      return TypeField(e, expected);
    case ExprKind::SetField:
      return TypeSetField(e, expected);
    case ExprKind::Array: {
      TypeId elt = ct.NewGenVar();
      TypeId to_unify = store_->NewConstr(kGenericLevel, env_->predef.array_, {elt});
      if (auto trace = ct.Unify(to_unify, ct.GenericInstance(expected.type))) {
        Explanation ex = (x.flags & ast::kGhost) ? Explanation::None : expected.explanation;
        RaiseExprClash(e, x.span, std::move(*trace), ex);
      }
      for (ast::Id item : ListOf(x.list)) TypeExpect(item, Expected{elt});
      return ct.Instance(expected.type);
    }
    case ExprKind::IfThenElse: {
      TypeExpect(x.a, Expected{ct.Predef(env_->predef.bool_), Explanation::IfConditional});
      if (x.c == kNone) {
        TypeId ifso =
            TypeExpect(x.b, Expected{ct.Predef(env_->predef.unit_), Explanation::IfNoElseBranch});
        return rue(ifso);
      }
      TypeId ifso = TypeExpect(x.b, expected);
      TypeId ifnot = TypeExpect(x.c, expected);
      UnifyExp(x.c, ifnot, ifso);
      return ifso;
    }
    case ExprKind::Sequence: {
      TypeStatement(x.a, Explanation::SequenceLeftHandSide);
      return TypeExpect(x.b, expected);
    }
    case ExprKind::While: {
      TypeExpect(x.a, Expected{ct.Predef(env_->predef.bool_), Explanation::WhileLoopConditional});
      TypeStatement(x.b, Explanation::WhileLoopBody);
      return rue(ct.Predef(env_->predef.unit_));
    }
    case ExprKind::For: {
      TypeExpect(x.b, Expected{ct.Predef(env_->predef.int_), Explanation::ForLoopStartIndex});
      TypeExpect(x.c, Expected{ct.Predef(env_->predef.int_), Explanation::ForLoopStopIndex});
      const ast::Pat& index = ast_->pats[x.a];
      Env::Mark mark = env_->Save();
      if (index.kind == ast::PatKind::Var) {
        // OCaml locates the index's value (and its warning 35) on the loop.
        AddValue(source_->Slice(index.name), ct.Predef(env_->predef.int_), x.span, true, 35);
      } else if (index.kind != ast::PatKind::Any) {
        Raise(MakeError(DiagKind::InvalidForLoopIndex, index.span,
                        BoxedText("Invalid for-loop index: only variables and _ are allowed.")));
      }
      TypeStatement(ast_->ForBody(x), Explanation::ForLoopBody);
      env_->Restore(mark);
      return rue(ct.Predef(env_->predef.unit_));
    }
    case ExprKind::Constraint: {
      TypeId ty = ct.AtNewLevel([&] { return TranslSimpleType(x.b, false); });
      ct.GeneralizeStructure(ty);
      TypeArgument(x.a, ty, ct.Instance(ty));
      TypeId result = ct.Instance(ty);
      return rue(result);
    }
    case ExprKind::Assert: {
      TypeExpect(x.a, Expected{ct.Predef(env_->predef.bool_), Explanation::AssertCondition});
      const ast::Expr& cond = ast_->exprs[x.a];
      bool is_false =
          cond.kind == ExprKind::Construct && cond.b == kNone && ast_->LastName(cond.a) == "false";
      return rue(is_false ? ct.Instance(expected.type) : ct.Predef(env_->predef.unit_));
    }
    case ExprKind::Lazy: {
      TypeId ty = ct.NewGenVar();
      TypeId to_unify = store_->NewConstr(kGenericLevel, env_->predef.lazy_t_, {ty});
      if (auto trace = ct.Unify(to_unify, ct.GenericInstance(expected.type)))
        RaiseExprClash(e, x.span, std::move(*trace), expected.explanation);
      TypeExpect(x.a, Expected{ty});
      return ct.Instance(expected.type);
    }
    case ExprKind::LetException: {
      Env::Mark mark = env_->Save();
      TranslException(ast_->constructors[x.a], nullptr);
      TypeId body = TypeExpect(x.b, expected);
      env_->Restore(mark);
      return body;
    }
    case ExprKind::NewType: {
      // Typecore's Pexp_newtype: the body is typed with `t` a new abstract
      // type; in its type, `t` then becomes a variable of the level
      // outside (named as the type, when that is a variable's name).
      std::string_view name = ast_->LastName(x.b);
      TypeId var = ct.NewVar(name.empty() || name[0] == '_' ? kNoName : store_->Intern(name));
      Ctype::DefScope level(ct);
      Env::Mark mark = env_->Save();
      TypeDecl decl;
      decl.name = std::string(name);
      decl.loc = ast_->longidents[x.b].span;
      decl.has_loc = true;
      decl.loc_text = DeclarationLocation(decl.loc);
      decl.scope = ct.current_level();
      env_->types.push_back(std::move(decl));
      auto id = static_cast<DeclId>(env_->types.size() - 1);
      env_->Bind(Namespace::Type, env_->types[id].name, id);
      Ctype::ScopeWatch watch(ct);
      TypeId body = TypeExp(x.a);
      // OCaml's message for an escape (Printtyp's "would escape its
      // scope") is not one mlhint prints: it says it does not know.
      if (ct.TakeEscape())
        Raise(MakeError(DiagKind::Unsupported, x.span,
                        Text(UnsupportedText("locally abstract types escaping their scope"))));
      TypeId replaced = ct.ReplaceConstr(body, id, var);
      newtype_vars_[e] = var;
      env_->Restore(mark);
      level.End();
      return rue(replaced);
    }
    case ExprKind::LetModule:
      return TypeLetModule(e, expected);
    case ExprKind::Pack:
      return Packages{*this}.TypePack(e, expected);
    case ExprKind::LetOp:
      return TypeLetOp(e, expected);
    case ExprKind::Unsupported: {
      const ast::UnsupportedConstruct& u = ast_->unsupported[x.a];
      if (u.extension_constructor && env_->predef.extension_constructor_ != kNone) {
        // Typecore's `[%extension_constructor C]`: C, found as
        // Env.lookup_constructor finds it, must be an exception's.
        if (u.constructor == ast::kNone)
          Raise(MakeError(
              DiagKind::ExtensionConstructor, x.span,
              BoxedText("Invalid [%extension_constructor] payload, a constructor is expected.")));
        std::vector<ConstrId> found = LookupAllConstructors(u.constructor, false);
        if (!env_->constructors[found.front()].is_exception)
          Raise(MakeError(DiagKind::ExtensionConstructor, ast_->longidents[u.constructor].span,
                          BoxedText("This constructor is not an extension constructor.")));
        return rue(ct.Predef(env_->predef.extension_constructor_));
      }
      if (!u.instance_variable.empty()) {
        // `x <- e` outside an object (Env.lookup_instance_variable, before
        // e is typed): x is no instance variable, whatever else it is.
        std::string name(source_->Slice(u.instance_variable));
        uint32_t v = env_->Find(Namespace::Value, name);
        if (v == kNone && names_unknown_) RaiseSilently(x.span);
        if (v != kNone)
          Raise(MakeError(DiagKind::NotAnInstanceVariable, x.span,
                          Text("The value " + name + " is not an instance variable")));
        Raise(MakeError(DiagKind::UnboundValue, x.span, Text("Unbound instance variable " + name)));
      }
      Raise(UnsupportedError(u));
    }
  }
  return store_->NewError();
}

// ---------------------------------------------------------------- statements

ast::Id Typer::FinalSubexpression(ast::Id e) const {
  for (;;) {
    const ast::Expr& x = ast_->exprs[e];
    switch (x.kind) {
      case ExprKind::Let:
        e = x.a;
        continue;
      case ExprKind::Sequence:
        e = x.b;
        continue;
      case ExprKind::Try:
        e = x.a;
        continue;
      case ExprKind::IfThenElse:
        e = x.b;
        continue;
      case ExprKind::LocalOpen:
        e = x.b;
        continue;  // Texp_open
      case ExprKind::LetException:
        e = x.b;
        continue;
      case ExprKind::NewType:  // its body, with Texp_newtype among its extras
        e = x.a;
        continue;
      case ExprKind::LetModule:
        e = x.b;
        continue;
      // A constrained expression is typed as its argument, at its place.
      case ExprKind::Constraint:
        e = x.a;
        continue;
      case ExprKind::Match:
        if (x.list.size == 0) return e;
        e = ast_->cases[ast_->at(x.list, 0)].body;
        continue;
      default:
        return e;
    }
  }
}

TypeId Typer::TypeStatement(ast::Id e, Explanation explanation) {
  Ctype& ct = *ctype_;
  TypeId t = ct.AtNewLevel([&] { return TypeExp(e); });
  TypeId ty = ct.ExpandHead(t);
  TypeId tv = ct.NewVar();
  if (store_->tag(ty) == TypeTag::Var && store_->level(ty) > store_->level(tv))
    Warn(21, ast_->exprs[FinalSubexpression(e)].span,
         "this statement never returns (or has an unsound type.)");
  if (options_.strict_sequence) {
    // Typecore.type_statement under -strict-sequence: the statement is
    // unified with unit, with the explanation of where it stands. The
    // error is the statement's own: what follows it is still typed.
    try {
      UnifyExp(e, t, ct.Predef(env_->predef.unit_), explanation);
    } catch (TypeErrorThrow& err) {
      if (!err.silent) Report(TypeError{std::move(err.diagnostic), std::move(err.clash)});
    }
    return t;
  }
  CheckPartialApplication(true, e, t);
  (void)ct.UnifyVar(tv, ty);  // tv is fresh: this only lowers levels, and cannot fail
  return t;
}

void Typer::CheckPartialApplication(bool statement, ast::Id e, TypeId type) {
  std::function<void(bool)> f = [this, statement, e, type, &f](bool delay) {
    Ctype& ct = *ctype_;
    TypeId ty = ct.ExpandHead(type);
    auto check_statement = [&] {
      if (ct.IsConstr(ty, env_->predef.unit_)) return;
      if (!statement) return;
      ast::Id x = e;
      while (ast_->exprs[x].kind == ExprKind::Let || ast_->exprs[x].kind == ExprKind::Sequence)
        x = ast_->exprs[x].kind == ExprKind::Let ? ast_->exprs[x].a : ast_->exprs[x].b;
      Warn(10, ast_->exprs[x].span, "this expression should have type unit.");
    };
    TypeTag tag = store_->tag(ty);
    if (tag == TypeTag::Arrow) {
      std::function<void(ast::Id)> check = [&](ast::Id x) {
        const ast::Expr& ex = ast_->exprs[x];
        switch (ex.kind) {
          case ExprKind::Constraint:
          case ExprKind::Ident:
          case ExprKind::Constant:
          case ExprKind::Tuple:
          case ExprKind::Construct:
          case ExprKind::Variant:
          case ExprKind::Record:
          case ExprKind::Field:
          case ExprKind::SetField:
          case ExprKind::Array:
          case ExprKind::While:
          case ExprKind::For:
          case ExprKind::Assert:
          case ExprKind::Lazy:
          case ExprKind::Fun:
          case ExprKind::Function:
          case ExprKind::Unsupported:
          case ExprKind::Unreachable:
          case ExprKind::Pack:
            check_statement();
            break;
          case ExprKind::LocalOpen:
          case ExprKind::LetException:
          case ExprKind::LetModule:
            check(ex.b);
            break;
          case ExprKind::NewType:  // the body, whose extras hold Texp_newtype
            check(ex.a);
            break;
          case ExprKind::IfThenElse:
            if (ex.c == kNone) {
              check_statement();
            } else {
              check(ex.b);
              check(ex.c);
            }
            break;
          case ExprKind::Match:
            for (ast::Id c : ListOf(ex.list)) check(ast_->cases[c].body);
            break;
          case ExprKind::Try:
            check(ex.a);
            for (ast::Id c : ListOf(ex.list)) check(ast_->cases[c].body);
            break;
          case ExprKind::Let:
            check(ex.a);
            break;
          case ExprKind::Sequence:
            check(ex.b);
            break;
          case ExprKind::Apply:
          case ExprKind::LetOp:
            Warn(5, ex.span,
                 "this function application is partial,\nmaybe some arguments are missing.");
            break;
        }
      };
      check(e);
    } else if (tag == TypeTag::Var) {
      if (delay) AddDelayed([f] { f(false); });
    } else {
      check_statement();
    }
  };
  f(true);
}

}  // namespace mlhint::typing
