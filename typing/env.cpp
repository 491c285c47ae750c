#include "typing/env.h"

namespace mlhint::typing {

void ModuleDesc::Add(Namespace ns, const std::string& item, uint32_t id) {
  auto& slot = tables[static_cast<int>(ns)][item];
  if (slot.empty()) order[static_cast<int>(ns)].push_back(item);
  slot.insert(slot.begin(), id);  // latest first
}

const std::vector<uint32_t>* ModuleDesc::Find(Namespace ns, std::string_view item) const {
  const auto& table = tables[static_cast<int>(ns)];
  auto it = table.find(std::string(item));
  return it == table.end() || it->second.empty() ? nullptr : &it->second;
}

void Env::Bind(Namespace ns, std::string_view name, uint32_t id) {
  auto& stack = scopes_[static_cast<int>(ns)][std::string(name)];
  stack.push_back(id);
  undo_.push_back(Key{ns, std::string(name)});
}

uint32_t Env::Find(Namespace ns, std::string_view name) const {
  const auto& table = scopes_[static_cast<int>(ns)];
  auto it = table.find(std::string(name));
  if (it == table.end() || it->second.empty()) return kNone;
  return it->second.back();
}

std::vector<uint32_t> Env::FindAll(Namespace ns, std::string_view name) const {
  std::vector<uint32_t> all;
  const auto& table = scopes_[static_cast<int>(ns)];
  auto it = table.find(std::string(name));
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
  while (undo_.size() > mark) {
    Key& k = undo_.back();
    auto& table = scopes_[static_cast<int>(k.ns)];
    auto it = table.find(k.name);
    if (it != table.end() && !it->second.empty()) it->second.pop_back();
    undo_.pop_back();
  }
}

}  // namespace mlhint::typing
