// `mlhint lsp` on a project: a document uses the modules of the other `.ml`
// files of its directory (from the disk, or from the editor when they are
// open), as `mlhint a.ml b.ml` does, and is checked again when a unit it
// uses changes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "testsuite/lsp/lsp_process.h"

namespace mlhint::testing {
namespace {

namespace fs = std::filesystem;

class LspWorkspace : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("mlhint-workspace-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  std::string Uri(const std::string& name) const { return "file://" + (dir_ / name).string(); }
  void Open(LspProcess& lsp, const std::string& name, const std::string& text) {
    lsp.Notify(
        "textDocument/didOpen",
        json{{"textDocument",
              {{"uri", Uri(name)}, {"languageId", "ocaml"}, {"version", 1}, {"text", text}}}});
  }
  static std::vector<std::string> Messages(const json& published) {
    std::vector<std::string> messages;
    for (const json& d : published["diagnostics"])
      messages.push_back(d["message"].get<std::string>());
    return messages;
  }
  fs::path dir_;
};

const char kMoney[] = "type t = { cents : int }\nlet make c = { cents = c }\n";

// Both checked with ocamlc 4.13.1 (`ocamlc -c money.ml main.ml`): the same
// error, at the same place.
TEST_F(LspWorkspace, ADocumentUsesTheUnitsOfItsDirectoryFromTheDisk) {
  Write("money.ml", kMoney);
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, "main.ml", "let m = Money.make 3\nlet bad : int = m\n");
  json published = lsp.Diagnostics(Uri("main.ml"), 1);
  ASSERT_EQ(published["diagnostics"].size(), 1u) << published.dump();
  json d = published["diagnostics"][0];
  EXPECT_EQ(d["range"]["start"]["line"], 1);
  EXPECT_EQ(d["range"]["start"]["character"], 16);
  EXPECT_NE(d["message"].get<std::string>().find(
                "This expression has type Money.t but an expression was expected of type"),
            std::string::npos)
      << d["message"];
  // Hover knows the unit's types.
  json hover =
      lsp.Call("textDocument/hover", json{{"textDocument", {{"uri", Uri("main.ml")}}},
                                          {"position", {{"line", 0}, {"character", 4}}}})["result"];
  ASSERT_FALSE(hover.is_null());
  EXPECT_NE(hover["contents"]["value"].get<std::string>().find("Money.t"), std::string::npos);
}

TEST_F(LspWorkspace, AnOpenUnitsEditsReachTheDocumentsThatUseIt) {
  Write("money.ml", kMoney);
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, "main.ml", "let m : Money.t = Money.make 3\n");
  EXPECT_TRUE(lsp.Diagnostics(Uri("main.ml"), 1)["diagnostics"].empty());
  // The unit, open in the editor, now makes a float: main.ml is checked
  // again, without an edit of its own.
  Open(lsp, "money.ml", kMoney);
  lsp.Diagnostics(Uri("money.ml"), 1);
  lsp.Notify(
      "textDocument/didChange",
      json{{"textDocument", {{"uri", Uri("money.ml")}, {"version", 2}}},
           {"contentChanges",
            json::array({json{{"text", "type t = { cents : int }\nlet make c = c +. 1.\n"}}})}});
  // ocamlc 4.13.1 on the two files: the `3` is an int where a float is
  // expected.
  json again = lsp.Diagnostics(Uri("main.ml"));
  ASSERT_FALSE(again["diagnostics"].empty()) << again.dump();
  EXPECT_EQ(Messages(again)[0],
            "This expression has type int but an expression was expected of type float")
      << again.dump();
  EXPECT_EQ(again["diagnostics"][0]["range"]["start"]["character"], 29);
  // A unit with errors: the document's uses of it are not errors (the
  // unit's own are shown in its document).
  lsp.Notify("textDocument/didChange",
             json{{"textDocument", {{"uri", Uri("money.ml")}, {"version", 3}}},
                  {"contentChanges", json::array({json{{"text", "let make c = c + \"a\"\n"}}})}});
  EXPECT_EQ(lsp.Diagnostics(Uri("money.ml"), 3)["diagnostics"].size(), 1u);
  EXPECT_TRUE(lsp.Diagnostics(Uri("main.ml"))["diagnostics"].empty());
}

TEST_F(LspWorkspace, UnitsThatUseEachOtherAreNoModules) {
  Write("a.ml", "let x = B.y\n");
  LspProcess lsp;
  lsp.Initialize();
  // b uses a, which uses b: a has no interface to give; its use is silent.
  Open(lsp, "b.ml", "let y = 1\nlet z = A.x\n");
  EXPECT_TRUE(lsp.Diagnostics(Uri("b.ml"), 1)["diagnostics"].empty());
}

// Checked with ocamlc 4.13.1 (`ocamlc -c money.mli money.ml main.ml`):
// through its interface, Money.t is abstract and has no field.
TEST_F(LspWorkspace, AUnitIsSeenThroughItsInterface) {
  Write("money.ml",
        "type t = { cents : int }\nlet make c = { cents = c }\nlet cents m = m.cents\n");
  Write("money.mli", "type t\nval make : int -> t\nval cents : t -> int\n");
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, "main.ml", "let m = Money.make 3\nlet c : int = m.cents\n");
  json published = lsp.Diagnostics(Uri("main.ml"), 1);
  ASSERT_EQ(published["diagnostics"].size(), 1u) << published.dump();
  json d = published["diagnostics"][0];
  EXPECT_EQ(d["range"]["start"]["line"], 1);
  EXPECT_EQ(d["range"]["start"]["character"], 16);
  EXPECT_EQ(d["message"], "Unbound record field cents");
  // Through the interface's function, the document types.
  lsp.Notify(
      "textDocument/didChange",
      json{{"textDocument", {{"uri", Uri("main.ml")}, {"version", 2}}},
           {"contentChanges",
            json::array({{{"text", "let m = Money.make 3\nlet c : int = Money.cents m\n"}}})}});
  EXPECT_TRUE(lsp.Diagnostics(Uri("main.ml"), 2)["diagnostics"].empty());
}

// The interface of the document's own unit is not a module it uses: as
// ocamlc 4.13.1 says (`ocamlc -c money.mli money.ml`), Money is unbound.
TEST_F(LspWorkspace, ADocumentDoesNotUseItsOwnInterface) {
  Write("money.mli", "type t\nval make : int -> t\n");
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, "money.ml", "type t = int\nlet make c = c\nlet again = Money.make\n");
  json published = lsp.Diagnostics(Uri("money.ml"), 1);
  ASSERT_EQ(published["diagnostics"].size(), 1u) << published.dump();
  EXPECT_EQ(published["diagnostics"][0]["message"], "Unbound module Money");
}

// The interface on the disk beside the document: checked against it, as
// `ocamlc -c money.mli money.ml` checks it (OCaml 4.13.1 accepts the first
// text, whose extra value the interface hides, and rejects the second).
TEST_F(LspWorkspace, ADocumentIsCheckedAgainstItsInterfaceOnTheDisk) {
  Write("money.mli", "type t\nval make : int -> t\n");
  LspProcess lsp;
  lsp.Initialize();
  Open(lsp, "money.ml", "type t = int\nlet make c = c\nlet cents = 3\n");
  EXPECT_TRUE(lsp.Diagnostics(Uri("money.ml"), 1)["diagnostics"].empty());
  lsp.Notify(
      "textDocument/didChange",
      json{{"textDocument", {{"uri", Uri("money.ml")}, {"version", 2}}},
           {"contentChanges", json::array({{{"text", "type t = int\nlet make c = [c]\n"}}})}});
  json published = lsp.Diagnostics(Uri("money.ml"), 2);
  ASSERT_EQ(published["diagnostics"].size(), 1u) << published.dump();
  EXPECT_EQ(published["diagnostics"][0]["message"].get<std::string>().rfind(
                "The implementation " + (dir_ / "money.ml").string(), 0),
            0u)
      << published.dump();
}

}  // namespace
}  // namespace mlhint::testing
