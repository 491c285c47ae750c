// `mlhint expect`'s reading of files (driver/expect.h): every form of block
// OCaml's expect tool reads, the ocamltest header, and --promote changing
// nothing outside the blocks' strings.

#include "driver/expect.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace mlhint {
namespace {

// Every form of block OCaml's expect tool (testsuite/tools/expect_test.ml)
// reads, with code around them that holds block-like text in comments and
// strings.
constexpr std::string_view kForms = R"((* TEST
   flags = " -w +A "
   flags += "-warn-error +8" (* a comment *)
   * expect
*)
(* [%%expect{|in a comment|}] *)
let a = "[%%expect{|in a string|}]"
[%%expect{|
stale
|}]
let b = {|[%%expect{x|in a quoted string|x}]|};;
[%%expect {|
|} ];;


let c = '"'
[%%expect]
let d = 4
[%%expect
  {|
stale
|}
]
let e = 5
[%%expect{tag|
stale
|tag}, Principal{|
principal text
|}]
let f = 6
[%%ocaml.expect{||}]
let g = 7
[%% expect (* a comment *) {||}]
let h = 8
[%%expect ({||}, Principal {||})]
let i = 9
[%%expect (Principal {|first|}, {|second|})]
let j = 10
)";

// The text with every block's string taken out (an inserted string leaves
// the same text as no string).
std::string OutsideStrings(std::string_view text, const ExpectFile& file) {
  std::string out;
  size_t at = 0;
  for (const ExpectFile::Chunk& chunk : file.chunks) {
    if (!chunk.block.present) continue;
    out.append(text.substr(at, chunk.block.string_begin - at));
    at = chunk.block.string_end;
  }
  out.append(text.substr(at));
  return out;
}

TEST(Expect, ReadsEveryFormOfBlock) {
  std::string text(kForms);
  // Not a block: `(Principal {|...|}, {|...|})` is a pair in the wrong order.
  text = text.substr(0, text.find("[%%expect (Principal")) + "let j = 10\n";
  ExpectFile file;
  std::string error;
  ASSERT_TRUE(ParseExpectFile(text, &file, &error)) << error;
  std::vector<std::string> contents;
  for (const ExpectFile::Chunk& chunk : file.chunks)
    if (chunk.block.present)
      contents.emplace_back(text.substr(chunk.block.content_begin,
                                        chunk.block.content_end - chunk.block.content_begin));
  EXPECT_EQ(contents, (std::vector<std::string>{"\nstale\n", "\n", "", "\nstale\n", "\nstale\n", "",
                                                "", ""}));
  ASSERT_EQ(file.chunks.size(), 9u);
  EXPECT_FALSE(file.chunks.back().block.present);
  EXPECT_EQ(file.chunks[4].block.tag, "tag");
  EXPECT_EQ(std::string_view(text).substr(file.chunks[4].block.end - 3, 3), "|}]");
  // `[%%expect]`: an empty string just after `expect`.
  EXPECT_EQ(
      std::string_view(text).substr(file.chunks[2].block.begin,
                                    file.chunks[2].block.string_begin - file.chunks[2].block.begin),
      "[%%expect");
  EXPECT_EQ(file.ocaml_flags, (std::vector<std::string>{"-w", "+A", "-warn-error", "+8"}));
  EXPECT_TRUE(file.skip.empty());
}

TEST(Expect, PromoteChangesNothingOutsideTheBlocksStrings) {
  std::string text(kForms);
  text = text.substr(0, text.find("[%%expect (Principal")) + "let j = 10\n";
  ExpectFile file;
  std::string error;
  ASSERT_TRUE(ParseExpectFile(text, &file, &error)) << error;
  // Outputs that differ from every block, one holding `|}` and `|tag}`.
  std::vector<std::string> outputs;
  for (size_t i = 0; i < file.chunks.size(); ++i)
    outputs.push_back(i == 3 ? "1 | let s = {tag|x|tag} ^ {|y|}\n"
                             : "val x" + std::to_string(i) + " : int\n");
  std::string corrected = CorrectedText(text, file, outputs);
  ExpectFile again;
  ASSERT_TRUE(ParseExpectFile(corrected, &again, &error)) << error << "\n" << corrected;
  ASSERT_EQ(again.chunks.size(), file.chunks.size() + 1);  // the code at the end got a block
  for (size_t i = 0; i < file.chunks.size(); ++i)
    EXPECT_TRUE(BlockMatches(corrected, again.chunks[i].block, outputs[i])) << i << "\n"
                                                                            << corrected;
  // Every byte outside the strings is kept, but for the block added at the
  // end; the Principal parts are kept byte for byte.
  std::string before = OutsideStrings(text, file);
  std::string after = OutsideStrings(corrected, again);
  EXPECT_EQ(after.substr(0, before.size()), before);
  EXPECT_EQ(after.substr(before.size()), "[%%expect]\n");
  EXPECT_NE(corrected.find("|tag}, Principal{|\nprincipal text\n|}]"), std::string::npos);
  EXPECT_NE(corrected.find("({|\nval x7 : int\n|}, Principal {||})]"), std::string::npos);
  // Outputs that match change nothing.
  EXPECT_EQ(CorrectedText(corrected, again, outputs), corrected);
}

TEST(Expect, MatchesOcamlsEmptyBlocks) {
  std::string text =
      "let x = 1\n[%%expect{||}]\nlet y = 2\n[%%expect{|\n|}]\nlet z = 3\n[%%expect]\n";
  ExpectFile file;
  std::string error;
  ASSERT_TRUE(ParseExpectFile(text, &file, &error)) << error;
  ASSERT_EQ(file.chunks.size(), 4u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_TRUE(BlockMatches(text, file.chunks[i].block, ""));
    EXPECT_FALSE(BlockMatches(text, file.chunks[i].block, "val x : int\n"));
  }
  EXPECT_EQ(CorrectedText(text, file, {"", "", "", ""}), text);
}

TEST(Expect, MalformedBlocksAreErrors) {
  for (const char* block :
       {"[%%expect \"text\"]", "[%%expect{|text|}", "[%%expect{|text", "[%%expect{|a|}, {|b|}]",
        "[%%expect{|a|}, Principal{|b|}", "[%%expect (* a comment", "[%%expect ({|a|}]",
        "[%%expect{sql|text|}]", "[%%expect{|a|} b]", "[%%expect (Principal {|a|}, {|b|})]",
        "[%%expect{|a|}, Principal{|b|}, Principal{|c|}]", "[%%expect{|a|}, Principal]"}) {
    ExpectFile file;
    std::string error;
    std::string text = std::string("let x = 1\n") + block + "\nlet y = 2\n";
    EXPECT_FALSE(ParseExpectFile(text, &file, &error)) << block;
    EXPECT_NE(error.find("line 2"), std::string::npos) << error;
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  }
}

TEST(Expect, OtherExtensionsAreCode) {
  for (const char* code : {"[%%expected]", "[%expect{||}]", "[%%expect.x{||}]"}) {
    ExpectFile file;
    std::string error;
    std::string text = std::string("let x = 1\n") + code + "\n";
    ASSERT_TRUE(ParseExpectFile(text, &file, &error)) << code << ": " << error;
    ASSERT_EQ(file.chunks.size(), 1u) << code;
    EXPECT_FALSE(file.chunks[0].block.present);
  }
}

// A string or comment left open does not swallow the rest of the file: it
// ends at the next line that starts with `[%%expect`.
TEST(Expect, UnclosedStringsAndCommentsEndAtALineStartBlock) {
  std::string text =
      "let s = \"open\n[%%expect{||}]\nlet t = \"x\"\n[%%expect{||}]\n(* open\n[%%expect{||}]\n";
  ExpectFile file;
  std::string error;
  ASSERT_TRUE(ParseExpectFile(text, &file, &error)) << error;
  EXPECT_EQ(file.chunks.size(), 4u);
  // A closed comment holds any block-like line, as for OCaml.
  text = "(* old test:\nlet x = 1\n[%%expect]\n*)\nlet y = 2\n[%%expect{||}]\n";
  file = ExpectFile{};
  ASSERT_TRUE(ParseExpectFile(text, &file, &error)) << error;
  EXPECT_EQ(file.chunks.size(), 2u);
}

TEST(Expect, OcamltestHeader) {
  auto parse = [](const std::string& header) {
    ExpectFile file;
    std::string error;
    EXPECT_TRUE(
        ParseExpectFile("(* TEST\n" + header + "\n*)\nlet x = 1\n[%%expect{||}]\n", &file, &error))
        << header << ": " << error;
    return file;
  };
  EXPECT_EQ(parse("   flags = \"-w +A\"\n   * expect").ocaml_flags,
            (std::vector<std::string>{"-w", "+A"}));
  EXPECT_EQ(parse("   flags = \"-w +A\"\n   flags = \"-w -8\"").ocaml_flags,
            (std::vector<std::string>{"-w", "-8"}));
  EXPECT_EQ(parse(" flags = \"-I a \\\n    -I b\"\n * expect").ocaml_flags,
            (std::vector<std::string>{"-I", "a", "-I", "b"}));
  EXPECT_EQ(parse("   flags: -w +27\n   * expect").flags, (std::vector<std::string>{"-w", "+27"}));
  EXPECT_TRUE(
      parse("   * expect\n   flags = \"-w +A\" (* a comment (* nested *) in it *)").skip.empty());
  EXPECT_TRUE(
      parse("   readonly_files = \"a.ml\"\n   * flat-float-array\n   ** expect").skip.empty());
  EXPECT_FALSE(parse("   * toplevel").skip.empty());
  EXPECT_FALSE(parse("   * no-flat-float-array\n   ** expect").skip.empty());
  EXPECT_FALSE(parse("   modules = \"a.ml\"\n   * expect").skip.empty());
  EXPECT_FALSE(parse("   include ocamlcommon\n   * expect").skip.empty());

  // Flags mlhint cannot honour skip the file; a bad one is an error.
  for (const char* flags :
       {"-dsource", "-short-paths", "-principal", "-rectypes", "-I dir", "-nostdlib"}) {
    ExpectFile file = parse(std::string("   flags = \"") + flags + "\"");
    ExpectRun run = RunExpectChunks("t.ml", "", file);
    EXPECT_FALSE(run.skip.empty()) << flags;
    EXPECT_TRUE(run.error.empty()) << flags;
    EXPECT_TRUE(run.outputs.empty()) << flags;
  }
  ExpectRun run = RunExpectChunks("t.ml", "", parse("   flags = \"-w\""));
  EXPECT_FALSE(run.error.empty());
}

// `|}];;` ends the previous phrase: the next chunk's lines are numbered from
// its own first token, as OCaml's expect tool numbers them from the chunk's
// first structure item.
TEST(Expect, DoubleSemicolonAfterABlockEndsThePreviousPhrase) {
  std::string text = "let x = 1\n[%%expect{||}];;\n\n\nlet y = x + \"a\"\n[%%expect{||}]\n";
  ExpectFile file;
  std::string error;
  ASSERT_TRUE(ParseExpectFile(text, &file, &error)) << error;
  ExpectRun run = RunExpectChunks("t.ml", text, file);
  ASSERT_EQ(run.outputs.size(), 3u);
  EXPECT_EQ(run.outputs[0], "val x : int\n");
  EXPECT_EQ(run.outputs[1].rfind("Line 1, characters 12-15:\n1 | let y = x + \"a\"\n", 0), 0u)
      << run.outputs[1];
}

// The values OCaml's toplevel prints are taken from the block as written:
// mlhint evaluates nothing, so they are not checked, and --promote keeps them.
TEST(Expect, ValuesAreTakenFromTheBlockAsWritten) {
  EXPECT_EQ(WithWrittenValues("val x : int = 0\n", "val x : int\n"), "val x : int = 0\n");
  EXPECT_EQ(WithWrittenValues("- : int = 3\n", "- : int\n"), "- : int = 3\n");
  EXPECT_EQ(WithWrittenValues("val f : int -> int = <fun>", "val f : int -> int\n"),
            "val f : int -> int = <fun>\n");
  // A value on the lines after the type, and a type broken elsewhere.
  EXPECT_EQ(WithWrittenValues("val l : int list =\n  [1; 2; 3]\nval y : int = 1\n",
                              "val l : int list\nval y : int\n"),
            "val l : int list =\n  [1; 2; 3]\nval y : int = 1\n");
  EXPECT_EQ(WithWrittenValues("val p :\n  int * int = (1, 2)\n", "val p : int * int\n"),
            "val p :\n  int * int = (1, 2)\n");
  // Not the same type: the value is not taken (the block does not match).
  EXPECT_EQ(WithWrittenValues("val x : string = \"a\"\n", "val x : int\n"), "val x : int\n");
  // Nor a longer type that starts the same way.
  EXPECT_EQ(WithWrittenValues("val x : int list = []\n", "val x : int\n"), "val x : int\n");
  // The same name twice: paired in order.
  EXPECT_EQ(WithWrittenValues("val x : int = 1\nval x : int = 2\n", "val x : int\nval x : int\n"),
            "val x : int = 1\nval x : int = 2\n");
  // Errors and other items are left as they are.
  std::string error = "Line 1, characters 8-9:\nError: Unbound value y\n";
  EXPECT_EQ(WithWrittenValues("val x : int = 1\n", error), error);
  EXPECT_EQ(WithWrittenValues("type t = int\n", "type t = int\n"), "type t = int\n");
}

TEST(Expect, PromoteKeepsTheValuesOfItemsThatStillAgree) {
  std::string text =
      "let x = 0\nlet y = 1\n[%%expect{|\nval x : int = 0\nval y : string = \"a\"\n|}]\n";
  ExpectFile file;
  std::string error;
  ASSERT_TRUE(ParseExpectFile(text, &file, &error)) << error;
  ExpectRun run = RunExpectChunks("t.ml", text, file);
  ASSERT_EQ(run.outputs.size(), 2u);
  EXPECT_EQ(run.outputs[0], "val x : int = 0\nval y : int\n");
  EXPECT_FALSE(BlockMatches(text, file.chunks[0].block, run.outputs[0]));
  EXPECT_EQ(CorrectedText(text, file, run.outputs),
            "let x = 0\nlet y = 1\n[%%expect{|\nval x : int = 0\nval y : int\n|}]\n");
  std::string agreeing = "let x = 0\n[%%expect{|\nval x : int = 0\n|}]\n";
  ExpectFile file2;
  ASSERT_TRUE(ParseExpectFile(agreeing, &file2, &error)) << error;
  ExpectRun run2 = RunExpectChunks("t.ml", agreeing, file2);
  EXPECT_TRUE(BlockMatches(agreeing, file2.chunks[0].block, run2.outputs[0]));
}

TEST(Expect, AnExceptionWrittenForAnEvaluationIsTakenAsItsValue) {
  EXPECT_EQ(WithWrittenValues("Exception: Failure \"hd\".\n", "- : int\n"),
            "Exception: Failure \"hd\".\n");
  EXPECT_EQ(WithWrittenValues("Exception: Stdlib.Exit.\n", "val x : 'a\n"),
            "Exception: Stdlib.Exit.\n");
  // Only for the next value written: not in place of a later item.
  EXPECT_EQ(WithWrittenValues("val y : int = 1\nException: Not_found.\n", "val x : int\n"),
            "val x : int\n");
}

// A chunk whose "Unbound" error names something a refused chunk mentions
// (a declaration mlhint does not read, say) is not supported either; one
// that names nothing refused is.
TEST(Expect, AnUnboundNameOfARefusedChunkIsNotSupported) {
  std::string text =
      "let v x = ignore (object end); x\n[%%expect{||}]\n"
      "let a = v 1\n[%%expect{||}]\n"
      "let b = w\n[%%expect{||}]\n"
      "let c = 2\n[%%expect{||}]\n";
  ExpectFile file;
  std::string error;
  ASSERT_TRUE(ParseExpectFile(text, &file, &error)) << error;
  ExpectRun run = RunExpectChunks("t.ml", text, file);
  ASSERT_GE(run.supported.size(), 4u);  // and the empty code after the last block
  EXPECT_FALSE(run.supported[0]);
  EXPECT_FALSE(run.supported[1]) << run.outputs[1];
  EXPECT_TRUE(run.supported[2]) << run.outputs[2];
  EXPECT_TRUE(run.supported[3]);
}

// A refused type definition shadows the constructors and labels it would
// define: a later chunk that uses one may mean it, and is not supported,
// until a chunk mlhint reads defines the name again.
TEST(Expect, ARefusedTypeDefinitionsConstructorsAndLabelsAreNotSupported) {
  std::string text =
      "exception Foo\n[%%expect{||}]\n"
      "type u = private Foo | Bar of { lab : int }\n[%%expect{||}]\n"
      "let x = Foo\n[%%expect{||}]\n"
      "let f r = r.lab\n[%%expect{||}]\n"
      "type v = Foo\n[%%expect{||}]\n"
      "let y = Foo\n[%%expect{||}]\n";
  ExpectFile file;
  std::string error;
  ASSERT_TRUE(ParseExpectFile(text, &file, &error)) << error;
  ExpectRun run = RunExpectChunks("t.ml", text, file);
  ASSERT_GE(run.supported.size(), 6u);
  EXPECT_TRUE(run.supported[0]);
  EXPECT_FALSE(run.supported[1]) << run.outputs[1];
  EXPECT_FALSE(run.supported[2]) << run.outputs[2];
  EXPECT_FALSE(run.supported[3]) << run.outputs[3];
  EXPECT_TRUE(run.supported[4]) << run.outputs[4];
  EXPECT_TRUE(run.supported[5]) << run.outputs[5];
}

// A refused module is said once: a later chunk that uses it prints nothing,
// and is not supported either.
TEST(Expect, AUseOfARefusedModuleIsNotSupportedAndSilent) {
  std::string text =
      "module M () = struct let empty = [] end\n"
      "[%%expect{||}]\n"
      "let a = M.empty\n[%%expect{||}]\n"
      "let c = 2\n[%%expect{||}]\n";
  ExpectFile file;
  std::string error;
  ASSERT_TRUE(ParseExpectFile(text, &file, &error)) << error;
  ExpectRun run = RunExpectChunks("t.ml", text, file);
  ASSERT_GE(run.supported.size(), 3u);
  EXPECT_FALSE(run.supported[0]);
  EXPECT_FALSE(run.supported[1]);
  EXPECT_EQ(run.outputs[1], "");
  EXPECT_TRUE(run.supported[2]);
}

// --hints=ocaml (OCaml's own files hold OCaml's hints only) and none.
TEST(Expect, HintLevels) {
  std::string text = "let last l = List.hd List.rev l\n[%%expect{||}]\n";
  ExpectFile file;
  std::string error;
  ASSERT_TRUE(ParseExpectFile(text, &file, &error)) << error;
  std::string all = RunExpectChunks("t.ml", text, file).outputs[0];
  std::string ocaml = RunExpectChunks("t.ml", text, file, hints::HintLevel::Ocaml).outputs[0];
  std::string none = RunExpectChunks("t.ml", text, file, hints::HintLevel::None).outputs[0];
  EXPECT_NE(all.find("Hint: Did you mean `List.hd (List.rev l)'?"), std::string::npos) << all;
  EXPECT_EQ(ocaml.find("Hint:"), std::string::npos) << ocaml;
  EXPECT_EQ(none, ocaml);
}

// A flag of ocamltest's header that mlhint cannot honour skips the file:
// it is said, and no chunk is checked (the expect fuzzer took the missing
// outputs for a fault).
TEST(Expect, AFileWithAFlagMlhintCannotHonourHasNoOutputs) {
  std::string text =
      "(* TEST\n   flags = \"-strict-/equence\"\n   * expect\n*)\n"
      "let f () = 1; 2\n[%%expect{||}]\n";
  ExpectFile file;
  std::string error;
  ASSERT_TRUE(ParseExpectFile(text, &file, &error)) << error;
  ExpectRun run = RunExpectChunks("t.ml", text, file);
  EXPECT_FALSE(run.skip.empty());
  EXPECT_TRUE(run.outputs.empty());
}

}  // namespace
}  // namespace mlhint
