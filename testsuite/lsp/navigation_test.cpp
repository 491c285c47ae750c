// `mlhint lsp` over pipes: what an editor asks beyond diagnostics (hover on
// errors, names, constructors and fields; definitions, references, the
// outline, inlay hints), the settings (command line, initializationOptions,
// didChangeConfiguration) and which documents are checked.
#include <gtest/gtest.h>

#include "testsuite/lsp/lsp_process.h"

namespace mlhint::testing {
namespace {

const std::string kUri = "file:///work/shapes.ml";

// Expected values below were worked out by hand from this text (0-based
// lines and columns; every line is ASCII).
const std::string kShapes =
    "type shape = Circle of float | Square of float\n"                     // 0
    "exception Oops of string\n"                                           // 1
    "let area s = match s with Circle r -> r *. r | Square a -> a *. a\n"  // 2
    "let total a = Int32.add a 3\n"                                        // 3
    "let c = Circle 2.0\n"                                                 // 4
    "let twice = area c +. area c\n"                                       // 5
    "type point = { x : int; mutable y : int }\n"                          // 6
    "let p = { x = 1; y = 2 }\n"                                           // 7
    "let () = p.y <- p.x\n";                                               // 8

json Pos(int line, int character) {
  return json{{"line", line}, {"character", character}};
}
json Rng(int l1, int c1, int l2, int c2) {
  return json{{"start", Pos(l1, c1)}, {"end", Pos(l2, c2)}};
}
json Loc(const std::string& uri, int l1, int c1, int l2, int c2) {
  return json{{"uri", uri}, {"range", Rng(l1, c1, l2, c2)}};
}

void Open(LspProcess& lsp, const std::string& uri, const std::string& text,
          const std::string& language = "ocaml") {
  lsp.Notify("textDocument/didOpen",
             json{{"textDocument",
                   {{"uri", uri}, {"languageId", language}, {"version", 1}, {"text", text}}}});
}

json At(const std::string& uri, int line, int character) {
  return json{{"textDocument", {{"uri", uri}}}, {"position", Pos(line, character)}};
}

std::string HoverText(LspProcess& lsp, int line, int character) {
  json r = lsp.Call("textDocument/hover", At(kUri, line, character))["result"];
  return r.is_null() ? "null" : r["contents"]["value"].get<std::string>();
}

json Capabilities() {
  json caps = LspProcess::DefaultCapabilities();
  caps["textDocument"]["documentSymbol"] = json{{"hierarchicalDocumentSymbolSupport", true}};
  return caps;
}

TEST(LspNavigation, InitializeAnnouncesTheQuestionsItAnswers) {
  LspProcess lsp;
  json caps = lsp.Initialize()["result"]["capabilities"];
  EXPECT_EQ(caps["definitionProvider"], true);
  EXPECT_EQ(caps["referencesProvider"], true);
  EXPECT_EQ(caps["documentSymbolProvider"], true);
  EXPECT_TRUE(caps["inlayHintProvider"].is_object());
}

TEST(LspNavigation, HoverOnAnErrorShowsTheTypeAndTheExpectedOne) {
  LspProcess lsp;
  lsp.Initialize(Capabilities());
  Open(lsp, kUri, kShapes);
  json ds = lsp.Diagnostics(kUri, 1)["diagnostics"];
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0]["range"], Rng(3, 26, 3, 27));
  // The first diagnostic's position: the literal `3`.
  json hover = lsp.Call("textDocument/hover", At(kUri, 3, 26))["result"];
  EXPECT_EQ(hover["contents"]["kind"], "markdown");
  EXPECT_EQ(hover["contents"]["value"], "```ocaml\nint\n(* expected: int32 *)\n```");
  EXPECT_EQ(hover["range"], Rng(3, 26, 3, 27));
  // Around the error, the types the checker found.
  EXPECT_EQ(HoverText(lsp, 3, 24), "```ocaml\nint32\n```");
}

TEST(LspNavigation, HoverOnNamesConstructorsAndFields) {
  LspProcess lsp;
  lsp.Initialize(Capabilities());
  Open(lsp, kUri, kShapes);
  lsp.Diagnostics(kUri, 1);
  // A name: its definition's type.
  EXPECT_EQ(HoverText(lsp, 5, 13), "```ocaml\nshape -> float\n```");
  // A constructor, in an expression and in a pattern: its type's declaration.
  const std::string shape = "```ocaml\ntype shape = Circle of float | Square of float\n```";
  EXPECT_EQ(HoverText(lsp, 4, 9), shape);
  EXPECT_EQ(HoverText(lsp, 2, 48), shape);
  // A field: in a record, an access, an assignment.
  const std::string point = "```ocaml\ntype point = { x : int; mutable y : int; }\n```";
  EXPECT_EQ(HoverText(lsp, 7, 10), point);
  EXPECT_EQ(HoverText(lsp, 8, 11), point);
  EXPECT_EQ(HoverText(lsp, 8, 18), point);
  json range = lsp.Call("textDocument/hover", At(kUri, 8, 18))["result"]["range"];
  EXPECT_EQ(range, Rng(8, 18, 8, 19));
}

TEST(LspNavigation, DefinitionAndReferences) {
  LspProcess lsp;
  lsp.Initialize(Capabilities());
  Open(lsp, kUri, kShapes);
  lsp.Diagnostics(kUri, 1);
  // `area`, used on line 5: defined on line 2.
  EXPECT_EQ(lsp.Call("textDocument/definition", At(kUri, 5, 13))["result"], Loc(kUri, 2, 4, 2, 8));
  // A constructor, a field, a type name.
  EXPECT_EQ(lsp.Call("textDocument/definition", At(kUri, 4, 9))["result"], Loc(kUri, 0, 13, 0, 19));
  EXPECT_EQ(lsp.Call("textDocument/definition", At(kUri, 8, 18))["result"],
            Loc(kUri, 6, 15, 6, 16));
  // The prelude's values have no place in the file.
  EXPECT_TRUE(lsp.Call("textDocument/definition", At(kUri, 3, 16))["result"].is_null());

  json params = At(kUri, 2, 5);
  params["context"] = json{{"includeDeclaration", true}};
  EXPECT_EQ(lsp.Call("textDocument/references", params)["result"],
            json::array({Loc(kUri, 2, 4, 2, 8), Loc(kUri, 5, 12, 5, 16), Loc(kUri, 5, 22, 5, 26)}));
  params["context"]["includeDeclaration"] = false;
  EXPECT_EQ(lsp.Call("textDocument/references", params)["result"],
            json::array({Loc(kUri, 5, 12, 5, 16), Loc(kUri, 5, 22, 5, 26)}));
  // From a constructor's declaration: its uses in patterns and expressions.
  json circle = At(kUri, 0, 15);
  circle["context"] = json{{"includeDeclaration", true}};
  EXPECT_EQ(
      lsp.Call("textDocument/references", circle)["result"],
      json::array({Loc(kUri, 0, 13, 0, 19), Loc(kUri, 2, 26, 2, 32), Loc(kUri, 4, 8, 4, 14)}));
  // A local variable: the pattern that binds it and its uses.
  json r = At(kUri, 2, 33);
  r["context"] = json{{"includeDeclaration", true}};
  EXPECT_EQ(
      lsp.Call("textDocument/references", r)["result"],
      json::array({Loc(kUri, 2, 33, 2, 34), Loc(kUri, 2, 38, 2, 39), Loc(kUri, 2, 43, 2, 44)}));
}

TEST(LspNavigation, TheOutlineListsValuesTypesConstructorsAndExceptions) {
  LspProcess lsp;
  lsp.Initialize(Capabilities());
  Open(lsp, kUri, kShapes);
  lsp.Diagnostics(kUri, 1);
  json symbols =
      lsp.Call("textDocument/documentSymbol", json{{"textDocument", {{"uri", kUri}}}})["result"];
  std::vector<std::string> names;
  for (const json& s : symbols)
    names.push_back(s["name"].get<std::string>() + " : " + s.value("detail", ""));
  EXPECT_EQ(names, (std::vector<std::string>{
                       "shape : type shape = Circle of float | Square of float",
                       "Oops : exception Oops of string",
                       "area : shape -> float",
                       "total : int32 -> int32",
                       "c : shape",
                       "twice : float",
                       "point : type point = { x : int; mutable y : int; }",
                       "p : point",
                   }));
  ASSERT_EQ(symbols.size(), 8u);
  EXPECT_EQ(symbols[0]["kind"], 10);  // Enum
  EXPECT_EQ(symbols[0]["selectionRange"], Rng(0, 5, 0, 10));
  ASSERT_EQ(symbols[0]["children"].size(), 2u);
  EXPECT_EQ(symbols[0]["children"][1]["name"], "Square");
  EXPECT_EQ(symbols[0]["children"][1]["detail"], "of float");
  EXPECT_EQ(symbols[0]["children"][1]["kind"], 22);  // EnumMember
  EXPECT_EQ(symbols[2]["kind"], 12);                 // Function
  EXPECT_EQ(symbols[2]["selectionRange"], Rng(2, 4, 2, 8));
  EXPECT_EQ(symbols[4]["kind"], 13);  // Variable
  EXPECT_EQ(symbols[6]["kind"], 23);  // Struct
  EXPECT_EQ(symbols[6]["children"][1]["name"], "y");
  EXPECT_EQ(symbols[6]["children"][1]["detail"], "int");
}

// A constructor of an inline record shows its fields, as OCaml prints them.
TEST(LspNavigation, TheOutlineShowsTheFieldsOfAnInlineRecord) {
  LspProcess lsp;
  lsp.Initialize(Capabilities());
  Open(lsp, kUri, "type t = A of { x : int; mutable y : string } | B\n");
  lsp.Diagnostics(kUri, 1);
  json symbols =
      lsp.Call("textDocument/documentSymbol", json{{"textDocument", {{"uri", kUri}}}})["result"];
  ASSERT_EQ(symbols.size(), 1u) << symbols.dump();
  EXPECT_EQ(symbols[0]["detail"], "type t = A of { x : int; mutable y : string; } | B");
  ASSERT_EQ(symbols[0]["children"].size(), 2u);
  EXPECT_EQ(symbols[0]["children"][0]["detail"], "of { x : int; mutable y : string; }");
}

// The outline asked again for the same text is the same answer (the server
// keeps it); after an edit, it is the new text's.
TEST(LspNavigation, TheOutlineAskedAgainAndAfterAnEdit) {
  LspProcess lsp;
  lsp.Initialize(Capabilities());
  Open(lsp, kUri, "let a = 1\nlet b = 2.0\n");
  lsp.Diagnostics(kUri, 1);
  json ask = json{{"textDocument", {{"uri", kUri}}}};
  json first = lsp.Call("textDocument/documentSymbol", ask)["result"];
  ASSERT_EQ(first.size(), 2u) << first.dump();
  EXPECT_EQ(lsp.Call("textDocument/documentSymbol", ask)["result"], first);
  lsp.Notify("textDocument/didChange",
             json{{"textDocument", {{"uri", kUri}, {"version", 2}}},
                  {"contentChanges", json::array({json{{"text", "let a = 1\nlet b = \"s\"\n"}}})}});
  lsp.Diagnostics(kUri, 2);
  json second = lsp.Call("textDocument/documentSymbol", ask)["result"];
  ASSERT_EQ(second.size(), 2u) << second.dump();
  EXPECT_EQ(first[1]["detail"], "float");
  EXPECT_EQ(second[1]["detail"], "string");
}

json Hints(LspProcess& lsp, int from_line, int to_line) {
  return lsp.Call(
      "textDocument/inlayHint",
      json{{"textDocument", {{"uri", kUri}}}, {"range", Rng(from_line, 0, to_line, 0)}})["result"];
}

json Hint(int line, int character, const std::string& label) {
  return json{{"position", Pos(line, character)}, {"label", label}, {"kind", 1}};
}

TEST(LspNavigation, InlayHintsShowInferredTypesOfNamesAndParameters) {
  LspProcess lsp;
  lsp.Initialize(Capabilities());
  Open(lsp, kUri, kShapes);
  lsp.Diagnostics(kUri, 1);
  // `area s`: the parameter (not the function); `c`, `twice`, `p`; nothing
  // for `()`. The parameter of `total`, whose item has an error, still has
  // the type the checker gave it.
  EXPECT_EQ(Hints(lsp, 0, 9),
            json::array({Hint(2, 10, ": shape"), Hint(3, 11, ": int32"), Hint(4, 5, ": shape"),
                         Hint(5, 9, ": float"), Hint(7, 5, ": point")}));
  // Only those in the range asked for.
  EXPECT_EQ(Hints(lsp, 4, 5), json::array({Hint(4, 5, ": shape")}));
  // A name whose literal says its type gets none.
  LspProcess other;
  other.Initialize(Capabilities());
  Open(other, kUri,
       "let n = 3\nlet s = \"s\"\nlet b = true\nlet f = fun x -> x + n\nlet g (y : int) = y\n");
  other.Diagnostics(kUri, 1);
  EXPECT_EQ(Hints(other, 0, 5), json::array({Hint(3, 5, ": int -> int"), Hint(3, 13, ": int")}));
}

TEST(LspNavigation, InlayHintsAreConfigurable) {
  LspProcess lsp;
  json caps = Capabilities();
  caps["workspace"]["inlayHint"] = json{{"refreshSupport", true}};
  json init =
      json{{"processId", nullptr},
           {"rootUri", nullptr},
           {"capabilities", caps},
           {"initializationOptions", {{"mlhint", {{"inlayHints", {{"parameters", false}}}}}}}};
  lsp.Call("initialize", init);
  lsp.Notify("initialized", json::object());
  Open(lsp, kUri, kShapes);
  lsp.Diagnostics(kUri, 1);
  EXPECT_EQ(Hints(lsp, 2, 5), json::array({Hint(4, 5, ": shape")}));
  // Turned off altogether: the client is asked to ask again.
  lsp.Notify("workspace/didChangeConfiguration",
             json{{"settings", {{"mlhint", {{"inlayHints", false}}}}}});
  json refresh = lsp.WaitFor(
      [](const json& m) { return m.value("method", "") == "workspace/inlayHint/refresh"; });
  EXPECT_TRUE(refresh.contains("id"));
  lsp.Send(json{{"jsonrpc", "2.0"}, {"id", refresh["id"]}, {"result", nullptr}});
  lsp.Diagnostics(kUri);
  EXPECT_EQ(Hints(lsp, 0, 9), json::array());
}

const std::string kUnused = "let f x = let unused = 1 in 0\n";

size_t DiagnosticCount(LspProcess& lsp, std::optional<int64_t> version = 1) {
  return lsp.Diagnostics(kUri, version)["diagnostics"].size();
}

TEST(LspSettings, WarningsFromTheCommandLine) {
  {
    LspProcess lsp;
    lsp.Initialize();
    Open(lsp, kUri, kUnused);
    EXPECT_EQ(DiagnosticCount(lsp), 1u);  // warning 26 (27, on x, is off by default)
  }
  LspProcess lsp({"-w", "-26"});
  lsp.Initialize();
  Open(lsp, kUri, kUnused);
  EXPECT_EQ(DiagnosticCount(lsp), 0u);
}

TEST(LspSettings, HintsFromTheCommandLine) {
  LspProcess lsp({"--hints=none"});
  lsp.Initialize();
  Open(lsp, kUri, "let total = Int32.add 40l 2\n");
  json ds = lsp.Diagnostics(kUri, 1)["diagnostics"];
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0]["data"]["hints"], json::array());
  EXPECT_EQ(ds[0]["message"],
            "This expression has type int but an expression was expected of type int32");
}

TEST(LspSettings, InitializationOptionsThenConfigurationChanges) {
  LspProcess lsp({"-w", "+27"});
  json init = json{{"processId", nullptr},
                   {"rootUri", nullptr},
                   {"capabilities", LspProcess::DefaultCapabilities()},
                   {"initializationOptions", {{"warnings", "-26"}, {"hints", "ocaml"}}}};
  lsp.Call("initialize", init);
  lsp.Notify("initialized", json::object());
  Open(lsp, kUri, kUnused);
  // -w +27 from the command line (x is unused), -26 from the options.
  json ds = lsp.Diagnostics(kUri, 1)["diagnostics"];
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0]["message"], "unused variable x.");
  // A configuration that says nothing of mlhint changes nothing; one that
  // does checks the document again.
  lsp.Notify("workspace/didChangeConfiguration", json{{"settings", json::object()}});
  lsp.Notify("workspace/didChangeConfiguration",
             json{{"settings", {{"mlhint", {{"warnings", "+26"}}}}}});
  EXPECT_EQ(DiagnosticCount(lsp), 2u);
  // A value it cannot use is logged and left as it was.
  lsp.Notify("workspace/didChangeConfiguration",
             json{{"settings", {{"warnings", "not a spec"}, {"hints", 3}}}});
  EXPECT_EQ(DiagnosticCount(lsp), 1u);
  EXPECT_NE(lsp.Stderr().find("settings: warnings"), std::string::npos) << lsp.Stderr();
  EXPECT_NE(lsp.Stderr().find("settings: hints"), std::string::npos) << lsp.Stderr();
}

TEST(LspDocuments, OnlyOCamlImplementationsAndInterfacesAreChecked) {
  LspProcess lsp;
  lsp.Initialize();
  const std::string bad = "let x : int = \"not an int\"\n";
  for (const auto& [uri, language] : std::vector<std::pair<std::string, std::string>>{
           {"file:///work/lexer.mll", "ocaml"},
           {"file:///work/parser.mly", "ocaml"},
           {"file:///work/notes.ml", "markdown"},
           {"untitled:Untitled-2", "ocaml.interface"},
       }) {
    Open(lsp, uri, bad, language);
    lsp.Notify("textDocument/didChange",
               json{{"textDocument", {{"uri", uri}, {"version", 2}}},
                    {"contentChanges", json::array({json{{"text", bad + bad}}})}});
    EXPECT_TRUE(lsp.Call("textDocument/hover", At(uri, 0, 15))["result"].is_null()) << uri;
  }
  // An implementation, and an unsaved buffer of the language: checked.
  Open(lsp, kUri, bad);
  EXPECT_EQ(lsp.Diagnostics(kUri, 1)["diagnostics"].size(), 1u);
  Open(lsp, "untitled:Untitled-1", bad);
  EXPECT_EQ(lsp.Diagnostics("untitled:Untitled-1", 1)["diagnostics"].size(), 1u);
  // An interface, whichever name the editor gives its language: checked
  // as `ocamlc -c` checks it (OCaml 4.13.1: `Unbound type constructor t`).
  for (const auto& [uri, language] : std::vector<std::pair<std::string, std::string>>{
           {"file:///work/a.mli", "ocaml"},
           {"file:///work/b.mli", "ocaml.interface"},
       }) {
    Open(lsp, uri, "val x : int t\n", language);
    json published = lsp.Diagnostics(uri, 1);
    ASSERT_EQ(published["diagnostics"].size(), 1u) << uri << published.dump();
    EXPECT_EQ(published["diagnostics"][0]["message"], "Unbound type constructor t");
    EXPECT_EQ(published["diagnostics"][0]["range"]["start"]["character"], 12);
  }
  // The other requests on an interface answer without an error.
  Open(lsp, "file:///work/c.mli", "type t = A | B\nval x : t\nexception E of int\n");
  EXPECT_TRUE(lsp.Diagnostics("file:///work/c.mli", 1)["diagnostics"].empty());
  for (const char* method : {"textDocument/hover", "textDocument/definition"}) {
    json answer = lsp.Call(method, At("file:///work/c.mli", 1, 8));
    EXPECT_FALSE(answer.contains("error")) << method << answer.dump();
  }
  json refs =
      lsp.Call("textDocument/references", json{{"textDocument", {{"uri", "file:///work/c.mli"}}},
                                               {"position", {{"line", 1}, {"character", 8}}},
                                               {"context", {{"includeDeclaration", true}}}});
  EXPECT_FALSE(refs.contains("error")) << refs.dump();
  json symbols = lsp.Call("textDocument/documentSymbol",
                          json{{"textDocument", {{"uri", "file:///work/c.mli"}}}});
  EXPECT_FALSE(symbols.contains("error")) << symbols.dump();
  json hints =
      lsp.Call("textDocument/inlayHint", json{{"textDocument", {{"uri", "file:///work/c.mli"}}},
                                              {"range",
                                               {{"start", {{"line", 0}, {"character", 0}}},
                                                {"end", {{"line", 3}, {"character", 0}}}}}});
  EXPECT_FALSE(hints.contains("error")) << hints.dump();
  for (const json& m : lsp.seen())
    if (m.value("method", "") == "textDocument/publishDiagnostics") {
      std::string uri = m["params"]["uri"];
      EXPECT_TRUE(uri == kUri || uri == "untitled:Untitled-1" || uri.ends_with(".mli")) << uri;
    }
}

// An implementation is checked against its interface, open in the editor
// or on the disk; an edit of the interface checks it again. The message is
// ocamlc 4.13.1's for `ocamlc -c shapes.mli shapes.ml`, in the one-line
// boxes of an editor's message, the documents named by their paths.
TEST(LspDocuments, AnImplementationIsCheckedAgainstItsInterface) {
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, "file:///work/shapes.mli", "val area : int\n");
  Open(lsp, kUri, "let area x = x * x\n");
  json published = lsp.Diagnostics(kUri, 1);
  ASSERT_EQ(published["diagnostics"].size(), 1u) << published.dump();
  EXPECT_EQ(published["diagnostics"][0]["message"],
            "The implementation /work/shapes.ml\n"
            "does not match the interface /work/shapes.cmi: \n"
            "Values do not match: val area : int -> int is not included in val area : int\n"
            "File \"/work/shapes.mli\", line 1, characters 0-14: Expected declaration\n"
            "File \"/work/shapes.ml\", line 1, characters 4-8: Actual declaration");
  lsp.Notify("textDocument/didChange",
             json{{"textDocument", {{"uri", "file:///work/shapes.mli"}, {"version", 2}}},
                  {"contentChanges", json::array({json{{"text", "val area : int -> int\n"}}})}});
  EXPECT_TRUE(lsp.Diagnostics(kUri)["diagnostics"].empty());
}

}  // namespace
}  // namespace mlhint::testing

namespace mlhint::testing {
namespace {

void Edit(LspProcess& lsp, const std::string& uri, int version, json range,
          const std::string& text) {
  lsp.Notify("textDocument/didChange",
             json{{"textDocument", {{"uri", uri}, {"version", version}}},
                  {"contentChanges", json::array({json{{"range", range}, {"text", text}}})}});
}

TEST(LspEditing, TheOtherItemsKeepTheirDiagnosticsThroughASyntaxError) {
  LspProcess lsp;
  lsp.Initialize();
  const std::string text =
      "let a = Int32.add 1l 2\n"  // 0: an error
      "let b = 1 + 1\n"           // 1: edited
      "let c = \"s\" ^ 1\n";      // 2: an error
  Open(lsp, kUri, text);
  json ds = lsp.Diagnostics(kUri, 1)["diagnostics"];
  ASSERT_EQ(ds.size(), 2u);
  // Line 1 loses its `=' (it no longer parses), then a new line comes on top.
  Edit(lsp, kUri, 2, Rng(1, 6, 1, 7), "");
  ds = lsp.Diagnostics(kUri, 2)["diagnostics"];
  ASSERT_EQ(ds.size(), 3u) << ds.dump();
  EXPECT_EQ(ds[0]["code"], "syntax-error");
  EXPECT_EQ(ds[1]["range"], Rng(0, 21, 0, 22));
  EXPECT_EQ(ds[2]["range"], Rng(2, 14, 2, 15));
  Edit(lsp, kUri, 3, Rng(0, 0, 0, 0), "(* top *)\n");
  ds = lsp.Diagnostics(kUri, 3)["diagnostics"];
  ASSERT_EQ(ds.size(), 3u) << ds.dump();
  EXPECT_EQ(ds[1]["range"], Rng(1, 21, 1, 22));
  EXPECT_EQ(ds[2]["range"], Rng(3, 14, 3, 15));
  // The keystroke that ends the syntax error: the two errors alone.
  Edit(lsp, kUri, 4, Rng(2, 6, 2, 6), "=");
  ds = lsp.Diagnostics(kUri, 4)["diagnostics"];
  ASSERT_EQ(ds.size(), 2u) << ds.dump();
  EXPECT_EQ(ds[0]["range"], Rng(1, 21, 1, 22));
  EXPECT_EQ(ds[1]["range"], Rng(3, 14, 3, 15));
}

TEST(LspEditing, HoverAndInlayHintsInAnItemCheckedAgainAlone) {
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, kUri, "let a = 1\nlet f x = x + a\nlet g y = y ^ \"s\"\n");
  lsp.Diagnostics(kUri, 1);
  // `+ a' becomes `+ a + 2': same names, same types (checked alone).
  Edit(lsp, kUri, 2, Rng(1, 15, 1, 15), " + 2");
  lsp.Diagnostics(kUri, 2);
  json hover = lsp.Call("textDocument/hover", At(kUri, 1, 18))["result"];
  EXPECT_EQ(hover["contents"]["value"], "```ocaml\nint\n```");
  EXPECT_EQ(hover["range"], Rng(1, 18, 1, 19));
  json x = lsp.Call("textDocument/hover", At(kUri, 1, 10))["result"];
  EXPECT_EQ(x["range"], Rng(1, 10, 1, 11));
  EXPECT_EQ(Hints(lsp, 0, 3), json::array({Hint(1, 7, ": int"), Hint(2, 7, ": string")}));
  // An error made in it: hover shows both types there.
  Edit(lsp, kUri, 3, Rng(1, 18, 1, 19), "2.");
  json ds = lsp.Diagnostics(kUri, 3)["diagnostics"];
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(lsp.Call("textDocument/hover", At(kUri, 1, 18))["result"]["contents"]["value"],
            "```ocaml\nfloat\n(* expected: int *)\n```");
}

}  // namespace
}  // namespace mlhint::testing
