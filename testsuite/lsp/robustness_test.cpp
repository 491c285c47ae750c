// Nothing a client sends crashes `mlhint lsp`: malformed JSON and framing,
// invalid requests, hostile sizes and depths, nonsense positions. After each,
// the server still answers.
#include <gtest/gtest.h>

#include "testsuite/lsp/lsp_process.h"

namespace mlhint::testing {
namespace {

const std::string kUri = "file:///work/h.ml";

std::string Frame(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// The server is alive and well: a request gets its answer.
void ExpectAlive(LspProcess& lsp) {
  json answer = lsp.Call("textDocument/diagnostic",
                         json{{"textDocument", {{"uri", "file:///never-opened.ml"}}}});
  EXPECT_EQ(answer["result"]["kind"], "full") << answer.dump();
}

json NextError(LspProcess& lsp) {
  std::optional<json> m = lsp.Read();
  if (!m) {
    ADD_FAILURE() << "no answer; stderr:\n" << lsp.Stderr();
    return json();
  }
  EXPECT_TRUE(m->contains("error")) << m->dump();
  return *m;
}

TEST(LspRobustness, MalformedJsonIsAParseError) {
  LspProcess lsp;
  lsp.Initialize();
  for (std::string body : {"{", "{\"jsonrpc\": \"2.0\", \"id\": 1, ", "not json", "\xff\xfe{}",
                           "{\"a\":\"\xc3\"}", "{\"a\": \"\\ud800\"}", "[1, 2", ""}) {
    lsp.SendRaw(Frame(body));
    json e = NextError(lsp);
    EXPECT_EQ(e["error"]["code"], -32700) << body;
    EXPECT_TRUE(e["id"].is_null());
  }
  ExpectAlive(lsp);
}

TEST(LspRobustness, BadFramingIsReportedAndReadingGoesOn) {
  LspProcess lsp;
  lsp.Initialize();
  lsp.SendRaw("Content-Type: application/json\r\n\r\n");
  EXPECT_EQ(NextError(lsp)["error"]["code"], -32700);
  lsp.SendRaw("Content-Length: twelve\r\n\r\n");
  EXPECT_EQ(NextError(lsp)["error"]["code"], -32700);
  // A body over the limit (64 MiB) is read and dropped as it comes.
  std::string body(64 << 20, ' ');
  lsp.SendRaw("Content-Length: " + std::to_string(body.size() + 1) + "\r\n\r\n");
  EXPECT_EQ(NextError(lsp)["error"]["code"], -32700);
  lsp.SendRaw(body + "x");
  ExpectAlive(lsp);
  // A length no client could send is refused at once.
  lsp.SendRaw("Content-Length: 99999999999999\r\n\r\n");
  EXPECT_EQ(NextError(lsp)["error"]["code"], -32700);
}

TEST(LspRobustness, MessagesSplitAnywhereOrJoinedTogether) {
  LspProcess lsp;
  lsp.Initialize();
  std::string two =
      Frame(
          R"({"jsonrpc":"2.0","id":"a","method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///x.ml"}}})") +
      Frame(R"({"jsonrpc":"2.0","id":"b","method":"shutdown"})");
  for (char c : two) lsp.SendRaw(std::string(1, c));
  json a = lsp.WaitFor([](const json& m) { return m.contains("id") && m["id"] == "a"; });
  EXPECT_EQ(a["result"]["kind"], "full");
  json b = lsp.WaitFor([](const json& m) { return m.contains("id") && m["id"] == "b"; });
  EXPECT_TRUE(b["result"].is_null());
  lsp.SendRaw(Frame(R"({"jsonrpc":"2.0","method":"exit"})"));
  EXPECT_EQ(lsp.WaitExit(), 0);
}

TEST(LspRobustness, InvalidRequestsAreInvalidRequests) {
  LspProcess lsp;
  lsp.Initialize();
  for (std::string body :
       {"[]", "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}]", "42", "\"text\"", "null",
        "{\"jsonrpc\":\"2.0\",\"id\":1}", "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"x\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"x\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"x\"}"}) {
    lsp.SendRaw(Frame(body));
    EXPECT_EQ(NextError(lsp)["error"]["code"], -32600) << body;
  }
  // A request without "jsonrpc": "2.0", and one whose method is not a string.
  lsp.SendRaw(Frame(R"({"id":7,"method":"shutdown"})"));
  json e = NextError(lsp);
  EXPECT_EQ(e["error"]["code"], -32600);
  EXPECT_EQ(e["id"], 7);
  lsp.SendRaw(Frame(R"({"jsonrpc":"2.0","id":8,"method":17})"));
  EXPECT_EQ(NextError(lsp)["error"]["code"], -32600);
  ExpectAlive(lsp);
}

TEST(LspRobustness, DeepJsonAndDeepPrograms) {
  LspProcess lsp;
  lsp.Initialize();
  // JSON nested a million deep, as params of a request and of a notification.
  std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
  lsp.SendRaw(
      Frame(R"({"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":)" + deep + "}"));
  EXPECT_EQ(NextError(lsp)["error"]["code"], -32602);
  lsp.SendRaw(Frame(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":)" + deep + "}"));
  lsp.SendRaw(Frame(
      R"({"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"x"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"context":{"diagnostics":)" +
      deep + "}}}"));
  json answer = lsp.Response(2);
  EXPECT_TRUE(answer.contains("result")) << answer.dump();
  // A program nested 200,000 deep is checked (or refused cleanly).
  std::string program =
      "let x = " + std::string(200000, '(') + "1" + std::string(200000, ')') + "\n";
  lsp.Notify("textDocument/didOpen",
             json{{"textDocument",
                   {{"uri", kUri}, {"languageId", "ocaml"}, {"version", 1}, {"text", program}}}});
  lsp.Diagnostics(kUri, 1, 120);
  ExpectAlive(lsp);
}

TEST(LspRobustness, NonsensePositionsAndChanges) {
  LspProcess lsp;
  lsp.Initialize();
  lsp.Notify(
      "textDocument/didOpen",
      json{{"textDocument",
            {{"uri", kUri}, {"languageId", "ocaml"}, {"version", 1}, {"text", "let x = 1\n"}}}});
  lsp.Diagnostics(kUri, 1);
  auto change = [&](int version, json range, std::string text) {
    json c{{"text", text}};
    if (!range.is_null()) c["range"] = range;
    lsp.Notify("textDocument/didChange",
               json{{"textDocument", {{"uri", kUri}, {"version", version}}},
                    {"contentChanges", json::array({c})}});
  };
  json far{{"start", {{"line", 4000000000u}, {"character", 4000000000u}}},
           {"end", {{"line", 4000000000u}, {"character", 4000000000u}}}};
  change(2, far, "\nlet y = 2\n");  // past the end: appended
  json ds = lsp.Diagnostics(kUri, 2)["diagnostics"];
  EXPECT_EQ(ds.size(), 0u);
  json reversed{{"start", {{"line", 0}, {"character", 9}}},
                {"end", {{"line", 0}, {"character", 8}}}};
  change(3, reversed, "2");  // end before start: the range read the right way
  EXPECT_EQ(lsp.Diagnostics(kUri, 3)["diagnostics"].size(), 0u);
  // Malformed changes leave the document alone (no diagnostics follow them).
  json negative{{"start", {{"line", -1}, {"character", 0}}},
                {"end", {{"line", 0}, {"character", 0}}}};
  change(4, negative, "x");
  change(5, json{{"start", 1}}, "x");
  lsp.Notify("textDocument/didChange",
             json{{"textDocument", {{"uri", kUri}, {"version", 6}}}, {"contentChanges", 3}});
  lsp.Notify("textDocument/didChange",
             json{{"textDocument", {{"uri", "file:///not-open.ml"}, {"version", 1}}},
                  {"contentChanges", json::array({json{{"text", "x"}}})}});
  lsp.Notify("textDocument/didOpen", json{{"textDocument", {{"uri", 3}}}});
  lsp.Notify("textDocument/didClose", json{{"textDocument", {{"uri", "file:///not-open.ml"}}}});
  // A position between the two UTF-16 units of one character goes to its start.
  change(7,
         json{{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 0}}}},
         "(* \xf0\x9f\x98\x80 *)");
  json split{{"start", {{"line", 0}, {"character", 4}}}, {"end", {{"line", 0}, {"character", 4}}}};
  lsp.Notify("textDocument/didChange",
             json{{"textDocument", {{"uri", kUri}, {"version", 8}}},
                  {"contentChanges", json::array({json{{"range", split}, {"text", "z"}}})}});
  lsp.Diagnostics(kUri, 8);
  json hover =
      lsp.Call("textDocument/hover", json{{"textDocument", {{"uri", kUri}}},
                                          {"position", {{"line", 99999}, {"character", 99999}}}});
  EXPECT_TRUE(hover.contains("result"));
  json code = lsp.Call("textDocument/codeAction",
                       json{{"textDocument", {{"uri", kUri}}}, {"range", far}, {"context", 5}});
  EXPECT_EQ(code["result"], json::array());
  ExpectAlive(lsp);
  EXPECT_EQ(lsp.Call("shutdown", nullptr)["result"], json());
}

TEST(LspRobustness, BinaryGarbageThenEndOfInput) {
  LspProcess lsp;
  std::string garbage;
  for (int i = 0; i < 5000; ++i) garbage += static_cast<char>((i * 7919) % 256);
  lsp.SendRaw(garbage);
  lsp.CloseInput();
  EXPECT_EQ(lsp.WaitExit(), 1);
}

}  // namespace
}  // namespace mlhint::testing
