// Small text helpers shared by the expect runner's files (expect_file.cpp
// reads the file's blocks and header, expect.cpp runs the chunks,
// expect_output.cpp compares and corrects the blocks).
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "support/text_chars.h"

namespace mlhint {
struct ExpectFile;
}

namespace mlhint::expect_text {

inline constexpr size_t kNpos = std::string_view::npos;

using mlhint::IsBlank;
using mlhint::IsIdentChar;
inline bool IsLower(char c) {
  return (c >= 'a' && c <= 'z') || c == '_';
}

inline int LineOf(std::string_view text, size_t offset) {
  return 1 + static_cast<int>(
                 std::count(text.begin(), text.begin() + static_cast<ptrdiff_t>(offset), '\n'));
}

// The offset of the docstring `(** ... *)` of text[from, to) (blanks and
// comments between two tokens) that OCaml's parser makes the first
// structure item of what follows, a floating one; kNpos if none.
size_t FloatingDocstring(std::string_view text, size_t from, size_t to);

// Reads the `(* TEST ... *)` header at the start of `text`, if there is one,
// into `file` (expect_header.cpp); false with `error` set on a bad header.
bool ReadHeader(std::string_view text, ExpectFile* file, std::string* error);

}  // namespace mlhint::expect_text
