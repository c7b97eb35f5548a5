// libFuzzer target: the CSV batch reader (RFC 4180 records, header and cell
// conversion) on arbitrary bytes, against the built-in questionnaire.

#include "batch/byte_source.hpp"
#include "batch/csv_answers.hpp"
#include "batch/csv_reader.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/registry.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace salesaudit::batch;
  static const salesaudit::Registry registry;
  static const auto questionnaire = registry.resolve("crisis-mode@1");
  static const ColumnMap map;
  ByteSource source = ByteSource::from_string(std::string(reinterpret_cast<const char*>(data), size));
  CsvReader reader(source, "fuzz.csv");
  CsvAnswers answers(reader, questionnaire, map);
  salesaudit::BatchRecord record;
  while (answers.next(record)) {
    if (record.answers) (void)salesaudit::score_record(std::move(record));
    record = salesaudit::BatchRecord{};
  }
  return 0;
}
