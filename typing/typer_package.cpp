// First-class modules: the package type `(module S)` (Typetexp's
// Ptyp_package), packing a module, `(module M : S)` (Typecore's Pexp_pack
// and Typemod.type_package), unpacking one, `module M = (val e : S)` and
// `include (val e : S)` (Typemod's Pmod_unpack), and the module patterns
// `fun (module M : S) -> ...` (Typecore.type_unpacks).
//
// A package type is a type constructor of its own, one per module type and
// set of constrained type names, whose arguments are the constraints'
// types (`(module S with type t = int)` is that constructor applied to
// `int`): unification, copies and printing then need nothing new but the
// way it is printed. Packing checks the module against S as `module _ : S
// = M` does; unpacking makes a module of S's signature whose abstract types
// are new, as a functor's parameter is.

#include <algorithm>

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

namespace {

// Typemod's Not_a_packed_module and Typecore's: a message, then the type.
Doc MessageWithType(std::string text, OutType type) {
  return [text = std::move(text), type = std::move(type)](fmt::Formatter& ppf) {
    ppf.open_box(0);
    ppf.print_string(text);
    ppf.print_space();
    PrintOutType(ppf, type);
    ppf.close_box();
  };
}

}  // namespace

DeclId Packages::PackageDecl(ModuleId mty, const std::vector<std::string>& names) {
  for (const PackageDeclEntry& p : typer.package_decls_)
    if (p.module_type == mty && p.names == names) return p.decl;
  const ModuleDesc& m = typer.env_->modules[mty];
  TypeDecl d;
  d.name = m.path.empty() ? m.name : m.path.back();
  if (!m.path.empty()) d.qualifier.assign(m.path.begin(), m.path.end() - 1);
  d.package_of = mty;
  d.package_names = names;
  for (size_t i = 0; i < names.size(); ++i) {
    d.params.push_back(typer.store_->NewVar(kGenericLevel));
    // (Typedecl's variance: a package's constraints are invariant.)
    d.variance.push_back(variance::kFull);
  }
  // A module type defined as another's name (`module type T = S`) is that
  // one (Ctype.eq_package_path): its package type is an abbreviation.
  if (ModuleId same = m.same_as; same != kNone && same != mty) {
    std::vector<TypeId> params = d.params;
    d.manifest = typer.store_->NewConstr(kGenericLevel, PackageDecl(same, names), params);
  }
  typer.env_->types.push_back(std::move(d));
  auto id = static_cast<DeclId>(typer.env_->types.size() - 1);
  typer.package_decls_.push_back(PackageDeclEntry{mty, names, id});
  return id;
}

std::optional<Packages::PackageView> Packages::PackageOf(TypeId t) {
  t = typer.ctype_->ExpandHead(t);
  if (typer.store_->tag(t) != TypeTag::Constr) return std::nullopt;
  const TypeDecl& d = typer.env_->types[typer.store_->constr_decl(t)];
  if (d.package_of == kNone) return std::nullopt;
  return PackageView{d.package_of, typer.store_->constr_decl(t), typer.store_->args(t)};
}

// Typetexp's Ptyp_package: S looked up, each constraint a type of S that
// is abstract, the constraints sorted by name (Typetexp.create_package_mty).
TypeId Packages::TranslPackageType(const ast::TypeExpr& te, bool fixed) {
  const ast::Item& mt = typer.ast_->items[te.b];
  auto refuse = [&](const char* what) {
    typer.Raise(MakeError(DiagKind::Unsupported, te.span, Text(UnsupportedText(what))));
  };
  const ast::Item& base = mt.flags & ast::kModuleTypeWith ? typer.ast_->items[mt.a] : mt;
  if (!(base.flags & ast::kModuleTypePath)) refuse("first-class modules of this module type");
  // (Typetexp looks S up at the whole type, where an unbound name is said.)
  ModuleId id = kNone;
  try {
    id = typer.LookupModuleType(base.a);
  } catch (TypeErrorThrow& t) {
    if (t.diagnostic.kind == DiagKind::UnboundModule) t.diagnostic.span = te.span;
    throw;
  }
  if (typer.env_->modules[id].functor) refuse("first-class functors");
  std::vector<SigEntry> sig = typer.ModuleTypeEntries(id);
  std::vector<std::pair<std::string, ast::Id>> constraints;
  if (mt.flags & ast::kModuleTypeWith)
    for (ast::Id c : typer.ListOf(mt.list)) {
      const ast::TypeDecl& td = typer.ast_->type_decls[c];
      std::string name(typer.source_->Slice(td.name));
      auto it = std::find_if(sig.begin(), sig.end(), [&](const SigEntry& e) {
        return e.kind == OutSigItem::Kind::Type && typer.env_->types[e.decl].name == name;
      });
      if (it == sig.end() || typer.env_->types[it->decl].manifest != kNoType ||
          typer.env_->types[it->decl].kind != DeclKind::Abstract ||
          !typer.env_->types[it->decl].params.empty())
        refuse("package types whose constraints do not name an abstract type");
      for (const auto& [other, type] : constraints)
        if (other == name) refuse("package types with two constraints on one type");
      constraints.emplace_back(name, td.manifest);
    }
  std::sort(constraints.begin(), constraints.end());
  std::vector<std::string> names;
  std::vector<TypeId> args;
  for (const auto& [name, type] : constraints) {
    names.push_back(name);
    args.push_back(typer.TranslType(type, fixed));
  }
  return typer.ctype_->NewConstr(PackageDecl(id, names), args);
}

// Two package types of different module types unify when each module
// type includes the other (Ctype.unify_package's package_subtype), which
// mlhint does not check: a clash between two whose signatures name the
// same items is refused rather than reported. (Two that name different
// items cannot be equivalent: OCaml's error is right.)
void Packages::RefusePackagesMaybeEquivalent(const Trace& trace, Span span) {
  auto names = [&](ModuleId id) {
    std::vector<std::pair<int, std::string>> out;
    for (const SigEntry& e : typer.ModuleTypeEntries(id))
      out.emplace_back(static_cast<int>(e.kind), e.name);
    std::sort(out.begin(), out.end());
    return out;
  };
  for (const TraceElement& t : trace) {
    if (t.kind != TraceElement::Kind::Diff || t.got == kNoType || t.expected == kNoType) continue;
    std::optional<PackageView> a = PackageOf(t.got), b = PackageOf(t.expected);
    if (!a || !b || a->module_type == b->module_type) continue;
    if (names(a->module_type) == names(b->module_type))
      typer.Raise(MakeError(DiagKind::Unsupported, span,
                            Text(UnsupportedText("package types of two module types that may be "
                                                 "equivalent"))));
  }
}

// A type `t` that is not a package where one is needed, at `where`: an
// error's type (said already) is abandoned; a type still unknown is
// Cannot_infer_signature; another is Not_a_packed_module, `text` then the
// type `shown`.
void Packages::RaiseNotAPackage(TypeId t, Span where, const char* text, TypeId shown) {
  TypeId head = typer.ctype_->ExpandHead(t);
  if (typer.store_->tag(head) == TypeTag::Error) typer.RaiseSilently(where);
  if (typer.store_->IsVar(head))
    typer.Raise(MakeError(DiagKind::FirstClassModule, where,
                          Text("The signature for this packaged module couldn't be inferred.")));
  typer.Raise(MakeError(DiagKind::FirstClassModule, where,
                        MessageWithType(text, typer.printer_->TreeFresh(shown))));
}

// Typemod's Scoping_pack: the type `t` of the name `name` the package
// constrains names a type of the packed module's own.
Diagnostic Packages::ScopingPack(Span at, const std::string& name, TypeId t) {
  OutType shown = typer.printer_->TreeFresh(t);
  Doc message = [name, shown](fmt::Formatter& ppf) {
    ppf.open_box(0);
    ppf.print_string("The type " + name + " in this module cannot be exported.");
    ppf.print_space();
    ppf.print_string("Its type contains local dependencies:");
    ppf.print_space();
    PrintOutType(ppf, shown);
    ppf.close_box();
  };
  return MakeError(DiagKind::FirstClassModule, at, std::move(message));
}

// Typecore's Pexp_pack: the expected type says which package; the module is
// typed (one level deeper, as a `let module` is) and checked against it.
TypeId Packages::TypePack(ast::Id e, Expected expected) {
  const ast::Expr& x = typer.ast_->exprs[e];
  const ast::Item& item = typer.ast_->items[x.a];
  Ctype& ct = *typer.ctype_;
  if (item.kind == ast::ItemKind::Unsupported)
    typer.Raise(typer.UnsupportedError(typer.ast_->unsupported[item.a]));
  TypeId want = ct.Instance(expected.type);
  std::optional<PackageView> package = PackageOf(want);
  if (!package)
    RaiseNotAPackage(want, x.span, "This expression is packed module, but the expected type is",
                     expected.type);
  auto refuse = [&](const char* what) {
    typer.Raise(MakeError(DiagKind::Unsupported, item.body, Text(UnsupportedText(what))));
  };
  // Typemod.type_package: the module typed, then its types of the names
  // the package constrains are the constraints' (`M.t`).
  std::vector<TypeId> own;
  {
    Ctype::DefScope level(ct);
    Env::Mark mark = typer.env_->Save();
    ScopedSwap<std::unordered_map<std::string, TypeId>> variables(typer.type_variables_,
                                                                  typer.type_variables_);
    ScopedSwap<DefinedNames> modules(typer.defined_modules_, {}),
        module_types(typer.defined_module_types_, {});
    ScopedSwap<std::vector<SigEntry>> pending(typer.pending_sig_, {});
    // (The module has no name: its types are printed as the structure's
    // items are, `t`.)
    const std::vector<std::string> path = typer.module_path_;
    std::vector<std::string> unnamed = typer.module_path_;  // (the module ConstrainModule makes)
    unnamed.push_back("_");
    auto first_type = static_cast<DeclId>(typer.env_->types.size());
    auto first_module = static_cast<ModuleId>(typer.env_->modules.size());
    ModuleDesc got;
    std::vector<SigEntry> got_entries;
    bool structure = false;
    if (item.flags & ast::kModuleAlias) {
      got = *typer.LookupModulePath(item.a, typer.ast_->longidents[item.a].parts.size);
      ModuleId named = typer.ModuleAtPath(item.a, false);
      if (named != kNone && typer.env_->modules[named].functor) refuse("packed functors");
    } else if (item.flags & (ast::kConstrained | ast::kFunctorApp | ast::kUnpackModule)) {
      // `(module (M : T) : S)`, `(module F (X) : S)`: the module typed as
      // an unnamed one, then checked against S as a path's is.
      ModuleId made = typer.TypeUnnamedModule(item, nullptr);
      if (made == kNone) typer.RaiseSilently(item.body);
      got = typer.env_->modules[made];
    } else if (item.flags & ast::kFunctor) {
      refuse("packed functors");
    } else {
      got = typer.TypeStructure(item.list, path, got_entries);
      if (got.refused) typer.RaiseSilently(item.body);
      structure = true;
    }
    // Its types are of this level's scope, as a `let module`'s are.
    typer.ScopeLocalTypes(first_type, first_module);
    ModuleTypeGiven given;
    given.entries = typer.ModuleTypeEntries(package->module_type);
    given.name = typer.printer_->PathOf(package->decl);
    given.path = typer.env_->modules[package->module_type].path;
    given.package = true;
    const std::vector<std::string> names = typer.env_->types[package->decl].package_names;
    if (!names.empty()) {
      Instantiation inst;
      ModuleDesc scratch;
      given.entries = typer.CopySignature(given.entries, unnamed, inst, scratch);
    }
    for (const std::string& name : names) {
      // A type missing (or with parameters) is left out, and the module's
      // mismatch with S says so.
      const std::vector<uint32_t>* ids = got.Find(Namespace::Type, name);
      if (!ids || !typer.env_->types[ids->front()].params.empty()) {
        own.push_back(kNoType);
        continue;
      }
      DeclId d = ids->front();
      own.push_back(ct.NewConstr(d, {}));
      for (const SigEntry& entry : given.entries)
        if (entry.kind == OutSigItem::Kind::Type && typer.env_->types[entry.decl].name == name)
          typer.env_->types[entry.decl].manifest = typer.store_->NewConstr(kGenericLevel, d, {});
    }
    std::vector<SigEntry> entries;
    std::string sig_name;
    typer.ConstrainModule(item, got, structure ? &got_entries : nullptr, unnamed, entries,
                          &sig_name, &given);
    typer.env_->Restore(mark);
  }
  typer.printer_->SetModulePath(typer.module_path_);
  // Each type taken out of the module's scope (Typemod's unification with
  // an outer variable): a type the module defines is expanded, or cannot
  // leave it (Scoping_pack).
  const std::vector<std::string>& names = typer.env_->types[package->decl].package_names;
  for (size_t i = 0; i < own.size(); ++i) {
    if (own[i] == kNoType) typer.RaiseSilently(item.body);  // (the mismatch was said)
    Ctype::ScopeWatch watch(ct);
    ct.UpdateLevel(ct.current_level(), own[i]);
    if (ct.TakeEscape()) typer.Raise(ScopingPack(item.body, names[i], own[i]));
  }
  TypeId result = ct.NewConstr(package->decl, own);
  typer.UnifyExp(e, result, want, expected.explanation);
  return result;
}

// Typemod's Pmod_unpack of a value of type `t` (`where`: the module
// expression): `t` must be known to be a package; the module, of the path
// `path`, is of its signature, its abstract types new (those the package
// constrains equal to the constraints' types). `mty_name`: the module
// type's name, if the package has no constraints (what a signature prints).
ModuleDesc Packages::UnpackedModule(TypeId t, Span where, const std::vector<std::string>& path,
                                    std::vector<SigEntry>& entries, std::string* mty_name) {
  std::optional<PackageView> package = PackageOf(t);
  if (!package)
    RaiseNotAPackage(t, where, "This expression is not a packed module. It has type", t);
  for (TypeId a : package->args)
    if (typer.ctype_->HasFreeVariables(a))
      typer.Raise(MakeError(DiagKind::FirstClassModule, where,
                            MessageWithType("The type of this packed module contains variables:",
                                            typer.printer_->TreeFresh(t))));
  std::vector<SigEntry> sig = typer.ModuleTypeEntries(package->module_type);
  for (const SigEntry& e : sig)
    if (e.kind == OutSigItem::Kind::Module || e.kind == OutSigItem::Kind::ModuleType)
      typer.Raise(MakeError(DiagKind::Unsupported, where,
                            Text(UnsupportedText("unpacked modules with modules inside"))));
  Instantiation inst;
  ModuleDesc m;
  m.name = path.back();
  m.path = path;
  entries = typer.CopySignature(sig, path, inst, m);
  // The constrained types equal the constraints' (Typemod.modtype_of_package).
  const std::vector<std::string>& names = typer.env_->types[package->decl].package_names;
  for (size_t i = 0; i < names.size(); ++i)
    for (const SigEntry& e : sig)
      if (e.kind == OutSigItem::Kind::Type && typer.env_->types[e.decl].name == names[i]) {
        std::unordered_map<TypeId, TypeId> vars;
        typer.env_->types[inst.decls.at(e.decl)].manifest =
            CopyInstantiated(*typer.store_, {}, package->args[i], vars);
      }
  if (mty_name && names.empty()) *mty_name = typer.printer_->PathOf(package->decl);
  return m;
}

// `module M = (val e)`.
void Packages::TypeUnpackModule(const ast::Item& item) {
  TypeId t = typer.TypeExp(item.a);
  std::vector<std::string> path = typer.module_path_;
  path.push_back(std::string(typer.source_->Slice(item.name)));
  std::vector<SigEntry> entries;
  std::string mty_name;
  ModuleDesc m = UnpackedModule(t, item.body, path, entries, &mty_name);
  typer.BindModule(item, std::move(m), std::move(entries));
  typer.pending_sig_.back().mty_name = mty_name;
}

// Typecore.type_unpacks: the modules of a pattern's `(module M)`, each the
// unpacking of the value M the pattern bound, bound one level deeper for
// `body`, whose type may not name their types (as for a `let module`).
//
// A case's guard and body each unpack the modules (Typecore binds them
// anew), but OCaml's unused-module warning is one per pattern: with
// `made`, the modules made for the guard are bound again for the body.
TypeId Packages::WithUnpacks(const std::vector<PatUnpack>& unpacks,
                             const std::function<TypeId()>& body, std::vector<ModuleId>* made) {
  if (unpacks.empty()) return body();
  Ctype& ct = *typer.ctype_;
  Ctype::DefScope level(ct);
  auto first_type = static_cast<DeclId>(typer.env_->types.size());
  for (size_t i = 0; i < unpacks.size(); ++i) {
    const PatUnpack& u = unpacks[i];
    std::string name(u.name);
    if (made && i < made->size()) {
      typer.env_->Bind(Namespace::Module, name, (*made)[i]);
      continue;
    }
    ValueId v = typer.env_->Find(Namespace::Value, name);
    if (v == kNone) typer.RaiseSilently(u.loc);  // (the pattern failed)
    typer.MarkUsed(v);
    std::vector<SigEntry> entries;
    ModuleDesc m =
        UnpackedModule(ct.Instance(typer.env_->values[v].type), u.loc, {name}, entries, nullptr);
    typer.env_->modules.push_back(std::move(m));
    auto id = static_cast<ModuleId>(typer.env_->modules.size() - 1);
    typer.env_->Bind(Namespace::Module, name, id);
    typer.WarnUnusedModuleLater(60, id, u.name_loc, name);
    if (made) made->push_back(id);
  }
  for (auto d = first_type; d < typer.env_->types.size(); ++d)
    typer.env_->types[d].scope = ct.current_level();
  Ctype::ScopeWatch watch(ct);
  TypeId result = body();
  level.End();
  ct.UpdateLevel(ct.current_level(), result);
  if (ct.TakeEscape())
    typer.Raise(
        MakeError(DiagKind::Unsupported, unpacks.front().loc,
                  Text(UnsupportedText("modules of patterns whose types escape their scope"))));
  return result;
}

}  // namespace mlhint::typing
