// Every kind of diagnostic mlhint can emit, every warning it implements and
// every hint must be shown by at least one expect test of testsuite/expect/
// (the expect files are run through the same code as `mlhint expect`, and
// the codes they show are collected). The exceptions are listed below, each
// with the reason it cannot be shown there.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "diagnostics/diagnostic.h"
#include "diagnostics/warnings.h"
#include "driver/expect.h"
#include "hints/hints.h"
#include "support/large_stack.h"

namespace mlhint {
namespace {

namespace fs = std::filesystem;

// Kinds of the registry that no expect test can show.
const std::set<std::string> kNotShowable = {
    // Generic kinds: each warning and alert has its own code (below).
    "warning",
    "alert",
    // A file mlhint cannot read: the CLI tests show it (an expect file is
    // always read).
    "io-error",
    // A cycle between files: an expect file is one file; the cram test
    // testsuite/cram/project.t shows it.
    "dependency-cycle",
    // Limits of mlhint on hostile input (100,000 nested parentheses, types
    // growing without bound): the hostile-input CLI tests show them; an
    // expect file that big would be unreadable.
    "nesting-too-deep",
    // `ocamlc -c`'s error for a weak type variable left in the interface:
    // the toplevel prints '_weak1 instead; typing-errors-c/ shows it.
    "weak-type-variables",
};

// Warnings only the batch compiler gives, never the toplevel; the recorded
// corpora show them (warnings/t089, exhaustiveness/t185), or the cram tests.
const std::set<int> kBatchOnlyWarnings = {
    32,  // unused-value-declaration: a top-level value hidden by a later one;
         // each toplevel phrase is a structure of its own, so the toplevel
         // never gives it (checked with OCaml 4.13.1's toplevel);
         // testsuite/cram/warnings.t shows it
    63,  // erroneous-printed-signature: about the signature ocamlc -i prints
    70,  // missing-mli: about the .mli ocamlc -c looks for
};

// The OCaml warnings mlhint implements (numbers), by the code they show.
const int kImplementedWarnings[] = {1,  2,  4,  5,  6,  8,  9,  10, 11, 12, 14, 20, 21, 23, 26,
                                    27, 28, 29, 32, 35, 39, 40, 41, 42, 47, 52, 57, 63, 70};

std::set<std::string> CodesShown(std::vector<std::string>* files_seen) {
  std::set<std::string> codes;
  for (const auto& entry : fs::recursive_directory_iterator(MLHINT_EXPECT_DIR)) {
    if (entry.path().extension() != ".ml") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    ExpectFile file;
    std::string error;
    if (!ParseExpectFile(text.str(), &file, &error)) {
      ADD_FAILURE() << entry.path() << ": " << error;
      continue;
    }
    ExpectRun run;
    RunWithLargeStack(
        [&] { run = RunExpectChunks(entry.path().filename().string(), text.str(), file); });
    codes.insert(run.codes.begin(), run.codes.end());
    files_seen->push_back(entry.path().string());
  }
  return codes;
}

TEST(Coverage, EveryDiagnosticKindHintAndWarningHasAnExpectTest) {
  std::vector<std::string> files;
  std::set<std::string> shown = CodesShown(&files);
  ASSERT_FALSE(files.empty()) << "no expect file under " << MLHINT_EXPECT_DIR;
  std::vector<std::string> missing;
  for (DiagKind kind : AllDiagKinds()) {
    std::string code(Info(kind).code);
    if (!kNotShowable.count(code) && !shown.count(code)) missing.push_back(code);
  }
  for (int n : kImplementedWarnings) {
    if (kBatchOnlyWarnings.count(n)) continue;
    std::string code(WarningName(n));
    if (code.empty()) code = "warning-" + std::to_string(n);
    if (!shown.count(code)) missing.push_back(code + " (warning " + std::to_string(n) + ")");
  }
  if (!shown.count("alert-deprecated")) missing.push_back("alert-deprecated");
  for (std::string_view hint : hints::kHintIds)
    if (!shown.count(std::string(hint))) missing.push_back(std::string(hint) + " (hint)");
  std::string list;
  for (const std::string& m : missing) list += "\n  " + m;
  EXPECT_TRUE(missing.empty()) << "no expect test shows:" << list;
}

}  // namespace
}  // namespace mlhint
