// `mlhint lsp`'s protocol side (see server.h): the loop that reads frames
// and the worker's wake-ups, JSON-RPC messages, requests and notifications,
// the lifecycle (initialize, shutdown, exit), settings, and what is sent
// back. The documents and the requests waiting on their checks are in
// server_documents.cpp; the Server class is declared in server_internal.h.

#include "lsp/server.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

#include "driver/options.h"
#include "lsp/document.h"
#include "lsp/render_lsp.h"
#include "lsp/server_internal.h"
#include "lsp/transport.h"
#include "lsp/worker.h"

namespace mlhint::lsp {
namespace protocol {

void Log(const std::string& text) {
  std::string line = "mlhint lsp: " + text + "\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
}

const json& Field(const json& object, const char* key) {
  if (!object.is_object())
    throw InvalidParams(std::string("expected an object holding `") + key + "'");
  auto it = object.find(key);
  if (it == object.end()) throw InvalidParams(std::string("missing `") + key + "'");
  return *it;
}

const std::string& StringField(const json& object, const char* key) {
  const json& value = Field(object, key);
  if (!value.is_string()) throw InvalidParams(std::string("`") + key + "' must be a string");
  return value.get_ref<const std::string&>();
}

int64_t IntegerField(const json& object, const char* key) {
  const json& value = Field(object, key);
  if (value.is_number_unsigned() &&
      value.get<uint64_t>() <= uint64_t(std::numeric_limits<int64_t>::max()))
    return value.get<int64_t>();
  if (value.is_number_integer() && !value.is_number_unsigned()) return value.get<int64_t>();
  throw InvalidParams(std::string("`") + key + "' must be an integer");
}

uint32_t UintField(const json& object, const char* key) {
  const json& value = Field(object, key);
  if (!value.is_number_unsigned() || value.get<uint64_t>() > std::numeric_limits<uint32_t>::max())
    throw InvalidParams(std::string("`") + key + "' must be an unsigned integer");
  return value.get<uint32_t>();
}

Position PositionField(const json& object, const char* key) {
  const json& p = Field(object, key);
  return Position{UintField(p, "line"), UintField(p, "character")};
}

Range RangeField(const json& object, const char* key) {
  const json& r = Field(object, key);
  return Range{PositionField(r, "start"), PositionField(r, "end")};
}

const std::string& DocumentUri(const json& params) {
  return StringField(Field(params, "textDocument"), "uri");
}

bool ValidId(const json& id) {
  return id.is_string() || id.is_number_integer() || id.is_null();
}

Server::Server(int in_fd, int out_fd, const ServerSettings& settings)
    : in_fd_(in_fd), out_fd_(out_fd), initial_settings_(settings), settings_(settings) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) == 0) {
    wake_read_ = fds[0];
    wake_write_ = fds[1];
  }
  int wake = wake_write_;
  worker_ = std::make_unique<Worker>(settings_.check, [wake] {
    char byte = 1;
    // A full pipe already says "wake up"; nothing else can go wrong here.
    ssize_t n = write(wake, &byte, 1);
    (void)n;
  });
}

Server::~Server() {
  worker_.reset();  // joins the worker before the pipe it writes to is closed
  if (wake_read_ >= 0) close(wake_read_);
  if (wake_write_ >= 0) close(wake_write_);
}

int Server::Run() {
  if (wake_read_ < 0) {
    Log("cannot create the worker's wake-up pipe");
    return 1;
  }
  char buffer[1 << 16];
  while (running_) {
    pollfd fds[2] = {{wake_read_, POLLIN, 0}, {in_fd_, POLLIN, 0}};
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      Log("poll failed");
      return 1;
    }
    if (fds[0].revents & POLLIN) {
      while (read(wake_read_, buffer, sizeof buffer) > 0) {
      }
      OnWorkerResults();
    }
    if (running_ && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
      ssize_t n = read(in_fd_, buffer, sizeof buffer);
      if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      if (n <= 0) {
        if (reader_.HasPartial()) Log("the input ended inside a message");
        // The client went away without `exit`: as after `exit`, the status
        // says whether it had asked for a shutdown.
        return state_ == State::ShutDown ? 0 : 1;
      }
      OnInput(std::string_view(buffer, static_cast<size_t>(n)));
    }
  }
  return exit_status_;
}

void Server::OnInput(std::string_view bytes) {
  reader_.Feed(bytes);
  while (running_) {
    std::optional<MessageReader::Frame> frame = reader_.Next();
    if (!frame) break;
    OnFrame(*frame);
  }
}

void Server::OnFrame(const MessageReader::Frame& frame) {
  if (!frame.ok) {
    Log("framing error: " + frame.body);
    ReplyError(nullptr, kParseError, "Parse error: " + frame.body);
    return;
  }
  // Parsing, and destroying what was parsed, do not recurse in nlohmann's
  // json, so a hostile nesting depth is harmless here.
  json message = json::parse(frame.body, nullptr, /*allow_exceptions=*/false);
  if (message.is_discarded()) {
    ReplyError(nullptr, kParseError, "Parse error: the message is not valid JSON");
    return;
  }
  OnMessage(message);
}

void Server::OnMessage(const json& message) {
  if (!message.is_object()) {
    ReplyError(nullptr, kInvalidRequest, "Invalid request: a message must be a JSON object");
    return;
  }
  auto id_it = message.find("id");
  bool has_id = id_it != message.end();
  if (has_id && !ValidId(*id_it)) {
    ReplyError(nullptr, kInvalidRequest, "Invalid request: an id must be a string or an integer");
    return;
  }
  const json& id = has_id ? *id_it : message;  // `message` is never read as an id
  auto method_it = message.find("method");
  if (method_it == message.end()) {
    // A response to a request of ours (there are none) is ignored.
    if (has_id && (message.contains("result") || message.contains("error"))) return;
    ReplyError(has_id ? id : json(nullptr), kInvalidRequest, "Invalid request: no method");
    return;
  }
  auto version = message.find("jsonrpc");
  if (!method_it->is_string() || version == message.end() || *version != "2.0") {
    if (has_id) ReplyError(id, kInvalidRequest, "Invalid request: not a JSON-RPC 2.0 request");
    return;
  }
  static const json kNoParams;
  auto params_it = message.find("params");
  const json& params = params_it == message.end() ? kNoParams : *params_it;
  const std::string& method = method_it->get_ref<const std::string&>();
  if (has_id)
    OnRequest(id, method, params);
  else
    OnNotification(method, params);
}

void Server::OnRequest(const json& id, const std::string& method, const json& params) {
  if (state_ == State::Uninitialized && method != "initialize") {
    ReplyError(id, kServerNotInitialized,
               "The server is not initialized: `initialize' must come first");
    return;
  }
  if (state_ == State::ShutDown) {
    ReplyError(id, kInvalidRequest, "Invalid request: the server is shut down");
    return;
  }
  try {
    if (method == "initialize")
      Initialize(id, params);
    else if (method == "shutdown")
      Shutdown(id);
    else if (method == "textDocument/hover")
      Enqueue(id, params, Waits::Query, QueryKind::Hover);
    else if (method == "textDocument/definition")
      Enqueue(id, params, Waits::Query, QueryKind::Definition);
    else if (method == "textDocument/references")
      Enqueue(id, params, Waits::Query, QueryKind::References);
    else if (method == "textDocument/documentSymbol")
      Enqueue(id, params, Waits::Query, QueryKind::Outline);
    else if (method == "textDocument/inlayHint")
      Enqueue(id, params, Waits::Query, QueryKind::InlayHints);
    else if (method == "textDocument/codeAction")
      Enqueue(id, params, Waits::CodeAction);
    else if (method == "textDocument/diagnostic")
      Enqueue(id, params, Waits::Diagnostic);
    else
      ReplyError(id, kMethodNotFound, "Method not found: " + method);
  } catch (const InvalidParams& e) {
    ReplyError(id, kInvalidParams, std::string("Invalid params: ") + e.what());
  } catch (const json::exception& e) {
    ReplyError(id, kInvalidParams, std::string("Invalid params: ") + e.what());
  } catch (const std::exception& e) {
    ReplyError(id, kInternalError, std::string("Internal error: ") + e.what());
  }
}

void Server::OnNotification(const std::string& method, const json& params) {
  if (method == "exit") {
    exit_status_ = state_ == State::ShutDown ? 0 : 1;
    running_ = false;
    return;
  }
  // Before `initialize` and after `shutdown`, notifications are dropped.
  if (state_ != State::Running) return;
  try {
    if (method == "textDocument/didOpen")
      DidOpen(params);
    else if (method == "textDocument/didChange")
      DidChange(params);
    else if (method == "textDocument/didClose")
      DidClose(params);
    else if (method == "$/cancelRequest")
      Cancel(params);
    else if (method == "workspace/didChangeConfiguration")
      DidChangeConfiguration(params);
    // initialized, didSave (the text is already known) and notifications
    // this server does not know are ignored, as the protocol asks.
  } catch (const std::exception& e) {
    Log(method + ": " + e.what());
  }
}

void Server::Initialize(const json& id, const json& params) {
  if (state_ != State::Uninitialized) {
    ReplyError(id, kInvalidRequest, "Invalid request: `initialize' was already received");
    return;
  }
  if (!params.is_object()) throw InvalidParams("`initialize' takes an object");
  client_ = ReadClientCapabilities(params);
  if (auto options = params.find("initializationOptions"); options != params.end()) {
    ReadSettings(*options, &initial_settings_);
    settings_ = initial_settings_;
    worker_->SetOptions(settings_.check);
  }
  state_ = State::Running;
  json capabilities;
  capabilities["positionEncoding"] = std::string(EncodingName(client_.encoding));
  capabilities["textDocumentSync"] = json{
      {"openClose", true}, {"change", 2 /* incremental */}, {"save", json{{"includeText", false}}}};
  capabilities["hoverProvider"] = true;
  capabilities["definitionProvider"] = true;
  capabilities["referencesProvider"] = true;
  capabilities["documentSymbolProvider"] = true;
  capabilities["inlayHintProvider"] = json{{"resolveProvider", false}};
  capabilities["codeActionProvider"] =
      json{{"codeActionKinds", json::array({"quickfix"})}, {"resolveProvider", false}};
  capabilities["diagnosticProvider"] = json{
      {"identifier", "mlhint"}, {"interFileDependencies", false}, {"workspaceDiagnostics", false}};
  Reply(id,
        json{{"capabilities", std::move(capabilities)},
             {"serverInfo", json{{"name", "mlhint"}, {"version", std::string(kMlhintVersion)}}}});
}

void Server::Shutdown(const json& id) {
  state_ = State::ShutDown;
  for (auto& [token, request] : pending_)
    ReplyError(request.id, kRequestCancelled, "The server is shutting down");
  pending_.clear();
  Reply(id, nullptr);
}

void Server::ReadSettings(const json& object, ServerSettings* settings) {
  std::vector<std::string> problems;
  ApplySettings(object, settings, &problems);
  for (const std::string& p : problems) Log("settings: " + p);
}

void Server::DidChangeConfiguration(const json& params) {
  static const json kNone;
  const json& given =
      params.is_object() && params.contains("settings") ? params["settings"] : kNone;
  ServerSettings next = initial_settings_;
  std::vector<std::string> problems;
  // A configuration that says nothing of mlhint's settings (Neovim sends
  // its empty one after `initialized`) keeps those in force.
  if (!ApplySettings(given, &next, &problems)) return;
  for (const std::string& p : problems) Log("settings: " + p);
  settings_ = next;
  // Every document is checked again with the new settings.
  worker_->SetOptions(settings_.check);
  for (auto& [uri, open] : documents_) {
    Moved(uri, /*closed=*/false);
    Schedule(uri, open);
  }
  if (client_.inlay_hint_refresh)
    Send(json{
        {"jsonrpc", "2.0"}, {"id", next_request_++}, {"method", "workspace/inlayHint/refresh"}});
}

void Server::Send(const json& message) {
  // Text that is not UTF-8 (a document may hold any bytes after an edit
  // that splits a character) is sent as U+FFFD rather than refused.
  SendText(message.dump(-1, ' ', false, json::error_handler_t::replace));
}

void Server::SendText(const std::string& message) {
  std::string framed = FrameMessage(message);
  const char* p = framed.data();
  size_t left = framed.size();
  while (left > 0) {
    ssize_t n = write(out_fd_, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      Log("cannot write to the client; stopping");
      running_ = false;
      return;
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
}

void Server::Reply(const json& id, json result) {
  Send(json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::ReplyText(const json& id, const std::string& result) {
  SendText("{\"id\":" + id.dump(-1, ' ', false, json::error_handler_t::replace) +
           ",\"jsonrpc\":\"2.0\",\"result\":" + result + "}");
}

void Server::ReplyError(const json& id, int code, const std::string& message) {
  Send(json{{"jsonrpc", "2.0"}, {"id", id}, {"error", json{{"code", code}, {"message", message}}}});
}

}  // namespace protocol

int RunServer(int in_fd, int out_fd, const ServerSettings& settings) {
  // A client that closes its end makes writes fail with EPIPE instead of
  // killing the server.
  signal(SIGPIPE, SIG_IGN);
  protocol::Server server(in_fd, out_fd, settings);
  return server.Run();
}

}  // namespace mlhint::lsp
