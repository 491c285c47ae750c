#include "lsp/transport.h"

#include <algorithm>
#include <cctype>

namespace mlhint::lsp {
namespace {

// A header block that grows past this without ending is not LSP.
constexpr size_t kMaxHeaderBytes = 64 * 1024;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// Parses the Content-Length of a header block (its lines, without the empty
// line that ends it). Header names are case-insensitive; other headers are
// ignored.
std::optional<uint64_t> ContentLength(std::string_view block, std::string* error) {
  std::optional<uint64_t> length;
  while (!block.empty()) {
    size_t eol = block.find('\n');
    std::string_view line = block.substr(0, eol);
    block = eol == std::string_view::npos ? std::string_view() : block.substr(eol + 1);
    line = Trim(line);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      *error = "malformed header line";
      return std::nullopt;
    }
    if (!EqualsIgnoringCase(Trim(line.substr(0, colon)), "Content-Length")) continue;
    std::string_view value = Trim(line.substr(colon + 1));
    if (value.empty() || value.size() > 19 ||
        !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      *error = "invalid Content-Length";
      return std::nullopt;
    }
    uint64_t n = 0;
    for (char c : value) n = n * 10 + static_cast<uint64_t>(c - '0');
    length = n;
  }
  if (!length) *error = "missing Content-Length header";
  return length;
}

}  // namespace

void MessageReader::Feed(std::string_view bytes) {
  if (discard_ > 0) {
    size_t drop = static_cast<size_t>(std::min<uint64_t>(discard_, bytes.size()));
    discard_ -= drop;
    bytes.remove_prefix(drop);
  }
  // Compact once the consumed prefix dominates, so that the buffer stays
  // proportional to what is pending.
  if (read_ > 0 && read_ >= buffer_.size() / 2) {
    buffer_.erase(0, read_);
    read_ = 0;
  }
  buffer_.append(bytes);
}

std::optional<MessageReader::Frame> MessageReader::ReadHeader() {
  std::string_view pending(buffer_);
  pending.remove_prefix(read_);
  // Blank lines between messages are tolerated.
  while (!pending.empty() &&
         (pending[0] == '\n' || (pending.size() > 1 && pending[0] == '\r' && pending[1] == '\n'))) {
    size_t skip = pending[0] == '\n' ? 1 : 2;
    pending.remove_prefix(skip);
    read_ += skip;
  }
  // The block ends with an empty line: "\r\n\r\n" (a bare "\n\n" is taken too).
  size_t end = std::string_view::npos;
  size_t after = 0;
  for (size_t i = pending.find('\n'); i != std::string_view::npos; i = pending.find('\n', i + 1)) {
    size_t next = i + 1;
    if (next < pending.size() && pending[next] == '\n') {
      end = i;
      after = next + 1;
      break;
    }
    if (next + 1 < pending.size() && pending[next] == '\r' && pending[next + 1] == '\n') {
      end = i;
      after = next + 2;
      break;
    }
  }
  if (end == std::string_view::npos) {
    if (pending.size() > kMaxHeaderBytes) {
      read_ = buffer_.size();
      return Frame{false, "header block too long"};
    }
    return std::nullopt;
  }
  std::string error;
  std::optional<uint64_t> length = ContentLength(pending.substr(0, end), &error);
  read_ += after;
  if (!length) return Frame{false, error};
  if (*length > kMaxMessageBytes) {
    uint64_t available = buffer_.size() - read_;
    uint64_t drop = std::min(available, *length);
    read_ += static_cast<size_t>(drop);
    discard_ = *length - drop;
    return Frame{false, "message of " + std::to_string(*length) + " bytes is too large"};
  }
  body_length_ = length;
  return std::nullopt;
}

std::optional<MessageReader::Frame> MessageReader::Next() {
  if (discard_ > 0) return std::nullopt;
  if (!body_length_) {
    std::optional<Frame> error = ReadHeader();
    if (error || !body_length_) return error;
  }
  if (buffer_.size() - read_ < *body_length_) return std::nullopt;
  Frame frame{true, buffer_.substr(read_, static_cast<size_t>(*body_length_))};
  read_ += static_cast<size_t>(*body_length_);
  body_length_.reset();
  return frame;
}

std::string FrameMessage(std::string_view body) {
  std::string out = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  out.append(body);
  return out;
}

}  // namespace mlhint::lsp
