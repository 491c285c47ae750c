// Memory for the large arenas (the syntax tree, the type store): vectors
// reserved at once from the size of the source, then filled in order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <vector>

namespace mlhint {

// Large blocks are mapped on a 2 MiB boundary with transparent huge pages
// asked for (Linux, madvise mode), so that filling them takes one page
// fault and one zeroing per 2 MiB instead of one per 4 KiB: on a 100,000-
// line file that was a fifth of the parse time. Small blocks, other
// systems and sanitizer builds (which should see every overflow) use
// operator new.
void* AllocateArena(size_t bytes);
void FreeArena(void* p, size_t bytes) noexcept;

template <class T>
struct ArenaAllocator {
  using value_type = T;
  ArenaAllocator() = default;
  template <class U>
  ArenaAllocator(const ArenaAllocator<U>&) noexcept {}
  T* allocate(size_t n) {
    if (n > SIZE_MAX / sizeof(T)) throw std::bad_array_new_length();
    return static_cast<T*>(AllocateArena(n * sizeof(T)));
  }
  void deallocate(T* p, size_t n) noexcept { FreeArena(p, n * sizeof(T)); }
  friend bool operator==(const ArenaAllocator&, const ArenaAllocator&) { return true; }
};

// A vector whose storage comes from AllocateArena.
template <class T>
using ArenaVector = std::vector<T, ArenaAllocator<T>>;

}  // namespace mlhint
