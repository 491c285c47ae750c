// Runs a function on a thread with a large stack. The checker recurses over
// the syntax tree, whose depth the input controls; a deep but legitimate
// program (a 200,000-operand chain) needs far more than the default 8 MiB.
// Each recursive walker still has an explicit depth limit with a clean
// error, sized to fit this stack.
#pragma once

#include <cstddef>
#include <functional>

namespace mlhint {

inline constexpr size_t kCheckerStackBytes = size_t{4} << 30;  // reserved, not committed

// Returns false if the thread could not be created (then `fn` did not run).
bool RunWithLargeStack(const std::function<void()>& fn, size_t stack_bytes = kCheckerStackBytes);

}  // namespace mlhint
