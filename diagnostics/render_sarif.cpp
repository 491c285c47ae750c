// --format=sarif: one SARIF 2.1.0 log (OASIS Standard) for the whole run.
// One run; its rules are the diagnostic codes; a result per diagnostic, with
// its notes and hints as related locations and its fix-its as fixes.
//
// SARIF counts columns in UTF-16 code units by default (run.columnKind), not
// bytes: regions carry those line/columns and, for the same bytes,
// byteOffset/byteLength (SARIF 3.30.1 allows a region to be both a text and
// a binary region when the two describe the same bytes).

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "diagnostics/explain.h"
#include "diagnostics/render_formats.h"
#include "diagnostics/warnings.h"
#include "support/utf8.h"

namespace mlhint {
namespace {

// ordered_json: keys stay in the order written, so that a reader sees the
// location and code before the long fields.
using json = nlohmann::ordered_json;

constexpr const char* kSchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

// The UTF-16 column (0-based) of `offset` on its line.
uint32_t Utf16Column(const SourceBuffer& source, uint32_t offset) {
  uint32_t start = source.lines().LineStart(source.Locate(offset).line);
  return Utf16Length(source.text().substr(start, offset - start));
}

json Region(Span span, const SourceBuffer& source) {
  LineColumn start = source.Locate(span.begin);
  LineColumn end = source.Locate(span.end);
  return json{{"startLine", start.line},  {"startColumn", Utf16Column(source, span.begin) + 1},
              {"endLine", end.line},      {"endColumn", Utf16Column(source, span.end) + 1},
              {"byteOffset", span.begin}, {"byteLength", span.size()}};
}

// A file name as a URI reference: relative names stay relative (SARIF
// consumers resolve them against the directory the run started in),
// absolute ones become file: URIs. Every byte outside RFC 3986's unreserved
// set and '/' is percent-encoded.
std::string FileUri(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string uri = !path.empty() && path[0] == '/' ? "file://" : "";
  for (char ch : path) {
    unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~' || c == '/') {
      uri += ch;
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 0xF];
    }
  }
  return uri;
}

json ArtifactLocation(const SourceBuffer& source, size_t index) {
  return json{{"uri", FileUri(source.name())}, {"index", index}};
}

json PhysicalLocation(const SourceBuffer& source, size_t index, std::optional<Span> span) {
  json location{{"artifactLocation", ArtifactLocation(source, index)}};
  if (span) location["region"] = Region(*span, source);
  return location;
}

json Fix(const Child& hint, const SourceBuffer& source, size_t index) {
  json replacements = json::array();
  for (const Edit& edit : hint.fix->edits)
    replacements.push_back(json{{"deletedRegion", Region(edit.span, source)},
                                {"insertedContent", json{{"text", edit.replacement}}}});
  json properties{{"applicability", std::string(ApplicabilityName(hint.fix->applicability))}};
  if (!hint.hint_id.empty()) properties["hintId"] = hint.hint_id;
  return json{
      {"description", json{{"text", FlatMessage(hint.text)}}},
      {"artifactChanges", json::array({json{{"artifactLocation", ArtifactLocation(source, index)},
                                            {"replacements", std::move(replacements)}}})},
      {"properties", std::move(properties)}};
}

json Result(const Diagnostic& d, const SourceBuffer& source, size_t artifact,
            const std::map<std::string, size_t>& rule_index) {
  std::string code = d.Code();
  json result;
  result["ruleId"] = code;
  if (auto it = rule_index.find(code); it != rule_index.end()) result["ruleIndex"] = it->second;
  result["level"] = d.IsError() ? "error" : "warning";
  // Notes and hints with no location of their own are part of the message.
  std::string text = FlatMessage(d.message);
  for (const Child& child : d.children)
    if (!child.span && !child.in_message) text += "\n" + FlatMessage(child.text);
  result["message"] = json{{"text", text}};
  result["locations"] =
      json::array({json{{"physicalLocation", PhysicalLocation(source, artifact, d.span)}}});
  json related = json::array();
  json fixes = json::array();
  for (const Child& child : d.children) {
    if (child.span)
      related.push_back(json{{"id", related.size()},
                             {"physicalLocation", PhysicalLocation(source, artifact, child.span)},
                             {"message", json{{"text", FlatMessage(child.text)}}}});
    if (!child.fix || child.fix->edits.empty()) continue;
    json fix = Fix(child, source, artifact);
    // result.fixes holds unique items: the same fix offered twice is one.
    if (std::find(fixes.begin(), fixes.end(), fix) == fixes.end()) fixes.push_back(std::move(fix));
  }
  if (!related.empty()) result["relatedLocations"] = std::move(related);
  if (!fixes.empty()) result["fixes"] = std::move(fixes);
  if (d.kind == DiagKind::Warning) result["properties"] = json{{"warningNumber", d.warning_number}};
  return result;
}

json Rule(const SarifRule& rule) {
  json j{{"id", rule.id},
         {"shortDescription", json{{"text", rule.summary}}},
         {"defaultConfiguration", json{{"level", rule.is_warning ? "warning" : "error"},
                                       {"enabled", rule.enabled_by_default}}}};
  if (!rule.help.empty()) {
    j["fullDescription"] = json{{"text", rule.help.substr(0, rule.help.find("\n\n"))}};
    j["help"] = json{{"text", rule.help}, {"markdown", rule.help}};
  }
  return j;
}

}  // namespace

std::vector<SarifRule> RegistryRules() {
  std::vector<SarifRule> rules;
  auto add = [&](std::string code, std::string summary, bool warning, bool enabled) {
    SarifRule rule{std::move(code), std::move(summary), "", warning, enabled};
    if (const Explanation* e = FindExplanation(rule.id)) {
      if (!e->summary.empty()) rule.summary = e->summary;
      rule.help = e->body;
    }
    rules.push_back(std::move(rule));
  };
  for (DiagKind kind : AllDiagKinds()) {
    if (kind == DiagKind::Warning || kind == DiagKind::Alert) continue;
    const DiagKindInfo& info = Info(kind);
    add(std::string(info.code), std::string(info.summary), info.severity == Severity::Warning,
        true);
  }
  WarningSettings defaults;
  for (int n = 1; n <= kLastWarningNumber; ++n) {
    Diagnostic w;
    w.kind = DiagKind::Warning;
    w.warning_number = n;
    w.warning_name = std::string(WarningName(n));
    add(w.Code(), "OCaml's warning " + std::to_string(n), true, defaults.IsActive(n));
  }
  add("alert-deprecated", "use of a deprecated feature", true, true);
  return rules;
}

std::string RenderSarif(const std::vector<FileReport>& files, const std::vector<SarifRule>& rules,
                        std::string_view tool_version) {
  std::map<std::string, size_t> rule_index;
  json rules_json = json::array();
  for (const SarifRule& rule : rules) {
    rule_index.emplace(rule.id, rules_json.size());
    rules_json.push_back(Rule(rule));
  }
  // One artifact per file name (SARIF wants run.artifacts unique, and a file
  // may be named twice on the command line).
  json artifacts = json::array();
  std::map<std::string, size_t> artifact_index;
  json results = json::array();
  for (const FileReport& file : files) {
    std::string uri = FileUri(file.source.name());
    auto [it, added] = artifact_index.emplace(uri, artifacts.size());
    if (added)
      artifacts.push_back(json{{"location", json{{"uri", uri}}},
                               {"length", file.source.size()},
                               {"sourceLanguage", "ocaml"}});
    for (const Diagnostic& d : file.diagnostics)
      results.push_back(Result(d, file.source, it->second, rule_index));
  }
  json driver{{"name", "mlhint"},
              {"version", std::string(tool_version)},
              {"semanticVersion", std::string(tool_version)},
              {"rules", std::move(rules_json)}};
  json run{{"tool", json{{"driver", std::move(driver)}}},
           {"artifacts", std::move(artifacts)},
           {"columnKind", "utf16CodeUnits"},
           {"results", std::move(results)}};
  json log{{"$schema", kSchemaUri}, {"version", "2.1.0"}, {"runs", json::array({std::move(run)})}};
  return log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace mlhint
