// A batch input read from its in-memory bytes (BatchInput::bytes, what the fuzz targets
// use) gives the same records as the same bytes read from the file: every reader, the
// xlsx one through minizip's I/O hooks over memory.

#include "batch/answers_parser.hpp"
#include "batch/questionnaire_cache.hpp"
#include "batch/record_source.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/io.hpp>
#include <salesaudit/registry.hpp>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace salesaudit {
namespace {

std::string source(const std::string& relative) {
  return std::string(SALESAUDIT_SOURCE_DIR) + "/" + relative;
}

// Each record as one line: its place, whether it has answers (and how many), its errors.
std::vector<std::string> read(const BatchInput& input, const BatchOptions& options = {}) {
  static const Registry registry;
  batch::QuestionnaireCache cache(registry, options.questionnaire);
  batch::AnswersParser parser;
  std::vector<std::string> out;
  batch::read_records(input, options, cache, parser, [&](BatchRecord&& r) {
    std::string line = r.where + (r.answers ? " answers " + std::to_string(r.answers->answers.size()) : " none");
    for (const auto& e : r.errors) line += " | " + e;
    out.push_back(line);
    return true;
  });
  return out;
}

std::vector<std::string> from_memory(const std::string& path, InputFormat format, std::string bytes) {
  BatchInput input{path, format, {}, std::make_shared<const std::string>(std::move(bytes))};
  return read(input);
}

TEST(BatchMemory, SameRecordsAsFile) {
  const std::vector<std::pair<std::string, InputFormat>> files = {
      {"tests/e2e/data/forms/microsoft-forms/responses.xlsx", InputFormat::csv},
      {"tests/e2e/data/forms/google-forms/responses.csv", InputFormat::csv},
      {"tests/e2e/data/forms/qualtrics/responses.csv", InputFormat::csv},
      {"tests/e2e/data/forms/surveyjs/results.ndjson", InputFormat::ndjson},
      {"tests/e2e/data/forms/surveyjs/result.json", InputFormat::json},
      {"tests/e2e/data/forms/answers/r1.json", InputFormat::json},
  };
  for (const auto& [relative, format] : files) {
    const std::string path = source(relative);
    const std::vector<std::string> from_file = read(BatchInput{path, format, {}, {}});
    ASSERT_FALSE(from_file.empty()) << relative;
    EXPECT_NE(from_file[0].find(" answers "), std::string::npos) << from_file[0];
    EXPECT_EQ(from_memory(path, format, read_input(path)), from_file) << relative;
  }
}

// A truncated or damaged workbook fails in memory as it does on disk, named the same.
TEST(BatchMemory, DamagedXlsxSameError) {
  const std::string path = source("tests/e2e/data/forms/microsoft-forms/responses.xlsx");
  const std::string bytes = read_input(path);
  const std::string cut = testing::TempDir() + "/cut.xlsx";
  for (const std::size_t keep : {std::size_t{4}, bytes.size() / 2, bytes.size() - 10}) {
    write_file_atomic(cut, bytes.substr(0, keep));
    const auto from_file = read(BatchInput{cut, InputFormat::csv, {}, {}});
    ASSERT_EQ(from_file.size(), 1U) << keep;
    EXPECT_NE(from_file[0].find(".xlsx"), std::string::npos) << from_file[0];
    EXPECT_EQ(from_memory(cut, InputFormat::csv, bytes.substr(0, keep)), from_file) << keep;
  }
}

// As a CSV header's unknown columns: only the first 100 unmatched columns of a form
// export name the closest questions; every one is reported.
TEST(BatchMemory, FormHintsCapped) {
  const std::string real = read_input(source("tests/e2e/data/forms/google-forms/responses.csv"));
  std::string header = real.substr(0, real.find('\n'));
  for (int i = 0; i < 150; ++i) header += ",\"How often did you ask your reps for options?\"";
  const auto out = from_memory("export.csv", InputFormat::csv, header + "\n");
  std::string all;
  for (const auto& line : out) all += line + "\n";
  const auto count = [&](const std::string& what) {
    std::size_t n = 0;
    for (auto at = all.find(what); at != std::string::npos; at = all.find(what, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("matches no question"), 150U) << all.substr(0, 2000);
  EXPECT_EQ(count("; closest: \"In the last 30 days, when a rep brought you a problem"), 100U);
}

}  // namespace
}  // namespace salesaudit
