#pragma once
// Shared fixtures: a small questionnaire covering every question type, and helpers
// to load documents from text (no disk needed).

#include <salesaudit/answers.hpp>
#include <salesaudit/error.hpp>
#include <salesaudit/questionnaire.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace salesaudit::testing {

// Two dimensions (weights 2 and 1), four bands with a cap, every question type.
inline const char* const kSmallQuestionnaire = R"({
  "format": "salesaudit.questionnaire/v1",
  "id": "small", "version": "1.2.0", "title": "Small",
  "min_coverage": 0.5,
  "dimensions": [
    {"id": "alpha", "title": "Alpha", "weight": 2},
    {"id": "beta", "title": "Beta"}
  ],
  "bands": [
    {"id": "crisis", "label": "Crisis mode", "min": 0},
    {"id": "at_risk", "label": "At risk", "min": 40},
    {"id": "stable", "label": "Stable", "min": 60},
    {"id": "in_control", "label": "In control", "min": 80}
  ],
  "overall_band_cap": {"when_any_dimension_in": "crisis", "cap": "at_risk"},
  "recommendations": [
    {"id": "rec-a", "title": "Rec A", "action": "Do A.", "effort": "low"},
    {"id": "rec-b", "title": "Rec B", "action": "Do B.", "effort": "medium"},
    {"id": "rec-c", "title": "Rec C", "action": "Do C.", "effort": "high"}
  ],
  "red_flags": [
    {"id": "no-deputy", "when": {"question": "deputy", "equals": false}, "message": "No deputy."}
  ],
  "questions": [
    {"id": "lik", "type": "likert", "text": "L?", "dimension": "alpha", "recommendation": "rec-a",
     "scale": {"points": 5, "labels": ["1", "2", "3", "4", "5"]}},
    {"id": "rev", "type": "likert", "text": "R?", "dimension": "alpha", "weight": 2, "reverse": true,
     "recommendation": "rec-b", "scale": {"points": 5, "labels": ["1", "2", "3", "4", "5"]}},
    {"id": "deputy", "type": "boolean", "text": "D?", "dimension": "beta", "recommendation": "rec-a"},
    {"id": "who", "type": "choice", "text": "W?", "dimension": "beta", "recommendation": "rec-c",
     "enable_when": {"question": "deputy", "equals": true},
     "options": [{"value": "me", "label": "Me", "score": 0}, {"value": "deputy", "label": "Deputy", "score": 1},
                 {"value": "nobody", "label": "Nobody", "score": 0.25}]},
    {"id": "multi", "type": "multi_choice", "text": "M?", "dimension": "beta", "allow_na": true,
     "options": [{"value": "a", "label": "A", "score": 0.5}, {"value": "b", "label": "B", "score": 0.75},
                 {"value": "c", "label": "C", "score": 0}]},
    {"id": "checks", "type": "number", "text": "N?", "dimension": "alpha", "min": 0, "max": 100,
     "recommendation": "rec-c",
     "score_bands": [{"max": 3, "score": 1}, {"max": 6, "score": 0.5}, {"score": 0}]},
    {"id": "note", "type": "text", "text": "Anything else?", "required": false}
  ]
})";

inline Questionnaire small_questionnaire() {
  return load_questionnaire(kSmallQuestionnaire, "small.json");
}

// Wraps an `answers` object body into a full answers document for the small questionnaire.
inline std::string answers_doc(const std::string& answers_body, const std::string& extra = "") {
  return R"({"format": "salesaudit.answers/v1", "questionnaire": {"id": "small", "version": "1.2.0"},
             "respondent": {"id": "r1", "name": "Pat"}, "answers": {)" +
         answers_body + "}" + extra + "}";
}

// The diagnostics a loader throws, or an empty list if it did not throw.
template <typename Fn>
std::vector<std::string> diagnostics_of(Fn&& fn) {
  try {
    fn();
  } catch (const DataError& e) {
    return e.diagnostics();
  }
  return {};
}

}  // namespace salesaudit::testing
