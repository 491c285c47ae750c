// The LSP renderer: checked diagnostics as LSP Diagnostic objects, their
// hints' fix-its as quick-fix CodeActions, a type as Hover contents. What
// the client said it supports at `initialize` decides the shapes.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "lsp/checked.h"
#include "lsp/navigation.h"
#include "lsp/position.h"

namespace mlhint::lsp {

using json = nlohmann::json;

// What the server needs to know of the client's capabilities.
struct ClientCapabilities {
  PositionEncoding encoding = PositionEncoding::Utf16;
  bool related_information = false;   // publishDiagnostics.relatedInformation
  bool diagnostic_tags = false;       // publishDiagnostics.tagSupport
  bool code_action_literals = false;  // codeAction.codeActionLiteralSupport
  bool document_changes = false;      // workspace.workspaceEdit.documentChanges
  bool hover_markdown = false;        // hover.contentFormat lists "markdown"
  bool hierarchical_symbols = false;  // documentSymbol.hierarchicalDocumentSymbolSupport
  bool inlay_hint_refresh = false;    // workspace.inlayHint.refreshSupport
};

// Reads the capabilities of an `initialize` request's params (absent or
// malformed fields mean "not supported").
ClientCapabilities ReadClientCapabilities(const json& params);

// Where a diagnostic is published: the document and how to name positions.
struct DocumentView {
  const std::string& uri;
  int64_t version;  // the LSP version of the text the diagnostics are about
  const LineMap& lines;
  const ClientCapabilities& client;
};

json RangeJson(Range range);
// The LSP Diagnostic for diagnostics[index]. Its `data` names the hints
// ({"index": i, "version": v, "hints": ["int-literal-suffix"]}) so that a
// code action request can find them again without reading the message.
json DiagnosticJson(const std::vector<CheckedDiagnostic>& diagnostics, size_t index,
                    const DocumentView& doc);
json DiagnosticsJson(const std::vector<CheckedDiagnostic>& diagnostics, const DocumentView& doc);

// The quick fixes for a request about `range`: the fix-its of the hints of
// every diagnostic that touches the range (by its own span, a hint's span or
// an edit's) or that the request's `context.diagnostics` names through its
// `data`. Identical fixes (two errors of one operator) are offered once.
json CodeActionsJson(const std::vector<CheckedDiagnostic>& diagnostics, Span range,
                     const json& context, const DocumentView& doc);

// Hover contents: `code` in an OCaml code block (plain text for a client
// that reads no Markdown), over `span`.
json HoverJson(const std::string& code, Span span, const DocumentView& doc);

// A Location in the document.
json LocationJson(Span span, const DocumentView& doc);
// The outline: DocumentSymbols, or SymbolInformation for a client that
// cannot show a hierarchy.
// The answer to textDocument/documentSymbol, as JSON text: DocumentSymbol
// objects for a client that takes them, else SymbolInformation.
std::string SymbolsJsonText(const std::vector<OutlineSymbol>& symbols, const DocumentView& doc);
// InlayHints of kind Type.
json InlayHintsJson(const std::vector<TypeHint>& hints, const DocumentView& doc);

}  // namespace mlhint::lsp
