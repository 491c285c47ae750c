// The large-arena helpers of support/memory.h.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>

#include "support/memory.h"

namespace mlhint {
namespace {

TEST(ArenaVector, GrowsAcrossTheMappingThresholdKeepingItsElements) {
  ArenaVector<uint32_t> v;
  // From a few bytes to 32 MiB: operator new first, mappings later.
  for (uint32_t i = 0; i < (8u << 20); ++i) v.push_back(i * 7);
  for (uint32_t i = 0; i < (8u << 20); i += 4099) ASSERT_EQ(v[i], i * 7);
  ArenaVector<uint32_t> copy = v;
  EXPECT_EQ(copy.size(), v.size());
  EXPECT_EQ(copy.back(), v.back());
  v.clear();
  v.shrink_to_fit();
  EXPECT_EQ(copy[12345], 12345u * 7);
}

TEST(ArenaVector, LargeReservationsAreUsableAtOnce) {
  ArenaVector<uint64_t> v;
  v.reserve(3u << 20);  // 24 MiB
  EXPECT_GE(v.capacity(), 3u << 20);
  v.resize(3u << 20, 5);
  EXPECT_EQ(v.front(), 5u);
  EXPECT_EQ(v.back(), 5u);
}

TEST(ZeroedArray, ReadsZeroWhereNothingWasWritten) {
  ZeroedArray a;
  EXPECT_EQ(a.get(0), 0u);
  EXPECT_EQ(a.get(1000000), 0u);
  a.set(10, 7);
  a.set(5000000, 9);  // grows, keeping what was written
  EXPECT_EQ(a.get(10), 7u);
  EXPECT_EQ(a.get(11), 0u);
  EXPECT_EQ(a.get(4999999), 0u);
  EXPECT_EQ(a.get(5000000), 9u);
  EXPECT_EQ(a.get(50000000), 0u);  // past the end
}

// A freed block of a mapping's size is kept for the next one of its size
// (on Linux, outside sanitizer builds): what it held must not show
// through. Both kinds: with huge pages (24 MiB) and without (1 MiB).
class ReusedBlock : public ::testing::TestWithParam<size_t> {};

TEST_P(ReusedBlock, HoldsOnlyWhatItsNewOwnerWrites) {
  const size_t n = GetParam();
  for (int round = 0; round < 3; ++round) {
    ArenaVector<uint32_t> v;
    v.reserve(n);
    v.resize(n, static_cast<uint32_t>(round));
    EXPECT_EQ(v[n / 2], static_cast<uint32_t>(round));
    std::fill(v.begin(), v.end(), 0xdeadbeef);  // leave dirt behind
  }
  for (int round = 0; round < 3; ++round) {
    ZeroedArray a;
    a.Reserve(n);
    EXPECT_EQ(a.get(0), 0u) << round;
    EXPECT_EQ(a.get(n / 2), 0u) << round;
    EXPECT_EQ(a.get(n - 1), 0u) << round;
    for (size_t i = 0; i < n; i += 1021) a.set(i, 0xdeadbeef);
  }
}

INSTANTIATE_TEST_SUITE_P(ArenaVector, ReusedBlock,
                         ::testing::Values(size_t{6} << 20, size_t{1} << 18));

TEST(ZeroedArray, CopiesSwapsAndClears) {
  ZeroedArray a;
  a.set(3, 30);
  ZeroedArray b = a;
  b.set(3, 31);
  EXPECT_EQ(a.get(3), 30u);
  EXPECT_EQ(b.get(3), 31u);
  ZeroedArray c;
  c.swap(b);
  EXPECT_EQ(b.get(3), 0u);
  EXPECT_EQ(c.get(3), 31u);
  c.clear();
  EXPECT_EQ(c.get(3), 0u);
  c.set(2, 1);
  EXPECT_EQ(c.get(2), 1u);
}

}  // namespace
}  // namespace mlhint
