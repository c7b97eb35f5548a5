#pragma once
// Reading many answers documents at once: files, folders, NDJSON and CSV (contract
// section 2). Records come out in input order; a bad record never stops the stream.

#include <salesaudit/answers.hpp>
#include <salesaudit/error.hpp>
#include <salesaudit/questionnaire.hpp>
#include <salesaudit/registry.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace salesaudit {

enum class InputFormat { automatic, json, ndjson, csv };

struct BatchOptions {
  // automatic: .ndjson/.jsonl -> ndjson, .csv -> csv, anything else (and "-") -> json.
  InputFormat format = InputFormat::automatic;
  // Questionnaire reference used for every record; empty = each record's own pin
  // (CSV has no pin, so it needs this or defaults to the newest built-in).
  std::string questionnaire;
  // Optional CSV/JSON file mapping a form tool's column titles to question ids.
  std::string map_file;
};

// One respondent read from the inputs: answers ready to score, or why not.
struct BatchRecord {
  std::string where;                                   // "a.json", "data.ndjson:12", "export.csv:7"
  std::shared_ptr<const Questionnaire> questionnaire;  // null on error
  std::optional<AnswerSet> answers;                    // nullopt on error
  std::vector<std::string> errors;                     // diagnostics when the record is invalid
  ExitCode error_code = ExitCode::ok;                  // data_invalid or input_missing on error
};

// Expands folders (recursively, every *.json, sorted by path) and calls `sink` for every
// record in input order.
void read_batch(const std::vector<std::string>& inputs, const BatchOptions& options, const Registry& registry,
                const std::function<void(BatchRecord&&)>& sink);

}  // namespace salesaudit
