#pragma once
// Small helpers shared by the team renderers, so every format rounds and limits alike.

#include "i18n/messages.hpp"

#include <salesaudit/rounding.hpp>
#include <salesaudit/team.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>

namespace salesaudit::team_render {

// A reported number: two decimals after round2, or `none` when absent.
inline std::string fixed2(const std::optional<double>& value, const char* none = "n/a") {
  return value ? fmt::format("{:.2f}", round2(*value)) : std::string(none);
}

// A signed difference, "+3.50" / "-1.25" / "0.00".
inline std::string signed2(const std::optional<double>& value, const char* none = "n/a") {
  if (!value) return none;
  const double v = round2(*value);
  return v > 0 ? fmt::format("+{:.2f}", v) : fmt::format("{:.2f}", v);
}

// fixed2 and signed2 for the formats people read: the language's decimal separator
// ("46,87") and its word for a missing value.
inline std::string num2(const std::optional<double>& value) {
  return i18n::decimal(fixed2(value, i18n::tr("n/a")));
}
inline std::string signed_num2(const std::optional<double>& value) {
  return i18n::decimal(signed2(value, i18n::tr("n/a")));
}

// How many of `count` entries --top shows (0 = all).
inline std::size_t shown(std::size_t count, int top) {
  return top <= 0 ? count : std::min(count, static_cast<std::size_t>(top));
}

// An item whose reported item-rest correlation is below zero.
inline bool negative(const ItemRest& item) {
  return item.r && round2(*item.r) < 0;
}

inline bool any_negative(const TeamReport& report) {
  for (const auto& dim : report.dimensions) {
    if (std::any_of(dim.item_rest.begin(), dim.item_rest.end(), negative)) return true;
  }
  return false;
}

// "Crisis mode 1, At risk 2, ..." in band order (the band labels are the
// questionnaire's, translated with it).
inline std::string band_counts(const Questionnaire& q, const Distribution& dist) {
  std::string out;
  for (std::size_t b = 0; b < q.bands.size(); ++b) {
    out += fmt::format("{}{} {}", out.empty() ? "" : ", ", q.bands[b].label, dist.bands[b]);
  }
  // TRANSLATORS: in the team report's band counts: how many respondents have no overall score.
  if (dist.no_score > 0) out += ", " + i18n::trf("no score {}", dist.no_score);
  return out;
}

}  // namespace salesaudit::team_render
