#include "typing/env.h"

namespace mlhint::typing {

void ModuleDesc::Add(Namespace ns, const std::string& item, uint32_t id) {
  auto& slot = tables[static_cast<int>(ns)][item];
  if (slot.empty()) order[static_cast<int>(ns)].push_back(item);
  slot.insert(slot.begin(), id);  // latest first
}

const std::vector<uint32_t>* ModuleDesc::Find(Namespace ns, std::string_view item) const {
  const auto& table = tables[static_cast<int>(ns)];
  auto it = table.find(item);
  return it == table.end() || it->second.empty() ? nullptr : &it->second;
}

void Env::Bind(Namespace ns, std::string_view name, uint32_t id) {
  auto& table = scopes_[static_cast<int>(ns)];
  auto it = table.find(name);
  if (it == table.end()) it = table.emplace(std::string(name), std::vector<uint32_t>{}).first;
  it->second.push_back(id);
  undo_.stacks.push_back(Binding{&it->second, ns, id});
}

uint32_t Env::Find(Namespace ns, std::string_view name) const {
  const auto& table = scopes_[static_cast<int>(ns)];
  auto it = table.find(name);
  if (it == table.end() || it->second.empty()) return kNone;
  return it->second.back();
}

std::vector<uint32_t> Env::FindAll(Namespace ns, std::string_view name) const {
  std::vector<uint32_t> all;
  const auto& table = scopes_[static_cast<int>(ns)];
  auto it = table.find(name);
  if (it == table.end()) return all;
  all.assign(it->second.rbegin(), it->second.rend());
  return all;
}

std::vector<std::string> Env::Names(Namespace ns) const {
  std::vector<std::string> names;
  for (const auto& [name, stack] : scopes_[static_cast<int>(ns)])
    if (!stack.empty()) names.push_back(name);
  return names;
}

void Env::Restore(Mark mark) {
  while (undo_.stacks.size() > mark) {
    std::vector<uint32_t>* stack = undo_.stacks.back().stack;
    if (!stack->empty()) stack->pop_back();
    undo_.stacks.pop_back();
  }
}

Env::Suspended Env::Suspend(Mark mark) {
  Suspended out(undo_.stacks.size() > mark ? undo_.stacks.size() - mark : 0);
  for (size_t i = undo_.stacks.size(); i-- > mark;) {
    out[i - mark] = undo_.stacks[i];
    undo_.stacks[i].stack->pop_back();
  }
  if (undo_.stacks.size() > mark) undo_.stacks.resize(mark);
  return out;
}

void Env::Resume(const Suspended& bindings) {
  for (const Binding& b : bindings) {
    b.stack->push_back(b.id);
    undo_.stacks.push_back(b);
  }
}

}  // namespace mlhint::typing
