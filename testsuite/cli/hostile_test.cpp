// Inputs that break naive compilers must end, quickly, with a clean
// diagnostic or success (exit 0 or 2): never a crash, a hang or a stack
// overflow. (OCaml 4.13 itself dies with a stack overflow on several.)

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "testsuite/cli/run_mlhint.h"

namespace mlhint::testing {
namespace {

std::string Repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Runs mlhint on `program`; the result must be a clean success or error.
RunResult ExpectClean(const std::string& name, const std::string& program) {
  std::string path = TempFile(name + ".ml", program);
  RunResult r = RunMlhint({path}, "", 60);
  EXPECT_FALSE(r.timed_out) << name << " did not finish";
  EXPECT_EQ(r.signal, 0) << name << " was killed by signal " << r.signal << "\n"
                         << r.err.substr(0, 2000);
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 2)
      << name << " exited with " << r.exit_code << "\n"
      << r.err.substr(0, 2000);
  EXPECT_EQ(r.err.find("AddressSanitizer"), std::string::npos) << r.err.substr(0, 4000);
  EXPECT_EQ(r.err.find("runtime error"), std::string::npos) << r.err.substr(0, 4000);
  return r;
}

TEST(Hostile, HundredThousandNestedParentheses) {
  RunResult r =
      ExpectClean("parens", "let x = " + Repeat("(", 100000) + "1" + Repeat(")", 100000) + "\n");
  EXPECT_EQ(r.exit_code, 0) << r.err.substr(0, 2000);
}

TEST(Hostile, FiftyThousandNestedLets) {
  RunResult r = ExpectClean("lets", "let x =\n" + Repeat("  let a = 1 in\n", 50000) + "  a\n");
  EXPECT_EQ(r.exit_code, 0) << r.err.substr(0, 2000);
}

TEST(Hostile, NinetyThousandOperandSum) {
  RunResult r = ExpectClean("sum", "let x = 1" + Repeat(" + 1", 89999) + "\n");
  EXPECT_EQ(r.exit_code, 0) << r.err.substr(0, 2000);
}

// Deeper than the checker follows (kMaxDepth, 100,000 levels): refused with
// a diagnostic at the expression where the limit is crossed, not a crash.
TEST(Hostile, TooDeepNestingIsRefused) {
  RunResult r = ExpectClean("funs_150k", "let f = " + Repeat("fun x -> ", 150000) + "0\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("Error: This expression is nested too deeply for mlhint (more than "
                       "100000 levels)"),
            std::string::npos)
      << r.err.substr(r.err.size() > 2000 ? r.err.size() - 2000 : 0);
}

TEST(Hostile, DeepRightNestedStructures) {
  ExpectClean("lists", "let x = " + Repeat("[", 50000) + Repeat("]", 50000) + "\n");
  ExpectClean("conses", "let x = " + Repeat("1 :: ", 100000) + "[]\n");
  ExpectClean("ifs", "let x = " + Repeat("if true then 1 else ", 50000) + "0\n");
  ExpectClean("funs", "let f = " + Repeat("fun x -> ", 50000) + "0\n");
  ExpectClean("apps",
              "let f x = x\nlet y = " + Repeat("f (", 50000) + "1" + Repeat(")", 50000) + "\n");
  ExpectClean("seqs", "let () =\n" + Repeat("  ignore 1;\n", 100000) + "  ()\n");
  ExpectClean("tuples", "let x = " + Repeat("(1, ", 30000) + "1" + Repeat(")", 30000) + "\n");
  ExpectClean("matches", "let f x = " + Repeat("match x with 0 -> 0 | _ -> ", 30000) + "1\n");
  ExpectClean("types", "let x : int" + Repeat(" list", 50000) + " = []\n");
  ExpectClean("patterns",
              "let f = function " + Repeat("(", 50000) + "_" + Repeat(")", 50000) + " -> 0\n");
  ExpectClean("type_error_deep",
              "let x = " + Repeat("(", 100000) + "1 + \"a\"" + Repeat(")", 100000) + "\n");
}

TEST(Hostile, TwoMegabyteLines) {
  ExpectClean("long_string", "let s = \"" + std::string(2 << 20, 'a') + "\"\n");
  ExpectClean("long_line_error", "let s = \"" + std::string(2 << 20, 'a') + "\" + 1\n");
  ExpectClean("long_identifier", "let " + std::string(2 << 20, 'x') + " = 1\n");
  ExpectClean("long_comment", "(* " + std::string(2 << 20, 'c') + " *)\nlet x = 1\n");
}

TEST(Hostile, OddBytes) {
  ExpectClean("empty", "");
  ExpectClean("nul", std::string("let x = 1\n\0\0let y = 2\n", 22));
  ExpectClean("invalid_utf8", "let x = \"\xff\xfe\xc3\" ^ \xe2\x82\n");
  ExpectClean("crlf", "let x = 1\r\nlet y = x +\r\n  \"a\"\r\n");
  ExpectClean("lone_cr", "let x = 1\rlet y = 2\r");
  ExpectClean("only_newlines", std::string(100000, '\n'));
  ExpectClean("unterminated_comment_deep", Repeat("(*", 100000));
  ExpectClean("unterminated_string", "let s = \"" + std::string(100000, 'x'));
}

TEST(Hostile, RandomBytes) {
  std::mt19937 rng(12345);
  for (int i = 0; i < 40; ++i) {
    std::string s;
    int len = static_cast<int>(rng() % 4000);
    for (int k = 0; k < len; ++k) s.push_back(static_cast<char>(rng() % 256));
    ExpectClean("random" + std::to_string(i), s);
  }
}

TEST(Hostile, RandomTokenSoup) {
  static const char* kTokens[] = {
      "let",       "in",  "=",     "(",    ")",    "[",     "]",     "[|",       "|]",
      "{",         "}",   "x",     "f",    "1",    "2.5",   "\"s\"", "'c'",      "+",
      "+.",        "*",   "::",    ";",    ";;",   "->",    "fun",   "function", "match",
      "with",      "|",   "if",    "then", "else", "begin", "end",   "type",     "of",
      "rec",       "and", "Some",  "None", "true", ",",     ".",     "<-",       ":=",
      "!",         "ref", "while", "do",   "done", "for",   "to",    "try",      "raise",
      "exception", "int", "'a",    "list", ":",    "_",     "as"};
  std::mt19937 rng(777);
  for (int i = 0; i < 60; ++i) {
    std::string s;
    int len = static_cast<int>(rng() % 300);
    for (int k = 0; k < len; ++k) {
      s += kTokens[rng() % (sizeof kTokens / sizeof *kTokens)];
      s += (rng() % 7 == 0) ? "\n" : " ";
    }
    ExpectClean("soup" + std::to_string(i), s);
  }
}

// Inputs on which a walk per name or per error, over every name or error
// so far, cost their square: each took from 10 s to minutes before (a
// sorted copy of every name in scope per unbound name; a scan of the
// members so far per member of a type; the hint search at full budget for
// every error of a file). Linear now, each takes about a second in the
// release build; the limit of 30 s catches the quadratic (the type errors
// were not quadratic, but took 100 us each).
RunResult ExpectQuick(const std::string& name, const std::string& program) {
  std::string path = TempFile(name + ".ml", program);
  RunResult r = RunMlhint({"--max-errors=1000000", path}, "", 30);
  EXPECT_FALSE(r.timed_out) << name << " took more than 30 s";
  EXPECT_EQ(r.exit_code, 2) << name << "\n" << r.err.substr(0, 2000);
  return r;
}

// Lines `prefix`I`middle`I`suffix` for I from 0 to n - 1.
std::string Numbered(const std::string& prefix, const std::string& middle,
                     const std::string& suffix, int n) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += prefix + std::to_string(i) + middle + std::to_string(i) + suffix;
  return out;
}

TEST(Hostile, SixtyThousandUnboundNames) {
  // Each "Unbound value y..." looks for names near it among those bound.
  RunResult r = ExpectQuick("unbound", Numbered("let x", " = y", "\n", 60000));
  EXPECT_NE(r.err.find("Unbound value y59999"), std::string::npos);
  // The first errors still get OCaml's suggestions.
  // (As ocamlc says, given the definitions before it.)
  EXPECT_NE(r.err.find("Error: Unbound value y1001\nHint: Did you mean x100, x1000 or x101?"),
            std::string::npos)
      << r.err.substr(0, 4000);
}

TEST(Hostile, TypesOfTwoHundredThousandMembers) {
  std::string fields, constructors;
  for (int i = 0; i < 200000; ++i) {
    fields += (i ? "; f" : "f") + std::to_string(i) + " : int";
    constructors += (i ? " | C" : "C") + std::to_string(i);
  }
  RunResult record = ExpectQuick("record_fields", "type r = {" + fields + "}\nlet x = {f0 = 1}\n");
  EXPECT_NE(record.err.find("Error: Some record fields are undefined: f1 f2"), std::string::npos);
  RunResult variant =
      ExpectQuick("variant_constructors", "type t = " + constructors + "\nlet x = D\n");
  EXPECT_NE(variant.err.find("Error: Unbound constructor D"), std::string::npos);
  // A member named twice is still found (at the end of a long list).
  RunResult twice = ExpectQuick("variant_twice", "type t = " + constructors + " | C7\n");
  EXPECT_NE(twice.err.find("Error: Two constructors are named C7"), std::string::npos)
      << twice.err.substr(0, 2000);
}

TEST(Hostile, ThirtyThousandTypeErrors) {
  RunResult r = ExpectQuick("type_errors", Numbered("let x", " = 1 + \"a", "\"\n", 30000));
  EXPECT_NE(r.err.find("line 30000, characters 17-25:"), std::string::npos)
      << r.err.substr(r.err.size() - 2000);
}

}  // namespace
}  // namespace mlhint::testing
