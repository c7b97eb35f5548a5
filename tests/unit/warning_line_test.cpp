#include <salesaudit/scoring.hpp>

#include <gtest/gtest.h>

namespace salesaudit {
namespace {

TEST(WarningLine, LoaderKeepsPointer) {
  EXPECT_EQ(warning_line("a.json", "a.json: /extra: unknown key \"extra\"; ignored"),
            "a.json: /extra: warning: unknown key \"extra\"; ignored");
  EXPECT_EQ(warning_line("b.ndjson:12", "b.ndjson:12: /questionnaire/version: answers pin x@1.3.0"),
            "b.ndjson:12: /questionnaire/version: warning: answers pin x@1.3.0");
}

TEST(WarningLine, ScoringHasNoPointer) {
  EXPECT_EQ(warning_line("c.csv:7", "dimension \"d\": insufficient answers (no scored answers); no score"),
            "c.csv:7: warning: dimension \"d\": insufficient answers (no scored answers); no score");
  EXPECT_EQ(warning_line("a.json", "a.json: a message about no place"), "a.json: warning: a message about no place");
}

TEST(WarningLine, ControlCharactersEscaped) {
  EXPECT_EQ(warning_line("a.json", "a.json: /answers/\x1b[2J: unknown"), "a.json: /answers/\\x1b[2J: warning: unknown");
}

}  // namespace
}  // namespace salesaudit
