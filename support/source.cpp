#include "support/source.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace mlhint {

LineTable::LineTable(std::string_view text) {
  starts_.push_back(0);
  const char* base = text.data();
  const char* p = base;
  const char* end = base + text.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)))) !=
         nullptr) {
    ++p;
    starts_.push_back(static_cast<uint32_t>(p - base));
  }
}

LineColumn LineTable::Locate(uint32_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  uint32_t index = static_cast<uint32_t>(it - starts_.begin()) - 1;
  return LineColumn{index + 1, offset - starts_[index]};
}

SourceBuffer::SourceBuffer(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)), lines_(text_) {}

std::optional<SourceBuffer> SourceBuffer::FromFile(const std::string& path, std::string* error) {
  struct Closer {
    void operator()(FILE* f) const { std::fclose(f); }
  };
  std::unique_ptr<FILE, Closer> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    *error = std::strerror(errno);
    return std::nullopt;
  }
  std::string text;
  char chunk[1 << 16];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, file.get())) > 0) {
    text.append(chunk, n);
    if (text.size() > kMaxSourceSize) {
      *error = "File too large (more than 2 GiB)";
      return std::nullopt;
    }
  }
  if (std::ferror(file.get())) {
    *error = std::strerror(errno);
    return std::nullopt;
  }
  return SourceBuffer(path, std::move(text));
}

}  // namespace mlhint
