#include "load/questionnaire_parts.hpp"

#include <salesaudit/limits.hpp>

#include <fmt/format.h>

#include <cmath>
#include <set>

namespace salesaudit::detail {

using nlohmann::json;

namespace {

std::optional<QuestionType> parse_type(std::string_view name) {
  static const std::pair<std::string_view, QuestionType> kTypes[] = {{"likert", QuestionType::likert},
                                                                     {"choice", QuestionType::choice},
                                                                     {"multi_choice", QuestionType::multi_choice},
                                                                     {"boolean", QuestionType::boolean},
                                                                     {"number", QuestionType::number},
                                                                     {"text", QuestionType::text}};
  for (const auto& [key, type] : kTypes) {
    if (key == name) return type;
  }
  return std::nullopt;
}

// Keys a question of each type may carry: the common ones plus its own.
const std::vector<std::string_view>& keys_for(std::optional<QuestionType> type) {
  static const std::vector<std::string_view> kCommon = {
      "id", "type", "text", "help", "dimension", "weight", "required", "allow_na", "enable_when", "recommendation"};
  static const auto with = [](std::vector<std::string_view> extra) {
    auto keys = kCommon;
    keys.insert(keys.end(), extra.begin(), extra.end());
    return keys;
  };
  static const std::vector<std::string_view> kLikert = with({"scale", "reverse"});
  static const std::vector<std::string_view> kChoice = with({"options"});
  static const std::vector<std::string_view> kBoolean = with({"yes_score", "no_score"});
  static const std::vector<std::string_view> kNumber = with({"min", "max", "unit", "score_bands"});
  static const std::vector<std::string_view> kAny =
      with({"scale", "reverse", "options", "yes_score", "no_score", "min", "max", "unit", "score_bands"});
  if (!type) return kAny;  // unknown type: already reported, do not pile on
  switch (*type) {
    case QuestionType::likert: return kLikert;
    case QuestionType::choice:
    case QuestionType::multi_choice: return kChoice;
    case QuestionType::boolean: return kBoolean;
    case QuestionType::number: return kNumber;
    case QuestionType::text: return kCommon;
  }
  return kCommon;
}

void check_unit_score(std::optional<double> score, const std::string& pointer, Diagnostics& d) {
  if (score && (*score < 0 || *score > 1)) d.error(pointer, fmt::format("score {} is outside [0, 1]", *score));
}

void parse_scale(ObjectReader& r, Question& q, Diagnostics& d) {
  const json* scale = r.object("scale");
  if (scale == nullptr) return;
  ObjectReader s(*scale, r.at("scale"), d, {"points", "labels"});
  auto points = s.number("points");
  if (points) {
    if (*points != std::floor(*points) || *points < 2 || *points > 11) {
      d.error(s.at("points"), fmt::format("expected an integer from 2 to 11, got {}", *points));
    } else {
      q.points = static_cast<int>(*points);
    }
  }
  const json* labels = s.array("labels");
  if (labels == nullptr) return;
  for (std::size_t i = 0; i < labels->size(); ++i) {
    if ((*labels)[i].is_string()) {
      q.labels.push_back((*labels)[i].get<std::string>());
    } else {
      d.error(fmt::format("{}/{}", s.at("labels"), i),
              fmt::format("expected a string, got {}", describe((*labels)[i])));
    }
  }
  if (q.points != 0 && labels->size() != static_cast<std::size_t>(q.points)) {
    d.error(s.at("labels"), fmt::format("expected {} labels (one per point), got {}", q.points, labels->size()));
  }
}

void parse_options(ObjectReader& r, Question& q, Diagnostics& d) {
  const json* options = r.array("options");
  if (options == nullptr) return;
  if (options->empty()) d.error(r.at("options"), "expected at least one option");
  if (options->size() > limits::kMaxOptions) {
    d.error(r.at("options"),
            fmt::format("{} options exceed the limit of {} per question", options->size(), limits::kMaxOptions));
    return;
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < options->size(); ++i) {
    ObjectReader o((*options)[i], fmt::format("{}/{}", r.at("options"), i), d, {"value", "label", "score"});
    if (!o.ok()) continue;
    auto value = o.string("value");
    auto label = o.string("label");
    auto score = o.number("score");
    check_unit_score(score, o.at("score"), d);
    if (value && !seen.insert(*value).second)
      d.error(o.at("value"), fmt::format("duplicate option value \"{}\"", *value));
    if (value && *value == "na") d.error(o.at("value"), "\"na\" is reserved for \"not applicable\"; use allow_na");
    q.options.push_back(Option{value.value_or(""), label.value_or(""), score.value_or(0)});
  }
}

void parse_number(ObjectReader& r, Question& q, Diagnostics& d) {
  q.min = r.number("min", false);
  q.max = r.number("max", false);
  q.unit = r.string("unit", false).value_or("");
  if (q.min && q.max && *q.min > *q.max) d.error(r.at("max"), fmt::format("max {} is below min {}", *q.max, *q.min));
  const json* bands = r.array("score_bands");
  if (bands == nullptr) return;
  if (bands->empty()) d.error(r.at("score_bands"), "expected at least one band");
  if (bands->size() > limits::kMaxScoreBands) {
    d.error(r.at("score_bands"),
            fmt::format("{} score bands exceed the limit of {}", bands->size(), limits::kMaxScoreBands));
    return;
  }
  for (std::size_t i = 0; i < bands->size(); ++i) {
    const bool last = i + 1 == bands->size();
    ObjectReader b((*bands)[i], fmt::format("{}/{}", r.at("score_bands"), i), d, {"max", "score"});
    if (!b.ok()) continue;
    ScoreBand band;
    band.max = b.number("max", false);
    auto score = b.number("score");
    check_unit_score(score, b.at("score"), d);
    band.score = score.value_or(0);
    if (last && band.max) d.error(b.at("max"), "the last score band is the catch-all and takes no max");
    if (!last && !band.max) d.error(b.pointer(), "missing required key \"max\" (only the last band has none)");
    if (band.max && !q.score_bands.empty() && q.score_bands.back().max && *band.max <= *q.score_bands.back().max) {
      d.error(b.at("max"), fmt::format("max {} must be greater than the previous band's max {}", *band.max,
                                       *q.score_bands.back().max));
    }
    q.score_bands.push_back(band);
  }
}

}  // namespace

void parse_questions(const json& array, const std::string& pointer, Diagnostics& d, Questionnaire& qn) {
  if (array.empty()) d.error(pointer, "expected at least one question");
  if (array.size() > limits::kMaxQuestions) {
    d.error(pointer, fmt::format("{} questions exceed the limit of {}", array.size(), limits::kMaxQuestions));
    return;
  }
  std::vector<std::string> all_ids;
  for (const auto& item : array) {
    if (item.is_object() && item.contains("id") && item["id"].is_string())
      all_ids.push_back(item["id"].get<std::string>());
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < array.size(); ++i) {
    const std::string at = fmt::format("{}/{}", pointer, i);
    const json& item = array[i];
    std::optional<QuestionType> type;
    if (item.is_object() && item.contains("type") && item["type"].is_string()) {
      type = parse_type(item["type"].get<std::string>());
      if (!type) {
        d.error(at + "/type", fmt::format("unknown question type \"{}\"; expected likert, choice, multi_choice, "
                                          "boolean, number or text",
                                          item["type"].get<std::string>()));
      }
    }
    ObjectReader r(item, at, d, keys_for(type));
    if (!r.ok()) continue;
    if (!item.contains("type"))
      d.error(at, "missing required key \"type\"");
    else if (!item["type"].is_string())
      d.error(at + "/type", fmt::format("expected a string, got {}", describe(item["type"])));

    Question q;
    q.type = type.value_or(QuestionType::text);
    if (auto id = r.string("id")) {
      q.id = *id;
      check_id(q.id, r.at("id"), d);
      if (!seen.insert(q.id).second) d.error(r.at("id"), fmt::format("duplicate question id \"{}\"", q.id));
    }
    q.text = r.string("text").value_or("");
    q.help = r.string("help", false).value_or("");
    q.weight = r.number("weight", false).value_or(1);
    if (q.weight <= 0) d.error(r.at("weight"), fmt::format("weight must be greater than 0, got {}", q.weight));
    q.required = r.boolean("required", false).value_or(true);
    q.allow_na = r.boolean("allow_na", false).value_or(false);

    if (auto dim = r.string("dimension", type.has_value() && q.scored())) {
      for (std::size_t k = 0; k < qn.dimensions.size(); ++k) {
        if (qn.dimensions[k].id == *dim) q.dimension = k;
      }
      if (!q.dimension) {
        std::vector<std::string> ids;
        for (const auto& dimension : qn.dimensions) ids.push_back(dimension.id);
        std::string message = fmt::format("unknown dimension \"{}\"", *dim);
        if (auto hint = d.hint(*dim, ids)) message += fmt::format(" (did you mean \"{}\"?)", *hint);
        d.error(r.at("dimension"), message);
      }
    }
    if (auto rec = r.string("recommendation", false)) {
      for (std::size_t k = 0; k < qn.recommendations.size(); ++k) {
        if (qn.recommendations[k].id == *rec) q.recommendation = k;
      }
      if (!q.recommendation) d.error(r.at("recommendation"), fmt::format("unknown recommendation \"{}\"", *rec));
      if (type && !q.scored())
        d.error(r.at("recommendation"), "a text question is not scored and cannot feed a recommendation");
    }
    if (const json* cond = r.find("enable_when")) {
      ConditionScope scope{&all_ids, &qn.questions, true};
      q.enable_when = parse_condition(*cond, r.at("enable_when"), d, scope);
    }

    if (type == QuestionType::likert) {
      parse_scale(r, q, d);
      q.reverse = r.boolean("reverse", false).value_or(false);
    } else if (type == QuestionType::choice || type == QuestionType::multi_choice) {
      parse_options(r, q, d);
    } else if (type == QuestionType::boolean) {
      q.yes_score = r.number("yes_score", false).value_or(1);
      q.no_score = r.number("no_score", false).value_or(0);
      check_unit_score(q.yes_score, r.at("yes_score"), d);
      check_unit_score(q.no_score, r.at("no_score"), d);
    } else if (type == QuestionType::number) {
      parse_number(r, q, d);
    }
    qn.questions.push_back(std::move(q));
  }
}

}  // namespace salesaudit::detail
