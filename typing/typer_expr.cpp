// Expressions: OCaml's Typecore.type_expect_ and the functions it calls,
// in the same order, so that the same unification fails first and is
// reported at the same place with the same types.

#include <algorithm>

#include "lexer/literals.h"
#include "support/format.h"
#include "support/large_stack.h"
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
  std::vector<ast::Id> work{p};
  while (!work.empty()) {
    const ast::Pat& x = ast_->pats[work.back()];
    work.pop_back();
    switch (x.kind) {
      case ast::PatKind::Construct:
        return true;
      case ast::PatKind::Alias:
      case ast::PatKind::Constraint:
      case ast::PatKind::Exception:
        work.push_back(x.a);
        break;
      case ast::PatKind::Or:
        work.push_back(x.a);
        work.push_back(x.b);
        break;
      case ast::PatKind::Tuple:
      case ast::PatKind::Array:
        for (ast::Id q : ListOf(x.list)) work.push_back(q);
        break;
      case ast::PatKind::Record:
        for (ast::Id f : ListOf(x.list)) work.push_back(ast_->record_pat_fields[f].pat);
        break;
      default:
        break;
    }
  }
  return false;
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
  std::optional<InFunction> in_function = std::move(pending_in_function_);
  pending_in_function_.reset();
  auto rue = [&](TypeId t) {
    UnifyExp(e, t, ct.Instance(expected.type), expected.explanation);
    return t;
  };
  switch (x.kind) {
    case ExprKind::Ident: {
      ValueId v = LookupValue(x.a);
      MarkUsed(v);
      ident_values_[e] = v;
      if (v < env_->prelude_values.size() && env_->prelude_values[v].deprecated) {
        const PreludeValue& desc = env_->prelude_values[v];
        std::string message = desc.path;
        if (!desc.deprecated->empty()) message += "\n" + *desc.deprecated;
        if (!Stopped())
          out_.diagnostics.push_back(
              MakeAlert("deprecated", ast_->longidents[x.a].span, std::move(message)));
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
      ct.UnifyVar(tv, t);
      return t;
    }
    case ExprKind::Constant: {
      const ast::Constant& c = ast_->constants[x.a];
      if (c.kind == ast::ConstKind::String && IsFormatExpected(expected.type))
        return TypeFormatString(e, expected, source_->Slice(c.text));
      return rue(ConstantTypeOf(x.a, x.span));
    }
    case ExprKind::Let: {
      // Typecore types `let p = e in body` as `match e with p -> body` when
      // p holds a constructor (may_contain_gadts): e is typed first, and
      // the match's checks and locations apply.
      if (!(x.flags & ast::kRec) && x.list.size == 1) {
        const ast::Binding& b = ast_->bindings[ast_->at(x.list, 0)];
        if (PatHasConstructor(b.pat)) {
          int errors_before = errors_;
          ct.BeginDef();
          TypeId arg = TypeExp(b.expr);
          ct.EndDef();
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
      ct.BeginDef();
      TypeId arg = TypeExp(x.a);
      ct.EndDef();
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
    case ExprKind::Record:
      return TypeRecord(e, expected);
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
      ct.BeginDef();
      TypeId ty = TranslSimpleType(x.b, false);
      ct.EndDef();
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
    case ExprKind::Unsupported: {
      const ast::UnsupportedConstruct& u = ast_->unsupported[x.a];
      Raise(MakeError(DiagKind::Unsupported, u.span, Text(UnsupportedText(u.what))));
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
  ct.BeginDef();
  TypeId t = TypeExp(e);
  ct.EndDef();
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
  ct.UnifyVar(tv, ty);
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
          case ExprKind::Record:
          case ExprKind::Field:
          case ExprKind::SetField:
          case ExprKind::Array:
          case ExprKind::While:
          case ExprKind::For:
          case ExprKind::Assert:
          case ExprKind::Fun:
          case ExprKind::Function:
          case ExprKind::Unsupported:
            check_statement();
            break;
          case ExprKind::LocalOpen:
            check(ex.b);
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

// ---------------------------------------------------------------- application

namespace {

bool IsNolabelArrow(TypeStore& ts, TypeId t) {
  return ts.tag(t) == TypeTag::Arrow && ts.arrow_label(t) == ArrowLabel::None;
}

}  // namespace

bool Typer::IsInferred(ast::Id e) const {
  const ast::Expr& x = ast_->exprs[e];
  switch (x.kind) {
    case ExprKind::Ident:
    case ExprKind::Apply:
    case ExprKind::Field:
    case ExprKind::Constraint:
      return true;
    case ExprKind::Sequence:
    case ExprKind::LocalOpen:
      return IsInferred(x.b);
    case ExprKind::IfThenElse:
      return x.c != kNone && IsInferred(x.b) && IsInferred(x.c);
    default:
      return false;
  }
}

// Typecore.list_labels: the labels of a function type, and whether it ends
// in a type variable.
std::pair<std::vector<ArrowLabel>, bool> Typer::ListLabels(TypeId t) {
  std::vector<ArrowLabel> labels;
  uint32_t stamp = store_->NewMark();
  for (int guard = 0; guard < 100000; ++guard) {
    t = ctype_->ExpandHead(t);
    if (!store_->TryMark(t, stamp)) return {labels, false};
    if (store_->tag(t) == TypeTag::Arrow) {
      labels.push_back(store_->arrow_label(t));
      t = store_->arrow_res(t);
      continue;
    }
    return {labels, store_->tag(t) == TypeTag::Var};
  }
  return {labels, false};
}

TypeId Typer::TypeArgument(ast::Id sarg, TypeId expected_generic, TypeId expected_instance) {
  Ctype& ct = *ctype_;
  // The arrows of t carry no label and end in something else than a
  // variable (list_labels without building the list).
  auto no_labels = [&](TypeId t) {
    uint32_t stamp = store_->NewMark();
    for (int guard = 0; guard < 100000; ++guard) {
      t = ct.ExpandHead(t);
      if (!store_->TryMark(t, stamp)) return true;
      if (store_->tag(t) != TypeTag::Arrow) return store_->tag(t) != TypeTag::Var;
      if (store_->arrow_label(t) != ArrowLabel::None) return false;
      t = store_->arrow_res(t);
    }
    return true;
  };
  std::optional<bool> may_coerce;
  if (IsInferred(sarg)) {
    TypeId head = ct.ExpandHead(expected_generic);
    if (IsNolabelArrow(*store_, head)) may_coerce = no_labels(store_->arrow_res(head));
  }
  if (may_coerce) {
    TypeId texp = TypeExp(sarg);
    if (store_->tag(texp) == TypeTag::Error) return texp;
    // make_args: the optional parameters before the first unlabelled one
    // are eliminated (given None) when an unlabelled function is expected.
    std::vector<std::string> eliminated;
    TypeId ty_fun = texp;
    bool simple_res = false;
    uint32_t stamp = store_->NewMark();
    for (int guard = 0; guard < 100000; ++guard) {
      TypeId h = ct.ExpandHead(ty_fun);
      if (!store_->TryMark(h, stamp)) break;
      if (store_->tag(h) == TypeTag::Arrow && store_->arrow_label(h) == ArrowLabel::Optional) {
        eliminated.push_back("?" + store_->Name(store_->arrow_label_name(h)));
        ty_fun = store_->arrow_res(h);
        continue;
      }
      if (store_->tag(h) == TypeTag::Arrow && store_->arrow_label(h) == ArrowLabel::None) {
        simple_res = no_labels(store_->arrow_res(h));
      } else if (store_->tag(h) != TypeTag::Var) {
        eliminated.clear();
        ty_fun = texp;
      }
      break;
    }
    if (eliminated.empty() || !(simple_res || *may_coerce)) {
      UnifyExpArg(sarg, ct.Instance(texp), expected_instance);
      return texp;
    }
    UnifyExpArg(sarg, ct.Instance(ty_fun), expected_instance);
    Warn(48, ast_->exprs[sarg].span,
         std::string("implicit elimination of optional argument") +
             (eliminated.size() == 1 ? " " : "s ") + Join(eliminated, ", "));
    return texp;
  }
  TypeId texp = TypeExpect(sarg, Expected{expected_generic});
  if (store_->tag(texp) != TypeTag::Error) UnifyExpArg(sarg, texp, expected_instance);
  return texp;
}

void Typer::UnifyExpArg(ast::Id e, TypeId type, TypeId expected) {
  // Variables at the root of either side, before they get bound.
  TypeId before_type = store_->Repr(type), before_expected = store_->Repr(expected);
  if (store_->tag(before_type) != TypeTag::Var) before_type = kNoType;
  if (store_->tag(before_expected) != TypeTag::Var) before_expected = kNoType;
  std::optional<Trace> trace = ctype_->Unify(type, expected);
  if (!trace) {
    NoteOrigin(e, before_type, before_expected);
    return;
  }
  RaiseExprClash(e, ast_->exprs[e].span, std::move(*trace), Explanation::None);
}

TypeId Typer::TypeApply(ast::Id e, Expected expected) {
  Ctype& ct = *ctype_;
  const ast::Expr& x = ast_->exprs[e];
  std::vector<SArg> args;
  for (uint32_t i = 0; i < x.list.size; ++i) {
    SArg a{ast_->at(x.list, i), {}};
    if (x.c != kNone) a.label = LabelOf(ast_->arg_labels[x.c + i]);
    args.push_back(a);
  }
  bool unlabelled = x.c == kNone || std::all_of(args.begin(), args.end(), [](const SArg& a) {
                      return a.label.kind == ArrowLabel::None;
                    });
  auto type_sfunct = [&](ast::Id f) {
    ct.BeginDef();
    TypeId funct = TypeExp(f);
    TypeId ty = ct.Instance(funct);
    ct.EndDef();
    // lower_args: the argument types of the function's known spine go down
    // to the current level.
    uint32_t stamp = store_->NewMark();
    for (int guard = 0; guard < 100000; ++guard) {
      ty = ct.ExpandHead(ty);
      if (!store_->TryMark(ty, stamp) || store_->tag(ty) != TypeTag::Arrow) break;
      ct.UnifyVar(ct.NewVar(), store_->arrow_arg(ty));
      ty = store_->arrow_res(ty);
    }
    return funct;
  };
  ast::Id funct_expr = x.a;
  TypeId funct = type_sfunct(funct_expr);
  // x |> f and f @@ x are typed as the application f x.
  const ast::Expr& fx = ast_->exprs[funct_expr];
  if (fx.kind == ExprKind::Ident && args.size() == 2 && unlabelled &&
      store_->tag(funct) != TypeTag::Error) {
    uint32_t v = env_->Find(Namespace::Value, ast_->LastName(fx.a));
    Primitive prim = v != kNone && ast_->longidents[fx.a].parts.size == 1 ? env_->values[v].prim
                                                                          : Primitive::None;
    if (prim == Primitive::RevApply && IsInferred(args[1].expr)) {
      funct_expr = args[1].expr;
      funct = type_sfunct(funct_expr);
      args = {args[0]};
    } else if (prim == Primitive::Apply) {
      funct_expr = args[0].expr;
      funct = type_sfunct(funct_expr);
      args = {args[1]};
    }
  }
  ct.BeginDef();
  TypeId ty_res = TypeApplication(e, funct_expr, funct, args);
  ct.EndDef();
  ct.UnifyVar(ct.NewVar(), funct);
  try {
    UnifyExp(e, ty_res, ct.Instance(expected.type), expected.explanation);
  } catch (TypeErrorThrow&) {
    CheckPartialApplication(false, e, ty_res);
    throw;
  }
  return ty_res;
}

TypeId Typer::TypeApplication(ast::Id apply, ast::Id funct_expr, TypeId funct_type,
                              const std::vector<SArg>& sargs) {
  Ctype& ct = *ctype_;
  TypeStore& ts = *store_;
  auto nolabel = [](const SArg& a) { return a.label.kind == ArrowLabel::None; };
  // Special case for ignore: avoid discarding the partial application
  // warning.
  const ast::Expr& fx = ast_->exprs[funct_expr];
  if (sargs.size() == 1 && nolabel(sargs[0]) && fx.kind == ExprKind::Ident &&
      ts.tag(funct_type) != TypeTag::Error) {
    uint32_t v = ast_->longidents[fx.a].parts.size == 1
                     ? env_->Find(Namespace::Value, ast_->LastName(fx.a))
                     : kNone;
    if (v != kNone && env_->values[v].prim == Primitive::Ignore) {
      if (auto arrow = ct.FilterArrow(ct.Instance(funct_type))) {
        TypeId arg = TypeExpect(sargs[0].expr, Expected{arrow->first});
        CheckPartialApplication(false, sargs[0].expr, arg);
        return arrow->second;
      }
    }
  }
  if (ts.tag(funct_type) != TypeTag::Error && fx.kind == ExprKind::Ident) {
    uint32_t v = ast_->longidents[fx.a].parts.size == 1
                     ? env_->Find(Namespace::Value, ast_->LastName(fx.a))
                     : kNone;
    if (v != kNone && env_->values[v].prim == Primitive::Raise) apply_is_raise_[apply] = true;
  }
  // Labels omitted (warning 6): a function with labelled parameters applied
  // to as many unlabelled arguments.
  bool ignore_labels = false;
  if (std::all_of(sargs.begin(), sargs.end(), nolabel)) {
    auto [labels, tvar] = ListLabels(funct_type);
    if (!tvar) {
      size_t nonopt = 0;
      bool any_label = false;
      std::vector<std::string> names;
      TypeId t = funct_type;
      for (ArrowLabel l : labels) {
        TypeId h = ct.ExpandHead(t);
        if (l != ArrowLabel::Optional) ++nonopt;
        if (l == ArrowLabel::Labelled) {
          any_label = true;
          names.push_back(ts.Name(ts.arrow_label_name(h)));
        }
        t = ts.arrow_res(h);
      }
      if (nonopt == sargs.size() && any_label) {
        std::string text = names.size() == 1 ? "label " + names[0] + " was omitted"
                                             : "labels " + Join(names, ", ") + " were omitted";
        Warn(6, fx.span, text + " in the application of this function.");
        ignore_labels = true;
      }
    }
  }
  // An argument, typed once the function's shape is checked.
  struct PendingArg {
    enum class How : uint8_t { Known, KnownSome, Unknown, None } how;
    const SArg* sarg;
    TypeId ty, ty0;
  };
  std::vector<PendingArg> pending;
  std::vector<TypeId> omitted;     // parameters with no argument, abstracted
  std::vector<TypeId> eliminated;  // optional parameters given None
  auto name_of = [&](ArgLabelInfo l) { return l.kind == ArrowLabel::None ? kNoName : l.name; };
  auto has_label = [&](ArgLabelInfo l, TypeId ty_fun) {
    auto [labels, tvar] = ListLabels(ty_fun);
    if (tvar) return true;
    TypeId t = ty_fun;
    for (size_t i = 0; i < labels.size(); ++i) {
      TypeId h = ct.ExpandHead(t);
      if (labels[i] == l.kind && (l.kind == ArrowLabel::None || ts.arrow_label_name(h) == l.name))
        return true;
      t = ts.arrow_res(h);
    }
    return false;
  };
  // result_type: the omitted parameters (latest first) become arrows again.
  auto result_type = [&](const std::vector<TypeId>& params, TypeId ty_fun) {
    for (TypeId p : params)
      ty_fun = ts.NewArrow(ts.level(p), ts.arrow_arg(p), ty_fun, ts.arrow_label(p),
                           ts.arrow_label_name(p));
    return ty_fun;
  };
  std::vector<const SArg*> remaining;
  for (const SArg& a : sargs) remaining.push_back(&a);
  TypeId ty_fun = funct_type;
  TypeId ty_fun0 = ct.Instance(funct_type);
  while (!remaining.empty()) {
    TypeId h = ct.ExpandHead(ty_fun);
    TypeId h0 = ct.ExpandHead(ty_fun0);
    if (ts.tag(h) != TypeTag::Arrow || ts.tag(h0) != TypeTag::Arrow || !ts.arrow_commu_ok(h)) break;
    ArgLabelInfo l{ts.arrow_label(h), ts.arrow_label_name(h)};
    bool optional = l.kind == ArrowLabel::Optional;
    uint32_t name = name_of(l);
    auto use_arg = [&](const SArg* sarg) {
      bool some = optional && sarg->label.kind != ArrowLabel::Optional;
      pending.push_back(PendingArg{some ? PendingArg::How::KnownSome : PendingArg::How::Known, sarg,
                                   ts.arrow_arg(h), ts.arrow_arg(h0)});
    };
    auto eliminate = [&] {
      eliminated.insert(eliminated.begin(), h);
      pending.push_back(PendingArg{PendingArg::How::None, nullptr, ts.arrow_arg(h), kNoType});
    };
    auto any_nolabel =
        std::any_of(remaining.begin(), remaining.end(), [&](const SArg* a) { return nolabel(*a); });
    if (ignore_labels) {
      // No reordering: the arguments are taken in order.
      const SArg* first = remaining.front();
      if (name_of(first->label) == name || (!optional && nolabel(*first))) {
        remaining.erase(remaining.begin());
        use_arg(first);
      } else if (optional &&
                 std::none_of(remaining.begin() + 1, remaining.end(),
                              [&](const SArg* a) { return name_of(a->label) == name; }) &&
                 any_nolabel) {
        eliminate();
      } else {
        RaiseWrongLabel(ast_->exprs[first->expr].span, first->label, h);
      }
    } else {
      // Btype.extract_label: the first argument with the parameter's label.
      auto found = std::find_if(remaining.begin(), remaining.end(),
                                [&](const SArg* a) { return name_of(a->label) == name; });
      if (found != remaining.end()) {
        const SArg* sarg = *found;
        remaining.erase(found);
        if (!optional && sarg->label.kind == ArrowLabel::Optional)
          Warn(43, ast_->exprs[sarg->expr].span,
               "the label " + store_->Name(l.name) + " is not optional.");
        use_arg(sarg);
      } else if (optional && any_nolabel) {
        eliminate();
      } else {
        // No argument for this parameter: the result abstracts over it.
        omitted.insert(omitted.begin(), h);
      }
    }
    ty_fun = ts.arrow_res(h);
    ty_fun0 = ts.arrow_res(h0);
  }
  // The function type is not (or no longer) known: each remaining argument
  // refines it, or it is not a function (type_unknown_arg).
  ty_fun = ty_fun0;
  for (const SArg* sarg : remaining) {
    TypeId h = ct.ExpandHead(ty_fun);
    TypeId t1, t2;
    if (ts.tag(h) == TypeTag::Var) {
      t1 = ct.NewVar();
      t2 = ct.NewVar();
      if (ts.level(h) >= ts.level(t1))
        Warn(20, ast_->exprs[sarg->expr].span, "this argument will not be used by the function.");
      // An arrow of unknown commutation: its arguments are not commuted.
      ArrowLabel unknown =
          static_cast<ArrowLabel>(static_cast<uint8_t>(sarg->label.kind) | kArrowCommuUnknown);
      ct.Unify(h, ct.NewArrow(t1, t2, unknown, sarg->label.name));
    } else if (ts.tag(h) == TypeTag::Arrow && ts.arrow_label(h) == sarg->label.kind &&
               name_of(sarg->label) == name_of({ts.arrow_label(h), ts.arrow_label_name(h)})) {
      t1 = ts.arrow_arg(h);
      t2 = ts.arrow_res(h);
    } else if (ts.tag(h) == TypeTag::Error) {
      t1 = t2 = ts.NewError();
    } else {
      std::vector<TypeId> params = omitted;
      params.insert(params.end(), eliminated.begin(), eliminated.end());
      TypeId ty_res = result_type(params, h);
      if (ts.tag(ct.ExpandHead(ty_res)) == TypeTag::Arrow) {
        if (!has_label(sarg->label, h))
          RaiseWrongLabel(ast_->exprs[sarg->expr].span, sarg->label, ty_res);
        Raise(MakeError(DiagKind::TypeMismatch, fx.span, [](fmt::Formatter& ppf) {
          ppf.print_string("This function is applied to arguments");
          ppf.print_space();
          ppf.print_string("in an order different from other calls.");
          ppf.print_space();
          ppf.print_string("This is only allowed when the real type is known.");
        }));
      }
      TypeId shown = ct.ExpandHead(funct_type);
      // OCaml reports this at the typed function's location, and a typed
      // constraint keeps the location of the expression it constrains.
      ast::Id located = funct_expr;
      while (ast_->exprs[located].kind == ExprKind::Constraint) located = ast_->exprs[located].a;
      Raise(ApplyNonFunctionError(ast_->exprs[located].span, shown));
    }
    pending.push_back(PendingArg{PendingArg::How::Unknown, sarg, t1, t1});
    ty_fun = t2;
  }
  // Arguments are typed only now, left to right in the function's order
  // (the function's shape is checked first).
  for (const PendingArg& a : pending) {
    switch (a.how) {
      case PendingArg::How::Known:
        TypeArgument(a.sarg->expr, a.ty, a.ty0);
        break;
      case PendingArg::How::KnownSome:
        // option_some: `~x:e` given to `?x`, typed against the option's contents.
        TypeArgument(a.sarg->expr, OptionContents(a.ty), OptionContents(a.ty0));
        break;
      case PendingArg::How::Unknown: {
        TypeId t = TypeExpect(a.sarg->expr, Expected{a.ty});
        if (a.sarg->label.kind == ArrowLabel::Optional && ts.tag(t) != TypeTag::Error)
          UnifyExp(a.sarg->expr, t, ct.NewConstr(env_->predef.option_, {ct.NewVar()}),
                   Explanation::None);
        break;
      }
      case PendingArg::How::None:
        break;
    }
  }
  return ct.Instance(result_type(omitted, ty_fun));
}

// Typecore.extract_option_type: `t` of `t option`.
TypeId Typer::OptionContents(TypeId t) {
  TypeId h = ctype_->ExpandHead(t);
  if (store_->tag(h) == TypeTag::Constr && store_->constr_decl(h) == env_->predef.option_ &&
      store_->arg_count(h) == 1)
    return store_->arg(h, 0);
  return store_->NewError();
}

void Typer::RaiseWrongLabel(Span at, ArgLabelInfo label, TypeId fun_type) {
  OutType tree = printer_->TreeFresh(fun_type);
  std::string with =
      label.kind == ArrowLabel::None ? "without label" : "with label " + PrefixedLabelName(label);
  // `@.` in OCaml's format: the boxes are closed and the line ends.
  Doc message = [tree, with](fmt::Formatter& ppf) {
    ppf.open_vbox(0);
    ppf.open_box(2);
    ppf.print_string("The function applied to this argument has type");
    ppf.print_space();
    PrintOutType(ppf, tree);
    ppf.close_box();
    ppf.print_newline();
    ppf.print_string("This argument cannot be applied " + with);
    ppf.close_box();
  };
  Raise(MakeError(DiagKind::TypeMismatch, at, std::move(message)));
}

Diagnostic Typer::ApplyNonFunctionError(Span span, TypeId shown) {
  OutType tree = printer_->TreeFresh(shown);
  bool is_function = store_->tag(store_->Repr(shown)) == TypeTag::Arrow;
  Doc message = [tree, is_function](fmt::Formatter& ppf) {
    ppf.open_vbox(0);
    ppf.open_box(2);
    ppf.print_string(is_function ? "This function has type" : "This expression has type");
    ppf.print_space();
    PrintOutType(ppf, tree);
    ppf.close_box();
    ppf.print_space();
    if (is_function) {
      ppf.open_box(0);
      ppf.print_string("It is applied to too many arguments;");
      ppf.print_space();
      ppf.print_string("maybe you forgot a `;'.");
      ppf.close_box();
    } else {
      ppf.print_string("This is not a function; it cannot be applied.");
    }
    ppf.close_box();
  };
  return MakeError(is_function ? DiagKind::TooManyArguments : DiagKind::NotAFunction, span,
                   std::move(message));
}

// ---------------------------------------------------------------- functions

TypeId Typer::TypeFunction(ast::Id e, Expected expected, const std::vector<CaseView>& cases,
                           std::optional<InFunction> in_function) {
  Ctype& ct = *ctype_;
  const ast::Expr& x = ast_->exprs[e];
  // The parameter's label (Pexp_fun's arg_label), and `?(p = e)`'s default.
  ArgLabelInfo label;
  ast::Id default_expr = kNone;
  if (x.kind == ExprKind::Fun && x.c != kNone) {
    label = LabelOf(ast_->arg_labels[x.c]);
    default_expr = ast_->arg_labels[x.c].default_expr;
  }
  InFunction fun = in_function ? *in_function : InFunction{x.span, ct.Instance(expected.type)};
  auto arrow = ct.FilterArrow(ct.Instance(expected.type), label.kind, label.name);
  if (!arrow) {
    TypeId head = ct.ExpandHead(expected.type);
    if (store_->tag(head) == TypeTag::Arrow) {
      // A function type with another first label expected (Abstract_wrong_label).
      OutType tree = printer_->TreeFresh(head);
      std::string because = ExplanationText(expected.explanation);
      std::string mark = label.kind == ArrowLabel::None
                             ? "but its first argument is not labelled"
                             : "but its first argument is labelled " + PrefixedLabelName(label);
      Doc message = [tree, because, mark](fmt::Formatter& ppf) {
        ppf.open_vbox(0);
        ppf.open_box(2);
        ppf.print_string("This function should have type");
        ppf.print_space();
        PrintOutType(ppf, tree);
        if (!because.empty()) {
          ppf.print_space();
          ppf.print_string("because it is in " + because);
        }
        ppf.close_box();
        ppf.print_cut();
        ppf.print_string(mark);
        ppf.close_box();
      };
      Raise(MakeError(DiagKind::TypeMismatch, x.span, std::move(message)));
    }
    OutType tree = printer_->TreeFresh(fun.type);
    std::string because = ExplanationText(expected.explanation);
    bool inner = in_function.has_value();
    Doc message = [tree, because, inner](fmt::Formatter& ppf) {
      ppf.print_string(inner ? "This function expects too many arguments,"
                             : "This expression should not be a function,");
      ppf.print_space();
      ppf.print_string(inner ? "it should have type" : "the expected type is");
      ppf.print_space();
      PrintOutType(ppf, tree);
      if (!because.empty()) {
        ppf.print_space();
        ppf.print_string("because it is in " + because);
      }
    };
    Raise(MakeError(DiagKind::TooManyArguments, fun.loc, std::move(message)));
  }
  TypeId ty_arg = arrow->first;
  // An optional parameter has type `t option`; with a default, its pattern
  // is matched against `t` (Typecore desugars `?(p = e)` into a match on
  // the option whose None case is `e`).
  TypeId pattern_type = ty_arg;
  if (label.kind == ArrowLabel::Optional) {
    TypeId tv = ct.NewVar();
    TypeId option = ct.NewConstr(env_->predef.option_, {tv});
    ct.Unify(ty_arg, option);
    ty_arg = option;
    if (default_expr != kNone) pattern_type = tv;
  }
  std::vector<CaseView> typed = cases;
  if (default_expr != kNone) typed[0].default_expr = default_expr;
  TypeCases(pattern_type, Expected{arrow->second}, true, x.span, typed, fun, errors_);
  if (label.kind == ArrowLabel::Optional) {
    // not_nolabel_function: the optional parameter is followed by no
    // unlabelled one, so it can never be omitted (warning 16).
    auto [labels, tvar] = ListLabels(arrow->second);
    bool erasable =
        tvar || std::find(labels.begin(), labels.end(), ArrowLabel::None) != labels.end();
    if (!erasable) {
      Span at = ast_->pats[cases[0].pat].span;
      if (default_expr != kNone) at.end = ast_->exprs[default_expr].span.end;
      Warn(16, at, "this optional argument cannot be erased.");
    }
  }
  TypeId arrow_type =
      store_->NewArrow(kGenericLevel, ty_arg, arrow->second, label.kind, label.name);
  return ct.Instance(arrow_type);
}

Typer::ArgLabelInfo Typer::LabelOf(const ast::ArgLabel& l) {
  ArgLabelInfo out;
  if (l.kind == ast::ArgLabelKind::None) return out;
  out.kind = l.kind == ast::ArgLabelKind::Labelled ? ArrowLabel::Labelled : ArrowLabel::Optional;
  out.name = store_->Intern(source_->Slice(l.name));
  return out;
}

// Btype.prefixed_label_name: `~x`, `?x`.
std::string Typer::PrefixedLabelName(ArgLabelInfo l) const {
  if (l.kind == ArrowLabel::None) return "";
  return (l.kind == ArrowLabel::Optional ? "?" : "~") + store_->Name(l.name);
}

}  // namespace mlhint::typing
