#include "support/large_stack.h"

#include <pthread.h>

#include <cstdint>

namespace mlhint {
#if defined(MLHINT_ASAN)
namespace stack_internal {
extern thread_local uintptr_t stack_top;
}
#endif
namespace {

void* Trampoline(void* arg) {
#if defined(MLHINT_ASAN)
  stack_internal::stack_top = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
#endif
  (*static_cast<const std::function<void()>*>(arg))();
  return nullptr;
}

}  // namespace

bool RunWithLargeStack(const std::function<void()>& fn, size_t stack_bytes) {
  pthread_attr_t attr;
  if (pthread_attr_init(&attr) != 0) return false;
  bool ok = pthread_attr_setstacksize(&attr, stack_bytes) == 0;
  pthread_t thread;
  if (ok)
    ok = pthread_create(&thread, &attr, Trampoline, const_cast<std::function<void()>*>(&fn)) == 0;
  pthread_attr_destroy(&attr);
  if (!ok) return false;
  pthread_join(thread, nullptr);
  return true;
}

}  // namespace mlhint

#if defined(MLHINT_ASAN)
#include <sanitizer/asan_interface.h>

namespace mlhint {
namespace stack_internal {
thread_local uintptr_t stack_top = 0;  // set by RunWithLargeStack's thread
}

void BeforeThrow() {
  uintptr_t top = stack_internal::stack_top;
  uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (top == 0 || here >= top) return;
  // ASan copes by itself below this depth.
  constexpr uintptr_t kShallow = uintptr_t{32} << 20;
  if (top - here < kShallow) return;
  // Include the frames the runtime and the landing pads will push below us.
  constexpr uintptr_t kBelow = uintptr_t{1} << 20;
  __asan_unpoison_memory_region(reinterpret_cast<const void*>(here - kBelow), top - here + kBelow);
}

}  // namespace mlhint
#endif
