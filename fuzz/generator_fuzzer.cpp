// The program generator (testsuite/fuzz/generator/) driven by the fuzzer's
// bytes: each byte is one of the generator's choices, so the fuzzer's
// mutations of its input are other well-typed programs. The program must
// check with no error and keep its signature when constrained by it; three
// mutants of it (the kinds and places also chosen by the input's bytes)
// must each get a proper diagnostic or none, and every machine-applicable
// fix-it must remove the error it is attached to (invariants.h).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "testsuite/fuzz/generator/invariants.h"
#include "testsuite/fuzz/generator/mutations.h"
#include "testsuite/fuzz/generator/program_generator.h"

using namespace mlhint;
using namespace mlhint::progen;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ByteChoices choices(std::string_view(reinterpret_cast<const char*>(data), size));
  GeneratedProgram program = GenerateProgram(choices);
  std::string failure = CheckWellTyped(program);
  if (!failure.empty()) fuzz::Fail("generated program", failure);
  std::string text = program.Text();
  for (int i = 0; i < 3; ++i) {
    auto kind = static_cast<MutationKind>(choices.Below(kMutationKinds));
    std::string mutant = Mutate(text, kind, choices);
    failure = CheckMutant(mutant);
    if (!failure.empty())
      fuzz::Fail(std::string("mutant (") + std::string(MutationName(kind)) + ")", failure);
  }
  return 0;
}
