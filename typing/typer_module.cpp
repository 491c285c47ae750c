// Modules of the program: `module M = struct ... end` (OCaml's
// Typemod.type_structure for the body), and the name of a module whose
// definition is refused.

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

namespace {

// Sets a value for a scope and puts the old one back when it ends (also
// when a type error leaves it).
template <typename T>
class ScopedSwap {
 public:
  ScopedSwap(T& place, T value) : place_(place), saved_(std::move(place)) {
    place_ = std::move(value);
  }
  ~ScopedSwap() { place_ = std::move(saved_); }
  ScopedSwap(const ScopedSwap&) = delete;
  ScopedSwap& operator=(const ScopedSwap&) = delete;

 private:
  T& place_;
  T saved_;
};

}  // namespace

ModuleDesc Typer::TypeStructure(ast::ListRef items, const std::vector<std::string>& path,
                                std::vector<SigEntry>& entries) {
  ModuleDesc m;
  // The body is a structure of its own: its names are unique in it, its
  // types are named from inside it, its signature is its own.
  Env::Mark mark = env_->Save();
  // A floating warning attribute inside holds until the structure's end.
  struct RestoreWarnings {
    Typer& typer;
    size_t state;
    ~RestoreWarnings() {
      if (typer.warning_state_ != state) typer.SetWarningState(state);
    }
  } restore{*this, warning_state_};
  ScopedSwap<DefinedNames> types(defined_types_, {}), exceptions(defined_exceptions_, {}),
      modules(defined_modules_, {});
  ScopedSwap<std::vector<SigEntry>> pending(pending_sig_, {});
  ScopedSwap<std::vector<std::string>> inside(module_path_, path);
  // The bindings an `open` makes are not the module's.
  std::vector<std::pair<Env::Mark, Env::Mark>> opened;
  for (ast::Id sub : ListOf(items)) {
    Env::Mark before = env_->Save();
    TypeItemReporting(sub);
    if (ast_->items[sub].kind == ast::ItemKind::Open) opened.emplace_back(before, env_->Save());
  }
  size_t next_open = 0;
  for (Env::Mark b = mark; b < env_->Save(); ++b) {
    while (next_open < opened.size() && opened[next_open].second <= b) ++next_open;
    if (next_open < opened.size() && opened[next_open].first <= b) continue;
    const Env::Binding& binding = env_->BindingAt(b);
    m.Add(binding.ns, std::string(env_->NameOf(binding)), binding.id);
  }
  env_->Restore(mark);
  entries = std::move(pending_sig_);
  return m;
}

void Typer::TypeModuleItem(const ast::Item& item) {
  if (item.flags & ast::kFunctorApp) {
    TypeFunctorApplication(item);
    return;
  }
  if (item.flags & ast::kConstrained) {
    TypeConstrainedModule(item);
    return;
  }
  std::string name(source_->Slice(item.name));
  std::vector<std::string> path = module_path_;
  path.push_back(name);
  std::vector<SigEntry> entries;
  ModuleDesc m = TypeStructure(item.list, path, entries);
  m.name = name;
  m.path = path;
  BindModule(item, std::move(m), std::move(entries));
}

void Typer::BindModule(const ast::Item& item, ModuleDesc m, std::vector<SigEntry> entries) {
  printer_->SetModulePath(module_path_);
  MarkShadowed(entries, 0);
  std::string name = m.name;
  CheckNewName(defined_modules_, name, "module", item.span);
  env_->modules.push_back(std::move(m));
  env_->Bind(Namespace::Module, name, static_cast<ModuleId>(env_->modules.size() - 1));
  SigEntry s;
  s.kind = OutSigItem::Kind::Module;
  s.name = name;
  s.loc = item.span;
  s.items = std::move(entries);
  pending_sig_.push_back(std::move(s));
}

void Typer::BindRefusedModule(const ast::Item& item) {
  bool unsupported = item.kind == ast::ItemKind::Unsupported;
  bool refused = unsupported && (item.flags & ast::kRefusedModule);
  bool module_type = (unsupported && (item.flags & ast::kRefusedModuleType)) ||
                     item.kind == ast::ItemKind::ModuleType;
  bool failed =
      item.kind == ast::ItemKind::Module && (item.flags & (ast::kFunctorApp | ast::kConstrained));
  if (!refused && !failed && !module_type) return;
  ModuleDesc m;
  m.name = std::string(source_->Slice(item.name));
  m.path = module_path_;
  m.path.push_back(m.name);
  m.refused = true;
  env_->modules.push_back(std::move(m));
  env_->Bind(module_type ? Namespace::ModuleType : Namespace::Module, env_->modules.back().name,
             static_cast<ModuleId>(env_->modules.size() - 1));
}

void Typer::RaiseSilently(Span span) {
  ++silent_failures_;
  BeforeThrow();
  throw TypeErrorThrow{MakeError(DiagKind::Unsupported, span, Text("")), std::nullopt, true};
}

}  // namespace mlhint::typing
