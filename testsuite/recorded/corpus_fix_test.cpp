// For every case of the conformance corpus (testsuite/ocaml-recorded/
// conformance/, the copy of ../shared/corpus) that has a hint: --format=json
// carries the hint with its fix-it, and applying the fix-it makes the error
// it is attached to go away. One test per case (`ctest -R CorpusFix`).
//
// Each case is checked as a user runs mlhint on it: every error of the file
// (no --max-errors), the flags of its first line (`(* flags: ... *)`), in a
// fresh temporary directory holding a copy of NAME.ml.
//
// 1. `mlhint --format=json NAME.ml`. Every "Hint:" that the diagnostic's
//    rendered text shows must come from a hint child (so a hint printed as
//    part of OCaml's message, with nothing to apply, fails), and every hint
//    child must have a fix-it: an applicability of the two the format knows
//    and at least one edit, inside the file, the edits not overlapping.
// 2. When some hint is machine-applicable: `mlhint --fix --format=json
//    NAME.ml`. Each machine-applicable hint's edits must be among the fixes
//    it says it applied (a hint left out because it overlaps another is
//    checked as in 3), the file must now be the original with exactly those
//    edits applied, the diagnostics --fix reports must be those of checking
//    the fixed file again, and each hinted error must be gone (below).
// 3. Each maybe-incorrect hint (never applied by --fix): its edits are
//    applied here, on a fresh copy, and the file is checked again; its
//    error must be gone.
//
// "Gone": the range of the hinted error is carried through the edits (an
// edit at its boundary counts as inside it), and no error of the new check
// (no diagnostic of the same severity, were a hint attached to a warning)
// may overlap that range, whatever its code, except one that the original
// check reported too: the same code and message, its range untouched by the
// edits and carried to the same place ("other errors may remain"). And a
// file that had no lexical or syntax error must not have one after the
// edits (an unbalanced edit would hide every type error behind a syntax
// error).
//
// FIXIT_KNOWN_FAILURES lists the cases whose hints are known to have no
// fix-it yet, each with the reason; such a case must still show such a hint
// (the test fails when it is fixed, so that the list stays true), and every
// fix-it it does have is checked as above.

#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "testsuite/cli/run_mlhint.h"
#include "testsuite/recorded/case_files.h"

namespace mlhint::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

void WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// The codes of the lexical and syntax errors (diagnostics/kinds.def): after
// them nothing is type-checked.
const std::set<std::string> kSyntaxCodes = {
    "illegal-character",
    "illegal-escape",
    "reserved-sequence",
    "unterminated-comment",
    "unterminated-string",
    "unterminated-string-in-comment",
    "empty-character-literal",
    "keyword-as-label",
    "invalid-literal",
    "invalid-directive",
    "syntax-error",
    "unclosed-delimiter",
    "expecting",
    "not-expecting",
    "unsupported",
    "nesting-too-deep",
};

struct Range {
  size_t begin = 0, end = 0;
  bool operator==(const Range& o) const { return begin == o.begin && end == o.end; }
};

struct Edit {
  Range range;
  std::string replacement;
  bool operator==(const Edit& o) const { return range == o.range && replacement == o.replacement; }
  bool operator<(const Edit& o) const {
    return range.begin != o.range.begin ? range.begin < o.range.begin : range.end < o.range.end;
  }
};

std::string Show(const Range& r) {
  return "[" + std::to_string(r.begin) + "," + std::to_string(r.end) + ")";
}

std::string Show(const std::vector<Edit>& edits) {
  std::string s;
  for (const Edit& e : edits)
    s += (s.empty() ? "" : ", ") + Show(e.range) + " -> \"" + e.replacement + "\"";
  return "{" + s + "}";
}

Range RangeOf(const json& r) {
  return Range{r.at("start").at("offset").get<size_t>(), r.at("end").at("offset").get<size_t>()};
}

std::vector<Edit> EditsOf(const json& fix) {
  std::vector<Edit> edits;
  for (const json& e : fix.at("edits"))
    edits.push_back(Edit{RangeOf(e.at("range")), e.at("replacement")});
  return edits;
}

// The text with `edits` applied (they do not overlap).
std::string Apply(const std::string& text, std::vector<Edit> edits) {
  std::sort(edits.begin(), edits.end());
  std::string out;
  size_t at = 0;
  for (const Edit& e : edits) {
    out.append(text, at, e.range.begin - at);
    out += e.replacement;
    at = e.range.end;
  }
  out.append(text, at, std::string::npos);
  return out;
}

bool Overlap(const Range& a, const Range& b) {
  if (a.begin < b.end && b.begin < a.end) return true;
  // An empty range overlaps a range that contains it, ends included.
  if (a.begin == a.end) return b.begin <= a.begin && a.begin <= b.end;
  if (b.begin == b.end) return a.begin <= b.begin && b.begin <= a.end;
  return false;
}

// Where `r` is once `edits` are applied, an edit at either boundary of `r`
// (an insertion there, or a replacement straddling it) counted inside it.
Range Carry(const Range& r, std::vector<Edit> edits) {
  std::sort(edits.begin(), edits.end());
  auto carry = [&](size_t p, bool is_end) {
    long delta = 0;
    for (const Edit& e : edits) {
      long growth =
          static_cast<long>(e.replacement.size()) - static_cast<long>(e.range.end - e.range.begin);
      if (e.range.end < p || (e.range.end == p && (e.range.begin < p || is_end))) {
        delta += growth;
      } else if (e.range.begin < p && p < e.range.end) {  // p is inside a replaced range
        return static_cast<size_t>(static_cast<long>(e.range.begin) + delta) +
               (is_end ? e.replacement.size() : 0);
      }
    }
    return static_cast<size_t>(static_cast<long>(p) + delta);
  };
  return Range{carry(r.begin, false), carry(r.end, true)};
}

// A diagnostic of a check with a range (an error, or a warning), as the
// test compares them.
struct Error {
  std::string severity, code;
  Range range;
  std::string message;  // message_flat
};

Error ErrorOf(const json& d) {
  return Error{d.at("severity"), d.at("code"), RangeOf(d.at("range")), d.at("message_flat")};
}

std::vector<Error> ErrorsOf(const json& file) {
  std::vector<Error> errors;
  for (const json& d : file.at("diagnostics"))
    if (!d.at("range").is_null()) errors.push_back(ErrorOf(d));
  return errors;
}

bool HasSyntaxError(const json& file) {
  for (const json& d : file.at("diagnostics"))
    if (kSyntaxCodes.count(d.at("code").get<std::string>())) return true;
  return false;
}

// The lines of `rendered` that start a hint ("Hint: ...", after blanks).
int HintLines(const std::string& rendered) {
  int n = 0;
  std::istringstream in(rendered);
  for (std::string line; std::getline(in, line);) {
    size_t first = line.find_first_not_of(" \t");
    if (first != std::string::npos && line.compare(first, 5, "Hint:") == 0) ++n;
  }
  return n;
}

// A hint child with its fix-it, and the error it is attached to.
struct Hint {
  Error error;
  std::string id, text, applicability;
  std::vector<Edit> edits;
};

class CorpusFixCase : public ::testing::Test {
 public:
  CorpusFixCase(fs::path dir, std::string name, std::string known_failure)
      : dir_(std::move(dir)), name_(std::move(name)), known_failure_(std::move(known_failure)) {}

  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "mlhint-corpus-fix-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    tmp_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(tmp_, ec);
  }

  void TestBody() override {
    source_ = ReadFile(dir_ / (name_ + ".ml"));
    flags_ = FlagsOf(source_);
    file_ = name_ + ".ml";

    json original = Check(Copy("original", source_));
    if (original.is_null()) return;
    had_syntax_error_ = HasSyntaxError(original);
    original_errors_ = ErrorsOf(original);

    // 1. Every hint is a hint child with a fix-it (but those that, by
    //    HINTS.md, have none).
    std::vector<Hint> hints;
    std::vector<std::string> without_fix;  // hints with nothing to apply
    for (const json& d : original.at("diagnostics")) {
      int children = 0;
      for (const json& c : d.at("children")) {
        if (c.at("role") != "hint") continue;
        ++children;
        std::string text = c.at("message_flat");
        if (c.at("fix").is_null()) {
          // A blame hint points at the likeliest mistake when no repair is
          // clean, and OCaml's own hints keep their text when their edit
          // is not clean (HINTS.md): these have no edit. Any other hint
          // must.
          std::string id = c.at("hint_id").get<std::string>();
          bool ocamls_own = c.contains("in_message") && c.at("in_message").is_boolean() &&
                            c.at("in_message").get<bool>();
          if (id != "blame" && id != "int-literal-suffix" && !ocamls_own)
            without_fix.push_back("the hint \"" + text + "\" (" + id + ") has no fix-it");
          continue;
        }
        Hint h;
        h.id = c.at("hint_id");
        h.text = text;
        h.applicability = c.at("fix").at("applicability");
        h.edits = EditsOf(c.at("fix"));
        EXPECT_TRUE(h.applicability == "machine-applicable" || h.applicability == "maybe-incorrect")
            << h.text << ": applicability " << h.applicability;
        EXPECT_FALSE(h.edits.empty()) << h.text << ": a fix-it with no edit";
        std::vector<Edit> sorted = h.edits;
        std::sort(sorted.begin(), sorted.end());
        for (size_t k = 0; k < sorted.size(); ++k) {
          EXPECT_LE(sorted[k].range.begin, sorted[k].range.end) << h.text;
          EXPECT_LE(sorted[k].range.end, source_.size())
              << h.text << ": an edit past the end of the file";
          if (k > 0) {
            EXPECT_FALSE(Overlap(sorted[k - 1].range, sorted[k].range))
                << h.text << ": " << Show(sorted);
          }
        }
        if (d.at("range").is_null()) {
          ADD_FAILURE() << h.text << ": the hinted diagnostic has no range";
          continue;
        }
        h.error = ErrorOf(d);
        if (!h.edits.empty()) hints.push_back(h);
      }
      int shown = HintLines(d.at("rendered"));
      if (shown > children)
        without_fix.push_back(
            std::to_string(shown - children) + " hint(s) printed as part of the message of \"" +
            d.at("message_flat").get<std::string>() + "\" [" + d.at("code").get<std::string>() +
            "], with no hint object and so no fix-it");
    }
    if (known_failure_.empty()) {
      for (const std::string& problem : without_fix) ADD_FAILURE() << problem;
    } else {
      EXPECT_FALSE(without_fix.empty())
          << name_ << " now has a fix-it for every hint: remove it from "
          << "FIXIT_KNOWN_FAILURES (" << known_failure_ << ")";
    }

    // 2. --fix applies the machine-applicable ones.
    std::vector<Hint> by_hand;
    bool any_machine = false;
    for (const Hint& h : hints) {
      if (h.applicability == "machine-applicable")
        any_machine = true;
      else
        by_hand.push_back(h);
    }
    if (any_machine) CheckFix(hints, by_hand);

    // 3. The others are applied here, one at a time.
    for (size_t k = 0; k < by_hand.size(); ++k) {
      const Hint& h = by_hand[k];
      SCOPED_TRACE(h.id + " hint \"" + h.text + "\" " + Show(h.edits) + " applied by the test");
      json after = Check(Copy("by-hand-" + std::to_string(k), Apply(source_, h.edits)));
      if (after.is_null()) return;
      ExpectGone(h, h.edits, after, Apply(source_, h.edits));
    }
  }

 private:
  // A fresh directory `sub` holding the case's file with `text`.
  fs::path Copy(const std::string& sub, const std::string& text) {
    fs::path dir = tmp_ / sub;
    fs::create_directories(dir);
    WriteFile(dir / file_, text);
    return dir;
  }

  json Run(const fs::path& dir, std::vector<std::string> args) {
    std::vector<std::string> all = flags_;
    all.insert(all.end(), args.begin(), args.end());
    all.push_back(file_);
    RunResult r = RunMlhint(all, "", 60, RunOptions{dir.string(), false});
    EXPECT_FALSE(r.timed_out);
    EXPECT_EQ(r.signal, 0) << r.err;
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 2) << "exit status " << r.exit_code << "\n"
                                                      << r.err;
    json doc = json::parse(r.out, nullptr, false);
    if (doc.is_discarded() || !doc.contains("files") || doc.at("files").size() != 1) {
      ADD_FAILURE() << "mlhint " << ::testing::PrintToString(all) << " printed no JSON document:\n"
                    << r.out << r.err;
      return json();
    }
    last_stderr_ = r.err;
    return doc.at("files")[0];
  }

  // `mlhint --format=json` on the file in `dir`: the JSON of the file
  // (null, and a failure, if there is none).
  json Check(const fs::path& dir) { return Run(dir, {"--format=json"}); }

  void CheckFix(const std::vector<Hint>& hints, std::vector<Hint>& by_hand) {
    SCOPED_TRACE("mlhint --fix");
    fs::path dir = Copy("fix", source_);
    json fixed = Run(dir, {"--fix", "--format=json"});
    if (fixed.is_null() || !fixed.contains("fixes")) {
      ADD_FAILURE() << "--fix --format=json has no \"fixes\"";
      return;
    }
    std::vector<Edit> applied;
    for (const json& fix : fixed.at("fixes").at("applied")) {
      std::vector<Edit> edits = EditsOf(fix);
      applied.insert(applied.end(), edits.begin(), edits.end());
    }
    size_t skipped = fixed.at("fixes").at("skipped");
    std::vector<const Hint*> taken;
    for (const Hint& h : hints) {
      if (h.applicability != "machine-applicable") continue;
      bool in = std::all_of(h.edits.begin(), h.edits.end(), [&](const Edit& e) {
        return std::find(applied.begin(), applied.end(), e) != applied.end();
      });
      if (in) {
        taken.push_back(&h);
      } else if (skipped > 0) {
        by_hand.push_back(h);  // left out as overlapping another: checked alone
      } else {
        ADD_FAILURE() << "--fix did not apply the machine-applicable hint \"" << h.text << "\" "
                      << Show(h.edits) << " and skipped none; it applied " << Show(applied) << "\n"
                      << last_stderr_;
      }
    }
    std::string text = ReadFile(dir / file_);
    EXPECT_EQ(text, Apply(source_, applied))
        << "the file --fix wrote is not the original with the edits it lists";

    json after = Check(dir);
    if (after.is_null()) return;
    std::vector<Error> reported = ErrorsOf(fixed), rechecked = ErrorsOf(after);
    EXPECT_EQ(reported.size(), rechecked.size())
        << "--fix reports other errors than a check of the fixed file";
    for (size_t i = 0; i < std::min(reported.size(), rechecked.size()); ++i) {
      EXPECT_EQ(reported[i].code, rechecked[i].code);
      EXPECT_EQ(reported[i].range, rechecked[i].range);
    }
    for (const Hint* h : taken) {
      SCOPED_TRACE(h->id + " hint \"" + h->text + "\" " + Show(h->edits) + " applied by --fix");
      ExpectGone(*h, applied, after, text);
    }
  }

  // The error of `h` is gone from `after`, the check of `text`, the source
  // with `edits` applied.
  void ExpectGone(const Hint& h, const std::vector<Edit>& edits, const json& after,
                  const std::string& text) {
    if (!had_syntax_error_) {
      for (const json& d : after.at("diagnostics"))
        EXPECT_EQ(kSyntaxCodes.count(d.at("code").get<std::string>()), 0u)
            << "the edits make a syntax error: " << d.at("rendered").get<std::string>();
    }
    // The other errors of the original check that the edits do not touch,
    // where they are now.
    std::vector<Error> remaining;
    for (const Error& e : original_errors_) {
      bool touched = std::any_of(edits.begin(), edits.end(),
                                 [&](const Edit& x) { return Overlap(x.range, e.range); });
      if (touched || (e.code == h.error.code && e.range == h.error.range)) continue;
      remaining.push_back(Error{e.severity, e.code, Carry(e.range, edits), e.message});
    }
    Range where = Carry(h.error.range, edits);
    for (const Error& e : ErrorsOf(after)) {
      if (e.severity != h.error.severity || !Overlap(e.range, where)) continue;
      bool other = std::any_of(remaining.begin(), remaining.end(), [&](const Error& r) {
        return r.code == e.code && r.range == e.range && r.message == e.message;
      });
      if (other) continue;
      ADD_FAILURE() << "the hinted error " << h.error.code << " at " << Show(h.error.range)
                    << " (\"" << h.error.message << "\"), now at " << Show(where)
                    << ", is not gone: " << e.code << " at " << Show(e.range) << ": " << e.message
                    << "\nthe edited file:\n"
                    << text;
    }
  }

  fs::path dir_;
  std::string name_;
  std::string known_failure_;
  fs::path tmp_;
  std::string source_, file_, last_stderr_;
  std::vector<std::string> flags_;
  bool had_syntax_error_ = false;
  std::vector<Error> original_errors_;
};

// FIXIT_KNOWN_FAILURES: "dir/name" -> the reason.
std::map<std::string, std::string> KnownFailures() {
  std::map<std::string, std::string> known;
  for (const std::string& line : Lines(ReadFile(MLHINT_FIXIT_KNOWN_FAILURES))) {
    size_t space = line.find_first_of(" \t");
    std::string reason =
        space == std::string::npos ? "" : line.substr(line.find_first_not_of(" \t", space));
    known[line.substr(0, space)] = reason.empty() ? "no reason given" : reason;
  }
  return known;
}

// Every case FIXIT_KNOWN_FAILURES lists is in the corpus (read when the test
// runs, so that an edit of the list needs no new build).
TEST(CorpusFix, KnownFailuresAreCases) {
  for (const auto& entry : KnownFailures())
    EXPECT_TRUE(fs::exists(fs::path(MLHINT_CORPUS_DIR) / (entry.first + ".ml")))
        << "FIXIT_KNOWN_FAILURES lists " << entry.first << ", which is not a case of the corpus";
}

// One test per case of the corpus, in suites named after its directories.
void RegisterCases(const fs::path& corpus) {
  std::map<std::string, std::string> known = KnownFailures();
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(corpus))
    if (entry.is_directory()) dirs.push_back(entry.path());
  std::sort(dirs.begin(), dirs.end());
  for (const fs::path& dir : dirs) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.path().extension() == ".ml") names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    std::string suite = "CorpusFix_" + dir.filename().string();
    for (const std::string& name : names) {
      std::string key = dir.filename().string() + "/" + name;
      auto it = known.find(key);
      std::string reason = it == known.end() ? "" : it->second;
      ::testing::RegisterTest(
          suite.c_str(), name.c_str(), nullptr, nullptr, __FILE__, __LINE__,
          [=]() -> ::testing::Test* { return new CorpusFixCase(dir, name, reason); });
    }
  }
}

}  // namespace
}  // namespace mlhint::testing

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  mlhint::testing::RegisterCases(MLHINT_CORPUS_DIR);
  return RUN_ALL_TESTS();
}
