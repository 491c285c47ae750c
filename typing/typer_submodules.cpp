// Modules declared in a signature (`module N : sig ... end`) when a
// structure is matched against it (Includemod.signatures' Sig_module
// pairs): N's types paired with the structure's submodule's as the
// signature's path is substituted for the structure's, the submodule
// matched against N's signature (Includemod.module_declarations, the
// structure's side strengthened), and what Includemod_errorprinter says
// of a mismatch inside: "In module N:", the two module types, then N's own
// messages.

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

namespace {

// Mtype.strengthen of a submodule's printed signature through the path
// `prefix`: a type without a manifest gets `prefix.t` as its manifest, a
// submodule becomes an alias of `prefix.N` (strengthen_decl with
// ~aliasable). The number of items it changed, or nullopt when a
// parameter has no name to print.
std::optional<size_t> Strengthen(std::vector<OutSigItem>& items, const std::string& prefix) {
  size_t changed = 0;
  for (OutSigItem& item : items) {
    if (item.kind == OutSigItem::Kind::Module && item.alias.empty()) {
      item.alias = prefix + "." + item.name;
      item.items.clear();
      item.mty_name.clear();
      item.functor_params.clear();
      ++changed;
    }
    if (item.kind != OutSigItem::Kind::Type || item.has_manifest) continue;
    item.has_manifest = true;
    item.manifest = OutType{};
    item.manifest.kind = OutType::Kind::Constr;
    item.manifest.name = prefix + "." + item.name;
    ++changed;
    for (const std::string& p : item.params) {
      size_t quote = p.find_first_not_of("+-!");
      if (quote == std::string::npos || p.substr(quote) == "_" || p.substr(quote) == "?")
        return std::nullopt;
      OutType var;
      var.kind = OutType::Kind::Var;
      var.name = p.substr(quote);
      item.manifest.args.push_back(std::move(var));
    }
  }
  return changed;
}

// Does a module of the entries, or of their modules, have the name `name`?
bool HasModuleNamed(const std::vector<SigEntry>& entries, const std::string& name) {
  for (const SigEntry& e : entries)
    if (e.kind == OutSigItem::Kind::Module && (e.name == name || HasModuleNamed(e.items, name)))
      return true;
  return false;
}

}  // namespace

void Submodules::DeclareOfModuleType(Typer& t, const ast::Item& item) {
  std::string name(t.source_->Slice(item.name));
  std::vector<std::string> path = t.module_path_;
  path.push_back(name);
  std::vector<SigEntry> sig, entries;
  std::string mty_name;
  int failures = t.errors_ + t.silent_failures_;
  t.ModuleTypeOf(t.ast_->items[item.b], path, sig, &mty_name);
  if (t.errors_ + t.silent_failures_ > failures) t.RaiseSilently(item.span);
  for (const SigEntry& e : sig)
    if (e.kind == OutSigItem::Kind::Module || e.kind == OutSigItem::Kind::ModuleType)
      t.Raise(MakeError(DiagKind::Unsupported, item.span,
                        Text(UnsupportedText("module declarations of a module type with modules "
                                             "inside"))));
  ModuleDesc m = t.ModuleOfSignature(sig, path, entries, item.span);
  t.printer_->SetModulePath(t.module_path_);
  m.name = name;
  m.path = path;
  t.BindModule(item, std::move(m), std::move(entries));
  t.pending_sig_.back().mty_name = mty_name;
}

Doc Submodules::InModule(const std::vector<std::string>& modules, Doc message) {
  if (modules.empty()) return message;
  // Includemod_errorprinter.Context.pp: "In module %a:@ ".
  return [text = "In module " + Join(modules, ".") + ":", message](fmt::Formatter& ppf) {
    ppf.print_string(text);
    ppf.print_space();
    message(ppf);
  };
}

void Submodules::PairTypes(Typer& t, const ModuleDesc& got, const std::vector<SigEntry>& sig,
                           Instantiation& check) {
  for (const SigEntry& e : sig) {
    if (e.kind == OutSigItem::Kind::Type) {
      if (const auto* ids = got.Find(Namespace::Type, t.env_->types[e.decl].name))
        check.decls[e.decl] = ids->front();
    } else if (e.kind == OutSigItem::Kind::Module) {
      if (const auto* ids = got.Find(Namespace::Module, e.name)) {
        ModuleDesc sub = t.env_->modules[ids->front()];
        PairTypes(t, sub, e.items, check);
      }
    }
  }
}

std::optional<Doc> Submodules::Compare(Typer& t, SigEntry& e, ModuleId got_id,
                                       const std::vector<std::string>& path,
                                       const std::function<void(const std::string&)>& refuse,
                                       const IncludeContext& context, SignatureMatch& match) {
  // (A copy: matching may add modules to the environment.)
  ModuleDesc got = t.env_->modules[got_id];
  // A submodule refused where it is defined was reported there.
  if (got.refused) t.RaiseSilently(Span{});
  if (got.functor || got.outside_subset)
    refuse("functors or library modules where a signature declares a module");
  IncludeContext inner;
  inner.modules = context.modules;
  inner.modules.push_back(e.name);
  inner.check = &match.check;
  const SigEntry* got_entry = nullptr;
  if (context.got_entries)
    for (const SigEntry& g : *context.got_entries)
      if (g.kind == OutSigItem::Kind::Module && g.name == e.name) got_entry = &g;
  if (got_entry) inner.got_entries = std::span<const SigEntry>(got_entry->items);
  inner.declared_in = context.declared_in;
  inner.sig_path = context.sig_path;
  inner.sig_path.push_back(e.name);
  inner.outermost_shadowed = context.modules.empty()
                                 ? got_entry && HasModuleNamed(got_entry->items, e.name)
                                 : context.outermost_shadowed;
  std::vector<std::string> sub_path = path;
  sub_path.push_back(e.name);
  std::vector<std::string> where = t.SignatureLocations(e.items, context.declared_in);
  SignatureMatch sub = t.MatchSignature(got, e.items, where, sub_path, refuse, inner);
  match.check = sub.check;
  bool failed = !sub.missing.empty() || sub.mismatch;
  std::vector<Doc> messages = sub.missing.empty() && sub.mismatch ? std::vector<Doc>{*sub.mismatch}
                                                                  : std::move(sub.missing);
  match.modules.push_back(std::move(sub));
  if (!failed) return std::nullopt;
  // Without the structure's entries (a module path, a functor's argument)
  // the caller refuses any mismatch: N's own messages are enough.
  if (got_entry) {
    // OCaml prints an alias's module expanded, which its entry does not hold.
    if (!got_entry->alias.empty()) refuse("signature mismatches in modules that are aliases");
    if (inner.outermost_shadowed)
      refuse("signature mismatches in modules with a module of the same name inside");
    // The structure's submodule, strengthened by its path, and N's
    // signature, as Includemod_errorprinter.module_types prints them.
    std::vector<std::string> saved = t.printer_->ModulePath();
    t.printer_->SetModulePath(sub_path);
    std::vector<SigEntry> got_entries = got_entry->items;
    std::vector<OutSigItem> got_items = t.SignatureItems(got_entries, 0);
    t.printer_->SetModulePath(inner.sig_path);
    std::vector<OutSigItem> sig_items = t.SignatureItems(e.items, 0);
    t.printer_->SetModulePath(saved);
    std::optional<size_t> strengthened = Strengthen(got_items, Join(inner.modules, "."));
    if (!strengthened) refuse("signature mismatches in modules with anonymous type parameters");
    // A module declared of a named module type is expected as that name.
    if (!e.mty_name.empty()) sig_items.clear();
    std::optional<bool> elided = SignatureElided(got_items, sig_items, false, *strengthened);
    if (!elided) refuse("signature mismatches of this size");
    // (dwith_context_and_elision: "..." says no context.)
    Doc modules =
        ModulesDoNotMatch(std::move(got_items), std::move(sig_items), e.mty_name, *elided);
    messages.insert(messages.begin(), *elided ? modules : InModule(inner.modules, modules));
  }
  return [messages = std::move(messages)](fmt::Formatter& ppf) {
    for (size_t i = 0; i < messages.size(); ++i) {
      if (i) ppf.print_space();
      messages[i](ppf);
    }
  };
}

// The module a structure constrained to a signature is (Typemod's
// Pmod_constraint): the signature's items. An abstract type of the
// signature is a new type of the module; a defined one is the structure's,
// with its constructors or labels; values have the signature's types; a
// declared module is made the same way from its signature.
ModuleDesc Submodules::ModuleOfMatch(Typer& t, const std::vector<SigEntry>& sig_entries,
                                     const SignatureMatch& match,
                                     const std::vector<std::string>& path, const ast::Item& item,
                                     bool of_path, Instantiation& made,
                                     std::vector<SigEntry>& entries) {
  Env& env = *t.env_;
  ModuleDesc m;
  m.name = path.back();
  m.path = path;
  const std::vector<uint32_t>& paired = match.paired;
  size_t next_module = 0;
  for (size_t i = 0; i < sig_entries.size(); ++i) {
    const SigEntry& e = sig_entries[i];
    SigEntry s = e;
    s.loc = item.span;
    switch (e.kind) {
      case OutSigItem::Kind::Type: {
        const TypeDecl& sd = env.types[e.decl];
        DeclId id = paired[i];
        // An abbreviation of the signature is the module's as the
        // signature says it, not the structure's definition: `type b = a`
        // (`a` abstract, made anew here) rather than `b = int`, `type key
        // = O.t` rather than `key = M.key` (Typemod gives the module the
        // signature's declarations).
        bool abstract = sd.kind == DeclKind::Abstract && sd.manifest == kNoType;
        bool abbreviation = !of_path && sd.kind == DeclKind::Abstract && sd.manifest != kNoType;
        if (abstract || abbreviation) {
          TypeDecl fresh;
          fresh.name = sd.name;
          fresh.qualifier = path;
          fresh.kind = DeclKind::Abstract;
          fresh.loc = sd.loc;
          fresh.has_loc = sd.has_loc;
          fresh.loc_text = sd.loc_text;
          fresh.variance = sd.variance;
          fresh.immediate_attribute = sd.immediate_attribute;
          fresh.immediacy = sd.immediacy;
          fresh.alerts = sd.alerts;
          std::unordered_map<TypeId, TypeId> vars;
          for (TypeId p : std::vector<TypeId>(sd.params))
            fresh.params.push_back(CopyInstantiated(*t.store_, made, p, vars));
          if (abbreviation) fresh.manifest = CopyInstantiated(*t.store_, made, sd.manifest, vars);
          // (A variance the library's signature writes, `type +!'a t`.)
          if (abstract) fresh.variance_mark = sd.variance_mark;
          env.types.push_back(std::move(fresh));
          id = static_cast<DeclId>(env.types.size() - 1);
          made.made_anew.insert(e.decl);
        } else {
          // Of a module's path, the signature's own declaration (the
          // module's type is the signature, not strengthened).
          if (of_path) id = e.decl;
          for (ConstrId c : env.types[id].constructors)
            m.Add(Namespace::Constructor, env.constructors[c].name, c);
          for (LabelId l : env.types[id].labels) m.Add(Namespace::Label, env.labels[l].name, l);
        }
        made.decls[e.decl] = id;
        m.Add(Namespace::Type, e.name, id);
        s.decl = id;
        break;
      }
      case OutSigItem::Kind::Exception:
        m.Add(Namespace::Constructor, e.name, paired[i]);
        s.exn = paired[i];
        break;
      case OutSigItem::Kind::Value: {
        std::unordered_map<TypeId, TypeId> vars;
        TypeId type = CopyInstantiated(*t.store_, made, e.type, vars);
        t.RaiseInclusionAlerts(paired[i], e, item.body);
        ValueId v = t.NewValue(e.name, type, env.values[paired[i]].loc);
        if (e.alerts != kNone) env.value_alerts[v] = e.alerts;
        m.Add(Namespace::Value, e.name, v);
        s.type = type;
        break;
      }
      case OutSigItem::Kind::Module: {
        std::vector<std::string> sub_path = path;
        sub_path.push_back(e.name);
        s.items.clear();
        ModuleDesc sub = ModuleOfMatch(t, e.items, match.modules[next_module++], sub_path, item,
                                       of_path, made, s.items);
        env.modules.push_back(std::move(sub));
        m.Add(Namespace::Module, e.name, static_cast<ModuleId>(env.modules.size() - 1));
        break;
      }
      default:
        break;
    }
    entries.push_back(std::move(s));
  }
  return m;
}

}  // namespace mlhint::typing
