// The conversation: respondent details, the question loop, and the final review.

#include "i18n/messages.hpp"

#include <salesaudit/interview.hpp>

#include <fmt/format.h>

#include <cctype>
#include <charconv>

namespace salesaudit {

namespace {

std::string trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// A list number 1..count, or nullopt.
std::optional<std::size_t> list_number(const std::string& s, std::size_t count) {
  std::size_t n = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || ptr != s.data() + s.size() || n < 1 || n > count) return std::nullopt;
  return n;
}

enum class ReviewResult { done, changed, back, quit, interrupted, stay };

// Shows the numbered answers and reads a number to change; `finishing` adds Enter = finish.
ReviewResult review(Interview& interview, Terminal& terminal, bool finishing) {
  terminal.print(fmt::format("\n{}", review_text(interview, terminal.columns())));
  const auto asked = interview.asked();
  const std::string prompt =
      finishing ? i18n::tr("Enter to finish, a number to change that answer, < to go back, q to save and quit: ")
                : i18n::tr("A number to change that answer, or Enter to continue: ");
  for (;;) {
    const auto line = terminal.read_line(prompt);
    if (!line) return ReviewResult::interrupted;
    const std::string reply = trimmed(*line);
    if (reply.empty()) return finishing ? ReviewResult::done : ReviewResult::stay;
    if (const auto n = list_number(reply, asked.size())) {
      interview.change(asked[*n - 1]);
      return ReviewResult::changed;
    }
    if (finishing && reply == "<") return ReviewResult::back;
    if (finishing && (reply == "q" || reply == "Q")) return ReviewResult::quit;
    terminal.print(i18n::trf("Not accepted: \"{}\". Type a number from 1 to {}{}.", reply, asked.size(),
                             finishing ? i18n::tr(", Enter to finish, < or q") : i18n::tr(", or press Enter")));
  }
}

}  // namespace

bool ask_respondent(Terminal& terminal, Respondent& respondent) {
  terminal.print(i18n::tr("About you (optional; press Enter to skip each):"));
  const std::pair<const char*, std::optional<std::string>*> fields[] = {{i18n::tr("Name: "), &respondent.name},
                                                                        {i18n::tr("Team: "), &respondent.team},
                                                                        {i18n::tr("Role: "), &respondent.role}};
  for (const auto& [prompt, field] : fields) {
    const auto line = terminal.read_line(prompt);
    if (!line) return false;
    if (auto value = trimmed(*line); !value.empty()) *field = std::move(value);
  }
  return true;
}

InterviewEnd run_interview(Interview& interview, Terminal& terminal, const SaveAnswers& save) {
  const Questionnaire& q = interview.questionnaire();
  for (;;) {
    const auto index = interview.current();
    if (!index) {
      if (const auto missing = interview.first_missing_required()) {
        terminal.print(i18n::tr("This question still needs an answer:"));
        interview.go_to(*missing);
        continue;
      }
      switch (review(interview, terminal, true)) {
        case ReviewResult::done: return InterviewEnd::finished;
        case ReviewResult::quit: save(interview.document()); return InterviewEnd::quit;
        case ReviewResult::interrupted: return InterviewEnd::interrupted;
        case ReviewResult::back: interview.back(); break;
        case ReviewResult::changed:
        case ReviewResult::stay: break;
      }
      continue;
    }
    const Question& question = q.questions[*index];
    const QuestionView view = make_question_view(interview, *index);
    terminal.show_question(view);
    const auto reply = terminal.read_answer(view);
    if (!reply) return InterviewEnd::interrupted;
    ParsedInput input = parse_input(question, *reply);
    switch (input.command) {
      case Command::answer:
        if (!input.answer) {
          terminal.print(input.error);
          break;
        }
        interview.answer(*input.answer);
        save(interview.document());
        break;
      case Command::keep:
        if (interview.keep()) break;
        if (question.required) {
          terminal.print(i18n::trf("An answer is needed: type {}, or ? for help.", view.accepted));
        } else if (interview.skip().empty()) {  // Enter with nothing typed skips an optional question
          save(interview.document());
        }
        break;
      case Command::back:
        if (!interview.back()) terminal.print(i18n::tr("This is the first question."));
        break;
      case Command::skip:
        if (auto why = interview.skip(); !why.empty()) {
          terminal.print(why);
        } else {
          save(interview.document());
        }
        break;
      case Command::help: terminal.print(help_text(question)); break;
      case Command::review:
        if (review(interview, terminal, false) == ReviewResult::interrupted) return InterviewEnd::interrupted;
        break;
      case Command::quit: save(interview.document()); return InterviewEnd::quit;
    }
  }
}

}  // namespace salesaudit
