#pragma once
// The interactive audit: the question flow (order, conditions, back, skip, review,
// validation) with no terminal I/O, and the small Terminal interface its front ends
// (line mode, raw keys) and the tests' scripted fake implement.

#include <salesaudit/answers.hpp>
#include <salesaudit/questionnaire.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit {

// What one reply typed at a question prompt means.
enum class Command { answer, keep, back, skip, review, help, quit };

struct ParsedInput {
  Command command = Command::answer;
  std::optional<Answer> answer;  // command == answer and valid
  std::string error;             // non-empty: not accepted; says what is
};

// Parses a reply: `<` back, `>` skip, `r` review, `?` help, `q` quit, empty = keep the
// current answer, otherwise an answer (a number, `y`/`n`, option numbers `1,3`, `na`...)
// checked with check_answer.
[[nodiscard]] ParsedInput parse_input(const Question& question, std::string_view input);

// How to type a valid answer, e.g. "a number from 1 to 5".
[[nodiscard]] std::string accepted_input(const Question& question);

// An answer as a person reads it: "4 (Usually)", "yes", "not applicable", "12 problems per week".
[[nodiscard]] std::string display_answer(const Question& question, const Answer& answer);

struct Progress {
  std::size_t position = 0;  // 1-based among the questions asked (enabled) now
  std::size_t total = 0;     // questions asked (enabled) with the current answers
  std::size_t answered = 0;  // of those, answered (including "na")
};

// The flow through one questionnaire. Which questions are asked is recomputed from the
// answers after every change, so conditional questions appear and disappear.
class Interview {
 public:
  // Starts at the first enabled question without an answer (the start, or where a
  // resumed run stopped).
  Interview(const Questionnaire& questionnaire, AnswerSet answers);

  [[nodiscard]] const Questionnaire& questionnaire() const { return *questionnaire_; }
  // The question asked now; nullopt once every question has been asked (review step).
  [[nodiscard]] std::optional<std::size_t> current() const;
  [[nodiscard]] Progress progress() const;
  // Enabled questions in questionnaire order: the numbered list of the review step.
  [[nodiscard]] std::vector<std::size_t> asked() const;
  [[nodiscard]] const std::optional<Answer>& answer_of(std::size_t question) const;

  // Records a valid answer to the current question and moves on.
  void answer(const Answer& answer);
  // Keeps the current question's existing answer and moves on (false if it has none).
  bool keep();
  // Goes to the previous asked question; never blocked by validation. False at the first.
  bool back();
  // Leaves an optional question unanswered and moves on. Returns why not for a required one.
  [[nodiscard]] std::string skip();
  // Review: asks `question` again, then comes back here (or to a question the new answer
  // enabled on the way).
  void change(std::size_t question);
  // A required, enabled question still without an answer, if any (checked before finishing).
  [[nodiscard]] std::optional<std::size_t> first_missing_required() const;
  // Goes to `question` (e.g. the one first_missing_required names).
  void go_to(std::size_t question);

  // The answers document to save: answers to questions that are not asked now are left out.
  [[nodiscard]] AnswerSet document() const;

 private:
  [[nodiscard]] std::vector<bool> enabled() const;
  [[nodiscard]] std::size_t next_enabled(std::size_t from) const;
  [[nodiscard]] std::size_t first_pending() const;
  void advance();

  const Questionnaire* questionnaire_;
  AnswerSet answers_;
  std::vector<bool> skipped_;
  std::size_t cursor_ = 0;  // == questions.size() at the review step
  std::optional<std::size_t> return_to_;
};

// What a front end shows for one question; both front ends render the same facts.
struct QuestionView {
  std::string header;                         // "[3/28] Dependence"
  std::string text;                           // the question
  std::vector<std::string> choices;           // labelled options or scale points, numbered from 1
  std::string accepted;                       // accepted_input()
  std::string current;                        // display of the current answer; empty if none
  std::vector<std::string> keys;              // "< back", "> skip" (optional only), "r review", ...
  bool single_key = false;                    // one digit answers at once (up to 9 choices)
  bool yes_no = false;                        // `y` / `n` answer at once
  bool multiple = false;                      // several choices may be picked (multi_choice)
  std::optional<std::size_t> current_choice;  // index into `choices` of the current answer
  std::string starts;                         // characters an answer can begin with (commands aside); empty = any
};

[[nodiscard]] QuestionView make_question_view(const Interview& interview, std::size_t question);
// The view as plain lines (line mode; the raw-key front end adds colour and redraws).
[[nodiscard]] std::vector<std::string> question_lines(const QuestionView& view);
// The `?` text for a question: its help, what is accepted and every command.
[[nodiscard]] std::string help_text(const Question& question);
// The numbered list of answers shown by `r` and at the end, one line per answer at
// `columns` (question texts are shortened to fit, never below 20 columns).
[[nodiscard]] std::string review_text(const Interview& interview, std::size_t columns = 80);
// The introduction: what the questionnaire measures and about how long it takes.
[[nodiscard]] std::string intro_text(const Questionnaire& questionnaire);
// About how many minutes the whole questionnaire takes (the introduction's estimate).
[[nodiscard]] std::size_t estimated_minutes(const Questionnaire& questionnaire);

// The terminal as the flow sees it. Every read returns nullopt at end of input or on an
// interrupt (Ctrl-C, Ctrl-D, SIGTERM); the caller then saves and stops.
class Terminal {
 public:
  virtual ~Terminal() = default;
  virtual void show_question(const QuestionView& view) = 0;
  // Shows a message (may span lines; no trailing newline needed).
  virtual void print(std::string_view text) = 0;
  // Reads the reply to the question shown last (raw keys may answer at once).
  [[nodiscard]] virtual std::optional<std::string> read_answer(const QuestionView& view) = 0;
  // Shows `prompt` and reads one line.
  [[nodiscard]] virtual std::optional<std::string> read_line(std::string_view prompt) = 0;
  // Display columns that text is wrapped to.
  [[nodiscard]] virtual std::size_t columns() const { return 80; }
};

enum class InterviewEnd { finished, quit, interrupted };

// Called with the document to save after every change (autosave).
using SaveAnswers = std::function<void(const AnswerSet&)>;

// Asks the optional respondent details (name, team, role); Enter skips each.
// False when input ended or was interrupted.
[[nodiscard]] bool ask_respondent(Terminal& terminal, Respondent& respondent);

// Runs the questions and the final review step until finished, quit or interrupted,
// saving after every answer.
[[nodiscard]] InterviewEnd run_interview(Interview& interview, Terminal& terminal, const SaveAnswers& save);

}  // namespace salesaudit
