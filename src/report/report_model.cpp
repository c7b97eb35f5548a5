// The derived report content shared by every renderer.

#include "report/report_model.hpp"

#include "i18n/messages.hpp"

#include <salesaudit/rounding.hpp>

#include <fmt/format.h>

#include <chrono>
#include <cmath>

namespace salesaudit::report {

namespace {

std::optional<int> digits(std::string_view s) {
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

ItemStatus status_of(const Question& question, const ItemResult& item, const std::optional<Answer>& answer) {
  if (!item.enabled) return ItemStatus::disabled;
  if (!answer) return ItemStatus::unanswered;
  if (answer->na) return ItemStatus::not_applicable;
  return question.scored() ? ItemStatus::answered : ItemStatus::unscored;
}

std::vector<DimensionView> dimension_views(const ScoreCard& card) {
  const Questionnaire& q = *card.questionnaire;
  std::vector<DimensionView> views(q.dimensions.size());
  for (std::size_t d = 0; d < views.size(); ++d) {
    views[d].dimension = d;
    if (card.dimensions[d].band) views[d].tone = band_tone(*card.dimensions[d].band, q.bands.size());
  }
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const Question& question = q.questions[i];
    if (!question.scored() || !question.dimension) continue;
    const ItemResult& item = card.items[i];
    const auto& answer = i < card.answers->answers.size() ? card.answers->answers[i] : std::optional<Answer>{};
    ItemView view;
    view.question = i;
    view.status = status_of(question, item, answer);
    if (answer) view.answer = answer_text(question, *answer);
    view.weight = question.weight;
    view.gain = item.gain;
    const DimensionResult& dim = card.dimensions[*question.dimension];
    if (item.answered && item.score) {
      view.item_score = item.score;
      views[*question.dimension].weighted_sum += question.weight * *item.score;
      if (dim.answered_weight > 0) view.contribution = 100.0 * question.weight * *item.score / dim.answered_weight;
    }
    views[*question.dimension].items.push_back(std::move(view));
  }
  return views;
}

std::vector<ActionView> action_views(const ScoreCard& card, double scored_weight) {
  const Questionnaire& q = *card.questionnaire;
  std::vector<ActionView> actions;
  for (std::size_t r = 0; r < card.recommendations.size(); ++r) {
    const RecommendationResult& result = card.recommendations[r];
    ActionView action;
    action.rank = r + 1;
    action.result = &result;
    action.recommendation = &q.recommendations[result.recommendation];
    for (std::size_t qi : result.questions) {
      const Question& question = q.questions[qi];
      const std::size_t d = *question.dimension;
      action.terms.push_back(GainTerm{qi, d, q.dimensions[d].weight, scored_weight, question.weight,
                                      card.items[qi].score.value_or(0), card.dimensions[d].answered_weight,
                                      card.items[qi].gain});
      if (qi < card.answers->comments.size() && !card.answers->comments[qi].empty()) action.commented.push_back(qi);
    }
    actions.push_back(std::move(action));
  }
  return actions;
}

}  // namespace

ReportModel build_model(const ScoreCard& card, const RenderOptions& options) {
  const Questionnaire& q = *card.questionnaire;
  const AnswerSet& answers = *card.answers;
  ReportModel model;
  model.card = &card;
  model.questionnaire = &q;
  model.respondent = answers.respondent.name.value_or(answers.respondent.id.value_or(""));
  const Respondent& who = answers.respondent;
  if (who.name && who.id) model.respondent_details.push_back(i18n::trf("id {}", *who.id));
  if (who.role) model.respondent_details.push_back(i18n::trf("role {}", *who.role));
  if (who.team) model.respondent_details.push_back(i18n::trf("team {}", *who.team));
  if (card.overall_band) {
    model.overall_tone = band_tone(*card.overall_band, q.bands.size());
    model.overall_capped = card.overall && q.band_for(*card.overall) != *card.overall_band;
  }
  model.dimensions = dimension_views(card);
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    if (card.dimensions[d].score) model.scored_weight += q.dimensions[d].weight;
  }
  model.actions = action_views(card, model.scored_weight);
  model.shown =
      options.top <= 0 ? model.actions.size() : std::min(model.actions.size(), static_cast<std::size_t>(options.top));
  for (std::size_t a = 0; a < model.shown; ++a) {
    if (model.actions[a].recommendation->effort == Effort::low) {
      model.actions[a].quick_win = true;
      model.quick_wins.push_back(a);
    }
  }
  for (Effort effort : {Effort::low, Effort::medium, Effort::high}) {
    PlanStage stage;
    stage.effort = effort;
    stage.days = horizon_days(effort);
    for (std::size_t a = 0; a < model.actions.size(); ++a) {
      if (model.actions[a].result->horizon_days == stage.days) stage.actions.push_back(a);
    }
    model.plan.push_back(std::move(stage));
  }
  if (answers.completed_at) {
    model.retest_date = add_days(*answers.completed_at, kRetestDays);
    if (model.retest_date) model.completed_date = answers.completed_at->substr(0, 10);
  }
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const Question& question = q.questions[i];
    const std::string comment = i < answers.comments.size() ? answers.comments[i] : std::string();
    const auto& answer = i < answers.answers.size() ? answers.answers[i] : std::optional<Answer>{};
    const bool free_text = !question.scored() && answer && !answer->na && card.items[i].enabled;
    if (comment.empty() && !free_text) continue;
    model.comments.push_back(CommentView{i, answer ? answer_text(question, *answer) : std::string(), comment});
  }
  return model;
}

std::optional<std::string> add_days(std::string_view timestamp, int days) {
  if (timestamp.size() < 10 || timestamp[4] != '-' || timestamp[7] != '-') return std::nullopt;
  if (timestamp.size() > 10 && timestamp[10] != 'T' && timestamp[10] != 't' && timestamp[10] != ' ') {
    return std::nullopt;
  }
  const auto y = digits(timestamp.substr(0, 4));
  const auto m = digits(timestamp.substr(5, 2));
  const auto d = digits(timestamp.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  using namespace std::chrono;
  const year_month_day date{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
  if (!date.ok()) return std::nullopt;
  const year_month_day later{sys_days{date} + std::chrono::days{days}};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(later.year()), static_cast<unsigned>(later.month()),
                     static_cast<unsigned>(later.day()));
}

std::string answer_text(const Question& question, const Answer& answer) {
  using i18n::tr;
  if (answer.na) return tr("not applicable");
  const Value& v = answer.value;
  switch (question.type) {
    case QuestionType::likert: {
      const double n = std::get<double>(v);
      const auto index = static_cast<std::size_t>(n) - 1;
      const std::string label = index < question.labels.size() ? question.labels[index] : std::string();
      return label.empty() ? i18n::trf("{} of {}", shortest(n), question.points)
                           : i18n::trf("{} of {} ({})", shortest(n), question.points, label);
    }
    case QuestionType::choice: {
      const auto& value = std::get<std::string>(v);
      const Option* option = question.find_option(value);
      return option != nullptr && !option->label.empty() ? option->label : value;
    }
    case QuestionType::multi_choice: {
      std::string out;
      for (const auto& value : std::get<std::vector<std::string>>(v)) {
        const Option* option = question.find_option(value);
        out += (out.empty() ? "" : "; ") + (option != nullptr && !option->label.empty() ? option->label : value);
      }
      return out.empty() ? std::string(tr("none selected")) : out;
    }
    case QuestionType::boolean: return std::get<bool>(v) ? tr("yes") : tr("no");
    case QuestionType::number: {
      const std::string n = i18n::decimal(shortest(std::get<double>(v)));
      if (question.unit.empty()) return n;
      return question.unit.front() == '%' ? n + question.unit : n + " " + question.unit;
    }
    case QuestionType::text: return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : to_display(v);
  }
  return to_display(v);
}

Tone band_tone(std::size_t band, std::size_t band_count) {
  if (band_count <= 1 || band + 1 >= band_count) return band == 0 && band_count > 1 ? Tone::bad : Tone::good;
  if (band == 0) return Tone::bad;
  return band * 2 < band_count ? Tone::poor : Tone::fair;
}

std::string fixed2(double value) {
  return fmt::format("{:.2f}", round2(value));
}

std::string shortest(double value) {
  return fmt::format("{}", value);
}

std::string num2(double value) {
  return i18n::decimal(fixed2(value));
}

std::string num_shortest(double value) {
  return i18n::decimal(shortest(value));
}

std::string effort_word(Effort effort) {
  switch (effort) {
    case Effort::low: return i18n::trc("effort", "low");
    case Effort::medium: return i18n::trc("effort", "medium");
    case Effort::high: return i18n::trc("effort", "high");
  }
  return std::string(to_string(effort));
}

std::string percent(double fraction) {
  return fmt::format("{:.0f}%", std::floor(round2(fraction) * 100 + 0.5));
}

}  // namespace salesaudit::report
