// The plan of a project's checks (driver/project.h): the module each file
// is, the modules a file names, and the order of the files.

#include "driver/project.h"

#include <gtest/gtest.h>

#include "parser/parse.h"

namespace mlhint::project {
namespace {

TEST(Project, UnitNameIsTheCapitalizedBaseName) {
  EXPECT_EQ(UnitName("money.ml"), "Money");
  EXPECT_EQ(UnitName("src/lib/bank_account.ml"), "Bank_account");
  EXPECT_EQ(UnitName("Already.ml"), "Already");
  EXPECT_EQ(UnitName("my-file.ml"), "");
  EXPECT_EQ(UnitName("_hidden.ml"), "");
  EXPECT_EQ(UnitName("1st.ml"), "");
}

std::vector<std::string> Used(const std::string& text) {
  SourceBuffer source("x.ml", text);
  ParseResult parsed = Parse(source);
  EXPECT_FALSE(parsed.error.has_value());
  return UsedModules(parsed.ast);
}

TEST(Project, UsedModulesAreThePathsHeads) {
  EXPECT_EQ(Used("open A\nlet x = B.f (C.D.g 1) M.(y)\nlet z : E.t = z\nmodule S = Set.Make (F)\n"),
            (std::vector<std::string>{"A", "B", "C", "E", "F", "M", "Set"}));
  // A constructor or a name alone is no module.
  EXPECT_EQ(Used("let x = Some 1\nlet y = x\n"), std::vector<std::string>{});
}

TEST(Project, EachFileComesAfterTheFilesItUsesOtherwiseInTheGivenOrder) {
  // c uses a, a uses b; d uses nothing.
  Plan plan = PlanChecks({"C", "A", "B", "D"}, {{"A", "List"}, {"B"}, {}, {}});
  EXPECT_EQ(plan.order, (std::vector<size_t>{2, 1, 0, 3}));
  EXPECT_EQ(plan.uses[0], std::vector<size_t>{1});
  EXPECT_TRUE(plan.cycles.empty());
  // A file naming its own module does not wait for itself.
  Plan self = PlanChecks({"A"}, {{"A"}});
  EXPECT_EQ(self.order, std::vector<size_t>{0});
  EXPECT_TRUE(self.cycles.empty());
}

TEST(Project, ACycleIsFoundAndTheRestStillOrdered) {
  // a -> b -> c -> b: the cycle is b, c; a waits for it; d is free.
  Plan plan = PlanChecks({"A", "B", "C", "D"}, {{"B"}, {"C"}, {"B"}, {}});
  ASSERT_EQ(plan.cycles.size(), 1u);
  EXPECT_EQ(plan.cycles[0], (std::vector<size_t>{1, 2}));
  EXPECT_EQ(plan.order, (std::vector<size_t>{3, 1, 2, 0}));
}

TEST(Project, TheCycleErrorListsTheModulesAsDuneDoes) {
  Diagnostic d = CycleError({"A", "B"});
  EXPECT_EQ(d.Code(), "dependency-cycle");
  EXPECT_TRUE(d.whole_file);
}

}  // namespace
}  // namespace mlhint::project
