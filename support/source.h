// A source file held in memory, with the table that maps byte offsets to
// OCaml's (line, column) positions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/span.h"

namespace mlhint {

// OCaml's notion of a position: line numbers start at 1 and only '\n' ends a
// line (a '\r' before it belongs to the line; a lone '\r' does not end one).
// `column` is the byte offset from the beginning of the line, which is what
// OCaml prints as "characters".
struct LineColumn {
  uint32_t line = 1;
  uint32_t column = 0;
};

class LineTable {
 public:
  explicit LineTable(std::string_view text);

  LineColumn Locate(uint32_t offset) const;
  // Byte offset of the first character of `line` (1-based).
  uint32_t LineStart(uint32_t line) const { return starts_[line - 1]; }
  uint32_t LineCount() const { return static_cast<uint32_t>(starts_.size()); }

 private:
  std::vector<uint32_t> starts_;
};

class SourceBuffer {
 public:
  // `name` is the file name as the user gave it; it is what diagnostics print.
  SourceBuffer(std::string name, std::string text);

  // Reads a file. Returns nullopt and sets `error` (strerror-style text) when
  // it cannot be read.
  static std::optional<SourceBuffer> FromFile(const std::string& path, std::string* error);

  const std::string& name() const { return name_; }
  // The name as a message prints it inside its text (`File "…"`): an
  // editor's document, named by its `file://` URI, as its path.
  std::string shown_name() const { return ShownName(name_); }
  static std::string ShownName(std::string_view name) {
    constexpr std::string_view kFile = "file://";
    return std::string(name.starts_with(kFile) ? name.substr(kFile.size()) : name);
  }
  std::string_view text() const { return text_; }
  // The buffer is always followed by a NUL byte (the lexer's sentinel).
  const char* data() const { return text_.c_str(); }
  uint32_t size() const { return static_cast<uint32_t>(text_.size()); }
  std::string_view Slice(Span span) const {
    return std::string_view(text_).substr(span.begin, span.size());
  }

  const LineTable& lines() const { return lines_; }
  LineColumn Locate(uint32_t offset) const { return lines_.Locate(offset); }

 private:
  std::string name_;
  std::string text_;
  LineTable lines_;
};

// Largest source accepted: offsets are 32-bit.
inline constexpr uint64_t kMaxSourceSize = (uint64_t{1} << 31) - 1;

}  // namespace mlhint
