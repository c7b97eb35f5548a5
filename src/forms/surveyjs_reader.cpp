// SurveyJS results: `survey.data` objects keyed by the question's `name` (= question id in
// forms built with `salesaudit export`), choice values as option values, checkboxes as
// arrays, `<name>-Comment` as the comment. One object per line (.ndjson), or a .json file
// holding one object or an array of them. Detected without --from: an object with no
// "format" member and at least one key naming a question (docs/forms.md, SurveyJS).

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

constexpr std::string_view kComment = "-Comment";

// The question id a result key names: itself, or the question of a `<name>-Comment` key.
std::string_view key_question(std::string_view key) {
  if (key.size() > kComment.size() && key.ends_with(kComment)) return key.substr(0, key.size() - kComment.size());
  return key;
}

struct Choice {
  std::shared_ptr<const Questionnaire> questionnaire;
  std::size_t matched = 0;  // keys of the first object naming one of its questions
};

// The questionnaire with the most questions among the first object's keys (the rule of
// read_export.cpp's choose()).
Choice choose(const nlohmann::json& first, batch::QuestionnaireCache& cache) {
  std::shared_ptr<const Questionnaire> best;
  std::size_t best_count = 0;
  for (const auto& q : cache.candidates()) {
    std::size_t count = 0;
    if (first.is_object()) {
      for (const auto& item : first.items()) count += q->question_index(std::string(key_question(item.key()))) ? 1 : 0;
    }
    // Most keys matched, then fewest questions without a key, then newest (listed first).
    if (!best || count > best_count ||
        (count == best_count && q->questions.size() - count < best->questions.size() - best_count)) {
      best = q, best_count = count;
    }
  }
  return {best, best_count};
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

// One result object as a record named `record.where` ("file:line", or "file: /index" in
// an array, whose members' pointers then extend that index); the questionnaire is chosen
// from the first object of the input and kept for the others.
void result_record(const nlohmann::json& doc, std::shared_ptr<const Questionnaire>& questionnaire,
                   batch::QuestionnaireCache& cache, BatchRecord& record, bool in_array = false) {
  record.error_code = ExitCode::data_invalid;
  if (!doc.is_object()) {
    record.errors.push_back(fmt::format("{}: expected a SurveyJS result object (survey.data), got {}", record.where,
                                        detail::describe(doc)));
    return;
  }
  if (!questionnaire) questionnaire = choose(doc, cache).questionnaire;
  const Questionnaire& q = *questionnaire;
  AnswerSet set;
  set.questionnaire = QuestionnairePin{q.id, q.version, std::nullopt};
  set.answers.resize(q.questions.size());
  set.comments.resize(q.questions.size());
  for (const auto& [key, value] : doc.items()) {
    const std::string pointer = fmt::format("{}{}/{}", record.where, in_array ? "" : ": ", detail::pointer_token(key));
    if (key_question(key).size() != key.size() && value.is_string()) {
      if (auto i = q.question_index(std::string(key_question(key)))) {
        set.comments[*i] = value.get<std::string>();
        continue;
      }
    }
    const auto i = q.question_index(key);
    if (!i) {
      record.errors.push_back(fmt::format("{}: \"{}\" is not a question of {}@{}", pointer, key, q.id, q.version));
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

// The questionnaire a result object is read against, or null when `doc` is none: a
// salesaudit answers document always has "format"; a result object names questions.
std::shared_ptr<const Questionnaire> result_questionnaire(const nlohmann::json& doc, batch::QuestionnaireCache& cache) {
  if (!doc.is_object() || doc.empty() || doc.contains("format")) return nullptr;
  Choice choice = choose(doc, cache);
  return choice.matched > 0 ? std::move(choice.questionnaire) : nullptr;
}

// The first non-blank line of an NDJSON file (up to the line limit), or nullopt.
std::optional<std::string> first_line(const BatchInput& input) {
  batch::ByteSource source = batch::ByteSource::open(input);
  batch::LineChunker chunker(source, std::size_t{64} << 10, batch::kMaxLine);
  batch::LineChunk chunk;
  std::optional<std::string> out;
  while (!out && chunker.next(chunk)) {
    bool stop = false;
    batch::for_each_line(chunk, [&](std::string_view line, std::size_t, bool too_long) {
      if (stop || (!too_long && batch::blank_line(line))) return;
      stop = true;
      if (!too_long) out = std::string(line);
    });
    if (stop) break;
  }
  return out;
}

}  // namespace

bool ndjson_is_surveyjs(const BatchInput& input, const BatchOptions& options, batch::QuestionnaireCache& cache) {
  if (options.from == "surveyjs") return true;
  if (!options.from.empty() && options.from != "auto") return false;
  if (input.path == "-") return false;  // stdin cannot be read twice: --from surveyjs says it
  try {
    const auto line = first_line(input);
    return line && result_questionnaire(nlohmann::json::parse(*line, nullptr, false), cache) != nullptr;
  } catch (const Error&) {
    return false;  // unreadable: the reader that follows says why
  }
}

bool read_surveyjs_json(std::string_view text, const std::string& name, const BatchOptions& options,
                        batch::QuestionnaireCache& cache, const std::function<bool(BatchRecord&&)>& sink) {
  const bool named = options.from == "surveyjs";
  if (!named && ((!options.from.empty() && options.from != "auto") || text.find("\"format\"") != text.npos)) {
    return false;  // every salesaudit answers document has "format": the common case costs one search
  }
  const auto doc = nlohmann::json::parse(text, nullptr, false);
  const bool array = doc.is_array() && !doc.empty();
  // Chosen once from the first object, for every object of the file.
  std::shared_ptr<const Questionnaire> questionnaire = result_questionnaire(array ? doc[0] : doc, cache);
  if (!named && !questionnaire) return false;
  if (!array) {
    BatchRecord record;
    record.where = name;
    if (doc.is_discarded()) {
      record.errors.push_back(fmt::format("{}: not JSON: expected a SurveyJS result object (survey.data)", name));
      record.error_code = ExitCode::data_invalid;
    } else {
      result_record(doc, questionnaire, cache, record);
    }
    sink(std::move(record));
    return true;
  }
  for (std::size_t i = 0; i < doc.size(); ++i) {
    BatchRecord record;
    record.where = fmt::format("{}: /{}", name, i);
    result_record(doc[i], questionnaire, cache, record, true);
    if (!sink(std::move(record))) break;
  }
  return true;
}

void read_surveyjs(const BatchInput& input, const BatchOptions&, batch::QuestionnaireCache& cache,
                   const std::function<bool(BatchRecord&&)>& sink) {
  const std::string name = input.path == "-" ? "<stdin>" : input.path;
  batch::ByteSource source = batch::ByteSource::open(input);
  batch::LineChunker chunker(source, std::size_t{256} << 10, batch::kMaxLine);
  batch::LineChunk chunk;
  std::shared_ptr<const Questionnaire> questionnaire;
  bool go_on = true;
  while (go_on && chunker.next(chunk)) {
    batch::for_each_line(chunk, [&](std::string_view line, std::size_t number, bool too_long) {
      if (!go_on || (!too_long && batch::blank_line(line))) return;
      BatchRecord record;
      record.where = fmt::format("{}:{}", name, number);
      if (too_long) {
        record.errors.push_back(
            fmt::format("{}: line longer than {} MiB; skipped", record.where, batch::kMaxLine >> 20));
        record.error_code = ExitCode::data_invalid;
      } else {
        const auto doc = nlohmann::json::parse(line, nullptr, false);
        if (doc.is_discarded()) {
          record.errors.push_back(
              fmt::format("{}: not JSON: expected a SurveyJS result object (survey.data) on the line", record.where));
          record.error_code = ExitCode::data_invalid;
        } else {
          result_record(doc, questionnaire, cache, record);
        }
      }
      go_on = sink(std::move(record));
    });
  }
}

}  // namespace salesaudit::forms
