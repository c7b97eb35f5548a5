// The gap of two reported values (the team report itself is built in builder.cpp).

#include <salesaudit/rounding.hpp>
#include <salesaudit/team.hpp>

namespace salesaudit {

std::optional<double> rounded_gap(const std::optional<double>& a, const std::optional<double>& b) {
  if (!a || !b) return std::nullopt;
  return round2(round2(*a) - round2(*b));
}

}  // namespace salesaudit
