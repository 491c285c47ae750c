#include "hints/rank.h"

#include "hints/repair.h"

#include <algorithm>

namespace mlhint::hints {

namespace {

bool Contains(Span outer, Span inner) {
  return outer.begin <= inner.begin && inner.end <= outer.end;
}

// The ranking is lexicographic: a few strong features decide (Decisive),
// and finer ones order the candidates they leave tied (Fine).
//
// The weights of the ranking's features. They were fitted on novice
// programs (the UCSD data set's spring half: the candidate whose span the
// student changed should score highest; fitted on every other program,
// they rank the rest as well as the ones they were fitted on), and name
// nothing of any program: only where the candidate stands, what kind of
// expression it is, and what its context needs.
struct Decisive {
  double at_error = 1.0, inside_error = 1.0;  // where OCaml reports the error, or inside it
  double before_error = 1.0;                  // it ends before the error begins
  double construct = 1.0;                     // a constructor (applied or not)
  double tuple_item = 1.25, branch = 1.0;     // an item of a tuple, a branch of an `if`
  double fun = -1.0, let = -2.0;              // a whole function, a whole `let ... in`
};
constexpr Decisive kDecisive;

struct Fine {
  // Where it stands against the error OCaml reports.
  double at_error = 1.0, inside_error = 4.25, apart_from_error = -1.25;
  // What holds it.
  double operand = -3.0, in_tuple = -3.25, in_fun = -1.0, in_let = 0.25, in_if = 5.0,
         elsewhere = -2.0;
  // What it is.
  double ident = -3.25, constant = 1.25, construct = 6.5, apply = -0.5, tuple = -2.25, fun = 1.0,
         if_ = -3.0;
  double context_takes_anything = 3.25;  // its hole was given a type variable
  double depth = 0.125;                  // per level below the item's root
  double deepest = 3.0;                  // no candidate is deeper
  double before_error = 2.0;             // it ends before the error begins
  double order = -0.5;                   // its place among the candidates in the source, 0 to 1
};
constexpr Fine kFine;

}  // namespace

std::vector<RankedCandidate> Rank(const ast::Ast& tree, const typing::TypeClash& error,
                                  const std::vector<ast::Id>& parents,
                                  std::vector<Candidate> candidates) {
  using ast::ExprKind;
  std::vector<RankedCandidate> out;
  int deepest = 0;
  for (const Candidate& c : candidates) deepest = std::max(deepest, c.depth);
  const Fine& w = kFine;
  const Decisive& top = kDecisive;
  for (size_t i = 0; i < candidates.size(); ++i) {
    Candidate& c = candidates[i];
    RankedCandidate r;
    const ast::Expr& x = tree.exprs[c.expr];
    ast::Id parent = c.expr < parents.size() ? parents[c.expr] : ast::kNone;
    const ast::Expr* p = parent != ast::kNone ? &tree.exprs[parent] : nullptr;
    bool at_error = c.span == error.span;
    bool around_error = !at_error && Contains(c.span, error.span);
    bool inside_error = !at_error && Contains(error.span, c.span);
    double score = 0;
    if (at_error) score += w.at_error;
    if (inside_error) score += w.inside_error;
    if (!at_error && !around_error && !inside_error) score += w.apart_from_error;
    char role = '-';
    if (p && p->kind == ExprKind::Apply) {
      role = p->a == c.expr ? 'F' : (p->flags & ast::kInfix) ? 'O' : 'R';
      if (role == 'O') score += w.operand;
    } else {
      ExprKind k = p ? p->kind : ExprKind::Unsupported;
      role = p ? static_cast<char>('a' + static_cast<int>(k)) : '-';
      score += k == ExprKind::Tuple                               ? w.in_tuple
               : k == ExprKind::Fun                               ? w.in_fun
               : k == ExprKind::Let                               ? w.in_let
               : k == ExprKind::IfThenElse                        ? w.in_if
               : k == ExprKind::Match || k == ExprKind::Construct ? 0.0
                                                                  : w.elsewhere;
    }
    switch (x.kind) {
      case ExprKind::Ident:
        score += w.ident;
        break;
      case ExprKind::Constant:
        score += w.constant;
        break;
      case ExprKind::Construct:
        score += w.construct;
        break;
      case ExprKind::Apply:
        score += w.apply;
        break;
      case ExprKind::Tuple:
        score += w.tuple;
        break;
      case ExprKind::Fun:
        score += w.fun;
        break;
      case ExprKind::IfThenElse:
        score += w.if_;
        break;
      default:
        break;
    }
    if (IsTypeVariable(c.context_type)) score += w.context_takes_anything;
    score += w.depth * c.depth;
    if (c.depth == deepest) score += w.deepest;
    if (c.span.end <= error.span.begin) score += w.before_error;
    size_t earlier = 0;
    for (const Candidate& o : candidates) earlier += o.span.begin < c.span.begin;
    score += w.order * static_cast<double>(earlier) / static_cast<double>(candidates.size());
    double decisive = 0;
    if (at_error || inside_error) decisive += at_error ? top.at_error : top.inside_error;
    if (c.span.end <= error.span.begin) decisive += top.before_error;
    if (x.kind == ExprKind::Construct) decisive += top.construct;
    if (x.kind == ExprKind::Fun) decisive += top.fun;
    if (x.kind == ExprKind::Let) decisive += top.let;
    if (p && p->kind == ExprKind::Tuple) decisive += top.tuple_item;
    if (p && p->kind == ExprKind::IfThenElse) decisive += top.branch;
    r.decisive = decisive;
    // The function of an application: what was changed is the application
    // (a function applied to the wrong arguments, or the wrong function).
    if (role == 'F' && !(p->flags & ast::kGhost)) c.span = p->span;
    Span ps = p ? p->span : c.span;
    r.features = std::string(at_error       ? "E"
                             : around_error ? "A"
                             : inside_error ? "I"
                                            : "-") +
                 ",k" + std::to_string(static_cast<int>(x.kind)) + ",s" +
                 std::to_string(c.span.size()) + ",d" + std::to_string(c.depth) + ",v" +
                 (IsTypeVariable(c.context_type) ? "1" : "0") + ",r" + role + ",p" +
                 std::to_string(ps.begin) + "-" + std::to_string(ps.end) + ",o" +
                 std::to_string(c.span.begin);
    r.score = score;
    r.candidate = std::move(c);
    out.push_back(std::move(r));
  }
  std::stable_sort(out.begin(), out.end(), [](const RankedCandidate& a, const RankedCandidate& b) {
    return a.decisive != b.decisive ? a.decisive > b.decisive : a.score > b.score;
  });
  return out;
}

std::string OwnType(ItemSandbox& box, const SourceBuffer& source, Span span) {
  std::string text(source.Slice(span));
  // Typed on its own where it stands: `(ignore (e); assert false)`; the
  // probe takes `(e)` (an expression's span holds its parentheses).
  std::string prefix = "(ignore ";
  std::string wrapped = prefix + "(" + text + "); assert false)";
  std::vector<Edit> edits{Edit{span, wrapped}};
  std::optional<ItemSandbox::Outcome> own = box.Try(
      edits,
      {Probe{0, static_cast<uint32_t>(prefix.size()), static_cast<uint32_t>(text.size() + 2)}});
  // The item's other errors, if it had some, may stay; none may appear.
  return own && !own->probe_types.empty() && RemovesError(box.item(), 0, edits, own->errors)
             ? own->probe_types[0]
             : "";
}

std::string BlameMessage(ItemSandbox& box, const ast::Ast& tree, const SourceBuffer& source,
                         const Candidate& candidate) {
  std::string text(source.Slice(candidate.span));
  std::string own_type = OwnType(box, source, candidate.span);
  std::string need = candidate.context_type;
  // A function's candidate stands for its whole application (Rank): what
  // the context needs is the application's.
  if (candidate.expr != ast::kNone && !(tree.exprs[candidate.expr].span == candidate.span)) {
    std::vector<Edit> hole{Edit{candidate.span, std::string(kHole)}};
    std::optional<ItemSandbox::Outcome> o =
        box.Try(hole, {Probe{0, 0, static_cast<uint32_t>(kHole.size())}});
    need = o && !o->probe_types.empty() && RemovesError(box.item(), 0, hole, o->errors)
               ? o->probe_types[0]
               : "";
  }
  std::string quoted = "Hint: `" + Quoted(text) + "' is likely the mistake";
  // A string literal where a format is expected is a format, not a string:
  // typed alone it would claim a type it does not have there.
  if (candidate.expr != ast::kNone && tree.exprs[candidate.expr].kind == ast::ExprKind::Constant &&
      tree.constants[tree.exprs[candidate.expr].a].kind == ast::ConstKind::String &&
      (need.ends_with(" format") || need.ends_with(" format4") || need.ends_with(" format6")))
    return quoted + ".";
  if (!own_type.empty() && !need.empty() && !IsTypeVariable(need))
    return quoted + ": it has type " + own_type + " but the context needs " + need + ".";
  if (!own_type.empty())
    return quoted + ": here it has type " + own_type +
           ", which does not agree with the rest of the code.";
  return quoted + ".";
}

}  // namespace mlhint::hints
