// The team report as JSON (format "salesaudit.team/v1"); every list is complete
// (--top only shortens the human formats).

#include "report/json_writer.hpp"

#include <salesaudit/rounding.hpp>
#include <salesaudit/team.hpp>

#include <nlohmann/json.hpp>

#include <ostream>

namespace salesaudit {

namespace {

using ordered = nlohmann::ordered_json;

ordered team_number_or_null(const std::optional<double>& value) {
  return value ? ordered(round2(*value)) : ordered(nullptr);
}

ordered distribution_json(const Questionnaire& q, const Distribution& dist, ordered out) {
  out["n"] = dist.n;
  out["no_score"] = dist.no_score;
  out["mean"] = team_number_or_null(dist.mean);
  out["median"] = team_number_or_null(dist.median);
  out["min"] = team_number_or_null(dist.min);
  out["max"] = team_number_or_null(dist.max);
  ordered bands = ordered::array();
  for (std::size_t b = 0; b < q.bands.size(); ++b) bands.push_back({{"id", q.bands[b].id}, {"count", dist.bands[b]}});
  out["bands"] = bands;
  return out;
}

ordered gap_json(const Questionnaire& q, const RoleGap& gap) {
  ordered out;
  out["managers"] = gap.managers;
  out["others"] = gap.others;
  out["overall"] = {{"manager", team_number_or_null(gap.manager_overall)},
                    {"team", team_number_or_null(gap.team_overall)},
                    {"gap", team_number_or_null(rounded_gap(gap.manager_overall, gap.team_overall))}};
  ordered dims = ordered::array();
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    dims.push_back({{"id", q.dimensions[d].id},
                    {"manager", team_number_or_null(gap.manager[d])},
                    {"team", team_number_or_null(gap.team[d])},
                    {"gap", team_number_or_null(rounded_gap(gap.manager[d], gap.team[d]))}});
  }
  out["dimensions"] = dims;
  return out;
}

ordered reliability_json(const TeamReport& report) {
  const Questionnaire& q = *report.questionnaire;
  ordered out;
  out["respondents"] = report.respondents.size();
  ordered dims = ordered::array();
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const TeamDimension& dim = report.dimensions[d];
    ordered items = ordered::array();
    ordered negative = ordered::array();
    for (const ItemRest& item : dim.item_rest) {
      items.push_back({{"id", q.questions[item.question].id}, {"item_rest", team_number_or_null(item.r)}});
      if (item.r && round2(*item.r) < 0) negative.push_back(q.questions[item.question].id);
    }
    dims.push_back({{"id", q.dimensions[d].id},
                    {"alpha", team_number_or_null(dim.alpha)},
                    {"items", items},
                    {"negative_item_rest", negative}});
  }
  out["dimensions"] = dims;
  return out;
}

}  // namespace

void render_team_json(const TeamReport& report, const RenderOptions& /*options*/, std::ostream& out) {
  const Questionnaire& q = *report.questionnaire;
  ordered doc;
  doc["format"] = "salesaudit.team/v1";
  doc["questionnaire"] = {{"id", q.id}, {"version", q.version}};
  doc["respondents"] = {{"count", report.respondents.size()}, {"ids", report.respondents}};
  doc["overall"] = distribution_json(q, report.overall, ordered::object());

  ordered dims = ordered::array();
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    ordered item;
    item["id"] = q.dimensions[d].id;
    item["title"] = q.dimensions[d].title;
    item = distribution_json(q, report.dimensions[d].scores, item);
    item["coverage"] = team_number_or_null(report.dimensions[d].coverage);
    dims.push_back(item);
  }
  doc["dimensions"] = dims;

  ordered weakest = ordered::array();
  for (const TeamItem& item : report.weakest) {
    const Question& question = q.questions[item.question];
    weakest.push_back({{"id", question.id},
                       {"dimension", q.dimensions[*question.dimension].id},
                       {"text", question.text},
                       {"mean", round2(item.mean)},
                       {"n", item.n}});
  }
  doc["weakest_questions"] = weakest;

  ordered actions = ordered::array();
  for (std::size_t i = 0; i < report.actions.size(); ++i) {
    const TeamAction& a = report.actions[i];
    const Recommendation& rec = q.recommendations[a.recommendation];
    ordered item;
    item["rank"] = i + 1;
    item["id"] = rec.id;
    item["title"] = rec.title;
    item["action"] = rec.action;
    item["effort"] = std::string(to_string(rec.effort));
    item["mean_gain"] = round2(a.gain);
    item["priority"] = round2(a.priority);
    item["horizon_days"] = a.horizon_days;
    item["respondents"] = a.respondents;
    actions.push_back(item);
  }
  doc["recommendations"] = actions;
  doc["manager_gap"] = report.gap ? gap_json(q, *report.gap) : ordered(nullptr);
  doc["reliability"] = report.reliability ? reliability_json(report) : ordered(nullptr);
  out << report::dump_json(doc) << '\n';
}

}  // namespace salesaudit
