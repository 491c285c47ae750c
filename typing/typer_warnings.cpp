// Warning attributes: `[@warning "..."]` on an expression, `[@@warning
// "..."]` on a binding or an item, `[@@@warning "..."]` for the rest of a
// structure (OCaml's Builtin_attributes.warning_scope and
// warning_attribute), and the delayed checks that run with the settings
// of where they were made.

#include "lexer/literals.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

void Typer::AddDelayed(std::function<void()> check) {
  if (warning_states_.size() == 1) {  // no attribute changed the settings yet
    delayed_.push_back(std::move(check));
    return;
  }
  delayed_.push_back([this, state = warning_state_, check = std::move(check)] {
    size_t now = warning_state_;
    if (now != state) SetWarningState(state);
    check();
    if (now != state) SetWarningState(now);
  });
}

void Typer::SetWarningState(size_t state) {
  warning_state_ = state;
  options_.warnings = warning_states_[state];
}

void Typer::ApplyWarningAttribute(const ast::WarningAttribute& a) {
  if (a.payload.size() == 0) return;
  std::string spec = DecodeStringLiteral(source_->Slice(a.payload));
  // Warnings.parse_opt's alert on unsigned letters, at the attribute.
  if (std::optional<std::string> alert = DeprecatedLettersAlert(spec))
    PushWarning(MakeAlert("ocaml_deprecated_cli", a.span, std::move(*alert)));
  WarningSettings changed = options_.warnings;
  bool ok = a.warn_error ? changed.ApplyWarnError(spec) : changed.Apply(spec);
  if (!ok) return;
  // A delayed check made before this one keeps its own settings: the first
  // change makes the checks made so far run with the first state.
  if (warning_states_.size() == 1) {
    std::vector<std::function<void()>> made = std::move(delayed_);
    delayed_.clear();
    warning_states_.push_back(changed);
    for (auto& check : made)
      delayed_.push_back([this, check = std::move(check)] {
        size_t now = warning_state_;
        if (now != 0) SetWarningState(0);
        check();
        if (now != 0) SetWarningState(now);
      });
  } else {
    warning_states_.push_back(changed);
  }
  SetWarningState(warning_states_.size() - 1);
}

Typer::WarningScope::WarningScope(Typer& typer, On on, ast::Id id) : typer_(typer) {
  const std::vector<ast::WarningAttribute>& attributes = typer.ast_->warning_attributes;
  if (attributes.empty()) return;
  if (on == On::Expr && !(typer.ast_->exprs[id].flags & ast::kWarningScope)) return;
  for (const ast::WarningAttribute& a : attributes) {
    ast::Id target = on == On::Expr ? a.expr : on == On::Binding ? a.binding : a.item;
    if (target != id) continue;
    if (saved_ == SIZE_MAX) saved_ = typer.warning_state_;
    typer.ApplyWarningAttribute(a);
  }
}

Typer::WarningScope::~WarningScope() {
  if (saved_ != SIZE_MAX) typer_.SetWarningState(saved_);
}

}  // namespace mlhint::typing
