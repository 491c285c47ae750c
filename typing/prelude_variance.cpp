// The variance of a type declaration's parameters (OCaml's
// Typedecl_variance), for the relaxed value restriction: computed for the
// prelude's types as it loads and for the program's as they are declared.

#include <unordered_map>

#include "typing/prelude.h"

namespace mlhint::typing {
namespace {

uint8_t Conjugate(uint8_t v) {
  using namespace variance;
  uint8_t out = v & ~(kMayPos | kMayNeg | kPos | kNeg);
  if (v & kMayPos) out |= kMayNeg;
  if (v & kMayNeg) out |= kMayPos;
  if (v & kPos) out |= kNeg;
  if (v & kNeg) out |= kPos;
  return out;
}

void ComputeVarianceRec(TypeStore& ts, const Env& env, std::unordered_map<TypeId, uint8_t>& visited,
                        uint8_t vari, TypeId ty) {
  using namespace variance;
  ty = ts.Repr(ty);
  uint8_t old = visited.count(ty) ? visited[ty] : kNull;
  if ((vari & old) == vari) return;
  vari |= old;
  visited[ty] = vari;
  const TypeNode n = ts.node(ty);
  switch (n.tag) {
    case TypeTag::Arrow: {
      uint8_t v = Conjugate(vari);
      if (v & (kMayPos | kMayNeg)) v |= kMayWeak;
      ComputeVarianceRec(ts, env, visited, v, n.a);
      ComputeVarianceRec(ts, env, visited, vari, n.b);
      break;
    }
    case TypeTag::Tuple:
      for (TypeId a : ts.args(ty)) ComputeVarianceRec(ts, env, visited, vari, a);
      break;
    case TypeTag::Constr: {
      std::vector<TypeId> args = ts.args(ty);
      const TypeDecl& decl = env.types[n.a];
      for (size_t i = 0; i < args.size(); ++i) {
        uint8_t v = i < decl.variance.size() ? decl.variance[i] : kFull;
        if (v == kNull) continue;
        bool strict = ((vari & kInv) && (v & kInj)) || ((vari & (kPos | kNeg)) && (v & kInv));
        if (strict) {
          ComputeVarianceRec(ts, env, visited, kFull, args[i]);
          continue;
        }
        uint8_t p1 = v & vari;
        uint8_t n1 = v & Conjugate(vari);
        uint8_t v1 = static_cast<uint8_t>((kCovariant & (p1 | Conjugate(p1))) |
                                          (Conjugate(kCovariant) & (n1 | Conjugate(n1))));
        bool weak = ((vari & kMayWeak) && (v & (kMayPos | kMayNeg))) ||
                    ((vari & (kMayPos | kMayNeg)) && (v & kMayWeak));
        if (weak)
          v1 |= kMayWeak;
        else
          v1 &= ~kMayWeak;
        ComputeVarianceRec(ts, env, visited, v1, args[i]);
      }
      break;
    }
    default:
      break;
  }
}

}  // namespace

void Prelude::ComputeVariance(TypeStore& ts, Env& env, DeclId id) {
  using namespace variance;
  TypeDecl& decl = env.types[id];
  std::vector<uint8_t> result(decl.params.size(), kNull);
  if (decl.kind == DeclKind::Abstract && decl.manifest == kNoType) {
    // Abstract types: the predefined ones are known; any other abstract
    // type is invariant (no annotation says otherwise).
    bool covariant = decl.predef_covariant;
    for (auto& v : result) v = covariant ? kCovariant : kFull;
    decl.variance = result;
    return;
  }
  std::unordered_map<TypeId, uint8_t> visited;
  if (decl.manifest != kNoType) ComputeVarianceRec(ts, env, visited, kCovariant, decl.manifest);
  auto labels = [&](const std::vector<LabelId>& ls) {
    for (LabelId l : ls)
      ComputeVarianceRec(ts, env, visited, env.labels[l].is_mutable ? kFull : kCovariant,
                         env.labels[l].arg);
  };
  for (ConstrId c : decl.constructors) {
    // An inline record's fields are the constructor's (Cstr_record).
    if (env.constructors[c].inlined != kNone)
      labels(env.types[env.constructors[c].inlined].labels);
    else
      for (TypeId a : env.constructors[c].args) ComputeVarianceRec(ts, env, visited, kCovariant, a);
  }
  labels(decl.labels);
  bool concrete = decl.kind != DeclKind::Abstract;
  for (size_t i = 0; i < decl.params.size(); ++i) {
    TypeId p = ts.Repr(decl.params[i]);
    uint8_t v = visited.count(p) ? visited[p] : kNull;
    if (concrete) {
      v |= kInj;
      if ((v & kPos) && (v & kNeg)) v = kFull;
    }
    if (v & kMayNeg)
      v |= kMayWeak;
    else
      v &= ~kMayWeak;
    result[i] = v;
  }
  decl.variance = result;
}

}  // namespace mlhint::typing
