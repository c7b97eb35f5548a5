#pragma once
// Every size limit on input, in one place (documented in docs/robustness.md). Inputs come
// from clients and are treated as hostile: past a limit the tool stops with a DataError
// (exit 65) naming the file, the place and the limit, instead of exhausting memory or time.

#include <cstddef>

namespace salesaudit::limits {

// One JSON document (questionnaire, answers, map file, one NDJSON line's document).
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{64} << 20;
// Objects and arrays nested inside each other, counting the top level.
inline constexpr std::size_t kMaxNestingDepth = 64;
// One JSON string (a comment, a name, a label), in bytes after unescaping.
inline constexpr std::size_t kMaxStringBytes = std::size_t{1} << 20;
// Questions in one questionnaire, and options of one choice / multi_choice question.
inline constexpr std::size_t kMaxQuestions = 1000;
inline constexpr std::size_t kMaxOptions = 100;
// One NDJSON line; a longer line is reported and skipped, the rest of the file is read.
inline constexpr std::size_t kMaxNdjsonLineBytes = std::size_t{16} << 20;
// One CSV field, and the fields of one CSV row; a longer row is reported and skipped.
inline constexpr std::size_t kMaxCsvFieldBytes = std::size_t{1} << 20;
inline constexpr std::size_t kMaxCsvFields = 10000;
// An .xlsx export (docs/forms.md): bytes inflated from one part of the zip (sheet XML,
// shared strings), checked against the zip directory first and counted while inflating,
// so a zip bomb stops at the limit; rows of a sheet (Excel's own maximum).
inline constexpr std::size_t kMaxXlsxPartBytes = std::size_t{256} << 20;
inline constexpr std::size_t kMaxXlsxSharedStringBytes = std::size_t{64} << 20;
inline constexpr std::size_t kMaxSheetRows = 1048576;

}  // namespace salesaudit::limits
