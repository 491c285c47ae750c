// Implementation of mlhint::fmt (see format.h).
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

#include "support/escape.h"

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

// ---------------------------------------------------------------------------
// The printf interpreter.
//
// The format is walked twice: a validation pass that checks the syntax and the
// arguments (count and kinds) without printing, then the printing pass.  The
// walk mirrors CamlinternalFormat's parser (parse_literal, parse_after_at,
// parse_tag, parse_good_break, parse_magic_size, parse_conversion) and
// Format.output_acc, which decides how each parsed piece is printed.

namespace {

// Largest integer accepted in a format (OCaml's Sys.max_string_length on
// 64-bit systems).
constexpr std::int64_t kMaxFormatInt = (std::int64_t{1} << 57) - 9;

[[noreturn]] void bad_format(std::string_view fmt, std::string_view what) {
  throw FormatError("invalid format \"" + std::string(fmt) + "\": " + std::string(what));
}

// Parses "<spec>" contents of a box, like CamlinternalFormat.open_box_of_string.
std::optional<std::pair<int, BoxType>> open_box_of_string(std::string_view str) {
  if (str.empty()) return std::make_pair(0, BoxType::kB);
  const std::size_t len = str.size();
  auto skip_spaces = [&](std::size_t i) {
    while (i < len && (str[i] == ' ' || str[i] == '\t')) ++i;
    return i;
  };
  std::size_t wstart = skip_spaces(0);
  std::size_t wend = wstart;
  while (wend < len && str[wend] >= 'a' && str[wend] <= 'z') ++wend;
  std::string_view name = str.substr(wstart, wend - wstart);
  std::size_t nstart = skip_spaces(wend);
  std::size_t nend = nstart;
  while (nend < len && ((str[nend] >= '0' && str[nend] <= '9') || str[nend] == '-')) ++nend;
  int indent = 0;
  if (nstart != nend) {
    // int_of_string: optional '-', then digits (no other '-').
    std::string_view num = str.substr(nstart, nend - nstart);
    std::size_t p = num[0] == '-' ? 1 : 0;
    if (p == num.size()) return std::nullopt;
    std::int64_t v = 0;
    for (std::size_t i = p; i < num.size(); ++i) {
      if (num[i] == '-') return std::nullopt;
      v = v * 10 + (num[i] - '0');
      if (v > (std::int64_t{1} << 31)) return std::nullopt;  // out of our int range
    }
    indent = static_cast<int>(p ? -v : v);
  }
  if (skip_spaces(nend) != len) return std::nullopt;
  BoxType type;
  if (name.empty() || name == "b") {
    type = BoxType::kB;
  } else if (name == "h") {
    type = BoxType::kH;
  } else if (name == "v") {
    type = BoxType::kV;
  } else if (name == "hv") {
    type = BoxType::kHV;
  } else if (name == "hov") {
    type = BoxType::kHoV;
  } else {
    return std::nullopt;
  }
  return std::make_pair(indent, type);
}

enum class Pad : std::uint8_t { kRight, kLeft, kZeros };

// CamlinternalFormat.fix_padding.
std::string fix_padding(Pad pad, std::int64_t width, std::string str) {
  const auto len = static_cast<std::int64_t>(str.size());
  if (width <= len) return str;
  std::string res(static_cast<std::size_t>(width), pad == Pad::kZeros ? '0' : ' ');
  const auto w = static_cast<std::size_t>(width);
  const auto l = static_cast<std::size_t>(len);
  switch (pad) {
    case Pad::kLeft:
      res.replace(0, l, str);
      break;
    case Pad::kRight:
      res.replace(w - l, l, str);
      break;
    case Pad::kZeros:
      if (l > 0 && (str[0] == '+' || str[0] == '-' || str[0] == ' ')) {
        res[0] = str[0];
        res.replace(w - l + 1, l - 1, str, 1, l - 1);
      } else {
        res.replace(w - l, l, str);
      }
      break;
  }
  return res;
}

}  // namespace

class Formatter::Interp {
 public:
  Interp(std::string_view fmt, std::span<const Arg> args, bool validate)
      : fmt_(fmt), args_(args), validate_(validate) {}

  std::size_t args_used() const { return next_arg_; }

  // Interprets fmt_[begin, end) on `ppf` (ignored when validating).
  void run(Formatter* ppf, std::size_t begin, std::size_t end) {
    // The pending "@<n>" size, which applies only if the very next piece is a
    // literal or a converted string/char (Format.output_acc's patterns).
    std::optional<std::int64_t> magic;
    auto text = [&](std::string_view s) {
      if (!validate_) {
        if (magic) {
          ppf->print_as_size(*magic, s);
        } else {
          ppf->print_string(s);
        }
      }
      magic.reset();
    };
    auto other = [&]() { magic.reset(); };

    std::size_t i = begin;
    while (i < end) {
      // Literal run up to the next '%' or '@' (one token, as add_literal).
      std::size_t lit = i;
      while (i < end && fmt_[i] != '%' && fmt_[i] != '@') ++i;
      if (i > lit) {
        text(fmt_.substr(lit, i - lit));
        continue;
      }
      if (fmt_[i] == '%') {
        i = conversion(ppf, i, end, text, other);
        continue;
      }
      // After '@'.
      std::size_t j = i + 1;
      if (j == end) {
        text("@");
        i = j;
        continue;
      }
      char c = fmt_[j];
      switch (c) {
        case '[':
        case '{':
          i = open_box_or_tag(ppf, c == '{', j + 1, end);
          other();
          break;
        case ']':
          if (!validate_) ppf->close_box();
          other();
          i = j + 1;
          break;
        case '}':
          if (!validate_) ppf->close_stag();
          other();
          i = j + 1;
          break;
        case ',':
          if (!validate_) ppf->print_break(0, 0);
          other();
          i = j + 1;
          break;
        case ' ':
          if (!validate_) ppf->print_break(1, 0);
          other();
          i = j + 1;
          break;
        case ';': {
          int width = 1;
          int offset = 0;
          i = good_break(j + 1, end, width, offset);
          if (!validate_) ppf->print_break(width, offset);
          other();
          break;
        }
        case '?':
          if (!validate_) ppf->print_flush();
          other();
          i = j + 1;
          break;
        case '\n':
          if (!validate_) ppf->force_newline();
          other();
          i = j + 1;
          break;
        case '.':
          if (!validate_) ppf->print_newline();
          other();
          i = j + 1;
          break;
        case '<': {
          std::int64_t size = 0;
          std::size_t next = magic_size(j + 1, end, size);
          if (next != std::string_view::npos) {
            magic = size;  // replaces any earlier pending size
            i = next;
          } else {
            scan_indic(ppf, '<');
            other();
            i = j + 1;
          }
          break;
        }
        case '@':
          if (!validate_) ppf->print_char('@');
          other();
          i = j + 1;
          break;
        case '%':
          if (j + 1 < end && fmt_[j + 1] == '%') {
            if (!validate_) ppf->print_char('%');
            other();
            i = j + 2;
          } else {
            // A plain '@' literal; the '%' starts a conversion.
            text("@");
            i = j;
          }
          break;
        default:
          scan_indic(ppf, c);
          other();
          i = j + 1;
          break;
      }
    }
  }

 private:
  void scan_indic(Formatter* ppf, char c) {
    if (!validate_) {
      ppf->print_char('@');
      ppf->print_char(c);
    }
  }

  const Arg& take_arg(Arg::Kind kind, char conv) {
    if (next_arg_ >= args_.size()) {
      throw FormatError("printf: missing argument for %" + std::string(1, conv) + " in \"" +
                        std::string(fmt_) + "\"");
    }
    const Arg& a = args_[next_arg_++];
    if (a.kind() != kind) {
      throw FormatError("printf: wrong argument kind for %" + std::string(1, conv) + " in \"" +
                        std::string(fmt_) + "\"");
    }
    return a;
  }

  // "@[" / "@{" (parse_tag): an optional "<...>" spec up to the first '>' of
  // the whole string; the spec is itself a format, rendered on a fresh
  // formatter, whose first and last characters are then dropped.
  std::size_t open_box_or_tag(Formatter* ppf, bool is_tag, std::size_t start, std::size_t end) {
    std::size_t spec_end = start;  // one past the '>' (or start if no spec)
    if (start < end && fmt_[start] == '<') {
      std::size_t gt = fmt_.find('>', start + 1);
      if (gt != std::string_view::npos && gt < end) spec_end = gt + 1;
    }
    std::string name;
    if (spec_end > start) {
      std::string_view spec = fmt_.substr(start, spec_end - start);
      if (spec.find_first_of("%@") == std::string_view::npos) {
        // Fast path: a constant spec renders as itself.
        name.assign(spec.substr(1, spec.size() - 2));
      } else {
        std::string rendered;
        {
          Formatter sub(rendered);
          run(validate_ ? nullptr : &sub, start, spec_end);
          if (!validate_) sub.print_flush();
        }
        if (validate_) {
          return spec_end;  // the name depends on the arguments
        }
        name = rendered.size() < 2 ? rendered : rendered.substr(1, rendered.size() - 2);
      }
    }
    if (is_tag) {
      if (!validate_) ppf->open_stag(name);
    } else {
      auto box = open_box_of_string(name);
      if (!box) throw FormatError("invalid box description \"" + name + "\"");
      if (!validate_) ppf->open_box_gen(box->first, box->second);
    }
    return spec_end;
  }

  // Skips spaces (' ' only); npos when the end is reached (OCaml fails there).
  std::size_t spaces(std::size_t i, std::size_t end) const {
    while (i < end && fmt_[i] == ' ') ++i;
    return i == end ? std::string_view::npos : i;
  }

  // parse_integer: digits or '-' digits; npos on failure.
  std::size_t integer(std::size_t i, std::size_t end, std::int64_t& value) const {
    bool neg = false;
    if (fmt_[i] == '-') {
      neg = true;
      ++i;
      if (i == end || fmt_[i] < '0' || fmt_[i] > '9') return std::string_view::npos;
    }
    std::int64_t v = 0;
    while (i < end && fmt_[i] >= '0' && fmt_[i] <= '9') {
      v = v * 10 + (fmt_[i] - '0');
      if (v > kMaxFormatInt) return std::string_view::npos;
      ++i;
    }
    if (i == end) return std::string_view::npos;  // OCaml reads past the digits
    value = neg ? -v : v;
    return i;
  }

  static bool starts_int(char c) { return (c >= '0' && c <= '9') || c == '-'; }

  // "@;" with an optional "<width offset>" or "<width>"; on any failure it is
  // a plain "@;" (width 1, offset 0) and parsing resumes right after it.
  std::size_t good_break(std::size_t i, std::size_t end, int& width, int& offset) const {
    width = 1;
    offset = 0;
    if (i == end || fmt_[i] != '<') return i;
    std::size_t p = spaces(i + 1, end);
    if (p == std::string_view::npos || !starts_int(fmt_[p])) return i;
    std::int64_t w = 0;
    p = integer(p, end, w);
    if (p == std::string_view::npos) return i;
    p = spaces(p, end);
    if (p == std::string_view::npos) return i;
    if (fmt_[p] == '>') {
      width = static_cast<int>(w);
      return p + 1;
    }
    if (!starts_int(fmt_[p])) return i;
    std::int64_t o = 0;
    p = integer(p, end, o);
    if (p == std::string_view::npos) return i;
    p = spaces(p, end);
    if (p == std::string_view::npos || fmt_[p] != '>') return i;
    width = static_cast<int>(w);
    offset = static_cast<int>(o);
    return p + 1;
  }

  // "@<n>"; npos if it is not one (then "@<" prints literally).
  std::size_t magic_size(std::size_t i, std::size_t end, std::int64_t& size) const {
    std::size_t p = spaces(i, end);
    if (p == std::string_view::npos || !starts_int(fmt_[p])) return std::string_view::npos;
    p = integer(p, end, size);
    if (p == std::string_view::npos) return p;
    p = spaces(p, end);
    if (p == std::string_view::npos || fmt_[p] != '>') return std::string_view::npos;
    return p + 1;
  }

  // A '%' conversion starting at fmt_[pct].
  template <class Text, class Other>
  std::size_t conversion(Formatter* ppf, std::size_t pct, std::size_t end, Text& text,
                         Other& other) {
    std::size_t i = pct + 1;
    auto at_end = [&]() {
      if (i >= end) bad_format(fmt_, "unexpected end of format");
    };
    at_end();
    if (fmt_[i] == '_') bad_format(fmt_, "'%_' is not supported");
    bool minus = false, zero = false, plus = false, space = false;
    for (;; ++i) {
      at_end();
      char f = fmt_[i];
      bool* flag = f == '-'   ? &minus
                   : f == '0' ? &zero
                   : f == '+' ? &plus
                   : f == ' ' ? &space
                              : nullptr;
      if (f == '#') bad_format(fmt_, "'#' flag is not supported");
      if (flag == nullptr) break;
      if (*flag) bad_format(fmt_, std::string("duplicate flag ") + f);
      *flag = true;
    }
    std::optional<std::int64_t> width;
    if (fmt_[i] >= '0' && fmt_[i] <= '9') {
      std::int64_t w = 0;
      while (i < end && fmt_[i] >= '0' && fmt_[i] <= '9') {
        w = w * 10 + (fmt_[i] - '0');
        if (w > kMaxFormatInt) bad_format(fmt_, "integer too large");
        ++i;
      }
      width = w;
      at_end();
    } else if (fmt_[i] == '*') {
      bad_format(fmt_, "'*' padding is not supported");
    } else if (minus) {
      bad_format(fmt_, "'-' without padding");
    }
    if (fmt_[i] == '.') bad_format(fmt_, "precision is not supported");
    const char conv = fmt_[i];
    ++i;
    if (minus && zero) bad_format(fmt_, "incompatible flags '-' and '0'");
    Pad pad = minus ? Pad::kLeft : zero ? Pad::kZeros : Pad::kRight;
    const bool any_flag = minus || zero || plus || space || width.has_value();
    auto no_flags = [&]() {
      if (any_flag) bad_format(fmt_, std::string("flags or padding with %") + conv);
    };
    auto only_padding = [&]() {
      if (plus || space) bad_format(fmt_, std::string("'+' or ' ' with %") + conv);
      if (zero && width) bad_format(fmt_, std::string("'0' with %") + conv);
    };
    auto padded = [&](std::string s) { return width ? fix_padding(pad, *width, std::move(s)) : s; };
    switch (conv) {
      case ',':
        no_flags();
        break;  // no output, and does not separate "@<n>" from what follows
      case '%':
        no_flags();
        text("%");
        break;
      case '@':
        no_flags();
        text("@");
        break;
      case '!':
        no_flags();
        if (!validate_) ppf->print_flush();
        other();
        break;
      case 's':
      case 'S': {
        only_padding();
        const Arg& a = take_arg(Arg::Kind::kString, conv);
        if (validate_) break;
        if (conv == 's') {
          if (width) {
            text(padded(std::string(a.str())));
          } else {
            text(a.str());
          }
        } else {
          std::string q = "\"";
          for (char ch : a.str()) AppendOcamlEscaped(q, static_cast<unsigned char>(ch), true);
          q += '"';
          text(padded(std::move(q)));
        }
        break;
      }
      case 'd':
      case 'i': {
        if (plus && space) bad_format(fmt_, "incompatible flags '+' and ' '");
        const Arg& a = take_arg(Arg::Kind::kInt, conv);
        if (validate_) break;
        std::string s = std::to_string(a.integer());
        if (a.integer() >= 0 && (plus || space)) s.insert(s.begin(), plus ? '+' : ' ');
        text(padded(std::move(s)));
        break;
      }
      case 'c': {
        // OCaml reads "%0c" as a scanning conversion and rejects other widths.
        no_flags();
        const Arg& a = take_arg(Arg::Kind::kChar, conv);
        if (validate_) break;
        char ch = static_cast<char>(a.integer());
        text(std::string_view(&ch, 1));
        break;
      }
      case 'C': {
        no_flags();
        const Arg& a = take_arg(Arg::Kind::kChar, conv);
        if (validate_) break;
        std::string q = "'";
        AppendOcamlEscaped(q, static_cast<unsigned char>(a.integer()), false);
        q += '\'';
        text(q);
        break;
      }
      case 'b':
      case 'B': {
        only_padding();
        const Arg& a = take_arg(Arg::Kind::kBool, conv);
        if (validate_) break;
        text(padded(a.integer() != 0 ? "true" : "false"));
        break;
      }
      case 'a':
      case 't': {
        no_flags();
        const Arg& a = take_arg(Arg::Kind::kCallback, conv);
        if (!validate_) a.call(*ppf);
        other();
        break;
      }
      default:
        bad_format(fmt_, std::string("unsupported conversion %") + conv);
    }
    return i;
  }

  std::string_view fmt_;
  std::span<const Arg> args_;
  bool validate_;
  std::size_t next_arg_ = 0;
};

void Formatter::vprintf(std::string_view format, std::span<const Arg> args) {
  {
    Interp check(format, args, /*validate=*/true);
    check.run(nullptr, 0, format.size());
    if (check.args_used() != args.size()) {
      throw FormatError("printf: too many arguments for \"" + std::string(format) + "\"");
    }
  }
  Interp interp(format, args, /*validate=*/false);
  interp.run(this, 0, format.size());
}

}  // namespace mlhint::fmt
