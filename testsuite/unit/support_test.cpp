// The small shared pieces of support/: OCaml's escaping and the UTF-8 /
// UTF-16 counting; the undo log of the checker's transactions; the alert
// settings of diagnostics/warnings.h.
#include <gtest/gtest.h>

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/warnings.h"
#include "support/edit_distance.h"
#include "support/escape.h"
#include "support/undo_log.h"
#include "support/utf8.h"

namespace mlhint {
namespace {

// Expected texts printed by OCaml 4.13.1 (Printf "%C" and "%S").
TEST(OcamlEscaping, CharactersAsPercentC) {
  EXPECT_EQ(OcamlQuotedChar('a'), "'a'");
  EXPECT_EQ(OcamlQuotedChar('\''), "'\\''");
  EXPECT_EQ(OcamlQuotedChar('"'), "'\"'");
  EXPECT_EQ(OcamlQuotedChar('\\'), "'\\\\'");
  EXPECT_EQ(OcamlQuotedChar('\n'), "'\\n'");
  EXPECT_EQ(OcamlQuotedChar('\t'), "'\\t'");
  EXPECT_EQ(OcamlQuotedChar('\r'), "'\\r'");
  EXPECT_EQ(OcamlQuotedChar('\b'), "'\\b'");
  EXPECT_EQ(OcamlQuotedChar(1), "'\\001'");
  EXPECT_EQ(OcamlQuotedChar(127), "'\\127'");
  EXPECT_EQ(OcamlQuotedChar(255), "'\\255'");
  EXPECT_EQ(OcamlQuotedChar(' '), "' '");
  EXPECT_EQ(OcamlQuotedChar('~'), "'~'");
}

TEST(OcamlEscaping, StringsAsPercentS) {
  EXPECT_EQ(OcamlQuotedString("a\"'\\\n\t\r\b\x01\xff\x7f ~"),
            "\"a\\\"'\\\\\\n\\t\\r\\b\\001\\255\\127 ~\"");
  EXPECT_EQ(OcamlQuotedString(""), "\"\"");
  std::string out;
  AppendOcamlEscaped(out, '\'', false);
  AppendOcamlEscaped(out, '\'', true);
  EXPECT_EQ(out, "\\''");
}

TEST(Utf16Length, CountsCharactersOutsideTheBmpTwice) {
  EXPECT_EQ(Utf16Length(""), 0u);
  EXPECT_EQ(Utf16Length("abc"), 3u);
  EXPECT_EQ(Utf16Length("\xC3\xA9"), 1u);          // é
  EXPECT_EQ(Utf16Length("\xE2\x82\xAC"), 1u);      // €
  EXPECT_EQ(Utf16Length("\xF0\x9F\x98\x80"), 2u);  // 😀
}

// The UTF-16 length of what a JSON writer that replaces ill-formed UTF-8
// (as the language server sends it) makes of `bytes`.
uint32_t Utf16LengthAsSentInJson(const std::string& bytes) {
  std::string dumped =
      nlohmann::json(bytes).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string valid = nlohmann::json::parse(dumped).get<std::string>();
  uint32_t units = 0;
  for (unsigned char c : valid) {
    if ((c & 0xC0) == 0x80) continue;
    units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

TEST(Utf16Length, IllFormedBytesCountAsTheReplacementsAJsonWriterMakes) {
  for (std::string bytes : {"\x80", "\xff",
                            "a\x80\xff"
                            "b",
                            "\xC0\x80", "\xE2\x82", "\xE2\x82\xFF", "\xED\xA0\x80", "\xF0\x9F",
                            "\xF0\x9F\x98", "\xF4\x90\x80\x80", "\xF5\x80", "\xE0\x80\x80", "\xC3",
                            "x\xF0\x9F\x98\x80\xF0", "\xEF\xBF\xBD"}) {
    EXPECT_EQ(Utf16Length(bytes), Utf16LengthAsSentInJson(bytes))
        << nlohmann::json(bytes).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
  }
}

TEST(Utf8Sequence, StopsAtTheEndOfTheText) {
  std::string_view cut("\xF0\x9F\x98\x80", 2);
  Utf8Sequence seq = NextUtf8Sequence(cut, 0);
  EXPECT_EQ(seq.bytes, 2u);
  EXPECT_EQ(seq.utf16_units, 1u);
}

// Expected values from OCaml 4.13.1's Misc.edit_distance.
TEST(EditDistance, AsOcamlsMiscEditDistance) {
  struct Case {
    const char* a;
    const char* b;
    int cutoff;
    std::optional<int> distance;
  };
  for (const Case& c : std::initializer_list<Case>{{"kitten", "sitting", 3, 3},
                                                   {"abc", "acb", 1, 1},
                                                   {"abc", "acb", 0, std::nullopt},
                                                   {"", "abc", 3, 3},
                                                   {"abcd", "abdc", 2, 1},
                                                   {"length", "lenght", 2, 1},
                                                   {"x", "", 1, 1},
                                                   {"ca", "abc", 3, 3},
                                                   {"hello", "hello", 0, 0},
                                                   {"print_endline", "print_endlnie", 3, 1},
                                                   {"abcdef", "badcfe", 3, 3}})
    EXPECT_EQ(EditDistance(c.a, c.b, c.cutoff), c.distance) << c.a << " " << c.b << " " << c.cutoff;
  std::vector<int> scratch;  // reused across names of different lengths
  for (const Case& c : std::initializer_list<Case>{{"print_endline", "print_endlnie", 3, 1},
                                                   {"ab", "ba", 1, 1},
                                                   {"kitten", "sitting", 3, 3},
                                                   {"x", "", 1, 1}})
    EXPECT_EQ(EditDistance(c.a, c.b, c.cutoff, scratch), c.distance) << c.a << " " << c.b;
}

// Warnings.parse_alert_option and set_alert, as `-alert` and `[@@@alert]`
// read them.
TEST(AlertSettings, ByDefaultEveryAlertIsShownAndSoft) {
  WarningSettings w;
  EXPECT_TRUE(w.AlertActive("deprecated"));
  EXPECT_TRUE(w.AlertActive("anything"));
  EXPECT_FALSE(w.AlertIsError("deprecated"));
}

TEST(AlertSettings, SignsEnableDisableAndMakeErrors) {
  WarningSettings w;
  ASSERT_TRUE(w.ApplyAlerts("-foo++bar@baz"));
  EXPECT_FALSE(w.AlertActive("foo"));
  EXPECT_TRUE(w.AlertIsError("bar"));
  EXPECT_TRUE(w.AlertIsError("baz"));
  EXPECT_FALSE(w.AlertIsError("qux"));
  ASSERT_TRUE(w.ApplyAlerts("+foo--bar"));
  EXPECT_TRUE(w.AlertActive("foo"));
  EXPECT_FALSE(w.AlertIsError("bar"));
  EXPECT_TRUE(w.AlertActive("bar"));
}

TEST(AlertSettings, AllResetsTheSetThenNamesAreExceptions) {
  WarningSettings w;
  ASSERT_TRUE(w.ApplyAlerts("-all+foo"));
  EXPECT_TRUE(w.AlertActive("foo"));
  EXPECT_FALSE(w.AlertActive("bar"));
  ASSERT_TRUE(w.ApplyAlerts("@all--foo"));
  EXPECT_TRUE(w.AlertIsError("bar"));
  EXPECT_TRUE(w.AlertActive("foo"));
  EXPECT_FALSE(w.AlertIsError("foo"));
}

TEST(AlertSettings, IllFormedListsChangeNothing) {
  for (const char* bad : {"foo", "+", "-foo+", "+-foo", "@", "+foo bar"}) {
    WarningSettings w;
    EXPECT_FALSE(w.ApplyAlerts(bad)) << bad;
    EXPECT_TRUE(w == WarningSettings()) << bad;
  }
  WarningSettings w;
  EXPECT_TRUE(w.ApplyAlerts(""));
}

TEST(AlertSettings, WarningThreeIsTheDeprecatedAlert) {
  WarningSettings w;
  ASSERT_TRUE(w.Apply("-3"));
  EXPECT_FALSE(w.AlertActive("deprecated"));
  EXPECT_TRUE(w.AlertActive("other"));
  ASSERT_TRUE(w.Apply("@3"));
  EXPECT_TRUE(w.AlertIsError("deprecated"));
  ASSERT_TRUE(w.ApplyWarnError("-3"));
  EXPECT_FALSE(w.AlertIsError("deprecated"));
}

// The undo log: nested transactions, each undone or kept, with the three
// kinds of piece the checker registers.
TEST(UndoLog, UndoesWhatATransactionDidAndKeepsWhatItCommitted) {
  UndoLog log;
  std::vector<int> table{1, 2};
  int32_t counter = -3;
  bool flag = false;
  std::vector<bool> used{false, false};
  log.TrackSize(table);
  log.TrackValue(counter);
  log.TrackValue(flag);
  log.Record([&] { used[0] = false; });  // no transaction open: not recorded
  used[0] = true;

  UndoLog::Mark outer = log.Begin();
  table.push_back(3);
  counter = 7;
  used[1] = true;
  log.Record([&] { used[1] = false; });
  UndoLog::Mark inner = log.Begin();
  table.push_back(4);
  flag = true;
  log.Commit(inner);  // kept, but the outer transaction may still undo it
  EXPECT_EQ(table, (std::vector<int>{1, 2, 3, 4}));
  EXPECT_TRUE(flag);

  UndoLog::Mark undone = log.Begin();
  table.push_back(5);
  counter = 9;
  log.Undo(undone);
  EXPECT_EQ(table, (std::vector<int>{1, 2, 3, 4}));
  EXPECT_EQ(counter, 7);

  log.Undo(outer);
  EXPECT_EQ(table, (std::vector<int>{1, 2}));
  EXPECT_EQ(counter, -3);
  EXPECT_FALSE(flag);
  EXPECT_EQ(used, (std::vector<bool>{true, false}));
  EXPECT_FALSE(log.open());
}

TEST(UndoLog, ForgetsItsChangesOnceTheLastTransactionIsCommitted) {
  UndoLog log;
  int undone = 0;
  UndoLog::Mark first = log.Begin();
  log.Record([&] { ++undone; });
  log.Commit(first);
  // The change belonged to a committed transaction: a later one that is
  // undone does not undo it.
  UndoLog::Mark second = log.Begin();
  log.Undo(second);
  EXPECT_EQ(undone, 0);
}

}  // namespace
}  // namespace mlhint
