// Modules of the program: `module M = struct ... end` (OCaml's
// Typemod.type_structure for the body), and the name of a module whose
// definition is refused.

#include "typing/module_paths.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

namespace {

// Does the generic type `t` name one of the declarations `inst` replaces?
bool Mentions(TypeStore& ts, const Instantiation& inst, TypeId t) {
  t = ts.Repr(t);
  const TypeNode n = ts.node(t);
  if (n.tag == TypeTag::Constr && inst.decls.count(n.a)) return true;
  for (uint32_t i = 0; i < ts.child_count(t); ++i)
    if (Mentions(ts, inst, ts.child(t, i))) return true;
  return false;
}

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
  // What the opens of this structure hide is this structure's to check.
  ScopedSwap<std::vector<HiddenByOpen>> hidden(open_structures_.hidden, {});
  ScopedSwap<DefinedNames> types(defined_types_, {}), exceptions(defined_exceptions_, {}),
      modules(defined_modules_, {}), module_types(defined_module_types_, {});
  ScopedSwap<std::vector<SigEntry>> pending(pending_sig_, {});
  ScopedSwap<std::vector<std::string>> inside(module_path_, path);
  ScopedSwap<std::shared_ptr<LatestValues>> latest(toplevel_values_,
                                                   std::make_shared<LatestValues>());
  // (What an include of this structure leaves unknown, for its rest only.)
  const bool unknown_before = names_unknown_;
  ScopedSwap<bool> unknown(names_unknown_, unknown_before);
  // The bindings an `open` makes are not the module's.
  std::vector<std::pair<Env::Mark, Env::Mark>> opened;
  // An `include` that failed (reported, or refused) leaves the names it
  // would have brought unknown: the module is then one refused, whose uses
  // are not errors again (not an "Unbound value" at each of those names),
  // and the items after it see the included module's names as if opened.
  bool include_failed = false;
  for (ast::Id sub : ListOf(items)) {
    Env::Mark before = env_->Save();
    bool failed = TypeItemReporting(sub);
    const ast::Item& it = ast_->items[sub];
    if (it.kind == ast::ItemKind::Open) opened.emplace_back(before, env_->Save());
    if (!failed || it.kind != ast::ItemKind::Include) continue;
    include_failed = true;
    if (it.a == ast::kNone || (it.flags & ast::kIncludeModuleType) ||
        ast_->longidents[it.a].parts.size != 1)
      continue;
    uint32_t target = env_->Find(Namespace::Module, ast_->LastName(it.a));
    if (target == kNone || env_->modules[target].refused || env_->modules[target].outside_subset ||
        env_->modules[target].functor)
      continue;
    names_unknown_ = unknown_before;
    Env::Mark open_start = env_->Save();
    env_->Open(env_->modules[target]);
    opened.emplace_back(open_start, env_->Save());
  }
  m = BoundSince(mark, opened);
  m.refused = include_failed;
  env_->Restore(mark);
  entries = std::move(pending_sig_);
  if (const HiddenByOpen* shown =
          HiddenInSignature(*store_, *env_, entries, open_structures_.hidden))
    Raise(MakeError(DiagKind::Unsupported, shown->open, Text(HiddenShownText())));
  return m;
}

ModuleDesc Typer::BoundSince(Env::Mark mark,
                             const std::vector<std::pair<Env::Mark, Env::Mark>>& opened) const {
  ModuleDesc m;
  size_t next_open = 0;
  for (Env::Mark b = mark; b < env_->Save(); ++b) {
    while (next_open < opened.size() && opened[next_open].second <= b) ++next_open;
    if (next_open < opened.size() && opened[next_open].first <= b) continue;
    const Env::Binding& binding = env_->BindingAt(b);
    m.Add(binding.ns, std::string(env_->NameOf(binding)), binding.id);
  }
  return m;
}

void Typer::TypeModuleItem(const ast::Item& item) {
  if (item.flags & ast::kFunctorTyped) {
    TypeTypedFunctor(item);
    return;
  }
  if (item.flags & ast::kFunctor) {
    TypeFunctorDefinition(item);
    return;
  }
  if (item.flags & ast::kConstrainedApp) {
    TypeConstrainedApplication(item);
    return;
  }
  if (item.flags & ast::kFunctorApp) {
    TypeFunctorApplication(item);
    return;
  }
  if (item.flags & ast::kConstrained) {
    TypeConstrainedModule(item);
    return;
  }
  if (item.flags & ast::kModuleAlias) {
    TypeModuleAlias(item);
    return;
  }
  if (item.flags & ast::kUnpackModule) {
    Packages{*this}.TypeUnpackModule(item);
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

// Env.check_usage of a module as it is bound (warning 60 for a local module
// or a functor's parameter, 67 for a parameter of a functor type): a
// delayed check, said with the others at the end (after warning 70), in
// the order the modules were bound.
void Typer::WarnUnusedModuleLater(int warning, ModuleId module, Span loc, const std::string& name) {
  if (!WarningActive(warning) || name.empty() || name[0] == '_') return;
  AddDelayed([this, warning, module, loc, name] {
    if (env_->modules[module].used) return;
    Warn(warning, loc,
         (warning == 67 ? "unused functor parameter " : "unused module ") + name + ".");
  });
}

// The types made since `first_type` by a module typed one level deeper
// (a `let module`'s, a packed module's) are local to that level: their
// scope is the current level. But for the abstract types of an
// application of an outer functor to an outer module's path (those of
// the modules before `first_module`), which that path names outside
// (`Map.Make(Int).t`, applicative_types_).
void Typer::ScopeLocalTypes(DeclId first_type, ModuleId first_module) {
  std::unordered_set<DeclId> applicative;
  for (const auto& [key, decl] : applicative_types_)
    if (decl >= first_type && key[0] < first_module && key[1] < first_module)
      applicative.insert(decl);
  for (auto d = first_type; d < env_->types.size(); ++d)
    if (!applicative.count(d)) env_->types[d].scope = ctype_->current_level();
}

// Typecore's Pexp_letmodule: the module is typed one level deeper and
// bound for the body only; its definitions are not the file's (no
// signature entry, no clash with the structure's module names), and the
// type variables named around it are still the same after it
// (Typetexp.narrow/widen). Its types are scoped at that level: one that
// the body's type or an outer variable would take escapes, which OCaml
// reports with a message mlhint does not print: it is refused.
TypeId Typer::TypeLetModule(ast::Id e, Expected expected) {
  const ast::Expr& x = ast_->exprs[e];
  const ast::Item& item = ast_->items[x.a];
  Ctype& ct = *ctype_;
  if (item.kind == ast::ItemKind::Unsupported) {
    const ast::UnsupportedConstruct& u = ast_->unsupported[item.a];
    Raise(UnsupportedError(u));
  }
  Ctype::DefScope level(ct);
  Env::Mark mark = env_->Save();
  auto first_type = static_cast<DeclId>(env_->types.size());
  auto first_module = static_cast<ModuleId>(env_->modules.size());
  {
    ScopedSwap<std::unordered_map<std::string, TypeId>> variables(type_variables_, type_variables_);
    ScopedSwap<int32_t> global_level(global_level_, global_level_);
    ScopedSwap<int> depth(depth_, depth_);
    ScopedSwap<std::vector<ValueId>> origin_open(origin_open_, origin_open_);
    ScopedSwap<size_t> scanned(origin_scanned_, origin_scanned_),
        item_values(origin_item_values_, origin_item_values_), work(origin_work_, origin_work_);
    ScopedSwap<DefinedNames> modules(defined_modules_, {}), module_types(defined_module_types_, {});
    ScopedSwap<std::vector<SigEntry>> pending(pending_sig_, {});
    ScopedSwap<std::vector<std::string>> path(module_path_, {});
    ScopedSwap<bool> local(local_structure_, true);
    TypeModuleItem(item);
  }
  // `let open struct ... end in e`: the module, unnamed, is opened.
  if (x.flags & ast::kOpenModule) {
    uint32_t opened = env_->Find(Namespace::Module, source_->Slice(item.name));
    if (opened != kNone) env_->Open(env_->modules[opened]);
  } else {
    // (Before the body is typed, as Typecore binds the module.)
    std::string name(source_->Slice(item.name));
    uint32_t bound = env_->Find(Namespace::Module, name);
    if (bound != kNone) WarnUnusedModuleLater(60, bound, item.name, name);
  }
  printer_->SetModulePath(module_path_);
  ScopeLocalTypes(first_type, first_module);
  TypeId body;
  {
    Ctype::ScopeWatch watch(ct);
    body = TypeExpect(x.b, expected);
    env_->Restore(mark);
    level.End();
    // Typecore unifies the body's type with a variable of the level
    // outside: its types of the module are expanded or escape.
    ct.UpdateLevel(ct.current_level(), body);
    if (ct.TakeEscape())
      Raise(MakeError(DiagKind::Unsupported, x.span,
                      Text(UnsupportedText("local modules whose types escape their scope"))));
  }
  return body;
}

// The Module item `app` (an application, a constrained module) typed as an
// unnamed module, for an open or a type path: its module (kNone if it bound
// none) and, with `entries`, its signature's entries. The environment is
// left as before, also when the typing fails: the unnamed module is no name
// of the program.
ModuleId Typer::TypeUnnamedModule(const ast::Item& app, std::vector<SigEntry>* entries) {
  Env::Mark mark = env_->Save();
  try {
    ScopedSwap<DefinedNames> modules(defined_modules_, {}), module_types(defined_module_types_, {});
    ScopedSwap<std::vector<SigEntry>> pending(pending_sig_, {});
    TypeModuleItem(app);
    if (entries && !pending_sig_.empty()) *entries = std::move(pending_sig_.back().items);
  } catch (...) {
    env_->Restore(mark);
    throw;
  }
  ModuleId made = env_->Find(Namespace::Module, source_->Slice(app.name));
  env_->Restore(mark);
  return made;
}

bool NameTypesByApplication(Env& env, TypeStore& store, const ModuleDesc& m, DeclId first_type) {
  // The abstract types are abbreviations of such types already
  // (Typer::ApplicativeType), which give the name.
  const auto& table = m.tables[static_cast<int>(Namespace::Type)];
  std::vector<std::string> qualifier;
  for (const auto& entry : table)
    for (uint32_t d : entry.second) {
      TypeId t = env.types[d].manifest == kNoType ? kNoType : store.Repr(env.types[d].manifest);
      if (t == kNoType || store.tag(t) != TypeTag::Constr) continue;
      const std::vector<std::string>& q = env.types[store.constr_decl(t)].qualifier;
      if (!q.empty() && q.back().find('(') != std::string::npos) qualifier = q;
    }
  if (qualifier.empty()) return false;
  for (const auto& entry : table)
    for (uint32_t d : entry.second)
      if (d >= first_type) env.types[d].qualifier = qualifier;
  return true;
}

void Typer::BindModule(const ast::Item& item, ModuleDesc m, std::vector<SigEntry> entries) {
  printer_->SetModulePath(module_path_);
  MarkShadowed(entries, 0);
  std::string name = m.name;
  // (Typemod's check_name: at a signature's module's name, a structure's item.)
  CheckNewName(defined_modules_, name, "module",
               item.kind == ast::ItemKind::ModuleDecl ? item.name : item.span);
  m.alerts = DefinitionAlerts(item.name, item.span);
  env_->modules.push_back(std::move(m));
  env_->Bind(Namespace::Module, name, static_cast<ModuleId>(env_->modules.size() - 1));
  SigEntry s;
  s.kind = OutSigItem::Kind::Module;
  s.name = name;
  s.loc = item.span;
  s.items = std::move(entries);
  pending_sig_.push_back(std::move(s));
}

void Typer::BindRefusedModule(const ast::Item& item, bool refused_inside) {
  bool unsupported = item.kind == ast::ItemKind::Unsupported;
  // (A module declared in a signature whose signature failed.)
  bool refused = (unsupported && (item.flags & ast::kRefusedModule)) ||
                 (refused_inside && item.kind == ast::ItemKind::Module) ||
                 item.kind == ast::ItemKind::ModuleDecl;
  bool module_type = (unsupported && (item.flags & ast::kRefusedModuleType)) ||
                     item.kind == ast::ItemKind::ModuleType;
  bool failed = item.kind == ast::ItemKind::Module &&
                (item.flags & (ast::kFunctorApp | ast::kConstrained | ast::kFunctor));
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

// `module N = M` (Typemod's Pmod_ident with an alias): N's components are
// M's seen through the path N (Mtype.strengthen): each type of M is a type
// N.t = M.t with M's constructors or labels, each value's type speaks of
// N's types. The submodules, exceptions and module types are M's own.
void Typer::TypeModuleAlias(const ast::Item& item) {
  const ast::LongIdent& l = ast_->longidents[item.a];
  std::string name(source_->Slice(item.name));
  std::vector<std::string> path = module_path_;
  path.push_back(name);
  // An alias of a functor of the program, `module G = F`: G is F (its
  // applications are F's), printed as the alias.
  // (Its prefix is looked up once more below, where its alerts are said.)
  ModuleId target_id = ModuleAtPath(item.a, false);
  ModuleDesc m;
  if (target_id != kNone && env_->modules[target_id].functor) {
    if (l.parts.size > 1) LookupModulePath(item.a, l.parts.size - 1);
    env_->modules[target_id].used = true;
    m = env_->modules[target_id];
    m.used = false;
  } else {
    const ModuleDesc* target = LookupModulePath(item.a, l.parts.size);
    target_id = static_cast<ModuleId>(target - env_->modules.data());
    m = AliasOf(target_id, path);
  }
  m.name = name;
  m.path = path;
  // Printed as Printtyp prints the path written.
  std::string alias =
      ShownModulePath(WrittenModulePath(*env_, *ast_, item.a, target_id), module_path_);
  m.alias_of = alias;
  BindModule(item, std::move(m), {});
  pending_sig_.back().alias = alias;
}

ModuleDesc Typer::AliasOf(ModuleId target, const std::vector<std::string>& path) {
  const ModuleDesc src = env_->modules[target];  // env_->modules grows below
  ModuleDesc m;
  Instantiation inst;
  std::vector<std::pair<DeclId, DeclId>> made;
  for (uint32_t d : ItemsOf(src, Namespace::Type)) {
    TypeDecl t;
    {
      const TypeDecl& o = env_->types[d];
      t.name = o.name;
      t.kind = o.kind;
      t.variance = o.variance;
      t.unboxed = o.unboxed;
      t.rec_next = o.rec_next;
      t.immediate_attribute = o.immediate_attribute;
      t.immediacy = o.immediacy;
      t.loc = o.loc;
      t.has_loc = o.has_loc;
      t.loc_text = o.loc_text;
    }
    t.qualifier = path;
    std::unordered_map<TypeId, TypeId> vars;
    for (TypeId p : std::vector<TypeId>(env_->types[d].params))
      t.params.push_back(CopyInstantiated(*store_, inst, p, vars));
    env_->types.push_back(std::move(t));
    auto id = static_cast<DeclId>(env_->types.size() - 1);
    inst.decls[d] = id;
    made.emplace_back(d, id);
    m.Add(Namespace::Type, env_->types[id].name, id);
  }
  // Mtype.strengthen: a type that has a manifest keeps it (naming N's
  // types, all made by now: `type a = b list and b = int`); the others
  // are abbreviations of M's.
  for (auto [d, id] : made) {
    std::unordered_map<TypeId, TypeId> vars;
    for (size_t i = 0; i < env_->types[d].params.size(); ++i)
      vars[store_->Repr(env_->types[d].params[i])] = env_->types[id].params[i];
    TypeId manifest = env_->types[d].manifest != kNoType
                          ? CopyInstantiated(*store_, inst, env_->types[d].manifest, vars)
                          : store_->NewConstr(kGenericLevel, d, env_->types[id].params);
    env_->types[id].manifest = manifest;
  }
  // The constructors and labels, of N's types, sharing their parameters.
  for (auto [d, id] : made) {
    std::unordered_map<TypeId, TypeId> vars;
    for (size_t i = 0; i < env_->types[d].params.size(); ++i)
      vars[store_->Repr(env_->types[d].params[i])] = env_->types[id].params[i];
    TypeId result = store_->NewConstr(kGenericLevel, id, env_->types[id].params);
    for (ConstrId c : std::vector<ConstrId>(env_->types[d].constructors)) {
      ConstructorDesc nc = env_->constructors[c];
      if (nc.inlined != kNone)
        nc.inlined = InlineRecords::Copy(
            *this, nc.inlined, id, static_cast<ConstrId>(env_->constructors.size()), inst, vars);
      for (TypeId& a : nc.args) a = CopyInstantiated(*store_, inst, a, vars);
      nc.owner = id;
      nc.result = result;
      env_->constructors.push_back(std::move(nc));
      auto cid = static_cast<ConstrId>(env_->constructors.size() - 1);
      env_->types[id].constructors.push_back(cid);
      m.Add(Namespace::Constructor, env_->constructors[cid].name, cid);
    }
    for (LabelId l : std::vector<LabelId>(env_->types[d].labels)) {
      LabelDesc nl = env_->labels[l];
      nl.arg = CopyInstantiated(*store_, inst, nl.arg, vars);
      nl.owner = id;
      nl.res = result;
      env_->labels.push_back(std::move(nl));
      auto lid = static_cast<LabelId>(env_->labels.size() - 1);
      env_->types[id].labels.push_back(lid);
      m.Add(Namespace::Label, env_->labels[lid].name, lid);
    }
  }
  for (const std::string& cname : src.order[static_cast<int>(Namespace::Constructor)])
    for (uint32_t c : src.tables[static_cast<int>(Namespace::Constructor)].at(cname))
      if (env_->constructors[c].is_exception) m.Add(Namespace::Constructor, cname, c);
  // A value whose type names none of M's types is M's own (its primitive
  // and its deprecation with it).
  for (uint32_t v : ItemsOf(src, Namespace::Value)) {
    TypeId type = env_->values[v].type;
    if (Mentions(*store_, inst, type)) {
      std::unordered_map<TypeId, TypeId> vars;
      TypeId copied = CopyInstantiated(*store_, inst, type, vars);
      ValueId nv = NewValue(env_->values[v].name, copied, env_->values[v].loc);
      env_->values[nv].prim = env_->values[v].prim;
      env_->values[nv].has_loc = env_->values[v].has_loc;
      if (auto e = env_->externals.find(v); e != env_->externals.end())
        env_->externals.emplace(nv, ExternalPrims(e->second));
      m.Add(Namespace::Value, env_->values[nv].name, nv);
    } else {
      m.Add(Namespace::Value, env_->values[v].name, v);
    }
  }
  for (Namespace ns : {Namespace::Module, Namespace::ModuleType})
    for (const std::string& sname : src.order[static_cast<int>(ns)])
      m.Add(ns, sname, src.tables[static_cast<int>(ns)].at(sname).front());
  return m;
}

void Typer::RaiseSilently(Span span) {
  ++silent_failures_;
  BeforeThrow();
  throw TypeErrorThrow{MakeError(DiagKind::Unsupported, span, Text("")), std::nullopt, true};
}

std::vector<std::string> WrittenModulePath(const Env& env, const ast::Ast& tree, ast::Id longident,
                                           ModuleId target) {
  // (Found without a second lookup, which would say its alerts again.)
  const ast::LongIdent& l = tree.longidents[longident];
  uint32_t head = l.parts.size > 1 ? env.Find(Namespace::Module, tree.names[l.parts.begin]) : kNone;
  std::vector<std::string> path = env.modules[head == kNone ? target : head].path;
  for (uint32_t i = 1; head != kNone && i < l.parts.size; ++i)
    path.emplace_back(tree.names[l.parts.begin + i]);
  return path;
}

std::string ShownModulePath(const std::vector<std::string>& path,
                            const std::vector<std::string>& module_path) {
  size_t from = 0;
  if (!path.empty() && path[0] == "Stdlib") from = 1;
  while (from < path.size() && from < module_path.size() && path[from] == module_path[from] &&
         from + 1 < path.size())
    ++from;
  std::string shown;
  for (size_t i = from; i < path.size(); ++i) shown += (shown.empty() ? "" : ".") + path[i];
  return shown;
}

}  // namespace mlhint::typing
