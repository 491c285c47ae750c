// The editor's item-by-item check and the places its items are typed again
// in (itemwise.h).

#include "typing/itemwise.h"

#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

bool ItemwiseCheck::CanTypeAlone() const {
  const Typer& t = typer_;
  // A floating warning attribute changes the settings for the items after
  // it: an item checked alone would get the settings of the file's end.
  for (const ast::WarningAttribute& a : t.ast_->warning_attributes)
    if (a.kind == ast::WarningAttribute::Kind::Floating) return false;
  return t.options_.max_errors == 0 && !t.options_.signature && !t.WarningActive(32) &&
         t.line_offset_ == 0;
}

bool ItemwiseCheck::CanTypeDeclarationsAlone() const {
  return !typer_.WarningActive(34) && !typer_.WarningActive(37) && !typer_.WarningActive(69);
}

FileOutcome ItemwiseCheck::CheckFile() {
  Typer& t = typer_;
  file_source_ = t.source_;
  file_ast_ = t.ast_;
  FileOutcome file;
  struct Range {
    size_t diagnostics_end, delayed_begin, delayed_end;
  };
  std::vector<Range> ranges;
  // An interface file is typed first, as Check() does; what it says is
  // said where the interface is, not here.
  std::optional<InterfaceFile> interface;
  if (t.options_.interface_ast) interface = t.TypeInterfaceFile();
  Env::Mark start = t.env_->Save();
  std::vector<std::pair<Env::Mark, Env::Mark>> opened;
  marks_.clear();
  defined_types_before_.clear();
  names_unknown_before_.clear();
  for (uint32_t i = 0; i < t.ast_->structure.size; ++i) {
    marks_.push_back(t.env_->Save());
    defined_types_before_.push_back(t.defined_types_.size());
    names_unknown_before_.push_back(t.names_unknown_);
    size_t first_delayed = t.delayed_.size();
    int errors_before = t.errors_;
    ast::Id item = t.ast_->at(t.ast_->structure, i);
    t.CheckItem(item);
    if (t.ast_->items[item].kind == ast::ItemKind::Open)
      opened.emplace_back(marks_.back(), t.env_->Save());
    file.items.emplace_back().error = t.errors_ > errors_before;
    if (file.first_weak_item == i) {
      bool weak = false;
      for (Env::Mark m = marks_.back(); m < t.env_->Save(); ++m) weak |= Weak(t.env_->BindingAt(m));
      if (!weak) file.first_weak_item = i + 1;
    }
    ranges.push_back(Range{t.out_.diagnostics.size(), first_delayed, t.delayed_.size()});
  }
  marks_.push_back(t.env_->Save());
  size_t after_begin = t.out_.diagnostics.size();
  int errors_before = t.errors_;
  if (!t.out_.has_error) t.CheckHiddenByOpens();
  // (When an item has an error, what this says is not shown, FileOutcome.)
  if (interface)
    t.CheckAgainstInterface(*interface, t.BoundSince(start, opened));
  else
    t.CheckAfterItems();
  file.after_error = t.errors_ > errors_before;
  size_t after_end = t.out_.diagnostics.size();
  std::vector<size_t> delayed_ends;
  for (const Range& r : ranges) {
    for (size_t i = r.delayed_begin; i < r.delayed_end; ++i) t.delayed_[i]();
    delayed_ends.push_back(t.out_.diagnostics.size());
  }
  auto take = [&t](size_t begin, size_t end, std::vector<Diagnostic>* to) {
    for (size_t i = begin; i < end; ++i) to->push_back(std::move(t.out_.diagnostics[i]));
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
  t.out_.diagnostics.clear();
  file.refusals_said = t.out_.refusal_said;
  file.clashes = std::move(t.out_.clashes);
  t.out_.clashes.clear();
  return file;
}

ast::ItemKind ItemwiseCheck::KindOf(size_t index) const {
  return file_ast_->items[file_ast_->at(file_ast_->structure, static_cast<uint32_t>(index))].kind;
}

std::vector<ValueId> ItemwiseCheck::ItemValues(size_t index) const {
  std::vector<ValueId> values;
  if (index + 1 >= marks_.size()) return values;
  for (Env::Mark m = marks_[index]; m < marks_[index + 1]; ++m)
    if (typer_.env_->BindingAt(m).ns == Namespace::Value)
      values.push_back(typer_.env_->BindingAt(m).id);
  return values;
}

std::string ItemwiseCheck::NameOf(const Env::Binding& b) const {
  return std::string(typer_.env_->NameOf(b));
}

bool ItemwiseCheck::Weak(const Env::Binding& b) const {
  return b.ns == Namespace::Value &&
         typer_.ctype_->HasFreeVariables(typer_.env_->values[b.id].type);
}

bool ItemwiseCheck::BoundBefore(ValueId v, Env::Mark until) const {
  for (Env::Mark m = marks_.empty() ? until : marks_[0]; m < until; ++m)
    if (typer_.env_->BindingAt(m).ns == Namespace::Value && typer_.env_->BindingAt(m).id == v)
      return true;
  return false;
}

namespace {

// Whether two schemes are the same, variables renamed.
bool SameScheme(TypeStore& store, TypeId a, TypeId b) {
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
    x = store.Repr(x);
    y = store.Repr(y);
    if (!seen.insert(uint64_t{x} << 32 | y).second) continue;
    const TypeNode nx = store.node(x), ny = store.node(y);
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
            store.child_count(x) != store.child_count(y))
          return false;
        for (uint32_t i = 0; i < store.child_count(x); ++i)
          work.push_back({store.child(x, i), store.child(y, i)});
        break;
      case TypeTag::Link:
      case TypeTag::Subst:
        return false;  // not after Repr
      case TypeTag::Variant:
      case TypeTag::Field:
        return false;  // rows are not compared: the item is checked again
    }
  }
  return true;
}

}  // namespace

bool ItemwiseCheck::SameValue(const Env::Binding& a, const Env::Binding& b) {
  const Env& env = *typer_.env_;
  return a.ns == Namespace::Value && b.ns == Namespace::Value &&
         env.values[a.id].prim == env.values[b.id].prim &&
         SameScheme(*typer_.store_, env.values[a.id].type, env.values[b.id].type);
}

// ---------------------------------------------------------------- a place

ItemwiseCheck::Place::Place(ItemwiseCheck& check, size_t index, const SourceBuffer& source,
                            const ast::Ast& ast, bool declarations)
    : check_(check), typer_(check.typer_) {
  Typer& t = typer_;
  later_ = t.env_->Suspend(check.marks_[index]);
  unit_ = Typer::NewUnit(source, ast);
  t.SwapUnit(unit_);
  // What a checkpoint does not cover: the signature (not kept for an item
  // typed alone), and the origins noted for hints (expression ids of the
  // file's unit: this one starts afresh).
  t.keep_signature_ = false;
  file_origins_.swap(t.origin_of_var_);
  file_names_unknown_ = std::exchange(t.names_unknown_, check.names_unknown_before_[index]);
  // A type declaration sees the types defined before it.
  if (declarations) {
    DefinedNames before_it = t.defined_types_;
    before_it.resize(check.defined_types_before_[index]);
    file_defined_types_.emplace(std::exchange(t.defined_types_, std::move(before_it)));
  }
  // The declarations it makes go when it is done (the values it makes stay,
  // marked as rolled back).
  types_before_ = t.env_->types.size();
  constructors_before_ = t.env_->constructors.size();
  labels_before_ = t.env_->labels.size();
  checkpoint_ = t.Save();
}

ItemwiseCheck::Place::~Place() {
  Typer& t = typer_;
  t.Rollback(checkpoint_);
  std::erase_if(t.applicative_types_,
                [&](const auto& entry) { return entry.second >= types_before_; });
  auto truncate = [](auto& table, size_t size) { table.erase(table.begin() + size, table.end()); };
  truncate(t.env_->types, types_before_);
  truncate(t.env_->constructors, constructors_before_);
  truncate(t.env_->labels, labels_before_);
  t.keep_signature_ = true;
  t.origin_of_var_.swap(file_origins_);
  t.names_unknown_ = file_names_unknown_;
  t.SwapUnit(unit_);
  t.env_->Resume(later_);
  if (file_defined_types_) t.defined_types_ = std::move(*file_defined_types_);
}

ItemOutcome ItemwiseCheck::Place::Type(ast::Id item, std::vector<ValueId>* clash_values) {
  Typer& t = typer_;
  size_t first_diagnostic = t.out_.diagnostics.size(), first_delayed = t.delayed_.size(),
         first_clash = t.out_.clashes.size();
  int errors_before = t.errors_;
  t.CheckItem(item);
  for (size_t i = first_clash; i < t.out_.clashes.size(); ++i)
    if (!t.out_.clashes[i].in_pattern && t.IdentValue(t.out_.clashes[i].node) != kNone)
      clash_values->push_back(t.IdentValue(t.out_.clashes[i].node));
  ItemOutcome outcome;
  outcome.error = t.errors_ > errors_before;
  // Its clashes leave the output too: they point at its diagnostics by
  // index, which the next item typed alone (a dependent) takes again.
  outcome.clashes.assign(
      std::make_move_iterator(t.out_.clashes.begin() + static_cast<std::ptrdiff_t>(first_clash)),
      std::make_move_iterator(t.out_.clashes.end()));
  t.out_.clashes.resize(first_clash);
  // Its unused checks run now; its diagnostics leave the output.
  size_t diagnostics_end = t.out_.diagnostics.size();
  for (size_t i = first_delayed; i < t.delayed_.size(); ++i) t.delayed_[i]();
  for (size_t i = first_diagnostic; i < t.out_.diagnostics.size(); ++i)
    (i < diagnostics_end ? outcome.diagnostics : outcome.delayed)
        .push_back(std::move(t.out_.diagnostics[i]));
  t.out_.diagnostics.resize(first_diagnostic);
  return outcome;
}

std::vector<ValueId> ItemwiseCheck::Place::Uses() const {
  std::vector<ValueId> uses;
  for (ValueId v : typer_.ident_values_)
    if (v != kNone) uses.push_back(v);
  return uses;
}

ItemOutcome ItemwiseCheck::Place::TypeFileItem(size_t index, std::vector<ValueId>* clash_values) {
  Typer& t = typer_;
  const ast::Ast& tree = *check_.file_ast_;
  Unit unit = Typer::NewUnit(*check_.file_source_, tree);
  t.SwapUnit(unit);
  t.origin_of_var_.clear();  // expression ids of another tree
  ItemOutcome outcome = Type(tree.at(tree.structure, static_cast<uint32_t>(index)), clash_values);
  t.SwapUnit(unit);
  return outcome;
}

Env::Mark ItemwiseCheck::Place::Save() const {
  return typer_.env_->Save();
}

Env::Suspended ItemwiseCheck::Place::Suspend(Env::Mark from) {
  return typer_.env_->Suspend(from);
}

void ItemwiseCheck::Place::Resume(const Env::Suspended& bindings) {
  typer_.env_->Resume(bindings);
}

}  // namespace mlhint::typing
