// What the tests of recorded cases (testsuite/ocaml-recorded/) read from a
// case: its files, the flags its first line asks for, and the list files.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace mlhint::testing {

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The lines of a list file (KNOWN_FAILURES, SUITES), without blank lines and
// `#' comments.
inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    lines.push_back(line);
  }
  return lines;
}

// Options written in the case's first line: `(* flags: -w +A *)`.
inline std::vector<std::string> FlagsOf(const std::string& source) {
  const std::string open = "(* flags:";
  if (source.rfind(open, 0) != 0) return {};
  size_t end = source.find("*)");
  std::istringstream words(source.substr(open.size(), end - open.size()));
  std::vector<std::string> flags;
  for (std::string w; words >> w;) flags.push_back(w);
  return flags;
}

}  // namespace mlhint::testing
