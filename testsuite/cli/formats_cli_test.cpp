// The mlhint command with --format=short|json|sarif, --fix and --explain,
// end to end, on errors the checker reports today (syntax and type errors,
// warnings, the integer-literal hint with its fix-it).

#include <sys/stat.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "testsuite/cli/run_mlhint.h"

namespace mlhint::testing {
namespace {

using nlohmann::json;

// A fresh directory per test, so that names in the output are short.
class Formats : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (std::filesystem::temp_directory_path() / "mlhint-formats-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ + "/" + name, std::ios::binary) << text;
  }
  std::string Read(const std::string& name) {
    std::ifstream in(dir_ + "/" + name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  RunResult Run(const std::vector<std::string>& args, const std::string& input = "") {
    return RunMlhint(args, input, 60, RunOptions{dir_, false});
  }

  std::string dir_;
};

const char kTypeError[] = "let x = 1\nlet y = x + \"a\"\n";
const char kSyntaxError[] = "let x = (1 + 2\nlet y = 3\n";
const char kLiteral[] = "let _ = Int32.add 1l 3\n";

TEST_F(Formats, ShortTypeAndSyntaxErrors) {
  Write("t.ml", kTypeError);
  Write("s.ml", kSyntaxError);
  RunResult r = Run({"--format=short", "t.ml", "s.ml", "missing.ml"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "t.ml:2:13: error: This expression has type string but an expression was expected of "
            "type int "
            "[type-mismatch]\n"
            "s.ml:2:1: error: Syntax error: ')' expected [unclosed-delimiter]\n"
            "s.ml:1:9: note: This '(' might be unmatched\n"
            "missing.ml:1: error: I/O error: missing.ml: No such file or directory [io-error]\n");
}

TEST_F(Formats, ShortHintAndWarnings) {
  Write("l.ml", kLiteral);
  Write("w.ml", "let f x = match x with 0 -> 1\n");
  RunResult r = Run({"--format=short", "l.ml", "w.ml"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(
      r.err,
      "l.ml:1:22: error: This expression has type int but an expression was expected of type int32 "
      "[type-mismatch]\n"
      "l.ml:1:22: hint: Did you mean `3l'?\n"
      "w.ml:1:11: warning: this pattern-matching is not exhaustive. Here is an example of a case "
      "that "
      "is not matched: 1 [partial-match]\n");
}

TEST_F(Formats, JsonIsOneDocumentOnStdout) {
  Write("t.ml", kTypeError);
  Write("s.ml", kSyntaxError);
  Write("ok.ml", "let double x = 2 * x\n");
  RunResult r = Run({"--format=json", "-i", "t.ml", "s.ml", "ok.ml"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "");
  json doc = json::parse(r.out);
  ASSERT_EQ(doc["files"].size(), 3u);
  json t = doc["files"][0];
  EXPECT_EQ(t["file"], "t.ml");
  EXPECT_EQ(t["failed"], true);
  EXPECT_FALSE(t.contains("signature"));
  ASSERT_EQ(t["diagnostics"].size(), 1u);
  json d = t["diagnostics"][0];
  EXPECT_EQ(d["code"], "type-mismatch");
  EXPECT_EQ(d["severity"], "error");
  // "let y = x + \"a\"": the string is characters 12-15 of line 2 (offsets 22-25).
  EXPECT_EQ(d["range"], json::parse(R"({"start": {"offset": 22, "line": 2, "column": 12},
                                        "end": {"offset": 25, "line": 2, "column": 15}})"));
  EXPECT_EQ(d["rendered"],
            "File \"t.ml\", line 2, characters 12-15:\n2 | let y = x + \"a\"\n                ^^^\n"
            "Error: This expression has type string but an expression was expected of type\n       "
            "  int\n");
  json s = doc["files"][1]["diagnostics"][0];
  EXPECT_EQ(s["code"], "unclosed-delimiter");
  EXPECT_EQ(s["children"][0]["role"], "note");
  EXPECT_EQ(s["children"][0]["range"]["start"]["offset"], 8);
  json ok = doc["files"][2];
  EXPECT_EQ(ok["failed"], false);
  EXPECT_EQ(ok["diagnostics"].size(), 0u);
  EXPECT_EQ(ok["signature"], "val double : int -> int\n");
}

TEST_F(Formats, JsonCarriesTheFixIt) {
  Write("l.ml", kLiteral);
  RunResult r = Run({"--format=json", "l.ml"});
  json hint = json::parse(r.out)["files"][0]["diagnostics"][0]["children"][0];
  EXPECT_EQ(hint["role"], "hint");
  EXPECT_EQ(hint["hint_id"], "int-literal-suffix");
  EXPECT_EQ(hint["fix"], json::parse(R"({"applicability": "machine-applicable",
      "edits": [{"range": {"start": {"offset": 22, "line": 1, "column": 22},
                           "end": {"offset": 22, "line": 1, "column": 22}},
                 "replacement": "l"}]})"));
}

TEST_F(Formats, SarifIsOneLogOnStdout) {
  Write("t.ml", kTypeError);
  Write("l.ml", kLiteral);
  RunResult r = Run({"--format=sarif", "t.ml", "l.ml"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "");
  json log = json::parse(r.out);
  EXPECT_EQ(log["version"], "2.1.0");
  json run = log["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "mlhint");
  ASSERT_EQ(run["results"].size(), 2u);
  json first = run["results"][0];
  EXPECT_EQ(first["ruleId"], "type-mismatch");
  EXPECT_EQ(run["tool"]["driver"]["rules"][first["ruleIndex"].get<size_t>()]["id"],
            "type-mismatch");
  EXPECT_EQ(first["locations"][0]["physicalLocation"]["region"],
            json::parse(R"({"startLine": 2, "startColumn": 13, "endLine": 2, "endColumn": 16,
                            "byteOffset": 22, "byteLength": 3})"));
  json fix = run["results"][1]["fixes"][0];
  EXPECT_EQ(fix["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"], "l");
  EXPECT_EQ(fix["properties"]["applicability"], "machine-applicable");
}

TEST_F(Formats, OnlyHumanOutputHasColour) {
  Write("l.ml", kLiteral);
  for (const char* format : {"--format=short", "--format=json", "--format=sarif"}) {
    RunResult r = Run({format, "--color=always", "l.ml"});
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << format;
    EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << format;
  }
  RunResult human = Run({"--color=always", "l.ml"});
  EXPECT_NE(human.err.find('\x1b'), std::string::npos);
}

TEST_F(Formats, FixInsertsTheSuffixAndRechecks) {
  Write("l.ml", kLiteral);
  ASSERT_EQ(chmod((dir_ + "/l.ml").c_str(), 0604), 0);
  RunResult r = Run({"--fix", "l.ml"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "mlhint: l.ml: applied 1 fix\n");
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(Read("l.ml"), "let _ = Int32.add 1l 3l\n");
  struct stat info;
  ASSERT_EQ(stat((dir_ + "/l.ml").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0604u);
  // A second run has nothing to do and says nothing.
  r = Run({"--fix", "l.ml"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
}

TEST_F(Formats, FixReportsWhatRemains) {
  Write("l.ml", "let _ = Int32.add 1l 3\nlet y = 1 + \"a\"\n");
  RunResult r = Run({"--fix", "--format=short", "l.ml"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "mlhint: l.ml: applied 1 fix\n"
            "l.ml:2:13: error: This expression has type string but an expression was expected of "
            "type int "
            "[type-mismatch]\n");
  EXPECT_EQ(Read("l.ml"), "let _ = Int32.add 1l 3l\nlet y = 1 + \"a\"\n");
}

TEST_F(Formats, FixWithJsonListsTheAppliedEdits) {
  Write("l.ml", kLiteral);
  RunResult r = Run({"--fix", "--format=json", "l.ml"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "mlhint: l.ml: applied 1 fix\n");
  json file = json::parse(r.out)["files"][0];
  EXPECT_EQ(file["diagnostics"].size(), 0u);
  EXPECT_EQ(file["fixes"]["skipped"], 0);
  EXPECT_EQ(file["fixes"]["applied"][0]["hint_id"], "int-literal-suffix");
  EXPECT_EQ(file["fixes"]["applied"][0]["edits"][0]["range"]["start"]["offset"], 22);
}

TEST_F(Formats, FixOnStandardInputPrintsTheFixedProgram) {
  RunResult r = Run({"--fix", "-"}, kLiteral);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "let _ = Int32.add 1l 3l\n");
  EXPECT_EQ(r.err, "mlhint: _none_: applied 1 fix\n");
  r = Run({"--fix", "--format=json", "-"}, kLiteral);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("--fix on standard input prints the fixed program on standard output"),
            std::string::npos);
}

TEST_F(Formats, FixLeavesAFileItCannotWriteAlone) {
  // The temporary file ("." + name + ".mlhint-XXXXXX") cannot be created when
  // the name is near NAME_MAX, even for root, for whom permissions are no
  // obstacle.
  std::string name = std::string(245, 'x') + ".ml";
  Write(name, kLiteral);
  RunResult r = Run({"--fix", name});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.rfind("mlhint: " + name +
                            ": cannot write the fixed file (File name too long); left as it was\n",
                        0),
            0u)
      << r.err;
  EXPECT_NE(r.err.find("Hint: Did you mean `3l'?"),
            std::string::npos);  // the original's diagnostics
  EXPECT_EQ(Read(name), kLiteral);
}

TEST_F(Formats, Explain) {
  RunResult r = Run({"--explain", "type-mismatch"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(
      r.out.rfind("type-mismatch (Error): an expression whose type is not the one expected\n\n", 0),
      0u);
  EXPECT_NE(
      r.out.find("    Error: This expression has type int but an expression was expected of type"),
      std::string::npos)
      << r.out;
  r = Run({"--explain=8"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("partial-match (Warning 8): ", 0), 0u);
  r = Run({"--explain", "unbound-variable"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "mlhint: unknown diagnostic code 'unbound-variable'. Did you mean unbound-value or "
            "unbound-type-variable?\n"
            "'mlhint --explain list' lists every code.\n");
}

}  // namespace
}  // namespace mlhint::testing
