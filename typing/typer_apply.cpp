// Applications: Typecore's type_application and type_argument. The
// function is typed first and its shape checked against the arguments'
// labels (omitted labels, optional parameters eliminated or abstracted),
// and only then are the arguments typed, left to right in the function's
// order; also `x |> f`, `f @@ x` and `ignore`, typed as OCaml types them,
// and the errors of an application (wrong label, not a function).

#include <algorithm>

#include "support/format.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

using ast::ExprKind;

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

// Typecore.unify_exp as type_argument calls it: UnifyExp with no
// explanation (so its check for a ghost expression changes nothing).
void Typer::UnifyExpArg(ast::Id e, TypeId type, TypeId expected) {
  UnifyExp(e, type, expected, Explanation::None);
}

// The primitive of the value that an identifier names (Typecore matches
// Val_prim on the Texp_ident, by whatever path it was reached: `ignore`,
// `Stdlib.ignore`, `Pervasives.ignore`).
Primitive Typer::PrimitiveOf(ast::Id ident_expr) const {
  ValueId v = IdentValue(ident_expr);
  return v == kNone ? Primitive::None : env_->values[v].prim;
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
    TypeId funct = kNoType;
    TypeId ty = ct.AtNewLevel([&] {
      funct = TypeExp(f);
      return ct.Instance(funct);
    });
    // lower_args: the argument types of the function's known spine go down
    // to the current level.
    uint32_t stamp = store_->NewMark();
    for (int guard = 0; guard < 100000; ++guard) {
      ty = ct.ExpandHead(ty);
      if (!store_->TryMark(ty, stamp) || store_->tag(ty) != TypeTag::Arrow) break;
      ct.LowerLevels(store_->arrow_arg(ty));
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
    Primitive prim = PrimitiveOf(funct_expr);
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
  TypeId ty_res = ct.AtNewLevel([&] { return TypeApplication(e, funct_expr, funct, args); });
  ct.LowerLevels(funct);
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
    if (PrimitiveOf(funct_expr) == Primitive::Ignore) {
      if (auto arrow = ct.FilterArrow(ct.Instance(funct_type))) {
        TypeId arg = TypeExpect(sargs[0].expr, Expected{arrow->first});
        CheckPartialApplication(false, sargs[0].expr, arg);
        return arrow->second;
      }
    }
  }
  if (ts.tag(funct_type) != TypeTag::Error && fx.kind == ExprKind::Ident &&
      PrimitiveOf(funct_expr) == Primitive::Raise)
    apply_is_raise_[apply] = true;
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
      // Not for a %identity primitive (Obj.magic f x y), as Typecore.
      bool identity = ast_->exprs[funct_expr].kind == ExprKind::Ident &&
                      PrimitiveOf(funct_expr) == Primitive::Identity;
      if (ts.level(h) >= ts.level(t1) && !identity)
        Warn(20, ast_->exprs[sarg->expr].span, "this argument will not be used by the function.");
      // An arrow of unknown commutation: its arguments are not commuted.
      ArrowLabel unknown =
          static_cast<ArrowLabel>(static_cast<uint8_t>(sarg->label.kind) | kArrowCommuUnknown);
      // A variable unified with an arrow of fresh variables: cannot fail
      // (OCaml's type_unknown_arg does not catch it either).
      (void)ct.Unify(h, ct.NewArrow(t1, t2, unknown, sarg->label.name));
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
  // Typecore shows the type expanded (expand_head), which also normalizes
  // its path: a library module's type is named through the module the
  // alias `Stdlib.Queue` stands for, `Stdlib__Queue`.
  TypeId head = store_->Repr(shown);
  if (tree.kind == OutType::Kind::Constr && store_->tag(head) == TypeTag::Constr) {
    const std::vector<std::string>& q = env_->types[store_->constr_decl(head)].qualifier;
    if (q.size() >= 2 && q[0] == "Stdlib" && tree.name.starts_with(q[1] + ".")) {
      tree.name = "Stdlib__" + tree.name;
      // So is a library module a functor is applied to (`Map.Make(String).t`).
      size_t open = tree.name.find('('), close = tree.name.find(')');
      if (open != std::string::npos && close != std::string::npos && close > open + 1) {
        std::string arg = tree.name.substr(open + 1, close - open - 1);
        uint32_t m = env_->Find(Namespace::Module, arg);
        if (m != kNone && env_->modules[m].path == std::vector<std::string>{"Stdlib", arg})
          tree.name.insert(open + 1, "Stdlib__");
      }
    }
  }
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

}  // namespace mlhint::typing
