// `mlhint expect` on a file's text, as RunExpect does it without the file
// system: split the file (ParseExpectFile), run its chunks on the large
// stack (RunExpectChunks), write the corrected file (CorrectedText) and
// the diff against it (UnifiedDiff).

#include <cstddef>
#include <cstdint>
#include <string>

#include "driver/expect.h"
#include "fuzz/fuzz_support.h"
#include "support/large_stack.h"

using namespace mlhint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  ExpectFile file;
  std::string error;
  if (!ParseExpectFile(text, &file, &error)) {
    fuzz::Require(!error.empty(), "a malformed expect file with no reason given");
    return 0;
  }
  for (const ExpectFile::Chunk& chunk : file.chunks) {
    fuzz::Require(chunk.begin <= chunk.end && chunk.end <= text.size(), "a chunk outside the file");
    if (chunk.block.present)
      fuzz::Require(chunk.block.begin <= chunk.block.content_begin &&
                        chunk.block.content_begin <= chunk.block.content_end &&
                        chunk.block.content_end <= chunk.block.end &&
                        chunk.block.end <= text.size(),
                    "an expect block outside the file");
  }
  ExpectRun run;
  bool ran = RunWithLargeStack([&] { run = RunExpectChunks("fuzz.ml", text, file); });
  fuzz::Require(ran, "no thread for the check");
  // A bad flag, or one mlhint cannot honour: the file is not checked.
  if (!run.error.empty() || !run.skip.empty()) {
    fuzz::Require(run.outputs.empty(), "outputs for a file that is not checked");
    return 0;
  }
  fuzz::Require(run.outputs.size() == file.chunks.size(), "not one output per chunk");
  std::string corrected = CorrectedText(text, file, run.outputs);
  (void)UnifiedDiff(text, corrected, "fuzz.ml", "fuzz.ml.corrected");
  return 0;
}
