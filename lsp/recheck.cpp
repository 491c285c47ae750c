// An edited item typed again in its place, and the later items that depend
// on it (recheck.h).

#include "lsp/recheck.h"

#include <algorithm>
#include <span>
#include <unordered_map>
#include <utility>

namespace mlhint::lsp {

using typing::Env;
using typing::ItemOutcome;
using typing::ItemwiseCheck;
using typing::kNone;
using typing::Namespace;
using typing::ValueId;

namespace {

bool BindsValues(ast::ItemKind k) {
  return k == ast::ItemKind::Value || k == ast::ItemKind::Eval;
}

// An item's bindings before and now, by name (old, new; id kNone where one
// lacks it).
using Changed = std::vector<std::pair<Env::Binding, Env::Binding>>;

void CompareBindings(ItemwiseCheck& items, std::span<const Env::Binding> before,
                     std::span<const Env::Binding> now, Rechecked* result, Changed* changed) {
  std::vector<Env::Binding> old(before.begin(), before.end()), mine(now.begin(), now.end());
  auto key = [](const Env::Binding& b) { return std::pair(b.ns, b.name); };
  auto by_name = [&](const Env::Binding& a, const Env::Binding& b) { return key(a) < key(b); };
  std::sort(old.begin(), old.end(), by_name);
  std::sort(mine.begin(), mine.end(), by_name);
  for (const std::vector<Env::Binding>* list : {&old, &mine})
    for (const Env::Binding& b : *list) result->weak |= items.Weak(b);
  result->same_names = result->same_types = true;
  const Env::Binding none{0, Namespace::Value, kNone, kNone};
  size_t i = 0, k = 0;
  while (i < old.size() || k < mine.size()) {
    if (k == mine.size() || (i < old.size() && key(old[i]) < key(mine[k]))) {
      changed->emplace_back(old[i++], none);  // no more
      result->same_names = result->same_types = false;
    } else if (i == old.size() || key(mine[k]) < key(old[i])) {
      changed->emplace_back(none, mine[k++]);  // new
      result->same_names = result->same_types = false;
    } else {
      const Env::Binding &a = old[i++], &b = mine[k++];
      // A type, constructor or field declared again is another one.
      if (!items.SameValue(a, b)) {
        changed->emplace_back(a, b);
        result->same_types = false;
      }
    }
  }
}

// Types again the later items `chain` names, in `place` (of item `index`)
// whose own bindings have been set aside; false when one cannot be.
bool RetypeDependents(ItemwiseCheck& items, ItemwiseCheck::Place& place, size_t index,
                      const Changed& changed, const RecheckChain& chain) {
  // The old binding (namespace, id) of each that changed -> its new id
  // (kNone when the name is no longer bound), the bindings added, and what
  // the chain is told: the old values changed, and the names to look for
  // (those bound anew, and those of types, constructors and fields
  // declared again: their uses are not tracked).
  auto key = [](const Env::Binding& b) { return uint64_t{b.id} << 8 | static_cast<uint8_t>(b.ns); };
  std::unordered_map<uint64_t, uint32_t> now_of;
  std::vector<ValueId> changed_values;
  std::vector<std::string> names;
  Env::Suspended added;
  auto note = [&](const Changed& pairs) {
    for (const auto& [old_binding, new_binding] : pairs) {
      if (old_binding.id == kNone) {
        added.push_back(new_binding);
        names.emplace_back(items.NameOf(new_binding));
        continue;
      }
      now_of[key(old_binding)] = new_binding.id;
      if (old_binding.ns == Namespace::Value)
        changed_values.push_back(old_binding.id);
      else
        names.emplace_back(items.NameOf(old_binding));
    }
  };
  note(changed);
  const Env::Suspended& later = place.later();
  Env::Mark before = items.MarkBefore(index);
  // The file's bindings from `before` on are back in the environment up to
  // `pushed`, each changed one with its new value, and the added ones
  // after the edited item's.
  size_t pushed = 0;
  auto push_until = [&](Env::Mark mark) {
    Env::Suspended part;
    for (; pushed < mark - before; ++pushed) {
      Env::Binding b = later[pushed];
      if (auto it = now_of.find(key(b)); it != now_of.end()) {
        if (it->second == kNone) continue;
        b.id = it->second;
      }
      part.push_back(b);
    }
    place.Resume(part);
  };
  push_until(items.MarkBefore(index + 1));
  place.Resume(added);
  size_t last = index;
  while (std::optional<size_t> next = chain.next(last, changed_values, names)) {
    size_t d = *next;
    if (d <= last || d >= items.items() || !BindsValues(items.KindOf(d))) return false;
    push_until(items.MarkBefore(d));
    Env::Mark mark = place.Save();
    std::vector<ValueId> clash_values;
    ItemOutcome outcome = place.TypeFileItem(d, &clash_values);
    // An error on an identifier that names a value of an earlier item: a
    // hint may point at its binding.
    bool clash_on_earlier = std::any_of(clash_values.begin(), clash_values.end(),
                                        [&](ValueId v) { return items.BoundBefore(v, mark); });
    Env::Suspended now = place.Suspend(mark);
    std::span<const Env::Binding> old = std::span(later).subspan(
        items.MarkBefore(d) - before, items.MarkBefore(d + 1) - items.MarkBefore(d));
    Rechecked compared;
    Changed fresh;
    CompareBindings(items, old, now, &compared, &fresh);
    if (!compared.same_names || compared.weak) return false;
    note(fresh);
    chain.use(d, outcome, clash_on_earlier);
    last = d;
  }
  return true;
}

}  // namespace

std::optional<Rechecked> RecheckItem(ItemwiseCheck& items, size_t index, const SourceBuffer& source,
                                     const ast::Ast& ast, ast::Id item,
                                     const std::function<void(ItemOutcome&)>& use,
                                     const RecheckChain* chain) {
  if (index >= items.items() || !items.CanTypeAlone()) return std::nullopt;
  // Items that bind values (or nothing), and with a chain to type what
  // depends on them, type declarations (which may not define a type twice,
  // and whose unused checks look at the items after them).
  ast::ItemKind was = items.KindOf(index), now = ast.items[item].kind;
  bool types = was == ast::ItemKind::Type && now == ast::ItemKind::Type;
  if (!(BindsValues(was) && BindsValues(now)) &&
      !(types && chain && items.CanTypeDeclarationsAlone()))
    return std::nullopt;
  ItemwiseCheck::Place place(items, index, source, ast, types);
  Rechecked result;
  ItemOutcome outcome = place.Type(item, &result.clash_values);

  // Its bindings against the old item's, name by name.
  Env::Mark before = items.MarkBefore(index);
  Env::Suspended mine = place.Suspend(before);
  Changed changed;
  CompareBindings(items, std::span(place.later()).first(items.MarkBefore(index + 1) - before), mine,
                  &result, &changed);
  result.uses = place.Uses();
  use(outcome);
  if (chain && !result.same_types && !result.weak)
    result.dependents_typed = RetypeDependents(items, place, index, changed, *chain);
  return result;
}

}  // namespace mlhint::lsp
