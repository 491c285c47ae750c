// The language server checks an edited document again only where it
// changed (lsp/incremental.h). Its answer must always be the one a whole
// check of the new text gives: these tests edit programs at random, step by
// step, and compare the two after every step — diagnostics with their
// spans, messages, hints and fix-its, and the type under the cursor.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "incremental_walk.h"

namespace mlhint::lsp {
namespace {

TEST(IncrementalCheck, AgreesWithAWholeCheckOnAProgramOfManyItems) {
  Stats stats;
  OnLargeStack([&] {
    for (unsigned seed = 1; seed <= 4; ++seed)
      EditAndCompare("many.ml", ManyItems(12), 150, seed, &stats);
  });
  std::cout << stats.Summary() << "\n";
}

// Type declarations edited: the items that name their types, constructors
// or fields are typed again with the new ones.
TEST(IncrementalCheck, AgreesWithAWholeCheckOnAProgramWithTypes) {
  Stats stats;
  OnLargeStack([&] {
    for (unsigned seed = 1; seed <= 4; ++seed)
      EditAndCompare("types.ml", ManyTypes(8), 120, seed, &stats, /*from_original=*/seed % 2 == 0);
  });
  EXPECT_GT(stats.incremental, 0) << stats.Summary();
  std::cout << stats.Summary() << "\n";
}

// Local modules and locally abstract types: scopes of their own inside an
// item, which an item checked again alone opens and closes again.
TEST(IncrementalCheck, AgreesWithAWholeCheckAroundLocalModulesAndAbstractTypes) {
  const std::string text =
      "let sorted_uniq l =\n"
      "  let module S = Set.Make (Int) in\n"
      "  S.elements (S.of_list l)\n"
      "let count (type k) (l : k list) =\n"
      "  let module H = Hashtbl in\n"
      "  let h = H.create 16 in\n"
      "  List.iter (fun x -> H.replace h x (1 + try H.find h x with Not_found -> 0)) l;\n"
      "  h\n"
      "let local x =\n"
      "  let module L = struct\n"
      "    type t = { v : int }\n"
      "    let make v = { v }\n"
      "    let get r = r.v\n"
      "  end in\n"
      "  L.get (L.make x) + 1\n"
      "let fix : type a b. ((a -> b) -> a -> b) -> a -> b = fun f -> let rec g x = f g x in g\n"
      "let total = local 3 + List.length (sorted_uniq [3; 1; 3])\n";
  Stats stats;
  OnLargeStack([&] {
    for (unsigned seed = 1; seed <= 6; ++seed)
      EditAndCompare("local.ml", text, 80, seed, &stats, /*from_original=*/true);
  });
  EXPECT_GT(stats.incremental, 0) << stats.Summary();
  std::cout << stats.Summary() << "\n";
}

// The constructs of the last stage: lazy patterns, opens of a constrained
// module, type paths through an application, the interpreted extension
// nodes, inline records, and refusals said once in the file.
TEST(IncrementalCheck, AgreesWithAWholeCheckAroundNewerConstructs) {
  const std::string text =
      "type shape = Dot | Box of { w : int; mutable h : int }\n"
      "let area = function Dot -> 0 | Box { w; h } -> w * h\n"
      "let force_plus = function lazy x -> x + 1\n"
      "let first (lazy (a, _)) = a\n"
      "open (List : sig val map : ('a -> 'b) -> 'a list -> 'b list end)\n"
      "let l = map succ [0; 1]\n"
      "type names = Set.Make(String).t\n"
      "module S = Set.Make (String)\n"
      "let none : names = S.empty\n"
      "let v = let open (struct let q = 3 end : sig val q : int end) in q + 1\n"
      "let e = [%extension_constructor Not_found]\n"
      "let tag = `A 1\n"
      "let tag2 = `B 2\n"
      "type color = ..\n"
      "type color += Red\n"
      "let red = Red\n"
      "external ( +! ) : int -> int -> int = \"%addint\"\n"
      "module Text = struct include String let shout s = uppercase_ascii s end\n"
      "include struct let inc = 1 end\n"
      "open struct type t = T let hidden = T end\n"
      "let total = area (Box { w = 2; h = 3 }) + force_plus (lazy 1) + v + (inc +! 1)\n";
  Stats stats;
  OnLargeStack([&] {
    for (unsigned seed = 1; seed <= 4; ++seed)
      EditAndCompare("newer.ml", text, 60, seed, &stats, /*from_original=*/seed % 2 == 0);
  });
  std::cout << stats.Summary() << "\n";
}

TEST(IncrementalCheck, OneEditAtATimeIsMostlyCheckedAlone) {
  Stats stats;
  OnLargeStack([&] {
    for (unsigned seed = 1; seed <= 4; ++seed)
      EditAndCompare("many.ml", ManyItems(12), 150, seed, &stats, /*from_original=*/true);
  });
  // Many edits stay within an item and keep what later items see: the point
  // of it all. (The others here break the syntax, rename a binding or
  // change a type a later item uses; each is refused for its reason.)
  EXPECT_GT(stats.incremental * 3, stats.steps) << stats.Summary();
  std::cout << stats.Summary() << "\n";
}

TEST(IncrementalCheck, AgreesWithAWholeCheckOnTheCorpusAndExamples) {
  std::vector<std::filesystem::path> files;
  for (const char* dir : {MLHINT_EXAMPLES_DIR, MLHINT_CONFORMANCE_DIR})
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
      if (entry.path().extension() == ".ml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  ASSERT_GT(files.size(), 50u);
  Stats stats;
  OnLargeStack([&] {
    unsigned seed = 0;
    for (const auto& path : files) {
      std::ifstream in(path, std::ios::binary);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      EditAndCompare(path.filename().string(), text, 30, ++seed, &stats);
      if (::testing::Test::HasFatalFailure()) return;
    }
  });
  EXPECT_GT(stats.incremental, 0);
}

// The cases the whole check must handle, each shown once.
TEST(IncrementalCheck, EditsThatNeedAWholeCheck) {
  OnLargeStack([] {
    CheckOptions options;
    std::string text = "let f x = x + 1\nlet g y = f y\n";
    std::unique_ptr<IncrementalCheck> check = IncrementalCheck::Full("a.ml", text, options);
    ASSERT_EQ(check->item_count(), 2u);
    // Within f, same type: checked alone.
    EXPECT_TRUE(check->Update("let f x = x + 2\nlet g y = f y\n"));
    // f's type changes and g uses f: g is typed again with it (below); an
    // edit of g meanwhile, everything again.
    EXPECT_TRUE(check->Update("let f x = x +. 2.\nlet g y = f y\n"));
    EXPECT_FALSE(check->Update("let f x = x +. 2.\nlet g y = f (y)\n"));
    // Across two items.
    EXPECT_FALSE(check->Update("let f x = x + 2 y = f y\n"));
    // A new item.
    EXPECT_FALSE(check->Update("let f x = x + 2\nlet h = 1\nlet g y = f y\n"));
    // A type declaration.
    EXPECT_FALSE(check->Update("type f = int\nlet g y = f y\n"));
    // A syntax error.
    EXPECT_FALSE(check->Update("let f x = x + \nlet g y = f y\n"));
  });
}

TEST(IncrementalCheck, AHintAtTheBindingOfAnEarlierItem) {
  OnLargeStack([] {
    CheckOptions options;
    std::unique_ptr<IncrementalCheck> check =
        IncrementalCheck::Full("a.ml", "let count = 0\nlet bump () = count := 1\n", options);
    std::string edited = "let count = 0\nlet bump () = count := 2\n";
    // The hint (`ref' at the binding of count) re-types from the earlier
    // item: only a whole check has its text.
    bool alone = check->Update(edited);
    EXPECT_FALSE(alone);
    if (!alone) check = IncrementalCheck::Full("a.ml", edited, options);
    std::unique_ptr<IncrementalCheck> whole = IncrementalCheck::Full("a.ml", edited, options);
    EXPECT_EQ(Describe(check->diagnostics()), Describe(whole->diagnostics()));
    ASSERT_EQ(whole->diagnostics().size(), 1u);
    ASSERT_EQ(whole->diagnostics()[0].children.size(), 1u);
    EXPECT_EQ(whole->diagnostics()[0].children[0].hint_id, "ref-create");
  });
}

TEST(IncrementalCheck, AnErrorInAnItemNothingLaterUsesIsCheckedAlone) {
  OnLargeStack([] {
    CheckOptions options;
    std::string text =
        "let unused () = let t = 1 in 2\nlet mean a b = (a +. b) /. 2.0\nlet z = 3\n";
    std::unique_ptr<IncrementalCheck> check = IncrementalCheck::Full("a.ml", text, options);
    ASSERT_EQ(check->diagnostics().size(), 1u);  // unused variable t
    std::string broken =
        "let unused () = let t = 1 in 2\nlet mean a b = (a +. b) / 2.0\nlet z = 3\n";
    ASSERT_TRUE(check->Update(broken));
    std::unique_ptr<IncrementalCheck> whole = IncrementalCheck::Full("a.ml", broken, options);
    EXPECT_EQ(Describe(check->diagnostics()), Describe(whole->diagnostics()));
    // The error (both operands of /, one diagnostic: one edit, `/.`, fixes
    // both) hides the unused-variable warning, as in a whole check.
    ASSERT_EQ(check->diagnostics().size(), 1u);
    for (const CheckedDiagnostic& d : check->diagnostics()) EXPECT_TRUE(d.is_error) << d.message;
    ASSERT_TRUE(check->Update(text));
    EXPECT_EQ(check->diagnostics().size(), 1u) << Describe(check->diagnostics());
    EXPECT_FALSE(check->diagnostics()[0].is_error);
  });
}

}  // namespace
}  // namespace mlhint::lsp
