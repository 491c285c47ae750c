// Alerts on the program's own definitions (`[@@deprecated "..."]`,
// `[@@alert kind "..."]`, `[@deprecated]` on a constructor, a field or a
// pattern's variable): made when the definition is typed, raised at each
// use as OCaml's Env.use_value, use_type, use_label... do
// (Builtin_attributes.check_alerts), shown as the alert settings say.

#include <algorithm>

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

uint32_t Typer::DefinitionAlerts(Span name, Span def) {
  if (ast_->alerts.empty()) return kNone;
  auto it = ast_->alerts.find(name.begin);
  if (it == ast_->alerts.end()) return kNone;
  // Builtin_attributes.alerts_of_attrs: one message per kind, those of a
  // kind joined in order (an empty one adds nothing), kinds in order.
  AlertSet set;
  set.def = def;
  for (const ast::Alert& a : it->second) {
    auto at =
        std::lower_bound(set.kinds.begin(), set.kinds.end(), a.kind,
                         [](const auto& k, const std::string& kind) { return k.first < kind; });
    if (at == set.kinds.end() || at->first != a.kind) {
      set.kinds.insert(at, {a.kind, a.message});
    } else if (at->second.empty()) {
      at->second = a.message;
    } else if (!a.message.empty()) {
      at->second += "\n" + a.message;
    }
  }
  env_->alert_sets.push_back(std::move(set));
  return static_cast<uint32_t>(env_->alert_sets.size() - 1);
}

void Typer::RaiseAlerts(uint32_t set, Span use, const std::string& what) {
  if (set == kNone || Stopped()) return;
  for (const auto& [kind, message] : env_->alert_sets[set].kinds)
    PushWarning(MakeAlert(kind, use, AlertText(what, message)));
}

void Typer::RaiseValueAlerts(ValueId v, Span use, const std::string& what) {
  if (env_->value_alerts.empty()) return;
  auto it = env_->value_alerts.find(v);
  if (it != env_->value_alerts.end()) RaiseAlerts(it->second, use, what);
}

void Typer::RaiseInclusionAlerts(ValueId got, const SigEntry& want, Span at) {
  if (env_->value_alerts.empty() || Stopped()) return;
  auto it = env_->value_alerts.find(got);
  if (it == env_->value_alerts.end()) return;
  const AlertSet& have = env_->alert_sets[it->second];
  const AlertSet* kept = want.alerts != kNone ? &env_->alert_sets[want.alerts] : nullptr;
  for (const auto& alert : have.kinds) {
    const std::string& kind = alert.first;
    const std::string& message = alert.second;
    if (kept && std::any_of(kept->kinds.begin(), kept->kinds.end(),
                            [&kind](const auto& k) { return k.first == kind; }))
      continue;
    // The definition and the signature, located: in the toplevel they may
    // be in earlier phrases, quoted from their own text and numbered from
    // their phrase's first line.
    Diagnostic d = MakeAlert(kind, at, AlertText(want.name, message));
    for (auto [span, text] :
         {std::pair{have.def, "Definition"}, {want.loc, "Expected signature"}}) {
      Child c;
      c.span = span;
      c.text = Text(text);
      if (const ToplevelUnit* phrase = PhraseOf(unit_lines_, *source_, span))
        c.quoted_from = Child::Elsewhere{phrase->source, phrase->line_offset};
      d.children.push_back(std::move(c));
    }
    PushWarning(std::move(d));
  }
}

}  // namespace mlhint::typing
