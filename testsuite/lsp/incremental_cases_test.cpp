// Incremental checking (lsp/incremental.h) on particular cases: an item
// repaired by a hint, types and names changed under the items that use
// them, an interface file, fix-its, hovers, refusals said once. Each answer
// is compared with a whole check's, as in incremental_test.cpp.

#include <gtest/gtest.h>

#include <string>

#include "incremental_walk.h"

namespace mlhint::lsp {
namespace {

// An item whose first error has a verified fix-it binds its names with the
// types they have once it is fixed (Typer::ContinueAsRepaired, which sets
// ValueDesc::type in place). Checking items again alone must never see a
// type left over from another typing: after edits of the erroneous item
// (keeping its error, fixing it, breaking it again) and of later items that
// use it or not, every answer is the whole check's.
TEST(IncrementalCheck, ARepairedItemAndEditsAfterIt) {
  OnLargeStack([] {
    CheckOptions options;
    const std::vector<std::string> texts = {
        "let a = 1l\nlet f x = Int32.add x 3\nlet g y = f y\nlet h = 2\n",
        "let a = 1l\nlet f x = Int32.add x 3\nlet g y = f y\nlet h = 25\n",       // a later item
        "let a = 1l\nlet f x = Int32.add x 3\nlet g y = f (f y)\nlet h = 25\n",   // one that uses f
        "let a = 1l\nlet f x = Int32.add x 4\nlet g y = f (f y)\nlet h = 25\n",   // the error, kept
        "let a = 1l\nlet f x = Int32.add x 4l\nlet g y = f (f y)\nlet h = 25\n",  // fixed
        "let a = 1l\nlet f x = Int32.add x 4l\nlet g y = f (f y) \nlet h = 25\n",  // blanks
        "let a = 1l\nlet f x = Int32.add x 5\nlet g y = f (f y) \nlet h = 25\n",   // broken again
        "let a = 1l\nlet f x = Int32.add x 5\nlet g y = f (f y) \nlet h = 2\n",
        "let a = 1l\nlet f x = Int32.add x 5\nlet g y = f (f 1) \nlet h = 2\n",  // a new error in g
        "let a = 1l\nlet f x = Int32.add x 5\nlet g y = f (f a) \nlet h = 2\n",
    };
    std::unique_ptr<IncrementalCheck> kept = IncrementalCheck::Full("a.ml", texts[0], options);
    int alone = 0;
    for (size_t i = 1; i < texts.size(); ++i) {
      const std::string& text = texts[i];
      if (kept->Update(text))
        ++alone;
      else
        kept = IncrementalCheck::Full("a.ml", text, options);
      std::unique_ptr<IncrementalCheck> whole = IncrementalCheck::Full("a.ml", text, options);
      ASSERT_EQ(Describe(kept->diagnostics()), Describe(whole->diagnostics())) << text;
      ASSERT_FALSE(whole->diagnostics().empty() && text.find("4l") == std::string::npos) << text;
      for (uint32_t offset = 0; offset < text.size(); ++offset) {
        CompareQuestions(*kept, *whole, offset, std::to_string(offset) + " in\n" + text);
        if (::testing::Test::HasFatalFailure()) return;
      }
      // `f' is int32 -> int32 wherever it is used: the repaired type.
      bool stale = false;
      size_t use = text.find("f (f") + 3;
      std::optional<HoverText> hover = kept->Hover(static_cast<uint32_t>(use), &stale);
      if (!stale && text.find("f (f") != std::string::npos) {
        ASSERT_TRUE(hover.has_value()) << text;
        EXPECT_NE(hover->code.find("int32 -> int32"), std::string::npos) << hover->code;
      }
    }
    EXPECT_GT(alone, 4);
  });
}

// Moves `check` to each text in turn, every edit taken item by item, and
// compares what it says then with a whole check of that text.
void UpdateAndCompare(IncrementalCheck& check, const std::vector<std::string>& texts,
                      const CheckOptions& options) {
  for (const std::string& text : texts) {
    ASSERT_TRUE(check.Update(text)) << check.refusal() << "\n" << text;
    ASSERT_EQ(Describe(check.diagnostics()),
              Describe(IncrementalCheck::Full("a.ml", text, options)->diagnostics()))
        << text;
  }
}

// An item whose types change: the later items that use them, directly or
// through another, and those with an error (whose hints may name them) are
// typed again with the new types; the others keep what the whole check
// said. Back to the old types, they all have the whole check's outcome.
TEST(IncrementalCheck, AChangedTypeRetypesTheItemsThatUseIt) {
  OnLargeStack([] {
    CheckOptions options;
    auto program = [](const std::string& f) {
      return "let f x = " + f +
             "\n"
             "let g y = f y\n"
             "let h = g 3\n"
             "let k = String.length 4\n"
             "let m = 2 + 2\n";
    };
    std::unique_ptr<IncrementalCheck> check =
        IncrementalCheck::Full("a.ml", program("x + 1"), options);
    ASSERT_EQ(check->item_count(), 5u);
    // f : float -> float: g's type changes, and h's application of it is
    // an error now.
    UpdateAndCompare(*check, {program("x +. 1.")}, options);
    ASSERT_EQ(check->diagnostics().size(), 2u);
    EXPECT_NE(check->diagnostics()[0].message.find("float"), std::string::npos);
    // Questions about an item typed with other types than the Typer's are
    // answered by a whole check.
    bool stale = false;
    std::string text = program("x +. 1.");
    check->TypeAt(static_cast<uint32_t>(text.find("g 3")), &stale);
    EXPECT_TRUE(stale);
    // Another type, then the old one again.
    UpdateAndCompare(*check, {program("String.length x"), program("x + 2")}, options);
    text = program("x + 2");
    check->TypeAt(static_cast<uint32_t>(text.find("g 3")), &stale);
    EXPECT_FALSE(stale);
  });
}

// `[@tailcall]`'s warning 51 comes from a pass after the typing, over the
// whole tree: the editor gives it as the command line does.
TEST(IncrementalCheck, TailcallWarningsAsTheCommandLineGivesThem) {
  OnLargeStack([] {
    CheckOptions options;
    std::string text = "let rec f x = if x = 0 then 0 else 1 + (f [@tailcall]) (x - 1)\n";
    std::unique_ptr<IncrementalCheck> check = IncrementalCheck::Full("a.ml", text, options);
    ASSERT_EQ(check->diagnostics().size(), 1u);
    EXPECT_EQ(check->diagnostics()[0].message, "expected tailcall");
    // Characters 39-62, as ocamlc -c 4.13.1 places it.
    ASSERT_TRUE(check->diagnostics()[0].span.has_value());
    EXPECT_EQ(check->diagnostics()[0].span->begin, 39u);
    EXPECT_EQ(check->diagnostics()[0].span->end, 62u);
  });
}

// An item that binds other names: the later items that used a name it no
// longer binds, and those whose text names one it binds anew, are typed
// again (a name bound anew may be one they referred to).
TEST(IncrementalCheck, ANameRenamedRetypesTheItemsThatNameIt) {
  OnLargeStack([] {
    CheckOptions options;
    auto program = [](const std::string& name) {
      return "let half = 1\n"
             "let " +
             name +
             " a = a / 2\n"
             "let y = average 4 + 1\n"
             "let z = [half]\n";
    };
    std::unique_ptr<IncrementalCheck> check =
        IncrementalCheck::Full("a.ml", program("average"), options);
    ASSERT_EQ(check->item_count(), 4u);
    ASSERT_TRUE(check->diagnostics().empty());
    UpdateAndCompare(*check, {program("half"), program("avg"), program("average"), program("half")},
                     options);
    // With `half` the function, `average` is unbound (and z a list of
    // functions): one error.
    ASSERT_EQ(check->diagnostics().size(), 1u);
    EXPECT_EQ(check->diagnostics()[0].message, "Unbound value average");
    // An edit of another item meanwhile: the whole check.
    EXPECT_FALSE(check->Update(program("half") + "let w = 1\n"));
  });
}

// A type declaration edited: the items that name its type, constructors
// or fields are typed again with the new declaration, and those that use
// their values in turn; the others keep what the whole check said.
TEST(IncrementalCheck, ATypeDeclarationEditedRetypesTheItemsThatNameIt) {
  OnLargeStack([] {
    CheckOptions options;
    auto program = [](const std::string& arg) {
      return "type shape = Circle of " + arg +
             " | Square of float\n"
             "let area s = match s with Circle r -> r *. r | Square a -> a *. a\n"
             "let unit_area = area (Circle 1.0)\n"
             "let other = String.length 3\n";
    };
    std::unique_ptr<IncrementalCheck> check =
        IncrementalCheck::Full("a.ml", program("float"), options);
    ASSERT_EQ(check->item_count(), 4u);
    UpdateAndCompare(*check, {program("int"), program("float")}, options);
    // Back to `float`: only `other`'s error.
    ASSERT_EQ(check->diagnostics().size(), 1u);
    // A type declared again is another type: until the whole check, an
    // edit elsewhere is checked whole too.
    EXPECT_FALSE(check->Update(program("float") + "let w = 1\n"));
  });
}

// An implementation with an interface file: its items are checked alone
// while the values keep their types (how they match the interface stays
// what it was), and the answer is always a whole check's.
TEST(IncrementalCheck, AgreesWithAWholeCheckWithAnInterfaceFile) {
  SourceBuffer interface("many.mli",
                         "val sum0 : int list -> int\n"
                         "val total0 : int\n"
                         "val mean0 : float -> float -> float\n"
                         "val label0 : int -> string\n"
                         "val tick1 : unit -> int\n");
  CheckOptions options;
  options.interface_file = &interface;
  Stats stats;
  OnLargeStack([&] {
    for (unsigned seed = 1; seed <= 4; ++seed)
      EditAndCompare("many.ml", ManyItems(3), 100, seed, &stats, /*from_original=*/seed % 2 == 1,
                     options);
  });
  EXPECT_GT(stats.incremental, 0) << stats.Summary();
  std::cout << stats.Summary() << "\n";
  // How the items match it is said after them.
  SourceBuffer lacking("a.mli", "val f : int -> int\nval g : int\n");
  options.interface_file = &lacking;
  std::unique_ptr<IncrementalCheck> check =
      IncrementalCheck::Full("a.ml", "let f x = x + 1\n", options);
  ASSERT_EQ(check->diagnostics().size(), 1u);
  EXPECT_NE(check->diagnostics()[0].message.find("The value `g' is required but not provided"),
            std::string::npos)
      << check->diagnostics()[0].message;
  // An item that keeps its types is checked alone; one whose types change
  // must match the interface again: a whole check.
  SourceBuffer matched("a.mli", "val f : int -> int\n");
  options.interface_file = &matched;
  check = IncrementalCheck::Full("a.ml", "let f x = x + 1\n", options);
  EXPECT_TRUE(check->diagnostics().empty());
  EXPECT_TRUE(check->Update("let f x = x + 2\n"));
  EXPECT_FALSE(check->Update("let f x = x +. 2.\n"));
}

// A blank typed right where a fix-it inserts (after `0xFF00`, which wants
// an `l`): the place to insert at stays before the blank, as a whole check
// of the new text puts it (it moved past the blank, after its own end).
TEST(IncrementalCheck, ABlankWhereAFixItInserts) {
  OnLargeStack([] {
    CheckOptions options;
    std::unique_ptr<IncrementalCheck> check =
        IncrementalCheck::Full("a.ml", "let low_mask : int32 = 0xFF00\n", options);
    UpdateAndCompare(*check, {"let low_mask : int32 = 0xFF00 \n"}, options);
  });
}

// An edit undone gives the item back as the whole check left it: not an
// item checked again alone any more (the questions about it are answered
// from the whole check, without typing it again).
TEST(IncrementalCheck, AnEditUndoneIsTheWholeChecksAgain) {
  OnLargeStack([] {
    CheckOptions options;
    std::string text = "let f x = x + 1\nlet g y = f y\n";
    std::unique_ptr<IncrementalCheck> check = IncrementalCheck::Full("a.ml", text, options);
    UpdateAndCompare(*check, {"let f x = x + 12\nlet g y = f y\n"}, options);
    bool stale = false;
    ASSERT_FALSE(check->Program(&stale).has_value());
    EXPECT_TRUE(stale);  // f was checked again alone
    UpdateAndCompare(*check, {text}, options);
    EXPECT_TRUE(check->Program(&stale).has_value());
    EXPECT_FALSE(stale);
    // Also after its new types made the items after it typed again.
    UpdateAndCompare(*check, {"let f x = x +. 1.\nlet g y = f y\n", text}, options);
    EXPECT_TRUE(check->Program(&stale).has_value());
  });
}

// The hints of an item's errors are verified by typing it again, and the
// values made then stay in the environment's table: a question about a
// place must not find one of them instead of the file's own. (Found by the
// random edits: a blank put before this program changed the type a hover
// gave its parameter.)
TEST(IncrementalCheck, AHoverFindsTheFilesOwnValueNotOneOfAHintsRetyping) {
  OnLargeStack([] {
    CheckOptions options;
    std::string text =
        "let summary items =0 + 1\n  \"Items: \"\n  ^ List.fold_left\n"
        "      (fun acc (_, qty) -> acc + qty)\n      0\n   items\n";
    uint32_t at = static_cast<uint32_t>(text.find("items"));
    std::unique_ptr<IncrementalCheck> check = IncrementalCheck::Full("a.ml", text, options);
    bool stale = false;
    std::optional<HoverText> hover = check->Hover(at, &stale);
    ASSERT_TRUE(hover.has_value());
    // Its function could not be typed: its type variable is not generalised,
    // and the check after the items named it weak.
    EXPECT_EQ(hover->code, "('weak1 * int) list");
    ASSERT_TRUE(check->Update(" " + text));
    hover = check->Hover(at + 1, &stale);
    ASSERT_TRUE(hover.has_value());
    EXPECT_EQ(hover->code, "('weak1 * int) list");
    EXPECT_EQ(Describe(hover),
              Describe(IncrementalCheck::Full("a.ml", " " + text, options)->Hover(at + 1, &stale)));
  });
}

// An edited item in error whose values change has the later items in error
// typed again after it. Its clashes left the output with its diagnostics:
// they pointed at them by index, and the later item's dropped diagnostics
// (after its first error's repair) took those indices, so the clashes of
// both were dropped past the later item's first one (a crash; found by the
// random edits).
TEST(IncrementalCheck, AnItemInErrorAfterAnEditedOneInError) {
  OnLargeStack([] {
    CheckOptions options;
    auto program = [](const std::string& guard) {
      return "let describe = function\n  | [||] -> \" *.empty\"\n   +. 1.| [| _ |] -> \"one\"\n"
             "  | [| a; b |] when " +
             guard +
             " -> \"\npa;ir of eals\"\n  | [| _; _ |] -> \"ir\"\n  | _ -> \"many\"\n\n"
             "let sum4 a = match a with [| x; y; z |] -> x + y +. z | _ -> 0\n";
    };
    std::unique_ptr<IncrementalCheck> check =
        IncrementalCheck::Full("a.ml", program("a = b"), options);
    UpdateAndCompare(*check, {program("a "), program("a = b")}, options);
  });
}

// A repair of an item in error is weighed by the errors it leaves in the
// later items that use its values: `*' for `*.' here, since `a' multiplies
// ints. Typed alone, the item would not see them (and would offer
// `Float.rem'): the edit is checked whole.
TEST(IncrementalCheck, AnErrorWhoseHintsWeighTheLaterItems) {
  OnLargeStack([] {
    CheckOptions options;
    auto program = [](const std::string& times) {
      return "let ( +! ) a b = (a + b) mod 1000\nlet ( *! ) a b = (a " + times +
             " b) mod 1000\nlet a = 2 +! 3 *! 4\n";
    };
    std::unique_ptr<IncrementalCheck> check = IncrementalCheck::Full("a.ml", program("*"), options);
    EXPECT_FALSE(check->Update(program("*.")));
    std::string whole =
        Describe(IncrementalCheck::Full("a.ml", program("*."), options)->diagnostics());
    EXPECT_NE(whole.find("Did you mean to use `*'?"), std::string::npos) << whole;
    // Nothing later uses it: checked alone.
    auto unused = [](const std::string& times) {
      return "let ( +! ) a b = (a + b) mod 1000\nlet ( *! ) a b = (a " + times +
             " b) mod 1000\nlet b = 2 +! 2\n";
    };
    check = IncrementalCheck::Full("a.ml", unused("*"), options);
    UpdateAndCompare(*check, {unused("*.")}, options);
  });
}

// A blank typed where a node starts: the offsets of the new blanks have no
// place in the whole check's text (the node starting there does not hold
// them now), so what is asked there is not answered from it.
TEST(IncrementalCheck, QuestionsInBlanksJustTyped) {
  OnLargeStack([] {
    CheckOptions options;
    std::string text = "let f l =\n  let module H = Hashtbl in\n  let h = H.create 16 in\n  h\n";
    std::unique_ptr<IncrementalCheck> check = IncrementalCheck::Full("a.ml", text, options);
    uint32_t p = static_cast<uint32_t>(text.find("let h"));
    text.insert(p, " ");
    ASSERT_TRUE(check->Update(text));
    std::unique_ptr<IncrementalCheck> whole = IncrementalCheck::Full("a.ml", text, options);
    for (uint32_t at : {p - 1, p, p + 1, p + 2})
      CompareQuestions(*check, *whole, at, "offset " + std::to_string(at));
    // On the name after them, the kept check answers.
    bool stale = false;
    ASSERT_TRUE(check->TypeAt(p + 2, &stale).has_value());
    EXPECT_FALSE(stale);
  });
}

// The hint searches of one check have a budget (in bytes typed again): in a
// file of many errors, the items after it is spent get OCaml's messages
// without a search. An item typed alone starts a budget afresh, so where
// the whole check spent half of it, an edit is checked whole.
TEST(IncrementalCheck, AnEditWhereTheHintSearchesRanOutOfBudget) {
  OnLargeStack([] {
    // Each search costs at least its item's size per try: large items
    // (a long string) spend the budget in fewer of them.
    std::string padding(64 * 1024, 'p');
    auto program = [&](const std::string& last) {
      std::string text;
      for (int i = 0; i < 120; ++i) {
        std::string k = std::to_string(i);
        text += "let f" + k + " x y = let s = \"" + padding +
                "\" in let z = x +. y in let w = z ^ s in w + List.length [x; y] * " +
                (i == 119 ? last : "2") + "\n";
      }
      return text;
    };
    CheckOptions options;
    std::unique_ptr<IncrementalCheck> check = IncrementalCheck::Full("a.ml", program("2"), options);
    std::string edited = program("3");
    if (!check->Update(edited)) check = IncrementalCheck::Full("a.ml", edited, options);
    std::string whole = Describe(IncrementalCheck::Full("a.ml", edited, options)->diagnostics());
    EXPECT_EQ(Describe(check->diagnostics()), whole);
  });
}

// A library module outside the subset is said to be so at its first use
// only: typed alone, the item that said it would see it as said already.
TEST(IncrementalCheck, ALibraryModuleOutsideTheSubsetSaidOnce) {
  OnLargeStack([] {
    CheckOptions options;
    options.prelude = &typing::Prelude::Get();
    std::string edited = "let a = Oo.copyx\nlet b = Oo.id\n";
    std::unique_ptr<IncrementalCheck> check =
        IncrementalCheck::Full("a.ml", "let a = Oo.copy\nlet b = Oo.id\n", options);
    if (!check->Update(edited)) check = IncrementalCheck::Full("a.ml", edited, options);
    std::unique_ptr<IncrementalCheck> whole = IncrementalCheck::Full("a.ml", edited, options);
    ASSERT_EQ(whole->diagnostics().size(), 1u);
    EXPECT_EQ(Describe(check->diagnostics()), Describe(whole->diagnostics()));
  });
}

// A construct outside the subset is said once in a file: typed alone, a
// later item that uses it would say it again (also when the edit makes
// that item use it for the first time).
TEST(IncrementalCheck, AConstructOutsideTheSubsetSaidOnce) {
  OnLargeStack([] {
    CheckOptions options;
    options.prelude = &typing::Prelude::Get();
    for (const char* before : {"let a = object end\nlet b = object method m = 2 end\n",
                               "let a = object end\nlet b = B 22\n"}) {
      std::string edited = "let a = object end\nlet b = object method m = 22 end\n";
      std::unique_ptr<IncrementalCheck> check = IncrementalCheck::Full("a.ml", before, options);
      if (!check->Update(edited)) check = IncrementalCheck::Full("a.ml", edited, options);
      std::unique_ptr<IncrementalCheck> whole = IncrementalCheck::Full("a.ml", edited, options);
      ASSERT_EQ(whole->diagnostics().size(), 1u);
      EXPECT_EQ(Describe(check->diagnostics()), Describe(whole->diagnostics())) << before;
    }
  });
}

// A message that names a line by its number (a signature mismatch's
// "Expected declaration" location) is stale once a line is added above it.
TEST(IncrementalCheck, AMessageThatNamesALineAfterLinesMoved) {
  OnLargeStack([] {
    CheckOptions options;
    options.prelude = &typing::Prelude::Get();
    std::string before = "let a = 1\nlet v = let open (struct end : sig val q : int end) in q\n";
    std::string edited = "let a =\n1\nlet v = let open (struct end : sig val q : int end) in q\n";
    std::unique_ptr<IncrementalCheck> check = IncrementalCheck::Full("a.ml", before, options);
    if (!check->Update(edited)) check = IncrementalCheck::Full("a.ml", edited, options);
    std::unique_ptr<IncrementalCheck> whole = IncrementalCheck::Full("a.ml", edited, options);
    ASSERT_FALSE(whole->diagnostics().empty());
    EXPECT_EQ(Describe(check->diagnostics()), Describe(whole->diagnostics()));
  });
}

}  // namespace
}  // namespace mlhint::lsp
