// Runs build/mlhint as a subprocess, for tests of the command's behaviour
// (exit status, output streams, time). The path comes from CMake.
#pragma once

#include <string>
#include <vector>

namespace mlhint::testing {

struct RunResult {
  int exit_code = -1;  // -1: killed by a signal or the timeout
  int signal = 0;
  bool timed_out = false;
  std::string out, err;
  double seconds = 0;
};

struct RunOptions {
  std::string cwd;            // the child's working directory ("" = ours)
  bool merge_output = false;  // stderr into `out`, interleaved as written (2>&1)
};

// Runs the mlhint binary with `args`, feeding `stdin_text`. The child is
// killed after `timeout_seconds`.
RunResult RunMlhint(const std::vector<std::string>& args, const std::string& stdin_text = "",
                    double timeout_seconds = 60, const RunOptions& options = {});

// A fresh temporary file holding `contents`; removed at exit.
std::string TempFile(const std::string& name, const std::string& contents);

}  // namespace mlhint::testing
