// Names: the lookups of values, types, constructors, labels and module
// paths in the environment (OCaml's Env.lookup_* and Typetexp's), with
// OCaml's errors for an unbound name and their spelling suggestions.

#include <span>

#include <algorithm>

#include "support/format.h"
#include "support/large_stack.h"
#include "typing/prelude.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {
// ---------------------------------------------------------------- names

namespace {

// The parts of a longident, in place in the tree.
std::span<const std::string_view> PartsOf(const ast::Ast& ast, ast::Id longident) {
  const ast::LongIdent& l = ast.longidents[longident];
  return std::span<const std::string_view>(ast.names.data() + l.parts.begin, l.parts.size);
}

std::string JoinParts(std::span<const std::string_view> parts, size_t count) {
  std::string out;
  for (size_t i = 0; i < count; ++i) {
    if (i) out += '.';
    out += parts[i];
  }
  return out;
}

// Longident printing: operators in parentheses ("( + )" -> "+" is printed
// as OCaml's Printtyp.longident prints: the name as is).
std::string LongidentText(std::span<const std::string_view> parts) {
  return JoinParts(parts, parts.size());
}

}  // namespace

void Typer::OpenModule(ast::Id longident) {
  const ast::LongIdent& l = ast_->longidents[longident];
  env_->Open(*LookupModulePath(longident, l.parts.size));
}

ModuleId Typer::ModuleAtPath(ast::Id longident, bool use) {
  uint32_t size = ast_->longidents[longident].parts.size;
  std::string_view last = ast_->LastName(longident);
  if (size == 1) {
    uint32_t id = env_->Find(Namespace::Module, last);
    if (use && id != kNone) env_->modules[id].used = true;
    return id;
  }
  const auto* ids = LookupModulePath(longident, size - 1, use)->Find(Namespace::Module, last);
  return ids ? ids->front() : kNone;
}

void Typer::RaiseModuleNotSupported(const ModuleDesc* m, const std::string& path, Span span) {
  auto id = static_cast<ModuleId>(m - env_->modules.data());
  bool said = m->refused || std::find(refused_reported_.begin(), refused_reported_.end(), id) !=
                                refused_reported_.end();
  if (said) RaiseSilently(span);
  refused_reported_.push_back(id);
  Raise(MakeError(DiagKind::Unsupported, span,
                  Text("The module " + path + " is not supported by mlhint")));
}

// A name that a unit of the library declared only in part does not hold
// (ModuleDesc::partial) is one the subset leaves out: the unit is not
// supported, said as a module outside the subset is.
void Typer::RefuseMissingInPartial(const ModuleDesc* m,
                                   std::span<const std::string_view> module_parts, Span span) {
  if (m->partial) RaiseModuleNotSupported(m, JoinParts(module_parts, module_parts.size()), span);
}

const ModuleDesc* Typer::LookupModulePath(ast::Id longident, uint32_t count, bool use) {
  std::span<const std::string_view> parts = PartsOf(*ast_, longident);
  const ast::LongIdent& l = ast_->longidents[longident];
  const ModuleDesc* m = nullptr;
  for (uint32_t i = 0; i < count; ++i) {
    const ModuleDesc* next = nullptr;
    if (i == 0) {
      uint32_t id = env_->Find(Namespace::Module, parts[0]);
      if (id != kNone) {
        env_->modules[id].used = true;
        next = &env_->modules[id];
      }
    } else if (const auto* ids = m->Find(Namespace::Module, parts[i])) {
      next = &env_->modules[ids->front()];
    }
    if (!next) {
      if (i == 0 && names_unknown_) RaiseSilently(l.span);
      if (i > 0) RefuseMissingInPartial(m, parts.first(i), l.span);
      // OCaml names the module path up to the missing module, located on
      // the whole longident (Lst.map).
      std::string name = JoinParts(parts, i + 1);
      // Env.report_lookup_error: a module type of that name is said
      // instead of a spelling.
      if (i == 0 && env_->Find(Namespace::ModuleType, parts[0]) != kNone)
        Raise(MakeError(DiagKind::UnboundModule, l.span,
                        WrongNamespaceText("Unbound module " + name, "a module type", name,
                                           "module types are not modules")));
      std::vector<std::string> choices =
          i == 0 ? SpellcheckNames(Namespace::Module, parts[i])
                 : SpellcheckAmong(m->order[static_cast<int>(Namespace::Module)], parts[i]);
      Raise(UnboundError(DiagKind::UnboundModule, l.span, Text("Unbound module " + name), parts[i],
                         choices));
    }
    m = next;
    // A functor has no components (Env's Functor_used_as_structure).
    if (m->functor)
      Raise(MakeError(DiagKind::UnboundModule, l.span,
                      Text("The module " + JoinParts(parts, i + 1) +
                           " is a functor, it cannot have any components")));
    // What is outside the subset is said once, as not supported: a module
    // of the program refused where it is defined, one of the prelude at its
    // first use. Its other uses are abandoned without a word.
    if (m->refused || m->outside_subset || !m->functor_param_type.empty())
      RaiseModuleNotSupported(m, JoinParts(parts, i + 1), l.span);
    // Env.use_module: a deprecated module is said at each lookup through it.
    if (use && m->deprecated && !Stopped()) {
      std::string path;
      for (const std::string& p : m->path) path += (path.empty() ? "" : ".") + p;
      PushWarning(MakeAlert("deprecated", l.span, AlertText("module " + path, *m->deprecated)));
    }
    if (use && m->alerts != kNone)
      RaiseAlerts(m->alerts, l.span, "module " + JoinParts(parts, i + 1));
  }
  return m;
}

bool Typer::SpendSpellBudget(size_t candidates) {
  if (static_cast<int64_t>(candidates) > spell_budget_) {
    spell_budget_ = 0;
    return false;
  }
  spell_budget_ -= static_cast<int64_t>(candidates);
  return true;
}

std::vector<std::string> Typer::SpellcheckNames(Namespace ns, std::string_view name) {
  if (!SpendSpellBudget(env_->NameCount(ns))) return {};
  Spellchecker speller(name);
  env_->ForEachName(ns, [&](std::string_view candidate) { speller.Consider(candidate); });
  return speller.Choices();
}

std::vector<std::string> Typer::SpellcheckAmong(const std::vector<std::string>& candidates,
                                                std::string_view name) {
  if (!SpendSpellBudget(candidates.size())) return {};
  Spellchecker speller(name);
  for (const std::string& c : candidates) speller.Consider(c);
  return speller.Choices();
}

// "MESSAGE@.@[Hint: There is KIND named NAME, but WHY@]".
Doc WrongNamespaceText(std::string message, std::string kind, std::string name, std::string why) {
  return [=](fmt::Formatter& ppf) {
    ppf.print_string(message);
    // "@." closes every box and starts a line at the left margin.
    ppf.print_flush();
    ppf.force_newline();
    ppf.open_box(0);
    ppf.print_string("Hint: There is " + kind + " named " + name + ", but " + why);
    ppf.close_box();
  };
}

Diagnostic Typer::UnboundError(DiagKind kind, Span span, Doc message, std::string_view typo,
                               const std::vector<std::string>& choices) {
  Diagnostic d = MakeError(kind, span, WithSpellcheck(std::move(message), choices));
  AddSpellingFixes(d, typo, choices);
  return d;
}

void Typer::AddSpellingFixes(Diagnostic& d, std::string_view typo,
                             const std::vector<std::string>& choices) const {
  // The edit needs the misspelt name's place in the source (a name made by
  // desugaring has none).
  std::string_view text = source_->text();
  if (typo.empty() || typo.data() < text.data() ||
      typo.data() + typo.size() > text.data() + text.size())
    return;
  auto begin = static_cast<uint32_t>(typo.data() - text.data());
  Span where{begin, begin + static_cast<uint32_t>(typo.size())};
  for (const std::string& choice : choices) {
    Child c;
    c.role = Child::Role::Hint;
    c.text = Text("Hint: Did you mean " + choice + "?");
    c.hint_id = "spelling";
    // A guess: the name is bound, but maybe not the one meant.
    c.fix = FixIt{{Edit{where, choice}}, Applicability::MaybeIncorrect};
    c.in_message = true;
    d.children.push_back(std::move(c));
  }
}

// Env.check_value_name: an operator (a name that does not start with an
// identifier character) may not hold '#' after its first character: `##`
// and `!-#` are reserved for extensions of the syntax.
void Typer::CheckValueName(std::string_view name, Span loc) {
  auto identchar = [](unsigned char c) {  // Lexer's identchar, Latin-1 letters included
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '\'' ||
           (c >= '0' && c <= '9') || (c >= 192 && c != 215 && c != 247);
  };
  if (name.empty() || identchar(static_cast<unsigned char>(name[0]))) return;
  if (name.find('#', 1) != std::string_view::npos)
    Raise(MakeError(DiagKind::IllegalValueName, loc,
                    Text("'" + std::string(name) + "' is not a valid value identifier.")));
}

ValueId Typer::LookupValue(ast::Id longident) {
  std::span<const std::string_view> parts = PartsOf(*ast_, longident);
  const ast::LongIdent& l = ast_->longidents[longident];
  std::string_view name = parts.back();
  CheckValueName(name, l.span);
  if (parts.size() == 1) {
    uint32_t id = env_->Find(Namespace::Value, name);
    if (id != kNone) return id;
    if (names_unknown_) RaiseSilently(l.span);
    std::vector<std::string> choices = SpellcheckNames(Namespace::Value, name);
    Diagnostic unbound = UnboundError(DiagKind::UnboundValue, l.span,
                                      Text("Unbound value " + std::string(name)), name, choices);
    Doc message = std::move(unbound.message);
    // A function that calls itself without `rec`: OCaml's hint.
    bool mentions_line = false;
    for (auto it = ghost_recs_.rbegin(); it != ghost_recs_.rend(); ++it) {
      if (it->name != name) continue;
      int64_t line = static_cast<int64_t>(source_->Locate(it->let_loc.begin).line) + line_offset_;
      message = [message, line](fmt::Formatter& ppf) {
        message(ppf);
        // "@.@[%s@ %s %i@]": a flush, a newline, then the hint.
        ppf.print_newline();
        ppf.open_box(0);
        ppf.print_string("Hint: If this is a recursive definition,");
        ppf.print_space();
        ppf.print_string("you should add the 'rec' keyword on line " + std::to_string(line));
        ppf.close_box();
      };
      mentions_line = true;
      // Its fix-it: `let` becomes `let rec` (kept only if clean).
      std::string_view text = source_->text();
      if (it->let_loc.begin + 3 <= text.size() && text.substr(it->let_loc.begin, 3) == "let") {
        Child c;
        c.role = Child::Role::Hint;
        c.in_message = true;
        c.hint_id = "missing-rec";
        c.text = Text(
            "Hint: If this is a recursive definition, you should add the 'rec' keyword on line " +
            std::to_string(line));
        c.fix = FixIt{{Edit{Span{it->let_loc.begin + 3, it->let_loc.begin + 3}, " rec"}},
                      Applicability::MachineApplicable};
        unbound.children.insert(unbound.children.begin(), std::move(c));
      }
      break;
    }
    unbound.message = std::move(message);
    unbound.mentions_line = mentions_line;
    Raise(std::move(unbound));
  }
  const ModuleDesc* m = LookupModulePath(longident, static_cast<uint32_t>(parts.size() - 1));
  if (const auto* ids = m->Find(Namespace::Value, name)) return ids->front();
  RefuseMissingInPartial(m, parts.first(parts.size() - 1), l.span);
  std::vector<std::string> choices =
      SpellcheckAmong(m->order[static_cast<int>(Namespace::Value)], name);
  Raise(UnboundError(DiagKind::UnboundValue, l.span, Text("Unbound value " + LongidentText(parts)),
                     name, choices));
}

DeclId Typer::LookupType(ast::Id longident) {
  std::span<const std::string_view> parts = PartsOf(*ast_, longident);
  const ast::LongIdent& l = ast_->longidents[longident];
  std::string_view name = parts.back();
  if (auto app = ast_->applied_paths.find(longident); app != ast_->applied_paths.end()) {
    // `F(A).t` (Typetexp's Papply): the application, typed as an unnamed
    // module, names the type. An application that fails (OCaml's "Modules
    // do not match" of a path) is refused, as is `F(A).M.t`.
    auto refuse = [&](const char* what) {
      Raise(MakeError(DiagKind::Unsupported, l.span, Text(UnsupportedText(what))));
    };
    if (app->second.item == ast::kNone) refuse("type paths through nested functor applications");
    if (parts.size() != app->second.functor_parts + 1)
      refuse("type paths through a module of a functor's application");
    auto first_type = static_cast<DeclId>(env_->types.size());
    ModuleId made = kNone;
    try {
      made = TypeUnnamedModule(ast_->items[app->second.item], nullptr);
    } catch (TypeErrorThrow& failed) {
      // What is refused is said as itself (or was said already).
      if (failed.silent || failed.diagnostic.kind == DiagKind::Unsupported) throw;
      refuse("type paths through a functor's application that fails");
    }
    const auto* ids = made == kNone ? nullptr : env_->modules[made].Find(Namespace::Type, name);
    if (!ids || !NameTypesByApplication(*env_, *store_, env_->modules[made], first_type))
      refuse("type paths through a functor's application");
    return ids->front();
  }
  if (parts.size() == 1) {
    uint32_t id = env_->Find(Namespace::Type, name);
    if (id != kNone && env_->types[id].refused) RaiseSilently(l.span);
    if (id != kNone) return id;
    if (names_unknown_) RaiseSilently(l.span);
    Raise(UnboundError(DiagKind::UnboundType, l.span,
                       Text("Unbound type constructor " + std::string(name)), name,
                       SpellcheckNames(Namespace::Type, name)));
  }
  const ModuleDesc* m = LookupModulePath(longident, static_cast<uint32_t>(parts.size() - 1));
  if (const auto* ids = m->Find(Namespace::Type, name)) return ids->front();
  RefuseMissingInPartial(m, parts.first(parts.size() - 1), l.span);
  Raise(UnboundError(DiagKind::UnboundType, l.span,
                     Text("Unbound type constructor " + LongidentText(parts)), name,
                     SpellcheckAmong(m->order[static_cast<int>(Namespace::Type)], name)));
}

std::vector<ConstrId> Typer::LookupAllConstructors(ast::Id longident, bool in_pattern) {
  (void)in_pattern;
  std::span<const std::string_view> parts = PartsOf(*ast_, longident);
  const ast::LongIdent& l = ast_->longidents[longident];
  std::string_view name = parts.back();
  if (parts.size() == 1) {
    std::vector<ConstrId> all = env_->FindAll(Namespace::Constructor, name);
    if (!all.empty() && env_->constructors[all.front()].refused) RaiseSilently(l.span);
    if (!all.empty()) return all;
    if (names_unknown_) RaiseSilently(l.span);
    Raise(UnboundError(DiagKind::UnboundConstructor, l.span,
                       Text("Unbound constructor " + std::string(name)), name,
                       SpellcheckNames(Namespace::Constructor, name)));
  }
  const ModuleDesc* m = LookupModulePath(longident, static_cast<uint32_t>(parts.size() - 1));
  if (const auto* ids = m->Find(Namespace::Constructor, name)) return *ids;
  RefuseMissingInPartial(m, parts.first(parts.size() - 1), l.span);
  Raise(UnboundError(DiagKind::UnboundConstructor, l.span,
                     Text("Unbound constructor " + LongidentText(parts)), name,
                     SpellcheckAmong(m->order[static_cast<int>(Namespace::Constructor)], name)));
}

std::vector<LabelId> Typer::LookupAllLabels(ast::Id longident) {
  std::span<const std::string_view> parts = PartsOf(*ast_, longident);
  const ast::LongIdent& l = ast_->longidents[longident];
  std::string_view name = parts.back();
  if (parts.size() == 1) {
    std::vector<LabelId> all = env_->FindAll(Namespace::Label, name);
    if (!all.empty()) return all;
    if (names_unknown_) RaiseSilently(l.span);
    Raise(UnboundError(DiagKind::UnboundLabel, l.span,
                       Text("Unbound record field " + std::string(name)), name,
                       SpellcheckNames(Namespace::Label, name)));
  }
  const ModuleDesc* m = LookupModulePath(longident, static_cast<uint32_t>(parts.size() - 1));
  if (const auto* ids = m->Find(Namespace::Label, name)) return *ids;
  RefuseMissingInPartial(m, parts.first(parts.size() - 1), l.span);
  Raise(UnboundError(DiagKind::UnboundLabel, l.span,
                     Text("Unbound record field " + LongidentText(parts)), name,
                     SpellcheckAmong(m->order[static_cast<int>(Namespace::Label)], name)));
}

}  // namespace mlhint::typing
