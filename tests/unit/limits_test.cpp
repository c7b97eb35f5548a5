// Every input limit of salesaudit/limits.hpp: just under it loads, just over it is a
// DataError naming the file, the place and the limit.

#include "batch/answers_parser.hpp"
#include "batch/byte_source.hpp"
#include "batch/csv_reader.hpp"
#include "batch/line_chunker.hpp"
#include "batch/questionnaire_cache.hpp"
#include "batch/record_source.hpp"
#include "load/diagnostics.hpp"
#include "test_util.hpp"

#include <salesaudit/limits.hpp>
#include <salesaudit/registry.hpp>

#include <fmt/format.h>

#include <string>
#include <vector>

namespace salesaudit {
namespace {

using testing::diagnostics_of;
using Lines = std::vector<std::string>;

// A small questionnaire whose `questions` array is `questions` (JSON text).
std::string questionnaire_with(const std::string& questions) {
  return R"({"format": "salesaudit.questionnaire/v1", "id": "lim", "version": "1.0.0", "title": "L",
             "dimensions": [{"id": "d", "title": "D"}], "bands": [{"id": "b", "label": "B", "min": 0}],
             "questions": [)" +
         questions + "]}";
}

std::string boolean_questions(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    out += fmt::format(R"({}{{"id": "q{}", "type": "boolean", "text": "?", "dimension": "d"}})", i ? "," : "", i);
  }
  return out;
}

std::string choice_question(std::size_t options) {
  std::string out = R"({"id": "c", "type": "choice", "text": "?", "dimension": "d", "options": [)";
  for (std::size_t i = 0; i < options; ++i) {
    out += fmt::format(R"({}{{"value": "o{}", "label": "O", "score": 0}})", i ? "," : "", i);
  }
  return out + "]}";
}

TEST(Limits, DocumentSize) {
  const std::string big(limits::kMaxDocumentBytes + 1, ' ');
  EXPECT_EQ(diagnostics_of([&] { (void)load_questionnaire(big, "big.json"); }),
            Lines{"big.json: input of 67108865 bytes exceeds the limit of 67108864 bytes"});
}

TEST(Limits, NestingDepth) {
  const auto nested = [](std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); };
  EXPECT_EQ(diagnostics_of([&] { (void)load_questionnaire(nested(limits::kMaxNestingDepth), "deep.json"); }),
            Lines{"deep.json: expected an object, got an array"});
  const Lines over =
      diagnostics_of([&] { (void)load_questionnaire(nested(limits::kMaxNestingDepth + 1), "deep.json"); });
  ASSERT_EQ(over.size(), 1u);
  EXPECT_EQ(over[0].substr(0, 12), "deep.json: /");
  EXPECT_NE(over[0].find(": nesting deeper than 64 levels"), std::string::npos) << over[0];
}

TEST(Limits, StringLength) {
  const std::string ok(limits::kMaxStringBytes, 'x');
  const std::string long_text(limits::kMaxStringBytes + 1, 'x');
  auto doc = [](const std::string& name) {
    return R"({"format": "salesaudit.answers/v1", "questionnaire": {"id": "small", "version": "1.2.0"},
               "respondent": {"id": "r1", "name": ")" +
           name + R"("}, "answers": {"lik": 3}})";
  };
  const Questionnaire q = testing::small_questionnaire();
  EXPECT_NO_THROW((void)load_answers(doc(ok), "a.json", q));
  EXPECT_EQ(diagnostics_of([&] { (void)load_answers(doc(long_text), "a.json", q); }),
            Lines{"a.json: /respondent/name: string of 1048577 bytes exceeds the limit of 1048576 bytes"});
}

TEST(Limits, NumberOfQuestions) {
  EXPECT_NO_THROW((void)load_questionnaire(questionnaire_with(boolean_questions(limits::kMaxQuestions)), "q.json"));
  EXPECT_EQ(diagnostics_of([&] {
              (void)load_questionnaire(questionnaire_with(boolean_questions(limits::kMaxQuestions + 1)), "q.json");
            }),
            Lines{"q.json: /questions: 1001 questions exceed the limit of 1000"});
}

TEST(Limits, OptionsPerQuestion) {
  EXPECT_NO_THROW((void)load_questionnaire(questionnaire_with(choice_question(limits::kMaxOptions)), "q.json"));
  EXPECT_EQ(diagnostics_of([&] {
              (void)load_questionnaire(questionnaire_with(choice_question(limits::kMaxOptions + 1)), "q.json");
            }),
            Lines{"q.json: /questions/0/options: 101 options exceed the limit of 100 per question"});
}

TEST(Limits, NdjsonLineLength) {
  // A line over the limit is reported with its number and skipped; the next line is read.
  // The reader checks at each 256 KiB block it reads, so a line is caught by one block past.
  const std::string text = "{}\n" + std::string(limits::kMaxNdjsonLineBytes + (std::size_t{512} << 10), ' ') + "\n{}\n";
  batch::ByteSource source = batch::ByteSource::from_string(text);
  batch::LineChunker chunker(source, std::size_t{256} << 10, batch::kMaxLine);
  batch::LineChunk chunk;
  std::vector<std::size_t> lines;
  std::vector<std::size_t> too_long;
  while (chunker.next(chunk)) {
    batch::for_each_line(
        chunk, [&](std::string_view, std::size_t number, bool over) { (over ? too_long : lines).push_back(number); });
  }
  EXPECT_EQ(lines, (std::vector<std::size_t>{1, 3}));
  EXPECT_EQ(too_long, (std::vector<std::size_t>{2}));

  const Registry registry;
  batch::QuestionnaireCache cache(registry, "");
  batch::AnswersParser parser;
  const BatchRecord record = batch::ndjson_record("", 2, true, "b.ndjson", cache, parser);
  EXPECT_EQ(record.errors, Lines{"b.ndjson:2: line longer than 16 MiB; skipped"});
  EXPECT_EQ(record.error_code, ExitCode::data_invalid);
}

std::vector<std::string> csv_errors(const std::string& text) {
  batch::ByteSource source = batch::ByteSource::from_string(text);
  batch::CsvReader reader(source, "t.csv");
  batch::CsvRecord record;
  std::vector<std::string> errors;
  while (reader.next(record)) errors.push_back(record.error);
  return errors;
}

TEST(Limits, CsvFieldSize) {
  const std::string ok(limits::kMaxCsvFieldBytes, 'x');
  const std::string over(limits::kMaxCsvFieldBytes + 1, 'x');
  EXPECT_EQ(csv_errors("a," + ok + "\nb\n"), (Lines{"", ""}));
  EXPECT_EQ(csv_errors("a," + over + "\nb\n"), (Lines{"t.csv:1:3: field longer than 1048576 bytes", ""}));
  EXPECT_EQ(csv_errors("a,\"" + over + "\"\nb\n"), (Lines{"t.csv:1:3: field longer than 1048576 bytes", ""}));
}

TEST(Limits, CsvFieldsPerRow) {
  const std::string ok(limits::kMaxCsvFields - 1, ',');  // kMaxCsvFields empty fields
  const std::string over(limits::kMaxCsvFields, ',');
  EXPECT_EQ(csv_errors(ok + "\nb\n"), (Lines{"", ""}));
  EXPECT_EQ(csv_errors(over + "\nb\n"), (Lines{"t.csv:1:1: row has more than 10000 fields", ""}));
}

TEST(Limits, CheapHintsOnHugeKeys) {
  // Thousands of unknown 16 KiB keys: each hint is skipped by length, not computed.
  std::string answers;
  for (int i = 0; i < 2000; ++i) answers += fmt::format("{}\"{}{}\": 1", i ? "," : "", std::string(16384, 'k'), i);
  const Questionnaire q = testing::small_questionnaire();
  const Lines errors = diagnostics_of([&] { (void)load_answers(testing::answers_doc(answers), "a.json", q); });
  EXPECT_EQ(errors.size(), 2000u);
  EXPECT_EQ(detail::closest("lick", {"lik", "rev"}), std::optional<std::string>("lik"));
  EXPECT_EQ(detail::closest(std::string(100000, 'l'), {"lik", "rev"}), std::nullopt);
}

}  // namespace
}  // namespace salesaudit
