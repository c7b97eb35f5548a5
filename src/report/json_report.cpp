// The JSON report (format contract, section 5), written as it is built: no document is
// held in memory (JsonStream writes nlohmann's exact bytes, as the DOM used to be dumped).

#include "report/json_explain.hpp"
#include "report/json_writer.hpp"
#include "report/report_model.hpp"

#include <salesaudit/report.hpp>
#include <salesaudit/rounding.hpp>

#include <ostream>

namespace salesaudit {

namespace {

using report::JsonStream;

void number_or_null(JsonStream& json, const std::optional<double>& value) {
  if (value) {
    json.number(round2(*value));
  } else {
    json.null();
  }
}

void string_or_null(JsonStream& json, const std::string* value) {
  if (value != nullptr) {
    json.string(*value);
  } else {
    json.null();
  }
}

void respondent(JsonStream& json, const Respondent& r) {
  json.begin_object();
  if (r.id) json.key("id").string(*r.id);
  if (r.name) json.key("name").string(*r.name);
  if (r.role) json.key("role").string(*r.role);
  if (r.team) json.key("team").string(*r.team);
  json.end_object();
}

}  // namespace

void render_json(const ScoreCard& card, const RenderOptions& options, std::ostream& out) {
  const Questionnaire& q = *card.questionnaire;
  std::string text;
  text.reserve(16384);
  JsonStream json(text);
  json.begin_object();
  json.key("format").string("salesaudit.report/v1");
  json.key("questionnaire").begin_object().key("id").string(q.id).key("version").string(q.version).end_object();
  respondent(json.key("respondent"), card.answers->respondent);

  json.key("overall").begin_object();
  number_or_null(json.key("score"), card.overall);
  string_or_null(json.key("band"), card.overall_band ? &q.bands[*card.overall_band].id : nullptr);
  string_or_null(json.key("label"), card.overall_band ? &q.bands[*card.overall_band].label : nullptr);
  json.end_object();

  json.key("dimensions").begin_array();
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const DimensionResult& dim = card.dimensions[d];
    json.begin_object();
    json.key("id").string(q.dimensions[d].id);
    json.key("title").string(q.dimensions[d].title);
    number_or_null(json.key("score"), dim.score);
    string_or_null(json.key("band"), dim.band ? &q.bands[*dim.band].id : nullptr);
    json.key("coverage").number(round2(dim.coverage));
    json.key("answered").number(dim.answered);
    json.key("asked").number(dim.asked);
    json.end_object();
  }
  json.end_array();

  json.key("red_flags").begin_array();
  for (std::size_t f : card.red_flags) {
    json.begin_object().key("id").string(q.red_flags[f].id).key("message").string(q.red_flags[f].message).end_object();
  }
  json.end_array();

  json.key("recommendations").begin_array();
  for (std::size_t i = 0; i < card.recommendations.size(); ++i) {
    const RecommendationResult& r = card.recommendations[i];
    const Recommendation& rec = q.recommendations[r.recommendation];
    json.begin_object();
    json.key("rank").number(i + 1);
    json.key("id").string(rec.id);
    json.key("title").string(rec.title);
    json.key("action").string(rec.action);
    json.key("effort").string(to_string(rec.effort));
    json.key("gain").number(round2(r.gain));
    json.key("priority").number(round2(r.priority));
    json.key("horizon_days").number(r.horizon_days);
    json.key("questions").begin_array();
    for (std::size_t qi : r.questions) json.string(q.questions[qi].id);
    json.end_array();
    json.end_object();
  }
  json.end_array();

  json.key("warnings").begin_array();
  for (const auto& warning : card.warnings) json.string(warning);
  json.end_array();
  if (options.explain) json.key("explanation").value(report::explanation_json(report::build_model(card, options)));
  json.end_object();
  text += '\n';
  out << text;
}

}  // namespace salesaudit
