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
#include "lsp/transport.h"
#include "lsp/worker.h"

namespace mlhint::lsp {
namespace {

// JSON-RPC's error codes and LSP's.
enum ErrorCode : int {
  kParseError = -32700,
  kInvalidRequest = -32600,
  kMethodNotFound = -32601,
  kInvalidParams = -32602,
  kInternalError = -32603,
  kServerNotInitialized = -32002,
  kRequestCancelled = -32800,
  kContentModified = -32801,
};

void Log(const std::string& text) {
  std::string line = "mlhint lsp: " + text + "\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
}

// Thrown by the readers of params below; the request is answered with
// InvalidParams (a notification is logged and dropped).
struct InvalidParams : std::runtime_error {
  using std::runtime_error::runtime_error;
};

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

class Server {
 public:
  Server(int in_fd, int out_fd, const ServerSettings& settings);
  ~Server();
  int Run();

 private:
  // A document as the protocol side keeps it.
  struct OpenDocument {
    Document doc;
    uint64_t generation = 0;  // this server's number for the current text
    uint64_t checked = 0;     // the generation `diagnostics` are about (0: none yet)
    std::vector<CheckedDiagnostic> diagnostics;
  };

  // A request that needs the check of the text it was made on: it waits
  // until that check is done, and is answered ContentModified if the text
  // changes first (a pull for diagnostics waits for the newest text instead).
  enum class Waits { Query, CodeAction, Diagnostic };
  struct PendingRequest {
    json id;
    Waits what = Waits::Query;
    QueryKind query = QueryKind::Hover;
    std::string uri;
    uint64_t generation = 0;
    bool at_worker = false;            // a query: the worker is asked
    Position position;                 // hover, definition, references
    bool include_declaration = false;  // references
    Range range;                       // code action, inlay hints
    json context;                      // code action: the request's context, kept only when shallow
    std::string previous_result;       // diagnostic pull
  };

  void OnInput(std::string_view bytes);
  void OnFrame(const MessageReader::Frame& frame);
  void OnMessage(const json& message);
  void OnRequest(const json& id, const std::string& method, const json& params);
  void OnNotification(const std::string& method, const json& params);
  void OnWorkerResults();

  void Initialize(const json& id, const json& params);
  void Shutdown(const json& id);
  void DidOpen(const json& params);
  void DidChange(const json& params);
  void DidClose(const json& params);
  void Cancel(const json& params);
  void Enqueue(const json& id, const json& params, Waits what, QueryKind query = QueryKind::Hover);
  void DidChangeConfiguration(const json& params);
  void ReadSettings(const json& object, ServerSettings* settings);
  void TryAnswer(uint64_t token);
  void Moved(const std::string& uri, bool closed);
  void Schedule(const std::string& uri, OpenDocument& open);
  void Publish(const std::string& uri, const OpenDocument& open);
  DocumentView View(const std::string& uri, const OpenDocument& open) const;

  void Send(const json& message);
  void SendText(const std::string& message);  // a message written as JSON text
  void Reply(const json& id, json result);
  // A result already written as JSON text.
  void ReplyText(const json& id, const std::string& result);
  void ReplyError(const json& id, int code, const std::string& message);

  int in_fd_, out_fd_;
  int wake_read_ = -1, wake_write_ = -1;
  MessageReader reader_;
  enum class State { Uninitialized, Running, ShutDown } state_ = State::Uninitialized;
  bool running_ = true;
  int exit_status_ = 1;
  ClientCapabilities client_;
  // The command line's settings, with the client's initializationOptions
  // on top; and those with its latest configuration on top (in force).
  ServerSettings initial_settings_, settings_;
  std::map<std::string, OpenDocument> documents_;
  std::set<std::string> ignored_;  // open, but not OCaml implementations
  int64_t next_request_ = 1;       // ids of this server's requests to the client
  uint64_t next_generation_ = 1;
  std::map<uint64_t, PendingRequest> pending_;
  uint64_t next_token_ = 1;
  std::unique_ptr<Worker> worker_;
};

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

DocumentView Server::View(const std::string& uri, const OpenDocument& open) const {
  return DocumentView{uri, open.doc.version(), open.doc.lines(), client_};
}

void Server::Schedule(const std::string& uri, OpenDocument& open) {
  open.generation = next_generation_++;
  worker_->Check(CheckJob{uri, open.generation, open.doc.snapshot()});
}

void Server::DidOpen(const json& params) {
  const json& item = Field(params, "textDocument");
  const std::string& uri = StringField(item, "uri");
  int64_t version = IntegerField(item, "version");
  const std::string& text = StringField(item, "text");
  std::string language =
      item.is_object() && item.contains("languageId") && item["languageId"].is_string()
          ? item["languageId"].get<std::string>()
          : std::string();
  if (!IsImplementation(uri, language)) {
    // Kept out: an interface, a lexer or parser specification, another
    // language. Nothing is published for it, and questions about it get
    // empty answers.
    if (documents_.count(uri)) {
      Moved(uri, /*closed=*/true);
      documents_.erase(uri);
      worker_->Close(uri);
    }
    ignored_.insert(uri);
    return;
  }
  ignored_.erase(uri);
  if (documents_.count(uri)) Moved(uri, /*closed=*/false);
  documents_.insert_or_assign(uri, OpenDocument{Document(version, text), 0, 0, {}});
  Schedule(uri, documents_.at(uri));
}

void Server::DidChange(const json& params) {
  const json& item = Field(params, "textDocument");
  const std::string& uri = StringField(item, "uri");
  int64_t version = IntegerField(item, "version");
  const json& list = Field(params, "contentChanges");
  if (!list.is_array()) throw InvalidParams("`contentChanges' must be an array");
  // Every change is read before any is applied: a malformed one leaves the
  // document as it was.
  std::vector<TextChange> changes;
  for (const json& change : list) {
    TextChange c;
    if (change.is_object() && change.contains("range")) c.range = RangeField(change, "range");
    c.text = StringField(change, "text");
    changes.push_back(std::move(c));
  }
  auto it = documents_.find(uri);
  if (it == documents_.end() && ignored_.count(uri)) return;
  if (it == documents_.end())
    throw InvalidParams("a change to a document that is not open: " + uri);
  it->second.doc.Apply(changes, client_.encoding, version);
  Moved(uri, /*closed=*/false);
  Schedule(uri, it->second);
}

void Server::DidClose(const json& params) {
  const std::string& uri = DocumentUri(params);
  ignored_.erase(uri);
  auto it = documents_.find(uri);
  if (it == documents_.end()) return;
  Moved(uri, /*closed=*/true);
  documents_.erase(it);
  worker_->Close(uri);
  // Its diagnostics go away with it.
  Send(json{{"jsonrpc", "2.0"},
            {"method", "textDocument/publishDiagnostics"},
            {"params", json{{"uri", uri}, {"diagnostics", json::array()}}}});
}

// The text of `uri` changed or went away: the requests made on the old text
// are answered ContentModified, except pulls for diagnostics, which wait for
// the new text's check (they name no position in the old one).
void Server::Moved(const std::string& uri, bool closed) {
  for (auto it = pending_.begin(); it != pending_.end();) {
    PendingRequest& request = it->second;
    if (request.uri != uri) {
      ++it;
    } else if (request.what == Waits::Diagnostic && !closed) {
      request.generation = 0;  // re-read in TryAnswer: the newest text
      ++it;
    } else {
      ReplyError(request.id, kContentModified,
                 "The document changed before the request could be answered");
      it = pending_.erase(it);
    }
  }
}

void Server::Cancel(const json& params) {
  const json& id = Field(params, "id");
  for (auto it = pending_.begin(); it != pending_.end(); ++it) {
    if (it->second.id == id) {
      ReplyError(id, kRequestCancelled, "Request cancelled");
      pending_.erase(it);
      return;
    }
  }
  // Already answered: nothing to do.
}

void Server::Enqueue(const json& id, const json& params, Waits what, QueryKind query) {
  const std::string& uri = DocumentUri(params);
  PendingRequest request;
  request.what = what;
  request.query = query;
  switch (what) {
    case Waits::Query:
      switch (query) {
        case QueryKind::Hover:
        case QueryKind::Definition:
          request.position = PositionField(params, "position");
          break;
        case QueryKind::References: {
          request.position = PositionField(params, "position");
          const json& context = Field(params, "context");
          const json& include = Field(context, "includeDeclaration");
          if (!include.is_boolean()) throw InvalidParams("`includeDeclaration' must be a boolean");
          request.include_declaration = include.get<bool>();
          break;
        }
        case QueryKind::Outline:
          break;
        case QueryKind::InlayHints:
          request.range = RangeField(params, "range");
          break;
      }
      break;
    case Waits::CodeAction: {
      request.range = RangeField(params, "range");
      // Only what the answer reads is kept: `only`, and the `data` of the
      // diagnostics it names. (Nothing the client sent is copied whole:
      // copying a json recurses, and a client chooses how deep it nests.)
      static const json kNone;
      const json& context =
          params.is_object() && params.contains("context") ? params["context"] : kNone;
      json kept = json::object();
      if (context.is_object()) {
        if (auto only = context.find("only"); only != context.end() && only->is_array()) {
          kept["only"] = json::array();
          for (const json& kind : *only)
            if (kind.is_string()) kept["only"].push_back(kind);
        }
        if (auto named = context.find("diagnostics"); named != context.end() && named->is_array()) {
          kept["diagnostics"] = json::array();
          for (const json& d : *named) {
            if (!d.is_object() || !d.contains("data") || !d["data"].is_object()) continue;
            const json& data = d["data"];
            json small = json::object();
            for (const char* key : {"index", "version"})
              if (data.contains(key) && data[key].is_number_integer()) small[key] = data[key];
            kept["diagnostics"].push_back(json{{"data", std::move(small)}});
          }
        }
      }
      request.context = std::move(kept);
      break;
    }
    case Waits::Diagnostic:
      if (params.is_object() && params.contains("previousResultId") &&
          params["previousResultId"].is_string())
        request.previous_result = params["previousResultId"].get<std::string>();
      break;
  }
  auto doc = documents_.find(uri);
  if (doc == documents_.end()) {
    // Not open: nothing is known about it.
    if (what == Waits::Query)
      Reply(id, query == QueryKind::Hover || query == QueryKind::Definition ? json(nullptr)
                                                                            : json::array());
    if (what == Waits::CodeAction) Reply(id, json::array());
    if (what == Waits::Diagnostic) Reply(id, json{{"kind", "full"}, {"items", json::array()}});
    return;
  }
  request.id = id;
  request.uri = uri;
  request.generation = doc->second.generation;
  uint64_t token = next_token_++;
  pending_.emplace(token, std::move(request));
  TryAnswer(token);
}

void Server::TryAnswer(uint64_t token) {
  auto it = pending_.find(token);
  if (it == pending_.end()) return;
  PendingRequest& request = it->second;
  OpenDocument& open = documents_.at(request.uri);
  if (request.generation == 0) request.generation = open.generation;
  if (request.at_worker || open.checked != request.generation) return;  // still waiting
  DocumentView view = View(request.uri, open);
  switch (request.what) {
    case Waits::Query: {
      Query q;
      q.token = token;
      q.uri = request.uri;
      q.generation = request.generation;
      q.kind = request.query;
      q.offset = open.doc.lines().ToOffset(request.position, client_.encoding);
      q.include_declaration = request.include_declaration;
      q.range = open.doc.lines().ToSpan(request.range, client_.encoding);
      q.hints = settings_.inlay;
      request.at_worker = true;
      worker_->Ask(std::move(q));
      return;
    }
    case Waits::CodeAction: {
      Span range = open.doc.lines().ToSpan(request.range, client_.encoding);
      Reply(request.id, CodeActionsJson(open.diagnostics, range, request.context, view));
      break;
    }
    case Waits::Diagnostic: {
      std::string result_id = std::to_string(open.generation);
      if (request.previous_result == result_id)
        Reply(request.id, json{{"kind", "unchanged"}, {"resultId", result_id}});
      else
        Reply(request.id, json{{"kind", "full"},
                               {"resultId", result_id},
                               {"items", DiagnosticsJson(open.diagnostics, view)}});
      break;
    }
  }
  pending_.erase(it);
}

void Server::OnWorkerResults() {
  Worker::Results results = worker_->Take();
  for (CheckOutcome& outcome : results.checks) {
    auto doc = documents_.find(outcome.uri);
    // A result about a text that has since changed (or been closed) is stale.
    if (doc == documents_.end() || doc->second.generation != outcome.generation) continue;
    OpenDocument& open = doc->second;
    open.checked = outcome.generation;
    open.diagnostics = std::move(outcome.diagnostics);
    Publish(outcome.uri, open);
    std::vector<uint64_t> ready;
    for (const auto& [token, request] : pending_)
      if (request.uri == outcome.uri) ready.push_back(token);
    for (uint64_t token : ready) TryAnswer(token);
  }
  for (const QueryAnswer& answer : results.answers) {
    auto it = pending_.find(answer.token);
    if (it == pending_.end()) continue;  // cancelled, or the text changed
    PendingRequest& request = it->second;
    auto doc = documents_.find(request.uri);
    if (!answer.found_analysis || doc == documents_.end() ||
        doc->second.generation != request.generation) {
      ReplyError(request.id, kContentModified,
                 "The document changed before the request could be answered");
      pending_.erase(it);
      continue;
    }
    DocumentView view = View(request.uri, doc->second);
    switch (request.query) {
      case QueryKind::Hover:
        Reply(request.id, answer.hover ? HoverJson(answer.hover->code, answer.hover->span, view)
                                       : json(nullptr));
        break;
      case QueryKind::Definition:
        Reply(request.id,
              answer.spans.empty() ? json(nullptr) : LocationJson(answer.spans.front(), view));
        break;
      case QueryKind::References: {
        json locations = json::array();
        for (Span s : answer.spans) locations.push_back(LocationJson(s, view));
        Reply(request.id, std::move(locations));
        break;
      }
      case QueryKind::Outline:
        ReplyText(request.id, SymbolsJsonText(answer.symbols, view));
        break;
      case QueryKind::InlayHints:
        Reply(request.id, InlayHintsJson(answer.hints, view));
        break;
    }
    pending_.erase(it);
  }
}

void Server::Publish(const std::string& uri, const OpenDocument& open) {
  DocumentView view = View(uri, open);
  Send(json{{"jsonrpc", "2.0"},
            {"method", "textDocument/publishDiagnostics"},
            {"params", json{{"uri", uri},
                            {"version", open.doc.version()},
                            {"diagnostics", DiagnosticsJson(open.diagnostics, view)}}}});
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

}  // namespace

int RunServer(int in_fd, int out_fd, const ServerSettings& settings) {
  // A client that closes its end makes writes fail with EPIPE instead of
  // killing the server.
  signal(SIGPIPE, SIG_IGN);
  Server server(in_fd, out_fd, settings);
  return server.Run();
}

}  // namespace mlhint::lsp
