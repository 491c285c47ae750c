// Warning attributes: `[@warning "..."]` on an expression, `[@@warning
// "..."]` on a binding or an item, `[@@@warning "..."]` for the rest of a
// structure (OCaml's Builtin_attributes.warning_scope and
// warning_attribute), and the delayed checks that run with the settings
// of where they were made.

#include <algorithm>

#include "lexer/literals.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

void Typer::AddDelayed(std::function<void()> check) {
  if (warning_states_.size() == 1) {  // no attribute changed the settings yet
    delayed_.push_back(std::move(check));
    return;
  }
  delayed_.push_back(InWarningState(warning_state_, std::move(check)));
}

std::function<void()> Typer::InWarningState(size_t state, std::function<void()> check) {
  return [this, state, check = std::move(check)] {
    size_t now = warning_state_;
    if (now != state) SetWarningState(state);
    check();
    if (now != state) SetWarningState(now);
  };
}

void Typer::SetWarningState(size_t state) {
  warning_state_ = state;
  options_.warnings = warning_states_[state];
}

void Typer::ApplyWarningAttribute(const ast::WarningAttribute& a) {
  if (a.ppwarning) {
    // Said once, where its scope is first entered (OCaml enters some
    // scopes again with ~ppwarning:false).
    std::pair<uint64_t, uint32_t> key{ast_->serial, a.span.begin};
    if (a.payload.size() == 0 ||
        std::find(ppwarnings_said_.begin(), ppwarnings_said_.end(), key) != ppwarnings_said_.end())
      return;
    ppwarnings_said_.push_back(key);
    Warn(22, a.payload, DecodeStringLiteral(source_->Slice(a.payload)));
    return;
  }
  if (!a.payload_error.empty()) Warn(47, a.span, a.payload_error);
  if (a.payload.size() == 0) return;
  std::string spec = DecodeStringLiteral(source_->Slice(a.payload));
  // Warnings.parse_opt's alert on unsigned letters, at the attribute.
  // (Not past --max-errors, where ocamlc would have stopped.)
  if (std::optional<std::string> alert = DeprecatedLettersAlert(spec);
      !a.alert && alert && !Stopped())
    PushWarning(MakeAlert("ocaml_deprecated_cli", a.span, std::move(*alert)));
  WarningSettings changed = options_.warnings;
  bool ok = a.alert        ? changed.ApplyAlerts(spec, true) || !a.payload_error.empty()
            : a.warn_error ? changed.ApplyWarnError(spec)
                           : changed.Apply(spec);
  if (!ok) return;
  // A scope entered again from the same settings makes the same ones.
  if (warning_states_.size() > 1 && warning_states_.back() == changed) {
    SetWarningState(warning_states_.size() - 1);
    return;
  }
  // A delayed check made before this one keeps its own settings: the first
  // change makes the checks made so far run with the first state.
  if (warning_states_.size() == 1) {
    std::vector<std::function<void()>> made = std::move(delayed_);
    delayed_.clear();
    warning_states_.push_back(changed);
    for (auto& check : made) delayed_.push_back(InWarningState(0, std::move(check)));
  } else {
    warning_states_.push_back(changed);
  }
  SetWarningState(warning_states_.size() - 1);
}

WarningScope::WarningScope(Typer& typer, On on, ast::Id id) : typer_(typer) {
  const ast::Ast& tree = *typer.ast_;
  if (tree.warning_attributes.empty()) return;
  if (on == On::Expr && !(tree.exprs[id].flags & ast::kWarningScope)) return;
  const auto& of = on == On::Expr          ? tree.expr_warnings
                   : on == On::Binding     ? tree.binding_warnings
                   : on == On::Type        ? tree.type_warnings
                   : on == On::Pat         ? tree.pat_warnings
                   : on == On::Constructor ? tree.constructor_warnings
                   : on == On::Label       ? tree.label_warnings
                   : on == On::TypeDecl    ? tree.type_decl_warnings
                                           : tree.item_warnings;
  if (of.empty()) return;
  auto it = of.find(id);
  if (it == of.end()) return;
  saved_ = typer.warning_state_;
  // The last one first (Builtin_attributes.warning_scope: List.rev).
  for (size_t i = it->second.size(); i-- > 0;)
    typer.ApplyWarningAttribute(tree.warning_attributes[it->second[i]]);
}

WarningScope::~WarningScope() {
  if (saved_ != SIZE_MAX) typer_.SetWarningState(saved_);
}

}  // namespace mlhint::typing
