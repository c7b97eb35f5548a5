#pragma once
// Everything the renderers show beyond the ScoreCard itself (top actions, quick wins,
// the 30/60/90-day plan, the retest date, per-question contributions and the gain
// arithmetic), derived once so every format shows the same numbers.

#include "i18n/messages.hpp"

#include <salesaudit/report.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace salesaudit::report {

// Where a band sits in the questionnaire's order; selects colours, never the only cue.
enum class Tone { bad, poor, fair, good };

enum class ItemStatus { answered, not_applicable, unanswered, disabled, unscored };

// One question as it counted in its dimension (for --explain).
struct ItemView {
  std::size_t question = 0;  // index into Questionnaire::questions
  ItemStatus status = ItemStatus::unanswered;
  std::string answer;                  // human-readable answer, empty when none
  std::optional<double> item_score;    // s_i
  double weight = 1;                   // w_i
  std::optional<double> contribution;  // 100 * w_i * s_i / sum_{A_d} w: points of the dimension score
  double gain = 0;                     // overall points if this answer became perfect
};

struct DimensionView {
  std::size_t dimension = 0;
  std::optional<Tone> tone;
  double weighted_sum = 0;      // sum_{A_d} w_i * s_i
  std::vector<ItemView> items;  // questionnaire order
};

// One term of a recommendation's gain: gain_i = 100 * (W_d / sum W) * w_i * (1 - s_i) / sum_{A_d} w.
struct GainTerm {
  std::size_t question = 0;
  std::size_t dimension = 0;
  double dimension_weight = 0;  // W_d
  double scored_weight = 0;     // sum of W over dimensions with a score
  double weight = 0;            // w_i
  double item_score = 0;        // s_i
  double answered_weight = 0;   // sum_{A_d} w
  double gain = 0;
};

struct ActionView {
  std::size_t rank = 0;  // 1-based
  const RecommendationResult* result = nullptr;
  const Recommendation* recommendation = nullptr;
  bool quick_win = false;  // low effort and among the shown actions
  std::vector<GainTerm> terms;
  std::vector<std::size_t> commented;  // triggering questions that carry a respondent comment
};

struct PlanStage {
  int days = 30;
  Effort effort = Effort::low;
  std::vector<std::size_t> actions;  // indices into ReportModel::actions, ranked order
};

// A respondent's free text: a comment on a question, or the answer to a text question.
struct CommentView {
  std::size_t question = 0;
  std::string answer;   // the answer as shown (the text itself for text questions)
  std::string comment;  // may be empty for text questions
};

struct ReportModel {
  const ScoreCard* card = nullptr;
  const Questionnaire* questionnaire = nullptr;
  std::string respondent;                       // name, else id, else empty
  std::vector<std::string> respondent_details;  // "id r-1" (when a name is shown), "role ...", "team ..."
  std::optional<Tone> overall_tone;
  bool overall_capped = false;                // overall_band_cap lowered the overall band
  std::vector<DimensionView> dimensions;      // questionnaire order
  double scored_weight = 0;                   // sum of W over dimensions with a score
  std::vector<ActionView> actions;            // every triggered recommendation, ranked
  std::size_t shown = 0;                      // the first `shown` actions are the top actions
  std::vector<std::size_t> quick_wins;        // indices into actions, among the shown
  std::vector<PlanStage> plan;                // 30, 60 and 90 days, each possibly empty
  std::optional<std::string> completed_date;  // YYYY-MM-DD from completed_at
  std::optional<std::string> retest_date;     // completed_at + 90 days
  std::vector<CommentView> comments;          // questionnaire order
};

inline constexpr int kRetestDays = 90;
inline constexpr const char* kBandNote =
    i18n::N_("Bands are rules of thumb to help you prioritise, not validated norms.");

[[nodiscard]] ReportModel build_model(const ScoreCard& card, const RenderOptions& options);

// `days` after the date at the start of an ISO 8601 timestamp ("2026-03-10T13:13:41Z"),
// as YYYY-MM-DD; nullopt when the string does not start with a valid date.
[[nodiscard]] std::optional<std::string> add_days(std::string_view timestamp, int days);

// How a valid answer reads in a report: option labels, "yes"/"no", numbers with units.
[[nodiscard]] std::string answer_text(const Question& question, const Answer& answer);

[[nodiscard]] Tone band_tone(std::size_t band, std::size_t band_count);

// Number formats shared by the renderers: two decimals after round2, and the shortest
// form for weights ("3", "0.5").
[[nodiscard]] std::string fixed2(double value);
[[nodiscard]] std::string shortest(double value);
[[nodiscard]] std::string percent(double fraction);  // "100%", "67%"

// For the formats people read: fixed2 with the language's decimal separator ("46,87"),
// and the effort words ("low" -> "faible").
[[nodiscard]] std::string num2(double value);
[[nodiscard]] std::string num_shortest(double value);  // shortest() with the decimal separator
[[nodiscard]] std::string effort_word(Effort effort);

}  // namespace salesaudit::report
