// Where the program generator's decisions come from: a seeded
// pseudo-random sequence (the differential test), or the bytes a fuzzer
// hands over (the generator's fuzz target), so that the fuzzer's mutations
// of its input are mutations of the generator's choices.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace mlhint::progen {

class Choices {
 public:
  virtual ~Choices() = default;
  // A number in [0, n) (0 when n is 0).
  virtual uint32_t Below(uint32_t n) = 0;

  bool OneIn(uint32_t n) { return Below(n) == 0; }
};

// SplitMix64: fully specified, so a seed gives the same programs with every
// standard library (std::uniform_int_distribution does not).
class SeededChoices : public Choices {
 public:
  explicit SeededChoices(uint64_t seed) : state_(seed) {}
  uint32_t Below(uint32_t n) override {
    if (n == 0) return 0;
    state_ += 0x9e3779b97f4a7c15ULL;
    uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return static_cast<uint32_t>(z % n);
  }

 private:
  uint64_t state_;
};

// Each decision reads one byte (two when n > 256); once the bytes run out,
// every decision is 0, which the generator reads as "the smallest thing",
// so that a short input still makes a complete program.
class ByteChoices : public Choices {
 public:
  explicit ByteChoices(std::string_view bytes) : bytes_(bytes) {}
  uint32_t Below(uint32_t n) override {
    if (n <= 1) return 0;
    uint32_t value = Next();
    if (n > 256) value = (value << 8) | Next();
    return value % n;
  }
  bool exhausted() const { return pos_ >= bytes_.size(); }

 private:
  uint32_t Next() { return pos_ < bytes_.size() ? static_cast<uint8_t>(bytes_[pos_++]) : 0; }
  std::string_view bytes_;
  size_t pos_ = 0;
};

}  // namespace mlhint::progen
