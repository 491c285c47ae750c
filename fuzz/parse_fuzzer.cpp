// The parser on any bytes, on the large stack as the driver runs it, both
// ways: with the lexer on the parser's thread and on one of its own
// (LexAhead, used for large files), which must agree (the same error at the
// same place, the same warnings, trees of the same size).

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_support.h"
#include "parser/parse.h"
#include "support/large_stack.h"

using namespace mlhint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  SourceBuffer source("fuzz.ml", std::string(reinterpret_cast<const char*>(data), size));
  RunWithLargeStack([&] {
    ParseResult alone = Parse(source, ParseMode::Implementation, SIZE_MAX);
    ParseResult ahead = Parse(source, ParseMode::Implementation, 0);
    fuzz::Require(alone.error.has_value() == ahead.error.has_value(),
                  "LexAhead changes whether parsing fails");
    if (alone.error) {
      fuzz::Require(alone.error->span == ahead.error->span, "LexAhead moves the error");
      fuzz::Require(RenderDoc(alone.error->message) == RenderDoc(ahead.error->message),
                    "LexAhead changes the error");
      if (alone.error->span)
        fuzz::Require(alone.error->span->end <= source.size(),
                      "the error's range is outside the text");
    }
    fuzz::Require(alone.warnings.size() == ahead.warnings.size(), "LexAhead changes the warnings");
    fuzz::Require(alone.ast.exprs.size() == ahead.ast.exprs.size() &&
                      alone.ast.pats.size() == ahead.ast.pats.size() &&
                      alone.ast.items.size() == ahead.ast.items.size(),
                  "LexAhead changes the tree");
  });
  return 0;
}
