#include "lsp/document.h"

namespace mlhint::lsp {

Document::Document(int64_t version, std::string text) : version_(version) {
  Reset(std::move(text));
}

void Document::Reset(std::string text) {
  lines_.reset();
  text_ = std::make_shared<const std::string>(std::move(text));
  lines_ = std::make_unique<LineMap>(*text_);
}

void Document::Apply(const std::vector<TextChange>& changes, PositionEncoding encoding,
                     int64_t version) {
  for (const TextChange& change : changes) {
    if (!change.range) {
      Reset(change.text);
      continue;
    }
    Span span = lines_->ToSpan(*change.range, encoding);
    std::string next;
    next.reserve(text_->size() - span.size() + change.text.size());
    next.append(*text_, 0, span.begin);
    next.append(change.text);
    next.append(*text_, span.end, std::string::npos);
    Reset(std::move(next));
  }
  version_ = version;
}

}  // namespace mlhint::lsp
