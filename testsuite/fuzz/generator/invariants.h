// What must hold of every generated program and of every mutant, checked
// in-process with the driver's entry points (CheckSource, ApplyFixes). Each
// check returns an empty string when the invariant holds, else what broke,
// with the programs that show it.
#pragma once

#include <string>
#include <string_view>

#include "testsuite/fuzz/generator/program_generator.h"

namespace mlhint::progen {

// A generated program checks with no error (exit status 0), and written
// again with each item constrained by the type its `-i` signature gives it,
// checks to the same signature.
std::string CheckWellTyped(const GeneratedProgram& program);

// A program (a mutant) gets exit status 0 or 2; with 2, a proper error
// (located inside the text, with a message that renders); every hint's
// machine-applicable fix-it, applied alone, removes the error it is
// attached to (no error of the new check overlaps that error's range,
// carried through the edits, unless the first check had another error
// with the same code and message at that place) and adds
// no syntax error to a program that had none.
std::string CheckMutant(std::string_view text);

}  // namespace mlhint::progen
