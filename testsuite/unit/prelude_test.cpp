// The prelude made for one program (Prelude::ForProgram): only the
// library's modules the program names are read, and the program checks as
// it checks with the whole library.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/render.h"
#include "driver/check.h"
#include "hints/hints.h"
#include "typing/prelude.h"

namespace mlhint::typing {
namespace {

const ModuleDesc* LibraryModule(const Prelude& prelude, std::string_view name) {
  const Env& env = prelude.env();
  const auto* ids = env.modules[env.stdlib].Find(Namespace::Module, name);
  return ids ? &env.modules[ids->front()] : nullptr;
}

TEST(PreludeForProgram, ReadsTheModulesNamedAndThoseTheirSignaturesName) {
  const Prelude& prelude = Prelude::ForProgram({"n", "List", "length"});
  ASSERT_TRUE(prelude.error().empty()) << prelude.error();
  EXPECT_NE(&prelude, &Prelude::Get());
  const ModuleDesc* list = LibraryModule(prelude, "List");
  ASSERT_NE(list, nullptr);
  EXPECT_FALSE(list->unloaded);
  EXPECT_NE(list->Find(Namespace::Value, "length"), nullptr);
  // List.to_seq names Seq.t.
  const ModuleDesc* seq = LibraryModule(prelude, "Seq");
  ASSERT_NE(seq, nullptr);
  EXPECT_FALSE(seq->unloaded);
  EXPECT_NE(seq->Find(Namespace::Type, "t"), nullptr);
  // Bound (its name is known, for "Did you mean") but not read.
  const ModuleDesc* hashtbl = LibraryModule(prelude, "Hashtbl");
  ASSERT_NE(hashtbl, nullptr);
  EXPECT_TRUE(hashtbl->unloaded);
  EXPECT_FALSE(hashtbl->outside_subset);
  EXPECT_EQ(hashtbl->Find(Namespace::Value, "create"), nullptr);
  // The whole library has it.
  EXPECT_FALSE(LibraryModule(Prelude::Get(), "Hashtbl")->unloaded);
}

TEST(PreludeForProgram, IsKeptForTheSameModulesAndIsTheWholeLibraryThroughStdlib) {
  const Prelude& a = Prelude::ForProgram({"f", "Buffer", "create"});
  const Prelude& b = Prelude::ForProgram({"Buffer", "add_char", "g"});
  EXPECT_EQ(&a, &b);
  EXPECT_EQ(&Prelude::ForProgram({"Stdlib"}), &Prelude::Get());
}

// What the command line prints for a program, with the prelude made for it
// or with the whole library.
std::string Checked(const std::string& text, bool whole_library) {
  SourceBuffer source("t.ml", text);
  mlhint::CheckOptions options;
  options.want_signature = true;
  if (whole_library) options.prelude = &Prelude::Get();
  CheckResult result = CheckSource(source, options);
  std::string out = result.signature;
  for (const Diagnostic& d : result.diagnostics) RenderOcaml(d, source, {}, out);
  return out;
}

TEST(PreludeForProgram, ChecksAsTheWholeLibraryDoes) {
  const std::vector<std::string> programs = {
      // Types of modules reached through another's signature, printed.
      "let s = List.to_seq [1]\nlet h = Hashtbl.create 3\nlet () = Hashtbl.add h 1 s\n",
      // The library's functors, and an error inside their result.
      "module M = Map.Make (String)\nlet m = M.add \"a\" 1 M.empty\nlet x = M.find 2 m\n",
      // A module reached through an alias of the library (StdLabels.List).
      "open StdLabels\nlet l = List.map ~f:succ [1]\nlet b = Bytes.create 1\n",
      // A misspelt module: the suggestion comes from the names bound.
      "let n = Hashtbll.length\n",
      // Format strings.
      "let () = Printf.printf \"%d %s\\n\" 1 \"a\"\nlet s = Format.asprintf \"%a\" 3\n",
  };
  for (const std::string& program : programs) {
    std::string whole = Checked(program, true);
    EXPECT_EQ(Checked(program, false), whole) << program;
    EXPECT_FALSE(whole.empty()) << program;
  }
}

// A repair may name a module the program does not (`x + 1l` is
// `Int32.add x 1l`): the hint is still given.
TEST(PreludeForProgram, HasTheModulesTheRepairsName) {
  std::vector<std::string_view> named = hints::ModulesNamedByRepairs();
  for (std::string_view m : {"Int32", "Int64", "Nativeint", "Float"})
    EXPECT_NE(std::find(named.begin(), named.end(), m), named.end()) << m;
  std::string program = "let f (x : int32) = x + 1l\n";
  std::string out = Checked(program, false);
  EXPECT_NE(out.find("Int32.add"), std::string::npos) << out;
  EXPECT_EQ(out, Checked(program, true));
}

}  // namespace
}  // namespace mlhint::typing
