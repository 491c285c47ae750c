// `mlhint lsp` run as a subprocess over pipes, with a small client of its
// own for the protocol tests: framing here is written independently of the
// server's (lsp/transport.cpp), so that a bug there cannot hide itself.
#pragma once

#include <sys/types.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace mlhint::testing {

using json = nlohmann::json;

class LspProcess {
 public:
  // `mlhint lsp ARGS...`
  explicit LspProcess(const std::vector<std::string>& args = {});
  ~LspProcess();  // kills the server if it still runs
  LspProcess(const LspProcess&) = delete;
  LspProcess& operator=(const LspProcess&) = delete;

  void SendRaw(const std::string& bytes);
  void Send(const json& message);  // framed
  // Sends a request with a fresh integer id and returns that id.
  int64_t SendRequest(const std::string& method, const json& params);
  void Notify(const std::string& method, const json& params);

  // The next message from the server, or nullopt after `timeout` seconds or
  // at the end of its output.
  std::optional<json> Read(double timeout = 30);
  // Reads until a message satisfies `match`; every message read is kept in
  // `seen()`. Fails the test (and returns null) on timeout.
  json WaitFor(const std::function<bool(const json&)>& match, double timeout = 60);
  json Response(int64_t id, double timeout = 60);
  // Request and response in one.
  json Call(const std::string& method, const json& params, double timeout = 60);
  // The next publishDiagnostics for `uri` (with `version`, when given).
  json Diagnostics(const std::string& uri, std::optional<int64_t> version = std::nullopt,
                   double timeout = 60);

  // initialize (with `capabilities`) + initialized; returns the result.
  json Initialize(const json& capabilities = DefaultCapabilities());
  static json DefaultCapabilities();

  void CloseInput();
  // The exit status, or -1 if it did not exit within `timeout`.
  int WaitExit(double timeout = 30);
  std::string Stderr() const;

  const std::vector<json>& seen() const { return seen_; }

 private:
  bool Fill(double timeout);

  pid_t pid_ = -1;
  int in_ = -1, out_ = -1;
  std::string stderr_path_;
  std::string buffer_;
  std::vector<json> seen_;
  int64_t next_id_ = 1;
  int status_ = -1;
};

// The text after applying LSP TextEdits (UTF-16 positions) to `text`, as a
// client does: edits against the original text, applied from the last.
std::string ApplyEdits(const std::string& text, const json& edits);

// A well-typed program of about `lines` lines (for tests that need a check
// to take a while).
std::string LargeProgram(int lines);

}  // namespace mlhint::testing
