#pragma once
// Parses answers documents for a batch. A fast path (simdjson) converts every document
// the full loader would accept straight into an AnswerSet, checking each answer with the
// shared check_answer and producing the loader's warnings (unknown keys, comments on
// unknown questions, another minor version or sha256 in the pin) with the loader's own
// texts (load/messages.hpp); invalid documents, and the few shapes it does not handle
// (duplicate keys, an empty pin), go through load_answers for its exact messages.

#include "batch/questionnaire_cache.hpp"

#include <salesaudit/batch.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace salesaudit::batch {

class AnswersParser {
 public:
  AnswersParser();
  ~AnswersParser();
  AnswersParser(const AnswersParser&) = delete;
  AnswersParser& operator=(const AnswersParser&) = delete;

  // Parses one document named `name` in diagnostics. `padded`: kLinePadding bytes past
  // the end of `text` may be read. Fills record.questionnaire and record.answers, or
  // record.errors and record.error_code. `record` may hold a previous document (its
  // buffers are reused); its errors must be empty.
  void parse(std::string_view text, bool padded, const std::string& name, QuestionnaireCache& cache,
             BatchRecord& record);

  // The full loader only (for tests comparing both paths).
  static void parse_slow(std::string_view text, const std::string& name, QuestionnaireCache& cache,
                         BatchRecord& record);

  // How many documents took the fast path (for tests).
  [[nodiscard]] std::size_t fast_count() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// "data.ndjson:12:1:5: msg" (the loader's line 1 of a one-line document) -> "data.ndjson:12:5: msg".
void relocate_line_diagnostics(std::vector<std::string>& diagnostics, const std::string& name);

}  // namespace salesaudit::batch
