// The compilation units beside a document, for the language server: the
// `.ml` files of the document's directory are modules it may use, as the
// files of one `mlhint` command are (driver/project.h), each seen through
// its `.mli` when there is one. Each unit is read
// from the editor's text when it is open and from the disk otherwise, and
// checked for its interface (again only when its text or its own units'
// interfaces changed). Worker thread only.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "driver/check.h"

namespace mlhint::typing {
class Prelude;
}

namespace mlhint::lsp {

// The path of a `file://` URI, percent-decoded (nullopt: another scheme).
std::optional<std::string> PathOfUri(const std::string& uri);

class Workspace {
 public:
  Workspace();
  ~Workspace();

  // The environment a document starts in.
  struct Environment {
    // The library and the units the document uses (null: it uses none).
    std::shared_ptr<const typing::Prelude> prelude;
    // What it was made of (each unit's path and interface): two documents'
    // environments with the same key are the same.
    std::string key;
    // The paths of those units, and of the document's own interface.
    std::vector<std::string> units;
    // The document's own interface (`X.mli` beside `X.ml`), which it is
    // checked against, as `mlhint x.mli x.ml` checks it (null: none).
    std::shared_ptr<const SourceBuffer> interface;
  };
  Environment For(const std::string& uri, const std::string& text, const CheckOptions& options);

  // The editor's text of an open document (it wins over the disk's).
  void SetOpen(const std::string& uri, std::shared_ptr<const std::string> text);
  void Close(const std::string& uri);
  // New settings: every unit is checked again.
  void Forget() { units_.clear(); }

 private:
  struct Unit {
    std::string text;
    std::string deps_key;  // its own units' interfaces when it was checked
    bool failed = false;
    bool checked = false;  // failed by its own errors, not by its units'
    std::string interface;
  };
  struct Visit;
  Environment UnitsFor(const std::string& self, const std::string& text,
                       const CheckOptions& options);
  const Unit& Checked(const std::string& path, Visit& visit, const CheckOptions& options);
  std::shared_ptr<const typing::Prelude> Build(const std::vector<std::string>& order,
                                               std::string* key);

  std::map<std::string, std::shared_ptr<const std::string>> open_;  // by path
  std::map<std::string, Unit> units_;                               // by path
  // The environments last made, by key (a handful: one per open project).
  std::map<std::string, std::shared_ptr<const typing::Prelude>> preludes_;
};

}  // namespace mlhint::lsp
