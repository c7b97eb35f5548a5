#include "report/escape.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/questionnaire.hpp>
#include <salesaudit/versions.hpp>

#include <fmt/format.h>

#include <mutex>

namespace salesaudit {

namespace {
// Diagnostics quote input (ids, values, keys): control characters are escaped so a hostile
// document cannot send terminal escape sequences through stderr.
const std::vector<std::string>& escape_all(std::vector<std::string>& list) {
  for (auto& d : list) d = report::escape_control(d);
  return list;
}

std::string join_diagnostics(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& d : list) out += (out.empty() ? "" : "\n") + d;
  return out;
}
}  // namespace

// Escaped once, in place, as the base's message is made; diagnostics_ then takes the list.
DataError::DataError(std::vector<std::string> diagnostics)
    : Error(ExitCode::data_invalid, join_diagnostics(escape_all(diagnostics))), diagnostics_(std::move(diagnostics)) {}

std::string_view to_string(QuestionType type) {
  switch (type) {
    case QuestionType::likert: return "likert";
    case QuestionType::choice: return "choice";
    case QuestionType::multi_choice: return "multi_choice";
    case QuestionType::boolean: return "boolean";
    case QuestionType::number: return "number";
    case QuestionType::text: return "text";
  }
  return "?";
}

std::string_view to_string(Effort effort) {
  switch (effort) {
    case Effort::low: return "low";
    case Effort::medium: return "medium";
    case Effort::high: return "high";
  }
  return "?";
}

int effort_cost(Effort effort) {
  return static_cast<int>(effort) + 1;
}
int horizon_days(Effort effort) {
  return 30 * effort_cost(effort);
}

const Option* Question::find_option(std::string_view value) const {
  for (const auto& option : options) {
    if (option.value == value) return &option;
  }
  return nullptr;
}

std::optional<std::size_t> Questionnaire::question_index(std::string_view question_id) const {
  auto it = question_index_.find(std::string(question_id));
  if (it == question_index_.end()) return std::nullopt;
  return it->second;
}

std::size_t Questionnaire::band_for(double score) const {
  std::size_t found = 0;
  for (std::size_t i = 0; i < bands.size(); ++i) {
    if (bands[i].min <= score) found = i;
  }
  return found;
}

struct Questionnaire::LazyDigest {
  std::string owned;      // the text, unless it lives as long as the program
  std::string_view text;  // owned, or a built-in's text in the program's data
  std::once_flag once;
  std::string hex;
};

const std::string& Questionnaire::sha256() const {
  static const std::string none;
  if (!digest_) return none;
  std::call_once(digest_->once, [this] { digest_->hex = canonical_sha256(digest_->text, source); });
  return digest_->hex;
}

void Questionnaire::set_content(std::string json_text) {
  digest_ = std::make_shared<LazyDigest>();
  digest_->owned = std::move(json_text);
  digest_->text = digest_->owned;
}

void Questionnaire::set_static_content(std::string_view json_text) {
  digest_ = std::make_shared<LazyDigest>();
  digest_->text = json_text;
}

void Questionnaire::build_index() {
  question_index_.clear();
  for (std::size_t i = 0; i < questions.size(); ++i) question_index_.emplace(questions[i].id, i);
}

}  // namespace salesaudit
