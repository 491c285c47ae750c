// The header of an expect file (docs/expect.md): `(* TEST ... *)` at its
// start, in mlhint's form or in ocamltest's language, read into the file's
// flags. The blocks are found in expect_file.cpp.

#include <sstream>
#include <string>
#include <vector>

#include "driver/expect.h"
#include "driver/expect_text.h"

namespace mlhint {
namespace {

using namespace expect_text;

// --- The header ----------------------------------------------------------
//
// `(* TEST ... *)` at the start of the file, in mlhint's form, one
// `flags: -w +27` per line, or in ocamltest's language
// (ocamltest/tsl_lexer.mll): `flags = "..."`, `flags += "..."`, the tree
// of tests (`* expect`, `** toplevel`), `include LIBRARY`, comments.

// Where the header that starts at `open` ends (after its `*)`), kNpos if
// it is not closed: comments nest and strings hold any `*)`.
size_t HeaderEnd(std::string_view text, size_t open) {
  int depth = 1;
  size_t i = open + 2;
  while (i < text.size()) {
    if (text.substr(i, 2) == "(*") {
      ++depth;
      i += 2;
    } else if (text.substr(i, 2) == "*)") {
      i += 2;
      if (--depth == 0) return i;
    } else if (depth == 1 && text[i] == '"') {
      size_t close = text.find('"', i + 1);  // no escapes in ocamltest's strings
      i = close == kNpos ? text.size() : close + 1;
    } else {
      ++i;
    }
  }
  return kNpos;
}

bool IsTslIdentChar(char c) {
  return IsIdentChar(c) || c == '.' || c == '-';
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  std::istringstream in{std::string(s)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// The body of the header, between `TEST` and its `*)`.
bool ParseHeader(std::string_view body, ExpectFile* file, std::string* error) {
  std::vector<std::string> tests;
  auto skip = [&](std::string reason) {
    if (file->skip.empty()) file->skip = std::move(reason);
  };
  auto line_of = [&](size_t i) { return std::string(body.substr(i, body.find('\n', i) - i)); };
  size_t i = 0;
  auto blanks = [&] {
    while (i < body.size()) {
      if (IsBlank(body[i])) {
        ++i;
      } else if (body.substr(i, 2) == "(*") {
        int depth = 0;
        do {
          if (body.substr(i, 2) == "(*") {
            ++depth;
            i += 2;
          } else if (body.substr(i, 2) == "*)") {
            --depth;
            i += 2;
          } else {
            ++i;
          }
        } while (depth > 0 && i < body.size());
      } else {
        break;
      }
    }
  };
  auto ident = [&] {
    size_t start = i;
    while (i < body.size() && IsTslIdentChar(body[i])) ++i;
    return std::string(body.substr(start, i - start));
  };
  // A string of ocamltest: a backslash before a newline drops the newline
  // and the blanks after it.
  auto string = [&](std::string* value) {
    if (i >= body.size() || body[i] != '"') return false;
    ++i;
    while (i < body.size() && body[i] != '"') {
      if (body[i] == '\\' && i + 1 < body.size() && (body[i + 1] == '\n' || body[i + 1] == '\r')) {
        i += 1;
        while (i < body.size() && (body[i] == '\r' || body[i] == '\n')) ++i;
        while (i < body.size() && (body[i] == ' ' || body[i] == '\t')) ++i;
        continue;
      }
      *value += body[i++];
    }
    if (i >= body.size()) return false;
    ++i;
    return true;
  };
  while (true) {
    blanks();
    if (i >= body.size()) break;
    size_t start = i;
    if (body[i] == '*') {  // a test of the tree: `* expect`, `** toplevel`
      while (i < body.size() && body[i] == '*') ++i;
      blanks();
      std::string name = ident();
      if (name.empty()) {
        *error = "malformed line in the (* TEST *) header: " + line_of(start);
        return false;
      }
      tests.push_back(name);
      blanks();
      if (body.substr(i, 4) == "with" && (i + 4 >= body.size() || !IsTslIdentChar(body[i + 4]))) {
        i += 4;
        do {
          blanks();
          if (ident().empty()) {
            *error = "malformed line in the (* TEST *) header: " + line_of(start);
            return false;
          }
          blanks();
        } while (i < body.size() && body[i] == ',' && ++i);
      }
      continue;
    }
    std::string key = ident();
    if (key.empty()) {
      *error = "malformed line in the (* TEST *) header: " + line_of(start);
      return false;
    }
    size_t after_key = i;
    while (i < body.size() && (body[i] == ' ' || body[i] == '\t')) ++i;
    if (i < body.size() && body[i] == ':') {  // mlhint's form: the rest of the line
      if (key != "flags") {
        *error = "unknown field '" + key + "' in the (* TEST *) header (only 'flags' is known)";
        return false;
      }
      size_t end = body.find('\n', i);
      if (end == kNpos) end = body.size();
      for (std::string& w : Words(body.substr(i + 1, end - i - 1)))
        file->flags.push_back(std::move(w));
      i = end;
      continue;
    }
    if (key == "include") {  // include LIBRARY
      blanks();
      std::string library = ident();
      skip("the test needs the library " + library + ", which mlhint does not read");
      continue;
    }
    if (key == "set") {  // set VARIABLE = "..."
      blanks();
      key = ident();
    }
    blanks();
    bool append = body.substr(i, 2) == "+=";
    if (!append && (i >= body.size() || body[i] != '=')) {
      i = after_key;
      *error = "malformed line in the (* TEST *) header: " + line_of(start);
      return false;
    }
    i += append ? 2 : 1;
    blanks();
    std::string value;
    if (!string(&value)) {
      *error = "malformed line in the (* TEST *) header: " + line_of(start);
      return false;
    }
    if (key == "flags") {
      if (!append) file->ocaml_flags.clear();
      for (std::string& w : Words(value)) file->ocaml_flags.push_back(std::move(w));
    } else if (key == "readonly_files" || key == "ocamlrunparam" || key == "reference") {
      // Files beside the test, the runtime's settings, where the output is
      // compared: nothing that changes what an expect test prints.
    } else {
      skip("the header sets '" + key + "', which mlhint does not do");
    }
  }
  bool expect = false;
  for (const std::string& test : tests) {
    if (test == "expect") {
      expect = true;
    } else if (test == "flat-float-array") {
      // Met by a default OCaml, as by mlhint.
    } else if (test == "no-flat-float-array") {
      skip("the test runs only on an OCaml without flat float arrays");
    } else {
      skip("the test runs '" + test + "', which mlhint does not (it runs expect tests only)");
    }
  }
  if (!tests.empty() && !expect) skip("not an expect test");
  return true;
}

}  // namespace

namespace expect_text {

bool ReadHeader(std::string_view text, ExpectFile* file, std::string* error) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first != kNpos && text.substr(first, 2) == "(*") {
    // ocamltest's "(*" blank* "TEST", not followed by a letter.
    size_t test = text.find_first_not_of(" \t", first + 2);
    if (test != kNpos && text.substr(test, 4) == "TEST" &&
        (test + 4 >= text.size() || !IsTslIdentChar(text[test + 4]))) {
      size_t end = HeaderEnd(text, first);
      if (end == kNpos) {
        *error = "the (* TEST header is not closed";
        return false;
      }
      if (!ParseHeader(text.substr(test + 4, end - 2 - test - 4), file, error)) return false;
    }
  }
  return true;
}

}  // namespace expect_text
}  // namespace mlhint
