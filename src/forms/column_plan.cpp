#include "forms/column_plan.hpp"

#include "forms/header_match.hpp"
#include "forms/value_match.hpp"
#include "load/messages.hpp"

#include <fmt/format.h>

#include <set>

namespace salesaudit::forms {

namespace {

using Kind = PlannedColumn::Kind;

// `Text - Option` (Qualtrics split choices) into its parts.
std::optional<std::pair<std::string, std::string>> split_dash(std::string_view heading) {
  const auto dash = heading.rfind(" - ");
  if (dash == std::string_view::npos || dash == 0) return std::nullopt;
  return std::make_pair(std::string(heading.substr(0, dash)), std::string(heading.substr(dash + 3)));
}

class Planner {
 public:
  Planner(const ToolReader& reader, const Questionnaire& q, const LanguageView& view, const batch::ColumnMap& map,
          bool hints)
      : hints_(hints ? detail::HintBudget{} : detail::HintBudget{detail::HintBudget::kMaxHints}),
        reader_(reader),
        q_(q),
        shown_(*view.texts),
        language_(view.language),
        words_(view.words),
        index_(index_for(q, view, local_index_)),
        map_(map) {}

  // The view's shared index when it indexes `q`, else one built here.
  static const QuestionIndex& index_for(const Questionnaire& q, const LanguageView& view,
                                        std::optional<QuestionIndex>& local) {
    if (view.index && view.index->indexes(q, *view.texts)) return *view.index;
    return local.emplace(q, view.texts.get());
  }

  PlannedColumn plan(const Heading& h, const PlannedColumn* previous, std::string& error) {
    PlannedColumn c;
    if (from_map(h, c, error)) return c;
    switch (reader_.metadata(h)) {
      case Meta::completed_at:
        c.kind = Kind::completed_at;
        c.offset_minutes = h.offset_minutes;
        c.how = "metadata: completion time";
        return c;
      case Meta::respondent_id: c.kind = Kind::respondent_id, c.how = "metadata: response id"; return c;
      case Meta::email: c.kind = Kind::email, c.how = "metadata: e-mail"; return c;
      case Meta::name: c.kind = Kind::name, c.how = "metadata: respondent name"; return c;
      case Meta::ignore: c.how = "metadata: ignored"; return c;
      case Meta::none: break;
    }
    if (trim(h.text).empty()) {
      c.how = "no heading: ignored";
      return c;
    }
    bool translated = false;
    if (!h.option.empty()) {
      if (auto i = index_.find(h.text); i && option_column(*i, h.option, c)) return c;
    } else if (auto i = index_.find(h.text, &translated)) {
      c.kind = Kind::question;
      c.question = *i;
      c.how = translated ? fmt::format("question text in {}", language_) : std::string("question text");
      c.by_text = true;
      return c;
    } else if (!h.tag.empty() && (i = index_.find(h.tag))) {
      c.kind = Kind::question;
      c.question = *i;
      c.how = "question id";
      return c;
    }
    for (const auto& split : {split_bracket(h.text), split_dash(h.text)}) {
      if (!split) continue;
      if (auto i = index_.find(split->first); i && option_column(*i, split->second, c)) return c;
    }
    // A column headed by an option's label alone (Typeform): the question of the column
    // before when it has that option, else the first multi-select that has it.
    if (h.option.empty()) {
      if (previous != nullptr && previous->kind == Kind::option && option_column(previous->question, h.text, c)) {
        return c;
      }
      for (std::size_t i = 0; i < q_.questions.size(); ++i) {
        if (q_.questions[i].type == QuestionType::multi_choice && option_of(i, h.text) && option_column(i, h.text, c)) {
          return c;
        }
      }
    }
    std::string message = fmt::format("column \"{}\" matches no question of {}@{} and is no {} metadata column", h.key,
                                      q_.id, q_.version, reader_.title());
    const auto near = hints_.take() ? index_.closest(h.option.empty() ? h.text : h.text + " " + h.option)
                                    : std::vector<std::string>{};
    for (std::size_t k = 0; k < near.size(); ++k)
      message += fmt::format("{} \"{}\"", k == 0 ? "; closest:" : " or", near[k]);
    message += "; map it with --map (null to ignore it)";
    error = message;
    return c;
  }

 private:
  bool from_map(const Heading& h, PlannedColumn& c, std::string& error) {
    auto it = map_.find(h.key);
    if (it == map_.end()) it = map_.find(h.text);
    if (it == map_.end()) return false;
    c.how = "--map";
    // null: not a question; a metadata column keeps its role (time, id) when pinned.
    if (!it->second) return reader_.metadata(h) == Meta::none;
    const std::string& target = *it->second;
    if (target == "respondent_id") {
      c.kind = Kind::respondent_id;
    } else if (target == "respondent_name") {
      c.kind = Kind::name;
    } else if (target == "team") {
      c.kind = Kind::team;
    } else if (target == "role") {
      c.kind = Kind::role;
    } else if (auto i = q_.question_index(target)) {
      c.kind = Kind::question;
      c.question = *i;
      if (!h.option.empty() && !option_column(*i, h.option, c)) {
        error = fmt::format("column \"{}\": \"{}\" is no option of question \"{}\"", h.key, h.option, target);
      } else if (h.option.empty() && q_.questions[*i].type == QuestionType::multi_choice) {
        // One column per option mapped to its question: the option is in the heading.
        const auto bracket = split_bracket(h.text);
        const auto dash = split_dash(h.text);
        if (!(bracket && option_column(*i, bracket->second, c)) && !(dash && option_column(*i, dash->second, c))) {
          option_column(*i, h.text, c);
        }
      }
      c.how = "--map";
    } else {
      error =
          fmt::format("column \"{}\": --map names \"{}\", not a question of {}@{}", h.key, target, q_.id, q_.version);
    }
    return true;
  }

  // The option a label names, in the view's language first, then as written.
  std::optional<std::size_t> option_of(std::size_t question, std::string_view label) const {
    if (auto o = find_option(shown_.questions[question], label)) return o;
    return find_option(q_.questions[question], label);
  }

  bool option_column(std::size_t question, std::string_view option, PlannedColumn& c) const {
    const Question& q = q_.questions[question];
    if (q.type != QuestionType::multi_choice) return false;
    c.question = question;
    c.kind = Kind::option;
    if (auto o = option_of(question, option)) {
      c.option = *o;
    } else if (q.allow_na && is_na(option, words_)) {
      c.option.reset();
    } else {
      return false;
    }
    c.how = fmt::format("option \"{}\" of a question text", option);
    c.by_text = true;
    return true;
  }

  detail::HintBudget hints_;  // spent up front when the plan is to have no hints
  std::optional<QuestionIndex> local_index_;
  const ToolReader& reader_;
  const Questionnaire& q_;
  const Questionnaire& shown_;  // the view's texts
  const std::string& language_;
  const AnswerWords& words_;
  const QuestionIndex& index_;
  const batch::ColumnMap& map_;
};

}  // namespace

ColumnPlan plan_columns(const ToolReader& reader, const std::vector<Heading>& headings,
                        const Questionnaire& questionnaire, const LanguageView& view, const batch::ColumnMap& map,
                        const std::function<std::string(std::size_t)>& where, bool hints) {
  ColumnPlan plan;
  plan.view = view;
  Planner planner(reader, questionnaire, plan.view, map, hints);
  std::set<std::size_t> whole;                            // questions with a column of their own
  std::set<std::pair<std::size_t, std::size_t>> options;  // (question, option + 1)
  std::set<std::size_t> answered;
  for (std::size_t i = 0; i < headings.size(); ++i) {
    std::string error;
    PlannedColumn c = planner.plan(headings[i], plan.columns.empty() ? nullptr : &plan.columns.back(), error);
    if (error.empty() && c.kind == Kind::question &&
        (!whole.insert(c.question).second || answered.count(c.question) > 0)) {
      error = fmt::format("column \"{}\" is a second column for question \"{}\"", headings[i].key,
                          questionnaire.questions[c.question].id);
    }
    if (error.empty() && c.kind == Kind::option &&
        (whole.count(c.question) > 0 || !options.insert({c.question, c.option ? *c.option + 1 : 0}).second)) {
      error = fmt::format("column \"{}\" is a second column for an option of question \"{}\"", headings[i].key,
                          questionnaire.questions[c.question].id);
    }
    if (!error.empty()) {
      plan.errors.push_back(fmt::format("{}: {}", where(i), error));
      c = PlannedColumn{};
      c.how = "unmatched";
    }
    if (c.kind == Kind::question || c.kind == Kind::option) answered.insert(c.question);
    if (c.by_text) ++plan.by_text;
    plan.columns.push_back(std::move(c));
  }
  plan.matched = answered.size();
  return plan;
}

}  // namespace salesaudit::forms
