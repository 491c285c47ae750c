// `mlhint expect`: expect-style golden tests, in the format of OCaml's own
// test suite (shared/spec/EXPECT.md). A file is a sequence of chunks of
// code, each followed by a `[%%expect{| ... |}]` block holding what mlhint
// prints for it; all chunks share one environment, as in OCaml's toplevel.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace mlhint {

struct ExpectBlock {
  size_t begin = 0, end = 0;                  // `[%%expect{|` ... `|}]`
  size_t content_begin = 0, content_end = 0;  // between `{|` and `|}`
  bool present = true;  // false: the code after the last block has none yet
};

// The parts of an expect file: the `(* TEST ... *)` header's flags, the
// chunks (byte ranges) and the block after each.
struct ExpectFile {
  std::vector<std::string> flags;
  struct Chunk {
    size_t begin = 0, end = 0;
    ExpectBlock block;
  };
  std::vector<Chunk> chunks;
};

// Splits `text`; on a malformed file returns false and says why in `error`.
bool ParseExpectFile(std::string_view text, ExpectFile* file, std::string* error);

// What mlhint prints for each chunk, given its flags.
struct ExpectRun {
  std::vector<std::string> outputs;  // one per chunk
  std::string error;                 // a bad header flag
  // The codes of the diagnostics shown and the ids of their hints (for the
  // test that every kind of diagnostic has an expect test showing it).
  std::set<std::string> codes;
};
ExpectRun RunExpectChunks(const std::string& name, const std::string& text, const ExpectFile& file);

// The file with every block holding `outputs` (an empty output gives the
// empty block `[%%expect{||}]`); every other byte is kept.
std::string CorrectedText(std::string_view text, const ExpectFile& file, const std::vector<std::string>& outputs);

// A unified diff of two texts, with the given file names in its header.
std::string UnifiedDiff(std::string_view before, std::string_view after, const std::string& before_name,
                        const std::string& after_name);

// `mlhint expect [--promote] FILE...`: 0 when every block matches (or was
// promoted), 1 on a mismatch (a diff on stdout, FILE.corrected written),
// 2 when a file cannot be read or is malformed.
int RunExpect(const std::vector<std::string>& files, bool promote);

}  // namespace mlhint
