// The language server, in-process (lsp::RunServer over a pair of pipes),
// fed a byte stream the fuzzer's input decides: raw bytes (framing), framed
// bodies that may not be JSON, and LSP messages built from the input
// (initialize, didOpen/didChange of random text at random ranges, hover,
// definition, references, documentSymbol, inlayHint, codeAction, a
// diagnostic pull, didChangeConfiguration, didClose, cancel, shutdown,
// exit).
//
// The server answers on its own threads, so the harness makes the run
// deterministic: it keeps a MessageReader of its own fed with every byte it
// writes (the same class the server reads with), so it knows which of its
// requests the server sees whole; after each such request it waits for the
// answer, and after each edit for a pull of that document's diagnostics,
// which the server answers once the new text is checked. Every request the
// server sees is answered, so a wait ends unless the server is stuck (a
// finding: libFuzzer's -timeout) or has stopped (its output ends).
//
// The server logs to stderr; scripts/fuzz.sh runs this target with
// -close_fd_mask=2 (libFuzzer and the sanitizers still report).

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <fuzzer/FuzzedDataProvider.h>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>

#include "fuzz/fuzz_support.h"
#include "lsp/server.h"
#include "lsp/transport.h"

using nlohmann::json;
using namespace mlhint;

namespace {

// Drains the server's output, noting the ids of the responses.
class Responses {
 public:
  explicit Responses(int fd) : fd_(fd), thread_([this] { Run(); }) {}
  ~Responses() { thread_.join(); }

  // Waits for a response to `id`, or for the end of the output.
  void Wait(const json& id) {
    std::string key = id.dump();
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return ended_ || ids_.count(key) > 0; });
    ids_.erase(key);
  }

 private:
  void Run() {
    lsp::MessageReader reader;
    char buffer[1 << 16];
    for (;;) {
      ssize_t n = read(fd_, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      reader.Feed(std::string_view(buffer, static_cast<size_t>(n)));
      while (std::optional<lsp::MessageReader::Frame> frame = reader.Next()) {
        fuzz::Require(frame->ok, "the server wrote a message that does not frame", frame->body);
        json message = json::parse(frame->body, nullptr, false);
        fuzz::Require(message.is_object(), "the server wrote a message that is not a JSON object",
                      frame->body);
        if (message.contains("method")) continue;  // a notification
        fuzz::Require(message.contains("id"), "the server wrote a response with no id",
                      frame->body);
        std::lock_guard<std::mutex> lock(mutex_);
        ids_.insert(message["id"].dump());
        changed_.notify_all();
      }
    }
    std::lock_guard<std::mutex> lock(mutex_);
    ended_ = true;
    changed_.notify_all();
  }

  int fd_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::multiset<std::string> ids_;
  bool ended_ = false;
  std::thread thread_;
};

class Session {
 public:
  Session(int in_fd, Responses& responses, const bool& server_done)
      : in_fd_(in_fd), responses_(responses), server_done_(server_done) {}

  // Writes bytes the fuzzer chose; returns false once the server has stopped.
  bool Raw(std::string_view bytes) {
    mirror_.Feed(bytes);
    while (mirror_.Next()) {
    }
    return WriteAll(bytes);
  }

  bool Notify(const std::string& method, json params) {
    return Send(json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}},
                nullptr);
  }

  // Sends a request and, when the server sees it whole, waits for its answer.
  bool Request(const std::string& method, json params) {
    json id = next_id_++;
    return Send(
        json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}},
        &id);
  }

  int64_t last_id() const { return next_id_ - 1; }

 private:
  bool Send(const json& message, const json* id) {
    std::string body = message.dump(-1, ' ', false, json::error_handler_t::replace);
    std::string framed = lsp::FrameMessage(body);
    mirror_.Feed(framed);
    bool whole = false;
    while (std::optional<lsp::MessageReader::Frame> frame = mirror_.Next())
      whole |= frame->ok && frame->body == body;
    if (!WriteAll(framed)) return false;
    if (id && whole) responses_.Wait(*id);
    return true;
  }

  bool WriteAll(std::string_view bytes) {
    while (!bytes.empty()) {
      if (__atomic_load_n(&server_done_, __ATOMIC_ACQUIRE)) return false;
      pollfd p{in_fd_, POLLOUT, 0};
      if (poll(&p, 1, 20) <= 0) continue;
      ssize_t n = write(in_fd_, bytes.data(), bytes.size());
      if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      if (n <= 0) return false;
      bytes.remove_prefix(static_cast<size_t>(n));
    }
    return true;
  }

  int in_fd_;
  Responses& responses_;
  const bool& server_done_;
  lsp::MessageReader mirror_;
  int64_t next_id_ = 1;
};

json Position(FuzzedDataProvider& in) {
  return json{{"line", in.ConsumeIntegralInRange<uint32_t>(0, 40)},
              {"character", in.ConsumeIntegralInRange<uint32_t>(0, 120)}};
}

json Range(FuzzedDataProvider& in) {
  return json{{"start", Position(in)}, {"end", Position(in)}};
}

const char* const kUris[] = {"file:///fuzz/a.ml", "file:///fuzz/b.ml", "untitled:c"};

// The session the input describes.
void Drive(FuzzedDataProvider& in, Session& session) {
  // Mostly an initialized server with one open document, whose text is the
  // input's first string (a seed's program text, for the seed corpus).
  bool initialize = in.ConsumeIntegralInRange<uint8_t>(0, 15) != 0;
  if (initialize) {
    json caps = json::object();
    if (in.ConsumeBool())
      caps["general"] = json{{"positionEncodings", json::array({"utf-8", "utf-16"})}};
    if (in.ConsumeBool())
      caps["textDocument"] =
          json{{"publishDiagnostics",
                json{{"relatedInformation", true}, {"tagSupport", json::object()}}},
               {"codeAction", json{{"codeActionLiteralSupport", json::object()}}},
               {"hover", json{{"contentFormat", json::array({"markdown"})}}}};
    if (in.ConsumeBool())
      caps["workspace"] = json{{"workspaceEdit", json{{"documentChanges", true}}}};
    // The server then asks for a refresh of the inlay hints (a request of
    // its own, which this client leaves unanswered, as a client may).
    if (in.ConsumeBool()) caps["workspace"]["inlayHint"] = json{{"refreshSupport", true}};
    if (!session.Request("initialize", json{{"processId", nullptr}, {"capabilities", caps}}))
      return;
    if (!session.Notify("initialized", json::object())) return;
  }
  int64_t version = 1;
  std::set<std::string> open;
  auto sync = [&](const std::string& uri) {
    // The pull is answered once the document's latest text is checked.
    return session.Request("textDocument/diagnostic", json{{"textDocument", json{{"uri", uri}}}});
  };
  auto doc = [&](const std::string& uri) { return json{{"uri", uri}}; };
  {
    std::string uri = kUris[0];
    std::string text = in.ConsumeRandomLengthString(1 << 16);
    if (!session.Notify("textDocument/didOpen", json{{"textDocument", json{{"uri", uri},
                                                                           {"languageId", "ocaml"},
                                                                           {"version", version},
                                                                           {"text", text}}}}))
      return;
    open.insert(uri);
    if (!sync(uri)) return;
  }
  for (int step = 0; step < 48 && in.remaining_bytes() > 0; ++step) {
    std::string uri = kUris[in.ConsumeIntegralInRange<size_t>(0, std::size(kUris) - 1)];
    bool ok = true;
    switch (in.ConsumeIntegralInRange<int>(0, 18)) {
      case 0:
        ok = session.Raw(in.ConsumeRandomLengthString(4096));
        break;
      case 1:
        ok = session.Raw(lsp::FrameMessage(in.ConsumeRandomLengthString(4096)));
        break;
      case 2: {
        ok = session.Notify(
            "textDocument/didOpen",
            json{{"textDocument", json{{"uri", uri},
                                       {"languageId", "ocaml"},
                                       {"version", ++version},
                                       {"text", in.ConsumeRandomLengthString(8192)}}}});
        open.insert(uri);
        if (ok) ok = sync(uri);
        break;
      }
      case 3:
      case 4:
      case 5: {
        json changes = json::array();
        int n = in.ConsumeIntegralInRange<int>(1, 3);
        for (int i = 0; i < n; ++i) {
          json change{{"text", in.ConsumeRandomLengthString(256)}};
          if (in.ConsumeIntegralInRange<int>(0, 7) != 0) change["range"] = Range(in);
          changes.push_back(std::move(change));
        }
        ok = session.Notify("textDocument/didChange",
                            json{{"textDocument", json{{"uri", uri}, {"version", ++version}}},
                                 {"contentChanges", std::move(changes)}});
        // Now and then no wait: edits then come faster than checks.
        if (ok && in.ConsumeIntegralInRange<int>(0, 7) != 0) ok = sync(uri);
        break;
      }
      case 6:
      case 7:
        ok = session.Request("textDocument/hover",
                             json{{"textDocument", doc(uri)}, {"position", Position(in)}});
        break;
      case 8:
      case 9: {
        json context = json::object();
        if (in.ConsumeBool()) context["only"] = json::array({"quickfix"});
        if (in.ConsumeBool())
          context["diagnostics"] =
              json::array({json{{"data", json{{"index", in.ConsumeIntegralInRange<int>(0, 5)},
                                              {"version", version}}}}});
        ok = session.Request(
            "textDocument/codeAction",
            json{{"textDocument", doc(uri)}, {"range", Range(in)}, {"context", context}});
        break;
      }
      case 10:
        ok = sync(uri);
        break;
      case 13:
        ok = session.Request("textDocument/definition",
                             json{{"textDocument", doc(uri)}, {"position", Position(in)}});
        break;
      case 14: {
        json params{{"textDocument", doc(uri)}, {"position", Position(in)}};
        if (in.ConsumeBool()) params["context"] = json{{"includeDeclaration", in.ConsumeBool()}};
        ok = session.Request("textDocument/references", std::move(params));
        break;
      }
      case 15:
        ok = session.Request("textDocument/documentSymbol", json{{"textDocument", doc(uri)}});
        break;
      case 16:
        ok = session.Request("textDocument/inlayHint",
                             json{{"textDocument", doc(uri)}, {"range", Range(in)}});
        break;
      case 17: {
        // Settings mostly of the right shape, with values the input picks
        // (a warning specification is any string).
        json settings = json::object();
        if (in.ConsumeBool()) settings["warnings"] = in.ConsumeRandomLengthString(32);
        if (in.ConsumeBool()) {
          const char* const levels[] = {"all", "ocaml", "none", "some"};
          settings["hints"] = levels[in.ConsumeIntegralInRange<size_t>(0, std::size(levels) - 1)];
        }
        switch (in.ConsumeIntegralInRange<int>(0, 3)) {
          case 0:
            break;
          case 1:
            settings["inlayHints"] = in.ConsumeBool();
            break;
          case 2:
            settings["inlayHints"] = json{{"enabled", in.ConsumeBool()},
                                          {"bindings", in.ConsumeBool()},
                                          {"parameters", in.ConsumeBool()}};
            break;
          default:
            settings["inlayHints"] = in.ConsumeRandomLengthString(8);
            break;
        }
        if (in.ConsumeBool()) settings = json{{"mlhint", std::move(settings)}};
        ok = session.Notify("workspace/didChangeConfiguration",
                            json{{"settings", std::move(settings)}});
        // Every open document is checked again: wait for that.
        if (ok) ok = sync(uri);
        break;
      }
      case 11:
        ok = session.Notify("textDocument/didClose", json{{"textDocument", doc(uri)}});
        open.erase(uri);
        break;
      default:
        ok = session.Notify("$/cancelRequest", json{{"id", session.last_id()}});
        break;
    }
    if (!ok) return;
  }
  if (in.ConsumeBool() && !session.Request("shutdown", nullptr)) return;
  session.Notify("exit", nullptr);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  signal(SIGPIPE, SIG_IGN);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  int in[2], out[2];
  if (pipe2(in, O_CLOEXEC) != 0) return 0;
  if (pipe2(out, O_CLOEXEC) != 0) {
    close(in[0]);
    close(in[1]);
    return 0;
  }
  fcntl(in[1], F_SETFL, O_NONBLOCK);
  bool server_done = false;
  std::thread server([&] {
    lsp::RunServer(in[0], out[1]);
    close(out[1]);  // the end of the output tells the reader the server stopped
    __atomic_store_n(&server_done, true, __ATOMIC_RELEASE);
  });
  {
    Responses responses(out[0]);
    Session session(in[1], responses, server_done);
    FuzzedDataProvider provider(data, size);
    Drive(provider, session);
    close(in[1]);  // the end of the input, if `exit` did not stop the server
    server.join();
  }
  close(in[0]);
  close(out[0]);
  return 0;
}
