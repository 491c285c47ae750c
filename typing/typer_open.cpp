// `open struct ... end` and `open F (X)` as structure items (Typemod's
// type_open_decl), and what an open hides from the signature.

#include <optional>
#include <span>
#include <unordered_set>

#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

namespace {

// Does the type `t` name only predefined types, the library's, and types
// hidden by an open?
bool NamesOnlyLibraryTypes(TypeStore& ts, const Env& env, TypeId t) {
  std::vector<TypeId> work{t};
  std::unordered_set<TypeId> seen;
  while (!work.empty()) {
    TypeId x = ts.Repr(work.back());
    work.pop_back();
    if (x == kNoType || !seen.insert(x).second) continue;
    const TypeNode n = ts.node(x);
    if (n.tag == TypeTag::Constr) {
      const TypeDecl& d = env.types[n.a];
      if (!d.predef && !d.hidden_by_open && (d.qualifier.empty() || d.qualifier[0] != "Stdlib"))
        return false;
    }
    for (uint32_t i = 0; i < ts.child_count(x); ++i) work.push_back(ts.child(x, i));
  }
  return true;
}

// The walk of a signature for what the opens of its structure hid.
struct HiddenScan {
  TypeStore& ts;
  const Env& env;
  std::span<const HiddenByOpen> hidden;
  const HiddenByOpen* found = nullptr;
  std::unordered_set<TypeId> seen;

  const HiddenByOpen* OfDecl(DeclId d) const {
    for (const HiddenByOpen& h : hidden)
      if (d >= h.first_decl && d < h.end_decl) return &h;
    return nullptr;
  }
  // A module or module type named by `path` (`A`, `A.S`) through one of them.
  void Path(const std::string& path) {
    std::string_view head = std::string_view(path).substr(0, path.find('.'));
    for (const HiddenByOpen& h : hidden)
      for (const std::string& name : h.modules)
        if (!found && name == head) found = &h;
  }
  void Type(TypeId t) {
    std::vector<TypeId> work{t};
    while (!work.empty() && !found) {
      TypeId x = ts.Repr(work.back());
      work.pop_back();
      if (x == kNoType || !seen.insert(x).second) continue;
      const TypeNode n = ts.node(x);
      if (n.tag == TypeTag::Constr && env.types[n.a].hidden_by_open) {
        // A hidden abbreviation is shown as its expansion (Mtype.nondep_sig);
        // one of these opens' that names a type of the program could name
        // it as the signature names another (OCaml's `t/1`, not told), and
        // another type of theirs cannot be shown at all.
        const TypeDecl& decl = env.types[n.a];
        const HiddenByOpen* h = OfDecl(n.a);
        if (h && (decl.manifest == kNoType || !NamesOnlyLibraryTypes(ts, env, decl.manifest)))
          found = h;
        if (decl.manifest != kNoType) work.push_back(decl.manifest);
      }
      for (uint32_t i = 0; i < ts.child_count(x); ++i) work.push_back(ts.child(x, i));
    }
  }
  void Constructor(ConstrId c) {
    for (TypeId a : env.constructors[c].args) Type(a);
    if (env.constructors[c].inlined != kNone)
      for (LabelId l : env.types[env.constructors[c].inlined].labels) Type(env.labels[l].arg);
  }
  void Entries(std::span<const SigEntry> entries) {
    for (const SigEntry& s : entries) {
      if (found) return;
      switch (s.kind) {
        case OutSigItem::Kind::Value:
          Type(s.type);
          break;
        case OutSigItem::Kind::Type: {
          const TypeDecl& decl = env.types[s.decl];
          if (decl.manifest != kNoType) Type(decl.manifest);
          for (ConstrId c : decl.constructors) Constructor(c);
          for (LabelId l : decl.labels) Type(env.labels[l].arg);
          break;
        }
        case OutSigItem::Kind::Exception:
          Constructor(s.exn);
          break;
        case OutSigItem::Kind::Module:
        case OutSigItem::Kind::ModuleType:
          if (!s.alias.empty()) Path(s.alias);
          if (!s.mty_name.empty()) Path(s.mty_name);
          Entries(s.items);
          if (s.functor) {
            for (const FunctorInfo::Param& p : s.functor->params) {
              if (!p.mty_name.empty()) Path(p.mty_name);
              Entries(p.sig);
            }
            if (!s.functor->result_name.empty()) Path(s.functor->result_name);
            Entries(s.functor->body);
          }
          break;
      }
    }
  }
};

}  // namespace

const HiddenByOpen* HiddenInSignature(TypeStore& ts, const Env& env,
                                      std::span<const SigEntry> entries,
                                      std::span<const HiddenByOpen> hidden) {
  if (hidden.empty()) return nullptr;
  HiddenScan scan{ts, env, hidden, nullptr, {}};
  scan.Entries(entries);
  return scan.found;
}

// Typemod's open of a structure: its items are typed where they stand and
// stay bound for what follows; the signature does not show them (the
// toplevel prints them, as it does; at the toplevel's top they are the
// phrase's, exported). What it introduced is noted for the end of the
// structure, whose signature may show a hidden type abbreviation as its
// expansion (Mtype.nondep_sig) but no other type, module or module type of
// it (OCaml's "The type t/150 introduced by this open appears in the
// signature", which names it by a stamp): that is refused there. The open's
// own structure is checked so against the opens inside it.
void Typer::TypeOpenStructure(const ast::Item& item) {
  if (item.b != ast::kNone) {
    TypeOpenApplication(item);
    return;
  }
  bool toplevel = !unit_lines_.empty() && module_path_.empty() && open_structures_.depth == 0;
  for (ast::Id sub : ListOf(item.list)) {
    const ast::Item& it = ast_->items[sub];
    if (it.kind == ast::ItemKind::Include)
      Raise(MakeError(DiagKind::Unsupported, it.span,
                      Text(UnsupportedText("include statements in an open structure"))));
    if (toplevel && (it.kind == ast::ItemKind::Module || it.kind == ast::ItemKind::ModuleType))
      Raise(MakeError(DiagKind::Unsupported, it.span,
                      Text(UnsupportedText("types and modules in an open structure"))));
  }
  ScopedSwap<DefinedNames> types(defined_types_, {}), exceptions(defined_exceptions_, {}),
      modules(defined_modules_, {}), module_types(defined_module_types_, {});
  ScopedSwap<int> depth(open_structures_.depth, open_structures_.depth + 1);
  if (toplevel) {
    for (ast::Id sub : ListOf(item.list)) TypeItemReporting(sub);
    return;
  }
  HiddenByOpen made;
  made.first_decl = static_cast<DeclId>(env_->types.size());
  made.open = item.span;
  Env::Mark start = env_->Save();
  // The open's own structure is checked against the opens inside it.
  std::optional<Span> refused_at;
  {
    ScopedSwap<std::vector<SigEntry>> entries(pending_sig_, {});
    ScopedSwap<std::vector<HiddenByOpen>> inner(open_structures_.hidden, {});
    for (ast::Id sub : ListOf(item.list)) TypeItemReporting(sub);
    if (const HiddenByOpen* shown =
            HiddenInSignature(*store_, *env_, pending_sig_, open_structures_.hidden))
      refused_at = shown->open;
  }
  if (refused_at) Raise(MakeError(DiagKind::Unsupported, *refused_at, Text(HiddenShownText())));
  made.end_decl = static_cast<DeclId>(env_->types.size());
  for (auto d = made.first_decl; d < made.end_decl; ++d) env_->types[d].hidden_by_open = true;
  for (Env::Mark b = start; b < env_->Save(); ++b) {
    const Env::Binding& binding = env_->BindingAt(b);
    if (binding.ns == Namespace::Module || binding.ns == Namespace::ModuleType)
      made.modules.emplace_back(env_->NameOf(binding));
  }
  open_structures_.hidden.push_back(std::move(made));
}

// `open F (X)` (Typemod.type_open_decl of another module expression than a
// path): the application is typed as an unnamed module, as `let open F (X)
// in` types it, and its components are opened for what follows. The
// toplevel's phrase exports them (its signature shows them); elsewhere they
// are hidden, and a signature shows a hidden type's expansion
// (`Set.Make(String).t`). A structure as the argument leaves its types
// abstract, which a hidden type cannot be (OCaml's "introduced by this
// open appears in the signature", not told): refused there.
void Typer::TypeOpenApplication(const ast::Item& item) {
  const ast::Item& app = ast_->items[item.b];
  bool exported =
      !unit_lines_.empty() && module_path_.empty() && open_structures_.depth == 0 && !in_signature_;
  if (!exported && app.b == ast::kNone)
    Raise(MakeError(DiagKind::Unsupported, item.span,
                    Text(UnsupportedText("open statements of a functor applied to a structure"))));
  auto first_type = static_cast<DeclId>(env_->types.size());
  std::vector<SigEntry> entries;
  ModuleId opened = kNone;
  try {
    opened = TypeUnnamedModule(app, &entries);
  } catch (TypeErrorThrow& failed) {
    // A module that does not match its module type: the error is said, and
    // the module type's names are opened for what follows, as a module of
    // that type would give them (one mistake, one diagnostic).
    if (failed.silent || !(app.flags & ast::kConstrained)) throw;
    try {
      ScopedSwap<std::vector<SigEntry>> pending(pending_sig_, {});
      std::vector<SigEntry> sig;
      std::string name;
      ModuleDesc m = ModuleTypeOf(ast_->items[app.b], module_path_, sig, &name);
      env_->modules.push_back(std::move(m));
      env_->Open(env_->modules.back());
    } catch (TypeErrorThrow&) {
    }
    throw;
  }
  if (opened == kNone) return;
  env_->Open(env_->modules[opened]);
  if (exported) {
    for (SigEntry& e : entries) pending_sig_.push_back(std::move(e));
    return;
  }
  // A signature opens the path `F(A)` (an open description).
  if (in_signature_ && (app.flags & ast::kFunctorApp) &&
      NameTypesByApplication(*env_, *store_, env_->modules[opened], first_type))
    return;
  for (auto d = first_type; d < env_->types.size(); ++d) env_->types[d].hidden_by_open = true;
  // A module constrained to a module type: its types are the module
  // type's, abstract or defined anew, which a signature could not name
  // (Typemod's "introduced by this open appears in the signature", not
  // told). Its names stay bound.
  bool refused = false;
  if (app.flags & ast::kConstrained)
    for (const auto& [name, decls] :
         env_->modules[opened].tables[static_cast<int>(Namespace::Type)])
      for (uint32_t d : decls) {
        TypeId manifest = env_->types[d].manifest;
        refused =
            refused || manifest == kNoType || !NamesOnlyLibraryTypes(*store_, *env_, manifest);
      }
  if (refused)
    Raise(MakeError(DiagKind::Unsupported, item.span,
                    Text(UnsupportedText("types in an open module constrained to a module type"))));
}

}  // namespace mlhint::typing
