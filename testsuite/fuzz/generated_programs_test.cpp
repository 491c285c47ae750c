// The differential test of the program generator (generator/): from a
// fixed seed, a few hundred well-typed programs of the subset, each of which
// must check with no error and keep its `-i` signature when every item is
// constrained by it; and mutants of each (every mutation kind), which must
// get a proper diagnostic or none, never a crash, and whose machine-
// applicable fix-its must remove the error they are attached to
// (generator/invariants.h says exactly what is checked).
//
// A failure prints the program; keep it as a reproducer under
// regressions/ with the fix.

#include <gtest/gtest.h>

#include <string>

#include "testsuite/fuzz/generator/invariants.h"
#include "testsuite/fuzz/generator/mutations.h"
#include "testsuite/fuzz/generator/program_generator.h"

namespace mlhint::progen {
namespace {

constexpr uint64_t kSeed = 20240613;
constexpr int kPrograms = 300;

GeneratedProgram Program(int index) {
  SeededChoices choices(kSeed + static_cast<uint64_t>(index) * 1000003);
  return GenerateProgram(choices);
}

TEST(GeneratedPrograms, CheckWithNoErrorAndKeepTheirSignature) {
  int failures = 0;
  for (int i = 0; i < kPrograms && failures < 5; ++i) {
    std::string failure = CheckWellTyped(Program(i));
    EXPECT_EQ(failure, "") << "program " << i;
    failures += !failure.empty();
  }
}

TEST(GeneratedPrograms, MutantsGetProperDiagnostics) {
  int failures = 0;
  for (int i = 0; i < kPrograms && failures < 5; ++i) {
    std::string text = Program(i).Text();
    SeededChoices choices(kSeed ^ static_cast<uint64_t>(i));
    for (int k = 0; k < kMutationKinds; ++k) {
      auto kind = static_cast<MutationKind>(k);
      std::string failure = CheckMutant(Mutate(text, kind, choices));
      EXPECT_EQ(failure, "") << "program " << i << ", mutation " << MutationName(kind);
      failures += !failure.empty();
    }
  }
}

}  // namespace
}  // namespace mlhint::progen
