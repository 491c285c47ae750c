// Applying LSP content changes (lsp/document.h), and the LSP renderer's
// shapes (lsp/render_lsp.h).
#include "lsp/document.h"

#include <gtest/gtest.h>

#include "lsp/render_lsp.h"

namespace mlhint::lsp {
namespace {

constexpr PositionEncoding kU16 = PositionEncoding::Utf16;

TextChange Change(uint32_t l1, uint32_t c1, uint32_t l2, uint32_t c2, std::string text) {
  return TextChange{Range{Position{l1, c1}, Position{l2, c2}}, std::move(text)};
}

TEST(Document, ChangesApplyInOrderEachAgainstThePreviousText) {
  Document doc(1, "let x = 1\nlet y = x\n");
  doc.Apply(
      {Change(0, 8, 0, 9, "42"), Change(1, 0, 1, 0, "(* y *)\n"), Change(2, 8, 2, 9, "x + 1")},
      kU16, 2);
  EXPECT_EQ(doc.text(), "let x = 42\n(* y *)\nlet y = x + 1\n");
  EXPECT_EQ(doc.version(), 2);
  EXPECT_EQ(doc.lines().LineCount(), 4u);
}

TEST(Document, AWholeTextChangeReplacesEverything) {
  Document doc(1, "old");
  doc.Apply({Change(0, 0, 0, 1, "x"), TextChange{std::nullopt, "new\r\ntext"},
             Change(1, 0, 1, 4, "line")},
            kU16, 7);
  EXPECT_EQ(doc.text(), "new\r\nline");
}

TEST(Document, Utf16RangesOnANonAsciiLine) {
  Document doc(1, "let s = \"😀é\" let t = 1\n");
  // "t" is at UTF-16 column 18 (the emoji counts 2) and byte column 21.
  doc.Apply({Change(0, 18, 0, 19, "u")}, kU16, 2);
  EXPECT_EQ(doc.text(), "let s = \"😀é\" let u = 1\n");
  doc.Apply({Change(0, 21, 0, 22, "v")}, PositionEncoding::Utf8, 3);
  EXPECT_EQ(doc.text(), "let s = \"😀é\" let v = 1\n");
}

TEST(Document, SnapshotsStayAsTheyWere) {
  Document doc(1, "a");
  auto before = doc.snapshot();
  doc.Apply({Change(0, 1, 0, 1, "b")}, kU16, 2);
  EXPECT_EQ(*before, "a");
  EXPECT_EQ(doc.text(), "ab");
}

CheckedDiagnostic Mismatch(Span span, Span hint_span, std::string replacement,
                           Applicability applicability) {
  CheckedDiagnostic d;
  d.span = span;
  d.code = "type-mismatch";
  d.message = "This expression has type float but an expression was expected of type\n  int";
  CheckedChild hint;
  hint.is_hint = true;
  hint.span = hint_span;
  hint.text = "Hint: Did you mean to use `+.'?";
  hint.hint_id = "numeric-operator";
  hint.fix = FixIt{{Edit{hint_span, std::move(replacement)}}, applicability};
  d.children.push_back(std::move(hint));
  return d;
}

TEST(RenderLsp, DiagnosticWithHintsAsRelatedInformationOrInTheMessage) {
  std::string text = "let y = x + 1.\n";
  LineMap lines(text);
  std::vector<CheckedDiagnostic> ds{
      Mismatch({8, 9}, {10, 11}, "+.", Applicability::MachineApplicable)};
  std::string uri = "file:///a.ml";
  ClientCapabilities client;
  client.related_information = true;
  json d = DiagnosticJson(ds, 0, DocumentView{uri, 3, lines, client});
  EXPECT_EQ(d["range"],
            json::parse(R"({"start":{"line":0,"character":8},"end":{"line":0,"character":9}})"));
  EXPECT_EQ(d["code"], "type-mismatch");
  EXPECT_EQ(d["source"], "mlhint");
  EXPECT_EQ(d["severity"], 1);
  EXPECT_EQ(d["data"], json::parse(R"({"index":0,"version":3,"hints":["numeric-operator"]})"));
  EXPECT_EQ(d["relatedInformation"][0]["location"]["range"]["start"]["character"], 10);
  EXPECT_EQ(d["relatedInformation"][0]["message"], "Hint: Did you mean to use `+.'?");
  client.related_information = false;
  json plain = DiagnosticJson(ds, 0, DocumentView{uri, 3, lines, client});
  EXPECT_FALSE(plain.contains("relatedInformation"));
  EXPECT_EQ(plain["message"], ds[0].message + "\nHint: Did you mean to use `+.'?");
}

TEST(RenderLsp, SymbolsWrittenAsTextAreTheProtocolsObjects) {
  // A type with a constructor, and a value whose name and detail need
  // escaping (a quote, a backslash, a non-ASCII character, a byte that is
  // no UTF-8); UTF-16 columns after the non-ASCII character.
  std::string text = "type t = A\nlet \xc3\xa9 = \"q\\\"\"\n";
  LineMap lines(text);
  OutlineSymbol type{"t", SymbolKind::Enum, Span{0, 10}, Span{5, 6}, "type t = A", {}};
  type.children.push_back(
      OutlineSymbol{"A", SymbolKind::EnumMember, Span{9, 10}, Span{9, 10}, "", {}});
  OutlineSymbol value{"\xc3\xa9",   SymbolKind::Variable, Span{11, 25},
                      Span{15, 17}, "\"q\\\" \xff",       {}};
  std::vector<OutlineSymbol> symbols{type, value};
  std::string uri = "file:///d\"ir/a.ml";
  ClientCapabilities client;
  client.hierarchical_symbols = true;
  json nested = json::parse(SymbolsJsonText(symbols, DocumentView{uri, 1, lines, client}));
  ASSERT_EQ(nested.size(), 2u);
  EXPECT_EQ(nested[0]["name"], "t");
  EXPECT_EQ(nested[0]["kind"], 10);
  EXPECT_EQ(nested[0]["detail"], "type t = A");
  EXPECT_EQ(nested[0]["children"][0]["name"], "A");
  EXPECT_FALSE(nested[0]["children"][0].contains("detail"));
  EXPECT_EQ(nested[0]["selectionRange"],
            json::parse(R"({"start":{"line":0,"character":5},"end":{"line":0,"character":6}})"));
  EXPECT_EQ(nested[1]["name"], "\xc3\xa9");
  EXPECT_EQ(nested[1]["detail"], "\"q\\\" \xef\xbf\xbd");  // the stray byte as U+FFFD
  // `let ` then é: two bytes, one UTF-16 unit.
  EXPECT_EQ(nested[1]["selectionRange"]["end"]["character"], 5);
  EXPECT_FALSE(nested[1].contains("children"));
  client.hierarchical_symbols = false;
  json flat = json::parse(SymbolsJsonText(symbols, DocumentView{uri, 1, lines, client}));
  ASSERT_EQ(flat.size(), 3u);  // the constructor after its type, named in it
  EXPECT_EQ(flat[1]["name"], "A");
  EXPECT_EQ(flat[1]["containerName"], "t");
  EXPECT_FALSE(flat[0].contains("containerName"));
  EXPECT_EQ(flat[2]["location"]["uri"], uri);
  EXPECT_EQ(flat[2]["location"]["range"]["start"], json::parse(R"({"line":1,"character":0})"));
}

TEST(RenderLsp, QuickFixesAreFoundByRangeOrByDataAndOfferedOnce) {
  std::string text = "let y = x + 1.\n";
  LineMap lines(text);
  std::vector<CheckedDiagnostic> ds{
      Mismatch({8, 9}, {10, 11}, "+.", Applicability::MachineApplicable),
      Mismatch({12, 14}, {10, 11}, "+.", Applicability::MachineApplicable)};
  std::string uri = "file:///a.ml";
  ClientCapabilities client;
  client.code_action_literals = true;
  DocumentView view{uri, 3, lines, client};
  json actions = CodeActionsJson(ds, Span{10, 10}, json::object(), view);  // the cursor on `+`
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0]["title"], "Did you mean to use `+.'?");
  EXPECT_EQ(actions[0]["kind"], "quickfix");
  EXPECT_EQ(actions[0]["isPreferred"], true);
  EXPECT_EQ(actions[0]["diagnostics"].size(), 2u);
  EXPECT_EQ(actions[0]["edit"]["changes"][uri][0]["newText"], "+.");
  // Far from every span, but named by the request's context.
  json context = json::parse(R"({"diagnostics":[{"data":{"index":1,"version":3}}]})");
  EXPECT_EQ(CodeActionsJson(ds, Span{0, 0}, context, view).size(), 1u);
  EXPECT_EQ(CodeActionsJson(ds, Span{0, 0}, json::object(), view).size(), 0u);
  // A context from another version names nothing.
  context["diagnostics"][0]["data"]["version"] = 2;
  EXPECT_EQ(CodeActionsJson(ds, Span{0, 0}, context, view).size(), 0u);
  // `only` without quickfix, and clients without literals, get nothing.
  EXPECT_EQ(CodeActionsJson(ds, Span{10, 10}, json::parse(R"({"only":["refactor"]})"), view).size(),
            0u);
  client.document_changes = true;
  json versioned = CodeActionsJson(ds, Span{10, 10}, json::object(), view);
  EXPECT_EQ(versioned[0]["edit"]["documentChanges"][0]["textDocument"]["version"], 3);
  client.code_action_literals = false;
  EXPECT_EQ(CodeActionsJson(ds, Span{10, 10}, json::object(), view).size(), 0u);
}

TEST(RenderLsp, ClientCapabilities) {
  ClientCapabilities none = ReadClientCapabilities(json::object());
  EXPECT_EQ(none.encoding, PositionEncoding::Utf16);
  EXPECT_FALSE(none.related_information);
  ClientCapabilities some = ReadClientCapabilities(json::parse(R"({"capabilities":{
    "general":{"positionEncodings":["utf-32","utf-8","utf-16"]},
    "textDocument":{"publishDiagnostics":{"relatedInformation":true},"hover":{"contentFormat":["markdown"]}},
    "workspace":{"workspaceEdit":{"documentChanges":true}}}})"));
  EXPECT_EQ(some.encoding, PositionEncoding::Utf8);
  EXPECT_TRUE(some.related_information);
  EXPECT_TRUE(some.hover_markdown);
  EXPECT_TRUE(some.document_changes);
  // Malformed capabilities are "not supported", never an error.
  ClientCapabilities odd =
      ReadClientCapabilities(json::parse(R"({"capabilities":{"general":7,"textDocument":[]}})"));
  EXPECT_EQ(odd.encoding, PositionEncoding::Utf16);
}

}  // namespace
}  // namespace mlhint::lsp
