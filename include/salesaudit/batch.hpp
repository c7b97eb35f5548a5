#pragma once
// Reading many answers documents at once: files, folders, NDJSON and CSV (contract
// section 2). Records come out in input order; a bad record never stops the stream.

#include <salesaudit/answers.hpp>
#include <salesaudit/error.hpp>
#include <salesaudit/questionnaire.hpp>
#include <salesaudit/registry.hpp>
#include <salesaudit/scoring.hpp>

#include <cstdint>
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
  // Which form tool wrote the inputs (docs/forms.md): "auto" detects it from each CSV or
  // xlsx header; a tool name reads every input as that tool's export.
  std::string from = "auto";
  // The language (--lang) whose texts win a tie when a form export's headings match the
  // questionnaire in several languages; "" = the questionnaire's own texts.
  std::string language;
};

// One respondent read from the inputs: answers ready to score, or why not.
struct BatchRecord {
  std::string where;                                   // "a.json", "data.ndjson:12", "export.csv:7"
  std::shared_ptr<const Questionnaire> questionnaire;  // null on error
  std::optional<AnswerSet> answers;                    // nullopt on error
  std::vector<std::string> errors;                     // diagnostics when the record is invalid
  ExitCode error_code = ExitCode::ok;                  // data_invalid or input_missing on error
};

// Expands folders (recursively, every *.json, sorted by path, each file and folder once;
// see docs/batch.md) and calls `sink` for every record in input order.
void read_batch(const std::vector<std::string>& inputs, const BatchOptions& options, const Registry& registry,
                const std::function<void(BatchRecord&&)>& sink);

// Like read_batch, but stops as soon as `sink` returns false (--fail-fast).
void read_batch_until(const std::vector<std::string>& inputs, const BatchOptions& options, const Registry& registry,
                      const std::function<bool(BatchRecord&&)>& sink);

// The inputs read_batch would read, folders expanded, with the format each is read in.
struct BatchInput {
  std::string path;
  InputFormat format = InputFormat::json;
  // Set for a folder entry that is not read (FIFO, socket, device, dangling link, folder
  // that cannot be listed): it becomes one error row saying so.
  std::string problem;
  // The input's bytes when they are already in memory (the fuzz targets): read instead
  // of a file, by the same readers; `path` then only names it and gives its format.
  std::shared_ptr<const std::string> bytes;
  // Non-zero for the files of a folder whose walk left telling files apart to the reader
  // (one number per folder input): of the files of one group with the same device and
  // inode (hard links), only the first is read.
  std::uint32_t identity_group = 0;
};
// With `identities_at_read`, files of folders without symbolic links may come with an
// identity_group, and the caller must drop the repeats (score_batch does).
[[nodiscard]] std::vector<BatchInput> expand_inputs(const std::vector<std::string>& inputs, InputFormat format,
                                                    bool identities_at_read = false);

// One respondent's result as a batch row: what `score --format csv|ndjson` prints and
// what per-respondent gates check. Scores are unrounded; round with round2 to report.
struct ScoreRow {
  std::string where;  // as in BatchRecord
  std::optional<std::string> respondent_id;
  std::shared_ptr<const Questionnaire> questionnaire;  // null when the record could not be read
  std::optional<double> overall;
  std::optional<std::size_t> overall_band;        // index into questionnaire->bands
  std::vector<std::optional<double>> dimensions;  // questionnaire order
  std::vector<double> coverage;                   // questionnaire order (for --min-coverage)
  std::size_t red_flags = 0;
  std::optional<std::size_t> top_action;  // index into questionnaire->recommendations
  std::vector<std::string> errors;        // empty when the record scored
  ExitCode error_code = ExitCode::ok;
  std::vector<std::string> warnings;  // as ScoreCard::warnings, for stderr (see warning_line)
  // Only with BatchRunOptions::details (the team report): the respondent's role and the
  // language they answered in, the item score s of every answered question
  // (questionnaire order) and every recommendation's gain.
  std::optional<std::string> role;
  std::optional<std::string> language;
  std::vector<std::optional<double>> items;
  std::vector<double> gains;
  // Set by BatchRunOptions::prepare on the worker that scored the row (empty otherwise):
  // the row's output text and its warnings' stderr lines, so the thread that writes rows
  // in order only copies them.
  std::string text;
  std::string warning_text;

  [[nodiscard]] bool ok() const { return errors.empty(); }
};

// The row of a scored card.
[[nodiscard]] ScoreRow summarize(const ScoreCard& card, std::string where);
// Scores a record (or carries its errors) into a row; `details`: fill role, items, gains.
[[nodiscard]] ScoreRow score_record(BatchRecord&& record, bool details = false);

struct BatchRunOptions {
  unsigned threads = 0;  // worker threads for NDJSON inputs; 0 = one per core
  // Called when every row so far went to the sink and the next input is not there yet
  // (a pipe whose writer waits for rows): the place to flush the output.
  std::function<void()> idle;
  bool details = false;  // fill ScoreRow::role, items and gains
  // Called on the worker thread for every row it scored (NDJSON, CSV file and folder inputs), before
  // the row goes to the sink: the place to format it (ScoreRow::text, warning_text).
  std::function<void(ScoreRow&)> prepare;
};

// Reads and scores every record, calling `sink` in input order until it returns false.
// NDJSON inputs are parsed and scored on worker threads, streaming in bounded memory.
void score_batch(const std::vector<std::string>& inputs, const BatchOptions& options, const Registry& registry,
                 const BatchRunOptions& run, const std::function<bool(ScoreRow&&)>& sink);

}  // namespace salesaudit
