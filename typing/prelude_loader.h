// The prelude's loader: reads the standard library's signature text (and
// the compiled interfaces of the program's other units) into an Env, as
// typing/prelude.cpp asks. Internal to the prelude (prelude.cpp only).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "parser/parse.h"
#include "support/source.h"
#include "typing/env.h"
#include "typing/prelude.h"
#include "typing/types.h"

namespace mlhint::typing::prelude_loader {

// The exceptions whose argument OCaml warns about matching with a literal
// (their declarations carry [@ocaml.warn_on_literal_pattern]).
inline bool WarnsOnLiteralPattern(std::string_view name) {
  return name == "Match_failure" || name == "Assert_failure" || name == "Invalid_argument" ||
         name == "Failure" || name == "Sys_error" || name == "Undefined_recursive_module";
}

class Loader {
 public:
  Loader(TypeStore& store, Env& env) : ts_(store), env_(env) {}

  // In the standard library, an empty `module M : sig end` stands for a
  // module outside the subset; in a unit of the program it is empty.
  void EmptyMeansOutside(bool yes) { empty_means_outside_ = yes; }
  // The library's modules whose signatures were left out of the text (the
  // program does not name them): bound, empty and `unloaded`.
  void Unloaded(const std::unordered_set<std::string_view>* names) { unloaded_ = names; }

  // Loads a signature file; items go into `module` (nullptr: the root).
  std::string Load(std::string_view name, std::string_view text, ModuleDesc* module) {
    SourceBuffer source{std::string(name), std::string(text)};
    ParseResult parsed = Parse(source, ParseMode::Interface);
    if (parsed.error) return std::string(name) + ": the prelude does not parse";
    ast_ = &parsed.ast;
    source_ = &source;
    scopes_.clear();
    if (module) scopes_.push_back(ModuleIndex(module));
    for (uint32_t i = 0; i < parsed.ast.structure.size; ++i) {
      LoadItem(parsed.ast.at(parsed.ast.structure, i));
      if (!error_.empty()) return error_;
    }
    return {};
  }

  void FindPredef() {
    auto find = [&](const char* name) { return env_.Find(Namespace::Type, name); };
    Env::Predef& p = env_.predef;
    p.int_ = find("int");
    p.char_ = find("char");
    p.string_ = find("string");
    p.bytes_ = find("bytes");
    p.float_ = find("float");
    p.bool_ = find("bool");
    p.unit_ = find("unit");
    p.exn_ = find("exn");
    p.array_ = find("array");
    p.list_ = find("list");
    p.option_ = find("option");
    p.nativeint_ = find("nativeint");
    p.int32_ = find("int32");
    p.int64_ = find("int64");
    p.lazy_t_ = find("lazy_t");
    p.extension_constructor_ = find("extension_constructor");
    // Predef gives these two no definition, but immediacy (bool and unit
    // have theirs from their constant constructors).
    for (DeclId d : {p.int_, p.char_})
      if (d != kNone) env_.types[d].immediacy = Immediacy::Always;
    if (uint32_t m = env_.Find(Namespace::Module, "CamlinternalFormatBasics"); m != kNone) {
      auto in_module = [&](const char* name) {
        const auto* ids = env_.modules[m].Find(Namespace::Type, name);
        return ids ? ids->front() : kNone;
      };
      p.format6_ = in_module("format6");
      p.fmt_ = in_module("fmt");
      p.padding_ = in_module("padding");
      p.precision_ = in_module("precision");
    }
    // The types of a module (CamlinternalFormatBasics) are not predefined.
    for (DeclId d = 0; d < env_.types.size(); ++d)
      env_.types[d].predef = env_.types[d].qualifier.empty();
  }

 private:
  ModuleId ModuleIndex(ModuleDesc* m) { return static_cast<ModuleId>(m - env_.modules.data()); }
  ModuleDesc* Current() { return scopes_.empty() ? nullptr : &env_.modules[scopes_.back()]; }
  std::vector<std::string> Qualifier() {
    ModuleDesc* m = Current();
    return m ? m->path : std::vector<std::string>{};
  }

  void Bind(Namespace ns, const std::string& name, uint32_t id) {
    if (ModuleDesc* m = Current())
      m->Add(ns, name, id);
    else
      env_.Bind(ns, name, id);
  }

  std::string Text(Span s) const { return std::string(source_->Slice(s)); }

  // The message of a `(* deprecated: MSG *)` (or `(* deprecated *)`)
  // comment written just above the declaration at `offset`.
  std::optional<std::string> DeprecationAbove(uint32_t offset) const {
    return MarkerAbove(offset, "deprecated");
  }

  // The text after `TAG:` of a `(* TAG: TEXT *)` comment (or "" for
  // `(* TAG *)`) written just above the declaration at `offset`.
  // The comments stacked directly above it are all looked at (Pervasives
  // has both `externals` and `deprecated`).
  std::optional<std::string> MarkerAbove(uint32_t offset, std::string_view tag) const {
    std::string_view text = source_->text().substr(0, offset);
    for (;;) {
      while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t'))
        text.remove_suffix(1);
      if (text.size() < 4 || text.substr(text.size() - 2) != "*)") return std::nullopt;
      size_t open = text.rfind("(*");
      if (open == std::string_view::npos) return std::nullopt;
      // The marker is a comment of its own, first on its line (not the end
      // of a longer comment that mentions it).
      size_t line_start = text.rfind('\n', open);
      line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
      if (text.substr(line_start, open - line_start).find_first_not_of(" \t") !=
          std::string_view::npos)
        return std::nullopt;
      std::string_view comment = text.substr(open + 2, text.size() - 2 - (open + 2));
      text = text.substr(0, open);
      while (!comment.empty() && comment.front() == ' ') comment.remove_prefix(1);
      while (!comment.empty() && comment.back() == ' ') comment.remove_suffix(1);
      if (comment.substr(0, tag.size()) != tag) continue;
      comment.remove_prefix(tag.size());
      if (comment.empty()) return std::string();
      if (comment.front() != ':') continue;  // a comment about the tag, not the marker
      comment.remove_prefix(1);
      while (!comment.empty() && comment.front() == ' ') comment.remove_prefix(1);
      return std::string(comment);
    }
  }

  // Name resolution: the enclosing modules (innermost first), then the root.
  uint32_t FindIn(Namespace ns, std::string_view name) {
    for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it)
      if (const auto* ids = env_.modules[*it].Find(ns, name)) return ids->front();
    return env_.Find(ns, name);
  }

  const ModuleDesc* ResolveModule(const std::vector<std::string_view>& parts, size_t count) {
    if (count == 0) return nullptr;
    const ModuleDesc* m = nullptr;
    if (parts[0] == "Stdlib" && env_.stdlib != kNone) {
      m = &env_.modules[env_.stdlib];
    } else {
      uint32_t id = FindIn(Namespace::Module, parts[0]);
      if (id == kNone) return nullptr;
      m = &env_.modules[id];
    }
    for (size_t i = 1; i < count && m; ++i) {
      const auto* ids = m->Find(Namespace::Module, parts[i]);
      m = ids ? &env_.modules[ids->front()] : nullptr;
    }
    return m;
  }

  DeclId ResolveType(ast::Id longident) {
    const ast::LongIdent& l = ast_->longidents[longident];
    std::vector<std::string_view> parts;
    for (uint32_t i = 0; i < l.parts.size; ++i) parts.push_back(ast_->names[l.parts.begin + i]);
    if (parts.size() == 1) return FindIn(Namespace::Type, parts[0]);
    const ModuleDesc* m = ResolveModule(parts, parts.size() - 1);
    if (!m) return kNone;
    const auto* ids = m->Find(Namespace::Type, parts.back());
    return ids ? ids->front() : kNone;
  }

  // A type expression of the prelude, as a generic type.
  TypeId Transl(ast::Id t, std::unordered_map<std::string, TypeId>& vars) {
    const ast::TypeExpr& te = ast_->types[t];
    switch (te.kind) {
      case ast::TypeKind::Var: {
        std::string name = Text(te.name);
        auto it = vars.find(name);
        if (it != vars.end()) return it->second;
        TypeId v = ts_.NewVar(kGenericLevel, ts_.Intern(name));
        vars.emplace(name, v);
        return v;
      }
      case ast::TypeKind::Any:
        return ts_.NewVar(kGenericLevel);
      case ast::TypeKind::Arrow: {
        TypeId a = Transl(te.a, vars);
        TypeId b = Transl(te.b, vars);
        if (te.flags & ast::kLabelled)
          return ts_.NewArrow(kGenericLevel, a, b, ArrowLabel::Labelled, ts_.Intern(Text(te.name)));
        // `?l:t -> u`: the parameter has type `t option`, as in OCaml.
        if (te.flags & ast::kOptional) {
          TypeId opt = ts_.NewConstr(kGenericLevel, env_.predef.option_, {a});
          return ts_.NewArrow(kGenericLevel, opt, b, ArrowLabel::Optional,
                              ts_.Intern(Text(te.name)));
        }
        return ts_.NewArrow(kGenericLevel, a, b);
      }
      case ast::TypeKind::Tuple: {
        std::vector<TypeId> items;
        for (ast::Id x : ListOf(te.list)) items.push_back(Transl(x, vars));
        return ts_.NewTuple(kGenericLevel, items);
      }
      case ast::TypeKind::Constr: {
        DeclId decl = ResolveType(te.a);
        if (decl == kNone) {
          error_ = "prelude: unbound type " + ast_->FullName(te.a);
          return ts_.NewVar(kGenericLevel);
        }
        std::vector<TypeId> args;
        for (ast::Id x : ListOf(te.list)) args.push_back(Transl(x, vars));
        return ts_.NewConstr(kGenericLevel, decl, args);
      }
      case ast::TypeKind::Unsupported:
      case ast::TypeKind::InlineRecord:
      case ast::TypeKind::Package:
        error_ = "prelude: unsupported type";
        return ts_.NewVar(kGenericLevel);
    }
    return ts_.NewVar(kGenericLevel);
  }

  std::vector<ast::Id> ListOf(ast::ListRef l) const {
    return std::vector<ast::Id>(ast_->begin(l), ast_->end(l));
  }

  void LoadItem(ast::Id item_id) {
    const ast::Item& item = ast_->items[item_id];
    switch (item.kind) {
      case ast::ItemKind::ValDecl: {
        std::unordered_map<std::string, TypeId> vars;
        ValueDesc v;
        v.name = Text(item.name);
        v.type = Transl(item.a, vars);
        v.from_prelude = true;
        PreludeValue extra;
        extra.deprecated = DeprecationAbove(item.span.begin);
        extra.declared = MarkerAbove(item.span.begin, "declared").value_or("");
        for (const std::string& q : Qualifier()) extra.path += q + ".";
        extra.path += v.name;
        // (Pervasives repeats them, as the same externals.)
        bool top = scopes_.size() == 1 && Current() && Current()->name == "Stdlib";
        bool pervasives = scopes_.size() == 2 && Current() && Current()->name == "Pervasives";
        // `(* external: "p1" "p2" [@@noalloc] *)`: what OCaml's `external`
        // has after its type; `%identity` (Char.code, Fun.id, Obj.magic...)
        // is typed as such.
        if (std::optional<std::string> e = MarkerAbove(item.span.begin, "external")) {
          ExternalPrims prims = ReadExternalPrims(*e);
          prims.arity = ExternalArity(ts_, v.type);
          ReprsOfAttributes(prims);
          if (!prims.prims.empty() && prims.prims[0] == "%identity") v.prim = Primitive::Identity;
          env_.externals.emplace(static_cast<uint32_t>(env_.values.size()), std::move(prims));
        }
        if (top || pervasives) {
          if (v.name == "ignore") v.prim = Primitive::Ignore;
          if (v.name == "@@") v.prim = Primitive::Apply;
          if (v.name == "|>") v.prim = Primitive::RevApply;
          if (v.name == "raise" || v.name == "raise_notrace") v.prim = Primitive::Raise;
        }
        env_.values.push_back(std::move(v));
        env_.prelude_values.resize(env_.values.size());
        env_.prelude_values.back() = std::move(extra);
        Bind(Namespace::Value, env_.values.back().name,
             static_cast<ValueId>(env_.values.size() - 1));
        break;
      }
      case ast::ItemKind::Type:
        LoadTypes(item);
        break;
      case ast::ItemKind::Exception:
        LoadException(item.a);
        break;
      case ast::ItemKind::Module: {
        // `module N = M` in a unit's interface: N is M.
        const ast::LongIdent& l = ast_->longidents[item.a];
        std::vector<std::string_view> parts;
        for (uint32_t i = 0; i < l.parts.size; ++i) parts.push_back(ast_->names[l.parts.begin + i]);
        const ModuleDesc* m =
            (item.flags & ast::kModuleAlias) ? ResolveModule(parts, parts.size()) : nullptr;
        if (!m) {
          error_ = "prelude: unexpected item: " + Text(item.span).substr(0, 60);
          break;
        }
        Bind(Namespace::Module, Text(item.name), static_cast<ModuleId>(m - env_.modules.data()));
        break;
      }
      case ast::ItemKind::ModuleType:
        // The library's module types written out as signatures
        // (Map.OrderedType) are read as such; the others, and a unit's,
        // are bound outside what the prelude reads (their first use says so).
        if (empty_means_outside_ &&
            !(item.flags & (ast::kModuleTypePath | ast::kModuleTypeWith | ast::kFunctorType)) &&
            !MarkerAbove(item.span.begin, "outside the subset")) {
          LoadSignature(item);
          break;
        }
        BindRefusedModuleType(Text(item.name));
        break;
      case ast::ItemKind::Unsupported:
        if (item.flags & ast::kRefusedModuleType) {
          BindRefusedModuleType(Text(item.name));
          break;
        }
        error_ = "prelude: unexpected item: " + Text(item.span).substr(0, 60);
        break;
      case ast::ItemKind::ModuleDecl: {
        ModuleDesc m;
        m.name = Text(item.name);
        m.path = Qualifier();
        m.path.push_back(m.name);
        m.unloaded = unloaded_ && scopes_.size() == 1 && unloaded_->count(m.name);
        m.outside_subset = empty_means_outside_ && item.list.size == 0 && !m.unloaded;
        // `(* partial *)`: OCaml's unit has more than the prelude declares.
        m.partial = MarkerAbove(item.span.begin, "partial").has_value();
        // `(* alias: ArrayLabels *)`: OCaml's module is an alias of that one.
        if (std::optional<std::string> a = MarkerAbove(item.span.begin, "alias")) m.alias_of = *a;
        // `(* functor: Map.OrderedType; ... *)`: the module type of its parameter.
        if (std::optional<std::string> f = MarkerAbove(item.span.begin, "functor"))
          m.functor_param_type = f->substr(0, f->find(';'));
        // `(* deprecated: MSG *)`, MSG on one line with `\n` for its breaks.
        if (std::optional<std::string> d = MarkerAbove(item.span.begin, "deprecated")) {
          std::string message;
          for (size_t i = 0; i < d->size(); ++i) {
            bool escape = (*d)[i] == '\\' && i + 1 < d->size() && (*d)[i + 1] == 'n';
            message += escape ? '\n' : (*d)[i];
            i += escape ? 1 : 0;
          }
          m.deprecated = std::move(message);
        }
        env_.modules.push_back(std::move(m));
        ModuleId id = static_cast<ModuleId>(env_.modules.size() - 1);
        // Bind first: items of a module may not refer to the module itself,
        // but siblings declared later refer to it.
        scopes_.push_back(id);
        for (ast::Id sub : ListOf(item.list)) {
          LoadItem(sub);
          if (!error_.empty()) return;
        }
        scopes_.pop_back();
        Bind(Namespace::Module, env_.modules[id].name, id);
        break;
      }
      default:
        error_ = "prelude: unexpected item: " + Text(item.span).substr(0, 60);
        break;
    }
  }

  // `module type S = sig ... end` of the library: a module of its items
  // (types and values only), bound as a module type.
  void LoadSignature(const ast::Item& item) {
    ModuleDesc m;
    m.name = Text(item.name);
    m.path = Qualifier();
    m.path.push_back(m.name);
    m.library_signature = true;
    env_.modules.push_back(std::move(m));
    auto id = static_cast<ModuleId>(env_.modules.size() - 1);
    scopes_.push_back(id);
    for (ast::Id sub : ListOf(item.list)) {
      LoadItem(sub);
      if (!error_.empty()) return;
    }
    scopes_.pop_back();
    Bind(Namespace::ModuleType, env_.modules[id].name, id);
  }

  void BindRefusedModuleType(const std::string& name) {
    ModuleDesc m;
    m.name = name;
    m.path = Qualifier();
    m.path.push_back(name);
    m.outside_subset = true;
    env_.modules.push_back(std::move(m));
    Bind(Namespace::ModuleType, name, static_cast<ModuleId>(env_.modules.size() - 1));
  }

  void LoadTypes(const ast::Item& item) {
    std::vector<ast::Id> decls = ListOf(item.list);
    std::vector<DeclId> ids;
    std::vector<std::unordered_map<std::string, TypeId>> vars(decls.size());
    // Declare every name of the group first: the group is recursive.
    for (size_t i = 0; i < decls.size(); ++i) {
      const ast::TypeDecl& d = ast_->type_decls[decls[i]];
      TypeDecl td;
      td.name = Text(d.name);
      td.qualifier = Qualifier();
      td.rec_next = i > 0;
      for (ast::Id p : ListOf(d.params)) {
        const ast::TypeParam& tp = ast_->type_params[p];
        std::string name = Text(tp.name);
        TypeId v = ts_.NewVar(kGenericLevel, name.empty() ? kNoName : ts_.Intern(name));
        if (!name.empty()) vars[i].emplace(name, v);
        td.params.push_back(v);
      }
      env_.types.push_back(std::move(td));
      ids.push_back(static_cast<DeclId>(env_.types.size() - 1));
      Bind(Namespace::Type, env_.types.back().name, ids.back());
    }
    for (size_t i = 0; i < decls.size(); ++i) {
      const ast::TypeDecl& d = ast_->type_decls[decls[i]];
      DeclId id = ids[i];
      switch (d.kind) {
        case ast::TypeDeclKind::Abstract:
          env_.types[id].kind = DeclKind::Abstract;
          break;
        case ast::TypeDeclKind::Variant:
          env_.types[id].kind = DeclKind::Variant;
          break;
        case ast::TypeDeclKind::Record:
          env_.types[id].kind = DeclKind::Record;
          break;
        case ast::TypeDeclKind::Open:
          env_.types[id].kind = DeclKind::Open;
          break;
      }
      if (d.manifest != ast::kNone) {
        TypeId m = Transl(d.manifest, vars[i]);
        env_.types[id].manifest = m;
      }
      env_.types[id].unboxed = Prelude::Unboxed(d, *ast_);
      env_.types[id].immediate_attribute = Prelude::ImmediateAttribute(d.attributes);
      TypeId result = ts_.NewConstr(kGenericLevel, id, env_.types[id].params);
      uint32_t index = 0;
      for (ast::Id c : ListOf(d.members)) {
        if (d.kind == ast::TypeDeclKind::Variant) {
          const ast::ConstructorDecl& cd = ast_->constructors[c];
          ConstructorDesc desc;
          desc.name = std::string(cd.text);
          desc.owner = id;
          const ast::TypeExpr* record =
              cd.args.size == 1 ? &ast_->types[ast_->at(cd.args, 0)] : nullptr;
          if (record && record->kind == ast::TypeKind::InlineRecord) {
            desc.inlined = InlineRecord(*record, id, desc.name, vars[i]);
            env_.types[desc.inlined].inline_of = static_cast<ConstrId>(env_.constructors.size());
            desc.args.push_back(
                ts_.NewConstr(kGenericLevel, desc.inlined, env_.types[desc.inlined].params));
          } else {
            for (ast::Id a : ListOf(cd.args)) desc.args.push_back(Transl(a, vars[i]));
          }
          desc.result = result;
          desc.index = index++;
          env_.constructors.push_back(std::move(desc));
          ConstrId cid = static_cast<ConstrId>(env_.constructors.size() - 1);
          env_.types[id].constructors.push_back(cid);
          Bind(Namespace::Constructor, env_.constructors.back().name, cid);
        } else {
          const ast::LabelDecl& ld = ast_->labels[c];
          LabelDesc desc;
          desc.name = Text(ld.name);
          desc.owner = id;
          desc.arg = Transl(ld.type, vars[i]);
          desc.res = result;
          desc.is_mutable = ld.is_mutable;
          desc.pos = index++;
          env_.labels.push_back(std::move(desc));
          LabelId lid = static_cast<LabelId>(env_.labels.size() - 1);
          env_.types[id].labels.push_back(lid);
          Bind(Namespace::Label, env_.labels.back().name, lid);
        }
      }
    }
    Prelude::ComputeImmediacy(ts_, env_, ids);
    // A recursive group: start from "unused" and iterate to the fixpoint,
    // as Typedecl_variance does.
    for (DeclId id : ids)
      env_.types[id].variance.assign(env_.types[id].params.size(), variance::kNull);
    for (int round = 0; round < 8; ++round) {
      bool changed = false;
      for (DeclId id : ids) {
        std::vector<uint8_t> before = env_.types[id].variance;
        Prelude::ComputeVariance(ts_, env_, id);
        changed |= before != env_.types[id].variance;
      }
      if (!changed) break;
    }
    // `(* declared: File "set.mli", ... *)`: where OCaml's library declares it.
    if (std::optional<std::string> declared = MarkerAbove(item.span.begin, "declared"))
      for (DeclId id : ids) env_.types[id].loc_text = *declared;
    // `(* variance: +! *)` above an abstract type: what OCaml's signature
    // says of its parameters (the parser keeps no variance annotation).
    if (std::optional<std::string> mark = MarkerAbove(item.span.begin, "variance")) {
      for (DeclId id : ids) {
        TypeDecl& decl = env_.types[id];
        decl.variance_mark = *mark;
        bool covariant = mark->find('+') != std::string::npos;
        for (uint8_t& v : decl.variance) v = covariant ? variance::kCovariant : variance::kFull;
      }
    }
  }

  // The record type `t.C` of an inline record (typer_inline_record.cpp
  // makes the program's): its labels, not bound; its parameters, the
  // owner's that they use.
  DeclId InlineRecord(const ast::TypeExpr& record, DeclId owner, const std::string& constructor,
                      std::unordered_map<std::string, TypeId>& vars) {
    TypeDecl td;
    td.name = env_.types[owner].name + "." + constructor;
    td.qualifier = Qualifier();
    td.kind = DeclKind::Record;
    env_.types.push_back(std::move(td));
    env_.has_inline_records = true;
    auto id = static_cast<DeclId>(env_.types.size() - 1);
    std::unordered_set<TypeId> used;
    uint32_t pos = 0;
    for (ast::Id l : ListOf(record.list)) {
      const ast::LabelDecl& ld = ast_->labels[l];
      LabelDesc desc;
      desc.name = Text(ld.name);
      desc.owner = id;
      desc.arg = Transl(ld.type, vars);
      desc.is_mutable = ld.is_mutable;
      desc.pos = pos++;
      std::vector<TypeId> work{desc.arg};
      for (int guard = 0; !work.empty() && guard < 100000; ++guard) {
        TypeId x = ts_.Repr(work.back());
        work.pop_back();
        if (ts_.IsVar(x)) used.insert(x);
        for (uint32_t k = 0; k < ts_.child_count(x); ++k) work.push_back(ts_.child(x, k));
      }
      env_.labels.push_back(std::move(desc));
      env_.types[id].labels.push_back(static_cast<LabelId>(env_.labels.size() - 1));
    }
    std::vector<TypeId> params;
    for (TypeId p : env_.types[owner].params)
      if (used.count(ts_.Repr(p))) params.push_back(p);
    TypeId result = ts_.NewConstr(kGenericLevel, id, params);
    for (LabelId l : env_.types[id].labels) env_.labels[l].res = result;
    env_.types[id].params = params;
    env_.types[id].variance.assign(params.size(), variance::kNull);
    return id;
  }

  void LoadException(ast::Id c) {
    const ast::ConstructorDecl& cd = ast_->constructors[c];
    std::string name(cd.text);
    // Stdlib re-exports the predefined exceptions (exception Failure =
    // Failure): the same constructors, not new ones.
    if (Current() && Current()->name == "Stdlib" && scopes_.size() == 1) {
      uint32_t existing = env_.Find(Namespace::Constructor, name);
      if (existing != kNone && env_.constructors[existing].is_exception) {
        Bind(Namespace::Constructor, name, existing);
        return;
      }
    }
    std::unordered_map<std::string, TypeId> vars;
    ConstructorDesc desc;
    desc.name = name;
    desc.owner = env_.predef.exn_ != kNone ? env_.predef.exn_ : env_.Find(Namespace::Type, "exn");
    for (ast::Id a : ListOf(cd.args)) desc.args.push_back(Transl(a, vars));
    desc.result = ts_.NewConstr(kGenericLevel, desc.owner, {});
    desc.is_exception = true;
    desc.warn_on_literal_pattern = WarnsOnLiteralPattern(name);
    desc.qualifier = Qualifier();
    env_.constructors.push_back(std::move(desc));
    Bind(Namespace::Constructor, name, static_cast<ConstrId>(env_.constructors.size() - 1));
  }

  TypeStore& ts_;
  Env& env_;
  const ast::Ast* ast_ = nullptr;
  const SourceBuffer* source_ = nullptr;
  std::vector<ModuleId> scopes_;
  std::string error_;
  bool empty_means_outside_ = true;
  const std::unordered_set<std::string_view>* unloaded_ = nullptr;
};

}  // namespace mlhint::typing::prelude_loader
