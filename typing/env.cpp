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
  undo_.stacks.push_back(&it->second);
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
    std::vector<uint32_t>* stack = undo_.stacks.back();
    if (!stack->empty()) stack->pop_back();
    undo_.stacks.pop_back();
  }
}

}  // namespace mlhint::typing
