#pragma once
// The hook the batch readers call for every CSV-like input: reads it as a form tool's
// export when it is one (detected from its header, or named by --from), else leaves it
// to salesaudit's own CSV reader.

#include "batch/questionnaire_cache.hpp"

#include <salesaudit/batch.hpp>

#include <functional>
#include <string_view>

namespace salesaudit::forms {

// True when `input` was read (all its records went to `sink`); false when it is
// salesaudit's own format and nothing was read. Throws what opening the file throws.
bool read_export(const BatchInput& input, const BatchOptions& options, batch::QuestionnaireCache& cache,
                 const std::function<bool(BatchRecord&&)>& sink);

// True when `input` is a CSV file in salesaudit's own layout, which read_export leaves to
// salesaudit's reader (it opens the file and looks at its header). False for a form
// tool's export, stdin, bytes in memory, --from TOOL, or when opening or reading fails (read_records then
// reports why).
[[nodiscard]] bool is_own_csv_file(const BatchInput& input, const BatchOptions& options);

// SurveyJS results (`survey.data`, one JSON object per line), keyed by question id.
void read_surveyjs(const BatchInput& input, const BatchOptions& options, batch::QuestionnaireCache& cache,
                   const std::function<bool(BatchRecord&&)>& sink);
// True when an NDJSON input holds SurveyJS results: --from surveyjs, or (--from auto, a
// file) its first line is a result object (no "format", a key naming a question).
[[nodiscard]] bool ndjson_is_surveyjs(const BatchInput& input, const BatchOptions& options,
                                      batch::QuestionnaireCache& cache);
// A .json input's text as SurveyJS results (one object, or an array of them, one record
// each) when --from surveyjs names it or it is detected; false (nothing read) otherwise.
bool read_surveyjs_json(std::string_view text, const std::string& name, const BatchOptions& options,
                        batch::QuestionnaireCache& cache, const std::function<bool(BatchRecord&&)>& sink);

// Every questionnaire an export may be scored against: the given reference's versions
// (all of them for a bare id), or every questionnaire of the registry.
[[nodiscard]] std::vector<std::shared_ptr<const Questionnaire>> candidate_questionnaires(const std::string& ref,
                                                                                         const Registry& registry);

}  // namespace salesaudit::forms
