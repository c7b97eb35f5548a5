// The JSON report (format contract, section 5).

#include "report/json_explain.hpp"
#include "report/report_model.hpp"

#include <salesaudit/report.hpp>
#include <salesaudit/rounding.hpp>

#include "report/json_writer.hpp"

#include <nlohmann/json.hpp>

#include <ostream>
#include <utility>

namespace salesaudit {

namespace {

using ordered = nlohmann::ordered_json;

ordered number_or_null(const std::optional<double>& value) {
  return value ? ordered(round2(*value)) : ordered(nullptr);
}

ordered respondent_json(const Respondent& r) {
  ordered out = ordered::object();
  if (r.id) out["id"] = *r.id;
  if (r.name) out["name"] = *r.name;
  if (r.role) out["role"] = *r.role;
  if (r.team) out["team"] = *r.team;
  return out;
}

}  // namespace

void render_json(const ScoreCard& card, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *card.questionnaire;
  ordered doc;
  doc["format"] = "salesaudit.report/v1";
  doc["questionnaire"] = {{"id", q.id}, {"version", q.version}};
  doc["respondent"] = respondent_json(card.answers->respondent);
  ordered overall;
  overall["score"] = number_or_null(card.overall);
  overall["band"] = card.overall_band ? ordered(q.bands[*card.overall_band].id) : ordered(nullptr);
  overall["label"] = card.overall_band ? ordered(q.bands[*card.overall_band].label) : ordered(nullptr);
  doc["overall"] = std::move(overall);

  ordered dimensions = ordered::array();
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const DimensionResult& dim = card.dimensions[d];
    ordered item;
    item["id"] = q.dimensions[d].id;
    item["title"] = q.dimensions[d].title;
    item["score"] = number_or_null(dim.score);
    item["band"] = dim.band ? ordered(q.bands[*dim.band].id) : ordered(nullptr);
    item["coverage"] = round2(dim.coverage);
    item["answered"] = dim.answered;
    item["asked"] = dim.asked;
    dimensions.push_back(std::move(item));
  }
  doc["dimensions"] = std::move(dimensions);

  ordered flags = ordered::array();
  for (std::size_t f : card.red_flags)
    flags.push_back({{"id", q.red_flags[f].id}, {"message", q.red_flags[f].message}});
  doc["red_flags"] = std::move(flags);

  ordered recs = ordered::array();
  for (std::size_t i = 0; i < card.recommendations.size(); ++i) {
    const RecommendationResult& r = card.recommendations[i];
    const Recommendation& rec = q.recommendations[r.recommendation];
    ordered item;
    item["rank"] = i + 1;
    item["id"] = rec.id;
    item["title"] = rec.title;
    item["action"] = rec.action;
    item["effort"] = std::string(to_string(rec.effort));
    item["gain"] = round2(r.gain);
    item["priority"] = round2(r.priority);
    item["horizon_days"] = r.horizon_days;
    ordered questions = ordered::array();
    for (std::size_t qi : r.questions) questions.push_back(q.questions[qi].id);
    item["questions"] = std::move(questions);
    recs.push_back(std::move(item));
  }
  doc["recommendations"] = std::move(recs);
  doc["warnings"] = card.warnings;
  if (options.explain) doc["explanation"] = report::explanation_json(report::build_model(card, options));
  out << report::dump_json(doc) << '\n';
}

}  // namespace salesaudit
