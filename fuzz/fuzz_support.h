// What the fuzz targets share: a finding is reported by aborting, so that
// libFuzzer saves the input (an invariant that breaks is as much a finding
// as a crash).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace mlhint::fuzz {

[[noreturn]] inline void Fail(std::string_view what, std::string_view detail = {}) {
  std::fprintf(stderr, "mlhint fuzz: %.*s\n%.*s\n", static_cast<int>(what.size()), what.data(),
               static_cast<int>(detail.size()), detail.data());
  std::abort();
}

inline void Require(bool ok, std::string_view what, std::string_view detail = {}) {
  if (!ok) Fail(what, detail);
}

}  // namespace mlhint::fuzz
