// What the tests of mlhint::fmt share: a sequence of Format calls run on
// a fresh formatter, and OCaml's default tag marks.
#pragma once

#include <string>
#include <string_view>

#include "support/format.h"

namespace mlhint::fmt {

// Runs `f` on a fresh formatter (default geometry) and flushes it, like the
// OCaml recording scripts do.
template <class F>
inline std::string render(F&& f) {
  std::string out;
  Formatter ppf(out);
  f(ppf);
  ppf.print_flush();
  return out;
}

// Markers used by the tag tests (OCaml's default mark functions).
inline StagFunctions angle_marks() {
  StagFunctions f;
  f.mark_open = [](std::string_view s) { return "<" + std::string(s) + ">"; };
  f.mark_close = [](std::string_view s) { return "</" + std::string(s) + ">"; };
  return f;
}

}  // namespace mlhint::fmt
