#include "forms/table.hpp"

#include "forms/delimited_table.hpp"
#include "forms/xlsx_table.hpp"

#include <fstream>

namespace salesaudit::forms {

std::unique_ptr<Table> open_table(const std::string& path, const std::string& name) {
  if (path != "-") {
    // An .xlsx is a zip: recognised by its first bytes whatever the file is called.
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    if (in.read(magic, 4) && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
      return open_xlsx(path, name);
    }
  }
  return std::make_unique<DelimitedTable>(batch::ByteSource::open(path), name);
}

}  // namespace salesaudit::forms
