#pragma once
// Scoring (contract section 3) and prioritized improvements (section 4).
// The result is a plain value computed once; every report format renders it.

#include <salesaudit/answers.hpp>
#include <salesaudit/questionnaire.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit {

struct ItemResult {
  bool enabled = true;    // enable_when holds (or absent)
  bool answered = false;  // enabled, answered and not "na"
  bool na = false;
  std::optional<double> score;  // item score s in [0, 1] when answered and scored
  double gain = 0;              // overall points gained if this answer became perfect
};

struct DimensionResult {
  std::optional<double> score;      // null: insufficient answers
  std::optional<std::size_t> band;  // index into Questionnaire::bands
  double coverage = 1;
  int answered = 0;  // |A_d|
  int asked = 0;     // |E_d|
  double answered_weight = 0;
  double asked_weight = 0;
};

struct RecommendationResult {
  std::size_t recommendation = 0;  // index into Questionnaire::recommendations
  double gain = 0;
  double priority = 0;
  int horizon_days = 30;
  std::vector<std::size_t> questions;  // triggering questions, questionnaire order
};

struct ScoreCard {
  const Questionnaire* questionnaire = nullptr;  // must outlive the card
  const AnswerSet* answers = nullptr;            // must outlive the card
  std::optional<double> overall;
  std::optional<std::size_t> overall_band;
  std::vector<DimensionResult> dimensions;            // questionnaire order
  std::vector<ItemResult> items;                      // questionnaire order
  std::vector<std::size_t> red_flags;                 // indices, questionnaire order
  std::vector<RecommendationResult> recommendations;  // ranked: rank = position + 1
  // As the report shows them: "file: /pointer: message" from loading, "message" from scoring.
  std::vector<std::string> warnings;
};

// One warning of the record at `where` ("a.json", "data.ndjson:12") as a stderr line
// without its newline: "where: /pointer: warning: message", or "where: warning: message"
// for a warning about no one place.
[[nodiscard]] std::string warning_line(std::string_view where, std::string_view warning);
// warning_line(where, warning), appended to `out`.
void append_warning_line(std::string& out, std::string_view where, std::string_view warning);
// Every warning's line, each ending in '\n', appended to `out`.
void append_warning_lines(std::string& out, std::string_view where, const std::vector<std::string>& warnings);

// Which questions are enabled, in questionnaire order (conditions only look back).
[[nodiscard]] std::vector<bool> enabled_questions(const Questionnaire& questionnaire,
                                                  const std::vector<std::optional<Answer>>& answers);

// Evaluates a condition; `enabled` is the result of enabled_questions (a condition on a
// disabled, unanswered or "na" question is false).
[[nodiscard]] bool evaluate(const Condition& condition, const std::vector<std::optional<Answer>>& answers,
                            const std::vector<bool>& enabled);
// The same, with one byte per question (the batch row scorer's scratch: no bit packing).
[[nodiscard]] bool evaluate(const Condition& condition, const std::vector<std::optional<Answer>>& answers,
                            const std::vector<char>& enabled);

// Item score in [0, 1] of a valid answer to a scored question.
[[nodiscard]] double item_score(const Question& question, const Value& value);

[[nodiscard]] ScoreCard score(const Questionnaire& questionnaire, const AnswerSet& answers);

}  // namespace salesaudit
