// The editor's session (lsp/incremental.cpp): a file checked item by item,
// so that an edit re-checks only the item it touched.

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

// ---------------------------------------------------------------- an editor's checks

bool Typer::CanRecheck() const {
  // A floating warning attribute changes the settings for the items after
  // it: an item checked alone would get the settings of the file's end.
  for (const ast::WarningAttribute& a : ast_->warning_attributes)
    if (a.kind == ast::WarningAttribute::Kind::Floating) return false;
  return options_.max_errors == 0 && !options_.signature && !WarningActive(32) && line_offset_ == 0;
}

Typer::FileOutcome Typer::CheckByItem() {
  FileOutcome file;
  struct Range {
    size_t diagnostics_end, delayed_begin, delayed_end;
  };
  std::vector<Range> ranges;
  // An interface file is typed first, as Check() does; what it says is
  // said where the interface is, not here.
  std::optional<InterfaceFile> interface;
  if (options_.interface_ast) interface = TypeInterfaceFile();
  Env::Mark start = env_->Save();
  std::vector<std::pair<Env::Mark, Env::Mark>> opened;
  item_env_marks_.clear();
  item_defined_types_.clear();
  for (uint32_t i = 0; i < ast_->structure.size; ++i) {
    item_env_marks_.push_back(env_->Save());
    item_defined_types_.push_back(defined_types_.size());
    size_t first_delayed = delayed_.size();
    int errors_before = errors_;
    ast::Id item = ast_->at(ast_->structure, i);
    CheckItem(item);
    if (ast_->items[item].kind == ast::ItemKind::Open)
      opened.emplace_back(item_env_marks_.back(), env_->Save());
    file.items.emplace_back().error = errors_ > errors_before;
    if (file.first_weak_item == i) {
      bool weak = false;
      for (Env::Mark m = item_env_marks_.back(); m < env_->Save(); ++m) {
        const Env::Binding& b = env_->BindingAt(m);
        weak |= b.ns == Namespace::Value && ctype_->HasFreeVariables(env_->values[b.id].type);
      }
      if (!weak) file.first_weak_item = i + 1;
    }
    ranges.push_back(Range{out_.diagnostics.size(), first_delayed, delayed_.size()});
  }
  item_env_marks_.push_back(env_->Save());
  size_t after_begin = out_.diagnostics.size();
  int errors_before = errors_;
  if (!out_.has_error) CheckHiddenByOpens();
  // (When an item has an error, what this says is not shown, FileOutcome.)
  if (interface)
    CheckAgainstInterface(*interface, BoundSince(start, opened));
  else
    CheckAfterItems();
  file.after_error = errors_ > errors_before;
  size_t after_end = out_.diagnostics.size();
  std::vector<size_t> delayed_ends;
  for (const Range& r : ranges) {
    for (size_t i = r.delayed_begin; i < r.delayed_end; ++i) delayed_[i]();
    delayed_ends.push_back(out_.diagnostics.size());
  }
  auto take = [this](size_t begin, size_t end, std::vector<Diagnostic>* to) {
    for (size_t i = begin; i < end; ++i) to->push_back(std::move(out_.diagnostics[i]));
  };
  size_t at = 0;
  for (size_t i = 0; i < ranges.size(); ++i) {
    take(at, ranges[i].diagnostics_end, &file.items[i].diagnostics);
    at = ranges[i].diagnostics_end;
  }
  take(after_begin, after_end, &file.after);
  at = after_end;
  for (size_t i = 0; i < ranges.size(); ++i) {
    take(at, delayed_ends[i], &file.items[i].delayed);
    at = delayed_ends[i];
  }
  out_.diagnostics.clear();
  file.refusals_said = out_.refusal_said;
  file.clashes = std::move(out_.clashes);
  out_.clashes.clear();
  return file;
}

namespace {

bool BindsValues(ast::ItemKind k) {
  return k == ast::ItemKind::Value || k == ast::ItemKind::Eval;
}

}  // namespace

std::vector<ValueId> Typer::ItemValues(size_t index) const {
  std::vector<ValueId> values;
  if (index + 1 >= item_env_marks_.size()) return values;
  for (Env::Mark m = item_env_marks_[index]; m < item_env_marks_[index + 1]; ++m)
    if (env_->BindingAt(m).ns == Namespace::Value) values.push_back(env_->BindingAt(m).id);
  return values;
}

std::optional<Typer::Rechecked> Typer::RecheckItem(size_t index, const SourceBuffer& source,
                                                   const ast::Ast& ast, ast::Id item,
                                                   const std::function<void(ItemOutcome&)>& use,
                                                   const RecheckChain* chain) {
  if (index + 1 >= item_env_marks_.size() || !CanRecheck()) return std::nullopt;
  // Items that bind values (or nothing), and with a chain to type what
  // depends on them, type declarations (which may not define a type twice,
  // and whose unused checks look at the items after them).
  ast::ItemKind was = ast_->items[ast_->at(ast_->structure, static_cast<uint32_t>(index))].kind,
                now = ast.items[item].kind;
  bool types = was == ast::ItemKind::Type && now == ast::ItemKind::Type;
  if (!(BindsValues(was) && BindsValues(now)) &&
      !(types && chain && !WarningActive(34) && !WarningActive(37) && !WarningActive(69)))
    return std::nullopt;
  Env::Mark before = item_env_marks_[index];
  size_t old_count = item_env_marks_[index + 1] - before;
  Env::Suspended later = env_->Suspend(before);
  Unit unit = NewUnit(source, ast);
  SwapUnit(unit);
  // What a checkpoint does not cover: the signature (not kept for an item
  // checked alone), and the origins noted for hints (expression ids of the
  // file's unit: this one starts afresh).
  keep_signature_ = false;
  ZeroedArray file_origins;
  file_origins.swap(origin_of_var_);

  // A type declaration sees the types defined before it.
  std::optional<ScopedSwap<DefinedNames>> defined;
  if (types) {
    DefinedNames before_it = defined_types_;
    before_it.resize(item_defined_types_[index]);
    defined.emplace(defined_types_, std::move(before_it));
  }
  // The declarations it makes go when it is done (the values it makes stay,
  // marked as rolled back).
  size_t types_before = env_->types.size(), constructors_before = env_->constructors.size(),
         labels_before = env_->labels.size();
  Checkpoint cp = Save();
  Rechecked result;
  ItemOutcome outcome = TypeItemAlone(item, &result.clash_values);

  // Its bindings against the old item's, name by name.
  Env::Suspended mine = env_->Suspend(before);
  Changed changed;
  CompareBindings(std::span(later).first(old_count), mine, &result, &changed);
  for (ValueId v : ident_values_)
    if (v != kNone) result.uses.push_back(v);
  use(outcome);
  if (chain && !result.same_types && !result.weak)
    result.dependents_typed = RetypeDependents(index, later, changed, *chain, unit);
  Rollback(cp);
  std::erase_if(applicative_types_,
                [&](const auto& entry) { return entry.second >= types_before; });
  auto truncate = [](auto& table, size_t size) { table.erase(table.begin() + size, table.end()); };
  truncate(env_->types, types_before);
  truncate(env_->constructors, constructors_before);
  truncate(env_->labels, labels_before);

  keep_signature_ = true;
  origin_of_var_.swap(file_origins);
  SwapUnit(unit);
  env_->Resume(later);
  return result;
}

void Typer::CompareBindings(std::span<const Env::Binding> before, std::span<const Env::Binding> now,
                            Rechecked* result, Changed* changed) {
  std::vector<Env::Binding> old(before.begin(), before.end()), mine(now.begin(), now.end());
  auto key = [](const Env::Binding& b) { return std::pair(b.ns, b.name); };
  auto by_name = [&](const Env::Binding& a, const Env::Binding& b) { return key(a) < key(b); };
  std::sort(old.begin(), old.end(), by_name);
  std::sort(mine.begin(), mine.end(), by_name);
  for (const std::vector<Env::Binding>* list : {&old, &mine})
    for (const Env::Binding& b : *list)
      if (b.ns == Namespace::Value && ctype_->HasFreeVariables(env_->values[b.id].type))
        result->weak = true;
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
      if (a.ns != Namespace::Value || env_->values[a.id].prim != env_->values[b.id].prim ||
          !SameScheme(env_->values[a.id].type, env_->values[b.id].type)) {
        changed->emplace_back(a, b);
        result->same_types = false;
      }
    }
  }
}

bool Typer::RetypeDependents(size_t index, const Env::Suspended& later, const Changed& changed,
                             const RecheckChain& chain, const Unit& file) {
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
        names.emplace_back(env_->NameOf(new_binding));
        continue;
      }
      now_of[key(old_binding)] = new_binding.id;
      if (old_binding.ns == Namespace::Value)
        changed_values.push_back(old_binding.id);
      else
        names.emplace_back(env_->NameOf(old_binding));
    }
  };
  note(changed);
  Env::Mark before = item_env_marks_[index];
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
    env_->Resume(part);
  };
  push_until(item_env_marks_[index + 1]);
  env_->Resume(added);
  const ast::Ast& tree = *file.ast;
  size_t last = index;
  while (std::optional<size_t> next = chain.next(last, changed_values, names)) {
    size_t d = *next;
    if (d <= last || d + 1 >= item_env_marks_.size() || d >= tree.structure.size) return false;
    ast::Id item = tree.at(tree.structure, static_cast<uint32_t>(d));
    if (!BindsValues(tree.items[item].kind)) return false;
    push_until(item_env_marks_[d]);
    Env::Mark mark = env_->Save();
    Unit unit = NewUnit(*file.source, tree);
    SwapUnit(unit);
    origin_of_var_.clear();  // expression ids of another tree
    std::vector<ValueId> clash_values;
    ItemOutcome outcome = TypeItemAlone(item, &clash_values);
    // An error on an identifier that names a value of an earlier item: a
    // hint may point at its binding.
    bool clash_on_earlier = false;
    for (ValueId v : clash_values)
      for (Env::Mark m = item_env_marks_[0]; m < mark && !clash_on_earlier; ++m)
        clash_on_earlier = env_->BindingAt(m).ns == Namespace::Value && env_->BindingAt(m).id == v;
    SwapUnit(unit);
    Env::Suspended now = env_->Suspend(mark);
    std::span<const Env::Binding> old = std::span(later).subspan(
        item_env_marks_[d] - before, item_env_marks_[d + 1] - item_env_marks_[d]);
    Rechecked compared;
    Changed fresh;
    CompareBindings(old, now, &compared, &fresh);
    if (!compared.same_names || compared.weak) return false;
    note(fresh);
    chain.use(d, outcome, clash_on_earlier);
    last = d;
  }
  return true;
}

Typer::ItemOutcome Typer::TypeItemAlone(ast::Id item, std::vector<ValueId>* clash_values) {
  size_t first_diagnostic = out_.diagnostics.size(), first_delayed = delayed_.size(),
         first_clash = out_.clashes.size();
  int errors_before = errors_;
  CheckItem(item);
  for (size_t i = first_clash; i < out_.clashes.size(); ++i)
    if (!out_.clashes[i].in_pattern && IdentValue(out_.clashes[i].node) != kNone)
      clash_values->push_back(IdentValue(out_.clashes[i].node));
  ItemOutcome outcome;
  outcome.error = errors_ > errors_before;
  // Its clashes leave the output too: they point at its diagnostics by
  // index, which the next item typed alone (a dependent) takes again.
  outcome.clashes.assign(
      std::make_move_iterator(out_.clashes.begin() + static_cast<std::ptrdiff_t>(first_clash)),
      std::make_move_iterator(out_.clashes.end()));
  out_.clashes.resize(first_clash);
  // Its unused checks run now; its diagnostics leave the output.
  size_t diagnostics_end = out_.diagnostics.size();
  for (size_t i = first_delayed; i < delayed_.size(); ++i) delayed_[i]();
  for (size_t i = first_diagnostic; i < out_.diagnostics.size(); ++i)
    (i < diagnostics_end ? outcome.diagnostics : outcome.delayed)
        .push_back(std::move(out_.diagnostics[i]));
  out_.diagnostics.resize(first_diagnostic);
  return outcome;
}

bool Typer::SameScheme(TypeId a, TypeId b) {
  std::unordered_map<TypeId, TypeId> forward, backward;
  std::unordered_set<uint64_t> seen;
  std::vector<std::pair<TypeId, TypeId>> work{{a, b}};
  // Repr expands lazy instances, whose graphs can be exponentially large:
  // past a bound, the schemes count as different (the whole file is
  // checked again, which is always right).
  for (size_t steps = 0; !work.empty(); ++steps) {
    if (steps > 1'000'000) return false;
    auto [x, y] = work.back();
    work.pop_back();
    x = store_->Repr(x);
    y = store_->Repr(y);
    if (!seen.insert(uint64_t{x} << 32 | y).second) continue;
    const TypeNode nx = store_->node(x), ny = store_->node(y);
    if (nx.tag != ny.tag) return false;
    switch (nx.tag) {
      case TypeTag::Var: {
        // A variable that is not generic may be bound by a later item.
        if (nx.level != kGenericLevel || ny.level != kGenericLevel || nx.a != ny.a) return false;
        auto [f, f_new] = forward.emplace(x, y);
        auto [g, g_new] = backward.emplace(y, x);
        if (f->second != y || g->second != x) return false;
        break;
      }
      case TypeTag::Error:
        break;
      case TypeTag::Arrow:
        if (nx.flags != ny.flags || nx.c != ny.c) return false;
        work.push_back({nx.a, ny.a});
        work.push_back({nx.b, ny.b});
        break;
      case TypeTag::Tuple:
      case TypeTag::Constr:
        if ((nx.tag == TypeTag::Constr && nx.a != ny.a) ||
            store_->child_count(x) != store_->child_count(y))
          return false;
        for (uint32_t i = 0; i < store_->child_count(x); ++i)
          work.push_back({store_->child(x, i), store_->child(y, i)});
        break;
      case TypeTag::Link:
      case TypeTag::Subst:
        return false;  // not after Repr
    }
  }
  return true;
}

}  // namespace mlhint::typing
