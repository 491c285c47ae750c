// Runs a function on a thread with a large stack. The checker recurses over
// the syntax tree, whose depth the input controls; a deep but legitimate
// program (a 200,000-operand chain) needs far more than the default 8 MiB.
// Each recursive walker still has an explicit depth limit with a clean
// error, sized to fit this stack.
#pragma once

#include <cstddef>
#include <functional>

#include "support/sanitizers.h"

namespace mlhint {

inline constexpr size_t kCheckerStackBytes = size_t{4} << 30;  // reserved, not committed

// Returns false if the thread could not be created (then `fn` did not run).
bool RunWithLargeStack(const std::function<void()>& fn, size_t stack_bytes = kCheckerStackBytes);

}  // namespace mlhint

namespace mlhint {

// AddressSanitizer and deep recursion. When an exception is thrown from
// more than 64 MiB down the stack, ASan does not unpoison the frames it
// unwinds (google/sanitizers#189), and the very next calls made in that
// memory, by the landing pads of the unwinding itself, are reported as
// stack overflows that are not there. Code that can throw from deep
// recursion calls BeforeThrow first: on such a deep stack it clears the
// poison of the whole stack above the throw (the frames about to be
// unwound lose their redzones, nothing else). It does nothing in builds
// without ASan, and nothing on a shallow stack.
#if defined(MLHINT_ASAN)
void BeforeThrow();
#else
inline void BeforeThrow() {}
#endif

}  // namespace mlhint
