#pragma once
// One reader per form tool, behind this interface: how the tool's header is recognised,
// how many header rows it writes, what each column's heading is, and which headings are
// metadata (times, ids, e-mail...) rather than questions. Everything else (matching
// headings to questions, reading values) is shared: column_plan and export_answers.

#include "forms/table.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace salesaudit::forms {

enum class Meta { none, completed_at, respondent_id, email, name, ignore };

// A column's heading once the header rows are read.
struct Heading {
  std::string key;         // the column's title in a --map file (unique within the export)
  std::string text;        // question text, or the metadata name
  std::string option;      // the option a one-column-per-option column stands for, or ""
  std::string tag;         // the tool's own column id (Qualtrics export tag, LimeSurvey code)
  int offset_minutes = 0;  // zone of the column's times, where the export states it
};

class ToolReader {
 public:
  virtual ~ToolReader() = default;
  [[nodiscard]] virtual std::string_view name() const = 0;   // for --from: "google-forms"
  [[nodiscard]] virtual std::string_view title() const = 0;  // for messages: "Google Forms"
  // Whether the first row (fields trimmed, BOM removed) is this tool's header.
  [[nodiscard]] virtual bool detect(const std::vector<std::string>& header, bool first_quoted) const = 0;
  [[nodiscard]] virtual std::size_t header_rows() const { return 1; }
  // The headings, from the header rows (as many as header_rows(), fewer if the file ends).
  [[nodiscard]] virtual std::vector<Heading> headings(const std::vector<Row>& rows) const;
  [[nodiscard]] virtual Meta metadata(const Heading& heading) const = 0;
  // An answer cell as the respondent typed it, undoing the tool's own escaping.
  [[nodiscard]] virtual std::string_view unescape(std::string_view cell) const { return cell; }
};

// The seven tabular readers, in detection order.
[[nodiscard]] const std::vector<const ToolReader*>& tool_readers();
// The reader named `name` ("google-forms" ...), or nullptr.
[[nodiscard]] const ToolReader* find_reader(std::string_view name);
// The reader whose detection accepts the header, or nullptr (a salesaudit CSV).
[[nodiscard]] const ToolReader* detect_reader(const std::vector<std::string>& header, bool first_quoted);

// A metadata table: heading (compared ignoring case) -> role.
using MetaNames = std::initializer_list<std::pair<std::string_view, Meta>>;
[[nodiscard]] Meta lookup_meta(std::string_view heading, MetaNames names);
[[nodiscard]] bool has_field(const std::vector<std::string>& header, std::string_view name);

// The readers, defined one per file (<tool>_reader.cpp).
[[nodiscard]] const ToolReader& google_forms_reader();
[[nodiscard]] const ToolReader& google_sheets_reader();
[[nodiscard]] const ToolReader& microsoft_forms_reader();
[[nodiscard]] const ToolReader& surveymonkey_reader();
[[nodiscard]] const ToolReader& typeform_reader();
[[nodiscard]] const ToolReader& qualtrics_reader();
[[nodiscard]] const ToolReader& limesurvey_reader();

}  // namespace salesaudit::forms
