// Runs the mlhint command on one reproducer of testsuite/fuzz/regressions/
// (an input a fuzzer or the generator found, kept with the commit that
// fixed it), the way the fuzz target that found it ran it, and fails when
// mlhint crashes, takes more than 10 s, reports a sanitizer error or exits
// with a status the command never gives. One CTest test per file
// (`ctest -R fuzz_regressions/`):
//
//   NAME.ml      mlhint FILE (plain, -i, short, json, sarif, --fix on a
//                copy): 0 or 2, and on 2 an "Error" on stderr (or a JSON
//                document on stdout); with a first line `(* exit: 0 *)`,
//                exactly 0
//   NAME.expect  mlhint expect on a copy named NAME.ml: 0, 1 or 2
//   NAME.lsp     the bytes on mlhint lsp's standard input: 0 or 1

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "testsuite/cli/run_mlhint.h"

namespace fs = std::filesystem;
using mlhint::testing::RunMlhint;
using mlhint::testing::RunOptions;
using mlhint::testing::RunResult;

namespace {

int failures = 0;

void Fail(const std::string& what, const RunResult& r) {
  ++failures;
  std::fprintf(stderr, "FAIL: %s (exit %d, signal %d%s, %.1f s)\n--- stderr:\n%s\n", what.c_str(),
               r.exit_code, r.signal, r.timed_out ? ", timed out" : "", r.seconds,
               r.err.substr(0, 6000).c_str());
}

// The fuzzers' bound on one input (-timeout=10): the promise that
// nothing under 10 MB takes longer.
constexpr double kMaxSeconds = 10;

// No crash, no hang, no sanitizer report, and a status among `allowed`.
bool Clean(const std::string& what, const RunResult& r, std::initializer_list<int> allowed) {
  bool status_ok = false;
  for (int s : allowed) status_ok |= r.exit_code == s;
  if (r.timed_out || r.seconds > kMaxSeconds || r.signal != 0 || !status_ok ||
      r.err.find("AddressSanitizer") != std::string::npos ||
      r.err.find("runtime error") != std::string::npos ||
      r.err.find("LeakSanitizer") != std::string::npos) {
    Fail(what, r);
    return false;
  }
  return true;
}

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void Write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

constexpr double kTimeout = 60;

void RunProgram(const fs::path& file, const std::string& text) {
  bool must_pass = text.rfind("(* exit: 0 *)", 0) == 0;
  std::string path = file.string();
  auto check = [&](const std::string& what, const RunResult& r) {
    if (!Clean(what, r, {0, 2})) return;
    if (must_pass && r.exit_code != 0)
      Fail(what + ": the program is well-typed, mlhint rejects it", r);
    if (r.exit_code == 2 && r.err.find("rror") == std::string::npos &&
        r.out.find("\"error\"") == std::string::npos)
      Fail(what + ": exit status 2 with no error shown", r);
  };
  check("mlhint FILE", RunMlhint({path}, "", kTimeout));
  check("mlhint -i FILE", RunMlhint({"-i", path}, "", kTimeout));
  check("mlhint --format=short FILE", RunMlhint({"--format=short", path}, "", kTimeout));
  check("mlhint --format=json FILE", RunMlhint({"--format=json", path}, "", kTimeout));
  check("mlhint --format=sarif FILE", RunMlhint({"--format=sarif", path}, "", kTimeout));
  check("mlhint --max-errors=1 -w +a FILE",
        RunMlhint({"--max-errors=1", "-w", "+a", path}, "", kTimeout));
  check("mlhint --fix - (a copy on stdin)", RunMlhint({"--fix", "-"}, text, kTimeout));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s REPRODUCER\n", argv[0]);
    return 2;
  }
  fs::path file = argv[1];
  std::string text = Read(file);
  std::string ext = file.extension().string();
  if (ext == ".ml") {
    RunProgram(file, text);
  } else if (ext == ".expect") {
    fs::path dir =
        fs::temp_directory_path() / ("mlhint-fuzz-regression-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::string name = file.stem().string() + ".ml";
    Write(dir / name, text);
    RunOptions options;
    options.cwd = dir.string();
    Clean("mlhint expect", RunMlhint({"expect", name}, "", kTimeout, options), {0, 1, 2});
    fs::remove_all(dir);
  } else if (ext == ".lsp") {
    Clean("mlhint lsp", RunMlhint({"lsp"}, text, kTimeout), {0, 1});
  } else {
    std::fprintf(stderr, "%s: not a reproducer (.ml, .expect or .lsp)\n", argv[1]);
    return 2;
  }
  return failures == 0 ? 0 : 1;
}
