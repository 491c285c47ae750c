// Internal to the language server (server.cpp, server_documents.cpp): the
// Server class that speaks the protocol, JSON-RPC's error codes and the
// readers of a message's params.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "lsp/document.h"
#include "lsp/render_lsp.h"
#include "lsp/settings.h"
#include "lsp/transport.h"
#include "lsp/worker.h"

namespace mlhint::lsp::protocol {

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

void Log(const std::string& text);

// Thrown by the readers of params below; the request is answered with
// InvalidParams (a notification is logged and dropped).
struct InvalidParams : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const json& Field(const json& object, const char* key);
const std::string& StringField(const json& object, const char* key);
int64_t IntegerField(const json& object, const char* key);
uint32_t UintField(const json& object, const char* key);
Position PositionField(const json& object, const char* key);
Range RangeField(const json& object, const char* key);
const std::string& DocumentUri(const json& params);
bool ValidId(const json& id);

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
    // The last outline sent, as JSON text, and the generation of its text:
    // asked again for the same text, it is sent again as it is.
    uint64_t outline_generation = 0;
    std::string outline_json;
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

}  // namespace mlhint::lsp::protocol
