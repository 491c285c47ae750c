#include "lsp/render_lsp.h"

#include <charconv>
#include <functional>
#include <map>
#include <set>

namespace mlhint::lsp {
namespace {

// The value at a path of object keys, or null when any step is missing or
// not an object.
const json& At(const json& j, std::initializer_list<const char*> path) {
  static const json kNull;
  const json* at = &j;
  for (const char* key : path) {
    if (!at->is_object()) return kNull;
    auto it = at->find(key);
    if (it == at->end()) return kNull;
    at = &*it;
  }
  return *at;
}

bool IsTrue(const json& j) {
  return j.is_boolean() && j.get<bool>();
}

bool ListHas(const json& list, std::string_view value) {
  if (!list.is_array()) return false;
  for (const json& item : list)
    if (item.is_string() && item.get_ref<const std::string&>() == value) return true;
  return false;
}

json PositionJson(Position p) {
  return json{{"line", p.line}, {"character", p.character}};
}

bool Touches(Span a, Span b) {
  return a.begin <= b.end && b.begin <= a.end;
}

// What a diagnostic covers, for deciding whether a request's range is
// about it: its span, its hints' spans and the spans of their edits.
bool DiagnosticTouches(const CheckedDiagnostic& d, Span range) {
  if (d.span && Touches(*d.span, range)) return true;
  for (const CheckedChild& child : d.children) {
    if (child.span && Touches(*child.span, range)) return true;
    if (child.fix)
      for (const Edit& edit : child.fix->edits)
        if (Touches(edit.span, range)) return true;
  }
  return false;
}

// A hint's text as a one-line title: "Hint: Did you mean `3l'?" gives
// "Did you mean `3l'?".
std::string Title(const std::string& text) {
  std::string_view s = text;
  if (s.starts_with("Hint: ")) s.remove_prefix(6);
  std::string title;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !title.empty();
      continue;
    }
    if (space) title += ' ';
    space = false;
    title += c;
  }
  return title;
}

bool QuickFixWanted(const json& context) {
  const json& only = At(context, {"only"});
  if (!only.is_array()) return true;
  for (const json& kind : only) {
    if (!kind.is_string()) continue;
    const std::string& k = kind.get_ref<const std::string&>();
    if (k.empty() || k == "quickfix") return true;
  }
  return false;
}

}  // namespace

ClientCapabilities ReadClientCapabilities(const json& params) {
  const json& caps = At(params, {"capabilities"});
  ClientCapabilities client;
  if (ListHas(At(caps, {"general", "positionEncodings"}), "utf-8"))
    client.encoding = PositionEncoding::Utf8;
  client.related_information =
      IsTrue(At(caps, {"textDocument", "publishDiagnostics", "relatedInformation"}));
  client.diagnostic_tags =
      At(caps, {"textDocument", "publishDiagnostics", "tagSupport"}).is_object();
  client.code_action_literals =
      At(caps, {"textDocument", "codeAction", "codeActionLiteralSupport"}).is_object();
  client.document_changes = IsTrue(At(caps, {"workspace", "workspaceEdit", "documentChanges"}));
  client.hover_markdown = ListHas(At(caps, {"textDocument", "hover", "contentFormat"}), "markdown");
  client.hierarchical_symbols =
      IsTrue(At(caps, {"textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport"}));
  client.inlay_hint_refresh = IsTrue(At(caps, {"workspace", "inlayHint", "refreshSupport"}));
  return client;
}

json RangeJson(Range range) {
  return json{{"start", PositionJson(range.start)}, {"end", PositionJson(range.end)}};
}

json DiagnosticJson(const std::vector<CheckedDiagnostic>& diagnostics, size_t index,
                    const DocumentView& doc) {
  const CheckedDiagnostic& d = diagnostics[index];
  Range range = d.span ? doc.lines.ToRange(*d.span, doc.client.encoding) : Range{};
  json j;
  j["range"] = RangeJson(range);
  j["severity"] = d.is_error ? 1 : 2;
  j["code"] = d.code;
  j["source"] = "mlhint";
  std::string message = d.message;
  json related = json::array();
  json hints = json::array();
  for (const CheckedChild& child : d.children) {
    if (child.is_hint) hints.push_back(child.hint_id);
    if (child.in_message) continue;  // its text is in the message
    if (doc.client.related_information) {
      Range at = child.span ? doc.lines.ToRange(*child.span, doc.client.encoding) : range;
      related.push_back(json{{"location", json{{"uri", doc.uri}, {"range", RangeJson(at)}}},
                             {"message", child.text}});
    } else {
      message += "\n" + child.text;
    }
  }
  j["message"] = std::move(message);
  if (!related.empty()) j["relatedInformation"] = std::move(related);
  if (doc.client.diagnostic_tags) {
    if (d.code.starts_with("unused")) j["tags"] = json::array({1});  // Unnecessary
    if (d.code == "alert-deprecated") j["tags"] = json::array({2});  // Deprecated
  }
  j["data"] = json{{"index", index}, {"version", doc.version}, {"hints", std::move(hints)}};
  return j;
}

json DiagnosticsJson(const std::vector<CheckedDiagnostic>& diagnostics, const DocumentView& doc) {
  json list = json::array();
  for (size_t i = 0; i < diagnostics.size(); ++i)
    list.push_back(DiagnosticJson(diagnostics, i, doc));
  return list;
}

json CodeActionsJson(const std::vector<CheckedDiagnostic>& diagnostics, Span range,
                     const json& context, const DocumentView& doc) {
  json actions = json::array();
  if (!doc.client.code_action_literals || !QuickFixWanted(context)) return actions;
  std::set<size_t> chosen;
  for (size_t i = 0; i < diagnostics.size(); ++i)
    if (DiagnosticTouches(diagnostics[i], range)) chosen.insert(i);
  const json& named = At(context, {"diagnostics"});
  if (named.is_array()) {
    for (const json& d : named) {
      const json& index = At(d, {"data", "index"});
      const json& version = At(d, {"data", "version"});
      if (index.is_number_unsigned() && version.is_number_integer() &&
          version.get<int64_t>() == doc.version && index.get<uint64_t>() < diagnostics.size())
        chosen.insert(static_cast<size_t>(index.get<uint64_t>()));
    }
  }
  std::map<std::string, size_t>
      by_edits;  // an action's edits, serialised -> its index in `actions`
  for (size_t i : chosen) {
    for (const CheckedChild& child : diagnostics[i].children) {
      if (!child.fix || child.fix->edits.empty()) continue;
      json edits = json::array();
      for (const Edit& edit : child.fix->edits)
        edits.push_back(
            json{{"range", RangeJson(doc.lines.ToRange(edit.span, doc.client.encoding))},
                 {"newText", edit.replacement}});
      std::string key = edits.dump(-1, ' ', false, json::error_handler_t::replace);
      if (auto seen = by_edits.find(key); seen != by_edits.end()) {
        actions[seen->second]["diagnostics"].push_back(DiagnosticJson(diagnostics, i, doc));
        continue;
      }
      json edit;
      if (doc.client.document_changes) {
        edit["documentChanges"] =
            json::array({json{{"textDocument", json{{"uri", doc.uri}, {"version", doc.version}}},
                              {"edits", std::move(edits)}}});
      } else {
        edit["changes"] = json{{doc.uri, std::move(edits)}};
      }
      json action;
      action["title"] = Title(child.text);
      action["kind"] = "quickfix";
      action["diagnostics"] = json::array({DiagnosticJson(diagnostics, i, doc)});
      action["isPreferred"] = child.fix->applicability == Applicability::MachineApplicable;
      action["edit"] = std::move(edit);
      by_edits.emplace(std::move(key), actions.size());
      actions.push_back(std::move(action));
    }
  }
  return actions;
}

json HoverJson(const std::string& code, Span span, const DocumentView& doc) {
  json contents = doc.client.hover_markdown
                      ? json{{"kind", "markdown"}, {"value", "```ocaml\n" + code + "\n```"}}
                      : json{{"kind", "plaintext"}, {"value", code}};
  return json{{"contents", std::move(contents)},
              {"range", RangeJson(doc.lines.ToRange(span, doc.client.encoding))}};
}

json LocationJson(Span span, const DocumentView& doc) {
  return json{{"uri", doc.uri}, {"range", RangeJson(doc.lines.ToRange(span, doc.client.encoding))}};
}

namespace {

// The outline is the largest answer (thousands of symbols on a long file):
// it is written as JSON text directly, not built as a json value first
// (that took ten times as long). Keys in the order json's objects print
// them (sorted), so that the text is the same.
void AppendString(std::string& out, const std::string& s) {
  bool plain = true;
  for (char c : s) plain &= c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
  if (plain) {
    out += '"';
    out += s;
    out += '"';
    return;
  }
  out += json(s).dump(-1, ' ', false, json::error_handler_t::replace);
}

void AppendNumber(std::string& out, uint64_t n) {
  char digits[24];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
  out.append(digits, end);
}

void AppendPosition(std::string& out, Position p) {
  out += "{\"character\":";
  AppendNumber(out, p.character);
  out += ",\"line\":";
  AppendNumber(out, p.line);
  out += '}';
}

// `line`: where the last range was (LineMap::ToPosition), as an answer's
// ranges mostly come in text order.
void AppendRange(std::string& out, Span span, const DocumentView& doc, uint32_t* line) {
  Range r = doc.lines.ToRange(span, doc.client.encoding, line);
  out += "{\"end\":";
  AppendPosition(out, r.end);
  out += ",\"start\":";
  AppendPosition(out, r.start);
  out += '}';
}

const std::string& ShownName(const OutlineSymbol& s) {
  static const std::string kAny = "_";
  return s.name.empty() ? kAny : s.name;
}

void AppendDocumentSymbol(std::string& out, const OutlineSymbol& s, const DocumentView& doc,
                          uint32_t* line) {
  out += '{';
  if (!s.children.empty()) {
    out += "\"children\":[";
    for (size_t i = 0; i < s.children.size(); ++i) {
      if (i > 0) out += ',';
      AppendDocumentSymbol(out, s.children[i], doc, line);
    }
    out += "],";
  }
  if (!s.detail.empty()) {
    out += "\"detail\":";
    AppendString(out, s.detail);
    out += ',';
  }
  out += "\"kind\":";
  AppendNumber(out, static_cast<uint64_t>(s.kind));
  out += ",\"name\":";
  AppendString(out, ShownName(s));
  out += ",\"range\":";
  AppendRange(out, s.range, doc, line);
  out += ",\"selectionRange\":";
  AppendRange(out, s.selection, doc, line);
  out += '}';
}

void AppendFlatSymbols(std::string& out, const OutlineSymbol& s, const std::string* container,
                       const std::string& uri, const DocumentView& doc, uint32_t* line) {
  if (out.size() > 1) out += ',';
  out += '{';
  if (container) {
    out += "\"containerName\":";
    AppendString(out, *container);
    out += ',';
  }
  out += "\"kind\":";
  out += std::to_string(static_cast<int>(s.kind));
  out += ",\"location\":{\"range\":";
  AppendRange(out, s.range, doc, line);
  out += ",\"uri\":";
  out += uri;
  out += "},\"name\":";
  AppendString(out, ShownName(s));
  out += '}';
  for (const OutlineSymbol& c : s.children) AppendFlatSymbols(out, c, &s.name, uri, doc, line);
}

}  // namespace

std::string SymbolsJsonText(const std::vector<OutlineSymbol>& symbols, const DocumentView& doc) {
  // Room for the whole answer at once (about 300 bytes a symbol): for a
  // large file it is megabytes, which growing by doubling would copy.
  std::string out;
  std::function<size_t(const std::vector<OutlineSymbol>&)> count =
      [&](const std::vector<OutlineSymbol>& list) {
        size_t n = list.size();
        for (const OutlineSymbol& s : list) n += count(s.children);
        return n;
      };
  out.reserve(count(symbols) * 320);
  out += "[";
  uint32_t line = 0;
  if (doc.client.hierarchical_symbols) {
    for (size_t i = 0; i < symbols.size(); ++i) {
      if (i > 0) out += ',';
      AppendDocumentSymbol(out, symbols[i], doc, &line);
    }
  } else {
    std::string uri;
    AppendString(uri, doc.uri);
    for (const OutlineSymbol& s : symbols) AppendFlatSymbols(out, s, nullptr, uri, doc, &line);
  }
  out += ']';
  return out;
}

json InlayHintsJson(const std::vector<TypeHint>& hints, const DocumentView& doc) {
  json out = json::array();
  for (const TypeHint& h : hints)
    out.push_back(
        json{{"position", PositionJson(doc.lines.ToPosition(h.offset, doc.client.encoding))},
             {"label", h.label},
             {"kind", 1 /* Type */}});
  return out;
}

}  // namespace mlhint::lsp
