// The renderers other than OCaml's (short, JSON, SARIF) on diagnostics built
// here, with made-up fix-its on known spans. Every expected text was worked
// out by hand from docs/json-format.md and the rules in render_short.cpp,
// not copied from what the code printed.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "diagnostics/render_formats.h"
#include "diagnostics/warnings.h"
#include "support/format.h"

namespace mlhint {
namespace {

using nlohmann::json;

// Line 1 is bytes 0-9 ("let x = 1\n"), line 2 starts at 10; the `3` of
// line 2 is at column 21, offset 31.
const char kProgram[] = "let x = 1\nlet _ = Int32.add 1l 3\n";

SourceBuffer Program() {
  return SourceBuffer("a.ml", kProgram);
}

// "This expression has type int but an expression was expected of type"
// then a break (1 space, offset 2) and the expected type: 68 + 1 + 23 = 92
// columns flat, so it breaks at a margin of 78.
Doc MismatchMessage() {
  return [](fmt::Formatter& ppf) {
    ppf.print_string("This expression has type int but an expression was expected of type");
    ppf.print_break(1, 2);
    ppf.print_string("int32 -> int32 -> int32");
  };
}

Diagnostic MismatchWithHint() {
  Diagnostic d = MakeError(DiagKind::TypeMismatch, Span{31, 32}, MismatchMessage());
  Child hint;
  hint.role = Child::Role::Hint;
  hint.text = Text("Hint: Did you mean `3l'?");
  hint.hint_id = "int-literal-suffix";
  hint.fix = FixIt{{Edit{Span{32, 32}, "l"}}, Applicability::MachineApplicable};
  d.children.push_back(std::move(hint));
  return d;
}

TEST(FlatMessage, JoinsLinesWithOneSpace) {
  EXPECT_EQ(FlatMessage(MismatchMessage()),
            "This expression has type int but an expression was expected of type int32 -> int32 -> "
            "int32");
  Doc forced = [](fmt::Formatter& ppf) {
    ppf.print_string("this pattern-matching is not exhaustive.");
    ppf.force_newline();
    ppf.print_string("Here is an example of a case that is not matched:\n  1  ");
  };
  EXPECT_EQ(FlatMessage(forced),
            "this pattern-matching is not exhaustive. Here is an example of a case that is not "
            "matched: 1");
  EXPECT_EQ(FlatMessage(Doc()), "");
}

TEST(ShortLocation, WhereTheRangeStartsOneBased) {
  // FILE:LINE:COLUMN, as gcc and clang print it: what Vim's and Emacs'
  // default error formats read (a range after it makes Vim read column 0).
  SourceBuffer source = Program();
  EXPECT_EQ(ShortLocation(Span{31, 32}, source), "2:22");  // OCaml: line 2, characters 21-22
  EXPECT_EQ(ShortLocation(Span{18, 27}, source), "2:9");   // Int32.add: characters 8-17
  EXPECT_EQ(ShortLocation(Span{32, 32}, source), "2:23");  // empty: a point
  EXPECT_EQ(ShortLocation(Span{4, 15}, source), "1:5");    // across lines
  EXPECT_EQ(ShortLocation(Span{33, 33}, source), "3:1");   // the end of the file
}

TEST(RenderShort, ErrorHintAndLocatedNote) {
  Diagnostic d = MismatchWithHint();
  Child note;
  note.span = Span{18, 27};
  note.text = Text("This function is applied here");
  d.children.push_back(std::move(note));
  std::string out;
  RenderShort(d, Program(), out);
  EXPECT_EQ(out,
            "a.ml:2:22: error: This expression has type int but an expression was expected of type "
            "int32 -> int32 -> int32 [type-mismatch]\n"
            "a.ml:2:22: hint: Did you mean `3l'?\n"
            "a.ml:2:9: note: This function is applied here\n");
}

TEST(RenderShort, WarningsWholeFileAndNoLocation) {
  SourceBuffer source = Program();
  std::string out;
  RenderShort(MakeWarning(27, Span{4, 5}, "unused variable x."), source, out);
  Diagnostic as_error = MakeWarning(8, Span{0, 9}, "this pattern-matching is not exhaustive.");
  as_error.warning_as_error = true;
  RenderShort(as_error, source, out);
  Diagnostic missing_mli = MakeWarning(70, Span{}, "Cannot find interface file.");
  missing_mli.span.reset();
  missing_mli.whole_file = true;
  RenderShort(missing_mli, source, out);
  Diagnostic nowhere;
  nowhere.kind = DiagKind::IoError;
  nowhere.message = Text("I/O error");
  RenderShort(nowhere, source, out);
  EXPECT_EQ(out,
            "a.ml:1:5: warning: unused variable x. [unused-var-strict]\n"
            "a.ml:1:1: error: this pattern-matching is not exhaustive. [partial-match]\n"
            "a.ml:1: warning: Cannot find interface file. [missing-mli]\n"
            "a.ml: error: I/O error [io-error]\n");
}

json Position(uint32_t offset, uint32_t line, uint32_t column) {
  return json{{"offset", offset}, {"line", line}, {"column", column}};
}

TEST(RenderJson, TheDocumentOfDocsJsonFormat) {
  std::vector<FileReport> files;
  FileReport a{Program(), {}, true, {}, false, {}, {}, 0};
  a.diagnostics.push_back(MismatchWithHint());
  a.diagnostics.push_back(MakeWarning(27, Span{4, 5}, "unused variable x."));
  files.push_back(std::move(a));
  FileReport b{SourceBuffer("b.ml", "let x = 1\n"),
               {},
               false,
               std::string("val x : int\n"),
               false,
               {},
               {},
               0};
  files.push_back(std::move(b));
  std::string text = RenderJson(files, "9.9");

  // Keys come in the documented order, the whole is indented by two.
  EXPECT_EQ(text.substr(0, 70),
            "{\n  \"format\": \"mlhint-diagnostics\",\n  \"format_version\": 1,\n  \"tool\": {");
  ASSERT_EQ(text.back(), '\n');

  json fix_range{{"start", Position(32, 2, 22)}, {"end", Position(32, 2, 22)}};
  json expected = {
      {"format", "mlhint-diagnostics"},
      {"format_version", 1},
      {"tool", {{"name", "mlhint"}, {"version", "9.9"}}},
      {"files",
       {{{"file", "a.ml"},
         {"failed", true},
         {"diagnostics",
          {{{"file", "a.ml"},
            {"code", "type-mismatch"},
            {"severity", "error"},
            {"message",
             "This expression has type int but an expression was expected of type\n  int32 -> "
             "int32 -> int32"},
            {"message_flat",
             "This expression has type int but an expression was expected of type int32 -> int32 "
             "-> int32"},
            {"range", {{"start", Position(31, 2, 21)}, {"end", Position(32, 2, 22)}}},
            {"whole_file", false},
            {"children",
             {{{"role", "hint"},
               {"message", "Hint: Did you mean `3l'?"},
               {"message_flat", "Hint: Did you mean `3l'?"},
               {"range", nullptr},
               {"hint_id", "int-literal-suffix"},
               {"in_message", false},
               {"fix",
                {{"applicability", "machine-applicable"},
                 {"edits", {{{"range", fix_range}, {"replacement", "l"}}}}}}}}},
            {"rendered",
             "File \"a.ml\", line 2, characters 21-22:\n"
             "2 | let _ = Int32.add 1l 3\n"
             "                         ^\n"
             "Error: This expression has type int but an expression was expected of type\n"
             "         int32 -> int32 -> int32\n"
             "  Hint: Did you mean `3l'?\n"}},
           {{"file", "a.ml"},
            {"code", "unused-var-strict"},
            {"severity", "warning"},
            {"warning", {{"number", 27}, {"name", "unused-var-strict"}, {"as_error", false}}},
            {"message", "unused variable x."},
            {"message_flat", "unused variable x."},
            {"range", {{"start", Position(4, 1, 4)}, {"end", Position(5, 1, 5)}}},
            {"whole_file", false},
            {"children", json::array()},
            {"rendered",
             "File \"a.ml\", line 1, characters 4-5:\n"
             "1 | let x = 1\n"
             "        ^\n"
             "Warning 27 [unused-var-strict]: unused variable x.\n"}}}}},
        {{"file", "b.ml"},
         {"failed", false},
         {"diagnostics", json::array()},
         {"signature", "val x : int\n"}}}}};
  EXPECT_EQ(json::parse(text), expected) << text;
}

TEST(RenderJson, FixesAppliedPointIntoTheTextBeforeTheFix) {
  FileReport report{
      SourceBuffer("a.ml", "let _ = Int32.add 1l 3l\n"), {}, false, {}, true, Program(), {}, 1};
  report.applied_fixes.push_back(
      AppliedFix{"type-mismatch", "int-literal-suffix",
                 FixIt{{Edit{Span{32, 32}, "l"}}, Applicability::MachineApplicable}});
  std::vector<FileReport> files;
  files.push_back(std::move(report));
  json doc = json::parse(RenderJson(files, "1"));
  json fixes = doc["files"][0]["fixes"];
  EXPECT_EQ(fixes["skipped"], 1);
  ASSERT_EQ(fixes["applied"].size(), 1u);
  EXPECT_EQ(fixes["applied"][0]["code"], "type-mismatch");
  EXPECT_EQ(fixes["applied"][0]["hint_id"], "int-literal-suffix");
  // Offset 32 of the original is line 2, column 22 (the fixed text is one
  // line: there it would be line 1).
  EXPECT_EQ(fixes["applied"][0]["edits"][0]["range"]["start"], Position(32, 2, 22));
}

TEST(RenderJson, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  std::vector<FileReport> files;
  FileReport r{SourceBuffer("bad\xff.ml", "x"), {}, false, {}, false, {}, {}, 0};
  files.push_back(std::move(r));
  json doc = json::parse(RenderJson(files, "1"));
  EXPECT_EQ(doc["files"][0]["file"], "bad\xEF\xBF\xBD.ml");
}

// "let s = \"" is bytes 0-8 (9 UTF-16 units); é is 2 bytes (9-10, one
// unit), U+1D54F 4 bytes (11-14, two units); the closing quote is byte 15
// (unit 12), `+` byte 17 (unit 14), `1` byte 19 (unit 16).
const char kWide[] = "let s = \"\xC3\xA9\xF0\x9D\x95\x8F\" + 1\n";

TEST(RenderSarif, RegionsCountUtf16UnitsAndBytes) {
  FileReport r{SourceBuffer("dir/my file.ml", kWide), {}, true, {}, false, {}, {}, 0};
  Diagnostic d =
      MakeError(DiagKind::TypeMismatch, Span{8, 16}, Text("This expression has type string"));
  Child hint;
  hint.role = Child::Role::Hint;
  hint.text = Text("Hint: Did you mean `1.'?");
  hint.hint_id = "made-up";
  hint.fix = FixIt{{Edit{Span{19, 20}, "1."}}, Applicability::MaybeIncorrect};
  d.children.push_back(hint);
  d.children.push_back(hint);  // the same fix twice is one SARIF fix
  Child note;
  note.span = Span{17, 18};
  note.text = Text("This operator");
  d.children.push_back(std::move(note));
  r.diagnostics.push_back(std::move(d));
  std::vector<FileReport> files;
  files.push_back(std::move(r));
  std::vector<SarifRule> rules = {{"syntax-error", "s", "", false, true},
                                  {"type-mismatch", "t", "", false, true}};
  json log = json::parse(RenderSarif(files, rules, "9.9"));

  EXPECT_EQ(log["version"], "2.1.0");
  json run = log["runs"][0];
  EXPECT_EQ(run["columnKind"], "utf16CodeUnits");
  EXPECT_EQ(run["tool"]["driver"]["rules"][1]["id"], "type-mismatch");
  EXPECT_EQ(run["artifacts"][0]["location"]["uri"], "dir/my%20file.ml");
  json result = run["results"][0];
  EXPECT_EQ(result["ruleId"], "type-mismatch");
  EXPECT_EQ(result["ruleIndex"], 1);
  EXPECT_EQ(result["level"], "error");
  // The unlocated hint is part of the message; the located note is not.
  EXPECT_EQ(result["message"]["text"],
            "This expression has type string\nHint: Did you mean `1.'?\nHint: Did you mean `1.'?");
  json region{{"startLine", 1},  {"startColumn", 9}, {"endLine", 1},
              {"endColumn", 14}, {"byteOffset", 8},  {"byteLength", 8}};
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["region"], region);
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["artifactLocation"]["index"], 0);
  json related = result["relatedLocations"];
  ASSERT_EQ(related.size(), 1u);
  EXPECT_EQ(related[0]["message"]["text"], "This operator");
  EXPECT_EQ(related[0]["physicalLocation"]["region"]["startColumn"], 15);  // `+`
  ASSERT_EQ(result["fixes"].size(), 1u);
  json fix = result["fixes"][0];
  EXPECT_EQ(fix["properties"]["applicability"], "maybe-incorrect");
  json replacement = fix["artifactChanges"][0]["replacements"][0];
  json deleted{{"startLine", 1},  {"startColumn", 17}, {"endLine", 1},
               {"endColumn", 18}, {"byteOffset", 19},  {"byteLength", 1}};
  EXPECT_EQ(replacement["deletedRegion"], deleted);
  EXPECT_EQ(replacement["insertedContent"]["text"], "1.");
}

TEST(RenderSarif, IllFormedUtf8CountsOneUnitPerMaximalSubpart) {
  // \xE2\x82 is the start of a 3-byte character cut short: one U+FFFD;
  // \xFF is never UTF-8: one; with the two quotes, 4 units precede `x`.
  FileReport r{SourceBuffer("a.ml", "\"\xE2\x82\xFF\"x"), {}, true, {}, false, {}, {}, 0};
  r.diagnostics.push_back(MakeError(DiagKind::UnboundValue, Span{5, 6}, Text("Unbound value x")));
  std::vector<FileReport> files;
  files.push_back(std::move(r));
  json log = json::parse(RenderSarif(files, {}, "1"));
  json region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region["startColumn"], 5);
  EXPECT_EQ(region["endColumn"], 6);
  EXPECT_FALSE(log["runs"][0]["results"][0].contains("ruleIndex"));  // no such rule
}

TEST(RenderSarif, RegistryRulesCoverEveryCodeOnce) {
  std::vector<SarifRule> rules = RegistryRules();
  std::set<std::string> ids;
  for (const SarifRule& rule : rules) {
    EXPECT_TRUE(ids.insert(rule.id).second) << rule.id;
    EXPECT_FALSE(rule.summary.empty()) << rule.id;
  }
  EXPECT_TRUE(ids.count("type-mismatch"));
  EXPECT_TRUE(ids.count("partial-match"));
  EXPECT_TRUE(ids.count("warning-3"));
  EXPECT_TRUE(ids.count("alert-deprecated"));
  EXPECT_FALSE(ids.count("warning"));  // the generic kind is replaced by the warnings
  for (const SarifRule& rule : rules) {
    if (rule.id == "unused-var-strict") {
      EXPECT_FALSE(rule.enabled_by_default);  // OCaml's default: -27
    }
  }
}

}  // namespace
}  // namespace mlhint
