// Which sanitizers this translation unit is built with. GCC defines
// __SANITIZE_ADDRESS__ and __SANITIZE_THREAD__; clang (before 15) only
// answers __has_feature, so a clang ASan build (the fuzz targets) would
// otherwise take the paths meant for builds without a sanitizer.
#pragma once

#if defined(__SANITIZE_ADDRESS__)
#define MLHINT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MLHINT_ASAN 1
#endif
#endif

#if defined(__SANITIZE_THREAD__)
#define MLHINT_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define MLHINT_TSAN 1
#endif
#endif
