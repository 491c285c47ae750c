// `mlhint lsp` driven over pipes: lifecycle, documents, diagnostics, quick
// fixes, hover, position encodings, staleness and cancellation.
#include <gtest/gtest.h>

#include "testsuite/lsp/lsp_process.h"

namespace mlhint::testing {
namespace {

const std::string kUri = "file:///work/three.ml";

// Three independent errors, each with a hint: a literal, a ref, a float
// operator (whose two operands are both reported).
const std::string kThree =
    "let total = Int32.add 40l 2\n"
    "let count = ref 0\n"
    "let () = print_int count\n"
    "let half = 1.5\n"
    "let y = half + 1.\n";

json Pos(int line, int character) {
  return json{{"line", line}, {"character", character}};
}
json Rng(int l1, int c1, int l2, int c2) {
  return json{{"start", Pos(l1, c1)}, {"end", Pos(l2, c2)}};
}

void Open(LspProcess& lsp, const std::string& uri, const std::string& text, int version = 1) {
  lsp.Notify("textDocument/didOpen",
             json{{"textDocument",
                   {{"uri", uri}, {"languageId", "ocaml"}, {"version", version}, {"text", text}}}});
}

void Change(LspProcess& lsp, const std::string& uri, int version, json changes) {
  lsp.Notify("textDocument/didChange", json{{"textDocument", {{"uri", uri}, {"version", version}}},
                                            {"contentChanges", std::move(changes)}});
}

json Error(const json& response) {
  return response.contains("error") ? response["error"] : json();
}

TEST(LspProtocol, InitializeAnnouncesCapabilitiesAndShutdownExitsWithZero) {
  LspProcess lsp;
  json init = lsp.Initialize();
  json caps = init["result"]["capabilities"];
  EXPECT_EQ(caps["positionEncoding"], "utf-16");
  EXPECT_EQ(caps["textDocumentSync"]["change"], 2);
  EXPECT_EQ(caps["textDocumentSync"]["openClose"], true);
  EXPECT_EQ(caps["hoverProvider"], true);
  EXPECT_EQ(caps["codeActionProvider"]["codeActionKinds"], json::array({"quickfix"}));
  EXPECT_TRUE(caps["diagnosticProvider"].is_object());
  EXPECT_EQ(init["result"]["serverInfo"]["name"], "mlhint");
  json shutdown = lsp.Call("shutdown", nullptr);
  EXPECT_TRUE(shutdown.contains("result"));
  EXPECT_TRUE(shutdown["result"].is_null());
  // After shutdown: requests are invalid; exit ends with 0.
  EXPECT_EQ(Error(lsp.Call("textDocument/hover", json::object()))["code"], -32600);
  lsp.Notify("exit", nullptr);
  EXPECT_EQ(lsp.WaitExit(), 0);
}

TEST(LspProtocol, ExitWithoutShutdownIsStatusOne) {
  LspProcess lsp;
  lsp.Initialize();
  lsp.Notify("exit", nullptr);
  EXPECT_EQ(lsp.WaitExit(), 1);
}

TEST(LspProtocol, EndOfInputWithoutExitIsStatusOne) {
  LspProcess lsp;
  lsp.Initialize();
  lsp.CloseInput();
  EXPECT_EQ(lsp.WaitExit(), 1);
}

TEST(LspProtocol, RequestsBeforeInitializeAndASecondInitialize) {
  LspProcess lsp;
  json early = lsp.Call("textDocument/hover",
                        json{{"textDocument", {{"uri", kUri}}}, {"position", Pos(0, 0)}});
  EXPECT_EQ(Error(early)["code"], -32002);
  // A notification before initialize is dropped: no diagnostics come of it.
  Open(lsp, kUri, kThree);
  lsp.Initialize();
  EXPECT_EQ(Error(lsp.Call("initialize", json{{"capabilities", json::object()}}))["code"], -32600);
  json pulled = lsp.Call("textDocument/diagnostic", json{{"textDocument", {{"uri", kUri}}}});
  EXPECT_EQ(pulled["result"]["items"].size(), 0u);  // the document was never opened
  for (const json& m : lsp.seen())
    EXPECT_NE(m.value("method", ""), "textDocument/publishDiagnostics");
}

TEST(LspProtocol, UnknownMethodsAndInvalidParams) {
  LspProcess lsp;
  lsp.Initialize();
  EXPECT_EQ(Error(lsp.Call("textDocument/definitelyNot", json::object()))["code"], -32601);
  EXPECT_EQ(Error(lsp.Call("$/unknownRequest", json::object()))["code"], -32601);
  // Unknown notifications are ignored: the next message is the next answer.
  lsp.Notify("workspace/somethingNew", json{{"x", 1}});
  lsp.Notify("$/setTrace", json{{"value", "off"}});
  int64_t id = lsp.SendRequest("textDocument/hover",
                               json{{"textDocument", {{"uri", kUri}}}});  // no position
  std::optional<json> next = lsp.Read();
  ASSERT_TRUE(next);
  EXPECT_EQ((*next)["id"], id);
  EXPECT_EQ(Error(*next)["code"], -32602);
  EXPECT_EQ(
      Error(lsp.Call("textDocument/codeAction", json{{"textDocument", {{"uri", 5}}}}))["code"],
      -32602);
}

TEST(LspProtocol, ThreeIndependentErrorsWithRangesHintsCodesAndData) {
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, kUri, kThree);
  json published = lsp.Diagnostics(kUri, 1);
  EXPECT_EQ(published["version"], 1);
  json ds = published["diagnostics"];
  // `half + 1.` is one mistake: one diagnostic (its operands' two errors
  // are folded into the first, as `+.` fixes both).
  ASSERT_EQ(ds.size(), 3u) << ds.dump(2);
  EXPECT_EQ(ds[0]["range"], Rng(0, 26, 0, 27));
  EXPECT_EQ(ds[1]["range"], Rng(2, 19, 2, 24));
  EXPECT_EQ(ds[2]["range"], Rng(4, 8, 4, 12));
  const char* hints[] = {"int-literal-suffix", "ref-dereference", "numeric-operator"};
  for (size_t i = 0; i < ds.size(); ++i) {
    EXPECT_EQ(ds[i]["severity"], 1);
    EXPECT_EQ(ds[i]["source"], "mlhint");
    EXPECT_EQ(ds[i]["code"], "type-mismatch");
    EXPECT_EQ(ds[i]["data"]["hints"], json::array({hints[i]}));
    EXPECT_EQ(ds[i]["data"]["index"], i);
    EXPECT_EQ(ds[i]["message"].get<std::string>().find("\n1 |"), std::string::npos) << "no excerpt";
  }
  EXPECT_EQ(ds[0]["message"],
            "This expression has type int but an expression was expected of type int32");
  EXPECT_EQ(ds[0]["relatedInformation"][0]["message"], "Hint: Did you mean `2l'?");
  EXPECT_EQ(ds[1]["relatedInformation"][0]["message"],
            "Hint: This is a `ref', did you mean `!count'?");
  // The operator hint is located at the operator.
  EXPECT_EQ(ds[2]["relatedInformation"][0]["location"]["range"], Rng(4, 13, 4, 14));
  EXPECT_EQ(ds[2]["relatedInformation"][0]["location"]["uri"], kUri);
}

TEST(LspProtocol, HintsGoInTheMessageWithoutRelatedInformationSupport) {
  LspProcess lsp;
  lsp.Initialize(json::object());
  Open(lsp, kUri, kThree);
  json ds = lsp.Diagnostics(kUri, 1)["diagnostics"];
  ASSERT_FALSE(ds.empty());
  EXPECT_FALSE(ds[0].contains("relatedInformation"));
  EXPECT_EQ(ds[0]["message"],
            "This expression has type int but an expression was expected of type int32\nHint: Did "
            "you mean `2l'?");
}

TEST(LspProtocol, AnIncrementalEditMovesTheDiagnostics) {
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, kUri, kThree);
  lsp.Diagnostics(kUri, 1);
  // Two lines inserted at the top, then the ref error fixed by hand.
  Change(
      lsp, kUri, 2,
      json::array({json{{"range", Rng(0, 0, 0, 0)}, {"text", "(* a comment *)\nlet unused = ()\n"}},
                   json{{"range", Rng(4, 19, 4, 19)}, {"text", "!"}}}));
  json published = lsp.Diagnostics(kUri, 2);
  json ds = published["diagnostics"];
  ASSERT_EQ(ds.size(), 2u) << ds.dump(2);
  EXPECT_EQ(ds[0]["range"], Rng(2, 26, 2, 27));
  EXPECT_EQ(ds[1]["range"], Rng(6, 8, 6, 12));
  // A full-text change is taken too.
  Change(lsp, kUri, 3, json::array({json{{"text", "let fine = 1\n"}}}));
  EXPECT_EQ(lsp.Diagnostics(kUri, 3)["diagnostics"].size(), 0u);
}

TEST(LspProtocol, QuickFixesWhoseEditsFixTheFile) {
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, kUri, kThree);
  json ds = lsp.Diagnostics(kUri, 1)["diagnostics"];
  ASSERT_EQ(ds.size(), 3u);
  std::string text = kThree;
  json all_edits = json::array();
  std::vector<std::string> titles;
  for (size_t i = 0; i < 3; ++i) {
    json actions = lsp.Call("textDocument/codeAction",
                            json{{"textDocument", {{"uri", kUri}}},
                                 {"range", ds[i]["range"]},
                                 {"context", {{"diagnostics", json::array({ds[i]})}}}});
    json list = actions["result"];
    ASSERT_EQ(list.size(), 1u) << list.dump(2);
    EXPECT_EQ(list[0]["kind"], "quickfix");
    EXPECT_EQ(list[0]["isPreferred"], true);
    EXPECT_EQ(list[0]["diagnostics"][0]["data"]["index"], i);
    titles.push_back(list[0]["title"]);
    for (const json& e : list[0]["edit"]["changes"][kUri]) all_edits.push_back(e);
  }
  EXPECT_EQ(titles, (std::vector<std::string>{"Did you mean `2l'?",
                                              "This is a `ref', did you mean `!count'?",
                                              "Did you mean to use `+.'?"}));
  std::string fixed = ApplyEdits(text, all_edits);
  EXPECT_EQ(fixed,
            "let total = Int32.add 40l 2l\n"
            "let count = ref 0\n"
            "let () = print_int !count\n"
            "let half = 1.5\n"
            "let y = half +. 1.\n");
  Change(lsp, kUri, 2, json::array({json{{"text", fixed}}}));
  EXPECT_EQ(lsp.Diagnostics(kUri, 2)["diagnostics"].size(), 0u);
}

TEST(LspProtocol, VersionedDocumentChangesWhenTheClientSupportsThem) {
  LspProcess lsp;
  json caps = LspProcess::DefaultCapabilities();
  caps["workspace"] = json{{"workspaceEdit", {{"documentChanges", true}}}};
  lsp.Initialize(caps);
  Open(lsp, kUri, kThree, 5);
  lsp.Diagnostics(kUri, 5);
  json actions = lsp.Call("textDocument/codeAction", json{{"textDocument", {{"uri", kUri}}},
                                                          {"range", Rng(2, 20, 2, 20)},
                                                          {"context", json::object()}});
  ASSERT_EQ(actions["result"].size(), 1u);
  json change = actions["result"][0]["edit"]["documentChanges"][0];
  EXPECT_EQ(change["textDocument"], json({{"uri", kUri}, {"version", 5}}));
  EXPECT_EQ(change["edits"][0]["newText"], "!");
}

TEST(LspProtocol, HoverShowsTheTypeUnderTheCursor) {
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, kUri, "let add x y = x + y\nlet l = List.map (add 1) [1; 2]\n");
  lsp.Diagnostics(kUri, 1);
  json hover = lsp.Call("textDocument/hover",
                        json{{"textDocument", {{"uri", kUri}}}, {"position", Pos(1, 13)}});
  EXPECT_EQ(hover["result"]["contents"]["kind"], "markdown");
  // A name: its definition's type, and the instance it has here.
  EXPECT_EQ(hover["result"]["contents"]["value"],
            "```ocaml\n('a -> 'b) -> 'a list -> 'b list\n(* here: (int -> int) -> int list -> int "
            "list *)\n```");
  EXPECT_EQ(hover["result"]["range"], Rng(1, 8, 1, 16));
  json var = lsp.Call("textDocument/hover",
                      json{{"textDocument", {{"uri", kUri}}}, {"position", Pos(0, 4)}});
  EXPECT_EQ(var["result"]["contents"]["value"], "```ocaml\nint -> int -> int\n```");
  // Nothing typed under the cursor (the end of a line): null.
  json none = lsp.Call("textDocument/hover",
                       json{{"textDocument", {{"uri", kUri}}}, {"position", Pos(5, 0)}});
  EXPECT_TRUE(none.contains("result"));
  EXPECT_TRUE(none["result"].is_null());
}

TEST(LspProtocol, NonAsciiLinesCountUtf16UnitsOrUtf8Bytes) {
  // "é" is 1 unit and 2 bytes; "😀" 2 units and 4 bytes. The literal 2 sits
  // at UTF-16 column 49 and byte column 52.
  const std::string text = "let s = \"é😀\" let t = Int32.add (Int32.of_int 1) 2\n";
  for (bool utf8 : {false, true}) {
    LspProcess lsp;
    json caps = LspProcess::DefaultCapabilities();
    if (utf8) caps["general"] = json{{"positionEncodings", {"utf-8", "utf-16"}}};
    json init = lsp.Initialize(caps);
    EXPECT_EQ(init["result"]["capabilities"]["positionEncoding"], utf8 ? "utf-8" : "utf-16");
    Open(lsp, kUri, text);
    json ds = lsp.Diagnostics(kUri, 1)["diagnostics"];
    ASSERT_EQ(ds.size(), 1u);
    int col = utf8 ? 52 : 49;
    EXPECT_EQ(ds[0]["range"], Rng(0, col, 0, col + 1)) << (utf8 ? "utf-8" : "utf-16");
    json actions = lsp.Call("textDocument/codeAction", json{{"textDocument", {{"uri", kUri}}},
                                                            {"range", Rng(0, col, 0, col)},
                                                            {"context", json::object()}});
    ASSERT_EQ(actions["result"].size(), 1u);
    EXPECT_EQ(actions["result"][0]["edit"]["changes"][kUri][0]["range"],
              Rng(0, col + 1, 0, col + 1));
    // An edit named in the same encoding lands on the right byte.
    Change(lsp, kUri, 2,
           json::array({json{{"range", Rng(0, col + 1, 0, col + 1)}, {"text", "l"}}}));
    EXPECT_EQ(lsp.Diagnostics(kUri, 2)["diagnostics"].size(), 0u);
  }
}

TEST(LspProtocol, CarriageReturnsEndLinesForTheClient) {
  LspProcess lsp;
  lsp.Initialize();
  // OCaml's lines end only at '\n' (a lone '\r' in a comment is just a
  // character); LSP's end at "\r\n" and at a lone '\r' too.
  Open(lsp, kUri, "let a = 1\r\n(* x\r *)let c = Int32.add 1l 3\n");
  json ds = lsp.Diagnostics(kUri, 1)["diagnostics"];
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0]["range"], Rng(2, 24, 2, 25));
  // A lone '\r' outside a comment is an illegal character: its range spans
  // the line break it makes for the client.
  Change(lsp, kUri, 2, json::array({json{{"text", "let a = 1\r\nlet b = 2\rlet c = 3\n"}}}));
  json illegal = lsp.Diagnostics(kUri, 2)["diagnostics"];
  ASSERT_EQ(illegal.size(), 1u);
  EXPECT_EQ(illegal[0]["code"], "illegal-character");
  EXPECT_EQ(illegal[0]["range"], Rng(1, 9, 2, 0));
}

TEST(LspProtocol, SyntaxAndLexicalErrorsGetDiagnosticsToo) {
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, kUri, "let x = (1 + \nlet y = 2\n");
  json ds = lsp.Diagnostics(kUri, 1)["diagnostics"];
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0]["code"], "syntax-error");
  Change(lsp, kUri, 2, json::array({json{{"text", "let s = \"unterminated\n"}}}));
  json lexical = lsp.Diagnostics(kUri, 2)["diagnostics"];
  ASSERT_EQ(lexical.size(), 1u);
  EXPECT_EQ(lexical[0]["code"], "unterminated-string");
}

TEST(LspProtocol, WarningsAreWarningsWithTheirNameAsCode) {
  LspProcess lsp;
  json caps = LspProcess::DefaultCapabilities();
  caps["textDocument"]["publishDiagnostics"]["tagSupport"] = json{{"valueSet", {1, 2}}};
  lsp.Initialize(caps);
  Open(lsp, kUri, "let f x = let y = 1 in x\n");
  json ds = lsp.Diagnostics(kUri, 1)["diagnostics"];
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0]["severity"], 2);
  EXPECT_EQ(ds[0]["code"], "unused-var");
  EXPECT_EQ(ds[0]["tags"], json::array({1}));
}

TEST(LspProtocol, PullDiagnosticsFullThenUnchanged) {
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, kUri, kThree);
  json first = lsp.Call("textDocument/diagnostic", json{{"textDocument", {{"uri", kUri}}}});
  EXPECT_EQ(first["result"]["kind"], "full");
  EXPECT_EQ(first["result"]["items"].size(), 3u);
  std::string id = first["result"]["resultId"];
  json again = lsp.Call("textDocument/diagnostic",
                        json{{"textDocument", {{"uri", kUri}}}, {"previousResultId", id}});
  EXPECT_EQ(again["result"], json({{"kind", "unchanged"}, {"resultId", id}}));
  Change(lsp, kUri, 2, json::array({json{{"text", "let ok = 1\n"}}}));
  json after = lsp.Call("textDocument/diagnostic",
                        json{{"textDocument", {{"uri", kUri}}}, {"previousResultId", id}});
  EXPECT_EQ(after["result"]["kind"], "full");
  EXPECT_EQ(after["result"]["items"].size(), 0u);
}

TEST(LspProtocol, CloseClearsTheDiagnostics) {
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, kUri, kThree);
  lsp.Diagnostics(kUri, 1);
  lsp.Notify("textDocument/didClose", json{{"textDocument", {{"uri", kUri}}}});
  json cleared = lsp.Diagnostics(kUri);
  EXPECT_EQ(cleared["diagnostics"].size(), 0u);
  EXPECT_FALSE(cleared.contains("version"));
  // A reopened document with the same version number is checked afresh.
  Open(lsp, kUri, "let x = 1 + 1.\n");
  EXPECT_EQ(lsp.Diagnostics(kUri, 1)["diagnostics"].size(), 1u);
}

TEST(LspProtocol, ACancelledRequestIsAnsweredRequestCancelled) {
  LspProcess lsp;
  lsp.Initialize();
  // A large document keeps the checker busy while the hover waits for it;
  // the cancellation arrives in the same write.
  std::string big = LargeProgram(60000);
  std::string open =
      json{{"jsonrpc", "2.0"},
           {"method", "textDocument/didOpen"},
           {"params",
            {{"textDocument",
              {{"uri", kUri}, {"languageId", "ocaml"}, {"version", 1}, {"text", big}}}}}}
          .dump();
  std::string hover = json{{"jsonrpc", "2.0"},
                           {"id", "hover-1"},
                           {"method", "textDocument/hover"},
                           {"params", {{"textDocument", {{"uri", kUri}}}, {"position", Pos(0, 4)}}}}
                          .dump();
  std::string cancel =
      json{{"jsonrpc", "2.0"}, {"method", "$/cancelRequest"}, {"params", {{"id", "hover-1"}}}}
          .dump();
  auto frame = [](const std::string& body) {
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  };
  lsp.SendRaw(frame(open) + frame(hover) + frame(cancel));
  json answer = lsp.WaitFor([](const json& m) { return m.contains("id") && m["id"] == "hover-1"; });
  EXPECT_EQ(Error(answer)["code"], -32800);
  // Cancelling what is already answered (or unknown) changes nothing.
  lsp.Notify("$/cancelRequest", json{{"id", "hover-1"}});
  lsp.Notify("$/cancelRequest", json{{"id", 12345}});
  EXPECT_EQ(lsp.Diagnostics(kUri, 1)["diagnostics"].size(), 0u);
  json later = lsp.Call("textDocument/hover",
                        json{{"textDocument", {{"uri", kUri}}}, {"position", Pos(0, 4)}});
  EXPECT_TRUE(later["result"].is_object());
}

TEST(LspProtocol, AFastTypistGetsTheLatestVersionAndNoStaleOnes) {
  LspProcess lsp;
  lsp.Initialize();
  std::string big = LargeProgram(20000);
  Open(lsp, kUri, big);
  // Fifty one-character edits in a burst, each typing one more character of
  // a new last line (the last one makes its literal a float).
  std::string burst;
  auto frame = [](const std::string& body) {
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  };
  int last_line = 20000;
  burst += frame(json{
      {"jsonrpc", "2.0"},
      {"method", "textDocument/didChange"},
      {"params",
       {{"textDocument", {{"uri", kUri}, {"version", 2}}},
        {"contentChanges",
         json::array({json{{"range", Rng(last_line, 0, last_line, 0)}, {"text", "let z = 0"}}})}}}}
                     .dump());
  for (int v = 3; v <= 52; ++v) {
    json change{{"range", Rng(last_line, 9 + (v - 3), last_line, 9 + (v - 3))},
                {"text", v == 52 ? "." : "1"}};
    burst += frame(json{{"jsonrpc", "2.0"},
                        {"method", "textDocument/didChange"},
                        {"params",
                         {{"textDocument", {{"uri", kUri}, {"version", v}}},
                          {"contentChanges", json::array({change})}}}}
                       .dump());
  }
  lsp.SendRaw(burst);
  lsp.Diagnostics(kUri, 52);
  int publishes = 0;
  int64_t previous = 0;
  for (const json& m : lsp.seen()) {
    if (m.value("method", "") != "textDocument/publishDiagnostics") continue;
    ++publishes;
    int64_t v = m["params"]["version"];
    EXPECT_GT(v, previous) << "versions only go forward";
    previous = v;
  }
  // At most: the open, whatever was in flight when the burst came, the last.
  EXPECT_LE(publishes, 4);
  EXPECT_EQ(lsp.seen().back()["params"]["diagnostics"].size(), 0u);
}

}  // namespace
}  // namespace mlhint::testing
