// What a user sets for the language server: warnings and hints (as on the
// command line: `mlhint lsp -w -26 --hints=ocaml`), and which inferred types
// are shown inline. The command line gives the defaults; an editor's
// `initializationOptions` and `workspace/didChangeConfiguration` settings
// apply on top, in that order, in one JSON shape:
//
//   { "warnings": "-26+32", "hints": "all" | "ocaml" | "none",
//     "inlayHints": true | false | { "enabled": b, "bindings": b, "parameters": b } }
//
// either as the object itself or under a key "mlhint" (how editors
// namespace a server's settings).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "driver/check.h"
#include "lsp/navigation.h"

namespace mlhint::lsp {

struct ServerSettings {
  CheckOptions check;
  InlayHintSettings inlay;
};

// Applies what `object` sets on top of `settings`. Returns whether it names
// any of the settings (an editor's empty or unrelated configuration changes
// nothing); each value it cannot use is described in `problems` and left
// as it was.
bool ApplySettings(const nlohmann::json& object, ServerSettings* settings,
                   std::vector<std::string>* problems);

// Whether a document is an OCaml implementation or interface, which mlhint
// checks: the language `ocaml` (VS Code's `ocaml.interface` for an
// interface) and, when its URI names a file with an extension, `.ml` or
// `.mli` (an editor's "ocaml" also covers .mll and .mly files, which are
// neither).
bool IsCheckedDocument(std::string_view uri, std::string_view language_id);

}  // namespace mlhint::lsp
