#include "typing/types.h"

namespace mlhint::typing {

TypeStore::TypeStore() {
  nodes_.reserve(1024);
  nodes_.push_back(TypeNode{TypeTag::Error, 0, true, kGenericLevel});
  error_ = 0;
}

TypeId TypeStore::NewVar(int32_t level, uint32_t name) {
  nodes_.push_back(TypeNode{TypeTag::Var, 0, false, level, name});
  return static_cast<TypeId>(nodes_.size() - 1);
}

TypeId TypeStore::NewArrow(int32_t level, TypeId arg, TypeId res, ArrowLabel label, uint32_t label_name) {
  TypeId ends[2] = {arg, res};
  bool ground = AllGround(ends, ends + 2);
  nodes_.push_back(TypeNode{TypeTag::Arrow, static_cast<uint8_t>(label), ground, level, arg, res, label_name});
  return static_cast<TypeId>(nodes_.size() - 1);
}

TypeId TypeStore::NewTuple(int32_t level, const std::vector<TypeId>& items) {
  uint32_t begin = static_cast<uint32_t>(args_.size());
  args_.insert(args_.end(), items.begin(), items.end());
  bool ground = AllGround(items.data(), items.data() + items.size());
  nodes_.push_back(TypeNode{TypeTag::Tuple, 0, ground, level, begin, static_cast<uint32_t>(items.size())});
  return static_cast<TypeId>(nodes_.size() - 1);
}

TypeId TypeStore::NewConstr(int32_t level, DeclId decl, const std::vector<TypeId>& args) {
  uint32_t begin = static_cast<uint32_t>(args_.size());
  args_.insert(args_.end(), args.begin(), args.end());
  bool ground = AllGround(args.data(), args.data() + args.size());
  nodes_.push_back(TypeNode{TypeTag::Constr, 0, ground, level, decl, begin, static_cast<uint32_t>(args.size())});
  return static_cast<TypeId>(nodes_.size() - 1);
}

bool TypeStore::AllGround(const TypeId* begin, const TypeId* end) {
  for (const TypeId* p = begin; p != end; ++p)
    if (!nodes_[Repr(*p)].ground) return false;
  return true;
}

TypeId TypeStore::ReprSlow(TypeId t) {
  TypeId r = t;
  while (nodes_[r].tag == TypeTag::Link) r = nodes_[r].a;
  // Path compression is only safe outside snapshots (it is not trailed, but
  // it does not change the meaning of any node, so it needs no undo: a
  // compressed link still points into the same class). Backtracking can
  // however unlink the representative; then a compressed link would skip
  // the restored variable. So only nodes made since the last snapshot, which
  // backtracking abandons, are compressed while a snapshot is live.
  uint32_t first_new = watermarks_.empty() ? 0 : watermarks_.back();
  if (t >= first_new) {
    while (t >= first_new && nodes_[t].tag == TypeTag::Link && nodes_[t].a != r) {
      TypeId next = nodes_[t].a;
      nodes_[t].a = r;
      t = next;
    }
  }
  return r;
}

uint32_t TypeStore::arg_count(TypeId t) const {
  const TypeNode& n = nodes_[t];
  if (n.tag == TypeTag::Tuple) return n.b;
  if (n.tag == TypeTag::Constr) return n.c;
  return 0;
}

TypeId TypeStore::arg(TypeId t, uint32_t i) const {
  const TypeNode& n = nodes_[t];
  return n.tag == TypeTag::Tuple ? args_[n.a + i] : args_[n.b + i];
}

TypeId TypeStore::NewShell(const TypeNode& like, int32_t level) {
  TypeNode n = like;
  n.level = level;
  n.ground = false;
  n.mark = 0;
  if (like.tag == TypeTag::Tuple || like.tag == TypeTag::Constr) {
    uint32_t count = like.tag == TypeTag::Tuple ? like.b : like.c;
    uint32_t from = like.tag == TypeTag::Tuple ? like.a : like.b;
    uint32_t begin = static_cast<uint32_t>(args_.size());
    for (uint32_t i = 0; i < count; ++i) args_.push_back(args_[from + i]);
    (like.tag == TypeTag::Tuple ? n.a : n.b) = begin;
  }
  nodes_.push_back(n);
  return static_cast<TypeId>(nodes_.size() - 1);
}

void TypeStore::SetChild(TypeId shell, uint32_t i, TypeId child) {
  TypeNode& n = nodes_[shell];
  if (n.tag == TypeTag::Arrow)
    (i == 0 ? n.a : n.b) = child;
  else
    args_[(n.tag == TypeTag::Tuple ? n.a : n.b) + i] = child;
}

std::vector<TypeId> TypeStore::args(TypeId t) const {
  std::vector<TypeId> out;
  uint32_t n = arg_count(t);
  out.reserve(n);
  for (uint32_t i = 0; i < n; ++i) out.push_back(arg(t, i));
  return out;
}

// Only nodes older than the innermost snapshot need undoing: the ones made
// since are unreachable once the old ones are restored.
void TypeStore::Log(TypeId t) {
  if (!watermarks_.empty() && t < watermarks_.back()) trail_.push_back(Undo{t, nodes_[t]});
}

void TypeStore::Link(TypeId from, TypeId to) {
  Log(from);
  TypeNode before = nodes_[from];
  TypeNode& n = nodes_[from];
  n.tag = TypeTag::Link;
  n.a = to;
  // A name the user wrote ('elt) survives the unification of its variable
  // (Btype.link_type): it moves to the representative if that has none, or
  // if the named variable is the older one.
  TypeId target = Repr(to);
  if (before.tag == TypeTag::Var && before.a != kNoName && nodes_[target].tag == TypeTag::Var) {
    const TypeNode& t = nodes_[target];
    if (t.a == kNoName || before.level < t.level) SetVarName(target, before.a);
  }
}

void TypeStore::SetLevel(TypeId t, int32_t level) {
  if (nodes_[t].level == level) return;
  Log(t);
  nodes_[t].level = level;
}

void TypeStore::SetVarName(TypeId t, uint32_t name) {
  Log(t);
  nodes_[t].a = name;
}

void TypeStore::Restore(TypeId t, const TypeNode& state) {
  Log(t);
  uint32_t mark = nodes_[t].mark;
  nodes_[t] = state;
  nodes_[t].mark = mark;
}

TypeStore::Snapshot TypeStore::TakeSnapshot() {
  watermarks_.push_back(static_cast<uint32_t>(nodes_.size()));
  return trail_.size();
}

void TypeStore::Backtrack(Snapshot s) {
  while (trail_.size() > s) {
    Undo& u = trail_.back();
    uint32_t mark = nodes_[u.id].mark;
    nodes_[u.id] = u.old;
    nodes_[u.id].mark = mark;
    trail_.pop_back();
  }
  watermarks_.pop_back();
  if (watermarks_.empty()) trail_.clear();
}

void TypeStore::Commit(Snapshot s) {
  (void)s;
  watermarks_.pop_back();
  if (watermarks_.empty()) trail_.clear();
}

uint32_t TypeStore::Intern(std::string_view name) {
  auto [it, inserted] = name_index_.try_emplace(std::string(name), static_cast<uint32_t>(names_.size()));
  if (inserted) names_.emplace_back(name);
  return it->second;
}

}  // namespace mlhint::typing
