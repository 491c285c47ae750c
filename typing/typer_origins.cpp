// What the hints need of the checker beyond the type errors: where a value's
// type came from (origins) and the prelude's names resolved.

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

// ---------------------------------------------------------------- for hints

// The variables (kNoType if none) that were at the root of either side of
// the unification of `e`'s type; those now bound to a type get `e` as their
// origin. Roots are enough: they are how a parameter or a `let`-bound name
// gets its type from one use.
void Typer::NoteOrigin(ast::Id e, TypeId before_type, TypeId before_expected) {
  if (speculating_) return;
  TypeId bound[2] = {kNoType, kNoType};
  int count = 0;
  for (TypeId v : {before_type, before_expected}) {
    if (v == kNoType || store_->tag(store_->Repr(v)) == TypeTag::Var) continue;
    origin_of_var_.set(v, e + 1);
    bound[count++] = v;
  }
  if (count == 0) return;
  // The values of the item whose type was one of these variables: their
  // chain of links still goes through it (nothing has looked their type up
  // since it was bound), so the origin is theirs. Values whose type is no
  // longer an unbound, non-generic variable leave the waiting list.
  if (value_origin_.size() < env_->values.size())
    value_origin_.resize(env_->values.size(), ast::kNone);
  for (; origin_scanned_ < env_->values.size(); ++origin_scanned_)
    origin_open_.push_back(static_cast<ValueId>(origin_scanned_));
  size_t kept = 0;
  for (ValueId value : origin_open_) {
    TypeId t = env_->values[value].type;
    for (int guard = 0; store_->tag(t) == TypeTag::Link && guard < 1000; ++guard, ++origin_work_) {
      if (t == bound[0] || t == bound[1]) value_origin_[value] = e;
      t = store_->node(t).a;
    }
    if (store_->tag(t) == TypeTag::Var && store_->level(t) != kGenericLevel)
      origin_open_[kept++] = value;
  }
  origin_work_ += origin_open_.size();
  origin_open_.resize(kept);
  // Bounded work per item: past this, origins come from the links alone.
  if (origin_work_ > 4'000'000) {
    origin_open_.clear();
    origin_scanned_ = SIZE_MAX;
  }
}

ast::Id Typer::OriginOf(ValueId v) const {
  if (v == kNone) return ast::kNone;
  if (v >= origin_item_values_ && v < value_origin_.size() && value_origin_[v] != ast::kNone)
    return value_origin_[v];
  ast::Id origin = ast::kNone;
  // Otherwise (a value of an earlier item: older nodes are not compressed),
  // along the chain of links from the value's own type: the last variable
  // whose binding was recorded.
  for (TypeId t = env_->values[v].type; store_->tag(t) == TypeTag::Link; t = store_->node(t).a)
    if (uint32_t noted = origin_of_var_.get(t)) origin = noted - 1;
  return origin;
}

ValueId Typer::ResolveValue(std::string_view dotted) const {
  size_t dot = dotted.rfind('.');
  // Operators contain dots ("+."): only a capitalised prefix is a module.
  if (dot == std::string_view::npos || dotted.empty() || !(dotted[0] >= 'A' && dotted[0] <= 'Z'))
    return env_->Find(Namespace::Value, dotted);
  std::string_view path = dotted.substr(0, dot), name = dotted.substr(dot + 1);
  const ModuleDesc* m = nullptr;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('.', start);
    std::string_view part =
        path.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!m) {
      uint32_t id = env_->Find(Namespace::Module, part);
      if (id == kNone) return kNone;
      m = &env_->modules[id];
    } else {
      const auto* ids = m->Find(Namespace::Module, part);
      if (!ids) return kNone;
      m = &env_->modules[ids->front()];
    }
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  const auto* ids = m ? m->Find(Namespace::Value, name) : nullptr;
  return ids ? ids->front() : kNone;
}

DeclId Typer::StdlibType(std::string_view name) const {
  if (env_->stdlib == kNone) return kNone;
  const auto* ids = env_->modules[env_->stdlib].Find(Namespace::Type, name);
  return ids ? ids->front() : kNone;
}

}  // namespace mlhint::typing
