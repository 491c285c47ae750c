#include "typing/env.h"

#include <algorithm>
#include <cstring>

#include "lexer/literals.h"
#include "support/text_chars.h"

namespace mlhint::typing {

void ModuleDesc::Add(Namespace ns, const std::string& item, uint32_t id) {
  auto& slot = tables[static_cast<int>(ns)][item];
  if (slot.empty()) {
    order[static_cast<int>(ns)].push_back(item);
    sequence.emplace_back(ns, item);
  }
  slot.insert(slot.begin(), id);  // latest first
}

const std::vector<uint32_t>* ModuleDesc::Find(Namespace ns, std::string_view item) const {
  const auto& table = tables[static_cast<int>(ns)];
  auto it = table.find(item);
  return it == table.end() || it->second.empty() ? nullptr : &it->second;
}

// ---------------------------------------------------------------- name tables

uint64_t Env::NameTable::Hash(std::string_view name) {
  // Names are short: eight bytes at a time, each word mixed in (the
  // multiply-xorshift steps of SplitMix64). The last word of a name not a
  // multiple of eight long is read as fixed-size loads that overlap, never
  // as a copy of a variable length (a call to memcpy, and a load that waits
  // for the bytes it stored).
  const char* p = name.data();
  size_t n = name.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  auto mix = [](uint64_t x) {
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    return x ^ (x >> 31);
  };
  auto load64 = [](const char* at) {
    uint64_t w;
    std::memcpy(&w, at, 8);
    return w;
  };
  auto load32 = [](const char* at) {
    uint32_t w;
    std::memcpy(&w, at, 4);
    return uint64_t{w};
  };
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) h = mix(h ^ load64(p + i));
    return mix(h ^ load64(p + n - 8));  // the last eight bytes
  }
  if (n >= 4) return mix(h ^ (load32(p) | load32(p + n - 4) << 32));
  if (n > 0) {
    auto byte = [](char c) { return uint64_t{static_cast<unsigned char>(c)}; };
    return mix(h ^ (byte(p[0]) | byte(p[n / 2]) << 8 | byte(p[n - 1]) << 16));
  }
  return mix(h);
}

std::string_view Env::NameTable::Key(const Entry& e) const {
  if (e.length <= sizeof e.key) return std::string_view(e.key, e.length);
  uint32_t offset;
  std::memcpy(&offset, e.key, sizeof offset);
  return std::string_view(pool_.data() + offset, e.length);
}

// The slot of `name` (hash `h`, its high half): the one holding it, or
// the empty one where it would go. The table is never full.
size_t Env::NameTable::Probe(std::string_view name, uint64_t h) const {
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    uint64_t slot = slots_[i];
    if (slot == 0) return i;
    if ((slot >> 32) != h) continue;
    const Entry& e = entries_[static_cast<uint32_t>(slot) - 1];
    if (e.length == name.size() && Key(e) == name) return i;
  }
}

uint32_t Env::NameTable::Find(std::string_view name) const {
  if (slots_.empty()) return kNoEntry;
  uint64_t slot = slots_[Probe(name, Hash(name) >> 32)];
  return slot == 0 ? kNoEntry : static_cast<uint32_t>(slot) - 1;
}

uint32_t Env::NameTable::FindOrAdd(std::string_view name) {
  if ((entries_.size() + 1) * 2 > slots_.size()) Rehash(std::max<size_t>(64, slots_.size() * 2));
  uint64_t h = Hash(name) >> 32;
  size_t i = Probe(name, h);
  if (slots_[i] != 0) return static_cast<uint32_t>(slots_[i]) - 1;
  Entry entry;
  entry.length = static_cast<uint32_t>(name.size());
  if (name.size() <= sizeof entry.key) {
    std::memcpy(entry.key, name.data(), name.size());
  } else {
    uint32_t offset = static_cast<uint32_t>(pool_.size());
    pool_.append(name);
    std::memcpy(entry.key, &offset, sizeof offset);
  }
  uint32_t e = static_cast<uint32_t>(entries_.size());
  entries_.push_back(entry);
  slots_[i] = h << 32 | (uint64_t{e} + 1);
  return e;
}

void Env::NameTable::Prefetch(std::string_view name) const {
  if (!slots_.empty()) __builtin_prefetch(&slots_[(Hash(name) >> 32) & (slots_.size() - 1)]);
}

void Env::NameTable::Reserve(size_t more) {
  size_t want = 64;
  while (want < (entries_.size() + more) * 2) want *= 2;
  if (want > slots_.size()) Rehash(want);
  entries_.reserve(entries_.size() + more);
}

void Env::NameTable::Rehash(size_t slots) {
  ArenaVector<uint64_t> old;
  old.swap(slots_);
  slots_.assign(slots, 0);
  size_t mask = slots - 1;
  for (uint64_t slot : old) {
    if (slot == 0) continue;
    size_t i = (slot >> 32) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

// ---------------------------------------------------------------- scopes

void Env::Push(Binding b) {
  NameTable::Entry& e = scopes_[static_cast<int>(b.ns)].entry(b.name);
  b.below = e.top;
  e.top = static_cast<uint32_t>(bindings_.size());
  e.top_id = b.id;
  bindings_.push_back(b);
}

void Env::Pop() {
  const Binding& b = bindings_.back();
  NameTable::Entry& e = scopes_[static_cast<int>(b.ns)].entry(b.name);
  e.top = b.below;
  e.top_id = b.below == kNone ? kNone : bindings_[b.below].id;
  bindings_.pop_back();
}

void Env::Open(const ModuleDesc& m) {
  for (int ns = 0; ns < static_cast<int>(Namespace::Count); ++ns)
    for (const std::string& name : m.order[ns]) {
      const auto& ids = m.tables[ns].at(name);
      // Oldest first, so that the latest binding is on top.
      for (auto it = ids.rbegin(); it != ids.rend(); ++it)
        Bind(static_cast<Namespace>(ns), name, *it);
    }
}

void Env::Bind(Namespace ns, std::string_view name, uint32_t id) {
  Push(Binding{scopes_[static_cast<int>(ns)].FindOrAdd(name), ns, id, kNone});
}

uint32_t Env::Find(Namespace ns, std::string_view name) const {
  const NameTable& table = scopes_[static_cast<int>(ns)];
  uint32_t e = table.Find(name);
  return e == NameTable::kNoEntry ? kNone : table.entry(e).top_id;
}

std::vector<uint32_t> Env::FindAll(Namespace ns, std::string_view name) const {
  std::vector<uint32_t> all;
  const NameTable& table = scopes_[static_cast<int>(ns)];
  uint32_t e = table.Find(name);
  if (e == NameTable::kNoEntry) return all;
  for (uint32_t b = table.entry(e).top; b != kNone; b = bindings_[b].below)
    all.push_back(bindings_[b].id);
  return all;
}

std::vector<std::string> Env::Names(Namespace ns) const {
  std::vector<std::string> names;
  const NameTable& table = scopes_[static_cast<int>(ns)];
  for (uint32_t e = 0; e < table.size(); ++e)
    if (table.entry(e).top != kNone) names.emplace_back(table.Key(table.entry(e)));
  return names;
}

void Env::Restore(Mark mark) {
  while (bindings_.size() > mark) Pop();
}

Env::Suspended Env::Suspend(Mark mark) {
  Suspended out;
  if (bindings_.size() <= mark) return out;
  out.assign(bindings_.begin() + static_cast<std::ptrdiff_t>(mark), bindings_.end());
  Restore(mark);
  return out;
}

void Env::Resume(const Suspended& bindings) {
  for (const Binding& b : bindings) Push(b);
}

int ExternalArity(TypeStore& ts, TypeId type) {
  int n = 0;
  for (TypeId t = ts.Repr(type); ts.tag(t) == TypeTag::Arrow; t = ts.Repr(ts.child(t, 1))) ++n;
  return n;
}

void ReprsOfAttributes(ExternalPrims& e) {
  for (const std::string& a : e.attributes)
    if (a == "unboxed" || a == "untagged")
      e.reprs.assign(static_cast<size_t>(e.arity) + 1,
                     a == "unboxed" ? NativeRepr::Unboxed : NativeRepr::Untagged);
}

ExternalPrims ReadExternalPrims(std::string_view text) {
  ExternalPrims e;
  size_t i = 0;
  auto skip_blanks = [&] {
    while (i < text.size() && IsBlank(text[i])) ++i;
  };
  for (skip_blanks(); i < text.size(); skip_blanks()) {
    size_t begin = i;
    if (text[i] == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
      ++i;
    } else if (text[i] == '{') {
      // {id|...|id}
      size_t bar = text.find('|', i);
      if (bar == std::string_view::npos) break;
      std::string close = "|" + std::string(text.substr(i + 1, bar - i - 1)) + "}";
      size_t end = text.find(close, bar + 1);
      if (end == std::string_view::npos) break;
      i = end + close.size();
    } else {
      break;
    }
    e.prims.push_back(DecodeStringLiteral(text.substr(begin, std::min(i, text.size()) - begin)));
  }
  std::string_view attributes = text.substr(std::min(i, text.size()));
  ForEachItemAttributeName(attributes, [&](size_t begin, size_t end) {
    std::string_view name = attributes.substr(begin, end - begin);
    if (name.starts_with("ocaml.")) name.remove_prefix(6);
    // Those Primitive.print shows; the others (`[@@warning]`, alerts) are
    // not the external's.
    if (name == "noalloc" || name == "unboxed" || name == "untagged")
      e.attributes.emplace_back(name);
  });
  // The prelude's `[@reprs unboxed untagged same]`: of each argument, then
  // of the result, where they differ (the types of its vals do not say).
  if (size_t at = attributes.find("[@reprs "); at != std::string_view::npos) {
    std::string_view words = attributes.substr(at + 8);
    words = words.substr(0, words.find(']'));
    ForEachWord(words, [&](size_t begin, size_t end) {
      std::string_view w = words.substr(begin, end - begin);
      e.reprs.push_back(w == "unboxed"    ? NativeRepr::Unboxed
                        : w == "untagged" ? NativeRepr::Untagged
                                          : NativeRepr::Same);
    });
  }
  return e;
}

}  // namespace mlhint::typing
