// Framing (lsp/transport.h): messages in any chunks, header variants, and
// recovery after a bad header.
#include "lsp/transport.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mlhint::lsp {
namespace {

std::vector<MessageReader::Frame> All(MessageReader& reader) {
  std::vector<MessageReader::Frame> frames;
  while (auto f = reader.Next()) frames.push_back(*f);
  return frames;
}

TEST(MessageReader, SeveralMessagesInOneChunk) {
  MessageReader reader;
  reader.Feed(FrameMessage("{\"a\":1}") + FrameMessage("[]") + FrameMessage(""));
  auto frames = All(reader);
  ASSERT_EQ(frames.size(), 3u);
  EXPECT_EQ(frames[0].body, "{\"a\":1}");
  EXPECT_EQ(frames[1].body, "[]");
  EXPECT_TRUE(frames[2].ok);
  EXPECT_EQ(frames[2].body, "");
  EXPECT_FALSE(reader.HasPartial());
}

TEST(MessageReader, OneMessageByteByByte) {
  std::string bytes = FrameMessage("{\"text\":\"é\"}") + FrameMessage("{}");
  MessageReader reader;
  std::vector<std::string> bodies;
  for (char c : bytes) {
    reader.Feed(std::string_view(&c, 1));
    while (auto f = reader.Next()) bodies.push_back(f->body);
  }
  EXPECT_EQ(bodies, (std::vector<std::string>{"{\"text\":\"é\"}", "{}"}));
}

TEST(MessageReader, HeaderNamesAnyCaseAndOtherHeaders) {
  MessageReader reader;
  reader.Feed(
      "content-length:  2 \r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}");
  auto frames = All(reader);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_TRUE(frames[0].ok);
  EXPECT_EQ(frames[0].body, "{}");
}

TEST(MessageReader, BadHeadersAreReportedAndSkipped) {
  MessageReader reader;
  reader.Feed("Content-Type: x\r\n\r\n");        // no length
  reader.Feed("Content-Length: -3\r\n\r\n");     // not a number
  reader.Feed("garbage without colon\r\n\r\n");  // not a header
  reader.Feed(FrameMessage("{}"));
  auto frames = All(reader);
  ASSERT_EQ(frames.size(), 4u);
  EXPECT_FALSE(frames[0].ok);
  EXPECT_FALSE(frames[1].ok);
  EXPECT_FALSE(frames[2].ok);
  EXPECT_TRUE(frames[3].ok);
  EXPECT_EQ(frames[3].body, "{}");
}

TEST(MessageReader, AnOversizedBodyIsDroppedWithoutBeingStored) {
  MessageReader reader;
  uint64_t huge = kMaxMessageBytes + 10;
  reader.Feed("Content-Length: " + std::to_string(huge) + "\r\n\r\n");
  auto frames = All(reader);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_FALSE(frames[0].ok);
  // The body's bytes are dropped as they come; then reading goes on.
  std::string chunk(1 << 20, 'x');
  for (uint64_t left = huge; left > 0;) {
    size_t n = static_cast<size_t>(std::min<uint64_t>(left, chunk.size()));
    reader.Feed(std::string_view(chunk.data(), n));
    EXPECT_FALSE(reader.Next());
    left -= n;
  }
  reader.Feed(FrameMessage("{}"));
  auto after = All(reader);
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].body, "{}");
}

TEST(MessageReader, AHeaderThatNeverEndsIsAnError) {
  MessageReader reader;
  reader.Feed(std::string(70000, 'a'));
  auto frames = All(reader);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_FALSE(frames[0].ok);
}

TEST(MessageReader, APartialMessageIsKnown) {
  MessageReader reader;
  reader.Feed("Content-Length: 10\r\n\r\n{}");
  EXPECT_FALSE(reader.Next());
  EXPECT_TRUE(reader.HasPartial());
}

}  // namespace
}  // namespace mlhint::lsp
