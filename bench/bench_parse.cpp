// Lexing + parsing throughput on a generated 100,000-line program.
// Target (issue 2): under 100 ms on the project's machine.
//
//   bench_parse [--runs N] [--write FILE]
//
// --write FILE also saves the program, to profile `mlhint` on the same text.

#include <cstdio>
#include <fstream>
#include <string>

#include "bench/bench_util.h"
#include "bench/generate.h"
#include "parser/parse.h"
#include "support/large_stack.h"

int main(int argc, char** argv) {
  using namespace mlhint;
  int runs = bench::Runs(argc, argv, 11);
  std::string text = bench::GenerateProgram(100000);
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::string(argv[i]) != "--write") continue;
    std::ofstream out(argv[i + 1], std::ios::binary);
    out << text;
    if (!out) {
      std::printf("cannot write %s\n", argv[i + 1]);
      return 1;
    }
  }
  SourceBuffer source("bench.ml", text);
  std::printf("lex+parse: %u lines, %.1f MB, %d runs\n", source.lines().LineCount() - 1,
              static_cast<double>(text.size()) / 1e6, runs);
  bool ok = true;
  std::vector<double> ms = bench::TimeRuns(runs, [&] {
    RunWithLargeStack([&] {
      ParseResult r = Parse(source);
      if (r.error) ok = false;
    });
  });
  if (!ok) {
    std::printf("FAILED: the generated program does not parse\n");
    return 1;
  }
  double median = bench::Median(ms);
  std::printf("median %.1f ms (min %.1f, max %.1f), %.0f MB/s, peak RSS %.0f MiB\n", median,
              *std::min_element(ms.begin(), ms.end()), *std::max_element(ms.begin(), ms.end()),
              static_cast<double>(text.size()) / 1e3 / median, bench::PeakRssMiB());
  std::printf("target: < 100 ms -> %s\n", median < 100 ? "met" : "NOT MET");
  return 0;
}
