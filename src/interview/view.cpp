// What the person sees: prompts, help, the review list and the introduction.

#include "i18n/messages.hpp"

#include <salesaudit/interview.hpp>
#include <salesaudit/text.hpp>

#include <fmt/format.h>

namespace salesaudit {

namespace {

// Seconds a question takes on average; the intro's estimate.
constexpr std::size_t kSecondsPerQuestion = 20;
constexpr std::size_t kReviewTextWidth = 60;

// At most `width` display columns (a Japanese character takes two), never cut inside a
// UTF-8 sequence.
std::string shorten(const std::string& text, std::size_t width) {
  if (text::display_width(text) <= width) return text;
  std::string out;
  std::size_t used = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = 1;
    while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
    const std::size_t w = text::display_width(std::string_view(text).substr(i, n));
    if (used + w > width - 3) break;
    out.append(text, i, n);
    used += w;
    i += n;
  }
  return out + "...";
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
  if (const auto& answer = interview.answer_of(index)) view.current = display_answer(question, *answer);
  view.keys = {i18n::tr("< back")};
  if (!question.required) view.keys.emplace_back(i18n::tr("> skip"));
  view.keys.insert(view.keys.end(), {i18n::tr("r review"), i18n::tr("? help"), i18n::tr("q save and quit")});
  view.single_key = (question.type == QuestionType::likert || question.type == QuestionType::choice) &&
                    !view.choices.empty() && view.choices.size() <= 9;
  view.yes_no = question.type == QuestionType::boolean;
  view.multiple = question.type == QuestionType::multi_choice;
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

std::string review_text(const Interview& interview) {
  const Questionnaire& q = interview.questionnaire();
  const auto asked = interview.asked();
  const Progress progress = interview.progress();
  std::string out = i18n::trf("Your answers ({} of {} answered):", progress.answered, progress.total);
  const int width = static_cast<int>(fmt::format("{}", asked.size()).size());
  for (std::size_t n = 0; n < asked.size(); ++n) {
    const Question& question = q.questions[asked[n]];
    const auto& answer = interview.answer_of(asked[n]);
    out += fmt::format("\n{:>{}}. [{}] {}: {}", n + 1, width, dimension_title(q, question),
                       shorten(question.text, kReviewTextWidth),
                       answer ? display_answer(question, *answer) : std::string(i18n::tr("(not answered)")));
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
