#include "team/escape.hpp"

#include <gtest/gtest.h>

namespace salesaudit {
namespace {

TEST(TeamEscape, XmlEscapes) {
  EXPECT_EQ(xml_escape("a<b>&\"c\" 'd'"), "a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos;");
  EXPECT_EQ(xml_escape(std::string("x\x01y\tz\n", 6)), "xy\tz\n");
}

}  // namespace
}  // namespace salesaudit
