// The parse-only floor for the batch benchmark: reads an NDJSON file and parses every
// line with simdjson's DOM parser (one thread), touching nothing else. Prints the count.

#include <simdjson.h>

#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: parse_floor FILE.ndjson\n");
    return 2;
  }
  simdjson::padded_string text;
  if (simdjson::padded_string::load(argv[1]).get(text)) {
    std::fprintf(stderr, "%s: cannot read\n", argv[1]);
    return 66;
  }
  simdjson::dom::parser parser;
  const char* p = text.data();
  const char* const end = p + text.size();
  std::size_t documents = 0;
  std::size_t errors = 0;
  while (p < end) {
    const auto* newline = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    const char* stop = newline != nullptr ? newline : end;
    if (stop > p) {
      simdjson::dom::element doc;
      if (parser.parse(p, static_cast<std::size_t>(stop - p), false).get(doc)) {
        ++errors;
      } else {
        ++documents;
      }
    }
    p = stop + 1;
  }
  std::printf("%zu documents, %zu errors\n", documents, errors);
  return errors == 0 ? 0 : 65;
}
