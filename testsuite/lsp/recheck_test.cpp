// Unit tests of the editor's item-by-item checks: a file checked item by
// item (typing::ItemwiseCheck), then an item typed again alone in the
// place of another, and the values it binds compared (RecheckItem).

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lsp/recheck.h"
#include "parser/parse.h"
#include "support/source.h"
#include "testsuite/unit/typing_fixture.h"
#include "typing/itemwise.h"
#include "typing/prelude.h"
#include "typing/typer.h"

namespace mlhint::lsp {
namespace {

using typing::CheckOptions;
using typing::FileOutcome;
using typing::ItemOutcome;
using typing::ItemwiseCheck;
using typing::kNone;
using typing::Namespace;
using typing::Prelude;
using typing::Typer;
using typing::ValueId;

// A file checked item by item, as the language server checks it.
struct CheckedFile {
  explicit CheckedFile(std::string text) : source("f.ml", std::move(text)), parsed(Parse(source)) {
    EXPECT_FALSE(parsed.error.has_value());
    typer = std::make_unique<Typer>(source, parsed.ast, Prelude::Get(), CheckOptions{});
    items = std::make_unique<ItemwiseCheck>(*typer);
    EXPECT_TRUE(items->CanTypeAlone());
    outcome = items->CheckFile();
  }

  ValueId Lookup(std::string_view name) const { return typer->env().Find(Namespace::Value, name); }
  std::string TypeOf(std::string_view name) {
    ValueId v = Lookup(name);
    if (v == kNone) return "<unbound>";
    return typing::Print(typer->printer().SchemeTree(typer->env().values[v].type));
  }

  struct Result {
    std::optional<Rechecked> rechecked;
    bool called = false;
    bool error = false;
    size_t diagnostics = 0;
  };
  // Re-checks `text` (one item) in the place of item `index`.
  Result Recheck(size_t index, const std::string& text) {
    SourceBuffer src("f.ml", text);
    ParseResult p = Parse(src);
    EXPECT_FALSE(p.error.has_value()) << text;
    Result r;
    r.rechecked =
        RecheckItem(*items, index, src, p.ast, p.ast.at(p.ast.structure, 0), [&](ItemOutcome& o) {
          r.called = true;
          r.error = o.error;
          r.diagnostics = o.diagnostics.size();
        });
    return r;
  }

  SourceBuffer source;
  ParseResult parsed;
  std::unique_ptr<Typer> typer;
  std::unique_ptr<ItemwiseCheck> items;
  FileOutcome outcome;
};

TEST(RecheckTest, CheckFileReportsEachItem) {
  CheckedFile f("let x = 1\nlet y = x +. 1.0\nlet z = x\n");
  ASSERT_EQ(f.outcome.items.size(), 3u);
  EXPECT_FALSE(f.outcome.items[0].error);
  EXPECT_TRUE(f.outcome.items[1].error);
  EXPECT_EQ(f.outcome.items[1].diagnostics.size(), 1u);
  EXPECT_FALSE(f.outcome.items[2].error);
  EXPECT_EQ(f.outcome.first_weak_item, 3u);
  ASSERT_EQ(f.items->ItemValues(0).size(), 1u);
  EXPECT_EQ(f.items->ItemValues(0)[0], f.Lookup("x"));
  EXPECT_EQ(f.items->ItemValues(2)[0], f.Lookup("z"));
  EXPECT_TRUE(f.items->ItemValues(3).empty());
}

TEST(RecheckTest, SameTypes) {
  CheckedFile f("let x = 1\nlet f y = y\nlet z = x + 1\n");
  CheckedFile::Result r = f.Recheck(0, "let x = 2");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.called);
  EXPECT_FALSE(r.error);
  EXPECT_TRUE(r.rechecked->same_names);
  EXPECT_TRUE(r.rechecked->same_types);
  EXPECT_FALSE(r.rechecked->weak);

  // Generic variables renamed are the same scheme.
  r = f.Recheck(1, "let f a = let b = a in b");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->same_names);
  EXPECT_TRUE(r.rechecked->same_types);
}

TEST(RecheckTest, ChangedType) {
  CheckedFile f("let x = 1\nlet f y = y\nlet z = x + 1\n");
  CheckedFile::Result r = f.Recheck(0, "let x = \"one\"");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->same_names);
  EXPECT_FALSE(r.rechecked->same_types);

  r = f.Recheck(1, "let f y = y + 1");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->same_names);
  EXPECT_FALSE(r.rechecked->same_types);

  r = f.Recheck(1, "let f y z = y");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_FALSE(r.rechecked->same_types);
}

TEST(RecheckTest, RenamedBinding) {
  CheckedFile f("let x = 1\nlet f y = y\nlet z = x + 1\n");
  CheckedFile::Result r = f.Recheck(0, "let w = 1");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_FALSE(r.rechecked->same_names);
  EXPECT_FALSE(r.rechecked->same_types);

  r = f.Recheck(0, "let x = 1 and w = 2");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_FALSE(r.rechecked->same_names) << "one binding more";

  r = f.Recheck(0, "let () = ()");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_FALSE(r.rechecked->same_names) << "one binding fewer";
}

TEST(RecheckTest, SameNamesInAnotherOrder) {
  CheckedFile f("let a = 1 and b = \"s\"\nlet c = a\n");
  CheckedFile::Result r = f.Recheck(0, "let b = \"t\" and a = 2");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->same_names);
  EXPECT_TRUE(r.rechecked->same_types);
}

TEST(RecheckTest, EnvironmentAfterRecheckIsUnchanged) {
  CheckedFile f("let x = 1\nlet f y = y\nlet x = \"later\"\nlet z = x\n");
  ValueId x_later = f.Lookup("x"), fv = f.Lookup("f"), z = f.Lookup("z");
  ASSERT_NE(x_later, kNone);
  size_t mark = f.typer->env().Save();
  std::string x_type = f.TypeOf("x"), f_type = f.TypeOf("f");
  EXPECT_EQ(x_type, "string");
  EXPECT_EQ(f_type, "'a -> 'a");

  for (const char* text : {"let w = 1.5", "let f y = y + 1", "let f = 3", "let x = [1]"}) {
    CheckedFile::Result r = f.Recheck(1, text);
    ASSERT_TRUE(r.rechecked.has_value()) << text;
    EXPECT_EQ(f.typer->env().Save(), mark) << text;
    EXPECT_EQ(f.Lookup("x"), x_later) << text;
    EXPECT_EQ(f.Lookup("f"), fv) << text;
    EXPECT_EQ(f.Lookup("z"), z) << text;
    EXPECT_EQ(f.Lookup("w"), kNone) << text;
    EXPECT_EQ(f.TypeOf("x"), x_type) << text;
    EXPECT_EQ(f.TypeOf("f"), f_type) << text;
    EXPECT_EQ(f.TypeOf("z"), "string") << text;
  }
  // The environment of each item is still there for the next re-check.
  CheckedFile::Result again = f.Recheck(1, "let f y = y");
  ASSERT_TRUE(again.rechecked.has_value());
  EXPECT_TRUE(again.rechecked->same_types);
}

TEST(RecheckTest, AnItemSeesOnlyTheItemsBeforeIt) {
  CheckedFile f("let x = 1\nlet y = x\nlet x = \"s\"\nlet later = 2\n");
  // Before item 1, x is the int of item 0: the later string x is set aside.
  CheckedFile::Result r = f.Recheck(1, "let y = x + 1");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_FALSE(r.error);
  EXPECT_TRUE(r.rechecked->same_types);
  ASSERT_EQ(r.rechecked->uses.size(), 2u);  // x and (+)
  EXPECT_NE(
      std::find(r.rechecked->uses.begin(), r.rechecked->uses.end(), f.items->ItemValues(0)[0]),
      r.rechecked->uses.end());

  r = f.Recheck(1, "let y = later");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.error) << "a later item's name is unbound";
  EXPECT_EQ(r.diagnostics, 1u);
  EXPECT_EQ(f.Lookup("later"), f.items->ItemValues(3)[0]);
}

TEST(RecheckTest, ALaterItemsConstructorsAndTypesAreSetAside) {
  CheckedFile f("let x = 1\ntype t = A\nlet y = A\n");
  CheckedFile::Result r = f.Recheck(0, "let x = A");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.error) << "the constructor A of a later item is unbound";
  r = f.Recheck(0, "let x = fun (v : t) -> v");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.error) << "the type t of a later item is unbound";
  // Afterwards they are back.
  EXPECT_NE(f.typer->env().Find(Namespace::Constructor, "A"), kNone);
  EXPECT_NE(f.typer->env().Find(Namespace::Type, "t"), kNone);
  r = f.Recheck(2, "let y = A");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_FALSE(r.error);
  EXPECT_TRUE(r.rechecked->same_types);
}

TEST(RecheckTest, ClashValuesAndWeakness) {
  CheckedFile f("let x = 1\nlet y = x + 1\n");
  CheckedFile::Result r = f.Recheck(1, "let y = x +. 1.0");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.error);
  EXPECT_EQ(r.rechecked->clash_values, std::vector<ValueId>{f.items->ItemValues(0)[0]});

  r = f.Recheck(1, "let y = ref []");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->weak);
  EXPECT_FALSE(r.rechecked->same_types);
  EXPECT_EQ(f.TypeOf("y"), "int");

  CheckedFile w("let r = ref []\nlet s = 1\n");
  EXPECT_EQ(w.outcome.first_weak_item, 0u);
  r = w.Recheck(0, "let r = ref []");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->weak);
  EXPECT_FALSE(r.rechecked->same_types) << "a weak variable may be bound by a later item";
}

TEST(RecheckTest, OnlyItemsThatBindValues) {
  CheckedFile f("type t = A\nlet x = A\n");
  EXPECT_FALSE(f.Recheck(0, "type t = B").rechecked.has_value());
  EXPECT_FALSE(f.Recheck(1, "type u = C").rechecked.has_value());
  EXPECT_FALSE(f.Recheck(2, "let x = 1").rechecked.has_value()) << "no such item";
  CheckedFile::Result r = f.Recheck(1, "let x = A");
  ASSERT_TRUE(r.rechecked.has_value());
  EXPECT_TRUE(r.rechecked->same_types);
}

}  // namespace
}  // namespace mlhint::lsp
