// libFuzzer target: the NDJSON batch reader (line chunking, the simdjson fast path and
// the loader fallback) on arbitrary bytes. Small chunks and a small line limit make the
// chunk and too-long-line paths reachable with short inputs. The questionnaire cache and
// the parser live for the whole run, as for one batch: a cache made per input loaded the
// pinned questionnaire again for every input, most of the target's time.

#include "batch/answers_parser.hpp"
#include "batch/byte_source.hpp"
#include "batch/line_chunker.hpp"
#include "batch/questionnaire_cache.hpp"
#include "batch/record_source.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/registry.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace salesaudit::batch;
  static const salesaudit::Registry registry;
  static QuestionnaireCache cache(registry, "");
  static AnswersParser parser;
  ByteSource source = ByteSource::from_string(std::string(reinterpret_cast<const char*>(data), size));
  LineChunker chunker(source, 512, 4096);
  LineChunk chunk;
  while (chunker.next(chunk)) {
    for_each_line(chunk, [&](std::string_view line, std::size_t number, bool too_long) {
      if (!too_long && blank_line(line)) return;
      salesaudit::BatchRecord record = ndjson_record(line, number, too_long, "fuzz.ndjson", cache, parser);
      if (record.answers) (void)salesaudit::score_record(std::move(record));
    });
  }
  return 0;
}
