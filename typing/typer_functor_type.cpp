// Functors' module types: `module type F = functor (X : S) -> T`
// (Typemod's Pmty_functor: each parameter a module of its module type's
// items, bound for the next ones and for T), a functor constrained to one,
// `module M : F = functor (X : S) -> struct ... end` (Includemod.functors:
// the parameters, then the body against T), and an application constrained
// to a module type, `module N : T = M (A)`.
//
// A functor is checked against its module type when its parameters are
// of the module type's parameters' named module types, which is how
// programs write them; other shapes are refused.

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

bool Typer::NamesFunctorType(const ast::Item& mt) const {
  if (mt.flags & ast::kFunctorType) return true;
  if (!(mt.flags & ast::kModuleTypePath)) return false;
  const ast::LongIdent& l = ast_->longidents[mt.a];
  if (l.parts.size != 1) return false;
  ModuleId id = env_->Find(Namespace::ModuleType, ast_->names[l.parts.begin]);
  return id != kNone && env_->modules[id].functor != nullptr;
}

// The functor's module type `mt` (written, typed as the module type `path`,
// or named: its name in `name`); nullptr if `mt` names another module type.
std::shared_ptr<FunctorInfo> Typer::FunctorTypeOf(const ast::Item& mt,
                                                  const std::vector<std::string>& path,
                                                  std::string* name) {
  if (mt.flags & ast::kModuleTypePath) {
    ModuleId id = LookupModuleType(mt.a);
    if (!env_->modules[id].functor) return nullptr;
    *name = ast_->FullName(mt.a);
    return std::make_shared<FunctorInfo>(*env_->modules[id].functor);
  }
  if (!(mt.flags & ast::kFunctorType)) return nullptr;
  auto info = std::make_shared<FunctorInfo>();
  Env::Mark mark = env_->Save();
  try {
    for (ast::Id p = mt.a; p != ast::kNone; p = ast_->items[p].b) {
      info->params.push_back(TypeFunctorParam(ast_->items[p]));
      const FunctorInfo::Param& param = info->params.back();
      WarnUnusedModuleLater(67, param.module, ast_->items[p].name, param.name);
    }
    ModuleDesc result = ModuleTypeOf(ast_->items[mt.b], path, info->body, &info->result_name);
    info->result_path = result.path.empty() ? path : result.path;
  } catch (...) {
    env_->Restore(mark);
    throw;
  }
  env_->Restore(mark);
  printer_->SetModulePath(module_path_);
  return info;
}

void Typer::TypeTypedFunctor(const ast::Item& item) {
  auto refuse = [&](const std::string& what) {
    Raise(MakeError(DiagKind::Unsupported, item.body, Text(UnsupportedText(what))));
  };
  std::vector<std::string> path = module_path_;
  path.emplace_back(source_->Slice(item.name));
  std::string type_name;
  std::shared_ptr<FunctorInfo> typed = FunctorTypeOf(ast_->items[item.b], path, &type_name);
  if (!typed) refuse("functors constrained to a module type that is not a functor's");
  size_t i = 0;
  for (ast::Id p = item.a; p != ast::kNone; p = ast_->items[p].b, ++i) {
    const ast::Item& param = ast_->items[p];
    bool same = i < typed->params.size() && (param.flags & ast::kModuleTypePath) &&
                !typed->params[i].mty_name.empty() &&
                ast_->FullName(param.a) == typed->params[i].mty_name;
    if (!same)
      refuse("functors whose parameters are not of their module type's parameters' module types");
  }
  if (i != typed->params.size())
    refuse("functors whose parameters are not of their module type's parameters' module types");
  TypeFunctorDefinition(item, typed, type_name);
}

void Typer::TypeConstrainedApplication(const ast::Item& item) {
  std::vector<std::string> path = module_path_;
  path.emplace_back(source_->Slice(item.name));
  std::vector<SigEntry> applied_entries;
  ModuleId applied = TypeUnnamedModule(ast_->items[item.a], &applied_entries);
  if (applied == kNone) RaiseSilently(item.span);
  std::vector<SigEntry> entries;
  std::string sig_name;
  // (A copy: typing the module type may add modules.)
  const ModuleDesc got = env_->modules[applied];
  ModuleDesc m = ConstrainModule(item, got, nullptr, path, entries, &sig_name);
  BindModule(item, std::move(m), std::move(entries));
  if (!sig_name.empty()) pending_sig_.back().mty_name = sig_name;
}

}  // namespace mlhint::typing
