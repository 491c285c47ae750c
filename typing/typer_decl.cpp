// Type and exception declarations (Typedecl), and the signature items they
// contribute.

#include <algorithm>
#include <unordered_map>

#include "typing/prelude.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {


void Typer::TypeTypeItem(const ast::Item& item) {
  Ctype& ct = *ctype_;
  std::vector<ast::Id> decls = ListOf(item.list);
  bool nonrec = (item.flags & ast::kNonrec) != 0;
  // Names must be unique in a structure (Typemod's Repeated_name).
  for (ast::Id d : decls) {
    const ast::TypeDecl& td = ast_.type_decls[d];
    std::string name(source_.Slice(td.name));
    bool repeated = std::any_of(defined_types_.begin(), defined_types_.end(),
                                [&](const auto& p) { return p.first == name; });
    if (repeated) {
      Doc message = [name](fmt::Formatter& ppf) {
        ppf.open_box(0);
        ppf.print_string("Multiple definition of the type name " + name + ".");
        ppf.print_space();
        ppf.print_string("Names must be unique in a given structure or signature.");
        ppf.close_box();
      };
      Raise(MakeError(DiagKind::RepeatedName, td.span, std::move(message)));
    }
  }
  // Declare the names first (the group is recursive unless `nonrec`).
  std::vector<DeclId> ids;
  std::vector<std::unordered_map<std::string, TypeId>> params(decls.size());
  Env::Mark before = env_->Save();
  for (size_t i = 0; i < decls.size(); ++i) {
    const ast::TypeDecl& td = ast_.type_decls[decls[i]];
    TypeDecl decl;
    decl.name = std::string(source_.Slice(td.name));
    decl.loc = td.span;
    decl.has_loc = true;
    for (ast::Id p : ListOf(td.params)) {
      const ast::TypeParam& tp = ast_.type_params[p];
      std::string name(source_.Slice(tp.name));
      if (!name.empty() && params[i].count(name))
        Raise(MakeError(DiagKind::RepeatedParameter, tp.span, Text("A type parameter occurs several times")));
      TypeId v = store_->NewVar(kGenericLevel, name.empty() ? kNoName : store_->Intern(name));
      if (!name.empty()) params[i].emplace(name, v);
      decl.params.push_back(v);
    }
    decl.variance.assign(decl.params.size(), variance::kNull);
    env_->types.push_back(std::move(decl));
    ids.push_back(static_cast<DeclId>(env_->types.size() - 1));
  }
  if (!nonrec)
    for (DeclId id : ids) env_->Bind(Namespace::Type, env_->types[id].name, id);
  // Translate each definition. Type variables of a declaration are its
  // parameters only (transl_simple_type ~fixed:true).
  for (size_t i = 0; i < decls.size(); ++i) {
    const ast::TypeDecl& td = ast_.type_decls[decls[i]];
    DeclId id = ids[i];
    type_variables_ = params[i];
    TypeDecl& decl = env_->types[id];
    switch (td.kind) {
      case ast::TypeDeclKind::Abstract: decl.kind = DeclKind::Abstract; break;
      case ast::TypeDeclKind::Variant: decl.kind = DeclKind::Variant; break;
      case ast::TypeDeclKind::Record: decl.kind = DeclKind::Record; break;
      case ast::TypeDeclKind::Open:
        Raise(MakeError(DiagKind::Unsupported, td.span, Text(UnsupportedText("extensible variant types"))));
    }
    if (td.is_private) Raise(MakeError(DiagKind::Unsupported, td.span, Text(UnsupportedText("private types"))));
    if (td.manifest != kNone) {
      TypeId m = TranslGenericType(td.manifest);
      env_->types[id].manifest = m;
    }
    std::vector<TypeId> gparams = env_->types[id].params;
    TypeId result = store_->NewConstr(kGenericLevel, id, gparams);
    uint32_t index = 0;
    for (ast::Id c : ListOf(td.members)) {
      if (td.kind == ast::TypeDeclKind::Variant) {
        const ast::ConstructorDecl& cd = ast_.constructors[c];
        if (cd.result != kNone) {
          const ast::TypeExpr& r = ast_.types[cd.result];
          Raise(MakeError(DiagKind::Unsupported, r.span, Text(UnsupportedText(ast_.unsupported[r.a].what))));
        }
        ConstructorDesc desc;
        desc.name = std::string(cd.text);
        desc.owner = id;
        for (ast::Id a : ListOf(cd.args)) desc.args.push_back(TranslGenericType(a));
        desc.result = result;
        desc.index = index++;
        desc.loc = cd.span;
        desc.has_loc = true;
        for (ConstrId other : env_->types[id].constructors)
          if (env_->constructors[other].name == desc.name)
            Raise(MakeError(DiagKind::DuplicateConstructor, td.span, Text("Two constructors are named " + desc.name)));
        env_->constructors.push_back(std::move(desc));
        env_->types[id].constructors.push_back(static_cast<ConstrId>(env_->constructors.size() - 1));
      } else {
        const ast::LabelDecl& ld = ast_.labels[c];
        LabelDesc desc;
        desc.name = std::string(source_.Slice(ld.name));
        desc.owner = id;
        desc.arg = TranslGenericType(ld.type);
        desc.res = result;
        desc.is_mutable = ld.is_mutable;
        desc.pos = index++;
        desc.loc = ld.span;
        for (LabelId other : env_->types[id].labels)
          if (env_->labels[other].name == desc.name)
            Raise(MakeError(DiagKind::DuplicateLabel, ld.span, Text("Two labels are named " + desc.name)));
        env_->labels.push_back(std::move(desc));
        env_->types[id].labels.push_back(static_cast<LabelId>(env_->labels.size() - 1));
      }
    }
  }
  type_variables_.clear();
  for (size_t i = 0; i < decls.size(); ++i) CheckAbbrevRecursion(ids[i], ast_.type_decls[decls[i]].span);
  // Variances: from "unused", iterated to the fixpoint over the group.
  for (int round = 0; round < 8; ++round) {
    bool changed = false;
    for (DeclId id : ids) {
      std::vector<uint8_t> previous = env_->types[id].variance;
      Prelude::ComputeVariance(*store_, *env_, id);
      changed |= previous != env_->types[id].variance;
    }
    if (!changed) break;
  }
  if (nonrec) {
    env_->Restore(before);
    for (DeclId id : ids) env_->Bind(Namespace::Type, env_->types[id].name, id);
  }
  // Constructors and labels become visible, in declaration order.
  for (DeclId id : ids) {
    for (ConstrId c : env_->types[id].constructors) env_->Bind(Namespace::Constructor, env_->constructors[c].name, c);
    for (LabelId l : env_->types[id].labels) env_->Bind(Namespace::Label, env_->labels[l].name, l);
  }
  for (size_t i = 0; i < decls.size(); ++i) {
    defined_types_.emplace_back(env_->types[ids[i]].name, ast_.type_decls[decls[i]].span);
    SigEntry s;
    s.kind = OutSigItem::Kind::Type;
    s.decl = ids[i];
    s.first = i == 0;
    s.nonrec = nonrec;
    sig_.push_back(std::move(s));
  }
  (void)ct;
}

TypeId Typer::TranslGenericType(ast::Id t) {
  // Declarations are typed at a level of their own, then generalised: the
  // parameters are generic variables shared with the definition.
  ctype_->BeginDef();
  TypeId ty = TranslType(t, true);
  ctype_->EndDef();
  ctype_->Generalize(ty);
  return ty;
}

// Typedecl.check_well_founded, simplified: an abbreviation may not expand
// to itself.
void Typer::CheckAbbrevRecursion(DeclId id, Span loc) {
  const TypeDecl& decl = env_->types[id];
  if (decl.manifest == kNoType || decl.kind != DeclKind::Abstract) return;
  std::vector<DeclId> path;
  std::function<bool(TypeId, std::vector<DeclId>&)> reaches = [&](TypeId t, std::vector<DeclId>& stack) -> bool {
    t = store_->Repr(t);
    switch (store_->tag(t)) {
      case TypeTag::Arrow:
        return reaches(store_->arrow_arg(t), stack) || reaches(store_->arrow_res(t), stack);
      case TypeTag::Tuple:
        for (TypeId a : store_->args(t))
          if (reaches(a, stack)) return true;
        return false;
      case TypeTag::Constr: {
        DeclId d = store_->constr_decl(t);
        if (d == id) return true;
        const TypeDecl& other = env_->types[d];
        if (other.manifest != kNoType && other.kind == DeclKind::Abstract &&
            std::find(stack.begin(), stack.end(), d) == stack.end()) {
          stack.push_back(d);
          bool r = reaches(other.manifest, stack);
          stack.pop_back();
          if (r) return true;
        }
        // Through a datatype the recursion is fine; only its arguments count
        // when the constructor is itself an abbreviation.
        if (other.kind != DeclKind::Abstract || other.manifest == kNoType) return false;
        for (TypeId a : store_->args(t))
          if (reaches(a, stack)) return true;
        return false;
      }
      default:
        return false;
    }
  };
  if (reaches(decl.manifest, path))
    Raise(MakeError(DiagKind::CyclicAbbreviation, loc, Text("The type abbreviation " + decl.name + " is cyclic")));
}

void Typer::TypeExceptionItem(const ast::Item& item) {
  const ast::ConstructorDecl& cd = ast_.constructors[item.a];
  if (cd.result != kNone) {
    const ast::TypeExpr& r = ast_.types[cd.result];
    Raise(MakeError(DiagKind::Unsupported, r.span, Text(UnsupportedText(ast_.unsupported[r.a].what))));
  }
  type_variables_.clear();
  ConstructorDesc desc;
  desc.name = std::string(cd.text);
  desc.owner = env_->predef.exn_;
  for (ast::Id a : ListOf(cd.args)) desc.args.push_back(TranslGenericType(a));
  desc.result = store_->NewConstr(kGenericLevel, env_->predef.exn_, {});
  desc.is_exception = true;
  desc.loc = cd.span;
  desc.has_loc = true;
  env_->constructors.push_back(std::move(desc));
  ConstrId id = static_cast<ConstrId>(env_->constructors.size() - 1);
  env_->Bind(Namespace::Constructor, env_->constructors[id].name, id);
  SigEntry s;
  s.kind = OutSigItem::Kind::Exception;
  s.exn = id;
  sig_.push_back(std::move(s));
}

}  // namespace mlhint::typing
