// libFuzzer target: form tools' exports (src/forms: detection, every tool's header rows,
// value matching, the xlsx reader) on arbitrary bytes, read through read_batch as score
// reads them. The bytes go to a file because an .xlsx is read from a seekable file.

#include <salesaudit/batch.hpp>
#include <salesaudit/registry.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const salesaudit::Registry registry;
  static const std::string path = "/tmp/salesaudit-fuzz-forms-" + std::to_string(::getpid()) + ".csv";
  std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  salesaudit::BatchOptions options;
  salesaudit::read_batch({path}, options, registry, [](salesaudit::BatchRecord&& record) {
    if (record.answers) (void)salesaudit::score_record(std::move(record));
  });
  std::remove(path.c_str());
  return 0;
}
