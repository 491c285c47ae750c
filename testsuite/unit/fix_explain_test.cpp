// --fix's applier and atomic write, and the explanations of --explain
// (docs/diagnostics.md): every code has one, and every example shows its
// code.

#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "diagnostics/explain.h"
#include "diagnostics/warnings.h"
#include "driver/explain.h"
#include "driver/fix.h"
#include "support/files.h"

namespace mlhint {
namespace {

Child HintWith(std::vector<Edit> edits,
               Applicability applicability = Applicability::MachineApplicable,
               std::string id = "made-up") {
  Child c;
  c.role = Child::Role::Hint;
  c.text = Text("Hint: ...");
  c.hint_id = std::move(id);
  c.fix = FixIt{std::move(edits), applicability};
  return c;
}

Diagnostic ErrorWith(std::vector<Child> children) {
  Diagnostic d = MakeError(DiagKind::TypeMismatch, Span{0, 1}, Text("error"));
  d.children = std::move(children);
  return d;
}

//                         0123456789012345678901
const char kText[] = "let _ = Int32.add 1 3\n";

TEST(ApplyFixes, InsertsAndReplacesInOnePass) {
  SourceBuffer source("a.ml", kText);
  std::vector<Diagnostic> ds;
  ds.push_back(ErrorWith({HintWith({Edit{Span{19, 19}, "l"}})}));
  ds.push_back(ErrorWith({HintWith({Edit{Span{20, 21}, "3l"}})}));
  FixOutcome out = ApplyFixes(source, ds);
  EXPECT_EQ(out.text, "let _ = Int32.add 1l 3l\n");
  EXPECT_EQ(out.applied.size(), 2u);
  EXPECT_EQ(out.skipped, 0u);
  EXPECT_EQ(out.applied[0].code, "type-mismatch");
}

TEST(ApplyFixes, OnlyMachineApplicable) {
  SourceBuffer source("a.ml", kText);
  std::vector<Diagnostic> ds;
  ds.push_back(ErrorWith({HintWith({Edit{Span{18, 19}, "1l"}}, Applicability::MaybeIncorrect)}));
  Diagnostic note_only = ErrorWith({});
  Child note;
  note.text = Text("a note");
  note_only.children.push_back(note);
  ds.push_back(note_only);
  FixOutcome out = ApplyFixes(source, ds);
  EXPECT_EQ(out.text, kText);
  EXPECT_TRUE(out.applied.empty());
  EXPECT_EQ(out.skipped, 0u);
}

TEST(ApplyFixes, AHintsEditsGoTogetherOrNotAtAll) {
  SourceBuffer source("a.ml", kText);
  std::vector<Diagnostic> ds;
  // First: replace `Int32.add` (8-17). Second: two edits, one of which
  // overlaps the first (the `add`): neither of its edits is applied.
  ds.push_back(ErrorWith({HintWith({Edit{Span{8, 17}, "Int64.add"}})}));
  ds.push_back(ErrorWith({HintWith({Edit{Span{14, 17}, "sub"}, Edit{Span{20, 21}, "3l"}})}));
  FixOutcome out = ApplyFixes(source, ds);
  EXPECT_EQ(out.text, "let _ = Int64.add 1 3\n");
  EXPECT_EQ(out.applied.size(), 1u);
  EXPECT_EQ(out.skipped, 1u);
}

TEST(ApplyFixes, WhatCountsAsOverlapping) {
  SourceBuffer source("a.ml", kText);
  auto run = [&](Edit first, Edit second) {
    std::vector<Diagnostic> ds;
    ds.push_back(ErrorWith({HintWith({first})}));
    ds.push_back(ErrorWith({HintWith({second})}));
    return ApplyFixes(source, ds);
  };
  // Adjacent replacements do not overlap.
  EXPECT_EQ(run(Edit{Span{18, 19}, "2"}, Edit{Span{19, 20}, "_"}).text, "let _ = Int32.add 2_3\n");
  // Two insertions at one offset: their order would be a guess.
  EXPECT_EQ(run(Edit{Span{19, 19}, "l"}, Edit{Span{19, 19}, "L"}).skipped, 1u);
  // An insertion at the start of a replacement: likewise.
  EXPECT_EQ(run(Edit{Span{18, 18}, "("}, Edit{Span{18, 19}, "2"}).skipped, 1u);
  // An insertion at the end of a replacement is after it.
  EXPECT_EQ(run(Edit{Span{18, 19}, "2"}, Edit{Span{19, 19}, "l"}).text, "let _ = Int32.add 2l 3\n");
  // The same fix offered twice is applied once, and not counted as skipped.
  FixOutcome same = run(Edit{Span{19, 19}, "l"}, Edit{Span{19, 19}, "l"});
  EXPECT_EQ(same.text, "let _ = Int32.add 1l 3\n");
  EXPECT_EQ(same.applied.size(), 1u);
  EXPECT_EQ(same.skipped, 0u);
  // An edit outside the text is skipped, not applied.
  EXPECT_EQ(run(Edit{Span{30, 31}, "x"}, Edit{Span{19, 19}, "l"}).skipped, 1u);
}

std::string TempDir() {
  std::string dir = (std::filesystem::temp_directory_path() / "mlhint-fix-XXXXXX").string();
  EXPECT_NE(mkdtemp(dir.data()), nullptr);
  return dir;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(WriteFileAtomically, KeepsPermissionsAndLinks) {
  std::string dir = TempDir();
  std::string file = dir + "/a.ml";
  std::ofstream(file) << "old";
  ASSERT_EQ(chmod(file.c_str(), 0640), 0);
  ASSERT_EQ(symlink("a.ml", (dir + "/link.ml").c_str()), 0);
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(dir + "/link.ml", "new text", &error)) << error;
  EXPECT_EQ(ReadAll(file), "new text");
  struct stat info;
  ASSERT_EQ(lstat((dir + "/link.ml").c_str(), &info), 0);
  EXPECT_TRUE(S_ISLNK(info.st_mode));  // the link is still a link
  ASSERT_EQ(stat(file.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0640u);
  // Nothing is left behind but the two names.
  size_t entries = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    (void)entry;
    ++entries;
  }
  EXPECT_EQ(entries, 2u);
  EXPECT_FALSE(WriteFileAtomically(dir + "/missing/b.ml", "x", &error));
  EXPECT_FALSE(error.empty());
  std::filesystem::remove_all(dir);
}

TEST(WriteFileAtomically, CreatesAFileWithTheModeTheUmaskLeaves) {
  std::string dir = TempDir();
  mode_t old = umask(022);
  std::string error;
  bool written = WriteFileAtomically(dir + "/new.ml.corrected", "text", &error);
  umask(old);
  ASSERT_TRUE(written) << error;
  EXPECT_EQ(ReadAll(dir + "/new.ml.corrected"), "text");
  struct stat info;
  ASSERT_EQ(stat((dir + "/new.ml.corrected").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0644u);
  size_t entries = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    (void)entry;
    ++entries;
  }
  EXPECT_EQ(entries, 1u);
  std::filesystem::remove_all(dir);
}

// --- The explanations -------------------------------------------------

std::set<std::string> ExplainedCodes() {
  std::set<std::string> codes;
  for (const Explanation& e : Explanations()) codes.insert(e.code);
  return codes;
}

TEST(Explanations, EveryCodeHasOneSection) {
  std::set<std::string> seen;
  for (const Explanation& e : Explanations())
    EXPECT_TRUE(seen.insert(e.code).second) << "twice: " << e.code;
  std::set<std::string> codes = ExplainedCodes();
  for (DiagKind kind : AllDiagKinds()) {
    const DiagKindInfo& info = Info(kind);
    const Explanation* e = FindExplanation(info.code);
    ASSERT_NE(e, nullptr) << info.code;
    // The summary of an error is the registry's, word for word.
    EXPECT_EQ(e->summary, info.summary) << info.code;
    EXPECT_EQ(e->kind, info.severity == Severity::Error ? "Error"
                       : kind == DiagKind::Alert        ? "Alert"
                                                        : "Warning");
  }
  for (int n = 1; n <= kLastWarningNumber; ++n) {
    Diagnostic w = MakeWarning(n, Span{}, "");
    const Explanation* e = FindExplanation(w.Code());
    ASSERT_NE(e, nullptr) << w.Code();
    EXPECT_EQ(e->kind, "Warning " + std::to_string(n)) << w.Code();
    EXPECT_EQ(FindExplanation(std::to_string(n)), e);
  }
  EXPECT_NE(FindExplanation("alert-deprecated"), nullptr);
  // Nothing else: every section is a code mlhint has.
  size_t expected = AllDiagKinds().size() + kLastWarningNumber + 1;
  EXPECT_EQ(codes.size(), expected);
}

TEST(Explanations, EveryExampleShowsItsCode) {
  size_t examples = 0;
  for (const Explanation& e : Explanations()) {
    if (e.example.empty()) continue;
    ++examples;
    CheckResult result = CheckExample(e);
    std::vector<std::string> codes;
    for (const Diagnostic& d : result.diagnostics) codes.push_back(d.Code());
    EXPECT_NE(std::find(codes.begin(), codes.end(), e.code), codes.end())
        << e.code << ": its example gives " << ::testing::PrintToString(codes);
  }
  EXPECT_GT(examples, 70u);
}

TEST(Explanations, TheIndexListsEverySection) {
  std::ifstream in(MLHINT_DIAGNOSTICS_MD);
  ASSERT_TRUE(in) << MLHINT_DIAGNOSTICS_MD;
  std::string line;
  std::vector<std::string> rows;
  while (std::getline(in, line)) {
    if (line.rfind("| [", 0) != 0) continue;
    rows.push_back(line);
  }
  const std::vector<Explanation>& all = Explanations();
  ASSERT_EQ(rows.size(), all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    const Explanation& e = all[i];
    EXPECT_EQ(rows[i],
              "| [" + e.code + "](#" + e.code + ") | " + e.kind + " | " + e.summary + " |");
  }
}

TEST(Explanations, ParsesSectionsSummariesAndExampleOptions) {
  std::vector<Explanation> parsed = ParseExplanations(
      "# Title\n\nIntro.\n\n## Index\n\n| x |\n\n## first-code\n\nWarning 9: the summary\n\nA "
      "paragraph.\n\n"
      "```ocaml -w +9\nlet x = 1\n\n# not a heading\n```\n\nMore.\n\n```ocaml\nsecond\n```\n\n# "
      "Part\n\n"
      "## second\n\nError: s\n");
  ASSERT_EQ(parsed.size(), 2u);
  EXPECT_EQ(parsed[0].code, "first-code");
  EXPECT_EQ(parsed[0].kind, "Warning 9");
  EXPECT_EQ(parsed[0].summary, "the summary");
  EXPECT_EQ(parsed[0].example, "let x = 1\n\n# not a heading\n");
  EXPECT_EQ(parsed[0].example_options, "-w +9");
  EXPECT_EQ(parsed[0].body.substr(0, 13), "A paragraph.\n");
  EXPECT_EQ(parsed[0].body.substr(parsed[0].body.size() - 4),
            "```\n");  // up to "# Part", blank lines dropped
  EXPECT_EQ(parsed[1].code, "second");
  EXPECT_EQ(parsed[1].body, "");
}

TEST(Explain, KnownUnknownAndNumbers) {
  std::string out, err;
  EXPECT_EQ(Explain("partial-match", out, err), 0);
  EXPECT_EQ(out.rfind("partial-match (Warning 8): ", 0), 0u) << out;
  EXPECT_NE(out.find("Warning 8 [partial-match]: this pattern-matching is not exhaustive."),
            std::string::npos)
      << out;
  EXPECT_TRUE(err.empty());
  out.clear();
  EXPECT_EQ(Explain("W8", out, err), 0);
  EXPECT_EQ(out.rfind("partial-match", 0), 0u);
  out.clear();
  EXPECT_EQ(Explain("typ-mismatch", out, err), 2);
  EXPECT_TRUE(out.empty());
  EXPECT_EQ(err,
            "mlhint: unknown diagnostic code 'typ-mismatch'. Did you mean type-mismatch?\n"
            "'mlhint --explain list' lists every code.\n");
  err.clear();
  EXPECT_EQ(Explain("zzzzzzzzzzzzzzzzzz", out, err), 2);
  EXPECT_EQ(err,
            "mlhint: unknown diagnostic code 'zzzzzzzzzzzzzzzzzz'.\n'mlhint --explain list' lists "
            "every code.\n");
  EXPECT_EQ(Explain("list", out, err), 0);
  EXPECT_NE(out.find("type-mismatch"), std::string::npos);
}

TEST(Explain, CloseCodes) {
  std::vector<std::string> close = CloseCodes("unused-variable");
  EXPECT_FALSE(close.empty());
  EXPECT_EQ(close[0], "unused-var");
  EXPECT_EQ(CloseCodes("mismatch").size(), 3u);  // type-, pattern-type-, field-mismatch
}

}  // namespace
}  // namespace mlhint
