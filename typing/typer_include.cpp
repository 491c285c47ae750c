// `include` in a structure (Typemod's Pstr_include): of a module path, and
// of a structure.

#include <algorithm>
#include <unordered_set>

#include "typing/module_paths.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

namespace {

// How an included module's submodule `name` is printed (`module N = P`,
// P as ShownModulePath prints it): the module it is an alias of, as its
// definition prints it (a unit's interface binds its aliases to the module
// they name), else the include's path and its name.
std::string SubmoduleAlias(const Env& env, ModuleId parent, ModuleId sub,
                           std::vector<std::string> written, const std::string& name,
                           const std::vector<std::string>& module_path) {
  const ModuleDesc& m = env.modules[sub];
  if (!m.alias_of.empty()) return m.alias_of;
  std::vector<std::string> own = env.modules[parent].path;
  own.push_back(name);
  if (!m.path.empty() && m.path != own) return ShownModulePath(m.path, module_path);
  written.push_back(name);
  return ShownModulePath(written, module_path);
}

// Whether a value, type, constructor or field of module `m` mentions a
// type of one of its submodules: printed after the include, its path would
// be the short one through the alias (`State.t`), which mlhint does not
// print.
bool MentionsSubmoduleTypes(const Env& env, TypeStore& store, const ModuleDesc& m) {
  std::unordered_set<DeclId> inside;
  for (const std::string& name : m.order[static_cast<int>(Namespace::Module)])
    for (uint32_t sub : *m.Find(Namespace::Module, name))
      for (const std::string& t : env.modules[sub].order[static_cast<int>(Namespace::Type)])
        for (uint32_t d : *env.modules[sub].Find(Namespace::Type, t)) inside.insert(d);
  if (inside.empty()) return false;
  std::vector<TypeId> types;
  auto add_all = [&](Namespace ns, auto&& types_of) {
    for (const std::string& name : m.order[static_cast<int>(ns)])
      for (uint32_t id : *m.Find(ns, name)) types_of(id);
  };
  add_all(Namespace::Value, [&](uint32_t v) { types.push_back(env.values[v].type); });
  add_all(Namespace::Type, [&](uint32_t d) {
    if (env.types[d].manifest != kNoType) types.push_back(env.types[d].manifest);
  });
  add_all(Namespace::Constructor, [&](uint32_t c) {
    types.insert(types.end(), env.constructors[c].args.begin(), env.constructors[c].args.end());
  });
  add_all(Namespace::Label, [&](uint32_t l) { types.push_back(env.labels[l].arg); });
  return std::any_of(types.begin(), types.end(), [&](TypeId t) { return Names(store, t, inside); });
}

}  // namespace

// The names an `include` of a structure or a module type brings (`m`,
// `entries` its signature): each checked against this structure's or
// signature's at the include (Signature_names.check_sig_item), then bound
// here, and part of this signature.
void Typer::BindIncluded(const ast::Item& item, const ModuleDesc& m,
                         std::vector<SigEntry>& entries) {
  for (const SigEntry& s : entries) {
    if (s.kind == OutSigItem::Kind::Type)
      CheckNewName(defined_types_, env_->types[s.decl].name, "type", item.span, true);
    else if (s.kind == OutSigItem::Kind::Exception)
      CheckNewName(defined_exceptions_, env_->constructors[s.exn].name, "extension constructor",
                   item.span, true);
    else if (s.kind == OutSigItem::Kind::Module)
      CheckNewName(defined_modules_, s.name, "module", item.span, true);
    else if (s.kind == OutSigItem::Kind::ModuleType)
      CheckNewName(defined_module_types_, s.name, "module type", item.span, true);
  }
  env_->Open(m);
  for (SigEntry& s : entries) pending_sig_.push_back(std::move(s));
}

// `include MT` in a signature (Typemod's Psig_include): MT's items, its
// types declared anew as this signature's.
void Typer::TypeSignatureInclude(const ast::Item& item) {
  std::vector<SigEntry> sig;
  std::string name;
  ModuleTypeOf(ast_->items[item.a], module_path_, sig, &name);
  Instantiation inst;
  ModuleDesc m;
  std::vector<SigEntry> entries =
      CopySignature(sig, module_path_, inst, m, item.span,
                    "include statements of a module type with modules inside");
  printer_->SetModulePath(module_path_);
  BindIncluded(item, m, entries);
}

// `include F (A)`: the application typed as a module of its own, at this
// structure's path, whose names are bound here.
void Typer::TypeIncludeApplication(const ast::Item& item) {
  std::vector<SigEntry> entries;
  auto first_type = static_cast<DeclId>(env_->types.size());
  ModuleId made = TypeUnnamedModule(ast_->items[item.b], &entries);
  if (made == kNone) RaiseSilently(item.span);
  // Its types are this structure's (the unnamed module's path ends in "").
  std::vector<std::string> unnamed = module_path_;
  unnamed.emplace_back();
  for (auto d = first_type; d < env_->types.size(); ++d)
    if (env_->types[d].qualifier == unnamed) env_->types[d].qualifier = module_path_;
  printer_->SetModulePath(module_path_);
  const ModuleDesc included = env_->modules[made];  // (binding may add modules)
  BindIncluded(item, included, entries);
}

// `include M` in a structure (Typemod's Pstr_include of a module path): M's
// components, strengthened as an alias makes them (each type t = M.t with
// M's constructors or labels), are bound here and are part of this
// structure's signature, in M's order.
//
// `include struct ... end`: the items are typed as a structure of their own
// at this structure's path (names unique in it, what it opens left inside),
// then its names are bound here and its signature is this structure's, each
// name checked against this structure's at the include
// (Signature_names.check_sig_item).
void Typer::TypeIncludeItem(const ast::Item& item) {
  if (item.flags & ast::kIncludeModuleType) {
    TypeSignatureInclude(item);
    return;
  }
  if (item.b != ast::kNone) {
    TypeIncludeApplication(item);
    return;
  }
  if (item.a == ast::kNone) {
    std::vector<SigEntry> entries;
    ModuleDesc m;
    {
      // What an `open struct` inside brings is hidden, also at the
      // toplevel's top.
      ScopedSwap<int> inside(open_structures_.depth, open_structures_.depth + 1);
      m = TypeStructure(item.list, module_path_, entries);
    }
    printer_->SetModulePath(module_path_);
    BindIncluded(item, m, entries);
    return;
  }
  // The toplevel prints the values included at its top with their values,
  // which mlhint does not evaluate.
  if (!unit_lines_.empty() && module_path_.empty())
    Raise(MakeError(DiagKind::Unsupported, item.span,
                    Text(UnsupportedText("include statements in the toplevel"))));
  const ast::LongIdent& l = ast_->longidents[item.a];
  const ModuleDesc* target = LookupModulePath(item.a, l.parts.size);
  auto target_id = static_cast<ModuleId>(target - env_->modules.data());
  if (!target->order[static_cast<int>(Namespace::ModuleType)].empty())
    Raise(MakeError(
        DiagKind::Unsupported, item.span,
        Text(UnsupportedText("include statements of a module with module types inside"))));
  // The library's root declares some modules ahead of OCaml's order (for
  // the items that use them), and Pervasives' abbreviations of its types
  // print as `type nonrec`: their includes would print another signature.
  if (target_id == env_->stdlib ||
      (target->deprecated && !target->order[static_cast<int>(Namespace::Module)].empty()))
    Raise(MakeError(DiagKind::Unsupported, item.span,
                    Text(UnsupportedText("include statements of a module with modules inside"))));
  if (MentionsSubmoduleTypes(*env_, *store_, *target))
    Raise(MakeError(DiagKind::Unsupported, item.span,
                    Text(UnsupportedText(
                        "include statements of a module whose items name its modules' types"))));
  // Its submodules are its own, aliased here (`module N = M.N`).
  std::vector<std::string> written = WrittenModulePath(*env_, *ast_, item.a, target_id);
  printer_->SetModulePath(module_path_);
  ModuleDesc included = AliasOf(target_id, module_path_);
  const std::vector<std::pair<Namespace, std::string>> sequence =
      env_->modules[target_id].sequence;  // env_->modules may grow below
  for (const auto& [ns, name] : sequence) {
    const std::vector<uint32_t>* ids = included.Find(ns, name);
    if (!ids) continue;
    uint32_t id = ids->front();
    // Constructors and labels of several types share a name: each is bound,
    // the oldest first, so that disambiguation sees them all. Of the other
    // names, the module has the latest only.
    if (ns == Namespace::Constructor || ns == Namespace::Label) {
      for (auto it = ids->rbegin(); it != ids->rend(); ++it) {
        env_->Bind(ns, name, *it);
        if (ns == Namespace::Constructor && env_->constructors[*it].is_exception) id = *it;
      }
    } else {
      env_->Bind(ns, name, id);
    }
    SigEntry s;
    s.name = name;
    s.loc = item.span;
    switch (ns) {
      case Namespace::Type:
        CheckNewName(defined_types_, name, "type", item.span, true);
        s.kind = OutSigItem::Kind::Type;
        s.decl = id;
        s.first = !env_->types[id].rec_next;
        break;
      case Namespace::Constructor:
        if (!env_->constructors[id].is_exception) continue;
        CheckNewName(defined_exceptions_, name, "extension constructor", item.span, true);
        s.kind = OutSigItem::Kind::Exception;
        s.exn = id;
        break;
      case Namespace::Module:
        CheckNewName(defined_modules_, name, "module", item.span, true);
        s.kind = OutSigItem::Kind::Module;
        s.alias = SubmoduleAlias(*env_, target_id, id, written, name, module_path_);
        break;
      case Namespace::Value:
        s.kind = OutSigItem::Kind::Value;
        s.type = env_->values[id].type;
        if (auto e = env_->externals.find(id); e != env_->externals.end()) s.external = &e->second;
        break;
      default:
        continue;
    }
    pending_sig_.push_back(std::move(s));
  }
}

}  // namespace mlhint::typing
