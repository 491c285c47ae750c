#include "typing/prelude.h"

#include <functional>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "parser/parse.h"
#include "support/source.h"
#include "typing/prelude_loader.h"

namespace mlhint::embedded {
extern const char kPredefMli[];
extern const size_t kPredefMli_size;
extern const char kStdlibMli[];
extern const size_t kStdlibMli_size;
}  // namespace mlhint::embedded

namespace mlhint::typing {

using prelude_loader::Loader;

Prelude::Prelude(const std::vector<bool>* loaded)
    : store_(std::make_unique<TypeStore>()), env_(std::make_unique<Env>()) {
  Loader loader(*store_, *env_);
  std::string_view predef(embedded::kPredefMli, embedded::kPredefMli_size);
  std::string_view stdlib(embedded::kStdlibMli, embedded::kStdlibMli_size);
  std::string kept;
  std::unordered_set<std::string_view> unloaded;
  if (loaded) {
    kept = LeaveOut(*loaded, &unloaded);
    stdlib = kept;
    loader.Unloaded(&unloaded);
  }
  // The abstract predefined types whose parameter is covariant.
  error_ = loader.Load("predef.mli", predef, nullptr);
  if (!error_.empty()) return;
  loader.FindPredef();
  if (env_->predef.lazy_t_ != kNone) {
    env_->types[env_->predef.lazy_t_].predef_covariant = true;
    ComputeVariance(*store_, *env_, env_->predef.lazy_t_);
  }
  ModuleDesc stdlib_module;
  stdlib_module.name = "Stdlib";
  stdlib_module.path = {"Stdlib"};
  env_->modules.push_back(std::move(stdlib_module));
  env_->stdlib = static_cast<ModuleId>(env_->modules.size() - 1);
  error_ = loader.Load("stdlib.mli", stdlib, &env_->modules[env_->stdlib]);
  if (!error_.empty()) return;
  env_->Bind(Namespace::Module, "Stdlib", env_->stdlib);
  env_->Open(env_->modules[env_->stdlib]);
}

std::unique_ptr<Prelude> Prelude::WithOpen(const Prelude& base, const std::string& path,
                                           std::string* error) {
  const Env& env = *base.env_;
  const ModuleDesc* m = nullptr;
  size_t start = 0;
  while (start <= path.size()) {
    size_t dot = path.find('.', start);
    std::string part =
        path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    const std::vector<uint32_t>* ids = nullptr;
    uint32_t id = kNone;
    if (!m) {
      id = env.Find(Namespace::Module, part);
    } else if ((ids = m->Find(Namespace::Module, part))) {
      id = ids->front();
    }
    if (id == kNone) {
      *error = "Unbound module " + path;
      return nullptr;
    }
    m = &env.modules[id];
    if (m->outside_subset || m->refused || !m->functor_param_type.empty()) {
      *error = "The module " + path.substr(0, dot) + " is not supported by mlhint";
      return nullptr;
    }
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  std::unique_ptr<Prelude> opened(new Prelude(base));
  opened->env_->Open(opened->env_->modules[static_cast<ModuleId>(m - env.modules.data())]);
  return opened;
}

Prelude::Prelude(const Prelude& base)
    : store_(std::make_unique<TypeStore>(*base.store_)),
      env_(std::make_unique<Env>(*base.env_)),
      error_(base.error_) {}

std::unique_ptr<Prelude> Prelude::WithUnits(const Prelude& base, const std::vector<Unit>& units,
                                            std::string* error) {
  std::unique_ptr<Prelude> out(new Prelude(base));
  Env& env = *out->env_;
  auto bind_unreadable = [&](const std::string& name, bool refused) {
    ModuleDesc m;
    m.name = name;
    m.path = {name};
    m.refused = refused;
    m.outside_subset = !refused;
    env.modules.push_back(std::move(m));
    env.Bind(Namespace::Module, name, static_cast<ModuleId>(env.modules.size() - 1));
  };
  for (const Unit& unit : units) {
    if (unit.refused) {
      bind_unreadable(unit.name, true);
      continue;
    }
    // A unit named like a module of the standard library hides it, as a
    // unit in ocamlc's load path hides the module of the opened Stdlib.
    Loader loader(*out->store_, env);
    loader.EmptyMeansOutside(false);
    std::string text = "module " + unit.name + " : sig\n" + unit.interface + "\nend\n";
    std::string problem = loader.Load(unit.name, text, nullptr);
    if (problem.empty()) continue;
    // What the reader of signatures does not take (an object type): the
    // unit is a module outside the subset, said once where it is used. (A
    // module whose signature fails to load is not bound; what it left in
    // the tables is reached by no name.)
    if (error && error->empty()) *error = problem;
    bind_unreadable(unit.name, false);
  }
  return out;
}

const Prelude& Prelude::Get() {
  static const Prelude* prelude = new Prelude(nullptr);
  return *prelude;
}

}  // namespace mlhint::typing
