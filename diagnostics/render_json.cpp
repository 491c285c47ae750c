// --format=json: one document for the whole run, as docs/json-format.md
// specifies (and docs/mlhint-diagnostics.schema.json checks).

#include <nlohmann/json.hpp>

#include "diagnostics/render.h"
#include "diagnostics/render_formats.h"

namespace mlhint {
namespace {

// ordered_json: keys stay in the order written, so that a reader sees the
// location and code before the long fields.
using json = nlohmann::ordered_json;

// Version of the document's shape: raised when a field changes meaning or
// goes away (adding a field does not raise it).
constexpr int kFormatVersion = 1;

std::string Laid(const Doc& doc) {
  return doc ? RenderDoc(doc) : std::string();
}

json Position(uint32_t offset, const SourceBuffer& source) {
  LineColumn lc = source.Locate(offset);
  return json{{"offset", offset}, {"line", lc.line}, {"column", lc.column}};
}

json Range(Span span, const SourceBuffer& source) {
  return json{{"start", Position(span.begin, source)}, {"end", Position(span.end, source)}};
}

json Edits(const FixIt& fix, const SourceBuffer& source) {
  json edits = json::array();
  for (const Edit& edit : fix.edits)
    edits.push_back(json{{"range", Range(edit.span, source)}, {"replacement", edit.replacement}});
  return edits;
}

json Fix(const FixIt& fix, const SourceBuffer& source) {
  return json{{"applicability", std::string(ApplicabilityName(fix.applicability))},
              {"edits", Edits(fix, source)}};
}

json ChildJson(const Child& child, const SourceBuffer& source) {
  json j;
  j["role"] = child.role == Child::Role::Hint ? "hint" : "note";
  j["message"] = Laid(child.text);
  j["message_flat"] = FlatMessage(child.text);
  j["range"] = child.span ? Range(*child.span, source) : json(nullptr);
  if (child.role == Child::Role::Hint) {
    j["hint_id"] = child.hint_id;
    j["in_message"] = child.in_message;
  }
  j["fix"] = child.fix ? Fix(*child.fix, source) : json(nullptr);
  return j;
}

json DiagnosticJson(const Diagnostic& d, const SourceBuffer& source) {
  json j;
  j["file"] = source.name();
  j["code"] = d.Code();
  j["severity"] = d.IsError() ? "error" : "warning";
  if (d.kind == DiagKind::Warning) {
    j["warning"] = json{
        {"number", d.warning_number}, {"name", d.warning_name}, {"as_error", d.warning_as_error}};
  } else if (d.kind == DiagKind::Alert) {
    j["alert"] = d.warning_name;
  }
  j["message"] = Laid(d.message);
  j["message_flat"] = FlatMessage(d.message);
  j["range"] = d.span ? Range(*d.span, source) : json(nullptr);
  j["whole_file"] = !d.span && d.whole_file;
  json children = json::array();
  for (const Child& child : d.children) children.push_back(ChildJson(child, source));
  j["children"] = std::move(children);
  std::string rendered;
  RenderOcaml(d, source, RenderOptions{}, rendered);
  j["rendered"] = std::move(rendered);
  return j;
}

json FileJson(const FileReport& file) {
  json j;
  j["file"] = file.source.name();
  j["failed"] = file.failed;
  json diagnostics = json::array();
  for (const Diagnostic& d : file.diagnostics)
    diagnostics.push_back(DiagnosticJson(d, file.source));
  j["diagnostics"] = std::move(diagnostics);
  if (file.signature) j["signature"] = *file.signature;
  if (file.fix_requested) {
    const SourceBuffer& before = file.original ? *file.original : file.source;
    json applied = json::array();
    for (const AppliedFix& fix : file.applied_fixes) {
      applied.push_back(
          json{{"code", fix.code},
               {"hint_id", fix.hint_id},
               {"applicability", std::string(ApplicabilityName(fix.fix.applicability))},
               {"edits", Edits(fix.fix, before)}});
    }
    j["fixes"] = json{{"applied", std::move(applied)}, {"skipped", file.skipped_fixes}};
  }
  return j;
}

}  // namespace

std::string RenderJson(const std::vector<FileReport>& files, std::string_view tool_version) {
  json doc;
  doc["format"] = "mlhint-diagnostics";
  doc["format_version"] = kFormatVersion;
  doc["tool"] = json{{"name", "mlhint"}, {"version", std::string(tool_version)}};
  json list = json::array();
  for (const FileReport& file : files) list.push_back(FileJson(file));
  doc["files"] = std::move(list);
  // Bytes that are not UTF-8 (the source may hold any) become U+FFFD: the
  // document stays valid JSON, and the offsets still count the source's bytes.
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace mlhint
