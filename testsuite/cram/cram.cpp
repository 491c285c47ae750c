// A runner for cram-style tests of the mlhint command (testsuite/cram/*.t).
//
//   mlhint_cram --bindir DIR [--update] FILE.t...
//
// The classic cram format: a line `  $ command` (continued by `  > ...`
// lines) is a shell command, the lines indented by two spaces after it are
// its expected output (stdout and stderr merged), and a last line `  [N]`
// is its exit status when that is not 0. Every other line is prose. All the
// commands of a file run in order in one `sh`, in a fresh temporary
// directory, with DIR (where the mlhint binary is) first on PATH, stdin from
// /dev/null, and LC_ALL=C. A line of output that contains control
// characters is written with them escaped (`\x1b`, and `\\` for a
// backslash) and ends with ` (esc)`; output that does not end with a
// newline ends with ` (no-eol)`.
//
// The exit status is 0 when every command printed what was expected;
// otherwise the differences are printed as a unified diff between the file
// and the file as it would be with the actual output, and the status is 1
// (2 for a usage or I/O error). With --update the file is rewritten with
// the actual output instead.

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMarker = "@@mlhint-cram@@";
constexpr double kTimeoutSeconds = 120;

// One command of a test file and the lines it spans.
struct Command {
  size_t first_line = 0;            // index of its `  $ ` line
  size_t end_line = 0;              // one past its last expected-output line
  std::vector<std::string> source;  // the command's lines, without `  $ ` / `  > `
  std::vector<std::string> expected;
};

struct TestFile {
  std::vector<std::string> lines;
  std::vector<Command> commands;
  bool final_newline = true;
};

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

TestFile ParseTest(const std::string& text) {
  TestFile t;
  std::string line;
  std::istringstream in(text);
  while (std::getline(in, line)) t.lines.push_back(line);
  t.final_newline = text.empty() || text.back() == '\n';
  for (size_t i = 0; i < t.lines.size();) {
    if (!StartsWith(t.lines[i], "  $ ")) {
      ++i;
      continue;
    }
    Command c;
    c.first_line = i;
    c.source.push_back(t.lines[i].substr(4));
    ++i;
    while (i < t.lines.size() && StartsWith(t.lines[i], "  > "))
      c.source.push_back(t.lines[i++].substr(4));
    while (i < t.lines.size() && StartsWith(t.lines[i], "  ") && !StartsWith(t.lines[i], "  $ "))
      c.expected.push_back(t.lines[i++].substr(2));
    c.end_line = i;
    t.commands.push_back(std::move(c));
  }
  return t;
}

// The script that runs every command and, after each, prints a marker with
// its index and exit status on a line of its own.
std::string Script(const TestFile& t, const std::string& dir) {
  std::string s = "cd '" + dir + "' || exit 99\n";
  for (size_t i = 0; i < t.commands.size(); ++i) {
    for (const std::string& l : t.commands[i].source) s += l + "\n";
    s +=
        "printf '\\n%s %d %d\\n' '" + std::string(kMarker) + "' " + std::to_string(i) + " \"$?\"\n";
  }
  return s;
}

struct RunOutput {
  std::string text;
  bool timed_out = false;
};

// Runs `sh script` with stdout and stderr merged into one pipe.
std::optional<RunOutput> RunShell(const std::string& script_path) {
  int out[2];
  if (pipe(out) != 0) return std::nullopt;
  pid_t pid = fork();
  if (pid < 0) return std::nullopt;
  if (pid == 0) {
    setpgid(0, 0);
    int null_in = open("/dev/null", O_RDONLY);
    if (null_in >= 0) dup2(null_in, 0);
    dup2(out[1], 1);
    dup2(out[1], 2);
    close(out[0]);
    close(out[1]);
    execl("/bin/sh", "sh", script_path.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  RunOutput result;
  auto start = std::chrono::steady_clock::now();
  char buf[65536];
  while (true) {
    double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (elapsed > kTimeoutSeconds) {
      kill(-pid, SIGKILL);
      result.timed_out = true;
      break;
    }
    pollfd p{out[0], POLLIN, 0};
    int ready = poll(&p, 1, 100);
    if (ready < 0 && errno != EINTR) break;
    if (ready <= 0) continue;
    ssize_t n = read(out[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    result.text.append(buf, static_cast<size_t>(n));
  }
  close(out[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return result;
}

// One line of actual output as the test file writes it.
std::string Encode(std::string_view line) {
  bool control = std::any_of(line.begin(), line.end(), [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return (u < 0x20 && u != '\t') || u == 0x7f;
  });
  if (!control) return std::string(line);
  std::string out;
  for (char c : line) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '\\') {
      out += "\\\\";
    } else if ((u < 0x20 && u != '\t') || u == 0x7f) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", u);
      out += hex;
    } else {
      out += c;
    }
  }
  return out + " (esc)";
}

std::vector<std::string> OutputLines(std::string_view text, int status) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      lines.push_back(Encode(text.substr(start)) + " (no-eol)");
      break;
    }
    lines.push_back(Encode(text.substr(start, nl - start)));
    start = nl + 1;
  }
  if (status != 0) lines.push_back("[" + std::to_string(status) + "]");
  return lines;
}

// The actual output of each command, from the markers in the shell's
// output; a command whose marker is missing (the shell exited) gets what
// was printed and a note.
std::vector<std::vector<std::string>> SplitOutput(const std::string& text, size_t commands,
                                                  bool timed_out) {
  std::vector<std::vector<std::string>> outputs(commands);
  size_t at = 0;
  for (size_t i = 0; i < commands; ++i) {
    std::string marker = "\n" + std::string(kMarker) + " " + std::to_string(i) + " ";
    size_t found = text.find(marker, at);
    if (found == std::string::npos) {
      outputs[i] = OutputLines(std::string_view(text).substr(at), 0);
      outputs[i].push_back(timed_out ? "*** timed out ***"
                                     : "*** the shell exited before the command ended ***");
      at = text.size();
      continue;
    }
    size_t status_start = found + marker.size();
    size_t status_end = text.find('\n', status_start);
    int status = std::atoi(text.substr(status_start, status_end - status_start).c_str());
    outputs[i] = OutputLines(std::string_view(text).substr(at, found - at), status);
    at = status_end == std::string::npos ? text.size() : status_end + 1;
  }
  return outputs;
}

// The test file with each command's expected output replaced.
std::vector<std::string> WithOutputs(const TestFile& t,
                                     const std::vector<std::vector<std::string>>& outputs) {
  std::vector<std::string> lines;
  size_t at = 0;
  for (size_t i = 0; i < t.commands.size(); ++i) {
    const Command& c = t.commands[i];
    size_t output_start = c.first_line + c.source.size();
    lines.insert(lines.end(), t.lines.begin() + static_cast<ptrdiff_t>(at),
                 t.lines.begin() + static_cast<ptrdiff_t>(output_start));
    for (const std::string& l : outputs[i]) lines.push_back("  " + l);
    at = c.end_line;
  }
  lines.insert(lines.end(), t.lines.begin() + static_cast<ptrdiff_t>(at), t.lines.end());
  return lines;
}

// A unified diff (3 lines of context) of two short line sequences.
std::string UnifiedDiff(const std::vector<std::string>& a, const std::vector<std::string>& b,
                        const std::string& name_a, const std::string& name_b) {
  size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  struct Op {
    char kind;
    size_t i, j;
  };
  std::vector<Op> ops;
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      ops.push_back({' ', i++, j++});
    } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops.push_back({'-', i++, j});
    } else {
      ops.push_back({'+', i, j++});
    }
  }
  std::string out = "--- " + name_a + "\n+++ " + name_b + "\n";
  constexpr size_t kContext = 3;
  for (size_t k = 0; k < ops.size();) {
    if (ops[k].kind == ' ') {
      ++k;
      continue;
    }
    size_t begin = k >= kContext ? k - kContext : 0;
    size_t end = k;
    size_t quiet = 0;
    while (end < ops.size() && quiet <= 2 * kContext) {
      quiet = ops[end].kind == ' ' ? quiet + 1 : 0;
      ++end;
    }
    end -= quiet > kContext ? quiet - kContext : 0;
    size_t a_count = 0, b_count = 0;
    for (size_t x = begin; x < end; ++x) {
      if (ops[x].kind != '+') ++a_count;
      if (ops[x].kind != '-') ++b_count;
    }
    out += "@@ -" + std::to_string(ops[begin].i + 1) + "," + std::to_string(a_count) + " +" +
           std::to_string(ops[begin].j + 1) + "," + std::to_string(b_count) + " @@\n";
    for (size_t x = begin; x < end; ++x)
      out += ops[x].kind + (ops[x].kind == '+' ? b[ops[x].j] : a[ops[x].i]) + "\n";
    k = end;
  }
  return out;
}

bool ReadFile(const fs::path& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream s;
  s << in.rdbuf();
  *text = s.str();
  return true;
}

bool WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  return static_cast<bool>(out);
}

// Runs one test file: 0 when it passes, 1 when it does not, 2 on an error.
int RunTest(const fs::path& path, bool update) {
  std::string text;
  if (!ReadFile(path, &text)) {
    std::fprintf(stderr, "mlhint_cram: cannot read %s\n", path.c_str());
    return 2;
  }
  TestFile test = ParseTest(text);
  std::string pattern = (fs::temp_directory_path() / "mlhint-cram-XXXXXX").string();
  if (!mkdtemp(pattern.data())) {
    std::fprintf(stderr, "mlhint_cram: cannot create a temporary directory: %s\n",
                 std::strerror(errno));
    return 2;
  }
  fs::path dir = pattern;
  // The script lives outside the test's directory, which starts empty.
  fs::path script = dir.string() + ".sh";
  fs::path work = dir / "work";
  std::error_code ec;
  fs::create_directory(work, ec);
  int result = 2;
  if (!ec && WriteFile(script, Script(test, work.string()))) {
    std::optional<RunOutput> run = RunShell(script.string());
    if (run) {
      std::vector<std::vector<std::string>> outputs =
          SplitOutput(run->text, test.commands.size(), run->timed_out);
      std::vector<std::string> actual = WithOutputs(test, outputs);
      if (actual == test.lines) {
        result = 0;
      } else if (update) {
        std::string out;
        for (size_t k = 0; k < actual.size(); ++k)
          out += actual[k] + (k + 1 < actual.size() || test.final_newline ? "\n" : "");
        result = WriteFile(path, out) ? 0 : 2;
        if (result == 0) std::fprintf(stderr, "mlhint_cram: updated %s\n", path.c_str());
      } else {
        std::string diff =
            UnifiedDiff(test.lines, actual, path.string(), path.string() + " (actual)");
        std::fwrite(diff.data(), 1, diff.size(), stdout);
        result = 1;
      }
    }
  }
  fs::remove_all(dir, ec);
  fs::remove(script, ec);
  return result;
}

}  // namespace

int main(int argc, char** argv) {
  std::string bindir;
  bool update = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--bindir" && i + 1 < argc) {
      bindir = argv[++i];
    } else if (arg == "--update") {
      update = true;
    } else if (StartsWith(arg, "-")) {
      std::fprintf(stderr, "usage: mlhint_cram --bindir DIR [--update] FILE.t...\n");
      return 2;
    } else {
      files.push_back(arg);
    }
  }
  if (bindir.empty() || files.empty()) {
    std::fprintf(stderr, "usage: mlhint_cram --bindir DIR [--update] FILE.t...\n");
    return 2;
  }
  const char* path = std::getenv("PATH");
  std::string new_path = fs::absolute(bindir).string() + (path ? ":" + std::string(path) : "");
  setenv("PATH", new_path.c_str(), 1);
  setenv("LC_ALL", "C", 1);
  // The tests say when they want these.
  unsetenv("NO_COLOR");
  unsetenv("OCAMLRUNPARAM");
  int status = 0;
  for (const std::string& f : files) status = std::max(status, RunTest(fs::absolute(f), update));
  return status;
}
