// A C++ re-implementation of the pretty-printing engine of OCaml 4.13's
// Format module, plus an interpreter for Format-style format strings.
//
// mlhint's diagnostics must print byte-for-byte as OCaml 4.13.1 prints them,
// and OCaml lays its messages out with Format.  Rather than approximating the
// layout, this file reproduces Format's algorithm exactly: the same token
// queue, the same scan stack that computes box and break sizes lazily, the
// same integer arithmetic (including its quirks), and the same re-initialisation
// on flush.  Given the same sequence of calls, a Formatter writes the same bytes
// as a Format.formatter writing into a Buffer.
//
// Widths are counted in bytes, as OCaml does: a UTF-8 character counts as its
// byte length unless it is printed with print_as.
//
// Quick reference (OCaml name -> method):
//   pp_open_box / pp_open_hbox / pp_open_vbox / pp_open_hvbox / pp_open_hovbox
//     -> open_box / open_hbox / open_vbox / open_hvbox / open_hovbox
//   pp_close_box -> close_box, pp_print_string -> print_string, ...
//   Format.fprintf ppf "..." a b  ->  ppf.printf("...", a, b)
//   Format.asprintf "..." a b     ->  fmt::asprintf("...", a, b)
//
// Not thread-safe; a Formatter is a single-threaded object like OCaml's.

#ifndef MLHINT_SUPPORT_FORMAT_H_
#define MLHINT_SUPPORT_FORMAT_H_

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace mlhint::fmt {

class Formatter;

// The kinds of pretty-printing boxes.  kFits is internal to the engine (a box
// whose contents are known to fit on the line); it cannot be opened directly.
enum class BoxType : std::uint8_t {
  kH,     // "h":   never splits lines
  kV,     // "v":   every break hint splits the line
  kHV,    // "hv":  horizontal if everything fits, else vertical
  kHoV,   // "hov": packs as much as possible on each line
  kB,     // "b":   like hov, but also breaks when that moves text to the left
  kFits,  // internal
};

// Thrown for malformed format strings, arguments that do not match their
// conversion, and invalid geometry (all of them programmer errors).
class FormatError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

// Semantic-tag hooks (OCaml's formatter_stag_functions, restricted to string
// tags).  mark_open/mark_close return a marker that is written with zero width
// when the tag's position is reached in the output (only when mark tags are
// enabled).  print_open/print_close are called immediately when the tag is
// opened/closed (only when print tags are enabled).  Empty functions mean
// "no marker" / "do nothing".
struct StagFunctions {
  std::function<std::string(std::string_view)> mark_open;
  std::function<std::string(std::string_view)> mark_close;
  std::function<void(std::string_view)> print_open;
  std::function<void(std::string_view)> print_close;
};

// Parts of a custom break (Format.pp_print_custom_break): when the line is not
// split, `before`, `amount` spaces and `after` are printed; when it is split,
// `before` is printed at the end of the line, then the new line is indented by
// the box indentation plus `amount`, then `after` is printed.
struct BreakParts {
  std::string before;
  int amount = 0;
  std::string after;
};

// One argument of Formatter::printf.  Constructed implicitly from strings,
// integers, chars, bools, and callables taking `Formatter&` (for %a and %t).
// An Arg only refers to its value (strings and callables are not copied): it
// must not outlive the expression that created it, which is what happens when
// arguments are passed straight to printf/asprintf.
class Arg {
 public:
  enum class Kind : std::uint8_t { kString, kInt, kChar, kBool, kCallback };

  Arg(std::string_view s) : kind_(Kind::kString), str_(s) {}                // NOLINT
  Arg(const char* s) : kind_(Kind::kString), str_(s) {}                     // NOLINT
  Arg(const std::string& s) : kind_(Kind::kString), str_(s) {}              // NOLINT
  Arg(char c) : kind_(Kind::kChar), int_(static_cast<unsigned char>(c)) {}  // NOLINT
  Arg(bool b) : kind_(Kind::kBool), int_(b ? 1 : 0) {}                      // NOLINT
  template <std::integral T>
  requires(!std::same_as<T, char> && !std::same_as<T, bool>) Arg(T v)
      : kind_(Kind::kInt), int_(static_cast<std::int64_t>(v)) {}  // NOLINT
  // Other pointers would silently become bools; null strings are errors.
  template <class T>
  requires(!std::same_as<std::remove_cv_t<T>, char>) Arg(T*)
  = delete;
  Arg(std::nullptr_t) = delete;
  template <class F>
  requires(std::invocable<F&, Formatter&> && !std::convertible_to<F, std::string_view>)
      Arg(F&& f)  // NOLINT
      : kind_(Kind::kCallback),
        obj_(const_cast<void*>(static_cast<const void*>(std::addressof(f)))),
        thunk_(
            [](void* o, Formatter& ppf) { (*static_cast<std::remove_reference_t<F>*>(o))(ppf); }) {}

  Kind kind() const { return kind_; }
  std::string_view str() const { return str_; }
  std::int64_t integer() const { return int_; }
  void call(Formatter& ppf) const { thunk_(obj_, ppf); }

 private:
  Kind kind_;
  std::string_view str_;
  std::int64_t int_ = 0;
  void* obj_ = nullptr;
  void (*thunk_)(void*, Formatter&) = nullptr;
};

class Formatter {
 public:
  using OutputFn = std::function<void(std::string_view)>;

  // Appends everything to `out` (which must outlive the formatter).
  explicit Formatter(std::string& out);
  // Passes every piece of output to `out`; `flush` (optional) is called on
  // print_flush/print_newline, like OCaml's out_flush.
  explicit Formatter(OutputFn out, std::function<void()> flush = {});
  Formatter(const Formatter&) = delete;
  Formatter& operator=(const Formatter&) = delete;
  ~Formatter();

  // ---- Boxes.  `indent` is added to the box's indentation on line splits.
  void open_box(int indent = 0);  // "b" box (Pp_box)
  void open_hbox();
  void open_vbox(int indent = 0);
  void open_hvbox(int indent = 0);
  void open_hovbox(int indent = 0);
  void open_box_gen(int indent, BoxType type);  // type must not be kFits
  void close_box();

  // ---- Text.  print_as prints `s` as if it were `width` bytes wide.
  void print_string(std::string_view s);
  void print_as(int width, std::string_view s);
  void print_char(char c);
  void print_int(std::int64_t i);
  void print_bool(bool b);
  // Format.pp_print_text: spaces become print_space, '\n' force_newline.
  void print_text(std::string_view s);

  // ---- Break hints.
  void print_break(int nspaces, int offset);
  void print_custom_break(const BreakParts& fits, const BreakParts& breaks);
  void print_space() { print_break(1, 0); }
  void print_cut() { print_break(0, 0); }
  void force_newline();
  // The next token is printed only if the line has just been split.
  void print_if_newline();

  // ---- Flushing.  Both close every open box and tag, output everything
  // pending and re-initialise the engine: afterwards the engine believes it is
  // at column 0 even when the real cursor is not (OCaml does the same, and its
  // error reporter relies on it).  print_newline also outputs '\n' first.
  void print_flush();
  void print_newline();

  // ---- Tabulation boxes.
  void open_tbox();
  void close_tbox();
  void set_tab();
  void print_tab() { print_tbreak(0, 0); }
  void print_tbreak(int width, int offset);

  // ---- Geometry, with OCaml's exact rules (invalid values are ignored).
  // Note that, as in OCaml, a successful change re-initialises the engine and
  // drops any output still pending in it: call these before printing.
  void set_margin(int n);
  int margin() const { return static_cast<int>(margin_); }
  void set_max_indent(int n);
  int max_indent() const { return static_cast<int>(max_indent_); }
  // Throws FormatError unless 2 <= max_indent < margin.
  void set_geometry(int max_indent, int margin);
  // Same as set_geometry, but silently ignores invalid values.
  void safe_set_geometry(int max_indent, int margin);
  // Boxes nested at depth >= max_boxes are not opened and their material is
  // replaced by the ellipsis text (default ".").  Values <= 1 are ignored.
  void set_max_boxes(int n);
  int max_boxes() const;
  bool over_max_boxes() const { return curr_depth_ == max_boxes_; }
  void set_ellipsis_text(std::string s) { ellipsis_ = std::move(s); }

  // ---- Semantic tags (string tags only).
  //
  // Defaults: mark tags ON with empty markers, print tags OFF.  This mirrors
  // the formatters the OCaml compiler reports errors on (Misc.Color.setup turns
  // mark tags on; markers are empty when colours are off), so tags never change
  // the output unless markers are installed.  (OCaml's stdlib default is mark
  // tags OFF; the difference is only observable with print_if_newline, because
  // a tag marker is a token of its own in the queue.)
  void open_stag(std::string_view name);
  void close_stag();
  void set_tags(bool b) {
    print_tags_ = b;
    mark_tags_ = b;
  }
  void set_print_tags(bool b) { print_tags_ = b; }
  void set_mark_tags(bool b) { mark_tags_ = b; }
  bool print_tags() const { return print_tags_; }
  bool mark_tags() const { return mark_tags_; }
  void set_stag_functions(StagFunctions f) { stag_ = std::move(f); }
  const StagFunctions& stag_functions() const { return stag_; }

  // ---- printf-like interpreter (Format.fprintf).
  //
  // Format syntax, as CamlinternalFormat parses it:
  //   @[ @[<hov n> @[<hv n> @[<v n> @[<h> @[<b n> @[<n>   open a box (the spec
  //       may contain conversions, e.g. "@[<v %d>"; plain "@[" is a "b" box)
  //   @]  close box         @{<tag> / @}  open / close a semantic tag
  //   @   (at-space) space break        @, cut           @; or @;<n m> break
  //   @\n force newline    @. print_newline   @? print_flush
  //   @<n> the next literal/%s/%d/%c is printed as if n bytes wide
  //   @@ '@'   @%% '%'   any other @c prints "@c"; '@' at the end prints '@'
  //   %s %S %d %i %c %C %b %B (flags '-', '0', '+', ' ' and a width allowed
  //   where OCaml allows them), %a %t (a callable taking Formatter&; unlike
  //   OCaml, %a takes a single argument: capture the value in the callable),
  //   %% '%', %@ '@', %! flush, %, nothing.
  // Literal text is printed as plain text, exactly as OCaml does: spaces are
  // not break hints, and a literal '\n' is an ordinary 1-byte character (the
  // engine does not know the line changed).  Use "@ " and "@\n" instead.
  //
  // Throws FormatError for malformed formats and for argument count/type
  // mismatches; those are detected before anything is printed, except for
  // box specs computed from arguments (checked when reached, as OCaml does).
  template <class... Ts>
  void printf(std::string_view format, Ts&&... args) {
    if constexpr (sizeof...(Ts) == 0) {
      vprintf(format, {});
    } else {
      const Arg arr[] = {Arg(args)...};
      vprintf(format, std::span<const Arg>(arr));
    }
  }
  void vprintf(std::string_view format, std::span<const Arg> args);

 private:
  // Token kinds (OCaml's pp_token constructors).
  enum class TokKind : std::uint8_t {
    kText,       // text (payload: text)
    kBreak,      // break hint (n1 = fits width, n2 = breaks offset)
    kTBreak,     // tabulation break (n1 = width, n2 = offset)
    kSetTab,     // set a tabulation stop
    kBegin,      // open a box (n1 = indent, box)
    kEnd,        // close a box
    kTBegin,     // open a tabulation box
    kTEnd,       // close a tabulation box
    kNewline,    // forced newline
    kIfNewline,  // skip the next token unless the line was just split
    kOpenTag,    // tag marker (payload: tag name)
    kCloseTag,
  };
  // An element of the token queue.
  struct Elem {
    Elem(std::int64_t sz, std::int64_t len, TokKind k) : size(sz), length(len), kind(k) {}
    std::int64_t size;    // negative (unknown) until set_size resolves it
    std::int64_t length;  // width contributed to right_total_
    TokKind kind;
    BoxType box = BoxType::kH;
    std::int64_t n1 = 0;
    std::int64_t n2 = 0;
    std::string text;
    // Only for custom breaks: the parts of the fits and breaks variants.
    std::unique_ptr<std::pair<BreakParts, BreakParts>> parts;
  };
  // An entry of the scan stack: an enqueued break or box opening whose size
  // is still unresolved.  OCaml points to the queue element itself, which the
  // GC keeps alive after it has been printed; here elements are identified by
  // a sequence number, and a resolution for an element that has already left
  // the queue is dropped (nothing can read it any more).
  struct ScanElem {
    std::int64_t left_total;
    std::int64_t seq;
    TokKind kind;  // kText for the bottom sentinel, else kBreak/kTBreak/kBegin
  };
  struct FormatElem {
    BoxType type;
    std::int64_t width;
  };
  class Interp;
  friend class Interp;

  void init_common();
  // Output primitives (OCaml's out_string/out_newline/out_spaces/out_indent).
  void out_string(std::string_view s);
  void out_newline() { out_string("\n"); }
  void out_blanks(std::int64_t n);
  // Engine internals, named after their OCaml counterparts.
  void enqueue(Elem&& e);
  void advance_left();
  void enqueue_advance(Elem&& e);
  void enqueue_string_as(std::int64_t size, std::string_view s);
  void format_token(Elem& e, std::int64_t size);
  void format_text(std::int64_t size, std::string_view s);
  void format_string(std::string_view s);
  void break_new_line(std::string_view before, std::int64_t offset, std::string_view after,
                      std::int64_t width);
  void break_line(std::int64_t width) { break_new_line({}, 0, {}, width); }
  void break_same_line(std::string_view before, std::int64_t width, std::string_view after);
  void force_break_line();
  void skip_token();
  void init_scan_stack();
  void set_size(bool for_break);
  void scan_push(bool for_break, Elem&& e);
  void clear_queue();
  void rinit();
  void flush_queue(bool newline);
  void set_min_space_left(std::int64_t n);
  void print_as_size(std::int64_t size, std::string_view s);

  // Output sink.
  std::string* out_buf_ = nullptr;
  OutputFn out_fn_;
  std::function<void()> out_flush_;

  // Engine state (see the fields of OCaml's `formatter` record).
  std::deque<Elem> queue_;
  std::int64_t queue_head_seq_ = 0;  // sequence number of queue_.front()
  std::vector<ScanElem> scan_stack_;
  std::vector<FormatElem> format_stack_;
  std::vector<std::multiset<std::int64_t>> tbox_stack_;
  std::vector<std::string> tag_stack_;
  std::vector<std::string> mark_stack_;
  std::int64_t margin_ = 78;
  std::int64_t min_space_left_ = 10;
  std::int64_t max_indent_ = 68;
  std::int64_t space_left_ = 78;
  std::int64_t current_indent_ = 0;
  bool is_new_line_ = true;
  std::int64_t left_total_ = 1;
  std::int64_t right_total_ = 1;
  std::int64_t curr_depth_ = 0;
  std::int64_t max_boxes_;
  std::string ellipsis_ = ".";
  bool print_tags_ = false;
  bool mark_tags_ = true;
  StagFunctions stag_;
};

// Format.asprintf: formats into a fresh formatter (default geometry), flushes
// it and returns the text.
template <class... Ts>
std::string asprintf(std::string_view format, Ts&&... args) {
  std::string out;
  {
    Formatter ppf(out);
    ppf.printf(format, std::forward<Ts>(args)...);
    ppf.print_flush();
  }
  return out;
}

}  // namespace mlhint::fmt

#endif  // MLHINT_SUPPORT_FORMAT_H_
