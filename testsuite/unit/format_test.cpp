// Tests for mlhint::fmt (support/format.h), the C++ re-implementation of
// OCaml 4.13's Format engine.
//
// Every expected string in this file was recorded from OCaml 4.13.1 running
// the same sequence of Format calls on `Format.formatter_of_buffer`, followed
// by `pp_print_flush` (the generator scripts live outside the repository, in
// /work/scratch/format/).  The data file format_cases/random.txt holds random
// call sequences in a small op language together with the output OCaml
// produced for each of them.//
// This file: boxes, breaks, tabulations, tags and the geometry, in named
// scenarios.

#include <gtest/gtest.h>

#include <string>

#include "format_render.h"
#include "support/format.h"

namespace mlhint::fmt {
namespace {

// ---------------------------------------------------------------------------
// Named scenarios.  Each expected string was recorded from OCaml 4.13.1 running
// the same Format calls (the OCaml code is quoted in the comment when the C++
// is not an obvious transliteration).

const char* const kWords[] = {"alpha", "beta", "gamma", "delta", "epsilon",
                              "zeta",  "eta",  "theta", "iota",  "kappa"};

void words_sep(Formatter& ppf) {
  bool first = true;
  for (const char* w : kWords) {
    if (!first) ppf.print_space();
    first = false;
    ppf.print_string(w);
  }
}

TEST(FormatBoxes, HBoxOverflow) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.open_hbox();
              words_sep(p);
              p.close_box();
            }),
            "alpha beta gamma delta epsilon zeta eta theta iota kappa");
}

TEST(FormatBoxes, VBox) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.open_vbox(2);
              p.print_string("head");
              words_sep(p);
              p.close_box();
            }),
            "headalpha\n  beta\n  gamma\n  delta\n  epsilon\n  zeta\n  eta\n  theta\n  iota\n  "
            "kappa");
}

TEST(FormatBoxes, HVBoxFits) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(40);
              p.printf("@[<hv 2>let x =@ 1@ in x@]");
            }),
            "let x = 1 in x");
}

TEST(FormatBoxes, HVBoxOverflow) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.open_hvbox(2);
              words_sep(p);
              p.close_box();
            }),
            "alpha\n  beta\n  gamma\n  delta\n  epsilon\n  zeta\n  eta\n  theta\n  iota\n  kappa");
}

TEST(FormatBoxes, HovBoxOverflow) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.open_hovbox(2);
              words_sep(p);
              p.close_box();
            }),
            "alpha beta gamma\n  delta epsilon\n  zeta eta theta\n  iota kappa");
}

TEST(FormatBoxes, BBoxOverflow) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.open_box(2);
              words_sep(p);
              p.close_box();
            }),
            "alpha beta gamma\n  delta epsilon\n  zeta eta theta\n  iota kappa");
}

TEST(FormatBoxes, BBoxBreaksWhenMovingLeft) {
  // A "b" box splits "c" onto its own line because staying would leave it
  // right of where a split would put it; the hov box keeps it.
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(30);
              p.printf("@[<b 2>xx@ @[<b 2>aaaaaaaa@ bbbbbbbbbbbbbbbbbbbbbb@]@ c@]@.");
              p.printf("@[<hov 2>xx@ @[<hov 2>aaaaaaaa@ bbbbbbbbbbbbbbbbbbbbbb@]@ c@]");
            }),
            "xx\n  aaaaaaaa\n    bbbbbbbbbbbbbbbbbbbbbb\n  c\nxx\n  aaaaaaaa\n    "
            "bbbbbbbbbbbbbbbbbbbbbb c");
}

TEST(FormatBoxes, NestedBoxes) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(30);
              p.printf(
                  "@[<v 2>module M = struct@ @[<hov 2>let f x =@ @[<hv 2>match x with@ | A -> "
                  "1@ | B -> 2@]@]@ @[<hov 2>let g =@ f@ A@]@]@ end");
            }),
            "module M = struct\n  let f x =\n    match x with\n      | A -> 1\n      | B -> 2\n  "
            "let g = f A\nend");
}

TEST(FormatBoxes, BoxSpecs) {
  const char* const formats[] = {"@[<hov 2>aaaa@ bbbb@ cccc@ dddd@]",
                                 "@[<hv 2>aaaa@ bbbb@ cccc@ dddd@]",
                                 "@[<v 2>aaaa@ bbbb@]",
                                 "@[<h>aaaa@ bbbb@ cccc@ dddd@]",
                                 "@[<b 2>aaaa@ bbbb@ cccc@ dddd@]",
                                 "@[<3>aaaa@ bbbb@ cccc@ dddd@]",
                                 "@[aaaa@ bbbb@ cccc@ dddd@]",
                                 "@[< hv  1 >aaaa@ bbbb@ cc@]",
                                 "@[<v -1>aaaa@ bbbb@]"};
  EXPECT_EQ(render([&](Formatter& p) {
              p.set_margin(12);
              for (const char* f : formats) {
                p.printf(f);
                p.print_newline();
              }
            }),
            "aaaa bbbb\n  cccc dddd\naaaa\n  bbbb\n  cccc\n  dddd\naaaa\n  bbbb\naaaa bbbb cccc "
            "dddd\naaaa bbbb\n  cccc dddd\naaaa bbbb\n   cccc\n   dddd\naaaa bbbb\ncccc "
            "dddd\naaaa\n bbbb\n cc\naaaa\nbbbb\n");
}

TEST(FormatBoxes, MaxIndentExceeded) {
  // A box opened beyond max_indent (68) splits the enclosing box first.
  EXPECT_EQ(render([](Formatter& p) {
              p.print_string(std::string(70, 'x'));
              p.printf("@[<hov 2>open@ box@ here@]@ @[<v 4>a@ b@]");
            }),
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nopen box "
            "here\na\n    b");
}

TEST(FormatBoxes, MaxIndentClampsIndentation) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(40);
              p.set_max_indent(12);
              p.printf("@[<v 20>aaaa@ bbbb@ @[<v 30>cccc@ dddd@]@]");
            }),
            "aaaa\n            bbbb\n            cccc\n            dddd");
}

TEST(FormatBoxes, MaxIndentBoxRejectedLeft) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(30);
              p.set_max_indent(15);
              p.printf("@[<hov 2>some text here %s@[<hov 0>x@ y@ zzzzzzzz@]@]", "0123456789");
            }),
            "some text here 0123456789\n  x y zzzzzzzz");
}

TEST(FormatBoxes, MaxBoxesEllipsis) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_max_boxes(3);
              p.printf("@[a@[b@[c@[d@]e@]f@]g@]");
            }),
            "a.g");
}

TEST(FormatBreaks, BreakOffsets) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.printf("@[<v 2>a@;<1 4>b@;<3 -2>c@;<0 0>d@]@.");
              p.printf("@[<hov 2>x@;<3 0>y@;<0 5>z@;<2>w@]@.");
              p.printf("@[<hov 2>aaaaaaaaaa@;<3 6>bbbbbbbbbb@;<1 -1>cccccccccc@]");
            }),
            "a\n      b\nc\n  d\nx   yz  w\naaaaaaaaaa\n        bbbbbbbbbb\n cccccccccc");
}

TEST(FormatBreaks, ForceNewlineInHov) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.printf("@[<hov 2>aaa@\nbbb ccc@ ddd@ eee@ fff@ ggg@\nhhh@]");
            }),
            "aaa\n  bbb ccc ddd eee\n  fff ggg\n  hhh");
}

TEST(FormatBreaks, IfNewline) {
  // OCaml: pp_print_space; pp_print_if_newline; pp_print_string "| "; ...
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(12);
              p.open_hovbox(0);
              p.print_string("x");
              for (const char* s : {"aaa", "bbb", "ccc", "ddd"}) {
                p.print_space();
                p.print_if_newline();
                p.print_string("| ");
                p.print_string(s);
              }
              p.close_box();
            }),
            "x aaa\n| bbb\n| ccc\n| ddd");
}

TEST(FormatBreaks, CustomBreak) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.open_hvbox(0);
              p.print_string("{");
              for (const char* s : {"aaaa", "bbbb", "cccc"}) {
                p.print_custom_break({"", 1, ""}, {";", 2, ""});
                p.print_string(s);
              }
              p.print_custom_break({"", 1, ""}, {";", 0, ""});
              p.print_string("}");
              p.close_box();
            }),
            "{ aaaa bbbb cccc }");
}

TEST(FormatBreaks, PrintText) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.open_box(0);
              p.print_text("the quick brown fox  jumps over\nthe lazy dog again and again");
              p.close_box();
            }),
            "the quick brown fox\n jumps over\nthe lazy dog again\nand again");
}

TEST(FormatFlush, FlushThenForcedNewline) {
  // After "@?" the engine is back at "column 0" although the cursor is not:
  // the forced newline then starts "def" at column 0, not at the box indent.
  EXPECT_EQ(render([](Formatter& p) {
              p.printf("@[<v 2>@[<v>%s:@ %s@]Error: abc@?@\ndef@ ghi@]@.", "File \"a.ml\"",
                       "quote");
              p.printf("@[<hov 4>xxxxx@ yyy@?@\nzzz@]");
            }),
            "File \"a.ml\":\nquoteError: abc\ndef\nghi\nxxxxx yyy\nzzz");
}

TEST(FormatFlush, PrintNewline) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.printf("@[<hov 2>a@ b@.c@ d@]");
              p.open_vbox(3);
              p.print_string("p");
              p.print_newline();
              p.print_string("q");
              p.print_space();
              p.print_string("r");
              p.close_box();
            }),
            "a b\nc\ndp\nq\nr");
}

TEST(FormatFlush, EmptyOutput) {
  EXPECT_EQ(render([](Formatter&) {}), "");
}

TEST(FormatTabs, TabBoxes) {
  EXPECT_EQ(render([](Formatter& p) {
              p.open_tbox();
              p.print_string("name");
              p.set_tab();
              p.print_string("  ");
              p.set_tab();
              p.print_string("type");
              p.set_tab();
              p.print_string("   ");
              p.set_tab();
              p.print_string("doc");
              p.force_newline();
              const char* const rows[][3] = {{"x", "int", "an int"},
                                             {"yy", "string", "text"},
                                             {"zzzzzzz", "float list", "long name"}};
              for (const auto& r : rows) {
                p.print_string(r[0]);
                p.print_tab();
                p.print_tab();
                p.print_string(r[1]);
                p.print_tab();
                p.print_tab();
                p.print_string(r[2]);
                p.force_newline();
              }
              p.print_tbreak(2, 4);
              p.print_string("end");
              p.close_tbox();
            }),
            "name  type   doc\nx   int   an int\nyy  stringtext\nzzzzzzz   float list\n    long "
            "name\n      end");
}

TEST(FormatTabs, TabBoxWrap) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.open_tbox();
              p.print_string("ab");
              p.set_tab();
              p.print_string("cdef");
              p.set_tab();
              p.print_string("g");
              p.print_tab();
              p.print_string("h");
              p.print_tbreak(1, 3);
              p.print_string("i");
              p.print_tbreak(0, 2);
              p.print_string("j");
              p.close_tbox();
            }),
            "abcdefg\n  h    i\n    j");
}

TEST(FormatTags, MarksHaveZeroWidth) {
  // OCaml: pp_set_mark_tags true; mark_open_stag = "\027[" ^ s ^ "m";
  // mark_close_stag = "\027[0m".  Same line breaks as without marks.
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.set_mark_tags(true);
              StagFunctions f;
              f.mark_open = [](std::string_view s) { return "\033[" + std::string(s) + "m"; };
              f.mark_close = [](std::string_view) { return std::string("\033[0m"); };
              p.set_stag_functions(std::move(f));
              p.printf("@[<hov 2>@{<1>aaaa@}@ bbbb@ @{<31>cccc@ dddd@}@ eeee@ ffff@]");
            }),
            "\033[1maaaa\033[0m bbbb \033[31mcccc dddd\033[0m\n  eeee ffff");
}

TEST(FormatTags, DefaultPrintsNoMarks) {
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(20);
              p.printf("@[<hov 2>@{<1>aaaa@}@ bbbb@ @{<31>cccc@ dddd@}@ eeee@ ffff@]");
            }),
            "aaaa bbbb cccc dddd\n  eeee ffff");
}

TEST(FormatTags, ClosedByFlushOnlyWhenPrintTags) {
  // OCaml: pp_set_tags true (default "<t>" marks); later pp_set_print_tags
  // false, so the flush no longer closes (and marks) the open tag.
  std::vector<std::string> printed;
  EXPECT_EQ(render([&](Formatter& p) {
              StagFunctions f = angle_marks();
              f.print_open = [&](std::string_view s) { printed.push_back("+" + std::string(s)); };
              f.print_close = [&](std::string_view s) { printed.push_back("-" + std::string(s)); };
              p.set_stag_functions(std::move(f));
              p.set_tags(true);
              p.printf("@{<a>x@{<b>y@?z@}@}");
              p.set_print_tags(false);
              p.printf("@{<c>w@?v@}");
            }),
            "<a>x<b>y</b></a>z<c>wv");
  EXPECT_EQ(printed, (std::vector<std::string>{"+a", "+b", "-b", "-a"}));
}

TEST(FormatGeometry, SetMarginAndMaxIndentRules) {
  // OCaml: show () = fprintf ppf "%d/%d @?" margin max_indent, between the
  // same pp_set_margin / pp_set_max_indent / geometry calls.
  EXPECT_EQ(render([](Formatter& p) {
              auto show = [&] { p.printf("%d/%d @?", p.margin(), p.max_indent()); };
              show();
              p.set_margin(10);
              show();
              p.set_margin(100);
              show();
              p.set_max_indent(200);
              show();
              p.set_max_indent(1);
              show();
              p.set_max_indent(99);
              show();
              p.set_margin(50);
              show();
              p.set_margin(0);
              show();
              p.set_margin(3);
              show();
              p.set_margin(1);
              show();
              p.set_margin(2000000000);
              show();
              p.safe_set_geometry(5, 5);
              show();
              p.set_geometry(30, 60);
              show();
            }),
            "78/68 10/5 100/5 100/5 100/5 100/99 50/49 50/49 3/2 1/2 1000000009/2 1000000009/2 "
            "60/30 ");
  std::string out;
  Formatter p(out);
  EXPECT_THROW(p.set_geometry(1, 60), FormatError);
  EXPECT_THROW(p.set_geometry(60, 60), FormatError);
}

TEST(FormatGeometry, SetMarginDropsPending) {
  EXPECT_EQ(render([](Formatter& p) {
              p.printf("@[<hov 2>pending@ text");
              p.set_margin(40);
              p.printf("after@]");
            }),
            "after");
}

TEST(FormatText, PrintAsAndUtf8) {
  // "é" is 2 bytes wide unless printed with print_as.
  EXPECT_EQ(render([](Formatter& p) {
              p.set_margin(12);
              p.printf("@[<hov 0>%s@ %s@ ", "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", "abcd");
              p.print_as(1, "\xc3\xa9");
              p.print_as(1, "\xc3\xa9");
              p.print_space();
              p.print_as(4, "abcd");
              p.printf("@]");
            }),
            "\303\251\303\251\303\251\303\251\nabcd \303\251\303\251\nabcd");
}

}  // namespace
}  // namespace mlhint::fmt
