// Implementation of mlhint::fmt (see format.h): the engine (the queue of
// tokens and the scan stack), initialisation and flushing, and the
// geometry. The printing calls that feed it (boxes, tags, text, breaks,
// tabulations) are in format_print.cpp.
//
// The engine follows the structure of OCaml 4.13's stdlib/format.ml so that the
// two can be compared side by side: every private method is named after the
// OCaml function it mirrors.  In short:
//  * Every printing call becomes a token appended to a queue, with a
//    `length` (the width it contributes) and a `size` (the width of the
//    material that follows a break up to the next break, or of a whole box).
//  * Sizes of breaks and box openings are not known when they are enqueued.
//    They start as minus the running total `right_total_`; a scan stack
//    remembers the unresolved ones, and when the next break or the matching
//    box end arrives, `set_size` turns them into real sizes.
//  * `advance_left` prints tokens from the front of the queue as soon as their
//    size is known, or as soon as the pending material is already wider than
//    the rest of the line (the size is then "infinite": it cannot fit).
// All arithmetic is done on 64-bit integers, like OCaml's 63-bit ints, so the
// engine's quirks with huge or negative sizes are reproduced as well.

#include "support/format.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <optional>

namespace mlhint::fmt {

namespace {

// A size larger than any line: the size given to tokens whose real size is not
// known yet when they must be printed.  Same value as OCaml's pp_infinity.
constexpr std::int64_t kInfinity = 1000000010;

constexpr std::int64_t limit(std::int64_t n) {
  return n < kInfinity ? n : kInfinity - 1;
}

}  // namespace

// ---------------------------------------------------------------------------
// Construction and output.

Formatter::Formatter(std::string& out) : out_buf_(&out) {
  init_common();
}

Formatter::Formatter(OutputFn out, std::function<void()> flush)
    : out_fn_(std::move(out)), out_flush_(std::move(flush)) {
  init_common();
}

Formatter::~Formatter() = default;

void Formatter::init_common() {
  max_boxes_ = std::numeric_limits<std::int64_t>::max();
  // A fresh OCaml formatter is in the state pp_rinit produces, except that
  // pp_is_new_line starts true (rinit never touches it).
  is_new_line_ = true;
  rinit();
}

void Formatter::out_string(std::string_view s) {
  if (s.empty()) return;
  if (out_buf_ != nullptr) {
    out_buf_->append(s);
  } else if (out_fn_) {
    out_fn_(s);
  }
}

void Formatter::out_blanks(std::int64_t n) {
  // Like OCaml's display_blanks: nothing for n <= 0, chunks of 80 otherwise.
  static constexpr std::string_view kBlanks =
      "                                                                                ";
  static_assert(kBlanks.size() == 80);
  while (n > 0) {
    std::int64_t k = std::min<std::int64_t>(n, 80);
    out_string(kBlanks.substr(0, static_cast<std::size_t>(k)));
    n -= k;
  }
}

// ---------------------------------------------------------------------------
// Queue and formatting of tokens.

void Formatter::enqueue(Elem&& e) {
  right_total_ += e.length;
  queue_.push_back(std::move(e));
}

void Formatter::clear_queue() {
  left_total_ = 1;
  right_total_ = 1;
  queue_head_seq_ += static_cast<std::int64_t>(queue_.size());
  queue_.clear();
}

void Formatter::format_text(std::int64_t size, std::string_view s) {
  space_left_ -= size;
  out_string(s);
  is_new_line_ = false;
}

void Formatter::format_string(std::string_view s) {
  if (!s.empty()) format_text(static_cast<std::int64_t>(s.size()), s);
}

void Formatter::break_new_line(std::string_view before, std::int64_t offset, std::string_view after,
                               std::int64_t width) {
  format_string(before);
  out_newline();
  is_new_line_ = true;
  std::int64_t indent = margin_ - width + offset;
  // Never indent past max_indent.
  current_indent_ = std::min(max_indent_, indent);
  space_left_ = margin_ - current_indent_;
  out_blanks(current_indent_);
  format_string(after);
}

void Formatter::break_same_line(std::string_view before, std::int64_t width,
                                std::string_view after) {
  format_string(before);
  space_left_ -= width;
  out_blanks(width);
  format_string(after);
}

// A box cannot start beyond max_indent: when one would, the enclosing box is
// split first (as if a break had been there).
void Formatter::force_break_line() {
  if (format_stack_.empty()) {
    out_newline();
    return;
  }
  const FormatElem& top = format_stack_.back();
  if (top.width > space_left_ && top.type != BoxType::kFits && top.type != BoxType::kH) {
    break_line(top.width);
  }
}

// Drops the next token, whatever it is (used by print_if_newline).  Note that
// its raw size is credited back even when still unresolved, as OCaml does.
void Formatter::skip_token() {
  if (queue_.empty()) return;
  Elem& e = queue_.front();
  left_total_ -= e.length;
  space_left_ += e.size;
  queue_.pop_front();
  ++queue_head_seq_;
}

void Formatter::format_token(Elem& e, std::int64_t size) {
  switch (e.kind) {
    case TokKind::kText:
      format_text(size, e.text);
      break;

    case TokKind::kBegin: {
      std::int64_t insertion_point = margin_ - space_left_;
      if (insertion_point > max_indent_) force_break_line();
      std::int64_t width = space_left_ - e.n1;
      BoxType type = e.box;
      if (type != BoxType::kV && size <= space_left_) type = BoxType::kFits;
      format_stack_.push_back({type, width});
      break;
    }

    case TokKind::kEnd:
      if (!format_stack_.empty()) format_stack_.pop_back();
      break;

    case TokKind::kTBegin:
      tbox_stack_.emplace_back();
      break;

    case TokKind::kTEnd:
      if (!tbox_stack_.empty()) tbox_stack_.pop_back();
      break;

    case TokKind::kSetTab:
      // Equal stops are kept, the new one after the old ones (multiset insert
      // order matches OCaml's sorted-list insertion).
      if (!tbox_stack_.empty()) tbox_stack_.back().insert(margin_ - space_left_);
      break;

    case TokKind::kTBreak: {
      if (tbox_stack_.empty()) break;
      std::int64_t insertion_point = margin_ - space_left_;
      const auto& tabs = tbox_stack_.back();
      std::int64_t tab = insertion_point;
      if (!tabs.empty()) {
        // First stop at or after the insertion point, else wrap to the first.
        auto it = tabs.lower_bound(insertion_point);
        tab = it != tabs.end() ? *it : *tabs.begin();
      }
      std::int64_t offset = tab - insertion_point;
      if (offset >= 0) {
        break_same_line({}, offset + e.n1, {});
      } else {
        break_new_line({}, tab + e.n2, {}, margin_);
      }
      break;
    }

    case TokKind::kNewline:
      if (format_stack_.empty()) {
        out_newline();
      } else {
        break_line(format_stack_.back().width);
      }
      break;

    case TokKind::kIfNewline:
      if (current_indent_ != margin_ - space_left_) skip_token();
      break;

    case TokKind::kBreak: {
      if (format_stack_.empty()) break;
      const FormatElem top = format_stack_.back();
      std::string_view fits_before, fits_after, breaks_before, breaks_after;
      if (e.parts) {
        fits_before = e.parts->first.before;
        fits_after = e.parts->first.after;
        breaks_before = e.parts->second.before;
        breaks_after = e.parts->second.after;
      }
      const std::int64_t fits_width = e.n1;
      const std::int64_t off = e.n2;
      const auto before_len = static_cast<std::int64_t>(breaks_before.size());
      bool split = false;
      switch (top.type) {
        case BoxType::kHoV:
          split = size + before_len > space_left_;
          break;
        case BoxType::kB:
          if (is_new_line_) {
            split = false;  // the line has just been split here
          } else if (size + before_len > space_left_) {
            split = true;
          } else {
            // Split when the new line would start left of the current one.
            split = current_indent_ > margin_ - top.width + off;
          }
          break;
        case BoxType::kHV:
        case BoxType::kV:
          split = true;
          break;
        case BoxType::kFits:
        case BoxType::kH:
          split = false;
          break;
      }
      if (split) {
        break_new_line(breaks_before, off, breaks_after, top.width);
      } else {
        break_same_line(fits_before, fits_width, fits_after);
      }
      break;
    }

    case TokKind::kOpenTag: {
      std::string marker = stag_.mark_open ? stag_.mark_open(e.text) : std::string();
      out_string(marker);  // zero width: space_left_ is not touched
      mark_stack_.push_back(std::move(e.text));
      break;
    }

    case TokKind::kCloseTag:
      if (!mark_stack_.empty()) {
        std::string name = std::move(mark_stack_.back());
        mark_stack_.pop_back();
        std::string marker = stag_.mark_close ? stag_.mark_close(name) : std::string();
        out_string(marker);
      }
      break;
  }
}

void Formatter::advance_left() {
  while (!queue_.empty()) {
    Elem& front = queue_.front();
    std::int64_t pending_count = right_total_ - left_total_;
    if (!(front.size >= 0 || pending_count >= space_left_)) return;
    Elem e = std::move(front);
    queue_.pop_front();
    ++queue_head_seq_;
    format_token(e, e.size >= 0 ? e.size : kInfinity);
    left_total_ += e.length;
  }
}

void Formatter::enqueue_advance(Elem&& e) {
  enqueue(std::move(e));
  advance_left();
}

void Formatter::enqueue_string_as(std::int64_t size, std::string_view s) {
  Elem e{size, size, TokKind::kText};
  e.text.assign(s);
  enqueue_advance(std::move(e));
}

// ---------------------------------------------------------------------------
// Scan stack.

void Formatter::init_scan_stack() {
  scan_stack_.clear();
  // Bottom sentinel: never resolved; its left_total of -1 makes it obsolete,
  // so reaching it resets the stack.
  scan_stack_.push_back({-1, -1, TokKind::kText});
}

void Formatter::set_size(bool for_break) {
  if (scan_stack_.empty()) return;
  const ScanElem top = scan_stack_.back();
  if (top.left_total < left_total_) {
    // Everything on the stack has already been printed.
    init_scan_stack();
    return;
  }
  bool matches = false;
  if (top.kind == TokKind::kBreak || top.kind == TokKind::kTBreak) {
    matches = for_break;
  } else if (top.kind == TokKind::kBegin) {
    matches = !for_break;
  }
  if (!matches) return;
  if (top.seq >= queue_head_seq_) {
    Elem& e = queue_[static_cast<std::size_t>(top.seq - queue_head_seq_)];
    e.size = right_total_ + e.size;
  }
  scan_stack_.pop_back();
}

void Formatter::scan_push(bool for_break, Elem&& e) {
  TokKind kind = e.kind;
  enqueue(std::move(e));
  std::int64_t seq = queue_head_seq_ + static_cast<std::int64_t>(queue_.size()) - 1;
  if (for_break) set_size(true);
  scan_stack_.push_back({right_total_, seq, kind});
}

// ---------------------------------------------------------------------------
// Initialisation and flushing.

void Formatter::rinit() {
  clear_queue();
  init_scan_stack();
  format_stack_.clear();
  tbox_stack_.clear();
  tag_stack_.clear();
  mark_stack_.clear();
  current_indent_ = 0;
  curr_depth_ = 0;
  space_left_ = margin_;
  // The outermost "system" box, which is always open.
  open_box_gen(0, BoxType::kHoV);
}

void Formatter::flush_queue(bool newline) {
  // Close the open tags (once per tag open at this point), then the boxes.
  for (std::size_t n = tag_stack_.size(); n > 0; --n) close_stag();
  while (curr_depth_ > 1) close_box();
  right_total_ = kInfinity;
  advance_left();
  if (newline) out_newline();
  // The column bookkeeping restarts at 0 regardless of the real cursor.
  rinit();
}

void Formatter::print_flush() {
  flush_queue(false);
  if (out_flush_) out_flush_();
}

void Formatter::print_newline() {
  flush_queue(true);
  if (out_flush_) out_flush_();
}

// ---------------------------------------------------------------------------
// Geometry.

void Formatter::set_min_space_left(std::int64_t n) {
  if (n >= 1) {
    min_space_left_ = limit(n);
    max_indent_ = margin_ - min_space_left_;
    rinit();
  }
}

void Formatter::set_max_indent(int n) {
  if (n > 1) set_min_space_left(margin_ - n);
}

void Formatter::set_margin(int n) {
  if (n < 1) return;
  margin_ = limit(n);
  std::int64_t new_max_indent;
  if (max_indent_ <= margin_) {
    new_max_indent = max_indent_;  // keep max_indent if possible
  } else {
    // Else keep min_space_left if that leaves a reasonable max_indent, or
    // fall back to half the margin.
    new_max_indent =
        std::max<std::int64_t>(std::max<std::int64_t>(margin_ - min_space_left_, margin_ / 2), 1);
  }
  // new_max_indent always fits in an int: it is at most margin_.
  set_max_indent(static_cast<int>(new_max_indent));
}

void Formatter::set_geometry(int max_indent, int margin) {
  if (max_indent < 2) throw FormatError("Format.pp_set_geometry: max_indent < 2");
  if (margin <= max_indent) throw FormatError("Format.pp_set_geometry: margin <= max_indent");
  set_margin(margin);
  set_max_indent(max_indent);
}

void Formatter::safe_set_geometry(int max_indent, int margin) {
  if (max_indent < 2 || margin <= max_indent) return;
  set_margin(margin);
  set_max_indent(max_indent);
}

void Formatter::set_max_boxes(int n) {
  if (n > 1) max_boxes_ = n;
}

int Formatter::max_boxes() const {
  return static_cast<int>(std::min<std::int64_t>(max_boxes_, std::numeric_limits<int>::max()));
}

}  // namespace mlhint::fmt
