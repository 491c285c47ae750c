// Whether a type's values are immediates (OCaml's Typedecl_immediacy), for
// `[@@immediate]`: computed for the prelude's types as it loads and for the
// program's as they are declared.

#include <unordered_map>
#include <utility>
#include <vector>

#include "parser/ast.h"
#include "typing/prelude.h"

namespace mlhint::typing {
namespace {

// Ctype.immediacy: what the head constructor's declaration says, without
// expanding it.
Immediacy OfType(TypeStore& ts, const Env& env, TypeId t) {
  t = ts.Repr(t);
  if (ts.tag(t) != TypeTag::Constr) return Immediacy::Unknown;
  return env.types[ts.constr_decl(t)].immediacy;
}

// The one argument or field of an unboxed type (kNoType: not unboxed).
TypeId UnboxedMember(const Env& env, const TypeDecl& decl) {
  if (!decl.unboxed) return kNoType;
  if (decl.constructors.size() == 1 && env.constructors[decl.constructors[0]].args.size() == 1)
    return env.constructors[decl.constructors[0]].args[0];
  if (decl.labels.size() == 1) return env.labels[decl.labels[0]].arg;
  return kNoType;
}

}  // namespace

// Typedecl_unboxed.get_unboxed_type_representation: abbreviations are
// expanded and unboxed types replaced by their argument, each declaration's
// parameters standing for the arguments it was applied to (a frame of the
// stack below), until a type known to be immediate or another constructor.
DeclId Prelude::RepresentationHead(TypeStore& ts, const Env& env, TypeId t) {
  struct Bound {
    TypeId type;
    size_t frame;
  };
  std::vector<std::unordered_map<TypeId, Bound>> frames(1);
  size_t frame = 0;
  int fuel = 100;         // unboxed steps, as OCaml gives (PR#7424)
  int expansions = 1000;  // abbreviations: the group is well-founded by now
  while (fuel >= 0 && expansions-- > 0) {
    t = ts.Repr(t);
    if (ts.tag(t) == TypeTag::Var) {
      auto it = frames[frame].find(t);
      if (it == frames[frame].end()) return kNone;
      t = it->second.type;
      frame = it->second.frame;
      continue;
    }
    if (ts.tag(t) != TypeTag::Constr) return kNone;
    DeclId id = ts.constr_decl(t);
    const TypeDecl& decl = env.types[id];
    TypeId next = kNoType;
    if (decl.manifest != kNoType) {
      next = decl.manifest;
    } else if (decl.immediacy == Immediacy::Unknown && UnboxedMember(env, decl) != kNoType) {
      next = UnboxedMember(env, decl);
      --fuel;
    } else {
      return id;
    }
    std::unordered_map<TypeId, Bound> bound;
    for (size_t i = 0; i < decl.params.size() && i < ts.arg_count(t); ++i)
      bound[ts.Repr(decl.params[i])] = Bound{ts.arg(t, i), frame};
    frames.push_back(std::move(bound));
    frame = frames.size() - 1;
    t = next;
  }
  return kNone;
}

bool Prelude::IsFloatRecord(TypeStore& ts, const Env& env, DeclId id) {
  const TypeDecl& decl = env.types[id];
  if (decl.kind != DeclKind::Record || decl.unboxed || decl.labels.empty()) return false;
  for (LabelId l : decl.labels)
    if (RepresentationHead(ts, env, env.labels[l].arg) != env.predef.float_) return false;
  return true;
}

namespace {

// Ctype.immediacy of the representation.
Immediacy OfRepresentation(TypeStore& ts, const Env& env, TypeId t) {
  DeclId head = Prelude::RepresentationHead(ts, env, t);
  return head == kNone ? Immediacy::Unknown : env.types[head].immediacy;
}

}  // namespace

void Prelude::ComputeImmediacy(TypeStore& ts, Env& env, const std::vector<DeclId>& group) {
  for (DeclId id : group) env.types[id].immediacy = Immediacy::Unknown;
  for (size_t round = 0; round <= group.size(); ++round) {
    bool changed = false;
    for (DeclId id : group) {
      Immediacy now = ComputeImmediacy(ts, env, id);
      changed |= now != env.types[id].immediacy;
      env.types[id].immediacy = now;
    }
    if (!changed) break;
  }
}

Immediacy Prelude::ImmediateAttribute(uint8_t attributes) {
  if (attributes & ast::kImmediateAttribute) return Immediacy::Always;
  if (attributes & ast::kImmediate64Attribute) return Immediacy::Always64;
  return Immediacy::Unknown;
}

bool Prelude::Unboxed(const ast::TypeDecl& decl, const ast::Ast& tree) {
  return (decl.attributes & ast::kUnboxedAttribute) && Unboxable(decl, tree);
}

bool Prelude::UnboxedByDefault(const ast::TypeDecl& decl, const ast::Ast& tree) {
  return !(decl.attributes & (ast::kUnboxedAttribute | ast::kBoxedAttribute)) &&
         Unboxable(decl, tree);
}

bool Prelude::Unboxable(const ast::TypeDecl& decl, const ast::Ast& tree) {
  std::vector<ast::Id> members;
  for (uint32_t i = 0; i < decl.members.size; ++i) members.push_back(tree.at(decl.members, i));
  if (members.size() != 1) return false;
  if (decl.kind == ast::TypeDeclKind::Variant) {
    const ast::ConstructorDecl& c = tree.constructors[members[0]];
    return c.args.size == 1 && c.result == ast::kNone;
  }
  return decl.kind == ast::TypeDeclKind::Record && !tree.labels[members[0]].is_mutable;
}

Immediacy Prelude::ComputeImmediacy(TypeStore& ts, const Env& env, DeclId id) {
  const TypeDecl& decl = env.types[id];
  switch (decl.kind) {
    case DeclKind::Variant:
      if (UnboxedMember(env, decl) != kNoType)
        return OfRepresentation(ts, env, UnboxedMember(env, decl));
      if (decl.constructors.empty()) return Immediacy::Unknown;
      for (ConstrId c : decl.constructors)
        if (!env.constructors[c].args.empty()) return Immediacy::Unknown;
      return Immediacy::Always;
    case DeclKind::Record:
      if (UnboxedMember(env, decl) != kNoType)
        return OfRepresentation(ts, env, UnboxedMember(env, decl));
      return Immediacy::Unknown;
    case DeclKind::Abstract:
      return decl.manifest != kNoType ? OfType(ts, env, decl.manifest) : decl.immediate_attribute;
    case DeclKind::Open:
      return Immediacy::Unknown;
  }
  return Immediacy::Unknown;
}

}  // namespace mlhint::typing
