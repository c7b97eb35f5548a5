#pragma once
// The first worksheet of an .xlsx file as rows, read with minizip and expat: the sheet XML
// is inflated and parsed in blocks, so rows stream in bounded memory. Every part's size
// is checked in the zip directory and counted while inflating (limits.hpp), so a zip bomb
// or an endless sheet ends in an error instead of exhausting memory. Places are
// `file:Sheet1!B3`.

#include "forms/table.hpp"

#include <memory>
#include <string>

namespace salesaudit::forms {

// Throws DataError when the file is not a readable workbook.
[[nodiscard]] std::unique_ptr<Table> open_xlsx(const std::string& path, const std::string& name);
// The same workbook from bytes in memory (a batch input's bytes), read by the same code.
[[nodiscard]] std::unique_ptr<Table> open_xlsx(std::shared_ptr<const std::string> bytes, const std::string& name);

// "B3" for column 2 (1-based) of row 3.
[[nodiscard]] std::string cell_name(std::size_t column, std::size_t row);

}  // namespace salesaudit::forms
