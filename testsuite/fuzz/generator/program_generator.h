// A generator of well-typed programs of mlhint's subset of OCaml
// (../shared/spec/LANGUAGE.md), for the fuzz target that drives it and the
// differential test (testsuite/fuzz/generated_programs_test.cpp).
//
// Generation is type-directed: an expression is made for a type it must
// have, from productions that are right by construction (an `if` whose
// condition is made for `bool` and whose branches for the type asked; an
// application of a function whose result has that type; a literal). Every
// compound expression is parenthesised, so that precedence never changes a
// program's meaning, and the mutations (mutations.h) have parentheses to
// drop. The generator knows nothing of mlhint: what it makes must be
// accepted by OCaml 4.13 itself.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "testsuite/fuzz/generator/choices.h"

namespace mlhint::progen {

// One top-level `let` of a generated program.
struct GeneratedItem {
  bool rec = false;
  std::string name;    // the bound name; "()" for `let () = ...`
  std::string params;  // "a b" for `let f a b = ...`; empty for a value
  std::string body;
  // The type the generator meant, in OCaml's syntax. A value (no params)
  // is written with it (`let x : int list = ...`): an application whose
  // type the generator did not pin down (`List.hd []`) would otherwise be
  // weakly polymorphic, an error for `ocamlc -c` at top level. A function
  // is written without: it is a syntactic value, generalised, and its
  // inferred type is the interesting one.
  std::string type;
};

struct GeneratedProgram {
  std::vector<std::string> declarations;  // `type ...` and `exception ...`, in order
  std::vector<GeneratedItem> items;

  // The program as the generator wrote it.
  std::string Text() const;
  // The same program with each named item constrained by the type `types`
  // gives for its name (`let f : int -> int = fun a -> ...`); items that
  // `types` does not name are written as in Text().
  std::string TextWithTypes(const std::map<std::string, std::string>& types) const;
};

struct GeneratorLimits {
  int max_items = 10;
  int max_depth = 5;  // nesting of the expression productions
};

GeneratedProgram GenerateProgram(Choices& choices, const GeneratorLimits& limits = {});

}  // namespace mlhint::progen
