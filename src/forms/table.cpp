#include "forms/table.hpp"

#include "forms/delimited_table.hpp"
#include "forms/xlsx_table.hpp"

#include <fstream>

namespace salesaudit::forms {

namespace {

// An .xlsx is a zip: recognised by its first bytes whatever the file is called.
bool zip_signature(const char* magic) {
  return magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}

}  // namespace

std::unique_ptr<Table> open_table(const std::string& path, const std::string& name) {
  if (path != "-") {
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    if (in.read(magic, 4) && zip_signature(magic)) return open_xlsx(path, name);
  }
  return std::make_unique<DelimitedTable>(batch::ByteSource::open(path), name);
}

std::unique_ptr<Table> open_table(const BatchInput& input, const std::string& name) {
  if (!input.bytes) return open_table(input.path, name);
  if (input.bytes->size() >= 4 && zip_signature(input.bytes->data())) return open_xlsx(input.bytes, name);
  return std::make_unique<DelimitedTable>(batch::ByteSource::open(input), name);
}

}  // namespace salesaudit::forms
