// Module types: `module type S = sig ... end`, the items of a signature
// (Typemod.transl_signature for `val`, `type`, `exception`), and a module
// constrained to one, `module M : S = struct ... end` (Typemod's
// Pmod_constraint: Includemod.signatures checks the structure against S,
// and the module is S's items, S's abstract types new ones of M).
//
// A mismatch OCaml explains with a missing item or a value of another type
// is OCaml's message; one about a type or an exception declaration is
// refused as not supported. The comparison itself (Includemod):
// typer_includemod.cpp; an implementation against its interface file:
// typer_interface.cpp.

#include <algorithm>
#include <functional>

#include "typing/prelude.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

namespace {

// Typemod's "Signature mismatch" with Includemod_errorprinter's first
// lines: "@[<v>Signature mismatch:@ %t@]", the messages separated by "@ ".
Doc SignatureMismatch(Doc modules, std::vector<Doc> subs) {
  return [modules = std::move(modules), subs = std::move(subs)](fmt::Formatter& ppf) {
    ppf.open_vbox(0);
    ppf.print_string("Signature mismatch:");
    ppf.print_space();
    modules(ppf);
    for (const Doc& sub : subs) {
      ppf.print_space();
      sub(ppf);
    }
    ppf.close_box();
  };
}

// A rough measure of what OCaml marshals for a signature, whose size
// (Clflags.error_size, 500 bytes) decides whether Includemod_errorprinter
// prints the two module types or "...": each item and each node of its
// types counted, a value's item as `value` (a structure's carries more).
// The weights were fitted to 1,147 mismatches compiled by ocamlc 4.13.1;
// those of at most kSmallSignature were all printed, those of at least
// kLargeSignature all elided, with a margin; between, mlhint cannot tell.
size_t SignatureWeight(const std::vector<OutSigItem>& items, size_t value);
constexpr size_t kSmallSignature = 29, kLargeSignature = 44;

size_t TypeWeight(const OutType& t) {
  size_t w = 1;
  for (const OutType& sub : t.args) w += TypeWeight(sub);
  return w;
}

// The items of a module type of the library (Map.OrderedType), which the
// prelude reads as a module of its types and values.
std::vector<SigEntry> LibrarySignature(const Env& env, ModuleId id) {
  std::vector<SigEntry> entries;
  const ModuleDesc& m = env.modules[id];
  if (!m.library_signature) return entries;
  for (const auto& [ns, name] : m.sequence) {
    const std::vector<uint32_t>* ids = m.Find(ns, name);
    if (!ids) continue;
    SigEntry e;
    e.name = name;
    if (ns == Namespace::Type) {
      e.kind = OutSigItem::Kind::Type;
      e.decl = ids->front();
      e.declared = env.types[e.decl].loc_text;
    } else if (ns == Namespace::Value) {
      e.kind = OutSigItem::Kind::Value;
      e.type = env.values[ids->front()].type;
      if (ids->front() < env.prelude_values.size())
        e.declared = env.prelude_values[ids->front()].declared;
    } else {
      continue;
    }
    entries.push_back(std::move(e));
  }
  return entries;
}

}  // namespace

Doc ModulesDoNotMatch(std::vector<OutSigItem> got, std::vector<OutSigItem> expected,
                      std::string expected_name, bool elided) {
  return [got = std::move(got), expected = std::move(expected),
          expected_name = std::move(expected_name), elided](fmt::Formatter& ppf) {
    if (elided) {
      ppf.print_string("...");
      return;
    }
    ppf.open_hvbox(2);
    ppf.print_string("Modules do not match:");
    ppf.print_space();
    PrintOutSignatureType(ppf, got);
    ppf.print_break(1, -2);
    ppf.print_string("is not included in");
    ppf.print_space();
    if (expected_name.empty())
      PrintOutSignatureType(ppf, expected);
    else
      ppf.print_string(expected_name);
    ppf.close_box();
  };
}

std::optional<bool> SignatureElided(const std::vector<OutSigItem>& got,
                                    const std::vector<OutSigItem>& expected, bool constrained,
                                    size_t extra) {
  size_t got_weight = SignatureWeight(got, 4) + extra;
  // (What the module has is as big as printed, constraints or not.)
  if (got_weight >= kLargeSignature) return true;
  size_t weight = got_weight + SignatureWeight(expected, 3);
  // A module type with constraints marshals smaller than the signature
  // it prints (OCaml freshens it), by an amount not measured yet: only
  // what is surely small is printed.
  if (weight > kSmallSignature && (constrained || weight < kLargeSignature)) return std::nullopt;
  return weight >= kLargeSignature;
}

ModuleDesc Typer::TypeSignature(ast::ListRef items, const std::vector<std::string>& path,
                                std::vector<SigEntry>& entries) {
  bool outer = in_signature_;
  in_signature_ = true;
  struct Restore {
    bool& flag;
    bool value;
    ~Restore() { flag = value; }
  } restore{in_signature_, outer};
  return TypeStructure(items, path, entries);
}

// Typedecl.transl_value_decl: the type is a scheme, its variables generic.
// An external (in a structure or a signature) keeps its primitives, which
// the signature prints.
void Typer::TypeValDecl(const ast::Item& item) {
  ResetTypeVariables();
  TypeId type = ctype_->AtNewLevel([&] { return TranslType(item.a, false); });
  ctype_->Generalize(type);
  std::optional<ExternalPrims> external;
  if (item.flags & ast::kExternal) external = CheckExternal(item, type);
  std::string name(source_->Slice(item.name));
  ValueId v = NewValue(name, type, item.span);
  env_->Bind(Namespace::Value, name, v);
  SigEntry s;
  if (external) {
    if (external->prims[0] == "%identity") env_->values[v].prim = Primitive::Identity;
    s.external = &(env_->externals[v] = std::move(*external));
  }
  s.kind = OutSigItem::Kind::Value;
  s.name = name;
  s.type = type;
  s.loc = item.span;
  s.alerts = DefinitionAlerts(item.name, item.span);
  if (s.alerts != kNone) env_->value_alerts[v] = s.alerts;
  pending_sig_.push_back(std::move(s));
}

ModuleId Typer::LookupModuleType(ast::Id longident) {
  const ast::LongIdent& l = ast_->longidents[longident];
  std::span<const std::string_view> parts(ast_->names.data() + l.parts.begin, l.parts.size);
  ModuleId id = kNone;
  if (parts.size() == 1) {
    id = env_->Find(Namespace::ModuleType, parts[0]);
  } else {
    const ModuleDesc* m = LookupModulePath(longident, static_cast<uint32_t>(parts.size() - 1));
    if (const auto* ids = m->Find(Namespace::ModuleType, parts.back())) id = ids->front();
  }
  if (id == kNone) {
    std::string name = ast_->FullName(longident);
    if (parts.size() == 1 && env_->Find(Namespace::Module, parts[0]) != kNone)
      Raise(MakeError(DiagKind::UnboundModule, l.span,
                      WrongNamespaceText("Unbound module type " + name, "a module", name,
                                         "modules are not module types")));
    std::vector<std::string> choices = parts.size() == 1
                                           ? SpellcheckNames(Namespace::ModuleType, parts[0])
                                           : std::vector<std::string>{};
    Raise(UnboundError(DiagKind::UnboundModule, l.span, Text("Unbound module type " + name),
                       parts.back(), choices));
  }
  // One refused or failed where it is defined is not an error again; one
  // of another unit (which the prelude does not read) is said once.
  if (env_->modules[id].refused) RaiseSilently(l.span);
  if (env_->modules[id].outside_subset) {
    if (std::find(refused_reported_.begin(), refused_reported_.end(), id) !=
        refused_reported_.end())
      RaiseSilently(l.span);
    refused_reported_.push_back(id);
    Raise(MakeError(
        DiagKind::Unsupported, l.span,
        Text("The module type " + ast_->FullName(longident) + " is not supported by mlhint")));
  }
  RaiseAlerts(env_->modules[id].alerts, l.span, ast_->FullName(longident));
  return id;
}

// The module type `mt` names or writes out (typed as the signature of the
// module `path`): its items in `entries`, and its name in `name` if named.
ModuleDesc Typer::ModuleTypeOf(const ast::Item& mt, const std::vector<std::string>& path,
                               std::vector<SigEntry>& entries, std::string* name) {
  auto refuse_functor = [&](Span where) {
    Raise(MakeError(DiagKind::Unsupported, where,
                    Text(UnsupportedText("functors' module types used as signatures"))));
  };
  if (mt.flags & ast::kFunctorType) refuse_functor(mt.span);
  if (mt.flags & ast::kModuleTypeWith) return ModuleTypeWith(mt, path, entries);
  if (mt.flags & ast::kModuleTypePath) {
    ModuleId id = LookupModuleType(mt.a);
    if (env_->modules[id].functor) refuse_functor(ast_->longidents[mt.a].span);
    entries = ModuleTypeEntries(id);
    *name = ast_->FullName(mt.a);
    ModuleDesc named = env_->modules[id];
    if (named.same_as == kNone) named.same_as = id;
    return named;
  }
  ModuleDesc m = TypeSignature(mt.list, path, entries);
  printer_->SetModulePath(module_path_);
  return m;
}

std::vector<SigEntry> Typer::ModuleTypeEntries(ModuleId id) const {
  auto found = module_types_.find(id);
  return found != module_types_.end() ? found->second : LibrarySignature(*env_, id);
}

ModuleDesc Typer::ModuleTypeWith(const ast::Item& mt, const std::vector<std::string>& path,
                                 std::vector<SigEntry>& entries) {
  auto refuse = [&](const std::string& what) {
    Raise(MakeError(DiagKind::Unsupported, mt.body, Text(UnsupportedText(what))));
  };
  std::vector<SigEntry> base;
  std::string base_name;
  ModuleTypeOf(ast_->items[mt.a], path, base, &base_name);
  // Each constraint replaces the abstract type of its name: its
  // definition is read where the module type is written, not inside it.
  Instantiation made;
  for (ast::Id c : ListOf(mt.list)) {
    const ast::TypeDecl& td = ast_->type_decls[c];
    std::string name(source_->Slice(td.name));
    auto it = std::find_if(base.begin(), base.end(), [&](const SigEntry& e) {
      return e.kind == OutSigItem::Kind::Type && env_->types[e.decl].name == name;
    });
    if (it == base.end())
      Raise(MakeError(
          DiagKind::ModuleMismatch, mt.body,
          BoxedText("The signature constrained by `with' has no component named " + name)));
    const TypeDecl& orig = env_->types[it->decl];
    // A type with a definition may be constrained to the same one
    // (Typemod.check_type_decl), which is checked once it is read.
    bool defined = orig.manifest != kNoType;
    if (made.decls.count(it->decl) || made.param_types.count(it->decl) ||
        orig.kind != DeclKind::Abstract || orig.params.size() != td.params.size ||
        (defined && td.substitution))
      refuse("with constraints that do not match the type they constrain");
    if (td.substitution) {
      // `with type t := u` (Typemod's destructive substitution): t leaves
      // the signature, u is written wherever it named t.
      if (td.params.size != 0) refuse("substitutions of types with parameters");
      made.param_types[it->decl] = TranslGenericType(td.manifest);
      continue;
    }
    TypeDecl decl;
    decl.name = name;
    decl.qualifier = path;
    decl.loc = td.span;
    decl.has_loc = true;
    decl.loc_text = DeclarationLocation(td.span);
    std::unordered_map<std::string, TypeId> params;
    for (ast::Id p : ListOf(td.params)) {
      const ast::TypeParam& tp = ast_->type_params[p];
      std::string pname(source_->Slice(tp.name));
      CheckTypeVariableName(pname, tp.span);
      if (!pname.empty() && params.count(pname))
        Raise(MakeError(DiagKind::RepeatedParameter, tp.span,
                        Text("A type parameter occurs several times")));
      TypeId v = store_->NewVar(kGenericLevel, store_->Intern(pname.empty() ? "_" : pname));
      if (!pname.empty()) params.emplace(pname, v);
      decl.params.push_back(v);
    }
    decl.variance.assign(decl.params.size(), variance::kNull);
    type_variables_ = params;
    TypeId manifest = TranslGenericType(td.manifest);
    type_variables_.clear();
    decl.manifest = manifest;
    env_->types.push_back(std::move(decl));
    auto id = static_cast<DeclId>(env_->types.size() - 1);
    if (defined && !SameDefinition(it->decl, id, made))
      refuse("with constraints that do not match the type they constrain");
    Prelude::ComputeVariance(*store_, *env_, id);
    Prelude::ComputeImmediacy(*store_, *env_, std::vector<DeclId>{id});
    made.decls[it->decl] = id;
  }
  // The other types are the module type's own, what they name replaced.
  std::vector<DeclId> others;
  for (const SigEntry& e : base)
    if (e.kind == OutSigItem::Kind::Type && !made.decls.count(e.decl) &&
        !made.param_types.count(e.decl))
      others.push_back(e.decl);
  CopyDeclarations(others, path, made);
  ModuleDesc m;
  m.path = path;
  entries.clear();
  // A type substituted away that began its group (`type t and s = t`
  // with `t := int`) passes that to the next one, which prints `type s`
  // (Typemod's update_rec_next).
  bool begins_group = false;
  for (const SigEntry& e : base) {
    if (e.kind == OutSigItem::Kind::Module || e.kind == OutSigItem::Kind::ModuleType)
      refuse("with constraints on a module type with modules inside");
    if (e.kind == OutSigItem::Kind::Type && made.param_types.count(e.decl)) {
      begins_group = e.first;
      continue;
    }
    entries.push_back(InstantiateEntry(e, made, m));
    if (begins_group && e.kind == OutSigItem::Kind::Type) entries.back().first = true;
    begins_group = false;
  }
  return m;
}

void Typer::TypeModuleTypeItem(const ast::Item& item) {
  std::string name(source_->Slice(item.name));
  std::vector<std::string> path = module_path_;
  path.push_back(name);
  std::vector<SigEntry> entries;
  std::string alias;
  int failures = errors_ + silent_failures_;
  // A functor's module type (typer_functor_type.cpp), or a signature.
  std::shared_ptr<FunctorInfo> functor;
  ModuleDesc m;
  if (NamesFunctorType(item)) {
    functor = FunctorTypeOf(item, path, &alias);
    if (!functor) RaiseSilently(item.span);
    m.functor = functor;
  } else {
    m = ModuleTypeOf(item, path, entries, &alias);
  }
  // An item of the signature failed (a module declared in it, refused):
  // the module type is refused whole, its uses abandoned without a word,
  // not checked against what is left of it.
  if (errors_ + silent_failures_ > failures) RaiseSilently(item.span);
  CheckNewName(defined_module_types_, name, "module type", item.span);
  m.name = name;
  m.path = path;
  m.alerts = DefinitionAlerts(item.name, item.span);
  env_->modules.push_back(std::move(m));
  auto id = static_cast<ModuleId>(env_->modules.size() - 1);
  env_->Bind(Namespace::ModuleType, name, id);
  if (!functor) module_types_[id] = entries;
  SigEntry s;
  s.kind = OutSigItem::Kind::ModuleType;
  s.name = name;
  s.loc = item.span;
  s.mty_name = alias;
  s.items = std::move(entries);
  if (functor && alias.empty()) {
    // `functor (X : S) -> T`: the parameters, then T's name or items.
    s.functor = functor;
    s.mty_name = functor->result_name;
    s.items = functor->body;
  }
  pending_sig_.push_back(std::move(s));
}

void Typer::TypeConstrainedModule(const ast::Item& item) {
  std::string name(source_->Slice(item.name));
  std::vector<std::string> path = module_path_;
  path.push_back(name);
  std::vector<SigEntry> entries;
  std::string sig_name;
  ModuleDesc m = ConstrainStructure(item, path, entries, &sig_name);
  BindModule(item, std::move(m), std::move(entries));
  if (!sig_name.empty()) pending_sig_.back().mty_name = sig_name;
}

// The structure of `item` (its items, `body` where it is) constrained to the
// module type `b`, or to `given`: the module `path`, its entries, and the
// module type's name if it has one.
ModuleDesc Typer::ConstrainStructure(const ast::Item& item, const std::vector<std::string>& path,
                                     std::vector<SigEntry>& entries, std::string* sig_name_out,
                                     const ModuleTypeGiven* given) {
  // Typemod types the structure first, then the module type, where the
  // structure's names are not. (`module M : S = P`: the module P.)
  std::vector<SigEntry> got_entries;
  // (A functor's item holds its first parameter in `a`.)
  bool of_path = item.a != kNone && !(item.flags & ast::kFunctor);
  ModuleDesc got;
  if (of_path) {
    // (The path is looked up again below, where its alerts are said.)
    ModuleId functor = ModuleAtPath(item.a, false);
    if (functor != kNone && env_->modules[functor].functor)
      Raise(FunctorNotASignature(item, *env_->modules[functor].functor));
    got = *LookupModulePath(item.a, ast_->longidents[item.a].parts.size);
  } else {
    got = TypeStructure(item.list, path, got_entries);
    // An include inside failed (said once, where it is): the names it
    // would have brought are unknown, and their absence is no mismatch.
    if (got.refused) RaiseSilently(item.span);
  }
  return ConstrainModule(item, got, of_path ? nullptr : &got_entries, path, entries, sig_name_out,
                         given);
}

// `module M : S = F`, F a functor and S a signature: Includemod's functor
// error, each parameter of F an extra argument. The parameters are printed
// by their module types' names: one without is refused, and so are
// several (OCaml numbers them in a tabulation box).
Diagnostic Typer::FunctorNotASignature(const ast::Item& item, const FunctorInfo& f) {
  const ast::Item& mty = ast_->items[item.b];
  if (f.params.size() != 1 || f.params[0].mty_name.empty() || f.params[0].name.empty() ||
      NamesFunctorType(mty))
    return MakeError(DiagKind::Unsupported, item.body,
                     Text(UnsupportedText("functors constrained to a module type")));
  std::string param = "(" + f.params[0].name + " : " + f.params[0].mty_name + ")";
  std::string extra = f.params[0].mty_name;
  Doc modules = [param](fmt::Formatter& ppf) {
    ppf.open_hvbox(2);
    ppf.print_string("Modules do not match:");
    ppf.print_space();
    ppf.open_box(0);
    ppf.print_string("functor");
    ppf.print_space();
    ppf.print_string(param);
    ppf.print_space();
    ppf.print_string("-> ...");
    ppf.close_box();
    ppf.print_break(1, -2);
    ppf.print_string("is not included in");
    ppf.print_space();
    ppf.open_box(0);
    ppf.print_string("functor");
    ppf.print_space();
    ppf.print_space();
    ppf.print_string("-> ...");
    ppf.close_box();
    ppf.close_box();
  };
  Doc sub = [extra](fmt::Formatter& ppf) {
    ppf.open_hvbox(2);
    ppf.open_box(0);
    ppf.print_string("An extra argument is provided of module type");
    ppf.print_break(1, 2);
    ppf.print_string(extra);
    ppf.close_box();
    ppf.close_box();
  };
  return MakeError(DiagKind::ModuleMismatch, ast_->longidents[item.a].span,
                   SignatureMismatch(std::move(modules), {std::move(sub)}));
}

// The module `got` (its entries, if a structure's; else a module path's or
// an application's) constrained to the module type `b` of `item`, or to
// `given` (a functor's result, typed already).
ModuleDesc Typer::ConstrainModule(const ast::Item& item, const ModuleDesc& got,
                                  std::vector<SigEntry>* got_entries_of_structure,
                                  const std::vector<std::string>& path,
                                  std::vector<SigEntry>& entries, std::string* sig_name_out,
                                  const ModuleTypeGiven* given) {
  auto refuse = [&](const std::string& what) {
    Raise(MakeError(DiagKind::Unsupported, item.body, Text(UnsupportedText(what))));
  };
  bool of_path = got_entries_of_structure == nullptr;
  std::vector<SigEntry> no_entries;
  std::vector<SigEntry>& got_entries = of_path ? no_entries : *got_entries_of_structure;
  std::vector<SigEntry> sig_entries;
  std::string sig_name;
  std::vector<std::string> sig_path;
  bool with_constraints = false;
  if (given) {
    sig_entries = given->entries;
    sig_name = given->name;
    sig_path = given->path;
  } else {
    const ast::Item& mt = ast_->items[item.b];
    with_constraints = (mt.flags & ast::kModuleTypeWith) != 0;
    int failures = errors_ + silent_failures_;
    sig_path = ModuleTypeOf(mt, path, sig_entries, &sig_name).path;
    // As for a module type: the module is refused whole (BindRefusedModule).
    if (errors_ + silent_failures_ > failures) RaiseSilently(item.span);
  }
  for (const SigEntry& e : sig_entries)
    if (e.kind == OutSigItem::Kind::ModuleType)
      refuse("modules constrained to a module type with module types inside");

  IncludeContext context;
  if (!of_path) context.got_entries = std::span<const SigEntry>(got_entries);
  // (A signature written in place is typed as the module's.)
  context.sig_path = sig_path.empty() ? path : sig_path;
  SignatureMatch match =
      MatchSignature(got, sig_entries, SignatureLocations(sig_entries), path, refuse, context);
  std::vector<Doc>& missing = match.missing;
  std::optional<Doc>& mismatch = match.mismatch;
  std::vector<uint32_t>& paired = match.paired;
  if (!missing.empty() || mismatch) {
    // (OCaml says it of the functor, with both functors' module types.)
    if (given && !given->package) refuse("functors that do not match their module type");
    // The signature of a module found by its path is not kept to print.
    if (of_path)
      refuse(item.flags & ast::kConstrainedApp
                 ? "functor applications that do not match their module type"
                 : "module paths that do not match their module type");
    std::vector<std::string> saved = printer_->ModulePath();
    printer_->SetModulePath(path);
    MarkShadowed(got_entries, 0);
    std::vector<OutSigItem> got_items = SignatureItems(got_entries, 0);
    std::vector<OutSigItem> sig_items;
    if (sig_name.empty()) sig_items = SignatureItems(sig_entries, 0);
    printer_->SetModulePath(saved);
    // OCaml prints "..." for module types too big to show; mlhint does not
    // know OCaml's measure near its limit.
    std::optional<bool> elided = SignatureElided(got_items, sig_items, with_constraints, 0);
    if (!elided) refuse("signature mismatches of this size");
    Raise(MakeError(DiagKind::ModuleMismatch, item.body,
                    SignatureMismatch(ModulesDoNotMatch(std::move(got_items), std::move(sig_items),
                                                        sig_name, *elided),
                                      missing.empty() ? std::vector<Doc>{*mismatch} : missing)));
  }

  // A weak variable of a module defined earlier may not become a type
  // defined since (OCaml's scopes), which is not told here.
  if (of_path)
    for (size_t i = 0; i < sig_entries.size(); ++i)
      if (sig_entries[i].kind == OutSigItem::Kind::Value &&
          HasWeakVariables(env_->values[paired[i]].type))
        refuse(item.flags & ast::kConstrainedApp
                   ? "functor applications with weak types constrained to a module type"
                   : "module paths with weak types constrained to a module type");

  // OCaml warns of what the signature hides and nothing used (unused
  // values, types, constructors, opens...); mlhint does not track those.
  if (HidesFromUnusedWarnings(item.list, got, sig_entries, paired))
    refuse("modules whose module type hides items while the unused-item warnings are enabled");

  // The module: the signature's items (typer_submodules.cpp).
  Instantiation made;
  ModuleDesc m =
      Submodules::ModuleOfMatch(*this, sig_entries, match, path, item, of_path, made, entries);
  *sig_name_out = sig_name;
  return m;
}

namespace {

size_t SignatureWeight(const std::vector<OutSigItem>& items, size_t value) {
  size_t w = 0;
  for (const OutSigItem& item : items) {
    if (item.kind == OutSigItem::Kind::Value) w += value + TypeWeight(item.type);
    if (item.kind == OutSigItem::Kind::Type) w += 2 + 2 * item.params.size();
    if (item.has_manifest) w += 2 * TypeWeight(item.manifest);
    for (const OutConstructor& c : item.constructors) {
      w += 2;
      for (const OutType& a : c.args) w += 2 * TypeWeight(a);
    }
    for (const OutLabel& l : item.labels) w += 2 + 2 * TypeWeight(l.type);
    if (item.kind == OutSigItem::Kind::Module) w += 6;
    w += SignatureWeight(item.items, value);
  }
  return w;
}

}  // namespace

}  // namespace mlhint::typing
