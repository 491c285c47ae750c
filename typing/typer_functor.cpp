// The application of a functor of the prelude to a module path or a
// structure: `module IntMap = Map.Make (Int)`, `Set.Make (struct type t =
// int * int let compare = compare end)` (OCaml's Typemod.type_module for
// Pmod_apply, then Mtype.strengthen and nondep_supertype).
//
// The prelude writes a functor as the signature of its result whose first
// submodule is the parameter (`module Ord : sig type t val compare : t -> t
// -> int end`), then the result's types, then its values. Applying it makes
// a module with new declarations: the parameter's types become the
// argument's, an abstract type becomes, for an argument that is a path,
// an abbreviation of the applicative type `Map.Make(Int).t`, and for a
// structure a new abstract type (the structure has no name to share).

#include <unordered_map>

#include "diagnostics/render.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

TypeId CopyInstantiated(TypeStore& ts, const Instantiation& inst, TypeId t,
                        std::unordered_map<TypeId, TypeId>& vars) {
  t = ts.Repr(t);
  const TypeNode n = ts.node(t);
  switch (n.tag) {
    case TypeTag::Var: {
      auto it = vars.find(t);
      if (it != vars.end()) return it->second;
      TypeId v = ts.NewVar(kGenericLevel, n.a);
      vars.emplace(t, v);
      return v;
    }
    case TypeTag::Arrow: {
      TypeId a = CopyInstantiated(ts, inst, n.a, vars);
      TypeId b = CopyInstantiated(ts, inst, n.b, vars);
      return ts.NewArrow(kGenericLevel, a, b, ts.arrow_label(t), n.c);
    }
    case TypeTag::Tuple: {
      std::vector<TypeId> items;
      for (uint32_t i = 0; i < n.b; ++i)
        items.push_back(CopyInstantiated(ts, inst, ts.ArgOf(n, i), vars));
      return ts.NewTuple(kGenericLevel, items);
    }
    case TypeTag::Constr: {
      if (auto p = inst.param_types.find(n.a); p != inst.param_types.end()) return p->second;
      std::vector<TypeId> args;
      for (uint32_t i = 0; i < n.c; ++i)
        args.push_back(CopyInstantiated(ts, inst, ts.ArgOf(n, i), vars));
      auto d = inst.decls.find(n.a);
      return ts.NewConstr(kGenericLevel, d == inst.decls.end() ? n.a : d->second, args);
    }
    default:
      return t;
  }
}

bool MentionsDeclsFrom(TypeStore& ts, TypeId t, DeclId first) {
  t = ts.Repr(t);
  const TypeNode n = ts.node(t);
  if (n.tag == TypeTag::Constr && n.a >= first) return true;
  for (uint32_t i = 0; i < ts.child_count(t); ++i)
    if (MentionsDeclsFrom(ts, ts.child(t, i), first)) return true;
  return false;
}

// Does the generic type `t` name a parameter's type that the argument
// cannot replace?
bool MentionsLost(TypeStore& ts, const Instantiation& inst, TypeId t) {
  t = ts.Repr(t);
  const TypeNode n = ts.node(t);
  if (n.tag == TypeTag::Constr)
    if (auto p = inst.param_types.find(n.a); p != inst.param_types.end() && p->second == kNoType)
      return true;
  for (uint32_t i = 0; i < ts.child_count(t); ++i)
    if (MentionsLost(ts, inst, ts.child(t, i))) return true;
  return false;
}

namespace {}  // namespace

std::vector<uint32_t> ItemsOf(const ModuleDesc& m, Namespace ns) {
  std::vector<uint32_t> ids;
  for (const std::string& name : m.order[static_cast<int>(ns)]) {
    const auto& all = m.tables[static_cast<int>(ns)].at(name);
    ids.push_back(all.front());
  }
  return ids;
}

void ShowLoc(fmt::Formatter& ppf, const std::string& where, const char* what) {
  if (where.empty()) return;
  ppf.force_newline();
  ppf.open_box(2);
  ppf.print_string(where + ":");
  ppf.print_space();
  ppf.print_string(what);
  ppf.close_box();
}

// Includemod_errorprinter.missing_field.
Doc Typer::MissingField(const char* kind, const std::string& name, const std::string& declared) {
  std::string text = std::string("The ") + kind + " `" + name + "' is required but not provided";
  return [text, declared](fmt::Formatter& ppf) {
    ppf.print_string(text);
    ShowLoc(ppf, declared, "Expected declaration");
  };
}

// Includemod_errorprinter.core for Value_descriptions: the argument's value
// `got` and the parameter's `value`, whose types name the parameter's types
// unqualified, as from inside its signature.
Doc Typer::ValuesDoNotMatch(ModuleId param, ValueId value, ValueId got,
                            const std::string& declared) {
  Instantiation named;
  for (uint32_t decl : ItemsOf(env_->modules[param], Namespace::Type)) {
    TypeDecl bare;
    bare.name = env_->types[decl].name;
    env_->types.push_back(std::move(bare));
    named.param_types[decl] =
        store_->NewConstr(kGenericLevel, static_cast<DeclId>(env_->types.size() - 1), {});
  }
  std::unordered_map<TypeId, TypeId> vars;
  TypeId expected = CopyInstantiated(*store_, named, env_->values[value].type, vars);
  std::string name = env_->values[value].name;
  OutSigItem got_item = printer_->ValueItem(name, env_->values[got].type);
  OutSigItem expected_item = printer_->ValueItem(name, expected);
  std::string actual =
      unit_lines_.empty() ? LocationText(*source_, env_->values[got].loc) : std::string();
  return ValuesDoNotMatchDoc(got_item, expected_item, declared, actual, {});
}

Doc ValuesDoNotMatchDoc(OutSigItem got, OutSigItem expected, std::string expected_at,
                        std::string actual_at, std::vector<TypePrinter::Conflict> conflicts) {
  return
      [got = std::move(got), expected = std::move(expected), expected_at = std::move(expected_at),
       actual_at = std::move(actual_at), conflicts = std::move(conflicts)](fmt::Formatter& ppf) {
        ppf.open_hvbox(2);
        ppf.print_string("Values do not match:");
        ppf.print_space();
        PrintOutSigItem(ppf, got);
        ppf.print_break(1, -2);
        ppf.print_string("is not included in");
        ppf.print_space();
        PrintOutSigItem(ppf, expected);
        ppf.close_box();
        ShowLoc(ppf, expected_at, "Expected declaration");
        ShowLoc(ppf, actual_at, "Actual declaration");
        PrintConflictExplanations(ppf, conflicts);
      };
}

// The argument of the application `item` (`F (A)` or `F (struct ... end)`).
void Typer::TypeFunctorArgument(const ast::Item& item, FunctorArgument& arg) {
  arg.structure_decls = static_cast<DeclId>(env_->types.size());
  if (item.b != ast::kNone) {
    arg.module = LookupModulePath(item.b, ast_->longidents[item.b].parts.size);
    arg.id = static_cast<ModuleId>(arg.module - env_->modules.data());
    const std::vector<std::string>& p = arg.module->path;
    for (size_t i = !p.empty() && p[0] == "Stdlib" ? 1 : 0; i < p.size(); ++i)
      arg.path += (arg.path.empty() ? "" : ".") + p[i];
  } else {
    arg.structure = TypeStructure(item.list, module_path_, arg.entries);
    printer_->SetModulePath(module_path_);
    arg.module = &arg.structure;
  }
}

// The abstract type `F(A).t` of the functor's type `decl` applied to the
// module path `arg_path` (one declaration per functor, argument and type),
// made like `prototype`.
DeclId Typer::ApplicativeType(ModuleId functor, ModuleId arg, DeclId decl,
                              const std::string& arg_path, TypeDecl prototype) {
  std::array<uint32_t, 3> key{functor, arg, decl};
  auto found = applicative_types_.find(key);
  if (found != applicative_types_.end()) return found->second;
  prototype.qualifier = env_->modules[functor].path;
  prototype.qualifier.back() += "(" + arg_path + ")";
  prototype.variance_mark.clear();
  env_->types.push_back(std::move(prototype));
  auto id = static_cast<DeclId>(env_->types.size() - 1);
  applicative_types_.emplace(key, id);
  return id;
}

void Typer::TypeFunctorApplication(const ast::Item& item) {
  const ast::LongIdent& functor_name = ast_->longidents[item.a];
  std::span<const std::string_view> parts(ast_->names.data() + functor_name.parts.begin,
                                          functor_name.parts.size);
  Span span{functor_name.span.begin, item.span.end};
  auto refuse = [&](const std::string& what) {
    Raise(MakeError(DiagKind::Unsupported, span, Text(UnsupportedText(what))));
  };
  // The functor: a module of the prelude marked as one.
  ModuleId functor = ModuleAtPath(item.a);
  if (functor != kNone && env_->modules[functor].functor) {
    TypeUserFunctorApplication(item, functor, span);
    return;
  }
  if (functor == kNone || env_->modules[functor].functor_param_type.empty()) {
    // Unbound, refused or outside the subset: said as for any module path.
    if (functor == kNone || env_->modules[functor].refused || env_->modules[functor].outside_subset)
      LookupModulePath(item.a, static_cast<uint32_t>(parts.size()));
    refuse("applications of a module other than Map.Make, Set.Make and Hashtbl.Make");
  }
  std::vector<uint32_t> functor_modules = ItemsOf(env_->modules[functor], Namespace::Module);
  if (functor_modules.empty()) refuse("functor applications");
  ModuleId param = functor_modules.front();

  // The argument: its module, or its structure typed as an anonymous one.
  Instantiation inst, check;  // the result's; the argument's check
  FunctorArgument argument;
  TypeFunctorArgument(item, argument);
  const std::string& arg_path = argument.path;  // Map.Make(Int).t
  std::vector<SigEntry>& arg_entries = argument.entries;
  const ModuleDesc* arg = argument.module;
  ModuleId arg_id = argument.id;
  DeclId struct_decls = argument.structure_decls;
  // Includemod.signatures of the argument against the parameter: its
  // types in place of the parameter's (a type of the same name and arity),
  // then its values, each at least as general as the parameter's. OCaml
  // reports what is missing, or else the first value that does not match.
  std::vector<Doc> missing;
  std::optional<Doc> mismatch;
  for (uint32_t decl : ItemsOf(env_->modules[param], Namespace::Type)) {
    const std::string tname = env_->types[decl].name;
    const auto* ids = arg->Find(Namespace::Type, tname);
    if (!ids) {
      missing.push_back(MissingField("type", tname, env_->types[decl].loc_text));
      continue;
    }
    if (!env_->types[ids->front()].params.empty() || !env_->types[decl].params.empty())
      refuse("functor arguments whose type " + tname + " has parameters");
    DeclId given = ids->front();
    check.param_types[decl] = store_->NewConstr(kGenericLevel, given, {});
    if (item.b != ast::kNone) {
      inst.param_types[decl] = check.param_types[decl];
    } else {
      // A structure has no name: its type is replaced by its definition
      // (Mtype.nondep_supertype); one that names the structure's own types
      // cannot be, and what equals it becomes abstract (kNoType).
      const TypeDecl& d = env_->types[given];
      bool expressible = d.manifest != kNoType && d.kind == DeclKind::Abstract &&
                         !MentionsDeclsFrom(*store_, d.manifest, struct_decls);
      inst.param_types[decl] = expressible ? d.manifest : kNoType;
    }
  }
  for (uint32_t value : ItemsOf(env_->modules[param], Namespace::Value)) {
    const std::string vname = env_->values[value].name;
    const std::string declared(
        env_->prelude_values.size() > value ? env_->prelude_values[value].declared : std::string());
    const auto* ids = arg->Find(Namespace::Value, vname);
    if (!ids) {
      missing.push_back(MissingField("value", vname, declared));
      continue;
    }
    if (!missing.empty() || mismatch) continue;
    std::unordered_map<TypeId, TypeId> vars;
    TypeId expected = CopyInstantiated(*store_, check, env_->values[value].type, vars);
    ValueId got = ids->front();
    TypeId given = ctype_->Instance(env_->values[got].type);
    if (!ctype_->Unifiable(given, ctype_->Instance(expected)))
      mismatch = ValuesDoNotMatch(param, value, got, declared);
    else
      // Ctype.moregeneral instantiates the argument's non-generic
      // variables: `struct ... let compare = cmp end` makes the outer
      // `cmp` a comparison of the argument's type.
      (void)ctype_->Unify(given, ctype_->Instance(expected));
  }
  if (!missing.empty() || mismatch) {
    // OCaml prints a module path's whole signature there.
    if (item.b != ast::kNone) refuse("functor arguments that do not match the parameter");
    std::vector<Doc> subs = missing.empty() ? std::vector<Doc>{*mismatch} : missing;
    MarkShadowed(arg_entries, 0);
    std::vector<OutSigItem> got = SignatureItems(arg_entries, 0);
    std::string expected = env_->modules[functor].functor_param_type;
    Doc message = [got, expected, subs](fmt::Formatter& ppf) {
      // Functor_suberror.App.single_diff, then subcase_list.
      ppf.open_box(0);
      ppf.print_string("Modules do not match:");
      ppf.print_space();
      ppf.open_box(0);
      PrintOutSignatureType(ppf, got);
      ppf.close_box();
      ppf.print_break(1, -2);
      ppf.print_string("is not included in");
      ppf.print_space();
      ppf.open_box(0);
      ppf.print_string(expected);
      ppf.close_box();
      ppf.print_break(1, -2);
      ppf.open_box(0);
      for (size_t i = 0; i < subs.size(); ++i) {
        if (i) ppf.print_space();
        subs[i](ppf);
      }
      ppf.close_box();
      ppf.close_box();
    };
    Raise(MakeError(DiagKind::ModuleMismatch, span, std::move(message)));
  }

  // The result: new declarations for the functor's types, then its values.
  std::string name(source_->Slice(item.name));
  ModuleDesc m;
  m.name = name;
  m.path = module_path_;
  m.path.push_back(name);
  std::vector<SigEntry> entries;
  const ModuleDesc& f = env_->modules[functor];
  for (uint32_t decl : ItemsOf(f, Namespace::Type)) {
    TypeDecl made;
    {
      const TypeDecl& t = env_->types[decl];
      made.name = t.name;
      made.kind = DeclKind::Abstract;
      made.variance = t.variance;
      made.variance_mark = t.variance_mark;
      made.immediate_attribute = t.immediate_attribute;
      made.immediacy = t.immediacy;
    }
    made.qualifier = m.path;
    std::unordered_map<TypeId, TypeId> vars;
    for (TypeId p : std::vector<TypeId>(env_->types[decl].params))
      made.params.push_back(CopyInstantiated(*store_, inst, p, vars));
    if (env_->types[decl].manifest != kNoType &&
        !MentionsLost(*store_, inst, env_->types[decl].manifest)) {
      made.manifest = CopyInstantiated(*store_, inst, env_->types[decl].manifest, vars);
    } else if (!arg_path.empty()) {
      // Applicative: the abstract type of `F(X)`, of which this one is an
      // abbreviation (Mtype.strengthen).
      DeclId shared = ApplicativeType(functor, arg_id, decl, arg_path, made);
      made.manifest = store_->NewConstr(kGenericLevel, shared, made.params);
      made.variance_mark.clear();
    }
    env_->types.push_back(std::move(made));
    auto id = static_cast<DeclId>(env_->types.size() - 1);
    inst.decls[decl] = id;
    m.Add(Namespace::Type, env_->types[id].name, id);
    SigEntry s;
    s.kind = OutSigItem::Kind::Type;
    s.name = env_->types[id].name;
    s.decl = id;
    s.loc = item.span;
    entries.push_back(std::move(s));
  }
  for (uint32_t value : ItemsOf(f, Namespace::Value)) {
    std::string vname = env_->values[value].name;
    std::unordered_map<TypeId, TypeId> vars;
    ValueId id =
        NewValue(vname, CopyInstantiated(*store_, inst, env_->values[value].type, vars), item.span);
    m.Add(Namespace::Value, env_->values[id].name, id);
    SigEntry s;
    s.kind = OutSigItem::Kind::Value;
    s.name = env_->values[id].name;
    s.type = env_->values[id].type;
    s.loc = item.span;
    entries.push_back(std::move(s));
  }
  BindModule(item, std::move(m), std::move(entries));
}

}  // namespace mlhint::typing
