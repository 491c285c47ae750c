// Functors of the program: `module F (X : S) (Y : T) = struct ... end`
// (Typemod's Pmod_functor: each parameter a module of its module type's
// items, the body a structure typed where they are bound), and their
// application to a module path or a structure, `module M = F (A)`
// (Pmod_apply: the argument checked against the parameter, then the body's
// signature with the argument's types in place of the parameter's;
// Mtype.strengthen names the body's types `F(A).t` when the argument is a
// path, Mtype.nondep_supertype replaces them when it is a structure).
// The functors of the standard library: typer_functor.cpp.

#include <unordered_map>

#include "diagnostics/render.h"
#include "typing/prelude.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

// The declarations of `from` copied as the types of the module `path`, what
// they name replaced as `inst` says (and each copy added to it): their
// parameters, manifests, constructors and labels. The copies are made
// first, so that the types of the group may name each other.
std::vector<DeclId> Typer::CopyDeclarations(const std::vector<DeclId>& from,
                                            const std::vector<std::string>& path,
                                            Instantiation& inst) {
  std::vector<DeclId> made;
  std::vector<std::unordered_map<TypeId, TypeId>> vars(from.size());
  for (size_t i = 0; i < from.size(); ++i) {
    TypeDecl copy;
    {
      const TypeDecl& d = env_->types[from[i]];
      copy.name = d.name;
      copy.kind = d.kind;
      copy.loc = d.loc;
      copy.has_loc = d.has_loc;
      copy.loc_text = d.loc_text;
      copy.variance = d.variance;
      copy.immediate_attribute = d.immediate_attribute;
      copy.immediacy = d.immediacy;
      copy.unboxed = d.unboxed;
      copy.rec_next = d.rec_next;
      if (d.manifest == kNoType) copy.variance_mark = d.variance_mark;
    }
    copy.qualifier = path;
    for (TypeId p : std::vector<TypeId>(env_->types[from[i]].params))
      copy.params.push_back(CopyInstantiated(*store_, inst, p, vars[i]));
    env_->types.push_back(std::move(copy));
    made.push_back(static_cast<DeclId>(env_->types.size() - 1));
    inst.decls[from[i]] = made.back();
  }
  for (size_t i = 0; i < from.size(); ++i) {
    DeclId id = made[i];
    if (TypeId m = env_->types[from[i]].manifest; m != kNoType)
      env_->types[id].manifest = CopyInstantiated(*store_, inst, m, vars[i]);
    TypeId result = store_->NewConstr(kGenericLevel, id, env_->types[id].params);
    for (ConstrId c : std::vector<ConstrId>(env_->types[from[i]].constructors)) {
      ConstructorDesc copy = env_->constructors[c];
      copy.owner = id;
      if (copy.inlined != kNone)
        copy.inlined =
            InlineRecords::Copy(*this, copy.inlined, id,
                                static_cast<ConstrId>(env_->constructors.size()), inst, vars[i]);
      for (TypeId& a : copy.args) a = CopyInstantiated(*store_, inst, a, vars[i]);
      copy.result = result;
      env_->constructors.push_back(std::move(copy));
      env_->types[id].constructors.push_back(static_cast<ConstrId>(env_->constructors.size() - 1));
    }
    for (LabelId l : std::vector<LabelId>(env_->types[from[i]].labels)) {
      LabelDesc copy = env_->labels[l];
      copy.owner = id;
      copy.arg = CopyInstantiated(*store_, inst, copy.arg, vars[i]);
      copy.res = result;
      env_->labels.push_back(std::move(copy));
      env_->types[id].labels.push_back(static_cast<LabelId>(env_->labels.size() - 1));
    }
  }
  return made;
}

// The entry `e` of a signature, its types replaced as `inst` says (the
// declarations already copied there), added to the module `m`.
SigEntry Typer::InstantiateEntry(const SigEntry& e, const Instantiation& inst, ModuleDesc& m) {
  SigEntry s = e;
  switch (e.kind) {
    case OutSigItem::Kind::Type: {
      s.decl = inst.decls.at(e.decl);
      const TypeDecl& d = env_->types[s.decl];
      m.Add(Namespace::Type, d.name, s.decl);
      for (ConstrId c : d.constructors)
        m.Add(Namespace::Constructor, env_->constructors[c].name, c);
      for (LabelId l : d.labels) m.Add(Namespace::Label, env_->labels[l].name, l);
      break;
    }
    case OutSigItem::Kind::Value: {
      std::unordered_map<TypeId, TypeId> vars;
      s.type = CopyInstantiated(*store_, inst, e.type, vars);
      m.Add(Namespace::Value, e.name, NewValue(e.name, s.type, e.loc));
      break;
    }
    case OutSigItem::Kind::Exception: {
      ConstructorDesc c = env_->constructors[e.exn];
      for (TypeId& a : c.args) {
        std::unordered_map<TypeId, TypeId> vars;
        a = CopyInstantiated(*store_, inst, a, vars);
      }
      env_->constructors.push_back(std::move(c));
      s.exn = static_cast<ConstrId>(env_->constructors.size() - 1);
      m.Add(Namespace::Constructor, env_->constructors[s.exn].name, s.exn);
      break;
    }
    default:
      break;
  }
  return s;
}

// The signature `sig` made a module of the path `path` (a functor's
// parameter): its types copied as that module's, its values and exceptions
// speaking of them. Its entries in `entries`.
ModuleDesc Typer::ModuleOfSignature(const std::vector<SigEntry>& sig,
                                    const std::vector<std::string>& path,
                                    std::vector<SigEntry>& entries, Span where) {
  Instantiation inst;
  ModuleDesc m;
  m.name = path.back();
  m.path = path;
  entries = CopySignature(sig, path, inst, m, where, "functor parameters with modules inside");
  return m;
}

// The entries of the signature `sig` made anew as those of the path `path`:
// its types copied there (those `inst` maps already kept as it says), the
// other entries speaking of the copies, each added to `m`. A signature with
// modules inside is refused at `where`, as `refusal` says, if given.
std::vector<SigEntry> Typer::CopySignature(const std::vector<SigEntry>& sig,
                                           const std::vector<std::string>& path,
                                           Instantiation& inst, ModuleDesc& m, Span where,
                                           const char* refusal) {
  std::vector<DeclId> decls;
  for (const SigEntry& e : sig) {
    if (e.kind == OutSigItem::Kind::Type) decls.push_back(e.decl);
    if (refusal && (e.kind == OutSigItem::Kind::Module || e.kind == OutSigItem::Kind::ModuleType))
      Raise(MakeError(DiagKind::Unsupported, where, Text(UnsupportedText(refusal))));
  }
  CopyDeclarations(decls, path, inst);
  std::vector<SigEntry> entries;
  for (const SigEntry& e : sig)
    if (!e.removed) entries.push_back(InstantiateEntry(e, inst, m));
  return entries;
}

// The parameter `param` (a ModuleType item named by it): the module made
// from its module type, bound in the environment.
FunctorInfo::Param Typer::TypeFunctorParam(const ast::Item& param) {
  FunctorInfo::Param out;
  out.name = std::string(source_->Slice(param.name));
  ModuleTypeOf(param, {out.name}, out.sig, &out.mty_name);
  ModuleDesc m = ModuleOfSignature(out.sig, {out.name}, out.entries, param.span);
  env_->modules.push_back(std::move(m));
  out.module = static_cast<ModuleId>(env_->modules.size() - 1);
  env_->Bind(Namespace::Module, out.name, out.module);
  return out;
}

// `module F (X : S) ... = struct ... end`; with `typed`, the functor's
// module type (`module F : MT = functor (X : S) -> ...`), whose parameters
// the body sees and whose result it is checked against.
void Typer::TypeFunctorDefinition(const ast::Item& item, std::shared_ptr<const FunctorInfo> typed,
                                  const std::string& type_name) {
  std::string name(source_->Slice(item.name));
  std::vector<std::string> path = module_path_;
  path.push_back(name);
  auto info = typed ? std::make_shared<FunctorInfo>(*typed) : std::make_shared<FunctorInfo>();
  Env::Mark mark = env_->Save();
  // The parameters as written (for a functor of a module type, each of the
  // module type's parameter's module type, TypeTypedFunctor checked).
  std::vector<FunctorInfo::Param> written;
  for (ast::Id p = item.a; p != ast::kNone; p = ast_->items[p].b) {
    written.push_back(TypeFunctorParam(ast_->items[p]));
    WarnUnusedModuleLater(60, written.back().module, ast_->items[p].name, written.back().name);
  }
  if (!typed) info->params = written;
  std::vector<SigEntry> body;
  std::string result_name;  // `: T` before `=`, a module type's name
  ModuleDesc m;
  if (typed) {
    ModuleTypeGiven given{ResultOfParameters(*typed, written), typed->result_name,
                          typed->result_path};
    m = ConstrainStructure(item, path, body, &result_name, &given);
  } else {
    m = item.b == ast::kNone ? TypeStructure(item.list, path, body)
                             : ConstrainStructure(item, path, body, &result_name);
  }
  env_->Restore(mark);
  printer_->SetModulePath(module_path_);
  m.name = name;
  m.path = path;
  if (typed) {
    info->type_name = type_name;
  } else {
    info->body = body;
    info->result_name = result_name;
  }
  m.functor = info;
  BindModule(item, std::move(m), std::move(body));
  pending_sig_.back().functor = info;
  if (!result_name.empty()) pending_sig_.back().mty_name = result_name;
}

// The result of the functor's module type `f`, what it says of its
// parameters said of the parameters `written` (of the same module types):
// Includemod.functors' substitution of one's parameters for the other's.
std::vector<SigEntry> Typer::ResultOfParameters(const FunctorInfo& f,
                                                const std::vector<FunctorInfo::Param>& written) {
  Instantiation inst;
  for (size_t i = 0; i < f.params.size() && i < written.size(); ++i) {
    const std::vector<SigEntry>& from = f.params[i].entries;
    const std::vector<SigEntry>& to = written[i].entries;
    for (size_t k = 0; k < from.size() && k < to.size(); ++k)
      if (from[k].kind == OutSigItem::Kind::Type && to[k].kind == OutSigItem::Kind::Type)
        inst.decls[from[k].decl] = to[k].decl;
  }
  ModuleDesc scratch;
  return CopySignature(f.body, f.result_path, inst, scratch);
}

void Typer::TypeUserFunctorApplication(const ast::Item& item, ModuleId functor, Span span) {
  auto refuse = [&](const std::string& what) {
    Raise(MakeError(DiagKind::Unsupported, span, Text(UnsupportedText(what))));
  };
  std::shared_ptr<const FunctorInfo> f = env_->modules[functor].functor;
  if (f->params.size() != 1) refuse("applications of functors of several parameters");
  const FunctorInfo::Param& param = f->params.front();

  // The argument: a module path, or a structure typed as an anonymous one.
  FunctorArgument argument;
  TypeFunctorArgument(item, argument);
  const std::string& arg_path = argument.path;  // F(A).t
  const ModuleDesc* arg = argument.module;
  ModuleId arg_id = argument.id;
  DeclId struct_decls = argument.structure_decls;
  if (arg->functor) refuse("functors given as a functor's argument");

  // Includemod.signatures of the argument against the parameter.
  std::vector<SigEntry> want = param.entries;
  SignatureMatch match = MatchSignature(*arg, want, SignatureLocations(want), module_path_, refuse);
  if (!match.missing.empty() || match.mismatch)
    refuse("functor arguments that do not match the parameter");

  // The parameter's types are the argument's: named through its path, or,
  // for a structure, replaced by their definitions (a type the structure
  // defines itself has no name outside it).
  Instantiation inst;
  for (size_t i = 0; i < want.size(); ++i) {
    if (want[i].kind != OutSigItem::Kind::Type) continue;
    DeclId given = match.paired[i];
    if (item.b != ast::kNone) {
      inst.decls[want[i].decl] = given;
      continue;
    }
    const TypeDecl& d = env_->types[given];
    if (!d.params.empty()) refuse("functor arguments whose types have parameters");
    bool expressible = d.manifest != kNoType && d.kind == DeclKind::Abstract &&
                       !MentionsDeclsFrom(*store_, d.manifest, struct_decls);
    inst.param_types[want[i].decl] = expressible ? d.manifest : kNoType;
  }

  std::string name(source_->Slice(item.name));
  ModuleDesc m;
  m.name = name;
  m.path = module_path_;
  m.path.push_back(name);
  std::vector<DeclId> body_decls;
  for (const SigEntry& e : f->body) {
    if (e.kind == OutSigItem::Kind::Module || e.kind == OutSigItem::Kind::ModuleType)
      refuse("applications of functors with modules inside");
    if (e.kind == OutSigItem::Kind::Type) body_decls.push_back(e.decl);
  }
  for (DeclId d : body_decls) {
    const TypeDecl& t = env_->types[d];
    bool lost = t.manifest != kNoType && MentionsLost(*store_, inst, t.manifest);
    for (ConstrId c : t.constructors)
      for (TypeId a : env_->constructors[c].args) lost = lost || MentionsLost(*store_, inst, a);
    for (LabelId l : t.labels) lost = lost || MentionsLost(*store_, inst, env_->labels[l].arg);
    if (lost) refuse("functor applications whose result names a type of the argument's own");
  }
  std::vector<DeclId> made = CopyDeclarations(body_decls, m.path, inst);
  for (size_t i = 0; i < made.size(); ++i) {
    // Strengthened by the application's path: a type without a manifest is
    // `F(A).t`.
    if (arg_path.empty() || env_->types[body_decls[i]].manifest != kNoType) continue;
    TypeDecl prototype;
    {
      const TypeDecl& t = env_->types[made[i]];
      prototype.name = t.name;
      prototype.params = t.params;
      prototype.variance = t.variance;
      prototype.immediacy = t.immediacy;
    }
    DeclId shared = ApplicativeType(functor, arg_id, body_decls[i], arg_path, std::move(prototype));
    env_->types[made[i]].manifest =
        store_->NewConstr(kGenericLevel, shared, env_->types[made[i]].params);
    env_->types[made[i]].variance_mark.clear();
  }
  std::vector<SigEntry> entries;
  for (const SigEntry& e : f->body) {
    if (e.removed) continue;
    bool lost = e.kind == OutSigItem::Kind::Value && MentionsLost(*store_, inst, e.type);
    if (e.kind == OutSigItem::Kind::Exception)
      for (TypeId a : env_->constructors[e.exn].args) lost = lost || MentionsLost(*store_, inst, a);
    if (lost) refuse("functor applications whose result names a type of the argument's own");
    entries.push_back(InstantiateEntry(e, inst, m));
    entries.back().loc = item.span;
  }
  BindModule(item, std::move(m), std::move(entries));
  // Applied to a structure, a result given by a name keeps it (nothing
  // strengthens it).
  if (item.b == ast::kNone && !f->result_name.empty())
    pending_sig_.back().mty_name = f->result_name;
}

}  // namespace mlhint::typing
