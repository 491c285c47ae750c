// Memory for the large arenas (the syntax tree, the type store): vectors
// reserved at once from the size of the source, then filled in order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>
#include <vector>

namespace mlhint {

// Blocks from 256 KiB are mappings of their own, and freed ones are kept
// for the next block of the same size (a process that checks again, such
// as the language server, makes the same blocks again). From 4 MiB they
// are mapped on a 2 MiB boundary with transparent huge pages asked for
// (Linux, madvise mode), so that filling them takes one page fault and one
// zeroing per 2 MiB instead of one per 4 KiB: on a 100,000-line file that
// was a fifth of the parse time. Small blocks, other systems and sanitizer
// builds (which should see every overflow) use operator new.
// `zeroed`, if given, says whether the block is known to read as zero (a
// fresh mapping).
void* AllocateArena(size_t bytes, bool* zeroed = nullptr);
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

namespace mlhint {

// A growable array of 32-bit values that reads 0 where nothing was written,
// for maps indexed by type node that few nodes use: a large one is a fresh
// mapping from AllocateArena (zero pages from the kernel), so that only the
// pages written are touched. (A std::vector resized with a default
// value writes every element: on a large file, tens of megabytes.)
class ZeroedArray {
 public:
  ZeroedArray() = default;
  ZeroedArray(const ZeroedArray& other);
  ZeroedArray& operator=(const ZeroedArray& other);
  ZeroedArray(ZeroedArray&& other) noexcept { swap(other); }
  ZeroedArray& operator=(ZeroedArray&& other) noexcept {
    swap(other);
    return *this;
  }
  ~ZeroedArray();

  uint32_t get(size_t i) const { return i < size_ ? data_[i] : 0; }
  void set(size_t i, uint32_t value) {
    if (i >= size_) Grow(i + 1);
    data_[i] = value;
  }
  // Room for indices below n, without waiting for a write to need it.
  void Reserve(size_t n) {
    if (n > size_) Grow(n);
  }
  void clear();
  void swap(ZeroedArray& other) noexcept {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
  }

 private:
  void Grow(size_t n);
  uint32_t* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace mlhint
