// An undo log for a checker's own tables, in the way of OCaml's
// Btype.snapshot/backtrack for types: what a transaction may change is
// registered once, a Mark notes where each piece stands, Undo brings each
// back and Commit keeps what was done.
//
// Two kinds of change are undone:
//   - a piece's state that fits in a word (a table's size, a counter, a
//     flag), saved at each Mark and restored as a whole (Track, TrackSize,
//     TrackValue): a table that only grows inside a transaction is cut back
//     to its size at the mark;
//   - a change in place of an entry older than the mark (an old value
//     marked used), recorded by Record while a transaction is open and
//     undone in reverse order before the states are restored.
// A piece added to the checker is undone by registering it, not by adding
// a field to every checkpoint.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

namespace mlhint {

class UndoLog {
 public:
  struct Mark {
    std::vector<uint64_t> states;  // one per registered piece
    size_t changes = 0;            // the change log's length
  };

  UndoLog() = default;
  UndoLog(const UndoLog&) = delete;
  UndoLog& operator=(const UndoLog&) = delete;

  // A piece whose state `save` gives and `restore` puts back.
  void Track(std::function<uint64_t()> save, std::function<void(uint64_t)> restore) {
    pieces_.push_back(Piece{std::move(save), std::move(restore)});
  }
  // A table that only grows inside a transaction (anything with size() and
  // resize(n)): undone by cutting it back.
  template <class Table>
  void TrackSize(Table& table) {
    Track([&table] { return static_cast<uint64_t>(table.size()); },
          [&table](uint64_t n) { table.resize(static_cast<size_t>(n)); });
  }
  // A counter or a flag (integral or enumeration): undone by restoring it.
  template <class T>
  void TrackValue(T& value) {
    static_assert(std::is_integral_v<T> || std::is_enum_v<T>);
    Track([&value] { return static_cast<uint64_t>(value); },
          [&value](uint64_t v) { value = static_cast<T>(v); });
  }

  // Whether a transaction is open (a change in place must be recorded).
  bool open() const { return open_ > 0; }
  // A change in place, undone by `undo` if an open transaction is undone.
  void Record(std::function<void()> undo) {
    if (open_ > 0) changes_.push_back(std::move(undo));
  }

  Mark Begin() {
    Mark m;
    m.states.reserve(pieces_.size());
    for (const Piece& p : pieces_) m.states.push_back(p.save());
    m.changes = changes_.size();
    ++open_;
    return m;
  }
  void Undo(const Mark& m) {
    while (changes_.size() > m.changes) {
      changes_.back()();
      changes_.pop_back();
    }
    for (size_t i = 0; i < pieces_.size() && i < m.states.size(); ++i)
      pieces_[i].restore(m.states[i]);
    --open_;
  }
  // Keeps what was done since `m`; its changes stay recorded while an
  // outer transaction may still undo them.
  void Commit(const Mark&) {
    if (--open_ == 0) changes_.clear();
  }

 private:
  struct Piece {
    std::function<uint64_t()> save;
    std::function<void(uint64_t)> restore;
  };
  std::vector<Piece> pieces_;
  std::vector<std::function<void()>> changes_;
  int open_ = 0;
};

}  // namespace mlhint
