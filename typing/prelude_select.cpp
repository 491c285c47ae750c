// Prelude::ForProgram: the prelude of a program reads only the library's
// modules the program names (typing/prelude.h).

#include <algorithm>
#include <map>
#include <mutex>
#include <string_view>
#include <unordered_set>

#include "support/text_chars.h"
#include "typing/prelude.h"

namespace mlhint::embedded {
extern const char kStdlibMli[];
extern const size_t kStdlibMli_size;
}  // namespace mlhint::embedded

namespace mlhint::typing {
namespace {

// A module of the library's top level, as stdlib.mli writes each one: a
// line `module M : sig`, its items, and a line `end` (the items of a
// module are indented, the empty ones are written `module M : sig end`).
struct LibraryModule {
  std::string_view name;
  size_t head_begin = 0;  // the line `module M : sig`
  size_t body_begin = 0;  // the line after it
  size_t body_end = 0;    // the start of the line `end`
};

std::string_view LibraryText() {
  return std::string_view(embedded::kStdlibMli, embedded::kStdlibMli_size);
}

std::vector<LibraryModule> TopLevelModules(std::string_view text) {
  std::vector<LibraryModule> out;
  constexpr std::string_view kHead = "module ", kTail = " : sig";
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, eol - pos);
    LibraryModule m;
    m.head_begin = pos;
    pos = eol + 1;
    if (!line.starts_with(kHead) || !line.ends_with(kTail)) continue;
    m.name = line.substr(kHead.size(), line.size() - kHead.size() - kTail.size());
    m.body_begin = std::min(pos, text.size());
    size_t end = text.find("\nend\n", m.body_begin - 1);
    if (end == std::string_view::npos) break;  // not the library's shape: all loaded
    m.body_end = end + 1;
    pos = end + 5;
    out.push_back(m);
  }
  return out;
}

// The library's top-level modules, found once: a module's index is the
// same wherever it is used (ForProgram's choice, LeaveOut's blanks).
const std::vector<LibraryModule>& LibraryModules() {
  static const std::vector<LibraryModule> modules = TopLevelModules(LibraryText());
  return modules;
}

// Every capitalized word of the library's text outside its comments (which
// name modules freely). A word too many only loads a module more.
void AddCapitalizedWords(std::string_view text, std::unordered_set<std::string_view>& words) {
  ForEachWord(text, [&](size_t begin, size_t end) {
    if (text[begin] >= 'A' && text[begin] <= 'Z') words.insert(text.substr(begin, end - begin));
  });
}

}  // namespace

std::string Prelude::LeaveOut(const std::vector<bool>& loaded,
                              std::unordered_set<std::string_view>* left_out) {
  // The modules left out keep their lines (the offsets of the others'
  // markers do not move): only their items become blanks.
  const std::vector<LibraryModule>& modules = LibraryModules();
  std::string text(LibraryText());
  for (size_t i = 0; i < modules.size() && i < loaded.size(); ++i) {
    if (loaded[i]) continue;
    left_out->insert(modules[i].name);
    for (size_t k = modules[i].body_begin; k < modules[i].body_end; ++k)
      if (text[k] != '\n') text[k] = ' ';
  }
  return text;
}

const Prelude& Prelude::ForProgram(const std::vector<std::string_view>& names) {
  std::string_view stdlib = LibraryText();
  const std::vector<LibraryModule>& modules = LibraryModules();
  std::unordered_set<std::string_view> words;
  for (std::string_view name : names)
    if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z') words.insert(name);
  // A path through Stdlib may reach any module (`include Stdlib`). (In the
  // library, `Stdlib.t` names an item of its top level.)
  if (words.count("Stdlib")) return Get();
  // What the library's own top level names (outside its modules) is always
  // there.
  static const std::unordered_set<std::string_view> top_words = [&] {
    std::unordered_set<std::string_view> top;
    size_t from = 0;
    for (const LibraryModule& m : modules) {
      AddCapitalizedWords(stdlib.substr(from, m.head_begin - from), top);
      from = m.body_end;
    }
    AddCapitalizedWords(stdlib.substr(from), top);
    return top;
  }();
  words.insert(top_words.begin(), top_words.end());
  // The modules named, and the modules their signatures name.
  std::vector<bool> loaded(modules.size(), false);
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < modules.size(); ++i) {
      if (loaded[i] || !words.count(modules[i].name)) continue;
      loaded[i] = changed = true;
      AddCapitalizedWords(
          stdlib.substr(modules[i].body_begin, modules[i].body_end - modules[i].body_begin), words);
    }
  }
  if (std::find(loaded.begin(), loaded.end(), false) == loaded.end()) return Get();
  // A few of them are kept: a process checks many files with the same
  // modules (a project, a benchmark); past that, the whole library.
  static std::mutex mutex;
  static std::map<std::vector<bool>, std::unique_ptr<const Prelude>> cache;
  constexpr size_t kCached = 16;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(loaded);
  if (it != cache.end()) return *it->second;
  if (cache.size() >= kCached) return Get();
  std::unique_ptr<const Prelude> made(new Prelude(&loaded));
  const Prelude& out = *made;
  cache.emplace(std::move(loaded), std::move(made));
  return out;
}

}  // namespace mlhint::typing
