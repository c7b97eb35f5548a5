// libFuzzer target: condition parsing and evaluation. The input is split at the first
// newline: the first part becomes the `enable_when` of the last question and the `when`
// of a red flag in a small questionnaire with every question type; the rest is the
// `answers` object. Whatever loads is scored.

#include <salesaudit/answers.hpp>
#include <salesaudit/error.hpp>
#include <salesaudit/questionnaire.hpp>
#include <salesaudit/scoring.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view kHead = R"({"format": "salesaudit.questionnaire/v1", "id": "fz", "version": "1.0.0",
"title": "F", "dimensions": [{"id": "d", "title": "D"}], "bands": [{"id": "b", "label": "B", "min": 0}],
"questions": [
 {"id": "l", "type": "likert", "text": "L", "dimension": "d", "allow_na": true, "scale": {"points": 5, "labels": ["1","2","3","4","5"]}},
 {"id": "c", "type": "choice", "text": "C", "dimension": "d", "options": [{"value": "x", "label": "X", "score": 1}, {"value": "y", "label": "Y", "score": 0}]},
 {"id": "m", "type": "multi_choice", "text": "M", "dimension": "d", "options": [{"value": "x", "label": "X", "score": 0.5}, {"value": "y", "label": "Y", "score": 0.5}]},
 {"id": "b", "type": "boolean", "text": "B", "dimension": "d"},
 {"id": "n", "type": "number", "text": "N", "dimension": "d", "min": -5, "max": 1e6, "score_bands": [{"max": 3, "score": 1}, {"score": 0}]},
 {"id": "t", "type": "text", "text": "T", "required": false},
 {"id": "z", "type": "boolean", "text": "Z", "dimension": "d", "enable_when": )";
constexpr std::string_view kMiddle = R"(}],
"red_flags": [{"id": "f", "message": "F", "when": )";
constexpr std::string_view kTail = "}]}";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto split = input.find('\n');
  const std::string_view condition = input.substr(0, split);
  const std::string_view answers = split == std::string_view::npos ? std::string_view("{}") : input.substr(split + 1);
  std::string doc;
  doc.append(kHead).append(condition).append(kMiddle).append(condition).append(kTail);
  try {
    const salesaudit::Questionnaire q = salesaudit::load_questionnaire(doc, "fuzz.json");
    std::string answers_doc =
        R"({"format": "salesaudit.answers/v1", "questionnaire": {"id": "fz", "version": "1.0.0"}, "answers": )";
    answers_doc.append(answers).append("}");
    const salesaudit::AnswerSet set = salesaudit::load_answers(answers_doc, "fuzz-answers.json", q);
    const std::vector<bool> enabled = salesaudit::enabled_questions(q, set.answers);
    for (const auto& flag : q.red_flags) (void)salesaudit::evaluate(flag.when, set.answers, enabled);
    (void)salesaudit::score(q, set);
  } catch (const salesaudit::DataError&) {
  }
  return 0;
}
