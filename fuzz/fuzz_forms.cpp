// libFuzzer target: form tools' exports (src/forms: detection, every tool's header rows,
// value matching, the xlsx reader) on arbitrary bytes, read by read_records as score
// reads a .csv input (read_batch: the export readers, else salesaudit's own CSV). The
// bytes are the input's in-memory content (BatchInput::bytes), read by the same table
// readers as a file (an .xlsx through minizip's I/O hooks over memory), and the
// questionnaires it is matched against are loaded once, as for one batch, instead of for
// every input: that made the target about 40 times slower than the others.

#include "batch/answers_parser.hpp"
#include "batch/questionnaire_cache.hpp"
#include "batch/record_source.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/registry.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace salesaudit;
  static const Registry registry;
  static batch::QuestionnaireCache cache(registry, "");
  static batch::AnswersParser parser;
  static const BatchOptions options;
  BatchInput input;
  input.path = "fuzz.csv";
  input.format = InputFormat::csv;
  input.bytes = std::make_shared<const std::string>(reinterpret_cast<const char*>(data), size);
  batch::read_records(input, options, cache, parser, [](BatchRecord&& record) {
    if (record.answers) (void)score_record(std::move(record));
    return true;
  });
  return 0;
}
