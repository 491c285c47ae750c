#include "lexer/lex_ahead.h"

namespace mlhint {

LexAhead::LexAhead(Lexer& lexer) : lexer_(lexer) {
  thread_ = std::thread([this] { Run(); });
}

LexAhead::~LexAhead() {
  Join();
}

void LexAhead::Join() {
  if (!thread_.joinable()) return;
  stop_.store(true, std::memory_order_relaxed);
  // Wake the thread if it waits for room: it sees stop_ before lexing more.
  consumed_.fetch_add(1, std::memory_order_release);
  consumed_.notify_one();
  thread_.join();
}

void LexAhead::Run() {
  for (uint64_t i = 0;; ++i) {
    for (uint64_t c; i - (c = consumed_.load(std::memory_order_acquire)) >= kSlots;) {
      if (stop_.load(std::memory_order_relaxed)) return;
      consumed_.wait(c, std::memory_order_acquire);
    }
    if (stop_.load(std::memory_order_relaxed)) return;
    size_t slot = i % kSlots;
    size_t n = 0;
    try {
      n = lexer_.Read(tokens_[slot], kBatch);
    } catch (...) {
      failure_ = std::current_exception();
    }
    counts_[slot] = n;
    produced_.store(i + 1, std::memory_order_release);
    produced_.notify_one();  // a load unless the parser waits
    if (n == 0) return;
  }
}

size_t LexAhead::Take(const Token** tokens) {
  if (ended_) return 0;
  if (holding_) {
    consumed_.store(next_, std::memory_order_release);
    // The thread may sleep on a full ring: wake it once half is free.
    if (produced_.load(std::memory_order_acquire) - next_ <= kSlots / 2) consumed_.notify_one();
  }
  for (uint64_t p; (p = produced_.load(std::memory_order_acquire)) <= next_;)
    produced_.wait(p, std::memory_order_acquire);
  size_t slot = next_ % kSlots;
  ++next_;
  holding_ = true;
  *tokens = tokens_[slot];
  size_t n = counts_[slot];
  if (n == 0) {
    ended_ = true;
    if (failure_) std::rethrow_exception(failure_);
  }
  return n;
}

}  // namespace mlhint
