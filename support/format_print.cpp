// The printing calls of mlhint::fmt (see format.h): opening and closing
// boxes and tags, printing text, breaks and tabulations, each of which
// becomes a token for the engine in format.cpp (OCaml 4.13's
// stdlib/format.ml, pp_open_box_gen to pp_set_tab).

#include "support/format.h"

namespace mlhint::fmt {

// ---------------------------------------------------------------------------
// Boxes.

void Formatter::open_box_gen(int indent, BoxType type) {
  ++curr_depth_;
  if (curr_depth_ < max_boxes_) {
    Elem e{-right_total_, 0, TokKind::kBegin};
    e.box = type;
    e.n1 = indent;
    scan_push(false, std::move(e));
  } else if (curr_depth_ == max_boxes_) {
    enqueue_string_as(static_cast<std::int64_t>(ellipsis_.size()), ellipsis_);
  }
}

void Formatter::open_box(int indent) {
  open_box_gen(indent, BoxType::kB);
}
void Formatter::open_hbox() {
  open_box_gen(0, BoxType::kH);
}
void Formatter::open_vbox(int indent) {
  open_box_gen(indent, BoxType::kV);
}
void Formatter::open_hvbox(int indent) {
  open_box_gen(indent, BoxType::kHV);
}
void Formatter::open_hovbox(int indent) {
  open_box_gen(indent, BoxType::kHoV);
}

void Formatter::close_box() {
  if (curr_depth_ <= 1) return;  // the system box is never closed by users
  if (curr_depth_ < max_boxes_) {
    enqueue(Elem{0, 0, TokKind::kEnd});
    set_size(true);
    set_size(false);
  }
  --curr_depth_;
}

// ---------------------------------------------------------------------------
// Tags.

void Formatter::open_stag(std::string_view name) {
  if (print_tags_) {
    tag_stack_.emplace_back(name);
    if (stag_.print_open) stag_.print_open(name);
  }
  if (mark_tags_) {
    // Enqueued without advancing, as OCaml does.
    Elem e{0, 0, TokKind::kOpenTag};
    e.text.assign(name);
    enqueue(std::move(e));
  }
}

void Formatter::close_stag() {
  if (mark_tags_) enqueue(Elem{0, 0, TokKind::kCloseTag});
  if (print_tags_ && !tag_stack_.empty()) {
    std::string name = std::move(tag_stack_.back());
    tag_stack_.pop_back();
    if (stag_.print_close) stag_.print_close(name);
  }
}

// ---------------------------------------------------------------------------
// Printing.

void Formatter::print_as_size(std::int64_t size, std::string_view s) {
  if (curr_depth_ < max_boxes_) enqueue_string_as(size, s);
}

void Formatter::print_as(int width, std::string_view s) {
  print_as_size(width, s);
}

void Formatter::print_string(std::string_view s) {
  print_as_size(static_cast<std::int64_t>(s.size()), s);
}

void Formatter::print_char(char c) {
  print_as_size(1, std::string_view(&c, 1));
}

void Formatter::print_int(std::int64_t i) {
  print_string(std::to_string(i));
}

void Formatter::print_bool(bool b) {
  print_string(b ? "true" : "false");
}

void Formatter::print_text(std::string_view s) {
  std::size_t left = 0;
  for (std::size_t right = 0; right < s.size(); ++right) {
    char c = s[right];
    if (c == '\n' || c == ' ') {
      print_string(s.substr(left, right - left));
      left = right + 1;
      if (c == '\n') {
        force_newline();
      } else {
        print_space();
      }
    }
  }
  if (left != s.size()) print_string(s.substr(left));
}

void Formatter::force_newline() {
  if (curr_depth_ < max_boxes_) enqueue_advance(Elem{0, 0, TokKind::kNewline});
}

void Formatter::print_if_newline() {
  if (curr_depth_ < max_boxes_) enqueue_advance(Elem{0, 0, TokKind::kIfNewline});
}

void Formatter::print_break(int nspaces, int offset) {
  if (curr_depth_ < max_boxes_) {
    Elem e{-right_total_, nspaces, TokKind::kBreak};
    e.n1 = nspaces;
    e.n2 = offset;
    scan_push(true, std::move(e));
  }
}

void Formatter::print_custom_break(const BreakParts& fits, const BreakParts& breaks) {
  if (curr_depth_ < max_boxes_) {
    std::int64_t length = static_cast<std::int64_t>(fits.before.size()) + fits.amount +
                          static_cast<std::int64_t>(fits.after.size());
    Elem e{-right_total_, length, TokKind::kBreak};
    e.n1 = fits.amount;
    e.n2 = breaks.amount;
    e.parts = std::make_unique<std::pair<BreakParts, BreakParts>>(fits, breaks);
    scan_push(true, std::move(e));
  }
}

// ---------------------------------------------------------------------------
// Tabulation boxes.

void Formatter::open_tbox() {
  ++curr_depth_;
  if (curr_depth_ < max_boxes_) enqueue_advance(Elem{0, 0, TokKind::kTBegin});
}

void Formatter::close_tbox() {
  if (curr_depth_ > 1 && curr_depth_ < max_boxes_) {
    enqueue_advance(Elem{0, 0, TokKind::kTEnd});
    // Unlike close_box, OCaml only decrements the depth in this branch.
    --curr_depth_;
  }
}

void Formatter::print_tbreak(int width, int offset) {
  if (curr_depth_ < max_boxes_) {
    Elem e{-right_total_, width, TokKind::kTBreak};
    e.n1 = width;
    e.n2 = offset;
    scan_push(true, std::move(e));
  }
}

void Formatter::set_tab() {
  if (curr_depth_ < max_boxes_) enqueue_advance(Elem{0, 0, TokKind::kSetTab});
}

}  // namespace mlhint::fmt
