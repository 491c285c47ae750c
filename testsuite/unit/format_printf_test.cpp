// Tests for mlhint::fmt (support/format.h), the C++ re-implementation of
// OCaml 4.13's Format engine.
//
// Every expected string in this file was recorded from OCaml 4.13.1 running
// the same sequence of Format calls on `Format.formatter_of_buffer`, followed
// by `pp_print_flush` (the generator scripts live outside the repository, in
// /work/scratch/format/).  The data file format_cases/random.txt holds random
// call sequences in a small op language together with the output OCaml
// produced for each of them.//
// This file: printf-style formats, the layout of a type error's report, and
// inputs of a size that must not recurse or take quadratic time.

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <string_view>

#include "format_render.h"
#include "support/format.h"

namespace mlhint::fmt {
namespace {

TEST(FormatPrintf, LiteralTextIsPlain) {
  // A literal '\n' in a format is an ordinary 1-byte character and literal
  // spaces are not break hints.
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.printf("@[<hov 2>line one\nline two is long enough@ x y@ z@]");
            }),
            "line one\nline two is long enough\n  x y z");
}

TEST(FormatPrintf, Conversions) {
  auto angle = [](std::string_view s) { return [s](Formatter& p) { p.printf("<%s>", s); }; };
  EXPECT_EQ(render([&](Formatter& p) {
              p.printf("[%s|%d|%i|%c|%C|%S|%b|%B|%%|%@|%,|@@|@%%]@.", "str", -42, 7, 'c', '\'',
                       "a\"b\n\xc3\xa9", true, false);
              p.printf("[%5d|%-5d|%05d|%+d|% d|%+05d|%8s|%-8s|%10S|%0s]@.", 42, 42, -42, 3, 3, -3,
                       "ab", "ab", "q", "z");
              p.printf("[%a|%t]@.", angle("arg"), [](Formatter& q) { q.print_string("t"); });
              p.printf("@[<v %d>a@ b@]@.", 3);
              p.printf("@{<%s>tagged@}@.", "tagname");
              p.printf("@[<hov 0>@<3>%s@<1>abc@<2>%d@<0>@@@ %s@]@.", "xxxxxx", 12345, "y");
              p.printf("odd:@x@<a@;<1 x@[<q@ end@");
            }),
            "[str|-42|7|c|'\\''|\"a\\\"b\\n\\195\\169\"|true|false|%|@||@|%]\n[   42|42   "
            "|-0042|+3| 3|-0003|      ab|ab      |       \"q\"|z]\n[<arg>|t]\na\n   "
            "b\ntagged\nxxxxxxabc12345@ y\nodd:@x@<a\n<1 x<q end@");
}

TEST(FormatPrintf, Errors) {
  std::string out;
  Formatter p(out);
  EXPECT_THROW(p.printf("%d"), FormatError);            // missing argument
  EXPECT_THROW(p.printf("%d", "x"), FormatError);       // wrong kind
  EXPECT_THROW(p.printf("%s", "x", 1), FormatError);    // too many
  EXPECT_THROW(p.printf("abc%"), FormatError);          // truncated
  EXPECT_THROW(p.printf("%f", 1), FormatError);         // unsupported
  EXPECT_THROW(p.printf("@[<foo 2>x@]"), FormatError);  // invalid box
  EXPECT_THROW(p.printf("%-s", "x"), FormatError);      // '-' without width
  EXPECT_THROW(p.printf("@[<%s>x@]", "hov x"), FormatError);
  p.print_flush();
  EXPECT_EQ(out, "");  // nothing was printed by the rejected calls
}

TEST(FormatFlush, CallbackSink) {
  std::vector<std::string> pieces;
  int flushes = 0;
  {
    Formatter p([&](std::string_view s) { pieces.emplace_back(s); }, [&] { ++flushes; });
    p.set_margin(10);
    p.printf("@[<v 2>ab@ cd@]@.");
    p.printf("x@?");
  }
  std::string joined;
  for (const auto& s : pieces) joined += s;
  EXPECT_EQ(joined, "ab\n  cd\nx");
  EXPECT_EQ(flushes, 2);
}

TEST(FormatPrintf, Asprintf) {
  EXPECT_EQ(asprintf("@[<hov 2>%s@ %d@]", "x", 1), "x 1");
}

// The shape of OCaml's error report (Location.batch_mode_printer):
//   "@[<v>%a%a%a: %a%a%a%a@]@." with pp_open_tbox, the location as
//   "@[<v>%s:@ %s@]", "@{<error>Error@}", pp_set_tab, the message in "@[%t@]",
//   no sub-messages, pp_close_tbox.
void report(Formatter& p, std::string_view quote, std::string_view ty1, std::string_view ty2) {
  p.printf(
      "@[<v>%t%t%t: %t%t@]@.", [](Formatter& q) { q.open_tbox(); },
      [&](Formatter& q) {
        q.printf("@[<v>%s:@ %s@]", "File \"a.ml\", line 1, characters 8-9", quote);
      },
      [](Formatter& q) { q.printf("@{<error>Error@}"); },
      [&](Formatter& q) {
        q.set_tab();
        q.printf("@[%t@]", [&](Formatter& r) {
          r.printf(
              "@[This expression has type@ @[%s@]@ but an expression was expected of type@ "
              "@[%s@]@]",
              ty1, ty2);
        });
      },
      [](Formatter& q) { q.close_tbox(); });
}

constexpr std::string_view kLongTy1 =
    "(int * string) list -> (float, bool) Hashtbl.t -> unit option";
constexpr std::string_view kLongTy2 =
    "(string * int) list -> (float, char) Hashtbl.t -> int option";

TEST(FormatReport, TypeErrorShort) {
  EXPECT_EQ(render([](Formatter& p) { report(p, "", "int", "float"); }),
            "File \"a.ml\", line 1, characters 8-9:\nError: This expression has type int but an "
            "expression was expected of type\n       float\n");
}

TEST(FormatReport, TypeErrorLong) {
  EXPECT_EQ(render([](Formatter& p) { report(p, "", kLongTy1, kLongTy2); }),
            "File \"a.ml\", line 1, characters 8-9:\nError: This expression has type\n       (int "
            "* string) list -> (float, bool) Hashtbl.t -> unit option\n       but an expression "
            "was expected of type\n       (string * int) list -> (float, char) Hashtbl.t -> int "
            "option\n");
}

TEST(FormatReport, TypeErrorLongWithQuote) {
  EXPECT_EQ(render([](Formatter& p) { report(p, "1 | let x = f y", kLongTy1, "float"); }),
            "File \"a.ml\", line 1, characters 8-9:\n1 | let x = f yError: This expression has "
            "type\n                      (int * string) list -> (float, bool) Hashtbl.t -> unit "
            "option\n                      but an expression was expected of type float\n");
}

TEST(FormatReport, TypeErrorWithMarkedTags) {
  // Same as TypeErrorShort with colour-like markers (OCaml: pp_set_mark_tags
  // true and mark functions returning the escapes): identical layout.
  EXPECT_EQ(render([](Formatter& p) {
              StagFunctions f;
              f.mark_open = [](std::string_view) { return std::string("\033[1;31m"); };
              f.mark_close = [](std::string_view) { return std::string("\033[0m"); };
              p.set_stag_functions(std::move(f));
              report(p, "", "int", "float");
            }),
            "File \"a.ml\", line 1, characters 8-9:\n\033[1;31mError\033[0m: This expression has "
            "type int but an expression was expected of type\n       float\n");
}

TEST(FormatReport, TypeErrorHovTypes) {
  auto ty = [](Formatter& q) {
    q.printf("@[<hov 2>(int ->@ string ->@ float ->@ bool ->@ char ->@ unit)@ list@ option@]");
  };
  EXPECT_EQ(render([&](Formatter& p) {
              p.printf(
                  "@[<v>%t%t%t: %t%t@]@.", [](Formatter& q) { q.open_tbox(); },
                  [](Formatter& q) {
                    q.printf("@[<v>%s:@ %s@]", "File \"b.ml\", line 12, characters 20-34", "");
                  },
                  [](Formatter& q) { q.printf("@{<error>Error@}"); },
                  [&](Formatter& q) {
                    q.set_tab();
                    q.printf(
                        "@[@[This expression has type@ %t@]@ but an expression was expected "
                        "of type@ %t@]",
                        ty, ty);
                  },
                  [](Formatter& q) { q.close_tbox(); });
            }),
            "File \"b.ml\", line 12, characters 20-34:\nError: This expression has type\n       "
            "(int -> string -> float -> bool -> char -> unit) list option\n       but an "
            "expression was expected of type\n       (int -> string -> float -> bool -> char -> "
            "unit) list option\n");
}

// ---------------------------------------------------------------------------
// Scale: no recursion on input depth, linear time.

TEST(FormatScale, HugeToken) {
  // OCaml 4.13.1 check (huge.ml): the same calls give exactly these strings.
  std::string big(2 * 1024 * 1024, 'a');
  for (std::size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>('a' + i % 26);
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(render([&](Formatter& p) { p.printf("@[<hov 2>a@ %s@ b@]", big); }),
            "a\n  " + big + "\n  b");
  EXPECT_EQ(render([&](Formatter& p) { p.printf("@[<hov 2>aaa@ bbb@ %s@]", big); }),
            "aaa bbb\n  " + big);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(FormatScale, DeepNesting) {
  // Recorded from OCaml 4.13.1 (deep.ml): 3000 nested boxes of rotating kinds,
  // each holding its number and a space, then "]" and close_box 3000 times.
  // The output is 219318 bytes; we compare its length, a hash computed the
  // same way in OCaml, and its ends.
  std::string out = render([](Formatter& p) {
    for (int i = 1; i <= 3000; ++i) {
      switch (i % 4) {
        case 0:
          p.open_hovbox(1);
          break;
        case 1:
          p.open_box(2);
          break;
        case 2:
          p.open_hvbox(0);
          break;
        default:
          p.open_hovbox(3);
          break;
      }
      p.print_int(i);
      p.print_space();
    }
    for (int i = 0; i < 3000; ++i) {
      p.print_string("]");
      p.close_box();
    }
  });
  std::int64_t h = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    h = (h * 31 + static_cast<unsigned char>(out[i]) + static_cast<std::int64_t>(i)) % 1000000007;
  }
  EXPECT_EQ(out.size(), 219318u);
  EXPECT_EQ(h, 831263341);
  EXPECT_EQ(out.substr(0, 40), "1\n  2\n  3\n     4\n      5\n        6\n     ");
  EXPECT_EQ(out.substr(out.size() - 10), "]]]]]]]]]]");
}

TEST(FormatScale, VeryDeepNestingAndManyTokens) {
  // 200000 nested boxes and 400000 tokens: must neither recurse nor go
  // quadratic.
  auto start = std::chrono::steady_clock::now();
  std::string out = render([](Formatter& p) {
    for (int i = 0; i < 200000; ++i) {
      p.open_hovbox(i % 3);
      p.print_string("x");
      p.print_cut();
    }
    for (int i = 0; i < 200000; ++i) p.close_box();
  });
  EXPECT_GE(out.size(), 200000u);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

}  // namespace
}  // namespace mlhint::fmt
