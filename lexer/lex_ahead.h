// LexAhead: a Lexer running on a thread of its own, a few batches ahead of
// the parser, for large files. Lexing is about a tenth of parsing; on a
// machine with a second core it then costs the parser nothing but a wait
// at the start.
#pragma once

#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>

#include "lexer/lexer.h"

namespace mlhint {

class LexAhead {
 public:
  static constexpr size_t kBatch = 1024;

  // Starts lexing. Throws std::system_error if no thread can be created.
  explicit LexAhead(Lexer& lexer);
  // Stops the thread if it is still lexing (after a syntax error).
  ~LexAhead();
  LexAhead(const LexAhead&) = delete;
  LexAhead& operator=(const LexAhead&) = delete;

  // The next batch of tokens, as Lexer::Read gives them (0 after the last
  // one, and from then on). The batch stays valid until the next call: the
  // previous batch is given back to the lexer. Rethrows what the lexer threw.
  size_t Take(const Token** tokens);

  // Waits for the thread to end: afterwards the Lexer may be read (its
  // error and warnings) from the calling thread. Called by the destructor.
  void Join();

 private:
  // A ring of batches. The lexer sleeps when the ring is full and is woken
  // when half of it is free again: on a large file it is woken once per
  // kSlots / 2 batches, not once per batch.
  static constexpr size_t kSlots = 16;
  void Run();

  Lexer& lexer_;
  Token tokens_[kSlots][kBatch];
  size_t counts_[kSlots] = {};
  std::atomic<uint64_t> produced_{0};  // batches lexed
  std::atomic<uint64_t> consumed_{0};  // batches given back by the parser
  std::atomic<bool> stop_{false};
  std::exception_ptr failure_;  // written by the thread before its last batch
  uint64_t next_ = 0;           // the batch Take gives next
  bool holding_ = false;        // the parser holds batch next_ - 1
  bool ended_ = false;
  std::thread thread_;
};

}  // namespace mlhint
