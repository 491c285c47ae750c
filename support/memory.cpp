#include "support/memory.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include "support/sanitizers.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace mlhint {

namespace {

#if defined(__linux__) && defined(MADV_HUGEPAGE) && !defined(MLHINT_ASAN) && !defined(MLHINT_TSAN)
constexpr bool kMapArenas = true;
#else
constexpr bool kMapArenas = false;
#endif

constexpr size_t kHugePage = size_t{2} << 20;
constexpr size_t kSmallPage = size_t{4} << 10;
// Below this a block is not worth a mapping of its own.
constexpr size_t kMapThreshold = size_t{256} << 10;
// From this size on, a block is aligned to huge pages and asks for them.
constexpr size_t kHugeThreshold = 2 * kHugePage;
// Above this, huge pages cost more than they save: the kernel has to find
// (compact) that many contiguous 2 MiB blocks at once, and a block this
// large is a type store grown far past what its source predicted (types
// whose size doubles at each definition), filled once by a copy. On this
// machine a 23-step squaring chain spent 0.8 s more in the kernel with
// them (measured when its schemes were still copied; they are instantiated
// lazily now, but a type grown that large another way meets the same
// cost).
constexpr size_t kMaxHugePageArena = size_t{128} << 20;

// Whether a block of this size is a mapping of its own (AllocateArena and
// FreeArena must agree).
bool Mapped(size_t bytes) {
  return kMapArenas && bytes >= kMapThreshold;
}

bool Huge(size_t bytes) {
  return bytes >= kHugeThreshold;
}

size_t RoundUp(size_t bytes) {
  size_t page = Huge(bytes) ? kHugePage : kSmallPage;
  return (bytes + page - 1) & ~(page - 1);
}

// Freed mappings, kept for the next block of the same size. A process that
// checks again (the language server on each edit, a benchmark's repeated
// runs) makes the same arenas again; taking back the pages it already has
// spares the kernel faulting in and zeroing them anew, which on this VM
// cost a tenth of a 100,000-line check. Up to kMaxCached bytes are kept,
// the most recently freed first; blocks past it are unmapped.
#if defined(__linux__)
constexpr size_t kMaxCached = size_t{512} << 20;

class BlockCache {
 public:
  void* Take(size_t size) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (size_t i = blocks_.size(); i-- > 0;) {
      if (blocks_[i].size != size) continue;
      void* p = blocks_[i].p;
      cached_ -= size;
      blocks_.erase(blocks_.begin() + static_cast<std::ptrdiff_t>(i));
      return p;
    }
    return nullptr;
  }
  // Whether the cache took the block.
  bool Keep(void* p, size_t size) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (size > kMaxCached) return false;
    while (cached_ + size > kMaxCached) {
      munmap(blocks_.front().p, blocks_.front().size);
      cached_ -= blocks_.front().size;
      blocks_.erase(blocks_.begin());
    }
    blocks_.push_back(Block{p, size});
    cached_ += size;
    return true;
  }

 private:
  struct Block {
    void* p;
    size_t size;
  };
  std::mutex mutex_;
  std::vector<Block> blocks_;
  size_t cached_ = 0;
};

BlockCache& Cache() {
  static BlockCache* cache = new BlockCache;  // never destroyed: arenas may be freed during exit
  return *cache;
}
#endif

}  // namespace

void* AllocateArena(size_t bytes, bool* zeroed) {
  if (zeroed) *zeroed = false;
#if defined(__linux__)
  if (Mapped(bytes)) {
    size_t size = RoundUp(bytes);
    if (void* reused = Cache().Take(size)) return reused;
    if (!Huge(bytes)) {
      // A block between the allocator's sizes and huge pages: the cache
      // keeps it too. (Given back to the system, as malloc gives back a
      // block this large, its pages would be faulted in again on the next
      // check: a tenth of a second of kernel time per 100,000 lines.)
      void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p == MAP_FAILED) throw std::bad_alloc();
      if (zeroed) *zeroed = true;
      return p;
    }
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
      if (zeroed) *zeroed = true;  // fresh pages read as zero
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
    if (!Cache().Keep(p, RoundUp(bytes))) munmap(p, RoundUp(bytes));
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
  clear();
}

void ZeroedArray::clear() {
  if (data_) FreeArena(data_, size_ * sizeof(uint32_t));
  data_ = nullptr;
  size_ = 0;
}

// A large array is a fresh mapping, which reads zero without being written
// (only the pages used are ever touched), or a block taken back from the
// cache, which is cleared here.
void ZeroedArray::Grow(size_t n) {
  size_t size = std::max(n, size_ * 2);
  bool zeroed = false;
  auto* data = static_cast<uint32_t*>(AllocateArena(size * sizeof(uint32_t), &zeroed));
  if (size_ > 0) std::memcpy(data, data_, size_ * sizeof(uint32_t));
  if (!zeroed) std::memset(data + size_, 0, (size - size_) * sizeof(uint32_t));
  if (data_) FreeArena(data_, size_ * sizeof(uint32_t));
  data_ = data;
  size_ = size;
}

}  // namespace mlhint
