#include "typing/types.h"

#include <algorithm>
#include <iterator>

namespace mlhint::typing {

TypeStore::TypeStore() {
  nodes_.reserve(1024);
  nodes_.push_back(TypeNode{TypeTag::Error, 0, true, 0, kGenericLevel});
  error_ = 0;
}

TypeId TypeStore::NewVar(int32_t level, uint32_t name) {
  return Append(TypeNode{TypeTag::Var, 0, false, 0, level, name});
}

TypeId TypeStore::NewArrow(int32_t level, TypeId arg, TypeId res, ArrowLabel label,
                           uint32_t label_name) {
  TypeId ends[2] = {arg, res};
  bool ground = AllGround(ends, ends + 2);
  return Append(TypeNode{TypeTag::Arrow, static_cast<uint8_t>(label), ground, 0, level, arg, res,
                         label_name});
}

TypeId TypeStore::NewTuple(int32_t level, const std::vector<TypeId>& items) {
  uint32_t begin = static_cast<uint32_t>(args_.size());
  args_.insert(args_.end(), items.begin(), items.end());
  bool ground = AllGround(items.data(), items.data() + items.size());
  return Append(
      TypeNode{TypeTag::Tuple, 0, ground, 0, level, begin, static_cast<uint32_t>(items.size())});
}

TypeId TypeStore::NewConstr(int32_t level, DeclId decl, const std::vector<TypeId>& args) {
  uint32_t begin = static_cast<uint32_t>(args_.size());
  args_.insert(args_.end(), args.begin(), args.end());
  bool ground = AllGround(args.data(), args.data() + args.size());
  return Append(TypeNode{TypeTag::Constr, 0, ground, 0, level, decl, begin,
                         static_cast<uint32_t>(args.size())});
}

// Rows are never ground: their fields are mutable (an Either field is
// linked to what it becomes), so a copy of a scheme must copy them.
TypeId TypeStore::NewVariant(int32_t level, const std::vector<TypeId>& fields, TypeId more,
                             bool closed) {
  uint32_t begin = static_cast<uint32_t>(args_.size());
  args_.insert(args_.end(), fields.begin(), fields.end());
  args_.push_back(more);
  may_have_rows_ = true;
  return Append(TypeNode{TypeTag::Variant, static_cast<uint8_t>(closed ? kRowClosed : 0), false, 0,
                         level, 0, begin, static_cast<uint32_t>(fields.size() + 1)});
}

TypeId TypeStore::NewField(int32_t level, uint32_t label, uint8_t flags,
                           const std::vector<TypeId>& args) {
  uint32_t begin = static_cast<uint32_t>(args_.size());
  args_.insert(args_.end(), args.begin(), args.end());
  return Append(TypeNode{TypeTag::Field, flags, false, 0, level, label, begin,
                         static_cast<uint32_t>(args.size())});
}

bool TypeStore::AllGround(const TypeId* begin, const TypeId* end) {
  for (const TypeId* p = begin; p != end; ++p)
    if (!nodes_[ReprLazy(*p)].ground) return false;
  return true;
}

TypeId TypeStore::FollowLinks(TypeId t) {
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

TypeId TypeStore::ReprSlow(TypeId t) {
  TypeId r = nodes_[t].tag == TypeTag::Link ? FollowLinks(t) : t;
  return nodes_[r].tag == TypeTag::Subst ? Force(r) : r;
}

// ---------------------------------------------------------------- lazy instances

uint32_t TypeStore::InternVarList(std::vector<TypeId>&& vars) {
  std::string key(reinterpret_cast<const char*>(vars.data()), vars.size() * sizeof(TypeId));
  auto [it, inserted] =
      var_list_index_.try_emplace(std::move(key), static_cast<uint32_t>(var_lists_.size()));
  if (inserted) var_lists_.push_back(std::move(vars));
  return it->second;
}

void TypeStore::LogMemo(uint64_t key, Memo memo) {
  if (!memo_watermarks_.empty()) memo_trail_.push_back(MemoUndo{key, memo});
}

const std::vector<uint8_t>& TypeStore::StorePositions(TypeId t, std::vector<uint8_t> positions) {
  std::vector<uint8_t>& stored = positions_[t] = std::move(positions);
  LogMemo(t, Memo::Positions);
  return stored;
}

// The sorted union of the generic variables below a closed generic node, the
// children of a Subst being its values. Post-order over an explicit stack
// (a type can be millions of nodes deep); each node is listed once.
uint32_t TypeStore::VarsOf(TypeId root) {
  root = ReprLazy(root);
  if (auto it = vars_of_.find(root); it != vars_of_.end()) return it->second;
  struct Frame {
    TypeId node;
    bool expanded;
  };
  std::vector<Frame> stack{{root, false}};
  std::vector<TypeId> merged, scratch;
  while (!stack.empty()) {
    Frame f = stack.back();
    if (vars_of_.count(f.node)) {
      stack.pop_back();
      continue;
    }
    uint32_t k = child_count(f.node);
    if (!f.expanded) {
      stack.back().expanded = true;
      for (uint32_t i = 0; i < k; ++i) {
        TypeId c = ReprLazy(child(f.node, i));
        const TypeNode& n = nodes_[c];
        if (n.level == kGenericLevel && n.tag != TypeTag::Var && n.tag != TypeTag::Error &&
            !vars_of_.count(c))
          stack.push_back({c, false});
      }
      continue;
    }
    stack.pop_back();
    merged.clear();
    for (uint32_t i = 0; i < k; ++i) {
      TypeId c = ReprLazy(child(f.node, i));
      const TypeNode& n = nodes_[c];
      if (n.level != kGenericLevel || n.tag == TypeTag::Error)
        continue;  // ground: the type is closed
      scratch.clear();
      if (n.tag == TypeTag::Var) {
        scratch.push_back(c);
      } else {
        const std::vector<TypeId>& list = var_lists_[vars_of_.at(c)];
        scratch.assign(list.begin(), list.end());
      }
      std::vector<TypeId> both;
      both.reserve(merged.size() + scratch.size());
      std::set_union(merged.begin(), merged.end(), scratch.begin(), scratch.end(),
                     std::back_inserter(both));
      merged.swap(both);
    }
    uint32_t id = InternVarList(std::vector<TypeId>(merged));
    vars_of_.emplace(f.node, id);
    LogMemo(f.node, Memo::Vars);
  }
  return vars_of_.at(root);
}

TypeId TypeStore::NewSubst(TypeId body, uint32_t vars, const std::vector<TypeId>& values,
                           int32_t level) {
  uint32_t env = static_cast<uint32_t>(args_.size()) + 1;
  args_.push_back(vars);
  args_.insert(args_.end(), values.begin(), values.end());
  return PushSubst(body, env, static_cast<uint32_t>(values.size()), level);
}

TypeId TypeStore::PushSubst(TypeId body, uint32_t env, uint32_t count, int32_t level) {
  const TypeId* values = args_.data() + env;
  bool ground = AllGround(values, values + count);
  return Append(TypeNode{TypeTag::Subst, 0, ground, 0, level, body, env, count});
}

TypeId TypeStore::EnvValue(uint32_t env, TypeId var) const {
  const std::vector<TypeId>& vars = var_lists_[args_[env - 1]];
  auto it = std::lower_bound(vars.begin(), vars.end(), var);
  if (it == vars.end() || *it != var)
    return var;  // not reached: VarsOf lists every generic variable
  return args_[env + static_cast<uint32_t>(it - vars.begin())];
}

// The instance of the generic child `c` of a Subst's body under that node's
// values (`env`): a variable's value, a ground part itself, or a Subst of
// its own, one per (child, values) so that sharing is kept.
TypeId TypeStore::SubstChild(TypeId c, uint32_t env, int32_t level) {
  TypeId r = ReprLazy(c);
  const TypeNode& n = nodes_[r];
  if (n.level != kGenericLevel || n.tag == TypeTag::Error) return r;
  if (n.tag == TypeTag::Var) return EnvValue(env, r);
  uint64_t key = (uint64_t{r} << 32) | env;
  if (auto it = subst_children_.find(key); it != subst_children_.end()) return it->second;
  uint32_t list = VarsOf(r);
  uint32_t parent_list = args_[env - 1];
  TypeId s;
  if (list == parent_list) {
    // The same variables: the child shares the parent's values.
    s = PushSubst(r, env, static_cast<uint32_t>(var_lists_[list].size()), level);
  } else {
    std::vector<TypeId> values;
    values.reserve(var_lists_[list].size());
    for (TypeId v : var_lists_[list]) values.push_back(EnvValue(env, v));
    s = NewSubst(r, list, values, level);
  }
  subst_children_.emplace(key, s);
  LogMemo(key, Memo::Child);
  return s;
}

TypeId TypeStore::Force(TypeId s) {
  const TypeNode n = nodes_[s];
  TypeId body = Repr(n.a);  // a generic Subst as body is expanded first
  const TypeNode b = nodes_[body];
  TypeId head;
  if (b.level != kGenericLevel || b.tag == TypeTag::Error) {
    head = body;
  } else if (b.tag == TypeTag::Var) {
    head = EnvValue(n.b, body);
  } else {
    head = NewShell(b, n.level);
    uint32_t k = child_count(head);
    for (uint32_t i = 0; i < k; ++i) SetChild(head, i, SubstChild(child(body, i), n.b, n.level));
    bool ground = b.tag != TypeTag::Variant && b.tag != TypeTag::Field;
    for (uint32_t i = 0; i < k && ground; ++i) ground = nodes_[ReprLazy(child(head, i))].ground;
    nodes_[head].ground = ground;
  }
  Link(s, head);
  return Repr(head);
}

void TypeStore::SetLazy(TypeId t, uint8_t lazy) {
  Log(t);
  nodes_[t].lazy = lazy;
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
  n.lazy = 0;
  n.mark = 0;
  if (like.tag == TypeTag::Subst) {
    // Its own copy of the values (and of the variable list's id before them).
    uint32_t begin = static_cast<uint32_t>(args_.size());
    for (uint32_t i = 0; i <= like.c; ++i) args_.push_back(args_[like.b - 1 + i]);
    n.b = begin + 1;
  } else if (like.tag == TypeTag::Tuple || like.tag == TypeTag::Constr ||
             like.tag == TypeTag::Variant || like.tag == TypeTag::Field) {
    uint32_t count = like.tag == TypeTag::Tuple ? like.b : like.c;
    uint32_t from = like.tag == TypeTag::Tuple ? like.a : like.b;
    uint32_t begin = static_cast<uint32_t>(args_.size());
    for (uint32_t i = 0; i < count; ++i) args_.push_back(args_[from + i]);
    (like.tag == TypeTag::Tuple ? n.a : n.b) = begin;
  }
  return Append(n);
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
  TypeId target = ReprLazy(to);
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
  memo_watermarks_.push_back(memo_trail_.size());
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
  for (size_t keep = memo_watermarks_.back(); memo_trail_.size() > keep; memo_trail_.pop_back()) {
    const MemoUndo& u = memo_trail_.back();
    switch (u.memo) {
      case Memo::Vars:
        vars_of_.erase(static_cast<TypeId>(u.key));
        break;
      case Memo::Child:
        subst_children_.erase(u.key);
        break;
      case Memo::Positions:
        positions_.erase(static_cast<TypeId>(u.key));
        break;
    }
  }
  memo_watermarks_.pop_back();
}

void TypeStore::Commit(Snapshot s) {
  (void)s;
  watermarks_.pop_back();
  if (watermarks_.empty()) trail_.clear();
  memo_watermarks_.pop_back();
  if (memo_watermarks_.empty()) memo_trail_.clear();
}

bool TypeStore::ChangedSince(Snapshot s) const {
  // Nested snapshots, committed, also logged the nodes made after `s` but
  // before them: only the older ones count.
  for (size_t i = s; i < trail_.size(); ++i)
    if (trail_[i].id < watermarks_.back()) return true;
  return false;
}

uint32_t TypeStore::Intern(std::string_view name) {
  auto [it, inserted] =
      name_index_.try_emplace(std::string(name), static_cast<uint32_t>(names_.size()));
  if (inserted) names_.emplace_back(name);
  return it->second;
}

}  // namespace mlhint::typing
