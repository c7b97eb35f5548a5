// Gate outcomes as JUnit XML for CI dashboards.

#include "team/escape.hpp"

#include <salesaudit/gates.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ostream>

namespace salesaudit {

void write_junit(const std::vector<GateOutcome>& outcomes, const std::string& suite, std::ostream& out) {
  std::size_t failures = 0;
  std::size_t skipped = 0;
  for (const auto& o : outcomes) {
    failures += o.status == GateStatus::failed ? 1 : 0;
    skipped += o.status == GateStatus::skipped ? 1 : 0;
  }
  fmt::print(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  fmt::print(out, "<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" skipped=\"{}\">\n", xml_escape(suite),
             outcomes.size(), failures, skipped);
  fmt::print(out, "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n",
             xml_escape(suite), outcomes.size(), failures, skipped);
  for (const auto& o : outcomes) {
    const std::string head =
        fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml_escape(o.respondent), xml_escape(o.gate));
    switch (o.status) {
      case GateStatus::passed: fmt::print(out, "{}/>\n", head); break;
      case GateStatus::failed:
        fmt::print(out, "{}>\n      <failure message=\"{}\"/>\n    </testcase>\n", head, xml_escape(o.message));
        break;
      case GateStatus::skipped:
        fmt::print(out, "{}>\n      <skipped message=\"{}\"/>\n    </testcase>\n", head, xml_escape(o.message));
        break;
    }
  }
  fmt::print(out, "  </testsuite>\n</testsuites>\n");
}

}  // namespace salesaudit
