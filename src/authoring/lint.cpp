// Lint rules (see docs/authoring.md for what each one means and why).

#include "authoring/reachable.hpp"

#include <salesaudit/lint.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace salesaudit {

namespace {

using authoring::Reach;

std::string score_text(double value) {
  return fmt::format("{:.2f}", value);
}

std::string band_range(const Questionnaire& q, std::size_t b) {
  if (b + 1 < q.bands.size()) return fmt::format("{:g} to below {:g}", q.bands[b].min, q.bands[b + 1].min);
  return fmt::format("{:g} and above", q.bands[b].min);
}

// Why no value of `reach` falls in band `b` (empty when one does, or when unknown).
// `whose` starts the reason: "its" for a dimension, "the overall's" for the overall.
std::string miss_reason(const Questionnaire& q, const Reach& reach, std::size_t b, std::string_view whose) {
  const double low = q.bands[b].min;
  const double high = b + 1 < q.bands.size() ? q.bands[b + 1].min : std::numeric_limits<double>::infinity();
  if (!reach.exact) {
    // Bounds are wider than the truth: a band outside them is surely out of reach, but
    // gaps inside them go unseen, which the finding says.
    constexpr const char* kApproximate =
        " (approximate: too many answer combinations to list every possible score, so only their range was "
        "checked)";
    if (reach.max < low)
      return fmt::format("{} best possible score is at most {}{}", whose, score_text(reach.max), kApproximate);
    if (reach.min >= high)
      return fmt::format("{} lowest possible score is at least {}{}", whose, score_text(reach.min), kApproximate);
    return {};
  }
  for (double v : reach.values) {
    if (q.band_for(v) == b) return {};
  }
  if (reach.values.back() < low)
    return fmt::format("{} best possible score is {}", whose, score_text(reach.values.back()));
  if (reach.values.front() >= high) {
    return fmt::format("{} lowest possible score is {}", whose, score_text(reach.values.front()));
  }
  const auto above = std::lower_bound(reach.values.begin(), reach.values.end(), low);
  return fmt::format("{} possible scores jump from {} to {}", whose, score_text(*(above - 1)), score_text(*above));
}

void unreachable_bands(const Questionnaire& q, std::vector<LintFinding>& out) {
  authoring::Budget budget;  // shared, so the whole check is bounded whatever the questionnaire
  std::vector<Reach> reaches;
  for (std::size_t d = 0; d < q.dimensions.size(); ++d)
    reaches.push_back(authoring::reachable_dimension(q, d, 200000, budget));
  for (std::size_t b = 0; b < q.bands.size(); ++b) {
    const std::string at = fmt::format("/bands/{}", b);
    for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
      if (reaches[d].never_scored()) continue;  // reported by the dimension rule
      const std::string why = miss_reason(q, reaches[d], b, "its");
      if (why.empty()) continue;
      out.push_back({at, "unreachable-band",
                     fmt::format("band \"{}\" ({}) is out of reach for dimension \"{}\": {}", q.bands[b].id,
                                 band_range(q, b), q.dimensions[d].id, why)});
    }
  }
  if (q.dimensions.size() < 2) return;  // the overall is the one dimension's score: already reported
  const Reach overall = authoring::reachable_overall(q, reaches, 200000, budget);
  if (overall.never_scored()) return;
  for (std::size_t b = 0; b < q.bands.size(); ++b) {
    if (q.band_cap && q.band_cap->cap == b) continue;  // the cap can assign it whatever the score
    const std::string why = miss_reason(q, overall, b, "the overall's");
    if (why.empty()) continue;
    out.push_back(
        {fmt::format("/bands/{}", b), "unreachable-band",
         fmt::format("band \"{}\" ({}) can never be the overall band: {}", q.bands[b].id, band_range(q, b), why)});
  }
}

void dimension_sizes(const Questionnaire& q, std::vector<LintFinding>& out) {
  std::vector<std::vector<std::size_t>> members(q.dimensions.size());
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    if (q.questions[i].scored() && q.questions[i].dimension) members[*q.questions[i].dimension].push_back(i);
  }
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    const std::string at = fmt::format("/dimensions/{}", d);
    if (members[d].empty()) {
      out.push_back({at, "empty-dimension",
                     fmt::format("dimension \"{}\" has no scored question: its score, and so the overall score, is "
                                 "always null",
                                 q.dimensions[d].id)});
    } else if (members[d].size() == 1) {
      out.push_back({at, "single-question-dimension",
                     fmt::format("dimension \"{}\" has only one question (\"{}\"): a single answer decides its "
                                 "score; add questions or merge it into another dimension",
                                 q.dimensions[d].id, q.questions[members[d][0]].id)});
    }
  }
}

void recommendation_links(const Questionnaire& q, std::vector<LintFinding>& out) {
  std::vector<bool> fed(q.recommendations.size(), false);
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const Question& question = q.questions[i];
    if (question.recommendation) {
      fed[*question.recommendation] = true;
    } else if (question.scored()) {
      out.push_back(
          {fmt::format("/questions/{}", i), "question-without-recommendation",
           fmt::format("question \"{}\" feeds no recommendation: a weak answer here suggests no action", question.id)});
    }
  }
  for (std::size_t r = 0; r < q.recommendations.size(); ++r) {
    if (fed[r]) continue;
    out.push_back({fmt::format("/recommendations/{}", r), "unused-recommendation",
                   fmt::format("recommendation \"{}\" is fed by no question and can never be suggested",
                               q.recommendations[r].id)});
  }
}

void reverse_share(const Questionnaire& q, std::vector<LintFinding>& out) {
  int scored = 0;
  int reversed = 0;
  for (const auto& question : q.questions) {
    if (!question.scored()) continue;
    ++scored;
    // Reverse-keyed: agreeing (a high point, "yes") is the unhealthy answer.
    if ((question.type == QuestionType::likert && question.reverse) ||
        (question.type == QuestionType::boolean && question.yes_score < question.no_score)) {
      ++reversed;
    }
  }
  if (scored == 0) return;
  // A quarter to a third, widened to the nearest whole counts so small questionnaires can comply.
  const int low = scored / 4;
  const int high = (scored + 2) / 3;
  if (reversed >= low && reversed <= high) return;
  out.push_back({"/questions", "reverse-keyed-share",
                 fmt::format("{} of {} scored questions ({:.0f}%) are reverse-keyed; aim for a quarter to a third "
                             "({} to {}) so agreeing with everything does not score well",
                             reversed, scored, 100.0 * reversed / scored, std::max(low, 1), high)});
}

// Finds `word` as a whole word in lowercased `text`.
bool has_word(const std::string& text, std::string_view word) {
  for (auto pos = text.find(word); pos != std::string::npos; pos = text.find(word, pos + 1)) {
    const bool start = pos == 0 || !std::isalnum(static_cast<unsigned char>(text[pos - 1]));
    const std::size_t end = pos + word.size();
    const bool stop = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    if (start && stop) return true;
  }
  return false;
}

void double_barrelled(const Questionnaire& q, std::vector<LintFinding>& out) {
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    std::string text = q.questions[i].text;
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::vector<std::string> words;
    for (const char* word : {"and", "or"}) {
      if (has_word(text, word)) words.push_back(fmt::format("\"{}\"", word));
    }
    if (words.empty()) continue;
    out.push_back({fmt::format("/questions/{}/text", i), "double-barrelled",
                   fmt::format("question \"{}\" contains {}: it may ask about two things at once; ask about one "
                               "behaviour per question",
                               q.questions[i].id, fmt::join(words, " and "))});
  }
}

// Document order: sections as they appear in a questionnaire, then index, then rule order.
int section_rank(const std::string& pointer) {
  static const std::vector<std::string> kSections = {"/dimensions", "/bands", "/recommendations", "/questions"};
  for (std::size_t i = 0; i < kSections.size(); ++i) {
    if (pointer.rfind(kSections[i], 0) == 0) return static_cast<int>(i);
  }
  return static_cast<int>(kSections.size());
}

long element_index(const std::string& pointer) {
  const auto slash = pointer.find('/', 1);
  if (slash == std::string::npos) return -1;  // the section itself comes first
  return std::strtol(pointer.c_str() + slash + 1, nullptr, 10);
}

}  // namespace

int estimated_seconds(const Question& question) {
  switch (question.type) {
    case QuestionType::likert:
    case QuestionType::boolean:
    case QuestionType::choice: return 20;
    case QuestionType::number:
    case QuestionType::multi_choice: return 30;
    case QuestionType::text: return 60;
  }
  return 20;
}

std::string format_duration(int seconds) {
  if (seconds < 60) return fmt::format("about {} s", seconds);
  if (seconds % 60 == 0) return fmt::format("about {} min", seconds / 60);
  return fmt::format("about {} min {} s", seconds / 60, seconds % 60);
}

LintReport lint(const Questionnaire& q) {
  LintReport report;
  dimension_sizes(q, report.findings);
  unreachable_bands(q, report.findings);
  recommendation_links(q, report.findings);
  reverse_share(q, report.findings);
  double_barrelled(q, report.findings);
  std::stable_sort(report.findings.begin(), report.findings.end(), [](const LintFinding& a, const LintFinding& b) {
    const int sa = section_rank(a.pointer);
    const int sb = section_rank(b.pointer);
    if (sa != sb) return sa < sb;
    return element_index(a.pointer) < element_index(b.pointer);
  });
  for (const auto& question : q.questions) report.estimated_seconds += estimated_seconds(question);
  report.questions = static_cast<int>(q.questions.size());
  return report;
}

}  // namespace salesaudit
