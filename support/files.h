// Writing a file so that a reader sees the old text or the new one, never a
// part of either (--fix, and `mlhint expect`'s corrected files).
#pragma once

#include <string>
#include <string_view>

namespace mlhint {

// Replaces (or creates) the file at `path` with `text` atomically: a
// temporary file in the same directory, renamed over it. A file replaced
// keeps its permission bits; one created gets 0666 less the umask, as
// open(2) gives. A symbolic link is followed, so the link stays and its
// target changes. Returns false and sets `error` (strerror's text) when the
// file cannot be written; nothing is left behind then.
bool WriteFileAtomically(const std::string& path, std::string_view text, std::string* error);

}  // namespace mlhint
