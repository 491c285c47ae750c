// Parmatch.check_ambiguous_bindings (warning 57): the variables a pattern
// binds, the variables of the enclosing scope an expression uses, and the
// check of guarded or-patterns that bind one name to different parts of a
// value. Run with the other checks of a match (parmatch.cpp).

#include <algorithm>
#include <iterator>

#include "typing/parmatch_context.h"

namespace mlhint::typing {

namespace {

// The variables a pattern binds (a module pattern's too).
void PatternVars(const ast::Ast& ast, const SourceBuffer& source, ast::Id root,
                 std::vector<std::string_view>& out) {
  for (ast::Id q : ast::PatternVariables(ast, root)) out.push_back(source.Slice(ast.pats[q].name));
  (void)ast::AnyPattern(ast, root, [&](const ast::Pat& x) {
    if (x.kind == ast::PatKind::Unpack && source.Slice(x.name) != "_")
      out.push_back(source.Slice(x.name));
    return false;
  });
}

// The variables of the enclosing scope an expression uses
// (Parmatch.all_rhs_idents): unqualified names not rebound inside it.
class FreeNames {
 public:
  FreeNames(const ast::Ast& ast, const SourceBuffer& source) : ast_(ast), source_(source) {}

  void Expr(ast::Id e, std::vector<std::string_view>& out) {
    if (e == ast::kNone) return;
    const ast::Expr& x = ast_.exprs[e];
    switch (x.kind) {
      case ast::ExprKind::Ident: {
        // `M.x` uses the module M, which a module pattern binds.
        std::string_view name = ast_.names[ast_.longidents[x.a].parts.begin];
        if (std::find(bound_.begin(), bound_.end(), name) == bound_.end()) out.push_back(name);
        return;
      }
      case ast::ExprKind::Construct:
      case ast::ExprKind::Variant:
        Expr(x.b, out);
        return;
      case ast::ExprKind::Fun:
        Scoped(x.a, [&] { Expr(x.b, out); });
        return;
      case ast::ExprKind::Tuple:
      case ast::ExprKind::Array:
        for (const ast::Id* i = ast_.begin(x.list); i != ast_.end(x.list); ++i) Expr(*i, out);
        return;
      case ast::ExprKind::Apply:
        Expr(x.a, out);
        for (const ast::Id* i = ast_.begin(x.list); i != ast_.end(x.list); ++i) Expr(*i, out);
        return;
      case ast::ExprKind::Let: {
        size_t mark = bound_.size();
        bool rec = (x.flags & ast::kRec) != 0;
        for (const ast::Id* b = ast_.begin(x.list); b != ast_.end(x.list); ++b) {
          if (!rec) Expr(ast_.bindings[*b].expr, out);
        }
        for (const ast::Id* b = ast_.begin(x.list); b != ast_.end(x.list); ++b)
          PatternVars(ast_, source_, ast_.bindings[*b].pat, bound_);
        if (rec)
          for (const ast::Id* b = ast_.begin(x.list); b != ast_.end(x.list); ++b)
            Expr(ast_.bindings[*b].expr, out);
        Expr(x.a, out);
        bound_.resize(mark);
        return;
      }
      case ast::ExprKind::LetOp:
        for (const ast::Id* b = ast_.begin(x.list); b != ast_.end(x.list); ++b) {
          Expr(ast_.bindings[*b].op, out);
          Expr(ast_.bindings[*b].expr, out);
        }
        Scoped(x.b, [&] { Expr(x.a, out); });
        return;
      case ast::ExprKind::Match:
      case ast::ExprKind::Try:
        Expr(x.a, out);
        Cases(x.list, out);
        return;
      case ast::ExprKind::Function:
        Cases(x.list, out);
        return;
      case ast::ExprKind::IfThenElse:
      case ast::ExprKind::Sequence:
      case ast::ExprKind::While:
        Expr(x.a, out);
        Expr(x.b, out);
        Expr(x.c, out);
        return;
      case ast::ExprKind::For:
        Expr(x.b, out);
        Expr(x.c, out);
        Scoped(x.a, [&] { Expr(ast_.ForBody(x), out); });
        return;
      case ast::ExprKind::Record:
        for (const ast::Id* f = ast_.begin(x.list); f != ast_.end(x.list); ++f)
          Expr(ast_.record_fields[*f].expr, out);
        Expr(x.a, out);
        return;
      case ast::ExprKind::Field:
      case ast::ExprKind::Constraint:
      case ast::ExprKind::Assert:
      case ast::ExprKind::Lazy:
      case ast::ExprKind::NewType:
        Expr(x.a, out);
        return;
      case ast::ExprKind::LocalOpen:
      case ast::ExprKind::LetException:
      case ast::ExprKind::LetModule:
        Expr(x.b, out);
        return;
      case ast::ExprKind::SetField:
        Expr(x.a, out);
        Expr(x.c, out);
        return;
      default:
        return;
    }
  }

 private:
  template <class F>
  void Scoped(ast::Id pat, F body) {
    size_t mark = bound_.size();
    PatternVars(ast_, source_, pat, bound_);
    body();
    bound_.resize(mark);
  }
  void Cases(ast::ListRef cases, std::vector<std::string_view>& out) {
    for (const ast::Id* c = ast_.begin(cases); c != ast_.end(cases); ++c) {
      const ast::Case& cs = ast_.cases[*c];
      Scoped(cs.pat, [&] {
        Expr(cs.guard, out);
        Expr(cs.body, out);
      });
    }
  }

  const ast::Ast& ast_;
  const SourceBuffer& source_;
  std::vector<std::string_view> bound_;  // names bound inside the expression so far
};

}  // namespace

// Parmatch.check_ambiguous_bindings (warning 57): a guarded case whose
// guard uses a variable that the branches of an or-pattern bind to
// different parts of one value.
void Typer::CheckAmbiguousBindings(const std::vector<ast::Id>& pats,
                                   const std::vector<bool>& guarded) {
  if (!WarningActive(57) || match_budget_ <= 0) return;
  if (guard_of_pat_.empty()) {
    guard_of_pat_.assign(ast_->pats.size(), ast::kNone);
    for (const ast::Case& c : ast_->cases)
      if (c.guard != ast::kNone && c.pat < guard_of_pat_.size()) guard_of_pat_[c.pat] = c.guard;
  }
  std::vector<std::pair<Span, std::string>> warnings;
  try {
    MatchContext cx(*this);
    parmatch::Matcher& m = cx.matcher();
    Matrix previous;
    for (size_t i = 0; i < pats.size(); ++i) {
      PatId q = cx.ConvertCase(pats[i]);
      if (!guarded[i]) {
        previous.push_back(Row{q});
        continue;
      }
      ast::Id guard = pats[i] < guard_of_pat_.size() ? guard_of_pat_[pats[i]] : ast::kNone;
      if (guard == ast::kNone) continue;
      std::vector<std::string_view> vars, used;
      PatternVars(*ast_, *source_, pats[i], vars);
      FreeNames(*ast_, *source_).Expr(guard, used);
      std::sort(vars.begin(), vars.end());
      std::sort(used.begin(), used.end());
      std::vector<std::string_view> all;
      std::set_intersection(vars.begin(), vars.end(), used.begin(), used.end(),
                            std::back_inserter(all));
      all.erase(std::unique(all.begin(), all.end()), all.end());
      if (all.empty()) continue;
      std::optional<std::vector<std::string_view>> stable = m.StableVars(previous, q);
      if (!stable) continue;
      std::vector<std::string_view> ambiguous;
      std::set_difference(all.begin(), all.end(), stable->begin(), stable->end(),
                          std::back_inserter(ambiguous));
      if (ambiguous.empty()) continue;
      std::string names;
      for (std::string_view v : ambiguous) names += (names.empty() ? "" : ",") + std::string(v);
      warnings.emplace_back(m.node(q).span,
                            (ambiguous.size() == 1 ? "variable " : "variables ") + names);
    }
  } catch (parmatch::BudgetExceeded&) {
    return;
  } catch (Untyped&) {
    return;
  }
  for (const auto& [span, names] : warnings)
    Warn(57, span,
         "Ambiguous or-pattern variables under guard;\n" + names +
             " may match different arguments. (See manual section 11.5)");
}

}  // namespace mlhint::typing
