#include "testsuite/lsp/lsp_process.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace mlhint::testing {
namespace {

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

LspProcess::LspProcess(const std::vector<std::string>& args) {
  // argv before the fork: the child only execs.
  std::vector<std::string> strings{MLHINT_BINARY, "lsp"};
  strings.insert(strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  char path[] = "/tmp/mlhint-lsp-stderr-XXXXXX";
  int err = mkstemp(path);
  stderr_path_ = path;
  int in_pipe[2], out_pipe[2];
  if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0) {
    ADD_FAILURE() << "pipe failed";
    return;
  }
  pid_ = fork();
  if (pid_ == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(err, 2);
    close(in_pipe[1]);
    close(out_pipe[0]);
    execv(MLHINT_BINARY, argv.data());
    _exit(127);
  }
  close(err);
  close(in_pipe[0]);
  close(out_pipe[1]);
  in_ = in_pipe[1];
  out_ = out_pipe[0];
  signal(SIGPIPE, SIG_IGN);  // a test that kills the server must not die writing to it
}

LspProcess::~LspProcess() {
  if (in_ >= 0) close(in_);
  if (pid_ > 0 && status_ < 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  if (out_ >= 0) close(out_);
  unlink(stderr_path_.c_str());
}

void LspProcess::SendRaw(const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = write(in_, bytes.data() + done, bytes.size() - done);
    if (n <= 0) {
      ADD_FAILURE() << "cannot write to the server";
      return;
    }
    done += static_cast<size_t>(n);
  }
}

void LspProcess::Send(const json& message) {
  std::string body = message.dump();
  SendRaw("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

int64_t LspProcess::SendRequest(const std::string& method, const json& params) {
  int64_t id = next_id_++;
  Send(json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
  return id;
}

void LspProcess::Notify(const std::string& method, const json& params) {
  Send(json{{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
}

bool LspProcess::Fill(double timeout) {
  pollfd fd{out_, POLLIN, 0};
  int ms = static_cast<int>(timeout * 1000);
  if (poll(&fd, 1, std::max(ms, 0)) <= 0) return false;
  char chunk[65536];
  ssize_t n = read(out_, chunk, sizeof chunk);
  if (n <= 0) return false;
  buffer_.append(chunk, static_cast<size_t>(n));
  return true;
}

std::optional<json> LspProcess::Read(double timeout) {
  double deadline = Now() + timeout;
  for (;;) {
    size_t end = buffer_.find("\r\n\r\n");
    if (end != std::string::npos) {
      std::string header = buffer_.substr(0, end);
      size_t colon = header.find("Content-Length:");
      EXPECT_NE(colon, std::string::npos) << "a header block without Content-Length: " << header;
      if (colon == std::string::npos) return std::nullopt;
      size_t length = std::stoul(header.substr(colon + 15));
      if (buffer_.size() >= end + 4 + length) {
        json message = json::parse(buffer_.substr(end + 4, length));
        buffer_.erase(0, end + 4 + length);
        return message;
      }
    }
    double left = deadline - Now();
    if (left <= 0 || !Fill(left)) return std::nullopt;
  }
}

json LspProcess::WaitFor(const std::function<bool(const json&)>& match, double timeout) {
  double deadline = Now() + timeout;
  for (;;) {
    std::optional<json> message = Read(deadline - Now());
    if (!message) {
      ADD_FAILURE() << "no matching message from the server; its stderr:\n" << Stderr();
      return json();
    }
    seen_.push_back(*message);
    if (match(*message)) return *message;
  }
}

json LspProcess::Response(int64_t id, double timeout) {
  return WaitFor(
      [id](const json& m) { return m.contains("id") && m["id"] == id && !m.contains("method"); },
      timeout);
}

json LspProcess::Call(const std::string& method, const json& params, double timeout) {
  return Response(SendRequest(method, params), timeout);
}

json LspProcess::Diagnostics(const std::string& uri, std::optional<int64_t> version,
                             double timeout) {
  return WaitFor(
      [&](const json& m) {
        return m.value("method", "") == "textDocument/publishDiagnostics" &&
               m["params"]["uri"] == uri &&
               (!version ||
                (m["params"].contains("version") && m["params"]["version"] == *version));
      },
      timeout)["params"];
}

json LspProcess::DefaultCapabilities() {
  return json{
      {"textDocument",
       {{"publishDiagnostics", {{"relatedInformation", true}, {"versionSupport", true}}},
        {"codeAction",
         {{"codeActionLiteralSupport", {{"codeActionKind", {{"valueSet", {"quickfix"}}}}}}}},
        {"hover", {{"contentFormat", {"markdown", "plaintext"}}}}}},
  };
}

json LspProcess::Initialize(const json& capabilities) {
  json result =
      Call("initialize",
           json{{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", capabilities}});
  Notify("initialized", json::object());
  return result;
}

void LspProcess::CloseInput() {
  if (in_ >= 0) close(in_);
  in_ = -1;
}

int LspProcess::WaitExit(double timeout) {
  double deadline = Now() + timeout;
  while (Now() < deadline) {
    int status = 0;
    pid_t r = waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
      status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      return status_;
    }
    usleep(5000);
  }
  return -1;
}

std::string LspProcess::Stderr() const {
  std::ifstream in(stderr_path_);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

namespace {

// Byte offset of an LSP position (UTF-16 units; '\n', "\r\n" and '\r' end
// lines), written apart from the server's LineMap on purpose.
size_t OffsetOf(const std::string& text, const json& position) {
  size_t line = position["line"], character = position["character"];
  size_t i = 0;
  for (size_t l = 0; l < line && i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++l;
  }
  size_t units = 0;
  while (i < text.size() && text[i] != '\n' && text[i] != '\r' && units < character) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    units += len == 4 ? 2 : 1;
    i += len;
  }
  return i;
}

}  // namespace

std::string ApplyEdits(const std::string& text, const json& edits) {
  std::vector<std::pair<size_t, size_t>> spans;
  std::vector<std::string> texts;
  for (const json& e : edits) {
    spans.emplace_back(OffsetOf(text, e["range"]["start"]), OffsetOf(text, e["range"]["end"]));
    texts.push_back(e["newText"]);
  }
  std::vector<size_t> order(spans.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return spans[a].first > spans[b].first; });
  std::string out = text;
  for (size_t i : order) out.replace(spans[i].first, spans[i].second - spans[i].first, texts[i]);
  return out;
}

std::string LargeProgram(int lines) {
  std::string text;
  for (int i = 0; i < lines / 2; ++i) {
    std::string n = std::to_string(i);
    text += "let f" + n + " x = List.map (fun y -> y + x * " + n + ") [x; 1; 2]\n";
    text += "let v" + n + " = List.length (f" + n + " " + n + ") + String.length \"" + n + "\"\n";
  }
  return text;
}

}  // namespace mlhint::testing
