// What the person sees: prompts, help, the review list and the introduction.

#include "i18n/messages.hpp"

#include <salesaudit/interview.hpp>
#include <salesaudit/text.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace salesaudit {

namespace {

// Seconds a question takes on average; the intro's estimate.
constexpr std::size_t kSecondsPerQuestion = 20;
constexpr std::size_t kReviewMinTextWidth = 20;

// Characters a reply to `question` can begin with, commands aside; empty = anything.
std::string answer_starts(const Question& question, bool single_key, std::size_t choices) {
  std::string starts;
  switch (question.type) {
    case QuestionType::text: return {};
    case QuestionType::boolean: starts = "yYnNtTfF"; break;
    case QuestionType::number: starts = "0123456789-."; break;
    case QuestionType::likert:
    case QuestionType::choice:
    case QuestionType::multi_choice:
      if (single_key) {
        for (std::size_t i = 1; i <= choices; ++i) starts += static_cast<char>('0' + i);
      } else {
        starts = "0123456789";
      }
      if (question.type == QuestionType::multi_choice) starts += '-';
      for (const auto& option : question.options) {
        if (!option.value.empty()) starts += option.value.front();  // an option typed by its value
      }
      break;
  }
  if (question.allow_na) starts += "nN";
  return starts + " ";
}

std::optional<std::size_t> choice_of(const Question& question, const Answer& answer) {
  if (answer.na) return std::nullopt;
  if (question.type == QuestionType::likert) {
    const auto* n = std::get_if<double>(&answer.value);
    if (n != nullptr && *n >= 1 && *n <= double(question.labels.size())) return static_cast<std::size_t>(*n) - 1;
  } else if (question.type == QuestionType::choice) {
    const auto* value = std::get_if<std::string>(&answer.value);
    for (std::size_t i = 0; value != nullptr && i < question.options.size(); ++i) {
      if (question.options[i].value == *value) return i;
    }
  }
  return std::nullopt;
}

std::string dimension_title(const Questionnaire& q, const Question& question) {
  return question.dimension ? q.dimensions[*question.dimension].title : std::string(i18n::tr("Notes"));
}

}  // namespace

QuestionView make_question_view(const Interview& interview, std::size_t index) {
  const Questionnaire& q = interview.questionnaire();
  const Question& question = q.questions.at(index);
  const Progress progress = interview.progress();
  QuestionView view;
  view.header = fmt::format("[{}/{}] {}", progress.position, progress.total, dimension_title(q, question));
  view.text = question.text;
  if (question.type == QuestionType::likert) {
    view.choices = question.labels;
  } else if (question.type == QuestionType::choice || question.type == QuestionType::multi_choice) {
    for (const auto& option : question.options) view.choices.push_back(option.label);
  }
  view.accepted = accepted_input(question);
  if (const auto& answer = interview.answer_of(index)) {
    view.current = display_answer(question, *answer);
    view.current_choice = choice_of(question, *answer);
  }
  view.keys = {i18n::tr("< back")};
  if (!question.required) view.keys.emplace_back(i18n::tr("> skip"));
  view.keys.insert(view.keys.end(), {i18n::tr("r review"), i18n::tr("? help"), i18n::tr("q save and quit")});
  view.single_key = (question.type == QuestionType::likert || question.type == QuestionType::choice) &&
                    !view.choices.empty() && view.choices.size() <= 9;
  view.yes_no = question.type == QuestionType::boolean;
  view.multiple = question.type == QuestionType::multi_choice;
  view.starts = answer_starts(question, view.single_key, view.choices.size());
  return view;
}

std::vector<std::string> question_lines(const QuestionView& view) {
  std::vector<std::string> lines = {view.header, view.text};
  for (std::size_t i = 0; i < view.choices.size(); ++i)
    lines.push_back(fmt::format("  {}  {}", i + 1, view.choices[i]));
  if (!view.current.empty()) lines.push_back(i18n::trf("Current answer: {} (Enter keeps it)", view.current));
  std::string keys;
  for (const auto& key : view.keys) keys += (keys.empty() ? "" : ", ") + key;
  lines.push_back(i18n::trf("Type {}; {}", view.accepted, keys));
  return lines;
}

std::string help_text(const Question& question) {
  std::string out;
  if (!question.help.empty()) out += question.help + "\n";
  out += i18n::trf("Accepted: {}.", accepted_input(question)) + "\n";
  out += i18n::tr(
      "Commands: < back to the previous question, > skip (optional questions only), r review and change "
      "answers, ? this help, q save and quit (resume later with --resume).");
  return out;
}

std::string review_text(const Interview& interview, std::size_t columns) {
  const Questionnaire& q = interview.questionnaire();
  const auto asked = interview.asked();
  const Progress progress = interview.progress();
  std::string out = i18n::trf("Your answers ({} of {} answered):", progress.answered, progress.total);
  const int width = static_cast<int>(fmt::format("{}", asked.size()).size());
  for (std::size_t n = 0; n < asked.size(); ++n) {
    const Question& question = q.questions[asked[n]];
    const auto& answer = interview.answer_of(asked[n]);
    const std::string prefix = fmt::format("{:>{}}. [{}] ", n + 1, width, dimension_title(q, question));
    const std::string suffix =
        ": " + (answer ? display_answer(question, *answer) : std::string(i18n::tr("(not answered)")));
    // One line per answer: the question text takes what the number, dimension and answer leave.
    const std::size_t used = text::display_width(prefix) + text::display_width(suffix);
    const std::size_t room = std::max(columns > used ? columns - used : 0, kReviewMinTextWidth);
    out += "\n" + prefix + text::truncate(question.text, room) + suffix;
  }
  return out;
}

std::size_t estimated_minutes(const Questionnaire& q) {
  return std::max<std::size_t>(1, (q.questions.size() * kSecondsPerQuestion + 59) / 60);
}

std::string intro_text(const Questionnaire& q) {
  const std::size_t count = q.questions.size();
  const std::size_t minutes = estimated_minutes(q);
  std::string out = q.title + "\n";
  if (!q.description.empty()) out += q.description + "\n";
  return out + "\n" + i18n::trf("Up to {} questions, about {} minutes.", count, minutes);
}

}  // namespace salesaudit
