// The questionnaire `salesaudit new-questionnaire` writes: small, valid and lint-clean,
// showing every question type, a condition, a red flag and reverse keying.

#include "authoring/scaffold.hpp"

#include "load/questionnaire_parts.hpp"

#include <salesaudit/error.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace salesaudit::authoring {

namespace {

using ordered = nlohmann::ordered_json;

const ordered kFrequency = {"Never", "Rarely (about 1 time in 4)", "About half the time",
                            "Usually (about 3 times in 4)", "Every time"};

ordered likert(const char* id, const char* dimension, const char* text, const char* help, bool reverse,
               const char* recommendation) {
  ordered q = {{"id", id},     {"type", "likert"},       {"text", text},
               {"help", help}, {"dimension", dimension}, {"scale", {{"points", 5}, {"labels", kFrequency}}}};
  if (reverse) q["reverse"] = true;
  q["recommendation"] = recommendation;
  return q;
}

ordered option(const char* value, const char* label, double score) {
  return {{"value", value}, {"label", label}, {"score", score}};
}

ordered questions() {
  ordered list = ordered::array();
  list.push_back(likert(
      "meeting-on-time", "practice", "In the last 30 days, how often did the weekly team meeting start on time?",
      "Help text appears when the respondent types '?'. Say what counts and what does not.", false, "fixed-agenda"));
  list.push_back(likert("decision-postponed", "practice",
                        "In the last 30 days, how often was a decision postponed because its owner was away?",
                        "A reverse-keyed item: a higher answer means a lower score.", true, "decision-owners"));
  list.push_back({{"id", "urgent-hours"},
                  {"type", "number"},
                  {"text", "In a typical week over the last 30 days, how many hours went to urgent requests?"},
                  {"help",
                   "Numbers are typed in and scored by bands: the first band whose max is at least the "
                   "answer gives the score."},
                  {"dimension", "practice"},
                  {"weight", 2},
                  {"unit", "hours per week"},
                  {"min", 0},
                  {"max", 80},
                  {"score_bands", {{{"max", 2}, {"score", 1}}, {{"max", 5}, {"score", 0.5}}, {{"score", 0}}}},
                  {"recommendation", "decision-owners"}});
  list.push_back({{"id", "task-owners"},
                  {"type", "boolean"},
                  {"text", "Does every recurring task have one named owner?"},
                  {"dimension", "practice"},
                  {"recommendation", "decision-owners"}});
  list.push_back({{"id", "goals-written"},
                  {"type", "boolean"},
                  {"text", "Are this quarter's team goals written down?"},
                  {"dimension", "structure"},
                  {"recommendation", "written-goals"}});
  list.push_back({{"id", "goals-location"},
                  {"type", "choice"},
                  {"text", "Where are the team goals kept?"},
                  {"help", "Only asked when the goals are written down."},
                  {"dimension", "structure"},
                  {"enable_when", {{"question", "goals-written"}, {"equals", true}}},
                  {"options",
                   {option("private", "In my own notes", 0), option("email", "In an old email", 0.5),
                    option("shared", "In a shared place everyone uses", 1)}},
                  {"recommendation", "written-goals"}});
  list.push_back(likert("ask-what-next", "structure",
                        "In the last 30 days, how often did someone ask you what to work on next?",
                        "Another reverse-keyed item.", true, "written-goals"));
  list.push_back({{"id", "documents-current"},
                  {"type", "multi_choice"},
                  {"text", "Which of these documents are up to date?"},
                  {"help", "Select every one that applies. 'na' is accepted because allow_na is true."},
                  {"dimension", "structure"},
                  {"allow_na", true},
                  {"options",
                   {option("playbook", "The sales playbook", 0.5),
                    option("onboarding", "The onboarding checklist", 0.5), option("none", "None of them", 0)}},
                  {"recommendation", "playbook"}});
  list.push_back({{"id", "notes"},
                  {"type", "text"},
                  {"text", "Anything else the scores should take into account?"},
                  {"required", false}});
  return list;
}

}  // namespace

std::string scaffold_questionnaire(const std::string& id, const std::string& title, const std::string& schema_ref) {
  if (!detail::valid_id(id)) {
    throw UsageError(
        fmt::format("invalid questionnaire id \"{}\": use lowercase letters, digits, '-' and '_', "
                    "starting with a letter or digit",
                    id));
  }
  ordered doc;
  if (!schema_ref.empty()) doc["$schema"] = schema_ref;
  doc["format"] = "salesaudit.questionnaire/v1";
  doc["id"] = id;
  doc["version"] = "1.0.0";
  doc["title"] = title.empty() ? id : title;
  doc["description"] = "What this questionnaire measures, who should answer it and how long it takes.";
  doc["min_coverage"] = 0.5;
  doc["dimensions"] = {
      {{"id", "practice"}, {"title", "Practice"}, {"description", "What the team does week to week."}, {"weight", 2}},
      {{"id", "structure"},
       {"title", "Structure"},
       {"description", "What is written down and shared."},
       {"weight", 1}}};
  doc["bands"] = {{{"id", "crisis"}, {"label", "Crisis mode"}, {"min", 0}},
                  {{"id", "at_risk"}, {"label", "At risk"}, {"min", 40}},
                  {{"id", "stable"}, {"label", "Stable"}, {"min", 60}},
                  {{"id", "in_control"}, {"label", "In control"}, {"min", 80}}};
  doc["overall_band_cap"] = {{"when_any_dimension_in", "crisis"}, {"cap", "at_risk"}};
  doc["recommendations"] = {{{"id", "fixed-agenda"},
                             {"title", "Use a fixed agenda"},
                             {"action", "Describe the first step, how long it takes and how to tell it worked."},
                             {"effort", "low"}},
                            {{"id", "decision-owners"},
                             {"title", "Name one owner per decision"},
                             {"action", "List the recurring decisions and name exactly one owner for each."},
                             {"effort", "medium"}},
                            {{"id", "written-goals"},
                             {"title", "Write the goals down where everyone works"},
                             {"action", "Write each goal with a number and a date in the shared workspace."},
                             {"effort", "medium"}},
                            {{"id", "playbook"},
                             {"title", "Keep a short playbook"},
                             {"action", "Write the team's standards on two pages and review them every quarter."},
                             {"effort", "high"}}};
  doc["red_flags"] = {{{"id", "no-owners"},
                       {"when", {{"question", "task-owners"}, {"equals", false}}},
                       {"message", "Recurring tasks have no named owner, so they wait for you."}}};
  doc["questions"] = questions();
  return doc.dump(2) + "\n";
}

}  // namespace salesaudit::authoring
