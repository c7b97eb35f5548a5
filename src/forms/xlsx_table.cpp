#include "forms/xlsx_table.hpp"

#include "forms/xlsx_libraries.hpp"
#include "forms/zip_memory.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/limits.hpp>

#include <expat.h>
#include <fmt/format.h>
#include <unzip.h>

#include <deque>
#include <functional>
#include <string_view>
#include <vector>

namespace salesaudit::forms {

std::string cell_name(std::size_t column, std::size_t row) {
  std::string letters;
  for (std::size_t c = column; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

namespace {

// minizip (zlib's contrib, Debian's libminizip1): one part of a workbook open at a time,
// which is how the table reads them (workbook, relationships, shared strings, then the
// sheet, streamed). It needs only zlib, where libzip also loaded OpenSSL at start-up.
struct ZipCloser {
  void operator()(void* z) const { xlsx_libraries().unzClose(z); }
};
struct ParserFree {
  void operator()(XML_ParserStruct* p) const { xlsx_libraries().XML_ParserFree(p); }
};

std::string_view local_name(const XML_Char* name) {
  std::string_view s(name);
  const auto bar = s.rfind('|');
  return bar == std::string_view::npos ? s : s.substr(bar + 1);
}

const char* attribute(const XML_Char** attrs, std::string_view wanted) {
  for (std::size_t i = 0; attrs[i] != nullptr; i += 2) {
    if (local_name(attrs[i]) == wanted) return attrs[i + 1];
  }
  return nullptr;
}

// One XML part of the zip, inflated block by block into an expat parser whose handlers
// are the callbacks. `limit` caps the bytes inflated, whatever the directory claims.
class XmlPart {
 public:
  using Start = std::function<void(std::string_view, const XML_Char**)>;
  using End = std::function<void(std::string_view)>;
  using Text = std::function<void(std::string_view)>;

  XmlPart(unzFile zip, const std::string& part, std::size_t limit, std::string where)
      : where_(std::move(where)), limit_(limit), zip_(zip) {
    if (xlsx_libraries().unzLocateFile(zip, part.c_str(), 1) != UNZ_OK)
      throw DataError({fmt::format("{}: no part {}", where_, part)});
    unz_file_info64 info{};
    if (xlsx_libraries().unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
      throw DataError({fmt::format("{}: {} is damaged: its directory entry cannot be read", where_, part)});
    }
    if (info.uncompressed_size > limit) {
      throw DataError({fmt::format("{}: {} inflates to {} bytes, more than the limit of {} bytes", where_, part,
                                   info.uncompressed_size, limit)});
    }
    if (xlsx_libraries().unzOpenCurrentFile(zip) != UNZ_OK) {
      throw DataError({fmt::format("{}: cannot read {}: an unsupported compression or encryption", where_, part)});
    }
    open_ = true;
    part_ = part;
    parser_.reset(xlsx_libraries().XML_ParserCreateNS(nullptr, '|'));
    xlsx_libraries().XML_SetUserData(parser_.get(), this);
    xlsx_libraries().XML_SetElementHandler(
        parser_.get(),
        [](void* self, const XML_Char* name, const XML_Char** attrs) {
          auto* p = static_cast<XmlPart*>(self);
          if (p->start) p->start(local_name(name), attrs);
        },
        [](void* self, const XML_Char* name) {
          auto* p = static_cast<XmlPart*>(self);
          if (p->end) p->end(local_name(name));
        });
    xlsx_libraries().XML_SetCharacterDataHandler(parser_.get(), [](void* self, const XML_Char* s, int len) {
      auto* p = static_cast<XmlPart*>(self);
      if (p->text) p->text(std::string_view(s, static_cast<std::size_t>(len)));
    });
    // No document type declarations: a workbook has none, and they are how entity bombs start.
    xlsx_libraries().XML_SetStartDoctypeDeclHandler(
        parser_.get(), [](void* self, const XML_Char*, const XML_Char*, const XML_Char*, int) {
          auto* p = static_cast<XmlPart*>(self);
          p->doctype_ = true;
          xlsx_libraries().XML_StopParser(p->parser_.get(), XML_FALSE);
        });
  }

  ~XmlPart() {
    if (open_) xlsx_libraries().unzCloseCurrentFile(zip_);
  }
  XmlPart(const XmlPart&) = delete;
  XmlPart& operator=(const XmlPart&) = delete;

  // Feeds one more block; false once the part is parsed to its end.
  bool step() {
    if (done_) return false;
    char block[64 * 1024];
    const int got = xlsx_libraries().unzReadCurrentFile(zip_, block, static_cast<unsigned>(sizeof block));
    if (got < 0) {
      throw DataError({fmt::format("{}: {} is damaged: {}", where_, part_,
                                   got == UNZ_CRCERROR ? "its checksum does not match" : "it does not inflate")});
    }
    inflated_ += static_cast<std::size_t>(got);
    if (inflated_ > limit_) {
      throw DataError({fmt::format("{}: {} inflates to more than the limit of {} bytes", where_, part_, limit_)});
    }
    const bool last = got == 0;
    if (xlsx_libraries().XML_Parse(parser_.get(), block, static_cast<int>(got), last ? XML_TRUE : XML_FALSE) ==
        XML_STATUS_ERROR) {
      if (!stop_message_.empty()) throw DataError({stop_message_});
      if (doctype_) throw DataError({fmt::format("{}: {} has a document type declaration", where_, part_)});
      throw DataError(
          {fmt::format("{}: {}:{}:{}: {}", where_, part_, xlsx_libraries().XML_GetCurrentLineNumber(parser_.get()),
                       xlsx_libraries().XML_GetCurrentColumnNumber(parser_.get()) + 1,
                       xlsx_libraries().XML_ErrorString(xlsx_libraries().XML_GetErrorCode(parser_.get())))});
    }
    done_ = last;
    return !done_;
  }
  // Ends the parse from inside a handler with `message`: handlers must not throw through
  // expat's C frames (its buffers would leak), so step() throws once XML_Parse returns.
  void stop(std::string message) {
    stop_message_ = std::move(message);
    xlsx_libraries().XML_StopParser(parser_.get(), XML_FALSE);
  }
  void parse_all() {
    while (step()) {
    }
  }

  Start start;
  End end;
  Text text;

 private:
  std::string where_;
  std::string part_;
  std::size_t limit_;
  std::size_t inflated_ = 0;
  bool done_ = false;
  std::string stop_message_;
  bool doctype_ = false;
  unzFile zip_;
  bool open_ = false;
  std::unique_ptr<XML_ParserStruct, ParserFree> parser_;
};

// "B3" -> column 2; 0 when malformed.
std::size_t column_of(std::string_view ref) {
  std::size_t column = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    if (column > limits::kMaxCsvFields) return limits::kMaxCsvFields + 1;
  }
  return column;
}

class XlsxTable : public Table {
 public:
  XlsxTable(const std::string& path, std::string name) : name_(std::move(name)) {
    open(xlsx_libraries().unzOpen64(path.c_str()));
  }
  XlsxTable(std::shared_ptr<const std::string> bytes, std::string name)
      : name_(std::move(name)), memory_(std::make_unique<MemoryZip>()) {
    memory_->bytes = std::move(bytes);
    open(open_memory_zip(*memory_));
  }

  bool next(Row& row) override {
    while (ready_.empty() && sheet_->step()) {
    }
    if (ready_.empty()) return false;
    row = std::move(ready_.front());
    ready_.pop_front();
    return true;
  }

  [[nodiscard]] std::string where(const Row& row, std::size_t i) const override {
    return fmt::format("{}:{}!{}", name_, sheet_name_, cell_name(i + 1, row.line));
  }
  [[nodiscard]] std::string row_where(const Row& row) const override {
    return fmt::format("{}:{}!{}", name_, sheet_name_, row.line);
  }

 private:
  void open(unzFile zip) {
    zip_.reset(zip);
    if (!zip_) {
      throw DataError({fmt::format("{}: not a readable .xlsx workbook (zip: not a zip archive, or truncated)", name_)});
    }
    const std::string sheet = first_sheet();
    read_shared_strings();
    sheet_ = std::make_unique<XmlPart>(zip_.get(), sheet, limits::kMaxXlsxPartBytes, name_);
    sheet_->start = [this](std::string_view n, const XML_Char** a) { on_start(n, a); };
    sheet_->end = [this](std::string_view n) { on_end(n); };
    sheet_->text = [this](std::string_view t) {
      if (in_value_) append(t);
    };
  }

  // The first sheet of the workbook, through its relationship (xl/worksheets/sheet1.xml
  // when the workbook does not say).
  std::string first_sheet() {
    std::string id;
    XmlPart workbook(zip_.get(), "xl/workbook.xml", limits::kMaxDocumentBytes, name_);
    workbook.start = [&](std::string_view n, const XML_Char** a) {
      if (n != "sheet" || !sheet_name_.empty()) return;
      if (const char* v = attribute(a, "name")) sheet_name_ = v;
      if (const char* v = attribute(a, "id")) id = v;
    };
    workbook.parse_all();
    if (sheet_name_.empty()) throw DataError({fmt::format("{}: the workbook has no sheet", name_)});
    std::string target = "worksheets/sheet1.xml";
    if (xlsx_libraries().unzLocateFile(zip_.get(), "xl/_rels/workbook.xml.rels", 1) == UNZ_OK) {
      XmlPart rels(zip_.get(), "xl/_rels/workbook.xml.rels", limits::kMaxDocumentBytes, name_);
      rels.start = [&](std::string_view n, const XML_Char** a) {
        const char* rid = attribute(a, "Id");
        const char* to = attribute(a, "Target");
        if (n == "Relationship" && rid != nullptr && to != nullptr && rid == id) target = to;
      };
      rels.parse_all();
    }
    if (!target.empty() && target[0] == '/') return target.substr(1);
    return "xl/" + target;
  }

  void read_shared_strings() {
    if (xlsx_libraries().unzLocateFile(zip_.get(), "xl/sharedStrings.xml", 1) != UNZ_OK) return;
    XmlPart part(zip_.get(), "xl/sharedStrings.xml", limits::kMaxXlsxSharedStringBytes, name_);
    int depth_phonetic = 0;
    bool in_t = false;
    part.start = [&](std::string_view n, const XML_Char**) {
      if (n == "si") shared_.emplace_back();
      if (n == "rPh") ++depth_phonetic;
      if (n == "t") in_t = depth_phonetic == 0 && !shared_.empty();
    };
    part.end = [&](std::string_view n) {
      if (n == "rPh") --depth_phonetic;
      if (n == "t") in_t = false;
    };
    part.text = [&](std::string_view t) {
      if (!in_t) return;
      if (shared_.back().size() + t.size() > limits::kMaxCsvFieldBytes) {
        part.stop(fmt::format("{}: a shared string is longer than {} bytes", name_, limits::kMaxCsvFieldBytes));
        return;
      }
      shared_.back().append(t);
    };
    part.parse_all();
  }

  void append(std::string_view t) {
    if (value_.size() + t.size() > limits::kMaxCsvFieldBytes) {
      cell_error_ = fmt::format("field longer than {} bytes", limits::kMaxCsvFieldBytes);
      return;
    }
    value_.append(t);
  }

  void on_start(std::string_view n, const XML_Char** a) {
    if (n == "row") {
      row_ = Row{};
      const char* r = attribute(a, "r");
      row_.line = r != nullptr ? std::strtoul(r, nullptr, 10) : last_row_ + 1;
      if (row_.line <= last_row_) row_.line = last_row_ + 1;
      if (row_.line > limits::kMaxSheetRows || ++rows_ > limits::kMaxSheetRows) {
        sheet_->stop(fmt::format("{}:{}: the sheet has more than {} rows", name_, sheet_name_, limits::kMaxSheetRows));
        return;
      }
      last_row_ = row_.line;
      cell_error_.clear();
    } else if (n == "c") {
      const char* r = attribute(a, "r");
      column_ = r != nullptr ? column_of(r) : row_.fields.size() + 1;
      if (column_ == 0 || column_ <= row_.fields.size()) column_ = row_.fields.size() + 1;
      const char* t = attribute(a, "t");
      type_ = t != nullptr ? t : "n";
      value_.clear();
    } else if (n == "v" || n == "t") {
      in_value_ = true;
    }
  }

  void on_end(std::string_view n) {
    if (n == "v" || n == "t") {
      in_value_ = false;
    } else if (n == "c") {
      if (column_ > limits::kMaxCsvFields) {
        if (cell_error_.empty()) cell_error_ = fmt::format("row has more than {} fields", limits::kMaxCsvFields);
        return;
      }
      std::string value = std::move(value_);
      if (type_ == "s") {
        char* end = nullptr;
        const unsigned long index = std::strtoul(value.c_str(), &end, 10);
        if (value.empty() || *end != '\0' || index >= shared_.size()) {
          if (cell_error_.empty()) cell_error_ = fmt::format("shared string {} does not exist", value);
          value.clear();
        } else {
          value = shared_[index];
        }
      }
      while (row_.fields.size() + 1 < column_) {
        row_.columns.push_back(row_.fields.size() + 1);
        row_.fields.emplace_back();
      }
      row_.columns.push_back(column_);
      row_.fields.push_back(std::move(value));
    } else if (n == "row") {
      if (!cell_error_.empty()) row_.error = fmt::format("{}: {}", row_where(row_), cell_error_);
      if (row_.fields.empty()) row_.fields.emplace_back();
      ready_.push_back(std::move(row_));
    }
  }

  std::string name_;
  std::string sheet_name_;
  std::unique_ptr<MemoryZip> memory_;  // the bytes an in-memory workbook is read from; outlives zip_
  std::unique_ptr<void, ZipCloser> zip_;
  std::vector<std::string> shared_;
  std::unique_ptr<XmlPart> sheet_;
  std::deque<Row> ready_;
  Row row_;
  std::size_t last_row_ = 0;
  std::size_t rows_ = 0;
  std::size_t column_ = 0;
  std::string type_;
  std::string value_;
  std::string cell_error_;
  bool in_value_ = false;
};

}  // namespace

std::unique_ptr<Table> open_xlsx(const std::string& path, const std::string& name) {
  return std::make_unique<XlsxTable>(path, name);
}

std::unique_ptr<Table> open_xlsx(std::shared_ptr<const std::string> bytes, const std::string& name) {
  return std::make_unique<XlsxTable>(std::move(bytes), name);
}

}  // namespace salesaudit::forms
