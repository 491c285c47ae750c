// The scoped name tables of typing/env.h.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "typing/env.h"

namespace mlhint::typing {
namespace {

TEST(EnvNames, ShadowingIsUndoneByRestore) {
  Env env;
  Env::Mark outer = env.Save();
  env.Bind(Namespace::Value, "x", 1);
  env.Bind(Namespace::Type, "x", 2);  // another namespace: no shadowing
  Env::Mark inner = env.Save();
  env.Bind(Namespace::Value, "x", 3);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 3u);
  EXPECT_EQ(env.Find(Namespace::Type, "x"), 2u);
  EXPECT_EQ(env.FindAll(Namespace::Value, "x"), (std::vector<uint32_t>{3, 1}));
  env.Restore(inner);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 1u);
  env.Restore(outer);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), kNone);
  EXPECT_EQ(env.Find(Namespace::Type, "x"), kNone);
  EXPECT_TRUE(env.FindAll(Namespace::Value, "x").empty());
  EXPECT_EQ(env.Find(Namespace::Value, "never_bound"), kNone);
}

TEST(EnvNames, LongAndSimilarNamesAreToldApart) {
  Env env;
  // Names longer than an entry holds inline, names that differ only past
  // their 16th byte, and the empty name.
  const std::string a = "a_rather_long_name_number_one", b = "a_rather_long_name_number_two";
  env.Bind(Namespace::Value, a, 10);
  env.Bind(Namespace::Value, b, 11);
  env.Bind(Namespace::Value, "", 12);
  env.Bind(Namespace::Value, "exactly16chars__", 13);
  EXPECT_EQ(env.Find(Namespace::Value, a), 10u);
  EXPECT_EQ(env.Find(Namespace::Value, b), 11u);
  EXPECT_EQ(env.Find(Namespace::Value, ""), 12u);
  EXPECT_EQ(env.Find(Namespace::Value, "exactly16chars__"), 13u);
  EXPECT_EQ(env.Find(Namespace::Value, "exactly16chars_"), kNone);
  EXPECT_EQ(env.Find(Namespace::Value, a.substr(0, 20)), kNone);
  std::vector<std::string> names = env.Names(Namespace::Value);
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"", a, b, "exactly16chars__"}));
}

TEST(EnvNames, NamesOfEveryShortLengthDifferingInOneByte) {
  // Every length the hash reads differently (under 4, under 8, a multiple of
  // 8 or not, past an entry's 16 bytes), each name next to the ones that
  // differ from it in a single position.
  Env env;
  std::vector<std::pair<std::string, uint32_t>> bound;
  uint32_t id = 0;
  for (size_t length = 1; length <= 25; ++length) {
    std::string base(length, 'a');
    bound.emplace_back(base, id);
    env.Bind(Namespace::Value, base, id++);
    for (size_t at = 0; at < length; ++at) {
      std::string other = base;
      other[at] = 'b';
      bound.emplace_back(other, id);
      env.Bind(Namespace::Value, other, id++);
    }
  }
  for (const auto& [name, expected] : bound)
    EXPECT_EQ(env.Find(Namespace::Value, name), expected) << name;
  EXPECT_EQ(env.Find(Namespace::Value, std::string(26, 'a')), kNone);
  EXPECT_EQ(env.Find(Namespace::Value, "bb"), kNone);
}

TEST(EnvNames, ManyNamesSurviveTheTableGrowing) {
  Env env;
  const uint32_t n = 200000;
  for (uint32_t i = 0; i < n; ++i) env.Bind(Namespace::Value, "name" + std::to_string(i), i);
  for (uint32_t i = 0; i < n; i += 997)
    ASSERT_EQ(env.Find(Namespace::Value, "name" + std::to_string(i)), i);
  EXPECT_EQ(env.Find(Namespace::Value, "name" + std::to_string(n)), kNone);
  EXPECT_EQ(env.Names(Namespace::Value).size(), n);
}

TEST(EnvNames, SuspendedBindingsComeBackAsTheyWere) {
  Env env;
  env.Bind(Namespace::Value, "f", 1);
  Env::Mark before = env.Save();
  env.Bind(Namespace::Value, "f", 2);
  env.Bind(Namespace::Value, "g", 3);
  Env::Suspended later = env.Suspend(before);
  ASSERT_EQ(later.size(), 2u);
  EXPECT_EQ(later[0].id, 2u);  // oldest first
  EXPECT_EQ(env.Find(Namespace::Value, "f"), 1u);
  EXPECT_EQ(env.Find(Namespace::Value, "g"), kNone);
  // Something else in their place, then set aside too.
  env.Bind(Namespace::Value, "g", 4);
  Env::Suspended mine = env.Suspend(before);
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].name, later[1].name);  // the same name, identified as such
  env.Resume(later);
  EXPECT_EQ(env.Find(Namespace::Value, "f"), 2u);
  EXPECT_EQ(env.Find(Namespace::Value, "g"), 3u);
  EXPECT_EQ(env.FindAll(Namespace::Value, "f"), (std::vector<uint32_t>{2, 1}));
  EXPECT_EQ(env.BindingAt(before).id, 2u);
  env.Restore(before);
  EXPECT_EQ(env.Find(Namespace::Value, "f"), 1u);
}

TEST(EnvNames, BindFindAndShadowing) {
  Env env;
  EXPECT_EQ(env.Find(Namespace::Value, "x"), kNone);
  env.Bind(Namespace::Value, "x", 1);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 1u);
  env.Bind(Namespace::Value, "x", 2);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 2u);
  EXPECT_EQ(env.FindAll(Namespace::Value, "x"), (std::vector<uint32_t>{2, 1}));
  // Namespaces are apart.
  EXPECT_EQ(env.Find(Namespace::Type, "x"), kNone);
  env.Bind(Namespace::Type, "x", 7);
  EXPECT_EQ(env.Find(Namespace::Type, "x"), 7u);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 2u);
}

TEST(EnvNames, RestoreToAMark) {
  Env env;
  env.Bind(Namespace::Value, "x", 1);
  Env::Mark m = env.Save();
  env.Bind(Namespace::Value, "x", 2);
  env.Bind(Namespace::Value, "y", 3);
  Env::Mark inner = env.Save();
  env.Bind(Namespace::Constructor, "A", 4);
  EXPECT_EQ(inner, m + 2);
  env.Restore(inner);
  EXPECT_EQ(env.Find(Namespace::Constructor, "A"), kNone);
  EXPECT_EQ(env.Find(Namespace::Value, "y"), 3u);
  env.Restore(m);
  EXPECT_EQ(env.Save(), m);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 1u);
  EXPECT_EQ(env.Find(Namespace::Value, "y"), kNone);
  std::vector<std::string> names = env.Names(Namespace::Value);
  EXPECT_EQ(names, std::vector<std::string>{"x"});
}

TEST(EnvNames, SuspendSetsBindingsAsideAndResumePutsThemBackInOrder) {
  Env env;
  env.Bind(Namespace::Value, "x", 1);
  Env::Mark m = env.Save();
  env.Bind(Namespace::Value, "x", 2);
  env.Bind(Namespace::Value, "y", 3);
  env.Bind(Namespace::Value, "x", 4);
  EXPECT_EQ(env.BindingAt(m).id, 2u);

  Env::Suspended later = env.Suspend(m);
  ASSERT_EQ(later.size(), 3u);
  EXPECT_EQ(later[0].id, 2u);  // oldest first
  EXPECT_EQ(later[1].id, 3u);
  EXPECT_EQ(later[2].id, 4u);
  EXPECT_EQ(env.Save(), m);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 1u) << "the binding they hid is seen again";
  EXPECT_EQ(env.Find(Namespace::Value, "y"), kNone);
  EXPECT_EQ(env.FindAll(Namespace::Value, "x"), std::vector<uint32_t>{1});

  // Meanwhile, other bindings come and go (a re-checked item).
  env.Bind(Namespace::Value, "x", 9);
  env.Bind(Namespace::Value, "z", 10);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 9u);
  env.Restore(m);

  env.Resume(later);
  EXPECT_EQ(env.Save(), m + 3);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 4u);
  EXPECT_EQ(env.Find(Namespace::Value, "y"), 3u);
  EXPECT_EQ(env.Find(Namespace::Value, "z"), kNone);
  EXPECT_EQ(env.FindAll(Namespace::Value, "x"), (std::vector<uint32_t>{4, 2, 1}));
  EXPECT_EQ(env.BindingAt(m + 1).id, 3u);

  // The resumed bindings are undoable as before.
  env.Restore(m);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 1u);
  EXPECT_EQ(env.Find(Namespace::Value, "y"), kNone);
}

TEST(EnvNames, SuspendNothing) {
  Env env;
  env.Bind(Namespace::Value, "x", 1);
  Env::Suspended none = env.Suspend(env.Save());
  EXPECT_TRUE(none.empty());
  env.Resume(none);
  EXPECT_EQ(env.Find(Namespace::Value, "x"), 1u);
  EXPECT_EQ(env.Save(), 1u);
}

TEST(EnvNames, ACopyHasItsOwnScopes) {
  Env base;
  base.Bind(Namespace::Value, "x", 1);
  Env copy = base;
  Env::Mark mark = copy.Save();
  copy.Bind(Namespace::Value, "x", 2);
  EXPECT_EQ(base.Find(Namespace::Value, "x"), 1u);
  EXPECT_EQ(copy.Find(Namespace::Value, "x"), 2u);
  copy.Restore(mark);
  EXPECT_EQ(copy.Find(Namespace::Value, "x"), 1u);
}

}  // namespace
}  // namespace mlhint::typing
