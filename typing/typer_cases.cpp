// Matches: Typecore.type_cases. The patterns are typed against instances
// of the scrutinee's type, the bodies against the result, then the
// exhaustiveness and unused-case checks run (delayed to the end of the file
// when a pattern has a tag, as OCaml delays them).

#include <algorithm>

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

using ast::ExprKind;

void Typer::TypeCases(TypeId ty_arg, Expected ty_res, bool partial_flag, Span loc,
                      const std::vector<CaseView>& cases, std::optional<InFunction> in_function,
                      int errors_before, bool computation) {
  Ctype& ct = *ctype_;
  // may_contain_gadts: with a constructor in a pattern, Typecore types the
  // cases one level deeper and then unifies the result with a variable of
  // the outer level. Lowering it expands an abbreviation that drops an
  // argument of the inner level (a cycle `'a phantom as 'a` becomes `int`).
  bool inner_level = std::any_of(cases.begin(), cases.end(),
                                 [&](const CaseView& c) { return PatHasConstructor(c.pat); });
  std::optional<Ctype::DefScope> inner;
  if (inner_level) inner.emplace(ct);
  // erase_either: patterns with tags against a type whose rows have Either
  // fields are typed against a partial instance (its non-generic parts
  // fresh), unified with the type itself once the rows are closed.
  bool has_variants = std::any_of(cases.begin(), cases.end(), [&](const CaseView& c) {
    return ast::AnyPattern(*ast_, c.pat,
                           [](const ast::Pat& x) { return x.kind == ast::PatKind::Variant; });
  });
  bool erase_either = has_variants && ct.ContainsVariantEither(ty_arg);
  Ctype::DefScope level(ct);
  struct Half {
    TypeId ty_for_unif;
    PatternState st;
  };
  std::vector<Half> halves;
  for (const CaseView& c : cases) {
    TypeId ty = ct.AtNewLevel(
        [&] { return erase_either ? ct.PartialInstance(ty_arg) : ct.Instance(ty_arg); });
    ct.GeneralizeStructure(ty);
    Half h{ty, {}};
    h.st.computation = computation;
    h.st.allow_modules = true;
    TypePat(c.pat, ty, h.st);
    halves.push_back(std::move(h));
  }
  TypeId ty_arg2 = ct.NewVar();
  for (size_t i = 0; i < cases.size(); ++i) {
    if (auto trace = ct.Unify(halves[i].ty_for_unif, ty_arg2))
      RaisePatClash(cases[i].pat, ast_->pats[cases[i].pat].span, std::move(*trace), false);
  }
  if (has_variants) {
    std::vector<ast::Id> pats;
    for (const CaseView& c : cases) pats.push_back(c.pat);
    CloseMatchedVariants(pats, computation);
  }
  for (Half& h : halves)
    for (auto& force : h.st.force) force();
  if (erase_either)
    for (size_t i = 0; i < cases.size(); ++i)
      if (auto trace = ct.Unify(halves[i].ty_for_unif, ct.Instance(ty_arg)))
        RaisePatClash(cases[i].pat, ast_->pats[cases[i].pat].span, std::move(*trace), false);
  for (Half& h : halves)
    for (const PatVar& v : h.st.vars) ct.LowerLevels(v.type);
  level.End();
  ct.Generalize(ty_arg2);
  for (Half& h : halves)
    for (const PatVar& v : h.st.vars) ct.Generalize(v.type);
  std::optional<InFunction> body_in_function = cases.size() == 1 ? in_function : std::nullopt;
  for (size_t i = 0; i < cases.size(); ++i) {
    // An optional parameter's default, typed where the pattern's variables
    // are not bound yet.
    if (cases[i].default_expr != kNone)
      TypeExpect(cases[i].default_expr, Expected{ct.Instance(ty_arg2)});
    Env::Mark mark = env_->Save();
    for (const PatVar& v : halves[i].st.vars) {
      ValueId id = AddValue(v.name, v.type, v.loc, true, v.as_var ? 26 : 27);
      if (v.alerts != kNone) env_->value_alerts[id] = v.alerts;
    }
    // (Typecore.type_unpacks binds the pattern's modules for each.)
    const std::vector<PatUnpack>& unpacks = halves[i].st.unpacks;
    std::vector<ModuleId> unpacked;
    if (cases[i].guard != kNone)
      Packages{*this}.WithUnpacks(
          unpacks,
          [&] {
            return TypeExpect(cases[i].guard,
                              Expected{ct.Predef(env_->predef.bool_), Explanation::WhenGuard});
          },
          &unpacked);
    Packages{*this}.WithUnpacks(
        unpacks,
        [&] {
          pending_.in_function = body_in_function;
          TypeId t = TypeExpect(cases[i].body, Expected{ty_res.type, ty_res.explanation});
          pending_.in_function.reset();
          return t;
        },
        &unpacked);
    env_->Restore(mark);
  }
  std::vector<ast::Id> pats, exn_pats;
  // refuting: the case is `p -> .`.
  std::vector<bool> guarded, exn_guarded, refuting, exn_refuting;
  bool has_exception = false;
  if (computation)
    for (const CaseView& c : cases)
      if (HasCasePart(c.pat, CasePart::Exception)) has_exception = true;
  for (const CaseView& c : cases) {
    if (has_exception) {
      // Typecore.split_cases: the value cases and the exception cases.
      bool value = HasCasePart(c.pat, CasePart::Value);
      bool exception = HasCasePart(c.pat, CasePart::Exception);
      if (value && exception && c.guard != kNone && errors_ == errors_before)
        Raise(MakeError(
            DiagKind::ExceptionPatternGuard, ast_->pats[c.pat].span,
            BoxedText("Mixing value and exception patterns under when-guards is not supported.")));
      if (exception) {
        exn_pats.push_back(c.pat);
        exn_guarded.push_back(c.guard != kNone);
        exn_refuting.push_back(ast_->exprs[c.body].kind == ExprKind::Unreachable);
      }
      if (!value) continue;
    }
    pats.push_back(c.pat);
    guarded.push_back(c.guard != kNone);
    refuting.push_back(ast_->exprs[c.body].kind == ExprKind::Unreachable);
  }
  if (has_exception && pats.empty() && errors_ == errors_before)
    Raise(MakeError(DiagKind::NoValueCases, loc,
                    Text("None of the patterns in this 'match' expression match values.")));
  // An error in the match (its scrutinee, a guard, a case) stops ocamlc
  // before these checks: their warnings would be cascades of the error.
  if (errors_ == errors_before) {
    if (!has_exception) {
      if (partial_flag) CheckPartialMatch(ty_arg2, loc, pats, guarded);
      // With a tag in the patterns, Typecore delays the unused cases to
      // the end of the file (once every row is as closed as it gets).
      if (has_variants)
        AddDelayed([this, ty_arg2, pats, guarded, refuting] {
          CheckUnusedCases(ty_arg2, pats, guarded, refuting);
        });
      else
        CheckUnusedCases(ty_arg2, pats, guarded, refuting);
    } else {
      // Typecore.type_cases: the value cases against the scrutinee's type,
      // the exception cases against exn, each apart.
      case_part_ = CasePart::Value;
      if (partial_flag) CheckPartialMatch(ty_arg2, loc, pats, guarded);
      CheckRedundantCases(ty_arg2, pats, guarded, refuting);
      case_part_ = CasePart::Exception;
      CheckRedundantCases(ct.Predef(env_->predef.exn_), exn_pats, exn_guarded, exn_refuting);
      case_part_ = CasePart::Value;
      CheckAmbiguousBindings(pats, guarded);
      case_part_ = CasePart::Exception;
      CheckAmbiguousBindings(exn_pats, exn_guarded);
      case_part_ = CasePart::All;
    }
  }
  if (inner_level) {
    inner->End();
    ct.LowerLevels(ct.Instance(ty_res.type));
  }
}

// Whether a case's pattern has a value part or an exception part
// (exception patterns are at its top, under its or-patterns and
// constraints only).
bool Typer::HasCasePart(ast::Id p, CasePart part) const {
  std::vector<ast::Id> work{p};
  while (!work.empty()) {
    const ast::Pat& x = ast_->pats[work.back()];
    work.pop_back();
    if (x.kind == ast::PatKind::Or) {
      work.push_back(x.a);
      work.push_back(x.b);
    } else if (x.kind == ast::PatKind::Constraint || x.kind == ast::PatKind::LocalOpen) {
      work.push_back(x.a);
    } else if ((x.kind == ast::PatKind::Exception) == (part == CasePart::Exception)) {
      return true;
    }
  }
  return false;
}

}  // namespace mlhint::typing
