// SurveyJS results (`--from surveyjs`): one `survey.data` object per line, keyed by the
// question's `name` (= question id in forms built with `salesaudit export`), choice
// values as option values, checkboxes as arrays, `<name>-Comment` as the comment.

#include "batch/byte_source.hpp"
#include "batch/line_chunker.hpp"
#include "batch/record_source.hpp"
#include "forms/read_export.hpp"
#include "forms/value_match.hpp"
#include "load/diagnostics.hpp"
#include "load/json_document.hpp"

#include <salesaudit/answers.hpp>
#include <salesaudit/error.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace salesaudit::forms {

namespace {

// The questionnaire with the most questions among the first object's keys (the rule of
// read_export.cpp's choose()).
std::shared_ptr<const Questionnaire> choose(const nlohmann::json& first, const std::string& ref,
                                            const Registry& registry) {
  std::shared_ptr<const Questionnaire> best;
  std::size_t best_count = 0;
  for (const auto& q : candidate_questionnaires(ref, registry)) {
    std::size_t count = 0;
    if (first.is_object()) {
      for (const auto& item : first.items()) count += q->question_index(item.key()) ? 1 : 0;
    }
    // Most keys matched, then fewest questions without a key, then newest (listed first).
    if (!best || count > best_count ||
        (count == best_count && q->questions.size() - count < best->questions.size() - best_count)) {
      best = q, best_count = count;
    }
  }
  return best;
}

std::string as_text(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  return v.dump();
}

// One value as an answer; an error message when it is none.
std::string convert(const Question& q, const nlohmann::json& v, std::optional<Answer>& out) {
  if (v.is_null()) return {};
  if (q.type == QuestionType::boolean && v.is_boolean()) {
    out = Answer{false, v.get<bool>()};
    return {};
  }
  if ((q.type == QuestionType::likert || q.type == QuestionType::number) && v.is_number()) {
    out = Answer{false, v.get<double>()};
    return {};
  }
  if (q.type == QuestionType::multi_choice && v.is_array()) {
    // The "not applicable" choice `export --to surveyjs` adds (value "na"), ticked alone.
    if (q.allow_na && v.size() == 1 && v[0].is_string() && v[0].get<std::string>() == "na") {
      out = Answer{true, Value{}};
      return {};
    }
    std::vector<std::string> values;
    for (const auto& item : v) {
      const auto o = find_option(q, as_text(item));
      if (!o) return fmt::format("{} is none of the options", item.dump());
      values.push_back(q.options[*o].value);
    }
    if (!values.empty()) out = Answer{false, std::move(values)};
    return {};
  }
  if (v.is_string() || v.is_number() || v.is_boolean()) {
    CellAnswer a = match_cell(q, as_text(v));
    out = std::move(a.answer);
    return a.error;
  }
  return fmt::format("expected a value, got {}", detail::describe(v));
}

}  // namespace

void read_surveyjs(const BatchInput& input, const BatchOptions&, batch::QuestionnaireCache& cache,
                   const std::function<bool(BatchRecord&&)>& sink) {
  const std::string name = input.path == "-" ? "<stdin>" : input.path;
  batch::ByteSource source = batch::ByteSource::open(input.path);
  batch::LineChunker chunker(source, std::size_t{256} << 10, batch::kMaxLine);
  batch::LineChunk chunk;
  std::shared_ptr<const Questionnaire> questionnaire;
  bool go_on = true;
  while (go_on && chunker.next(chunk)) {
    batch::for_each_line(chunk, [&](std::string_view line, std::size_t number, bool too_long) {
      if (!go_on || (!too_long && batch::blank_line(line))) return;
      BatchRecord record;
      record.where = fmt::format("{}:{}", name, number);
      record.error_code = ExitCode::data_invalid;
      const auto doc = too_long ? nlohmann::json() : nlohmann::json::parse(line, nullptr, false);
      if (too_long) {
        record.errors.push_back(
            fmt::format("{}: line longer than {} MiB; skipped", record.where, batch::kMaxLine >> 20));
      } else if (!doc.is_object()) {
        record.errors.push_back(
            fmt::format("{}: expected a SurveyJS result object (survey.data) on the line", record.where));
      } else {
        if (!questionnaire) questionnaire = choose(doc, cache.fixed(), cache.registry());
        const Questionnaire& q = *questionnaire;
        AnswerSet set;
        set.questionnaire = QuestionnairePin{q.id, q.version, std::nullopt};
        set.answers.resize(q.questions.size());
        set.comments.resize(q.questions.size());
        for (const auto& [key, value] : doc.items()) {
          const std::string pointer = fmt::format("{}: /{}", record.where, detail::pointer_token(key));
          constexpr std::string_view kComment = "-Comment";
          if (key.size() > kComment.size() && key.ends_with(kComment) && value.is_string()) {
            if (auto i = q.question_index(key.substr(0, key.size() - kComment.size()))) {
              set.comments[*i] = value.get<std::string>();
              continue;
            }
          }
          const auto i = q.question_index(key);
          if (!i) {
            record.errors.push_back(
                fmt::format("{}: \"{}\" is not a question of {}@{}", pointer, key, q.id, q.version));
            continue;
          }
          const Question& question = q.questions[*i];
          std::optional<Answer> answer;
          std::string problem = convert(question, value, answer);
          if (problem.empty() && answer) problem = check_answer(question, *answer);
          if (!problem.empty()) {
            record.errors.push_back(fmt::format("{}: {} is no answer to question \"{}\": {}; accepted: {}", pointer,
                                                value.dump(), key, problem, accepted(question)));
          } else {
            set.answers[*i] = std::move(answer);
          }
        }
        if (record.errors.empty()) {
          record.questionnaire = questionnaire;
          record.answers = std::move(set);
          record.error_code = ExitCode::ok;
        }
      }
      go_on = sink(std::move(record));
    });
  }
}

}  // namespace salesaudit::forms
