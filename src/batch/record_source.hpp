#pragma once
// Reading the records of one input, shared by read_batch and the parallel scorer.

#include "batch/answers_parser.hpp"
#include "batch/questionnaire_cache.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/limits.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace salesaudit::batch {

// Lines longer than this are reported and skipped rather than held in memory.
inline constexpr std::size_t kMaxLine = limits::kMaxNdjsonLineBytes;
// What a CSV is scored against without --questionnaire: the newest built-in of this id.
inline constexpr const char* kDefaultQuestionnaire = "crisis-mode";

// Reads every record of one input, in order, until `sink` returns false. Errors that stop
// the input (unreadable, bad CSV header) become one error record. With `identity`, a JSON
// file's device and inode are stored there when it is opened (left unknown otherwise).
void read_records(const BatchInput& input, const BatchOptions& options, QuestionnaireCache& cache,
                  AnswersParser& parser, const std::function<bool(BatchRecord&&)>& sink,
                  FileIdentity* identity = nullptr);

// One NDJSON line as a record named "name:number", into `record`: a record reused from
// line to line keeps the capacity of its strings and vectors (no allocation per line).
void read_ndjson_record(std::string_view line, std::size_t number, bool too_long, const std::string& name,
                        QuestionnaireCache& cache, AnswersParser& parser, BatchRecord& record);
// One NDJSON line as a new record named "name:number".
[[nodiscard]] BatchRecord ndjson_record(std::string_view line, std::size_t number, bool too_long,
                                        const std::string& name, QuestionnaireCache& cache, AnswersParser& parser);

}  // namespace salesaudit::batch
