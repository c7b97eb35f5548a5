#pragma once
// Authoring advice beyond validity: a valid questionnaire can still be hard to score
// well (bands no answer reaches, one-question dimensions, loose recommendations).

#include <salesaudit/questionnaire.hpp>
#include <salesaudit/translation.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace salesaudit {

struct LintFinding {
  std::string pointer;  // JSON pointer into the questionnaire, e.g. "/questions/3/text"
  std::string rule;     // stable rule name, e.g. "unreachable-band" (see docs/authoring.md)
  std::string advice;   // one sentence, no trailing newline
};

struct LintReport {
  std::vector<LintFinding> findings;  // document order
  int estimated_seconds = 0;          // every question asked once, conditional ones included
  int questions = 0;
};

// Runs every rule on a questionnaire that already passed validation.
[[nodiscard]] LintReport lint(const Questionnaire& questionnaire);

// Advice on a translation document: every text it leaves out ("untranslated": the
// questionnaire's own text will show) and every text it merely copies ("copied", as a
// fresh skeleton from `new-questionnaire --translate` does). Pointers are into the
// translation document.
[[nodiscard]] std::vector<LintFinding> lint_translation(const Questionnaire& questionnaire,
                                                        const Translation& translation);

// Seconds a respondent needs for one question: 20 for likert, boolean and choice,
// 30 for number and multi_choice, 60 for text.
[[nodiscard]] int estimated_seconds(const Question& question);

// "about 11 min 50 s", "about 40 s".
[[nodiscard]] std::string format_duration(int seconds);

}  // namespace salesaudit
