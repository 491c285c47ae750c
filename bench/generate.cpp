#include "bench/generate.h"

namespace mlhint::bench {
namespace {

// One block of ten lines; `i` makes the names unique.
void AppendBlock(std::string& out, int i, bool with_error) {
  std::string n = std::to_string(i);
  out += "type shape" + n + " = Circle" + n + " of float | Rect" + n + " of float * float\n";
  out += "let area" + n + " s = match s with Circle" + n + " r -> 3.14159 *. r *. r | Rect" + n +
         " (w, h) -> w *. h\n";
  out += "let rec sum" + n + " l = match l with [] -> 0 | x :: rest -> x + sum" + n + " rest\n";
  out += "let scale" + n + " k l = List.map (fun x -> x * k) l\n";
  out += "let total" + n + " = sum" + n + " (scale" + n + " " + std::to_string(i % 7 + 1) +
         " [1; 2; 3; 4])\n";
  out += "let label" + n + " x = if x > 10 then \"big \" ^ string_of_int x else \"small\"\n";
  out += "let count" + n + " = ref 0\n";
  out += "let tick" + n + " () = incr count" + n + "; !count" + n + " * 2\n";
  if (with_error)
    out += "let mean" + n + " a b = (a +. b) / 2.0\n";
  else
    out += "let mean" + n + " a b = (a +. b) /. 2.0\n";
  out += "let pair" + n + " = (total" + n + ", label" + n + " total" + n + ", area" + n +
         " (Circle" + n + " 1.5))\n";
}

}  // namespace

std::string GenerateProgram(int lines) {
  return GenerateProgramWithErrors(lines, 0);
}

std::string GenerateProgramWithErrors(int lines, int error_every) {
  std::string out;
  out.reserve(static_cast<size_t>(lines) * 80);
  int blocks = lines / 10;
  for (int i = 0; i < blocks; ++i)
    AppendBlock(out, i, error_every > 0 && i % (error_every / 10 > 0 ? error_every / 10 : 1) == 0);
  return out;
}

}  // namespace mlhint::bench
