// Bindings: Typecore.type_let, with OCaml's unused-variable tracking
// (delayed checks) and generalisation. Matches are in typer_cases.cpp.

#include <algorithm>

#include "support/large_stack.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

using ast::ExprKind;

// ---------------------------------------------------------------- usage

ValueId Typer::NewValue(std::string_view name, TypeId type, Span loc) {
  ValueDesc v;
  v.name = std::string(name);
  v.type = type;
  v.loc = loc;
  v.has_loc = true;
  env_->values.push_back(std::move(v));
  value_usage_.push_back(-1);
  value_rec_group_.push_back(-1);
  return static_cast<ValueId>(env_->values.size() - 1);
}

void Typer::TrackUnused(ValueId v, int warning, int strict_warning, int32_t group,
                        int32_t rec_binding) {
  const ValueDesc& desc = env_->values[v];
  const std::string& name = desc.name;
  bool active = WarningActive(warning) || (strict_warning && WarningActive(strict_warning));
  if (!active || name.empty() || name[0] == '_' || name[0] == '#') {
    // Still tracked when part of a recursive group, so that uses propagate.
    if (rec_binding < 0) return;
  }
  int32_t slot = static_cast<int32_t>(usages_.size());
  usages_.push_back(Usage{false, group, rec_binding, v, static_cast<int16_t>(warning),
                          static_cast<int16_t>(strict_warning)});
  value_usage_[v] = slot;
  if (!active || name.empty() || name[0] == '_' || name[0] == '#') return;
  AddDelayed([this, slot] {
    const Usage& u = usages_[static_cast<size_t>(slot)];
    if (u.used) return;
    bool some_used = u.group >= 0 && group_some_used_[static_cast<size_t>(u.group)];
    int w = some_used && u.strict_warning ? u.strict_warning : u.warning;
    const ValueDesc& unused = env_->values[u.value];
    const char* what = w == 35   ? "unused for-loop index "
                       : w == 32 ? "unused value "
                                 : "unused variable ";
    Warn(w, unused.loc, what + unused.name + ".");
  });
}

// Warning 32 for a top-level value that a later one of the same name hides
// from the interface and that nothing used.
void Typer::TrackShadowedToplevel(ValueId v) {
  const std::string name = env_->values[v].name;
  if (!WarningActive(32) || speculating_ || name.empty() || name[0] == '_') return;
  int32_t slot = static_cast<int32_t>(usages_.size());
  usages_.push_back(Usage{false, -1, -1, v, 32, 0});
  value_usage_[v] = slot;
  (*toplevel_values_)[name] = v;
  AddDelayed([this, slot, latest = toplevel_values_] {
    const Usage& u = usages_[static_cast<size_t>(slot)];
    const ValueDesc& desc = env_->values[u.value];
    if (u.used || (*latest)[desc.name] == u.value) return;
    Warn(32, desc.loc, "unused value " + desc.name + ".");
  });
}

void Typer::MarkUsed(ValueId v) {
  if (v >= value_usage_.size()) return;
  if (int32_t g = value_rec_group_[v];
      g >= 0 && rec_group_state_[static_cast<size_t>(g)] == RecState::TypingDefinitions)
    rec_group_state_[static_cast<size_t>(g)] = RecState::Needed;
  int32_t slot = value_usage_[v];
  if (slot < 0) return;
  const Usage& u = usages_[static_cast<size_t>(slot)];
  if (u.rec_binding >= 0) {
    int32_t group = rec_bindings_[static_cast<size_t>(u.rec_binding)].group;
    for (auto it = typing_rec_bindings_.rbegin(); it != typing_rec_bindings_.rend(); ++it) {
      RecBinding& typing = rec_bindings_[static_cast<size_t>(*it)];
      if (typing.group != group) continue;
      typing.deps.push_back(slot);
      return;
    }
  }
  MarkSlot(slot);
}

void Typer::MarkSlot(int32_t slot) {
  std::vector<int32_t> work{slot};
  while (!work.empty()) {
    int32_t s = work.back();
    work.pop_back();
    Usage& u = usages_[static_cast<size_t>(s)];
    if (u.used) continue;
    u.used = true;
    undo_.Record([this, s] { usages_[static_cast<size_t>(s)].used = false; });
    if (u.group >= 0 && !group_some_used_[static_cast<size_t>(u.group)]) {
      group_some_used_[static_cast<size_t>(u.group)] = true;
      undo_.Record([this, g = u.group] { group_some_used_[static_cast<size_t>(g)] = false; });
    }
    if (u.rec_binding >= 0)
      for (int32_t d : rec_bindings_[static_cast<size_t>(u.rec_binding)].deps) work.push_back(d);
  }
}

ValueId Typer::AddValue(std::string_view name, TypeId type, Span loc, bool track_unused,
                        int warning) {
  ValueId v = NewValue(name, type, loc);
  if (track_unused) TrackUnused(v, warning, 0, -1, -1);
  env_->Bind(Namespace::Value, name, v);
  return v;
}

// ---------------------------------------------------------------- expansiveness

bool Typer::IsNonexpansive(ast::Id e) const {
  const ast::Expr& x = ast_->exprs[e];
  switch (x.kind) {
    case ExprKind::Ident:
    case ExprKind::Constant:
    case ExprKind::Unreachable:
    case ExprKind::Fun:
    case ExprKind::Function:
      return true;
    case ExprKind::Array:
      return x.list.size == 0;
    case ExprKind::Let:
      for (ast::Id b : ListOf(x.list))
        if (!IsNonexpansive(ast_->bindings[b].expr)) return false;
      return IsNonexpansive(x.a);
    case ExprKind::Apply:
      return apply_is_raise_[e] && x.list.size == 1 && IsNonexpansive(ast_->at(x.list, 0));
    case ExprKind::Match:
      if (!IsNonexpansive(x.a)) return false;
      for (ast::Id c : ListOf(x.list)) {
        const ast::Case& cs = ast_->cases[c];
        if (cs.guard != kNone && !IsNonexpansive(cs.guard)) return false;
        if (!IsNonexpansive(cs.body)) return false;
      }
      return true;
    case ExprKind::Tuple:
      for (ast::Id i : ListOf(x.list))
        if (!IsNonexpansive(i)) return false;
      return true;
    case ExprKind::Construct:
    case ExprKind::Variant:
      return x.b == kNone || IsNonexpansive(x.b);
    case ExprKind::Record:
      for (ast::Id f : ListOf(x.list)) {
        LabelId l = f < record_field_labels_.size() ? record_field_labels_[f] : kNone;
        if (l != kNone && env_->labels[l].is_mutable) return false;
        if (!IsNonexpansive(ast_->record_fields[f].expr)) return false;
      }
      return x.a == kNone || IsNonexpansive(x.a);
    case ExprKind::Field:
      return IsNonexpansive(x.a);
    case ExprKind::IfThenElse:
      return IsNonexpansive(x.b) && (x.c == kNone || IsNonexpansive(x.c));
    case ExprKind::Sequence:
      return IsNonexpansive(x.b);
    case ExprKind::Assert:
    case ExprKind::Lazy:
      return IsNonexpansive(x.a);
    case ExprKind::LocalOpen:
      return IsNonexpansive(x.b);
    case ExprKind::Constraint:
    case ExprKind::NewType:
      return IsNonexpansive(x.a);
    case ExprKind::LetModule:
      return IsNonexpansiveModule(ast_->items[x.a]) && IsNonexpansive(x.b);
    default:
      return false;
  }
}

// Typecore.is_nonexpansive_mod: a functor's application is expansive, a
// structure is when one of its items is.
bool Typer::IsNonexpansiveModule(const ast::Item& item) const {
  // (`open struct ... end` and `include struct ... end` are their structure.)
  bool open_structure =
      (item.kind == ast::ItemKind::Open && item.a == ast::kNone && item.b == ast::kNone) ||
      (item.kind == ast::ItemKind::Include && item.a == ast::kNone && item.b == ast::kNone);
  if (!open_structure && (item.kind != ast::ItemKind::Module ||
                          (item.flags & (ast::kFunctorApp | ast::kConstrainedApp))))
    return false;
  if (item.flags & (ast::kModuleAlias | ast::kFunctor)) return true;
  for (ast::Id sub : ListOf(item.list)) {
    const ast::Item& it = ast_->items[sub];
    switch (it.kind) {
      case ast::ItemKind::Value:
        for (ast::Id b : ListOf(it.list))
          if (!IsNonexpansive(ast_->bindings[b].expr)) return false;
        break;
      case ast::ItemKind::Module:
        if (!IsNonexpansiveModule(it)) return false;
        break;
      case ast::ItemKind::Include:  // (`include M`, a path, is)
        if (it.a == ast::kNone && (it.b != ast::kNone || !IsNonexpansiveModule(it))) return false;
        break;
      case ast::ItemKind::Open:  // `open F (X)`: an application
        if (it.a == ast::kNone && (it.b != ast::kNone || !IsNonexpansiveModule(it))) return false;
        break;
      case ast::ItemKind::Exception:  // a new constructor (Text_decl)
      case ast::ItemKind::Unsupported:
        return false;
      default:
        break;
    }
  }
  return true;
}

// Typecore.type_approx: the shape of a recursive definition before it is
// typed.
TypeId Typer::TypeApprox(ast::Id e) {
  Ctype& ct = *ctype_;
  const ast::Expr& x = ast_->exprs[e];
  switch (x.kind) {
    case ExprKind::Let:
      return TypeApprox(x.a);
    case ExprKind::Fun: {
      if (x.c == kNone) return ct.NewArrow(ct.NewVar(), TypeApprox(x.b));
      ArgLabelInfo l = LabelOf(ast_->arg_labels[x.c]);
      TypeId ty = l.kind == ArrowLabel::Optional ? ct.NewConstr(env_->predef.option_, {ct.NewVar()})
                                                 : ct.NewVar();
      return ct.NewArrow(ty, TypeApprox(x.b), l.kind, l.name);
    }
    case ExprKind::Function:
      if (x.list.size == 0) return ct.NewVar();
      return ct.NewArrow(ct.NewVar(), TypeApprox(ast_->cases[ast_->at(x.list, 0)].body));
    case ExprKind::Match:
      if (x.list.size == 0) return ct.NewVar();
      return TypeApprox(ast_->cases[ast_->at(x.list, 0)].body);
    case ExprKind::Try:
      return TypeApprox(x.a);
    case ExprKind::Tuple: {
      std::vector<TypeId> items;
      for (ast::Id i : ListOf(x.list)) items.push_back(TypeApprox(i));
      return ct.NewTuple(items);
    }
    case ExprKind::IfThenElse:
      return TypeApprox(x.b);
    case ExprKind::Sequence:
      return TypeApprox(x.b);
    case ExprKind::Constraint: {
      TypeId ty = TypeApprox(x.a);
      TypeId ty1 = ApproxType(x.b);
      if (auto trace = ct.Unify(ty, ty1))
        RaiseExprClash(e, x.span, std::move(*trace), Explanation::None);
      return ty1;
    }
    default:
      return ct.NewVar();
  }
}

TypeId Typer::ApproxType(ast::Id t) {
  Ctype& ct = *ctype_;
  const ast::TypeExpr& te = ast_->types[t];
  switch (te.kind) {
    case ast::TypeKind::Arrow: {
      if (!(te.flags & (ast::kLabelled | ast::kOptional)))
        return ct.NewArrow(ct.NewVar(), ApproxType(te.b));
      uint32_t name = store_->Intern(source_->Slice(te.name));
      if (te.flags & ast::kLabelled)
        return ct.NewArrow(ct.NewVar(), ApproxType(te.b), ArrowLabel::Labelled, name);
      return ct.NewArrow(ct.NewConstr(env_->predef.option_, {ct.NewVar()}), ApproxType(te.b),
                         ArrowLabel::Optional, name);
    }
    case ast::TypeKind::Tuple: {
      std::vector<TypeId> items;
      for (ast::Id i : ListOf(te.list)) items.push_back(ApproxType(i));
      return ct.NewTuple(items);
    }
    case ast::TypeKind::Constr: {
      DeclId decl = kNone;
      size_t reported = refused_reported_.size();
      try {
        decl = LookupType(te.a);
      } catch (TypeErrorThrow&) {
        refused_reported_.resize(reported);  // said when the type is typed
        return ct.NewVar();
      }
      if (te.list.size != env_->types[decl].params.size()) return ct.NewVar();
      std::vector<TypeId> args;
      for (ast::Id i : ListOf(te.list)) args.push_back(ApproxType(i));
      return ct.NewConstr(decl, args);
    }
    default:
      return ct.NewVar();
  }
}

// ---------------------------------------------------------------- let

LetResult Typer::TypeLetBindings(bool is_rec, const std::vector<ast::Id>& bindings, bool toplevel) {
  Ctype& ct = *ctype_;
  int errors_before = errors_;
  Ctype::DefScope level(ct);
  PatternState st;
  st.allow_modules = !toplevel;
  std::vector<TypeId> pat_types;
  std::vector<size_t> vars_end;  // st.vars.size() after each binding's pattern
  for (ast::Id b : bindings) {
    TypeId nv = ct.NewVar();
    WarningScope warnings(*this, WarningScope::On::Binding, b);
    pat_types.push_back(TypePat(ast_->bindings[b].pat, nv, st));
    vars_end.push_back(st.vars.size());
  }
  if (is_rec) {
    for (size_t i = 0; i < bindings.size(); ++i) {
      const ast::Binding& b = ast_->bindings[bindings[i]];
      UnifyPat(b.pat, pat_types[i], TypeApprox(b.expr));
    }
  }
  // Typecore.type_let's "polymorphic variant processing", pattern by pattern.
  for (ast::Id b : bindings) CloseMatchedVariants({ast_->bindings[b].pat}, false);
  for (auto& force : st.force) force();
  for (const PatVar& v : st.vars) env_->Prefetch(Namespace::Value, v.name);
  // The values, with their unused-variable checks registered now (before the
  // definitions are typed), as OCaml does.
  // A top-level value is part of the file's interface (there is no .mli to
  // hide it), so it is unused only when a later definition shadows it.
  int warning = 26;
  int strict = 27;
  int32_t group_base = static_cast<int32_t>(group_some_used_.size());
  std::vector<ValueId> values;
  std::vector<int32_t> var_binding(st.vars.size(), -1);
  for (size_t i = 0, k = 0; i < bindings.size(); ++i)
    for (; k < vars_end[i]; ++k) var_binding[k] = static_cast<int32_t>(i);
  for (size_t i = 0; i < bindings.size(); ++i) group_some_used_.push_back(false);
  int32_t rec_base = static_cast<int32_t>(rec_bindings_.size());
  int32_t rec_group = next_rec_group_++;
  if (is_rec)
    for (size_t i = 0; i < bindings.size(); ++i) rec_bindings_.push_back(RecBinding{rec_group, {}});
  for (size_t k = 0; k < st.vars.size(); ++k) {
    const PatVar& v = st.vars[k];
    ValueId id = NewValue(v.name, v.type, v.loc);
    if (v.alerts != kNone) env_->value_alerts[id] = v.alerts;
    int32_t bi = var_binding[k] < 0 ? 0 : var_binding[k];
    WarningScope warnings(*this, WarningScope::On::Binding, bindings[static_cast<size_t>(bi)]);
    // (A local module's value is as a let-bound one, with warning 32.)
    if (toplevel && local_structure_)
      TrackUnused(id, 32, 32, group_base + bi, is_rec ? rec_base + bi : -1);
    else if (toplevel)
      TrackShadowedToplevel(id);
    else
      TrackUnused(id, warning, strict, group_base + bi, is_rec ? rec_base + bi : -1);
    if (is_rec) value_rec_group_[id] = static_cast<int32_t>(rec_group_state_.size());
    values.push_back(id);
  }
  size_t rec_state = rec_group_state_.size();
  if (is_rec) rec_group_state_.push_back(RecState::TypingDefinitions);
  Env::Mark ghost_mark = ghost_recs_.size();
  if (is_rec) {
    for (ValueId v : values) env_->Bind(Namespace::Value, env_->values[v].name, v);
  } else {
    bool all_functions = std::all_of(bindings.begin(), bindings.end(), [&](ast::Id b) {
      ExprKind k = ast_->exprs[ast_->bindings[b].expr].kind;
      return k == ExprKind::Fun || k == ExprKind::Function;
    });
    // Typecore.maybe_add_pattern_variables_ghost: not for a name bound
    // already, to a value or to an enclosing let's ghost.
    auto bound = [&](std::string_view name) {
      return env_->Find(Namespace::Value, name) != kNone ||
             std::any_of(ghost_recs_.begin(), ghost_recs_.end(),
                         [&](const GhostRec& g) { return g.name == name; });
    };
    if (all_functions && !bindings.empty())
      for (const PatVar& v : st.vars)
        if (!bound(v.name))
          ghost_recs_.push_back(GhostRec{v.name, ast_->bindings[bindings[0]].span});
  }
  std::vector<TypeId> exp_types;
  // The definitions of an enclosing `let rec` go on being its own after
  // this one (also when an error leaves it).
  struct RestoreRecBindings {
    std::vector<int32_t>& stack;
    size_t size = stack.size();
    ~RestoreRecBindings() { stack.resize(size); }
  } restore_rec{typing_rec_bindings_};
  if (is_rec) typing_rec_bindings_.push_back(rec_base);
  for (size_t i = 0; i < bindings.size(); ++i) {
    // `let rec f : type t. T = e`: f is polymorphic in its own definition
    // (Typecore's Tpoly pattern), which mlhint does not do.
    const ast::Expr& def = ast_->exprs[ast_->bindings[bindings[i]].expr];
    if (is_rec && def.kind == ExprKind::NewType && (def.flags & ast::kPolyAnnotation))
      Raise(MakeError(DiagKind::Unsupported, ast_->bindings[bindings[i]].span,
                      Text(UnsupportedText("explicitly polymorphic recursive definitions"))));
    if (is_rec) typing_rec_bindings_.back() = rec_base + static_cast<int32_t>(i);
    WarningScope warnings(*this, WarningScope::On::Binding, bindings[i]);
    // (A `let rec`'s modules, `(module M)`, are its definitions' too.)
    ast::Id expr = ast_->bindings[bindings[i]].expr;
    exp_types.push_back(
        is_rec ? Packages{*this}.WithUnpacks(
                     st.unpacks, [&] { return TypeExpect(expr, Expected{pat_types[i]}); })
               : TypeExpect(expr, Expected{pat_types[i]}));
  }
  typing_rec_bindings_.resize(restore_rec.size);
  ghost_recs_.resize(ghost_mark);
  // After an error in the bindings ocamlc has stopped: the warnings below
  // would be cascades of it.
  bool clean = errors_ == errors_before;
  if (is_rec) {
    bool needed = rec_group_state_[rec_state] == RecState::Needed;
    rec_group_state_[rec_state] = RecState::Done;
    if (!needed && !bindings.empty() && clean) {
      // Typecore.type_let: with the first binding's attributes.
      WarningScope warnings(*this, WarningScope::On::Binding, bindings[0]);
      Warn(39, ast_->pats[ast_->bindings[bindings[0]].pat].span, "unused rec flag.");
    }
  }
  for (size_t i = 0; i < bindings.size() && clean; ++i) {
    const ast::Binding& b = ast_->bindings[bindings[i]];
    WarningScope warnings(*this, WarningScope::On::Binding, bindings[i]);
    CheckPartialLet(b.pat, pat_types[i], b.expr);
  }
  level.End();
  for (size_t i = 0; i < bindings.size(); ++i)
    if (!IsNonexpansive(ast_->bindings[bindings[i]].expr)) ct.LowerContravariant(pat_types[i]);
  for (const PatVar& v : st.vars) ct.Generalize(v.type);
  for (TypeId t : exp_types) ct.Generalize(t);
  // Typecore.check_univars for `let f : type t. T = e`: each variable of
  // the annotation is still a variable of its own, generalized (not so
  // when `e` is expansive). OCaml's message ("less general than") is not
  // one mlhint prints.
  for (ast::Id b : bindings) {
    ast::Id e = ast_->bindings[b].expr;
    if (ast_->exprs[e].kind != ExprKind::NewType || !(ast_->exprs[e].flags & ast::kPolyAnnotation))
      continue;
    std::vector<TypeId> seen;
    for (; ast_->exprs[e].kind == ExprKind::NewType; e = ast_->exprs[e].a) {
      auto it = newtype_vars_.find(e);
      if (it == newtype_vars_.end()) break;
      TypeId v = store_->Repr(it->second);
      if (!store_->IsVar(v) || store_->level(v) != kGenericLevel ||
          std::find(seen.begin(), seen.end(), v) != seen.end())
        Raise(MakeError(DiagKind::Unsupported, ast_->bindings[b].span,
                        Text(UnsupportedText(
                            "explicitly polymorphic definitions less general than their type"))));
      seen.push_back(v);
    }
  }
  if (is_rec) {
    for (ast::Id b : bindings) {
      const ast::Pat& p = ast_->pats[ast_->bindings[b].pat];
      // Typecore checks the typed pattern, where `f : t` (also `let rec f
      // : t = e`) is the variable with its constraint as an extra.
      const ast::Pat* q = &p;
      while (q->kind == ast::PatKind::Constraint) q = &ast_->pats[q->a];
      bool ok = q->kind == ast::PatKind::Var ||
                (q->kind == ast::PatKind::Unpack && source_->Slice(q->name) != "_") ||
                (q->kind == ast::PatKind::Alias && ast_->pats[q->a].kind == ast::PatKind::Any);
      if (!ok)
        Raise(MakeError(DiagKind::IllegalLetRec, p.span,
                        Text("Only variables are allowed as left-hand side of `let rec'")));
    }
  }
  for (size_t i = 0; i < bindings.size(); ++i) {
    const ast::Binding& b = ast_->bindings[bindings[i]];
    if (ast_->pats[b.pat].kind == ast::PatKind::Any)
      CheckPartialApplication(false, b.expr, exp_types[i]);
  }
  if (!is_rec)
    for (ValueId v : values) env_->Bind(Namespace::Value, env_->values[v].name, v);
  // Typecore checks a `let rec ... in` after typing its body (TypeLet).
  if (is_rec && toplevel) CheckRecursiveBindings(bindings, st.vars);
  LetResult result;
  for (size_t k = 0; k < st.vars.size(); ++k) {
    PatVar v = st.vars[k];
    result.vars.push_back(v);
  }
  result.unpacks = std::move(st.unpacks);
  return result;
}

TypeId Typer::TypeLet(ast::Id e, Expected expected) {
  const ast::Expr& x = ast_->exprs[e];
  Env::Mark mark = env_->Save();
  std::vector<ast::Id> bindings = ListOf(x.list);
  TypeId body;
  try {
    bool is_rec = (x.flags & ast::kRec) != 0;
    LetResult bound = TypeLetBindings(is_rec, bindings, false);
    body = Packages{*this}.WithUnpacks(bound.unpacks, [&] { return TypeExpect(x.a, expected); });
    if (is_rec) CheckRecursiveBindings(bindings, bound.vars);
  } catch (...) {
    env_->Restore(mark);
    throw;
  }
  env_->Restore(mark);
  return body;
}

}  // namespace mlhint::typing
