// A plain-text summary of the score card, for the terminal.

#include <salesaudit/report.hpp>
#include <salesaudit/rounding.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ostream>

namespace salesaudit {

namespace {

std::string score_text(const std::optional<double>& score) {
  return score ? fmt::format("{:.2f}", round2(*score)) : std::string("n/a");
}

}  // namespace

void render_text(const ScoreCard& card, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *card.questionnaire;
  const Respondent& who = card.answers->respondent;
  fmt::print(out, "{} {} ({})\n", q.title, q.version, q.id);
  if (who.name || who.id) fmt::print(out, "Respondent: {}\n", who.name.value_or(who.id.value_or("")));
  const std::string band = card.overall_band ? q.bands[*card.overall_band].label : "no band";
  fmt::print(out, "\nOverall: {} ({})\n\n", score_text(card.overall), band);
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const DimensionResult& dim = card.dimensions[d];
    fmt::print(out, "  {:<28} {:>6}  {:<14} coverage {:.2f}\n", q.dimensions[d].title, score_text(dim.score),
               dim.band ? q.bands[*dim.band].label : "insufficient", round2(dim.coverage));
  }
  if (!card.red_flags.empty()) {
    fmt::print(out, "\nRed flags:\n");
    for (std::size_t f : card.red_flags) fmt::print(out, "  ! {}\n", q.red_flags[f].message);
  }
  const std::size_t shown = options.top <= 0 ? card.recommendations.size()
                                             : std::min<std::size_t>(card.recommendations.size(),
                                                                     static_cast<std::size_t>(options.top));
  if (shown > 0) fmt::print(out, "\nTop actions:\n");
  for (std::size_t i = 0; i < shown; ++i) {
    const RecommendationResult& r = card.recommendations[i];
    const Recommendation& rec = q.recommendations[r.recommendation];
    fmt::print(out, "  {}. {} (+{:.2f} points, {} effort, {} days)\n", i + 1, rec.title, round2(r.gain),
               to_string(rec.effort), r.horizon_days);
  }
  if (!card.warnings.empty()) {
    fmt::print(out, "\nWarnings:\n");
    for (const auto& w : card.warnings) fmt::print(out, "  - {}\n", w);
  }
}

}  // namespace salesaudit
