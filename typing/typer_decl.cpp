// Type and exception declarations (Typedecl), and the signature items they
// contribute.

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "typing/prelude.h"
#include "typing/typer.h"
#include "typing/typer_internal.h"

namespace mlhint::typing {

void Typer::TypeTypeItem(const ast::Item& item) {
  Ctype& ct = *ctype_;
  std::vector<ast::Id> decls = ListOf(item.list);
  bool nonrec = (item.flags & ast::kNonrec) != 0;
  // The names this item binds, asked for ahead (see Env::Prefetch).
  for (ast::Id d : decls) {
    const ast::TypeDecl& td = ast_->type_decls[d];
    env_->Prefetch(Namespace::Type, source_->Slice(td.name));
    if (td.kind == ast::TypeDeclKind::Variant)
      for (ast::Id c : ListOf(td.members))
        env_->Prefetch(Namespace::Constructor, ast_->constructors[c].text);
  }
  // Declare the names first (the group is recursive unless `nonrec`).
  std::vector<DeclId> ids;
  std::vector<std::unordered_map<std::string, TypeId>> params(decls.size());
  Env::Mark before = env_->Save();
  for (size_t i = 0; i < decls.size(); ++i) {
    const ast::TypeDecl& td = ast_->type_decls[decls[i]];
    TypeDecl decl;
    decl.name = std::string(source_->Slice(td.name));
    decl.qualifier = module_path_;
    decl.loc = td.span;
    decl.has_loc = true;
    decl.loc_text = DeclarationLocation(td.span);
    decl.rec_next = i > 0;
    decl.alerts = DefinitionAlerts(td.name, td.span);
    for (ast::Id p : ListOf(td.params)) {
      const ast::TypeParam& tp = ast_->type_params[p];
      std::string name(source_->Slice(tp.name));
      CheckTypeVariableName(name, tp.span);
      if (!name.empty() && params[i].count(name))
        Raise(MakeError(DiagKind::RepeatedParameter, tp.span,
                        Text("A type parameter occurs several times")));
      // `_` is a variable named "_" (Typetexp.transl_type_param), which the
      // printer keeps: `type _ t`.
      TypeId v = store_->NewVar(kGenericLevel, store_->Intern(name.empty() ? "_" : name));
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
    const ast::TypeDecl& td = ast_->type_decls[decls[i]];
    DeclId id = ids[i];
    WarningScope decl_warnings(*this, WarningScope::On::TypeDecl, decls[i]);
    type_variables_ = params[i];
    TypeDecl& decl = env_->types[id];
    switch (td.kind) {
      case ast::TypeDeclKind::Abstract:
        decl.kind = DeclKind::Abstract;
        break;
      case ast::TypeDeclKind::Variant:
        decl.kind = DeclKind::Variant;
        break;
      case ast::TypeDeclKind::Record:
        decl.kind = DeclKind::Record;
        break;
      case ast::TypeDeclKind::Open:
        Raise(MakeError(DiagKind::Unsupported, td.span,
                        Text(UnsupportedText("extensible variant types"))));
    }
    if (td.is_private)
      Raise(MakeError(DiagKind::Unsupported, td.span, Text(UnsupportedText("private types"))));
    CheckUnboxedAttribute(td);
    decl.immediate_attribute = Prelude::ImmediateAttribute(td.attributes);
    if (td.manifest != kNone) {
      TypeId m = TranslGenericType(td.manifest);
      env_->types[id].manifest = m;
    }
    std::vector<TypeId> gparams = env_->types[id].params;
    TypeId result = store_->NewConstr(kGenericLevel, id, gparams);
    uint32_t index = 0;
    // The members' names so far, for "Two constructors/labels are named"
    // (a set: a type may have a hundred thousand members).
    std::unordered_set<std::string_view> member_names;
    for (ast::Id c : ListOf(td.members)) {
      WarningScope member_warnings(*this,
                                   td.kind == ast::TypeDeclKind::Variant
                                       ? WarningScope::On::Constructor
                                       : WarningScope::On::Label,
                                   c);
      if (td.kind == ast::TypeDeclKind::Variant) {
        const ast::ConstructorDecl& cd = ast_->constructors[c];
        if (cd.result != kNone) {
          const ast::TypeExpr& r = ast_->types[cd.result];
          Raise(MakeError(DiagKind::Unsupported, r.span,
                          Text(UnsupportedText(ast_->unsupported[r.a].what))));
        }
        ConstructorDesc desc;
        desc.name = std::string(cd.text);
        desc.owner = id;
        if (InlineRecords::IsInlineArg(*ast_, cd)) {
          auto cid = static_cast<ConstrId>(env_->constructors.size());
          desc.inlined =
              InlineRecords::Declare(*this, ast_->at(cd.args, 0), id, cid, desc.name, ids);
          desc.args.push_back(
              store_->NewConstr(kGenericLevel, desc.inlined, env_->types[desc.inlined].params));
        } else {
          for (ast::Id a : ListOf(cd.args)) desc.args.push_back(TranslGenericType(a));
        }
        desc.result = result;
        desc.index = index++;
        desc.loc = cd.span;
        desc.has_loc = true;
        desc.alerts = DefinitionAlerts(cd.name, cd.span);
        desc.warn_on_literal_pattern = cd.warn_on_literal_pattern;
        if (!member_names.insert(cd.text).second)
          Raise(MakeError(DiagKind::DuplicateConstructor, td.span,
                          Text("Two constructors are named " + desc.name)));
        env_->constructors.push_back(std::move(desc));
        env_->types[id].constructors.push_back(
            static_cast<ConstrId>(env_->constructors.size() - 1));
      } else {
        env_->types[id].labels.push_back(DeclareLabel(c, id, result, index++, ids, member_names));
      }
    }
    // Unboxed once its one member is made: a declaration whose member
    // failed to translate stays bound, without that member.
    env_->types[id].unboxed = Prelude::Unboxed(td, *ast_);
    env_->types[id].unboxed_default = Prelude::UnboxedByDefault(td, *ast_);
  }
  type_variables_.clear();
  std::vector<Span> locs;
  for (ast::Id d : decls) locs.push_back(ast_->type_decls[d].span);
  CheckWellFounded(ids, locs);
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
  for (DeclId id : ids)
    for (ConstrId c : env_->types[id].constructors)
      if (env_->constructors[c].inlined != kNone)
        Prelude::ComputeVariance(*store_, *env_, env_->constructors[c].inlined);
  // Immediacy (Typedecl_immediacy), then what [@@immediate] asks of it.
  Prelude::ComputeImmediacy(*store_, *env_, ids);
  for (size_t i = 0; i < decls.size(); ++i) {
    const TypeDecl& decl = env_->types[ids[i]];
    Immediacy want = decl.immediate_attribute;
    if (ImmediacyCoerces(decl.immediacy, want)) continue;
    std::string text = want == Immediacy::Always
                           ? "Types marked with the immediate attribute must be non-pointer types "
                             "like int or bool."
                           : "Types marked with the immediate64 attribute must be produced using "
                             "the Stdlib.Sys.Immediate64.Make functor.";
    Raise(MakeError(DiagKind::BadTypeAttribute, locs[i], [text](fmt::Formatter& ppf) {
      ppf.open_box(0);
      ppf.print_text(text);
      ppf.close_box();
    }));
  }
  // Re-exports (Typedecl.check_abbrev), once the variances are known.
  for (size_t i = 0; i < decls.size(); ++i) CheckReexport(ids[i], locs[i]);
  if (nonrec) {
    env_->Restore(before);
    for (DeclId id : ids) env_->Bind(Namespace::Type, env_->types[id].name, id);
  }
  // Constructors and labels become visible, in declaration order.
  for (DeclId id : ids) {
    for (ConstrId c : env_->types[id].constructors)
      env_->Bind(Namespace::Constructor, env_->constructors[c].name, c);
    for (LabelId l : env_->types[id].labels) env_->Bind(Namespace::Label, env_->labels[l].name, l);
  }
  // Names must be unique in a structure (Typemod's Repeated_name), checked
  // once the item is typed.
  for (size_t i = 0; i < decls.size(); ++i)
    CheckNewName(defined_types_, env_->types[ids[i]].name, "type", locs[i]);
  for (size_t i = 0; i < decls.size(); ++i) {
    SigEntry s;
    s.kind = OutSigItem::Kind::Type;
    s.decl = ids[i];
    s.first = i == 0;
    s.nonrec = nonrec;
    pending_sig_.push_back(std::move(s));
  }
  (void)ct;
}

TypeId Typer::TranslGenericType(ast::Id t) {
  // Declarations are typed at a level of their own, then generalised: the
  // parameters are generic variables shared with the definition.
  TypeId ty = ctype_->AtNewLevel([&] {
    unbound_type_variables_.clear();
    declaration_parameters_ = type_variables_;
    TypeId translated = TranslType(t, true);
    type_variables_ = declaration_parameters_;
    RaiseUnboundTypeVariables();
    return translated;
  });
  ctype_->Generalize(ty);
  return ty;
}

// OCaml types a record label as the polymorphic type `'. t` (force_poly):
// generalised, then unified with a fresh variable, whose update_level
// expands every abbreviation that drops (null variance) an argument above
// that variable's level, as all of a fresh generalised type is. So
// `{ a : int phantom }` with `type 'a phantom = int` is `{ a : int; }`,
// in printing and in typing. The types of the group being declared are not
// expanded: OCaml's temporary environment gives them no manifest and full
// variance.
void Typer::ExpandDroppingAbbreviations(TypeId t, const std::vector<DeclId>& group) {
  // All of the label's type is generalised, so above the current level.
  auto drops = [&](TypeId x) {
    if (store_->tag(x) != TypeTag::Constr || store_->child_count(x) == 0) return false;
    if (std::find(group.begin(), group.end(), store_->constr_decl(x)) != group.end()) return false;
    return ctype_->DropsLowered(x, ctype_->current_level());
  };
  std::vector<TypeId> work{t};
  for (int guard = 0; !work.empty() && guard < 100000; ++guard) {
    TypeId x = store_->Repr(work.back());
    work.pop_back();
    if (drops(x)) {
      TypeId expanded = ctype_->TryExpandOnce(x);
      if (expanded != kNoType) {
        store_->Link(x, expanded);
        work.push_back(expanded);
        continue;
      }
    }
    for (uint32_t i = 0, k = store_->child_count(x); i < k; ++i)
      work.push_back(store_->child(x, i));
  }
}

void Typer::CheckNewName(DefinedNames& defined, const std::string& name, std::string_view kind,
                         Span loc, bool by_include) {
  // OCaml lets an item shadow what an include brought, and removes it from
  // the signature (or says what refers to it); mlhint does not follow that.
  if (defined.Included(name))
    Raise(MakeError(DiagKind::Unsupported, loc,
                    Text(UnsupportedText("definitions of a name that an include brought"))));
  if (defined.Contains(name)) {
    std::string first = "Multiple definition of the " + std::string(kind) + " name " + name + ".";
    Doc message = [first](fmt::Formatter& ppf) {
      ppf.open_box(0);
      ppf.print_string(first);
      ppf.print_space();
      ppf.print_string("Names must be unique in a given structure or signature.");
      ppf.close_box();
    };
    Raise(MakeError(DiagKind::RepeatedName, loc, std::move(message)));
  }
  defined.Add(name, by_include);
}

// Typedecl's checks that a group of abbreviations is well founded: no
// abbreviation may expand to a type containing itself (there are no
// -rectypes here). OCaml runs two passes, and which one finds a cycle
// decides the message:
//  - per declaration, its manifest is expanded looking for itself:
//    "The type abbreviation t is cyclic";
//  - per declaration, every abbreviation of the group is expanded:
//    "The definition of t contains a cycle:" and the type where the cycle
//    was entered, unless that type is t itself: "is cyclic" again (OCaml
//    picks the message by the entry, in either pass).
// OCaml's passes work on its type graph, where expansions are memoised and
// shared; which members a pass sees expanded depends on that sharing. This
// is modelled by one rule, checked against ocamlc on the group shapes of
// testsuite/ocaml-recorded and more: in the first pass, a member other than
// the declaration itself is expanded only when it is nullary, not inside
// the arguments of a type constructor, and neither it nor the declaration
// is an alias of another member.
namespace {

class WellFounded {
 public:
  WellFounded(TypeStore& store, Env& env, Ctype& ctype, const std::vector<DeclId>& group)
      : store_(store), env_(env), ctype_(ctype), members_(group.begin(), group.end()) {}

  bool InGroup(DeclId d) const { return members_.count(d) != 0; }
  bool IsAbbrev(DeclId d) const { return env_.types[d].manifest != kNoType; }
  // `type a = b` where b is a member of the group.
  bool IsAlias(DeclId d) const {
    TypeId m = env_.types[d].manifest;
    if (m == kNoType) return false;
    m = store_.Repr(m);
    return store_.tag(m) == TypeTag::Constr && InGroup(store_.constr_decl(m));
  }
  bool OutOfBudget() { return --budget_ < 0; }

  // Ctype::TryExpandOnce, the same node for each expansion of an
  // abbreviation without parameters: the walks below expand the same
  // abbreviations over and over (up to the budget on a cyclic group), and
  // each copy stays in the store until the check ends.
  TypeId ExpandOnce(TypeId t) {
    if (store_.arg_count(t) != 0) return ctype_.TryExpandOnce(t);
    DeclId d = store_.constr_decl(t);
    auto it = nullary_expansions_.find(d);
    if (it != nullary_expansions_.end()) return it->second;
    TypeId expansion = ctype_.TryExpandOnce(t);
    nullary_expansions_.emplace(d, expansion);
    return expansion;
  }

  // First pass: does `self` occur in `t`, expanding only what OCaml sees
  // expanded there?
  bool Reaches(DeclId self, TypeId t, std::vector<DeclId>& expanding, bool in_constr = false) {
    if (OutOfBudget()) return false;
    t = store_.Repr(t);
    switch (store_.tag(t)) {
      case TypeTag::Arrow:
        return Reaches(self, store_.arrow_arg(t), expanding, in_constr) ||
               Reaches(self, store_.arrow_res(t), expanding, in_constr);
      case TypeTag::Tuple:
        for (TypeId a : store_.args(t))
          if (Reaches(self, a, expanding, in_constr)) return true;
        return false;
      case TypeTag::Constr: {
        DeclId d = store_.constr_decl(t);
        if (d == self) return true;
        bool in_args = false;
        for (TypeId a : store_.args(t))
          if (Reaches(self, a, expanding, true)) in_args = true;
        if (in_args) {
          // An abbreviation may drop the argument that holds the cycle.
          if (!IsAbbrev(d)) return true;
          return Expand(self, d, t, expanding);
        }
        bool expanded_here = !in_constr && InGroup(d) && IsAbbrev(d) && store_.arg_count(t) == 0 &&
                             !IsAlias(d) && !IsAlias(self);
        return expanded_here && Expand(self, d, t, expanding);
      }
      default:
        return false;
    }
  }

  // Second pass: the type at which a cycle through the group's
  // abbreviations is entered, or kNoType. `entry` is OCaml's ty0: the root,
  // or an abbreviation met when the path above it was forgotten (the
  // arguments of a datatype are re-checked on their own when one of them
  // holds a cycle).
  TypeId Cycle(TypeId t, TypeId entry, bool at_root, std::vector<DeclId>& expanding) {
    if (OutOfBudget()) return kNoType;
    t = store_.Repr(t);
    switch (store_.tag(t)) {
      case TypeTag::Arrow: {
        TypeId r = Cycle(store_.arrow_arg(t), entry, false, expanding);
        return r != kNoType ? r : Cycle(store_.arrow_res(t), entry, false, expanding);
      }
      case TypeTag::Tuple:
        for (TypeId a : store_.args(t))
          if (TypeId r = Cycle(a, entry, false, expanding); r != kNoType) return r;
        return kNoType;
      case TypeTag::Constr: {
        DeclId d = store_.constr_decl(t);
        TypeId in_args = kNoType;
        for (TypeId a : store_.args(t))
          if (in_args == kNoType) in_args = Cycle(a, entry, false, expanding);
        if (InGroup(d)) {
          if (in_args != kNoType) return in_args;
          if (!IsAbbrev(d)) return kNoType;
          if (std::find(expanding.begin(), expanding.end(), d) != expanding.end()) return entry;
          TypeId expansion = ExpandOnce(t);
          if (expansion == kNoType) return kNoType;
          expanding.push_back(d);
          TypeId r = Cycle(expansion, at_root ? t : entry, false, expanding);
          expanding.pop_back();
          return r;
        }
        if (in_args == kNoType) return kNoType;
        // Re-check the arguments with the path forgotten.
        for (TypeId a : store_.args(t))
          if (TypeId r = Recheck(a, entry); r != kNoType) return r;
        if (!IsAbbrev(d)) return in_args;
        TypeId expansion = ExpandOnce(t);
        return expansion == kNoType ? in_args : Cycle(expansion, entry, false, expanding);
      }
      default:
        return kNoType;
    }
  }

 private:
  // An argument checked again with the path forgotten. When it is an
  // abbreviation of the group that is already being checked so further up,
  // the check has come round to where it started: a cycle, entered there.
  // (OCaml stops there too: its expansions are memoised per path, so the
  // same abbreviation expands to the same node, which is then among the
  // parents. Here each expansion is a new copy, and without this
  // `type a = b option and b = a` re-checked ever deeper, a million
  // expansions (the budget), 200 MB a group.)
  //
  // Any other type that is being re-checked so further up (the same node:
  // ExpandOnce gives the same one each time) holds nothing the check up
  // there will not find: as OCaml's check stops at a type it has visited.
  TypeId Recheck(TypeId a, TypeId entry) {
    a = store_.Repr(a);
    std::vector<DeclId> fresh;
    if (store_.tag(a) != TypeTag::Constr || !InGroup(store_.constr_decl(a)) ||
        !IsAbbrev(store_.constr_decl(a))) {
      if (std::find(rechecking_nodes_.begin(), rechecking_nodes_.end(), a) !=
          rechecking_nodes_.end())
        return kNoType;
      rechecking_nodes_.push_back(a);
      TypeId r = Cycle(a, entry, true, fresh);
      rechecking_nodes_.pop_back();
      return r;
    }
    DeclId d = store_.constr_decl(a);
    if (std::find(rechecking_.begin(), rechecking_.end(), d) != rechecking_.end()) return a;
    rechecking_.push_back(d);
    TypeId r = Cycle(a, entry, true, fresh);
    rechecking_.pop_back();
    return r;
  }

  bool Expand(DeclId self, DeclId d, TypeId t, std::vector<DeclId>& expanding) {
    if (std::find(expanding.begin(), expanding.end(), d) != expanding.end()) return false;
    TypeId expansion = ExpandOnce(t);
    if (expansion == kNoType) return false;
    expanding.push_back(d);
    bool r = Reaches(self, expansion, expanding);
    expanding.pop_back();
    return r;
  }

  TypeStore& store_;
  Env& env_;
  Ctype& ctype_;
  std::unordered_set<DeclId> members_;  // the group's (it may have thousands)
  // Expansions can multiply on contrived groups; past this, give up (the
  // group is then accepted, never reported wrongly).
  int64_t budget_ = 1'000'000;
  std::vector<DeclId> rechecking_;        // abbreviations re-checked afresh, outermost first
  std::vector<TypeId> rechecking_nodes_;  // other types re-checked afresh
  std::unordered_map<DeclId, TypeId> nullary_expansions_;
};

}  // namespace

// Typedecl.transl_declaration: `[@@unboxed]` asks for one constructor of
// one argument, or one immutable field; `[@@boxed]` with it is refused.
void Typer::CheckUnboxedAttribute(const ast::TypeDecl& td) {
  auto bad = [&](std::string because) {
    Raise(MakeError(DiagKind::BadTypeAttribute, td.span, [because](fmt::Formatter& ppf) {
      ppf.open_box(0);
      ppf.print_string("This type cannot be unboxed because");
      ppf.print_space();
      ppf.print_string(because + ".");
      ppf.close_box();
    }));
  };
  if ((td.attributes & ast::kUnboxedAttribute) && (td.attributes & ast::kBoxedAttribute))
    Raise(MakeError(DiagKind::BadTypeAttribute, td.span,
                    Text("A type cannot be boxed and unboxed at the same time.")));
  if (!(td.attributes & ast::kUnboxedAttribute)) return;
  std::vector<ast::Id> members = ListOf(td.members);
  switch (td.kind) {
    case ast::TypeDeclKind::Abstract:
      return bad("it is abstract");
    case ast::TypeDeclKind::Open:
      return bad("extensible variant types cannot be unboxed");
    case ast::TypeDeclKind::Record:
      if (members.empty()) return bad("it has no fields");
      if (members.size() > 1) return bad("it has more than one field");
      if (ast_->labels[members[0]].is_mutable) return bad("it is mutable");
      return;
    case ast::TypeDeclKind::Variant: {
      if (members.empty()) return bad("it has no constructor");
      if (members.size() > 1) return bad("it has more than one constructor");
      const ast::ConstructorDecl& cd = ast_->constructors[members[0]];
      if (InlineRecords::IsInlineArg(*ast_, cd)) {
        const ast::TypeExpr& record = ast_->types[ast_->at(cd.args, 0)];
        if (record.list.size > 1) return bad("its constructor has more than one field");
        if (ast_->labels[ast_->at(record.list, 0)].is_mutable) return bad("it is mutable");
        return;
      }
      uint32_t args = cd.args.size;
      if (args == 0) return bad("its constructor has no argument");
      if (args > 1) return bad("its constructor has more than one argument");
      return;
    }
  }
}

void Typer::CheckWellFounded(const std::vector<DeclId>& group, const std::vector<Span>& locs) {
  WellFounded check(*store_, *env_, *ctype_, group);
  for (size_t i = 0; i < group.size(); ++i) {
    const TypeDecl& decl = env_->types[group[i]];
    std::vector<DeclId> expanding{group[i]};
    if (decl.manifest != kNoType && check.Reaches(group[i], decl.manifest, expanding))
      Raise(MakeError(DiagKind::CyclicAbbreviation, locs[i],
                      Text("The type abbreviation " + decl.name + " is cyclic")));
  }
  for (size_t i = 0; i < group.size(); ++i) {
    const TypeDecl& decl = env_->types[group[i]];
    if (decl.manifest == kNoType) continue;
    std::vector<DeclId> expanding;
    TypeId entry = check.Cycle(decl.manifest, decl.manifest, true, expanding);
    if (entry == kNoType) continue;
    // As in the first pass, OCaml names the declaration "cyclic" when the
    // cycle is entered at the declaration itself (check_well_founded's ty0
    // is a constructor of its path): `type t = u and u = t list`.
    TypeId at = store_->Repr(entry);
    if (store_->tag(at) == TypeTag::Constr && store_->constr_decl(at) == group[i])
      Raise(MakeError(DiagKind::CyclicAbbreviation, locs[i],
                      Text("The type abbreviation " + decl.name + " is cyclic")));
    OutType tree = printer_->TreeFresh(entry);
    std::string name = decl.name;
    Doc message = [name, tree](fmt::Formatter& ppf) {
      ppf.open_vbox(0);
      ppf.print_string("The definition of " + name + " contains a cycle:");
      ppf.print_space();
      PrintOutType(ppf, tree);
      ppf.close_box();
    };
    Raise(MakeError(DiagKind::CyclicAbbreviation, locs[i], std::move(message)));
  }
}

// Typedecl.transl_exception: the constructor of type exn that `cd` declares,
// bound in the environment. An item's name must be new in its structure.
ConstrId Typer::TranslException(const ast::ConstructorDecl& cd, const ast::Item* item) {
  if (cd.result != kNone) {
    const ast::TypeExpr& r = ast_->types[cd.result];
    Raise(MakeError(DiagKind::Unsupported, r.span,
                    Text(UnsupportedText(ast_->unsupported[r.a].what))));
  }
  if (InlineRecords::IsInlineArg(*ast_, cd))
    Raise(MakeError(DiagKind::Unsupported, ast_->types[ast_->at(cd.args, 0)].span,
                    Text(UnsupportedText("inline records in exceptions"))));
  type_variables_.clear();
  WarningScope warnings(*this, WarningScope::On::Constructor,
                        static_cast<ast::Id>(&cd - ast_->constructors.data()));
  ConstructorDesc desc;
  desc.name = std::string(cd.text);
  desc.qualifier = module_path_;
  desc.owner = env_->predef.exn_;
  for (ast::Id a : ListOf(cd.args)) desc.args.push_back(TranslGenericType(a));
  desc.result = store_->NewConstr(kGenericLevel, env_->predef.exn_, {});
  desc.is_exception = true;
  desc.loc = cd.span;
  desc.has_loc = true;
  desc.alerts = DefinitionAlerts(cd.name, cd.span);
  desc.warn_on_literal_pattern = cd.warn_on_literal_pattern;
  if (item) CheckNewName(defined_exceptions_, desc.name, "extension constructor", item->span);
  env_->constructors.push_back(std::move(desc));
  ConstrId id = static_cast<ConstrId>(env_->constructors.size() - 1);
  env_->Bind(Namespace::Constructor, env_->constructors[id].name, id);
  return id;
}

void Typer::TypeExceptionItem(const ast::Item& item) {
  SigEntry s;
  s.kind = OutSigItem::Kind::Exception;
  s.exn = TranslException(ast_->constructors[item.a], &item);
  pending_sig_.push_back(std::move(s));
}

LabelId Typer::DeclareLabel(ast::Id l, DeclId owner, TypeId res, uint32_t pos,
                            const std::vector<DeclId>& group,
                            std::unordered_set<std::string_view>& names) {
  const ast::LabelDecl& ld = ast_->labels[l];
  LabelDesc desc;
  desc.name = std::string(source_->Slice(ld.name));
  desc.owner = owner;
  desc.arg = TranslGenericType(ld.type);
  ExpandDroppingAbbreviations(desc.arg, group);
  desc.res = res;
  desc.is_mutable = ld.is_mutable;
  desc.pos = pos;
  desc.loc = ld.span;
  desc.alerts = DefinitionAlerts(ld.name, ld.span);
  if (!names.insert(source_->Slice(ld.name)).second)
    Raise(MakeError(DiagKind::DuplicateLabel, ld.name, Text("Two labels are named " + desc.name)));
  env_->labels.push_back(std::move(desc));
  return static_cast<LabelId>(env_->labels.size() - 1);
}

}  // namespace mlhint::typing
