// JSON-RPC framing over a byte stream, as LSP's base protocol defines it:
// a header block ("Content-Length: N", optionally "Content-Type: ...", each
// line ended by "\r\n", the block ended by an empty line), then exactly N
// bytes of JSON. Bytes arrive in any chunks: several messages per read, or
// one message over several reads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mlhint::lsp {

// Largest message body accepted (a source file of a million lines fits); a
// longer one is skipped (its bytes read and dropped, never stored) and
// reported as a framing error.
inline constexpr uint64_t kMaxMessageBytes = uint64_t{64} << 20;

class MessageReader {
 public:
  void Feed(std::string_view bytes);

  struct Frame {
    bool ok = true;    // false: a framing error, described by `body`
    std::string body;  // the JSON text, or the error
  };
  // The next complete message or framing error, if the bytes fed so far
  // hold one. A framing error consumes the bad header block (or the
  // oversized body) so that reading goes on with the next message.
  std::optional<Frame> Next();

  // Bytes fed but not yet returned (a partial message at end of input).
  bool HasPartial() const { return read_ < buffer_.size() || discard_ > 0; }

 private:
  std::optional<Frame> ReadHeader();

  std::string buffer_;
  size_t read_ = 0;                      // consumed prefix of buffer_
  std::optional<uint64_t> body_length_;  // header read, waiting for the body
  uint64_t discard_ = 0;                 // bytes of an oversized body still to drop
};

// The framed form of one message body.
std::string FrameMessage(std::string_view body);

}  // namespace mlhint::lsp
