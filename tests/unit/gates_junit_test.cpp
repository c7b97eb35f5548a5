#include <salesaudit/gates.hpp>

#include <gtest/gtest.h>

#include <sstream>

namespace salesaudit {
namespace {

TEST(GatesJunit, CasePerOutcome) {
  const std::vector<GateOutcome> outcomes = {
      {"r-044", "fail-under overall=60", GateStatus::failed, "r-044: overall 57.25 is below 60 & <not> \"ok\""},
      {"a<b>", "min-coverage delegation", GateStatus::passed, "fine"},
      {"r-9", "max-drop", GateStatus::skipped, "r-9: not in the baseline old.json"},
  };
  std::ostringstream out;
  write_junit(outcomes, "salesaudit score", out);
  EXPECT_EQ(out.str(), R"(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="salesaudit score" tests="3" failures="1" skipped="1">
  <testsuite name="salesaudit score" tests="3" failures="1" errors="0" skipped="1">
    <testcase classname="r-044" name="fail-under overall=60">
      <failure message="r-044: overall 57.25 is below 60 &amp; &lt;not&gt; &quot;ok&quot;"/>
    </testcase>
    <testcase classname="a&lt;b&gt;" name="min-coverage delegation"/>
    <testcase classname="r-9" name="max-drop">
      <skipped message="r-9: not in the baseline old.json"/>
    </testcase>
  </testsuite>
</testsuites>
)");
}

TEST(GatesJunit, EmptyRun) {
  std::ostringstream out;
  write_junit({}, "s", out);
  EXPECT_NE(out.str().find(R"(<testsuite name="s" tests="0" failures="0" errors="0" skipped="0">)"), std::string::npos);
}

}  // namespace
}  // namespace salesaudit
