#include "testsuite/cli/run_mlhint.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace mlhint::testing {

RunResult RunMlhint(const std::vector<std::string>& args, const std::string& stdin_text,
                    double timeout_seconds, const RunOptions& options) {
  RunResult result;
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe(in_pipe) || pipe(out_pipe) || pipe(err_pipe)) return result;
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(options.merge_output ? out_pipe[1] : err_pipe[1], 2);
    if (!options.cwd.empty() && chdir(options.cwd.c_str()) != 0) _exit(126);
    close(in_pipe[1]);
    close(out_pipe[0]);
    close(err_pipe[0]);
    std::vector<char*> argv;
    std::string binary = MLHINT_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  fcntl(in_pipe[1], F_SETFL, O_NONBLOCK);
  size_t written = 0;
  bool in_open = true;
  if (stdin_text.empty()) {
    close(in_pipe[1]);
    in_open = false;
  }
  bool out_open = true, err_open = true;
  if (options.merge_output) {
    close(err_pipe[0]);
    err_open = false;
  }
  char buf[65536];
  while (out_open || err_open || in_open) {
    double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (elapsed > timeout_seconds) {
      kill(pid, SIGKILL);
      result.timed_out = true;
      break;
    }
    pollfd fds[3];
    int n = 0;
    int out_i = -1, err_i = -1, in_i = -1;
    if (out_open) {
      fds[n] = {out_pipe[0], POLLIN, 0};
      out_i = n++;
    }
    if (err_open) {
      fds[n] = {err_pipe[0], POLLIN, 0};
      err_i = n++;
    }
    if (in_open) {
      fds[n] = {in_pipe[1], POLLOUT, 0};
      in_i = n++;
    }
    if (poll(fds, static_cast<nfds_t>(n), 100) < 0) break;
    if (out_i >= 0 && fds[out_i].revents) {
      ssize_t r = read(out_pipe[0], buf, sizeof buf);
      if (r <= 0)
        out_open = false;
      else
        result.out.append(buf, static_cast<size_t>(r));
    }
    if (err_i >= 0 && fds[err_i].revents) {
      ssize_t r = read(err_pipe[0], buf, sizeof buf);
      if (r <= 0)
        err_open = false;
      else
        result.err.append(buf, static_cast<size_t>(r));
    }
    if (in_i >= 0 && fds[in_i].revents) {
      ssize_t w = write(in_pipe[1], stdin_text.data() + written, stdin_text.size() - written);
      if (w > 0) written += static_cast<size_t>(w);
      if (w < 0 || written == stdin_text.size()) {
        close(in_pipe[1]);
        in_open = false;
      }
    }
  }
  if (in_open) close(in_pipe[1]);
  close(out_pipe[0]);
  if (!options.merge_output) close(err_pipe[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  return result;
}

std::string TempFile(const std::string& name, const std::string& contents) {
  // One directory per test process, removed when the process ends (each
  // run of the suite used to leave its directories behind in /tmp).
  struct TempDir {
    std::string path;
    ~TempDir() {
      std::error_code ignored;
      if (!path.empty()) std::filesystem::remove_all(path, ignored);
    }
  };
  static TempDir temp = [] {
    char tmpl[] = "/tmp/mlhint-test-XXXXXX";
    return TempDir{mkdtemp(tmpl) ? std::string(tmpl) : std::string()};
  }();
  std::string dir = temp.path.empty() ? std::string("/tmp") : temp.path;
  std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

}  // namespace mlhint::testing
