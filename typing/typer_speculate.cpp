// Speculation for the stage that reviews an item's errors: a checkpoint of
// the checker, rolled back or committed, and the re-typing of an item as if
// edited.

#include "support/format.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

namespace {
template <class Table>
void MarkRolledBack(Table& table, uint64_t from) {
  for (size_t i = static_cast<size_t>(from); i < table.size(); ++i) table[i].rolled_back = true;
}
}  // namespace

// ---------------------------------------------------------------- speculation

// The tables and counters a structure item can change, registered once:
// those that only grow are cut back; the per-value tables keep the size of
// the environment's table of values (ids must stay valid), their entries
// past the mark reset.
void Typer::TrackUndoable() {
  undo_.TrackSize(out_.diagnostics);
  undo_.TrackSize(out_.clashes);
  undo_.TrackSize(delayed_);
  undo_.TrackSize(usages_);
  undo_.TrackSize(rec_bindings_);
  undo_.TrackSize(rec_group_state_);
  undo_.TrackSize(group_some_used_);
  undo_.TrackSize(defined_types_);
  undo_.TrackSize(defined_exceptions_);
  undo_.TrackSize(defined_modules_);
  undo_.TrackSize(defined_module_types_);
  undo_.TrackSize(refused_reported_);
  undo_.TrackSize(ppwarnings_said_);
  undo_.TrackSize(open_structures_.hidden);
  undo_.TrackSize(package_decls_);
  undo_.TrackValue(out_.has_error);
  undo_.TrackValue(out_.warning_error);
  undo_.TrackValue(errors_);
  undo_.TrackValue(next_rec_group_);
  undo_.TrackValue(match_budget_);
  for (std::vector<int32_t>* per_value : {&value_usage_, &value_rec_group_})
    undo_.Track([per_value] { return per_value->size(); },
                [per_value](uint64_t n) {
                  for (size_t v = static_cast<size_t>(n); v < per_value->size(); ++v)
                    (*per_value)[v] = -1;
                });
  // The values, types and constructors made since stay in the environment's
  // tables, but they are not what the program defines where they were made:
  // a search by place (the editor's "what is bound here") must skip them.
  // (Their place stays, for the hints read after the rollback.)
  undo_.Track([this] { return env_->values.size(); },
              [this](uint64_t n) { MarkRolledBack(env_->values, n); });
  undo_.Track([this] { return env_->types.size(); },
              [this](uint64_t n) { MarkRolledBack(env_->types, n); });
  undo_.Track([this] { return env_->constructors.size(); },
              [this](uint64_t n) { MarkRolledBack(env_->constructors, n); });
  undo_.Track([this] { return warning_state_; },
              [this](uint64_t state) {
                if (warning_state_ != state) SetWarningState(state);
              });
}

Checkpoint Typer::Save() {
  Checkpoint cp;
  cp.store = store_->TakeSnapshot();
  cp.env = env_->Save();
  cp.tables = undo_.Begin();
  cp.levels = ctype_->SaveLevels();
  cp.weak_names = printer_->SaveWeakNames();
  return cp;
}

void Typer::Rollback(Checkpoint& cp, bool keep_types) {
  if (keep_types)
    store_->Commit(cp.store);
  else
    store_->Backtrack(cp.store);
  env_->Restore(cp.env);
  undo_.Undo(cp.tables);
  ctype_->RestoreLevels(cp.levels);
  printer_->RestoreWeakNames(std::move(cp.weak_names));
  pending_sig_.clear();
}

void Typer::Commit(Checkpoint& cp) {
  store_->Commit(cp.store);
  undo_.Commit(cp.tables);
}

Checkpoint Typer::BeginSpeculation(const SourceBuffer& source, const ast::Ast& tree, Unit* unit) {
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
  size_t first_diagnostic = out_.diagnostics.size();
  Checkpoint cp = BeginSpeculation(source, tree, &unit);
  Speculation result;
  for (size_t i = first_diagnostic; i < out_.diagnostics.size(); ++i) {
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
