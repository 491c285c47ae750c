// An open text document: its text, its version and the LineMap of that
// text. Edits arrive as LSP ranges and are applied here, in order, each
// against the text the previous one produced.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lsp/position.h"

namespace mlhint::lsp {

struct TextChange {
  std::optional<Range> range;  // absent: the whole text is replaced
  std::string text;
};

class Document {
 public:
  Document(int64_t version, std::string text);

  int64_t version() const { return version_; }
  const std::string& text() const { return *text_; }
  // The text, shared with whoever checks it while the document moves on.
  std::shared_ptr<const std::string> snapshot() const { return text_; }
  const LineMap& lines() const { return *lines_; }

  void Apply(const std::vector<TextChange>& changes, PositionEncoding encoding, int64_t version);

 private:
  void Reset(std::string text);

  int64_t version_;
  std::shared_ptr<const std::string> text_;
  std::unique_ptr<LineMap> lines_;  // points into *text_
};

}  // namespace mlhint::lsp
