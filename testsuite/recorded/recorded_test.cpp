// One test per recorded case of testsuite/ocaml-recorded/: with
// --hints=ocaml, mlhint must print, byte for byte, what OCaml 4.13.1 printed
// (NAME.ocamlc), and exit as it did; where a case shows what mlhint adds
// (NAME.expected), mlhint must print that by default.
//
// testsuite/ocaml-recorded/SUITES says how each directory was recorded
// (ocamlc -i, ocamlc -c, or outside the subset); KNOWN_FAILURES lists the
// cases mlhint does not match yet, each with the reason. A known failure
// that starts passing fails too, so that the list stays true.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "testsuite/cli/run_mlhint.h"
#include "testsuite/recorded/case_files.h"

namespace mlhint::testing {
namespace {

namespace fs = std::filesystem;

enum class Mode { Interface, Compile, Unsupported };

class RecordedCase : public ::testing::Test {
 public:
  RecordedCase(fs::path dir, std::string name, Mode mode, std::string known_failure)
      : dir_(std::move(dir)),
        name_(std::move(name)),
        mode_(mode),
        known_failure_(std::move(known_failure)) {}

  void TestBody() override {
    std::string source = ReadFile(dir_ / (name_ + ".ml"));
    fs::path expected_path = dir_ / (name_ + ".expected");
    bool goes_further = fs::exists(expected_path);
    std::vector<std::string> args;
    if (mode_ != Mode::Compile) args.push_back("-i");
    args.push_back("--max-errors=1");  // ocamlc stops at the first error
    for (const std::string& f : FlagsOf(source)) args.push_back(f);
    args.push_back(name_ + ".ml");
    std::vector<std::string> ocaml_args = args;
    ocaml_args.insert(ocaml_args.begin(), "--hints=ocaml");
    RunResult r = RunMlhint(goes_further || mode_ == Mode::Unsupported ? args : ocaml_args, "", 60,
                            RunOptions{dir_.string(), true});
    ASSERT_FALSE(r.timed_out);
    ASSERT_EQ(r.signal, 0) << r.out;

    if (mode_ == Mode::Unsupported) {
      // ocamlc accepts most of these; mlhint must refuse them clearly, at
      // the construct, whatever else it says.
      EXPECT_EQ(r.exit_code, 2) << r.out;
      EXPECT_NE(r.out.find("not supported by mlhint"), std::string::npos) << r.out;
      return;
    }

    if (!goes_further) expected_path = dir_ / (name_ + ".ocamlc");
    std::string expected = ReadFile(expected_path);
    int expected_status = std::stoi(ReadFile(dir_ / (name_ + ".status")));
    bool matches = r.out == expected && r.exit_code == expected_status;
    if (!known_failure_.empty()) {
      EXPECT_FALSE(matches) << name_ << " now passes: remove it from KNOWN_FAILURES ("
                            << known_failure_ << ")";
      return;
    }
    EXPECT_EQ(r.out, expected) << "mlhint "
                               << ::testing::PrintToString(goes_further ? args : ocaml_args)
                               << " in " << dir_;
    EXPECT_EQ(r.exit_code, expected_status);
    if (goes_further) {
      // What mlhint adds never changes what OCaml says.
      RunResult o = RunMlhint(ocaml_args, "", 60, RunOptions{dir_.string(), true});
      EXPECT_EQ(o.out, ReadFile(dir_ / (name_ + ".ocamlc"))) << "mlhint --hints=ocaml in " << dir_;
    }
  }

 private:
  fs::path dir_;
  std::string name_;
  Mode mode_;
  std::string known_failure_;
};

void RegisterCases(const fs::path& root) {
  std::map<std::string, std::string> known;  // "dir/name" -> reason
  for (const std::string& line : Lines(ReadFile(root / "KNOWN_FAILURES"))) {
    size_t space = line.find_first_of(" \t");
    std::string reason =
        space == std::string::npos ? "" : line.substr(line.find_first_not_of(" \t", space));
    known[line.substr(0, space)] = reason.empty() ? "no reason given" : reason;
  }
  for (const std::string& line : Lines(ReadFile(root / "SUITES"))) {
    std::istringstream words(line);
    std::string dir, mode_name;
    words >> dir >> mode_name;
    Mode mode = mode_name == "-c"            ? Mode::Compile
                : mode_name == "unsupported" ? Mode::Unsupported
                                             : Mode::Interface;
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(root / dir))
      if (entry.path().extension() == ".ml") names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    std::string suite = "Recorded_" + dir;
    for (char& c : suite)
      if (c == '-' || c == '/') c = '_';
    for (const std::string& name : names) {
      auto it = known.find(dir + "/" + name);
      std::string reason = it == known.end() ? "" : it->second;
      ::testing::RegisterTest(
          suite.c_str(), name.c_str(), nullptr, nullptr, __FILE__, __LINE__,
          [=]() -> ::testing::Test* { return new RecordedCase(root / dir, name, mode, reason); });
    }
  }
}

}  // namespace
}  // namespace mlhint::testing

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  mlhint::testing::RegisterCases(MLHINT_RECORDED_DIR);
  return RUN_ALL_TESTS();
}
