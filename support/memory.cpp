#include "support/memory.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace mlhint {

namespace {

#if defined(__linux__) && defined(MADV_HUGEPAGE) && !defined(__SANITIZE_ADDRESS__) && \
    !defined(__SANITIZE_THREAD__)
constexpr bool kMapArenas = true;
#else
constexpr bool kMapArenas = false;
#endif

constexpr size_t kHugePage = size_t{2} << 20;
// Below this a block is not worth a mapping of its own.
constexpr size_t kMapThreshold = 2 * kHugePage;
// Above this, huge pages cost more than they save: the kernel has to find
// (compact) that many contiguous 2 MiB blocks at once, and a block this
// large is a type store grown far past what its source predicted (types
// whose size doubles at each definition), filled once by a copy. On this
// machine a 23-step squaring chain spent 0.8 s more in the kernel with
// them.
constexpr size_t kMaxHugePageArena = size_t{128} << 20;

// Whether a block of this size is a mapping of its own (AllocateArena and
// FreeArena must agree).
bool Mapped(size_t bytes) {
  return kMapArenas && bytes >= kMapThreshold;
}

size_t RoundUp(size_t bytes) {
  return (bytes + kHugePage - 1) & ~(kHugePage - 1);
}

}  // namespace

void* AllocateArena(size_t bytes) {
#if defined(__linux__)
  if (Mapped(bytes)) {
    size_t size = RoundUp(bytes);
    // Map one huge page more than needed and cut the ends off, to start on
    // a 2 MiB boundary.
    void* raw =
        mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw != MAP_FAILED) {
      uintptr_t start = reinterpret_cast<uintptr_t>(raw);
      uintptr_t aligned = (start + kHugePage - 1) & ~(kHugePage - 1);
      if (aligned > start) munmap(raw, aligned - start);
      uintptr_t tail = aligned + size;
      uintptr_t raw_end = start + size + kHugePage;
      if (raw_end > tail) munmap(reinterpret_cast<void*>(tail), raw_end - tail);
      // Advice only: without it (THP disabled) the mapping is still memory.
      if (size <= kMaxHugePageArena)
        (void)madvise(reinterpret_cast<void*>(aligned), size, MADV_HUGEPAGE);
      return reinterpret_cast<void*>(aligned);
    }
    // FreeArena unmaps blocks of this size, so they cannot fall back.
    throw std::bad_alloc();
  }
#endif
  return ::operator new(bytes);
}

void FreeArena(void* p, size_t bytes) noexcept {
#if defined(__linux__)
  if (Mapped(bytes)) {
    munmap(p, RoundUp(bytes));
    return;
  }
#endif
  ::operator delete(p);
}

}  // namespace mlhint

namespace mlhint {

ZeroedArray::ZeroedArray(const ZeroedArray& other) {
  *this = other;
}

ZeroedArray& ZeroedArray::operator=(const ZeroedArray& other) {
  if (this == &other) return *this;
  clear();
  if (other.size_ > 0) {
    Grow(other.size_);
    std::memcpy(data_, other.data_, other.size_ * sizeof(uint32_t));
  }
  return *this;
}

ZeroedArray::~ZeroedArray() {
  std::free(data_);
}

void ZeroedArray::clear() {
  std::free(data_);
  data_ = nullptr;
  size_ = 0;
}

void ZeroedArray::Grow(size_t n) {
  size_t size = std::max(n, size_ * 2);
  auto* data = static_cast<uint32_t*>(std::calloc(size, sizeof(uint32_t)));
  if (data == nullptr) throw std::bad_alloc();
  if (size_ > 0) std::memcpy(data, data_, size_ * sizeof(uint32_t));
  std::free(data_);
  data_ = data;
  size_ = size;
}

}  // namespace mlhint
