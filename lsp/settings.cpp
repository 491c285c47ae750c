#include "lsp/settings.h"

namespace mlhint::lsp {

using json = nlohmann::json;

namespace {

void ApplyBool(const json& object, const char* key, bool* value,
               std::vector<std::string>* problems) {
  auto it = object.find(key);
  if (it == object.end()) return;
  if (it->is_boolean())
    *value = it->get<bool>();
  else
    problems->push_back(std::string("inlayHints.") + key + " must be true or false");
}

}  // namespace

bool ApplySettings(const json& given, ServerSettings* settings,
                   std::vector<std::string>* problems) {
  if (!given.is_object()) return false;
  const json* object = &given;
  if (auto it = given.find("mlhint"); it != given.end() && it->is_object()) object = &*it;
  bool named = false;
  if (auto it = object->find("warnings"); it != object->end()) {
    named = true;
    WarningSettings warnings = settings->check.warnings;
    if (!it->is_string() || !warnings.Apply(it->get_ref<const std::string&>()))
      problems->push_back("warnings: an OCaml warning specification is expected (\"-26+32\")");
    else
      settings->check.warnings = warnings;
  }
  if (auto it = object->find("hints"); it != object->end()) {
    named = true;
    std::string value = it->is_string() ? it->get<std::string>() : "";
    if (value == "all")
      settings->check.hints = hints::HintLevel::All;
    else if (value == "ocaml")
      settings->check.hints = hints::HintLevel::Ocaml;
    else if (value == "none")
      settings->check.hints = hints::HintLevel::None;
    else
      problems->push_back("hints: expected \"all\", \"ocaml\" or \"none\"");
  }
  if (auto it = object->find("inlayHints"); it != object->end()) {
    named = true;
    if (it->is_boolean()) {
      settings->inlay.enabled = it->get<bool>();
    } else if (it->is_object()) {
      ApplyBool(*it, "enabled", &settings->inlay.enabled, problems);
      ApplyBool(*it, "bindings", &settings->inlay.bindings, problems);
      ApplyBool(*it, "parameters", &settings->inlay.parameters, problems);
    } else {
      problems->push_back("inlayHints: expected true, false or an object");
    }
  }
  return named;
}

bool IsCheckedDocument(std::string_view uri, std::string_view language_id) {
  if (language_id != "ocaml" && language_id != "ocaml.interface") return false;
  // The last segment of the path, without a query or fragment.
  std::string_view path = uri.substr(0, uri.find_first_of("?#"));
  size_t slash = path.find_last_of('/');
  std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (size_t colon = file.find(':');
      slash == std::string_view::npos && colon != std::string_view::npos)
    file = file.substr(colon + 1);  // untitled:Untitled-1
  size_t dot = file.find_last_of('.');
  std::string_view extension = dot == std::string_view::npos || dot == 0 ? "" : file.substr(dot);
  // An unsaved buffer has no extension; it is checked as an implementation.
  if (extension.empty()) return language_id == "ocaml";
  return extension == ".ml" || extension == ".mli";
}

}  // namespace mlhint::lsp
