// Generates large, well-typed programs of the subset for the benchmarks:
// a mix of what real code contains (functions over lists and records,
// matches, arithmetic on ints and floats, strings, loops, refs), with fresh
// names in every block so nothing is shadowed.
#pragma once

#include <string>

namespace mlhint::bench {

// About `lines` lines of OCaml (a multiple of a ten-line block).
std::string GenerateProgram(int lines);

// Like GenerateProgram, but one block in `error_every` has a type error
// that a hint fixes (a float operand of an int operator).
std::string GenerateProgramWithErrors(int lines, int error_every);

}  // namespace mlhint::bench
