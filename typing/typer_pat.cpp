// Patterns (Typecore.type_pat) and type expressions (Typetexp).

#include <algorithm>

#include "lexer/literals.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

using ast::PatKind;

void Typer::UnifyPat(ast::Id p, TypeId type, TypeId expected) {
  if (auto trace = ctype_->Unify(type, expected))
    RaisePatClash(p, ast_->pats[p].span, std::move(*trace));
}

void Typer::EnterVariable(PatternState& st, std::string_view name, Span loc, TypeId type,
                          bool as_var) {
  CheckValueName(name, loc);
  if (st.names.count(name))
    Raise(MakeError(
        DiagKind::MultiplyBoundVariable, loc,
        Text("Variable " + std::string(name) + " is bound several times in this matching")));
  st.names.insert(name);
  st.vars.push_back(PatVar{name, type, loc, as_var});
}

std::vector<PatVar> PatternState::TakeFrom(size_t base) {
  std::vector<PatVar> taken(vars.begin() + static_cast<long>(base), vars.end());
  vars.resize(base);
  for (const PatVar& v : taken) names.erase(v.name);
  return taken;
}

TypeId Typer::PatConstantType(ast::Id constant, Span span) {
  return ConstantTypeOf(constant, span);
}

TypeId Typer::TypePat(ast::Id p, TypeId expected, PatternState& st) {
  DepthGuard guard(depth_, ast_->pats[p].span);
  WarningScope warnings(*this, WarningScope::On::Pat, p);
  Ctype& ct = *ctype_;
  const ast::Pat& x = ast_->pats[p];
  TypeId result = kNoType;
  // Only or-patterns and constraints pass the computation category down.
  bool computation = st.computation;
  st.computation = false;
  switch (x.kind) {
    case PatKind::Any:
      result = ct.Instance(expected);
      break;
    case PatKind::Var: {
      TypeId ty = ct.Instance(expected);
      EnterVariable(st, source_->Slice(x.name), x.span, ty, false);
      if (!ast_->alerts.empty()) st.vars.back().alerts = DefinitionAlerts(x.name, x.span);
      result = ty;
      break;
    }
    case PatKind::Alias: {
      TypeId q = TypePat(x.a, expected, st);
      TypeId ty_var = ct.AtNewLevel([&] { return BuildAsType(x.a, q); });
      ct.Generalize(ty_var);
      EnterVariable(st, source_->Slice(x.name), x.span, ty_var, true);
      result = q;
      break;
    }
    case PatKind::Constant: {
      TypeId ty = ConstantTypeOf(x.a, x.span);
      UnifyPat(p, ty, ct.Instance(expected));
      result = ty;
      break;
    }
    case PatKind::Interval: {
      const ast::Constant& c1 = ast_->constants[x.a];
      const ast::Constant& c2 = ast_->constants[x.b];
      if (c1.kind != ast::ConstKind::Char || c2.kind != ast::ConstKind::Char)
        Raise(MakeError(DiagKind::InvalidInterval, x.span,
                        BoxedText("Only character intervals are supported in patterns.")));
      TypeId ty = ct.Predef(env_->predef.char_);
      UnifyPat(p, ty, ct.Instance(expected));
      result = ty;
      break;
    }
    case PatKind::Tuple: {
      std::vector<ast::Id> items = ListOf(x.list);
      std::vector<TypeId> vars;
      for (size_t i = 0; i < items.size(); ++i) vars.push_back(ct.NewGenVar());
      TypeId ty = store_->NewTuple(kGenericLevel, vars);
      if (auto trace = ct.Unify(ty, ct.GenericInstance(expected)))
        RaisePatClash(p, x.span, std::move(*trace), false);
      std::vector<TypeId> types;
      for (size_t i = 0; i < items.size(); ++i) types.push_back(TypePat(items[i], vars[i], st));
      result = ct.NewTuple(types);
      break;
    }
    case PatKind::Construct:
      result = TypePatConstruct(p, expected, st);
      break;
    case PatKind::Variant:
      result = TypePatVariant(p, expected, st);
      break;
    case PatKind::Record:
      result = TypePatRecord(p, expected, st);
      break;
    case PatKind::Array: {
      TypeId elt = ct.NewGenVar();
      TypeId ty = store_->NewConstr(kGenericLevel, env_->predef.array_, {elt});
      if (auto trace = ct.Unify(ty, ct.GenericInstance(expected)))
        RaisePatClash(p, x.span, std::move(*trace), false);
      for (ast::Id i : ListOf(x.list)) TypePat(i, elt, st);
      result = ct.Instance(expected);
      break;
    }
    case PatKind::Lazy: {
      // Typecore's Ppat_lazy (solve_Ppat_lazy): the argument is typed
      // against the variable of `'a lazy_t`.
      TypeId nv = ct.NewGenVar();
      TypeId ty = store_->NewConstr(kGenericLevel, env_->predef.lazy_t_, {nv});
      if (auto trace = ct.Unify(ty, ct.GenericInstance(expected)))
        RaisePatClash(p, x.span, std::move(*trace), false);
      TypePat(x.a, nv, st);
      result = ct.Instance(expected);
      break;
    }
    case PatKind::Or: {
      // Each side binds after the variables already bound (only its own
      // are copied: a pattern may hold many or-patterns and many names).
      size_t base = st.vars.size();
      Ctype::DefScope level(ct);
      st.computation = computation;
      TypePat(x.a, expected, st);
      std::vector<PatVar> left = st.TakeFrom(base);
      st.computation = computation;
      // (The modules are the left side's, as Typecore keeps them.)
      size_t left_unpacks = st.unpacks.size();
      TypePat(x.b, expected, st);
      st.unpacks.resize(left_unpacks);
      std::vector<PatVar> right = st.TakeFrom(base);
      level.End();
      EnterOrPatternVariables(x.span, left, right);
      for (const PatVar& v : left) {
        st.names.insert(v.name);
        st.vars.push_back(v);
      }
      result = ct.Instance(expected);
      break;
    }
    case PatKind::LocalOpen: {
      // Typecore's Ppat_open: the inner pattern typed where the module is
      // open (its variables are the pattern's, bound after it), an extra
      // of the inner pattern.
      Env::Mark mark = env_->Save();
      OpenModule(x.b);
      st.computation = computation;
      try {
        result = TypePat(x.a, expected, st);
      } catch (...) {
        env_->Restore(mark);
        throw;
      }
      env_->Restore(mark);
      break;
    }
    case PatKind::Constraint: {
      TypeId ty = ct.AtNewLevel([&] { return TranslSimpleType(x.b, false); });
      ct.GeneralizeStructure(ty);
      TypeId inst = ct.Instance(ty);
      if (auto trace = ct.Unify(inst, ct.Instance(expected)))
        RaisePatClash(p, x.span, std::move(*trace), false);
      st.computation = computation;
      TypePat(x.a, ty, st);
      result = inst;
      break;
    }
    case PatKind::Exception:
      // The argument is typed first; then Typecore.only_impure refuses an
      // exception pattern where a value pattern is expected.
      TypePat(x.a, ct.Predef(env_->predef.exn_), st);
      if (!computation)
        Raise(MakeError(DiagKind::ExceptionPatternPosition, x.span,
                        BoxedText("Exception patterns are not allowed in this position.")));
      result = ct.Instance(expected);
      break;
    case PatKind::Unpack: {
      // (A value of the module's name is bound, which the module unpacks.)
      TypeId ty = ct.Instance(expected);
      std::string_view name = source_->Slice(x.name);
      if (name != "_") {
        if (st.names.count(name))
          Raise(MakeError(
              DiagKind::MultiplyBoundVariable, x.span,
              Text("Variable " + std::string(name) + " is bound several times in this matching")));
        if (!st.allow_modules)
          Raise(MakeError(DiagKind::FirstClassModule, x.span,
                          Text("Modules are not allowed in this pattern.")));
        st.names.insert(name);
        st.vars.push_back(PatVar{name, ty, x.span, false});
        st.unpacks.push_back(PatUnpack{name, x.name, x.span});
      }
      result = ty;
      break;
    }
    case PatKind::Unsupported: {
      const ast::UnsupportedConstruct& u = ast_->unsupported[x.a];
      Raise(UnsupportedError(u));
    }
  }
  if (p < pat_types_.size()) pat_types_[p] = result;
  return result;
}

// Typecore.enter_orpat_variables: both sides bind the same names, with
// types that unify.
void Typer::EnterOrPatternVariables(Span loc, std::vector<PatVar> left, std::vector<PatVar> right) {
  auto by_name = [](const PatVar& a, const PatVar& b) { return a.name < b.name; };
  std::sort(left.begin(), left.end(), by_name);
  std::sort(right.begin(), right.end(), by_name);
  size_t i = 0, j = 0;
  for (;;) {
    if (i < left.size() && j < right.size() && left[i].name == right[j].name) {
      TypeId t1 = left[i].type, t2 = right[j].type;
      ctype_->LowerLevels(t1);
      if (auto trace = ctype_->Unify(t1, t2)) {
        std::string name(left[i].name);
        Doc message = UnificationErrorDoc(
            *printer_, *ctype_, *trace,
            "The variable " + name + " on the left-hand side of this or-pattern has type",
            "but on the right-hand side it has type", Explanation::None);
        Raise(MakeError(DiagKind::PatternTypeMismatch, loc, std::move(message)));
      }
      ++i;
      ++j;
      continue;
    }
    if (i == left.size() && j == right.size()) return;
    std::string missing;
    std::vector<std::string> valid;
    if (j == right.size() || (i < left.size() && left[i].name < right[j].name)) {
      missing = std::string(left[i].name);
      if (i < left.size() && j < right.size())
        for (const PatVar& v : right) valid.push_back(std::string(v.name));
    } else {
      missing = std::string(right[j].name);
      if (i < left.size() && j < right.size())
        for (const PatVar& v : left) valid.push_back(std::string(v.name));
    }
    Raise(MakeError(
        DiagKind::OrPatternVariables, loc,
        WithSpellcheck(Text("Variable " + missing + " must occur on both sides of this | pattern"),
                       Spellcheck(valid, missing))));
  }
}

// Typecore.build_as_type: the type an alias gets, as general as the
// pattern allows.
TypeId Typer::BuildAsType(ast::Id p, TypeId pat_type) {
  Ctype& ct = *ctype_;
  const ast::Pat& x = ast_->pats[p];
  switch (x.kind) {
    case PatKind::Alias:
      return BuildAsType(x.a, pat_types_[x.a]);
    case PatKind::Tuple: {
      std::vector<TypeId> items;
      for (ast::Id i : ListOf(x.list)) items.push_back(BuildAsType(i, pat_types_[i]));
      return ct.NewTuple(items);
    }
    case PatKind::Construct: {
      ConstrId c = pat_constructors_[p];
      if (c == kNone) return pat_type;
      const ConstructorDesc& cd = env_->constructors[c];
      std::vector<TypeId> schemes{cd.result};
      schemes.insert(schemes.end(), cd.args.begin(), cd.args.end());
      std::vector<TypeId> inst = ct.InstanceList(schemes);
      std::vector<ast::Id> sub = ConstructorArgPatterns(p, static_cast<uint32_t>(cd.args.size()));
      for (size_t i = 0; i < sub.size() && i + 1 < inst.size(); ++i) {
        TypeId t = BuildAsType(sub[i], pat_types_[sub[i]]);
        UnifyPat(sub[i], t, inst[i + 1]);
      }
      return inst[0];
    }
    case PatKind::Or: {
      TypeId t1 = BuildAsType(x.a, pat_types_[x.a]);
      TypeId t2 = BuildAsType(x.b, pat_types_[x.b]);
      UnifyPat(x.b, t2, t1);
      return t1;
    }
    case PatKind::LocalOpen:
      return BuildAsType(x.a, pat_types_[x.a]);
    case PatKind::Variant: {
      // An open row with the tag present.
      std::vector<TypeId> arg;
      if (x.b != kNone) arg.push_back(BuildAsType(x.b, pat_types_[x.b]));
      TypeId field = store_->NewField(ct.current_level(), store_->Intern(ast_->LastName(x.a)),
                                      kFieldPresent, arg);
      return store_->NewVariant(ct.current_level(), {field}, ct.NewVar(), false);
    }
    case PatKind::Constraint: {
      // The annotation's type, kept general.
      TypeId ty = ct.AtNewLevel([&] { return TranslSimpleType(x.b, false); });
      ct.GeneralizeStructure(ty);
      TypeId as_ty = BuildAsType(x.a, pat_types_[x.a]);
      TypeId inst = ct.Instance(ty);
      // As OCaml's build_as_type: "This call to unify can't fail since the
      // pattern is well typed."
      (void)ct.Unify(ct.Instance(as_ty), inst);
      return inst;
    }
    default:
      return pat_type;
  }
}

std::vector<ast::Id> Typer::ConstructorArgPatterns(ast::Id p, uint32_t arity) const {
  const ast::Pat& x = ast_->pats[p];
  std::vector<ast::Id> out;
  if (x.b == kNone) return out;
  const ast::Pat& arg = ast_->pats[x.b];
  if (arity > 1 && arg.kind == PatKind::Tuple) return ListOf(arg.list);
  if (arity == 0 && arg.kind == PatKind::Any) return out;
  if (arity > 1 && arg.kind == PatKind::Any) return std::vector<ast::Id>(arity, x.b);
  out.push_back(x.b);
  return out;
}

namespace {
bool HasLiteralPattern(const ast::Ast& ast, ast::Id p) {
  const ast::Pat& x = ast.pats[p];
  switch (x.kind) {
    case PatKind::Constant:
    case PatKind::Interval:
      return true;
    case PatKind::Alias:
    case PatKind::Constraint:
    case PatKind::LocalOpen:
    case PatKind::Exception:
    case PatKind::Lazy:
      return HasLiteralPattern(ast, x.a);
    case PatKind::Or:
      return HasLiteralPattern(ast, x.a) || HasLiteralPattern(ast, x.b);
    case PatKind::Tuple:
    case PatKind::Array:
      for (const ast::Id* i = ast.begin(x.list); i != ast.end(x.list); ++i)
        if (HasLiteralPattern(ast, *i)) return true;
      return false;
    case PatKind::Construct:
      return x.b != ast::kNone && HasLiteralPattern(ast, x.b);
    case PatKind::Record:
      for (const ast::Id* i = ast.begin(x.list); i != ast.end(x.list); ++i)
        if (HasLiteralPattern(ast, ast.record_pat_fields[*i].pat)) return true;
      return false;
    default:
      return false;
  }
}
}  // namespace

TypeId Typer::TypePatConstruct(ast::Id p, TypeId expected, PatternState& st) {
  Ctype& ct = *ctype_;
  const ast::Pat& x = ast_->pats[p];
  std::vector<ConstrId> candidates = LookupAllConstructorsNoError(x.a);
  ConstrId c =
      DisambiguateConstructor(x.a, candidates, expected, true,
                              "This variant pattern is expected to have", Explanation::None);
  pat_constructors_[p] = c;
  RaiseAlerts(env_->constructors[c].alerts, ast_->longidents[x.a].span, env_->constructors[c].name);
  const ConstructorDesc& cd = env_->constructors[c];
  uint32_t arity = static_cast<uint32_t>(cd.args.size());
  std::vector<ast::Id> sargs;
  if (x.b != kNone) {
    const ast::Pat& arg = ast_->pats[x.b];
    if (arg.kind == PatKind::Tuple && arity > 1) {
      sargs = ListOf(arg.list);
    } else if (arg.kind == PatKind::Any && arity == 0) {
      Warn(28, arg.span, "wildcard pattern given as argument to a constant constructor");
    } else if (arg.kind == PatKind::Any && arity > 1) {
      sargs.assign(arity, x.b);
    } else {
      sargs.push_back(x.b);
    }
  }
  if (cd.warn_on_literal_pattern) {
    for (ast::Id s : sargs)
      if (HasLiteralPattern(*ast_, s)) {
        Warn(52, ast_->pats[s].span,
             "Code should not depend on the actual values of\n"
             "this constructor's arguments. They are only for information\n"
             "and may change in future versions. (See manual section 11.5)");
        break;
      }
  }
  if (sargs.size() != arity)
    Raise(ConstructorArityError(x.a, x.span, arity, static_cast<uint32_t>(sargs.size())));
  Ctype::DefScope level(ct);
  TypeId expected_i = ct.Instance(expected);
  std::vector<TypeId> schemes{cd.result};
  schemes.insert(schemes.end(), cd.args.begin(), cd.args.end());
  std::vector<TypeId> inst = ct.InstanceList(schemes);
  if (auto trace = ct.Unify(inst[0], expected_i))
    RaisePatClash(p, x.span, std::move(*trace), false);
  level.End();
  ct.GeneralizeStructure(expected_i);
  for (TypeId t : inst) ct.GeneralizeStructure(t);
  if (cd.inlined != kNone)
    for (ast::Id s : sargs) InlineRecords::CheckPatternArgument(*this, s);
  for (size_t i = 0; i < sargs.size(); ++i) TypePat(sargs[i], inst[i + 1], st);
  return ct.Instance(expected);
}

TypeId Typer::TypePatRecord(ast::Id p, TypeId expected, PatternState& st) {
  Ctype& ct = *ctype_;
  const ast::Pat& x = ast_->pats[p];
  std::optional<DeclId> expected_decl = ConcreteDecl(expected, DeclKind::Record);
  TypeId record_ty = expected_decl ? ct.GenericInstance(expected) : ct.NewVar();
  std::vector<ast::Id> fields = ListOf(x.list);
  std::vector<std::pair<ast::Id, LabelId>> labelled =
      DisambiguateLabels(x.span, fields, /*in_pattern=*/true, /*closed=*/false, expected_decl,
                         expected, "This record pattern is expected to have");
  for (const auto& [f, label] : labelled)
    RaiseAlerts(env_->labels[label].alerts, ast_->longidents[ast_->record_pat_fields[f].label].span,
                env_->labels[label].name);
  std::stable_sort(labelled.begin(), labelled.end(), [&](const auto& a, const auto& b) {
    return env_->labels[a.second].pos < env_->labels[b.second].pos;
  });
  for (const auto& [f, l] : labelled) {
    const ast::RecordPatField& rf = ast_->record_pat_fields[f];
    record_pat_labels_[f] = l;
    TypeId arg = env_->labels[l].arg, res = env_->labels[l].res;
    std::vector<TypeId> inst = ct.AtNewLevel([&] {
      std::vector<TypeId> both = ct.InstanceList({arg, res});
      if (auto trace = ct.Unify(both[1], ct.Instance(record_ty)))
        Raise(LabelMismatchError(rf.label, std::move(*trace)));
      return both;
    });
    ct.GeneralizeStructure(inst[1]);
    ct.GeneralizeStructure(inst[0]);
    TypePat(rf.pat, inst[0], st);
  }
  // check_recordpat_labels: each label once.
  std::vector<uint32_t> seen;
  for (const auto& [f, l] : labelled) {
    uint32_t pos = env_->labels[l].pos;
    if (std::find(seen.begin(), seen.end(), pos) != seen.end())
      Raise(MakeError(
          DiagKind::LabelMultiplyDefined, x.span,
          Text("The record field label " + env_->labels[l].name + " is defined several times")));
    seen.push_back(pos);
  }
  if (!(x.flags & ast::kOpenRecord) && WarningActive(9) && !labelled.empty()) {
    const TypeDecl& decl = env_->types[env_->labels[labelled[0].second].owner];
    std::vector<std::string> missing;
    for (LabelId l : decl.labels)
      if (std::find(seen.begin(), seen.end(), env_->labels[l].pos) == seen.end())
        missing.push_back(env_->labels[l].name);
    if (!missing.empty())
      Warn(9, x.span,
           "the following labels are not bound in this record pattern:\n" + Join(missing, ", ") +
               "\nEither bind these labels explicitly or add '; _' to the pattern.");
  }
  TypeId result = ct.Instance(record_ty);
  UnifyPat(p, result, ct.Instance(expected));
  return result;
}

// ---------------------------------------------------------------- type expressions

void Typer::ResetTypeVariables() {
  type_variables_.clear();
  global_level_ = ctype_->current_level() + 1;
}

TypeId Typer::TranslSimpleType(ast::Id t, bool fixed) {
  return TranslType(t, fixed);
}

// Typetexp.globalize_used_variables with a fixed policy: after a type of a
// declaration is translated, the first variable (by name) that is not one
// of its parameters.
void Typer::RaiseUnboundTypeVariables() {
  if (unbound_type_variables_.empty()) return;
  auto [name, span] = *unbound_type_variables_.begin();
  unbound_type_variables_.clear();
  // The "@ " before OCaml's did_you_mean leaves a trailing space when
  // nothing is suggested.
  std::vector<std::string> in_scope;
  for (const auto& [known, type] : declaration_parameters_)
    if (known != "_") in_scope.push_back("'" + known);
  std::sort(in_scope.begin(), in_scope.end());
  std::string text = "The type variable '" + name + " is unbound in this type declaration.";
  Doc message = [text](fmt::Formatter& ppf) {
    ppf.print_string(text);
    ppf.print_space();
  };
  Raise(MakeError(DiagKind::UnboundTypeVariable, span,
                  WithSpellcheck(std::move(message), Spellcheck(in_scope, "'" + name))));
}

// Typetexp.valid_tyvar_name: `'_a` is a name only the printer gives.
void Typer::CheckTypeVariableName(const std::string& name, Span span) {
  if (!name.empty() && name[0] == '_')
    Raise(MakeError(DiagKind::InvalidTypeVariableName, span,
                    Text("The type variable name '" + name + " is not allowed in programs")));
}

TypeId Typer::TranslType(ast::Id t, bool fixed) {
  DepthGuard guard(depth_, ast_->types[t].span);
  WarningScope warnings(*this, WarningScope::On::Type, t);
  Ctype& ct = *ctype_;
  const ast::TypeExpr& te = ast_->types[t];
  switch (te.kind) {
    case ast::TypeKind::Any:
      return ct.NewVar();
    case ast::TypeKind::Var: {
      std::string name(source_->Slice(te.name));
      CheckTypeVariableName(name, te.span);
      auto it = type_variables_.find(name);
      if (it != type_variables_.end()) return it->second;
      // In a declaration, a variable that is not a parameter is reported
      // once the whole type is translated (Typetexp.globalize_used_variables).
      if (fixed) unbound_type_variables_.emplace(name, te.span);
      TypeId v = store_->NewVar(global_level_, store_->Intern(name));
      type_variables_.emplace(name, v);
      return v;
    }
    case ast::TypeKind::Arrow: {
      TypeId a = TranslType(te.a, fixed);
      TypeId b = TranslType(te.b, fixed);
      if (te.flags & ast::kLabelled)
        return ct.NewArrow(a, b, ArrowLabel::Labelled, store_->Intern(source_->Slice(te.name)));
      // `?l:t -> u`: the parameter has type `t option` (Typetexp).
      if (te.flags & ast::kOptional)
        return ct.NewArrow(ct.NewConstr(env_->predef.option_, {a}), b, ArrowLabel::Optional,
                           store_->Intern(source_->Slice(te.name)));
      return ct.NewArrow(a, b);
    }
    case ast::TypeKind::Tuple: {
      std::vector<TypeId> items;
      for (ast::Id i : ListOf(te.list)) items.push_back(TranslType(i, fixed));
      return ct.NewTuple(items);
    }
    case ast::TypeKind::Constr: {
      DeclId decl = LookupType(te.a);
      RaiseAlerts(env_->types[decl].alerts, ast_->longidents[te.a].span, ast_->FullName(te.a));
      std::vector<ast::Id> args = ListOf(te.list);
      size_t arity = env_->types[decl].params.size();
      if (args.size() == 1 && arity > 1 && ast_->types[args[0]].kind == ast::TypeKind::Any)
        args.assign(arity, args[0]);
      if (args.size() != arity) {
        std::string name = ast_->FullName(te.a);
        size_t given = args.size();
        Doc message = [name, arity, given](fmt::Formatter& ppf) {
          ppf.open_box(0);
          ppf.print_string("The type constructor " + name);
          ppf.print_space();
          ppf.print_string("expects " + std::to_string(arity) + " argument(s),");
          ppf.print_space();
          ppf.print_string("but is here applied to " + std::to_string(given) + " argument(s)");
          ppf.close_box();
        };
        Raise(MakeError(DiagKind::TypeArityMismatch, te.span, std::move(message)));
      }
      std::vector<TypeId> types;
      for (ast::Id a : args) types.push_back(TranslType(a, fixed));
      return ct.NewConstr(decl, types);
    }
    case ast::TypeKind::Unsupported: {
      const ast::UnsupportedConstruct& u = ast_->unsupported[te.a];
      Raise(UnsupportedError(u));
    }
    case ast::TypeKind::Package:
      return Packages{*this}.TranslPackageType(te, fixed);
    case ast::TypeKind::InlineRecord:  // only as a constructor's declared argument
      Raise(
          MakeError(DiagKind::Unsupported, te.span, Text(UnsupportedText("inline records here"))));
  }
  return ct.NewVar();
}

}  // namespace mlhint::typing
