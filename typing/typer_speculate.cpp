// Speculation for the stage that reviews an item's errors: a checkpoint of
// the checker, rolled back or committed, and the re-typing of an item as if
// edited.

#include "support/format.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

// ---------------------------------------------------------------- speculation

Typer::Checkpoint Typer::Save() {
  Checkpoint cp;
  cp.store = store_->TakeSnapshot();
  cp.env = env_->Save();
  cp.values = env_->values.size();
  cp.types = env_->types.size();
  cp.constructors = env_->constructors.size();
  cp.diagnostics = out_.diagnostics.size();
  cp.clashes = out_.clashes.size();
  cp.delayed = delayed_.size();
  cp.usages = usages_.size();
  cp.value_usage = value_usage_.size();
  cp.value_rec_group = value_rec_group_.size();
  cp.rec_bindings = rec_bindings_.size();
  cp.rec_group_state = rec_group_state_.size();
  cp.group_some_used = group_some_used_.size();
  cp.defined_types = defined_types_.size();
  cp.defined_exceptions = defined_exceptions_.size();
  cp.refused_reported = refused_reported_.size();
  cp.ppwarnings_said = ppwarnings_said_.size();
  cp.defined_modules = defined_modules_.size();
  cp.usage_undo = usage_undo_.size();
  cp.group_undo = group_undo_.size();
  cp.has_error = out_.has_error;
  cp.warning_error = out_.warning_error;
  cp.errors = errors_;
  cp.next_rec_group = next_rec_group_;
  cp.match_budget = match_budget_;
  cp.warning_state = warning_state_;
  cp.levels = ctype_->SaveLevels();
  cp.weak_names = printer_->SaveWeakNames();
  ++checkpoints_;
  return cp;
}

void Typer::Rollback(Checkpoint& cp, bool keep_types) {
  if (keep_types)
    store_->Commit(cp.store);
  else
    store_->Backtrack(cp.store);
  env_->Restore(cp.env);
  out_.diagnostics.resize(cp.diagnostics);
  out_.clashes.resize(cp.clashes);
  delayed_.resize(cp.delayed);
  // Uses of older values recorded since the checkpoint are forgotten.
  for (size_t i = cp.usage_undo; i < usage_undo_.size(); ++i)
    if (static_cast<size_t>(usage_undo_[i]) < cp.usages)
      usages_[static_cast<size_t>(usage_undo_[i])].used = false;
  for (size_t i = cp.group_undo; i < group_undo_.size(); ++i)
    if (static_cast<size_t>(group_undo_[i]) < cp.group_some_used)
      group_some_used_[static_cast<size_t>(group_undo_[i])] = false;
  usage_undo_.resize(cp.usage_undo);
  group_undo_.resize(cp.group_undo);
  usages_.resize(cp.usages);
  // The values made since stay in the environment's table (nothing refers
  // to them any more, but ids must stay valid): their tracking is reset,
  // not removed, so that these vectors keep the table's size.
  for (size_t v = cp.value_usage; v < value_usage_.size(); ++v) value_usage_[v] = -1;
  // Nor are they what the program defines where they were made: a search
  // by place (the editor's "what is bound here") must skip them. (Their
  // place stays, for the hints read after the rollback.)
  for (size_t v = cp.values; v < env_->values.size(); ++v) env_->values[v].rolled_back = true;
  for (size_t t = cp.types; t < env_->types.size(); ++t) env_->types[t].rolled_back = true;
  for (size_t c = cp.constructors; c < env_->constructors.size(); ++c)
    env_->constructors[c].rolled_back = true;
  for (size_t v = cp.value_rec_group; v < value_rec_group_.size(); ++v) value_rec_group_[v] = -1;
  rec_bindings_.resize(cp.rec_bindings);
  rec_group_state_.resize(cp.rec_group_state);
  group_some_used_.resize(cp.group_some_used);
  defined_types_.resize(cp.defined_types);
  defined_exceptions_.resize(cp.defined_exceptions);
  refused_reported_.resize(cp.refused_reported);
  ppwarnings_said_.resize(cp.ppwarnings_said);
  defined_modules_.resize(cp.defined_modules);
  out_.has_error = cp.has_error;
  out_.warning_error = cp.warning_error;
  errors_ = cp.errors;
  next_rec_group_ = cp.next_rec_group;
  match_budget_ = cp.match_budget;
  if (warning_state_ != cp.warning_state) SetWarningState(cp.warning_state);
  ctype_->RestoreLevels(cp.levels);
  printer_->RestoreWeakNames(std::move(cp.weak_names));
  pending_sig_.clear();
  --checkpoints_;
}

void Typer::Commit(Checkpoint& cp) {
  store_->Commit(cp.store);
  if (--checkpoints_ == 0) {
    usage_undo_.clear();
    group_undo_.clear();
  }
}

Typer::Checkpoint Typer::BeginSpeculation(const SourceBuffer& source, const ast::Ast& tree,
                                          Unit* unit) {
  *unit = NewUnit(source, tree);
  SwapUnit(*unit);
  Checkpoint cp = Save();
  ++speculating_;
  for (uint32_t i = 0; i < tree.structure.size; ++i) TypeItemReporting(tree.at(tree.structure, i));
  --speculating_;
  return cp;
}

void Typer::EndSpeculation(Checkpoint& cp, Unit& unit, bool keep_types) {
  Rollback(cp, keep_types);
  SwapUnit(unit);
}

std::optional<Typer::Speculation> Typer::Speculate(const SourceBuffer& source, const ast::Ast& tree,
                                                   const std::vector<Span>& probes) {
  if (!reviewed_item_) return std::nullopt;
  Unit unit;
  Checkpoint cp = BeginSpeculation(source, tree, &unit);
  Speculation result;
  for (size_t i = cp.diagnostics; i < out_.diagnostics.size(); ++i) {
    const Diagnostic& d = out_.diagnostics[i];
    if (d.severity == Severity::Error && d.span) result.errors.push_back(*d.span);
  }
  for (const Span& probe : probes) {
    std::string printed;
    // The largest typed expression inside that span (the parentheses
    // around an expression may or may not be part of its span).
    ast::Id best = ast::kNone;
    for (ast::Id e = 0; e < tree.exprs.size(); ++e) {
      Span s = tree.exprs[e].span;
      if (s.begin < probe.begin || s.end > probe.end || ExprType(e) == kNoType) continue;
      if (best == ast::kNone || s.size() > tree.exprs[best].span.size()) best = e;
    }
    if (best != ast::kNone) {
      TypeId t = ExprType(best);
      std::string out;
      {
        fmt::Formatter ppf(out);
        PrintOutType(ppf, printer_->TreeFresh(t));
        ppf.print_flush();
      }
      printed = std::move(out);
    }
    result.probe_types.push_back(std::move(printed));
  }
  EndSpeculation(cp, unit, /*keep_types=*/false);
  return result;
}

}  // namespace mlhint::typing
