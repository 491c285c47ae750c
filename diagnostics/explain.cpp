#include "diagnostics/explain.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "diagnostics/warnings.h"
#include "support/edit_distance.h"

namespace mlhint {

namespace embedded {
extern const char kDiagnosticsMd[];
extern const size_t kDiagnosticsMd_size;
}  // namespace embedded

namespace {

bool IsCode(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The warning number `text` names: "8", "w8", "warning-8", "warning 8".
std::optional<int> WarningNumber(std::string_view text) {
  for (std::string_view prefix : {"warning-", "warning ", "w"})
    if (text.substr(0, prefix.size()) == prefix) {
      text.remove_prefix(prefix.size());
      break;
    }
  int n = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || ptr != text.data() + text.size() || n < 1 || n > kLastWarningNumber)
    return std::nullopt;
  return n;
}

}  // namespace

std::vector<Explanation> ParseExplanations(std::string_view markdown) {
  std::vector<std::string_view> lines;
  while (!markdown.empty()) {
    size_t eol = markdown.find('\n');
    lines.push_back(markdown.substr(0, eol));
    markdown.remove_prefix(eol == std::string_view::npos ? markdown.size() : eol + 1);
  }
  std::vector<Explanation> out;
  size_t i = 0;
  while (i < lines.size()) {
    std::string_view line = Trim(lines[i]);
    ++i;
    if (line.substr(0, 3) != "## " || !IsCode(Trim(line.substr(3)))) continue;
    Explanation e;
    e.code = std::string(Trim(line.substr(3)));
    while (i < lines.size() && Trim(lines[i]).empty()) ++i;
    if (i < lines.size() && Trim(lines[i]).substr(0, 1) != "#") {
      std::string_view head = Trim(lines[i]);
      size_t colon = head.find(": ");
      if (colon != std::string_view::npos) {
        e.kind = std::string(head.substr(0, colon));
        e.summary = std::string(Trim(head.substr(colon + 2)));
      } else {
        e.summary = std::string(head);
      }
      ++i;
    }
    // The body: up to the next heading of level 1 or 2 (outside code blocks).
    std::vector<std::string_view> body;
    bool in_code = false;
    for (; i < lines.size(); ++i) {
      std::string_view l = lines[i];
      if (l.substr(0, 3) == "```") in_code = !in_code;
      if (!in_code && (l.substr(0, 2) == "# " || l.substr(0, 3) == "## ")) break;
      body.push_back(l);
    }
    while (!body.empty() && Trim(body.front()).empty()) body.erase(body.begin());
    while (!body.empty() && Trim(body.back()).empty()) body.pop_back();
    bool in_example = false, example_done = false;
    for (std::string_view l : body) {
      e.body += std::string(l) + "\n";
      if (example_done) continue;
      std::string_view trimmed = Trim(l);
      if (!in_example && trimmed.substr(0, 8) == "```ocaml" &&
          (trimmed.size() == 8 || trimmed[8] == ' ')) {
        in_example = true;
        e.example_options = std::string(Trim(trimmed.substr(8)));
      } else if (in_example && Trim(l) == "```") {
        in_example = false;
        example_done = true;
      } else if (in_example) {
        e.example += std::string(l) + "\n";
      }
    }
    out.push_back(std::move(e));
  }
  return out;
}

const std::vector<Explanation>& Explanations() {
  static const std::vector<Explanation> all =
      ParseExplanations(std::string_view(embedded::kDiagnosticsMd, embedded::kDiagnosticsMd_size));
  return all;
}

const Explanation* FindExplanation(std::string_view code) {
  std::string wanted = Lower(Trim(code));
  if (std::optional<int> n = WarningNumber(wanted)) {
    std::string_view name = WarningName(*n);
    wanted = name.empty() ? "warning-" + std::to_string(*n) : std::string(name);
  }
  for (const Explanation& e : Explanations())
    if (e.code == wanted) return &e;
  return nullptr;
}

std::vector<std::string> CloseCodes(std::string_view code, size_t limit) {
  std::string wanted = Lower(Trim(code));
  std::vector<std::pair<size_t, std::string>> scored;
  for (const Explanation& e : Explanations()) {
    size_t allowed = std::max<size_t>(2, wanted.size() / 3);
    std::optional<int> distance = EditDistance(wanted, e.code, static_cast<int>(allowed));
    if (distance) {
      scored.emplace_back(static_cast<size_t>(*distance), e.code);
    } else if (wanted.size() >= 3 && e.code.find(wanted) != std::string::npos) {
      scored.emplace_back(allowed + 1, e.code);  // after every near miss
    }
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& [distance, name] : scored) {
    if (out.size() == limit) break;
    out.push_back(name);
  }
  return out;
}

}  // namespace mlhint
