// The cost of checking a small file from the command line, process start
// included: what a user waits for at each `mlhint file.ml` and what a CI
// job with many files pays per file. Most of it is the prelude (the
// standard library's signatures); a file gets the modules it names
// (Prelude::ForProgram). Measured, in the same run: a tiny file, a small
// exercise using List, Printf and String, the same exercise written with
// `Stdlib.` paths (which loads the whole library: the cost before the
// prelude was made per program), and ocamlc.opt -i on the exercise when it
// is installed.

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "bench/bench_util.h"

extern char** environ;

namespace {

// Runs `argv` with its output thrown away; false if it could not run.
bool Run(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return false;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status);
}

double MedianMs(const std::vector<std::string>& args, int runs) {
  Run(args);  // warm the page cache
  return mlhint::bench::Median(mlhint::bench::TimeRuns(runs, [&] { Run(args); }));
}

}  // namespace

int main(int argc, char** argv) {
  int runs = mlhint::bench::Runs(argc, argv, 41);
  const std::string dir = "/tmp/mlhint_bench_startup_";
  const std::string exercise =
      "let rec sum = function [] -> 0 | x :: rest -> x + sum rest\n"
      "let words s = List.filter (fun w -> w <> \"\") (String.split_on_char ' ' s)\n"
      "let () =\n"
      "  let l = List.map String.length (words \"the quick brown fox\") in\n"
      "  Printf.printf \"%d words, %d letters\\n\" (List.length l) (sum l)\n";
  std::string whole = exercise;
  for (const char* m : {"List.", "String.", "Printf."})
    for (size_t at = whole.find(m); at != std::string::npos; at = whole.find(m, at + 8))
      whole.insert(at, "Stdlib.");
  std::ofstream(dir + "tiny.ml") << "let x = 1\n";
  std::ofstream(dir + "exercise.ml") << exercise;
  std::ofstream(dir + "whole.ml") << whole;
  const std::string bin = MLHINT_BINARY;
  double tiny = MedianMs({bin, "-i", dir + "tiny.ml"}, runs);
  double small = MedianMs({bin, "-i", dir + "exercise.ml"}, runs);
  double all = MedianMs({bin, "-i", dir + "whole.ml"}, runs);
  std::printf("mlhint -i, a one-line file: median %.1f ms\n", tiny);
  std::printf("mlhint -i, a 5-line exercise (List, String, Printf): median %.1f ms\n", small);
  std::printf("mlhint -i, the same through Stdlib. paths (the whole library): median %.1f ms\n",
              all);
  std::printf("named modules only / whole library: %.2fx -> %s\n", small / all,
              small < all ? "faster" : "NOT FASTER");
  if (std::system("command -v ocamlc.opt > /dev/null 2>&1") == 0) {
    double ocaml = MedianMs({"ocamlc.opt", "-i", dir + "exercise.ml"}, runs);
    std::printf("ocamlc.opt -i, the exercise: median %.1f ms (%.1fx mlhint's time)\n", ocaml,
                ocaml / small);
  } else {
    std::printf("(ocamlc.opt not installed: no comparison)\n");
  }
  return 0;
}
