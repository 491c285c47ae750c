// Includemod's comparisons for a module constrained to a module type: a
// structure's items against a signature's (Typer::MatchSignature), the
// types and definitions compared with the signature's abstract types
// rigid, and where each entry is declared, as messages say it.

#include <algorithm>
#include <functional>
#include <unordered_set>

#include "diagnostics/render.h"
#include "typing/prelude.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

namespace {

// The variables of the generic type `t`, each once.
void CollectVars(TypeStore& ts, TypeId t, std::vector<TypeId>& out) {
  t = ts.Repr(t);
  if (ts.node(t).tag == TypeTag::Var) {
    if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    return;
  }
  for (uint32_t i = 0; i < ts.child_count(t); ++i) CollectVars(ts, ts.child(t, i), out);
}

// The variables of the scheme `t` that are not generic (weak), each once.
std::vector<TypeId> WeakVariables(TypeStore& ts, TypeId t) {
  std::vector<TypeId> vars;
  CollectVars(ts, t, vars);
  std::erase_if(vars, [&](TypeId v) { return ts.level(v) == kGenericLevel; });
  return vars;
}

}  // namespace

bool Names(TypeStore& ts, TypeId t, const std::unordered_set<DeclId>& decls) {
  t = ts.Repr(t);
  if (ts.node(t).tag == TypeTag::Constr && decls.count(ts.constr_decl(t))) return true;
  for (uint32_t i = 0; i < ts.child_count(t); ++i)
    if (Names(ts, ts.child(t, i), decls)) return true;
  return false;
}

bool Typer::HasWeakVariables(TypeId scheme) {
  return !WeakVariables(*store_, scheme).empty();
}

TypeId Typer::RigidType() {
  TypeDecl bare;
  bare.name = "$rigid";
  env_->types.push_back(std::move(bare));
  return store_->NewConstr(ctype_->current_level(), static_cast<DeclId>(env_->types.size() - 1),
                           {});
}

// The signature's type `want` (its declarations read through `check`, its
// variables as `want_vars` says) equals the structure's `have` (its
// variables as `have_vars` says): both made ground, then unified.
bool Typer::SameType(TypeId want, TypeId have, const Instantiation& check,
                     std::unordered_map<TypeId, TypeId> want_vars,
                     std::unordered_map<TypeId, TypeId> have_vars) {
  Instantiation none;
  TypeId a = CopyInstantiated(*store_, check, want, want_vars);
  TypeId b = CopyInstantiated(*store_, none, have, have_vars);
  return ctype_->Unifiable(ctype_->Instance(a), ctype_->Instance(b));
}

// Includecore.type_declarations for a type the signature defines: the
// structure's has the same manifest, constructors or labels, its
// parameters taken as the same unknown types.
bool Typer::SameDefinition(DeclId want, DeclId have, const Instantiation& check) {
  const TypeDecl& s = env_->types[want];
  const TypeDecl& g = env_->types[have];
  if (s.params.size() != g.params.size()) return false;
  std::unordered_map<TypeId, TypeId> sv, gv;
  std::vector<TypeId> args;
  for (size_t i = 0; i < s.params.size(); ++i) {
    TypeId r = RigidType();
    sv[store_->Repr(env_->types[want].params[i])] = r;
    gv[store_->Repr(env_->types[have].params[i])] = r;
    args.push_back(r);
  }
  const TypeDecl& s2 = env_->types[want];
  const TypeDecl& g2 = env_->types[have];
  if (s2.manifest != kNoType &&
      !SameType(s2.manifest, store_->NewConstr(ctype_->current_level(), have, args), check, sv, {}))
    return false;
  if (s2.kind == DeclKind::Abstract) return true;
  if (s2.kind != g2.kind) return false;
  std::vector<ConstrId> sc = s2.constructors, gc = g2.constructors;
  if (sc.size() != gc.size()) return false;
  for (size_t i = 0; i < sc.size(); ++i) {
    const ConstructorDesc& a = env_->constructors[sc[i]];
    const ConstructorDesc& b = env_->constructors[gc[i]];
    if (a.name != b.name || a.args.size() != b.args.size()) return false;
    if (a.inlined != kNone || b.inlined != kNone) {
      if (a.inlined == kNone || b.inlined == kNone ||
          !InlineRecords::SameFields(*this, a.inlined, b.inlined, check, sv, gv))
        return false;
      continue;
    }
    for (size_t k = 0; k < a.args.size(); ++k)
      if (!SameType(env_->constructors[sc[i]].args[k], env_->constructors[gc[i]].args[k], check, sv,
                    gv))
        return false;
  }
  std::vector<LabelId> sl = s2.labels, gl = g2.labels;
  if (sl.size() != gl.size()) return false;
  for (size_t i = 0; i < sl.size(); ++i) {
    const LabelDesc& a = env_->labels[sl[i]];
    const LabelDesc& b = env_->labels[gl[i]];
    if (a.name != b.name || a.is_mutable != b.is_mutable) return false;
    if (!SameType(env_->labels[sl[i]].arg, env_->labels[gl[i]].arg, check, sv, gv)) return false;
  }
  return true;
}

bool Typer::HidesFromUnusedWarnings(ast::ListRef items, const ModuleDesc& got,
                                    const std::vector<SigEntry>& sig_entries,
                                    const std::vector<uint32_t>& paired) {
  bool active = false;
  for (int w : {32, 33, 34, 37, 38, 60, 66, 69}) active = active || WarningActive(w);
  if (!active) return false;
  for (ast::Id sub : ListOf(items))
    if (ast_->items[sub].kind == ast::ItemKind::Open) return true;
  size_t values = 0, types = 0, exceptions = 0;
  for (size_t i = 0; i < sig_entries.size(); ++i) {
    const SigEntry& e = sig_entries[i];
    if (e.kind == OutSigItem::Kind::Value) ++values;
    if (e.kind == OutSigItem::Kind::Exception) ++exceptions;
    if (e.kind == OutSigItem::Kind::Type) {
      ++types;
      const TypeDecl& s = env_->types[e.decl];
      const TypeDecl& g = env_->types[paired[i]];
      if (s.kind == DeclKind::Abstract && (!g.constructors.empty() || !g.labels.empty()))
        return true;
    }
  }
  auto count = [&](Namespace ns) { return got.order[static_cast<int>(ns)].size(); };
  size_t got_exceptions = 0;
  for (const std::string& name : got.order[static_cast<int>(Namespace::Constructor)])
    for (uint32_t c : got.tables[static_cast<int>(Namespace::Constructor)].at(name))
      if (env_->constructors[c].is_exception) ++got_exceptions;
  return count(Namespace::Value) > values || count(Namespace::Type) > types ||
         got_exceptions > exceptions || count(Namespace::Module) > 0 ||
         count(Namespace::ModuleType) > 0;
}

// Includemod.signatures of a structure's items `got` against a signature:
// each item of the signature paired with the structure's of its name
// (pair_components), what is missing said, all of it, before any item is
// compared; then each pair, in the signature's order, OCaml reporting the
// first that does not match. `where`: where each entry is declared, as
// messages say it. `refuse` abandons what mlhint cannot explain. A module
// the signature declares is matched in turn (typer_submodules.cpp), its
// messages said in `context`.
SignatureMatch Typer::MatchSignature(const ModuleDesc& got, std::vector<SigEntry>& sig_entries,
                                     const std::vector<std::string>& where,
                                     const std::vector<std::string>& path,
                                     const std::function<void(const std::string&)>& refuse,
                                     const IncludeContext& context) {
  for (SigEntry& e : sig_entries) {
    if (e.kind == OutSigItem::Kind::Type) e.name = env_->types[e.decl].name;
    if (e.kind == OutSigItem::Kind::Exception) e.name = env_->constructors[e.exn].name;
  }
  // Pairs each item of the signature with the structure's of its name
  // (Includemod.signatures' pair_components): what is missing is said, all
  // of it, before any item is compared.
  SignatureMatch match;
  std::vector<Doc>& missing = match.missing;
  Instantiation& check = match.check;  // the signature's types -> the structure's
  if (context.check) check = *context.check;
  std::vector<uint32_t>& paired = match.paired;
  paired.assign(sig_entries.size(), kNone);
  for (size_t i = 0; i < sig_entries.size(); ++i) {
    const SigEntry& e = sig_entries[i];
    switch (e.kind) {
      case OutSigItem::Kind::Type: {
        const auto* ids = got.Find(Namespace::Type, e.name);
        if (!ids) {
          missing.push_back(MissingField("type", e.name, where[i]));
          break;
        }
        paired[i] = ids->front();
        check.decls[e.decl] = ids->front();
        break;
      }
      case OutSigItem::Kind::Exception: {
        const auto* ids = got.Find(Namespace::Constructor, e.name);
        ConstrId c = kNone;
        if (ids)
          for (uint32_t id : *ids)
            if (env_->constructors[id].is_exception) c = id;
        if (c == kNone) {
          missing.push_back(MissingField("exception", e.name, where[i]));
          break;
        }
        paired[i] = c;
        break;
      }
      case OutSigItem::Kind::Value: {
        const auto* ids = got.Find(Namespace::Value, e.name);
        if (!ids) {
          missing.push_back(MissingField("value", e.name, where[i]));
          break;
        }
        paired[i] = ids->front();
        break;
      }
      case OutSigItem::Kind::Module: {
        // (Mty_alias, which Includemod compares by path, not by signature.)
        if (!e.alias.empty() || e.functor)
          refuse("module aliases in a signature that a module is matched against");
        const auto* ids = got.Find(Namespace::Module, e.name);
        if (!ids) {
          missing.push_back(MissingField("module", e.name, where[i]));
          break;
        }
        // Subst.add_module: the signature's path is the structure's, for
        // the types of the module too.
        paired[i] = ids->front();
        Submodules::PairTypes(*this, env_->modules[paired[i]], e.items, check);
        break;
      }
      default:
        refuse("module types declared in a signature a module is matched against");
    }
  }
  // Includemod_errorprinter.signature: the context before the first only.
  if (!missing.empty()) missing[0] = Submodules::InModule(context.modules, missing[0]);

  // Then each pair, in the signature's order; OCaml reports the first that
  // does not match.
  std::optional<Doc>& mismatch = match.mismatch;
  for (size_t i = 0; i < sig_entries.size() && missing.empty() && !mismatch; ++i) {
    const SigEntry& e = sig_entries[i];
    switch (e.kind) {
      case OutSigItem::Kind::Type: {
        const TypeDecl& s = env_->types[e.decl];
        const TypeDecl& g = env_->types[paired[i]];
        if (s.params.size() != g.params.size())
          refuse("type declarations that do not match their module type");
        bool abstract = s.kind == DeclKind::Abstract && s.manifest == kNoType;
        if (!abstract && !SameDefinition(e.decl, paired[i], check))
          refuse("type declarations that do not match their module type");
        // Includecore's representation and immediacy checks (the latter
        // for a type the signature leaves abstract only).
        bool immediate = !abstract || ImmediacyCoerces(g.immediacy, s.immediacy);
        if (!immediate || (!abstract && (s.unboxed != g.unboxed ||
                                         Prelude::IsFloatRecord(*store_, *env_, e.decl) !=
                                             Prelude::IsFloatRecord(*store_, *env_, paired[i]))))
          refuse("type declarations that do not match their module type");
        break;
      }
      case OutSigItem::Kind::Exception: {
        const ConstructorDesc& s = env_->constructors[e.exn];
        const ConstructorDesc& g = env_->constructors[paired[i]];
        bool same = s.args.size() == g.args.size();
        for (size_t k = 0; same && k < s.args.size(); ++k)
          same = SameType(s.args[k], g.args[k], check, {}, {});
        if (!same) refuse("exception declarations that do not match their module type");
        break;
      }
      case OutSigItem::Kind::Value: {
        // Ctype.moregeneral: the structure's type, instantiated, unifies
        // with the signature's whose variables are rigid.
        std::vector<TypeId> vars;
        CollectVars(*store_, e.type, vars);
        std::unordered_map<TypeId, TypeId> rigid;
        for (TypeId v : vars) rigid[v] = RigidType();
        TypeId expected = CopyInstantiated(*store_, check, e.type, rigid);
        ValueId g = paired[i];
        // Includecore.value_descriptions: after the types, an external of
        // the signature needs the same external in the structure
        // (primitive_descriptions: its names, arity, allocation and reprs).
        auto own = env_->externals.find(g);
        const ExternalPrims* got_external = own == env_->externals.end() ? nullptr : &own->second;
        bool primitives_match = !e.external || (got_external && *got_external == *e.external);
        // A weak variable of the structure's type is not generic: it may
        // become a type, not one of the signature's variables.
        std::vector<TypeId> weak = WeakVariables(*store_, env_->values[g].type);
        std::unordered_set<DeclId> rigid_decls;
        for (const auto& [var, r] : rigid) rigid_decls.insert(store_->constr_decl(r));
        auto snapshot = store_->TakeSnapshot();
        bool included =
            !ctype_->Unify(ctype_->Instance(env_->values[g].type), ctype_->Instance(expected));
        for (TypeId w : weak) included = included && !Names(*store_, w, rigid_decls);
        store_->Backtrack(snapshot);
        if (included && primitives_match) {
          // Ctype.moregeneral instantiates the structure's non-generic
          // variables (inst_nongen): they keep the signature's types (a
          // functor's argument `struct let compare = cmp end` makes the
          // outer `cmp` a comparison of its type).
          if (!weak.empty())
            (void)ctype_->Unify(ctype_->Instance(env_->values[g].type), ctype_->Instance(expected));
          break;
        }
        // The signature's types are the structure's there (Includemod
        // compares and prints after the substitution).
        std::unordered_map<TypeId, TypeId> fresh;
        TypeId substituted = CopyInstantiated(*store_, check, e.type, fresh);
        // Two types of one name are told apart (`t/1`, `t/2`) and their
        // definitions shown (Printtyp.Conflicts).
        // Names are resolved where the structure's items are bound.
        std::vector<std::string> saved = printer_->ModulePath();
        printer_->SetModulePath(path);
        Env::Mark before_open = env_->Save();
        env_->Open(got);
        printer_->BeginNaming();
        OutSigItem got_item = printer_->ValueItem(e.name, env_->values[g].type);
        OutSigItem expected_item = printer_->ValueItem(e.name, substituted);
        if (got_external) got_item.external = *got_external;
        if (e.external) expected_item.external = *e.external;
        printer_->ApplyNaming(got_item.type);
        printer_->ApplyNaming(expected_item.type);
        std::vector<TypePrinter::Conflict> conflicts = printer_->EndNaming();
        env_->Restore(before_open);
        printer_->SetModulePath(saved);
        std::string expected_at = where[i];
        std::string actual_at = DeclaredAt(env_->values[g].loc);
        mismatch = Submodules::InModule(
            context.modules,
            ValuesDoNotMatchDoc(got_item, expected_item, expected_at, actual_at, conflicts));
        break;
      }
      case OutSigItem::Kind::Module:
        mismatch =
            Submodules::Compare(*this, sig_entries[i], paired[i], path, refuse, context, match);
        break;
      default:
        break;
    }
  }
  return match;
}

// Includemod_errorprinter.show_loc says nothing of a place in the toplevel.
std::string Typer::DeclaredAt(Span span) const {
  return unit_lines_.empty() ? LocationText(*source_, span) : std::string();
}

std::vector<std::string> Typer::SignatureLocations(const std::vector<SigEntry>& entries,
                                                   const SourceBuffer* in) const {
  std::vector<std::string> where;
  for (const SigEntry& e : entries) {
    Span span = e.loc;
    if (e.kind == OutSigItem::Kind::Type) span = env_->types[e.decl].loc;
    if (e.kind == OutSigItem::Kind::Exception) span = env_->constructors[e.exn].loc;
    // A compiled interface's exception has no place to show (ocamlc prints
    // none for one the implementation lacks).
    if (in && e.kind == OutSigItem::Kind::Exception)
      where.emplace_back();
    else if (!e.declared.empty())
      where.push_back(e.declared);
    else
      where.push_back(in ? LocationText(*in, span) : DeclaredAt(span));
  }
  return where;
}

}  // namespace mlhint::typing
