// Parsing --fail-under and checking its targets.

#include <salesaudit/error.hpp>
#include <salesaudit/gates.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace salesaudit {

namespace {

std::optional<double> parse_number(std::string_view text) {
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace

FailUnder parse_fail_under(std::string_view spec) {
  const auto bad = [&] {
    return UsageError(fmt::format(
        "--fail-under \"{}\": expected TARGET=SCORE with TARGET overall or a dimension id and SCORE from 0 to 100, "
        "e.g. overall=60",
        spec));
  };
  FailUnder gate;
  std::string_view number = spec;
  gate.target = "overall";
  if (const auto eq = spec.find('='); eq != std::string_view::npos) {
    gate.target = std::string(spec.substr(0, eq));
    number = spec.substr(eq + 1);
    if (gate.target.empty()) throw bad();
  }
  const auto value = parse_number(number);
  if (!value || *value < 0 || *value > 100) throw bad();
  gate.threshold = *value;
  return gate;
}

void check_gate_targets(const GateConfig& config, const std::vector<std::string>& dimension_ids) {
  for (const FailUnder& gate : config.fail_under) {
    if (gate.target == "overall") continue;
    if (std::find(dimension_ids.begin(), dimension_ids.end(), gate.target) != dimension_ids.end()) continue;
    std::string valid = "overall";
    for (const auto& id : dimension_ids) valid += ", " + id;
    throw UsageError(fmt::format("--fail-under {}={}: unknown dimension \"{}\"; valid targets: {}", gate.target,
                                 gate.threshold, gate.target, valid));
  }
}

}  // namespace salesaudit
