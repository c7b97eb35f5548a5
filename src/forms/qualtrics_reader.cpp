// Qualtrics "Data & Analysis > Export" CSV: three header rows, export tags (`StartDate`,
// `ResponseId`, `Q1`...), question texts (localised; sub-parts as `Text - Selected
// Choice`), and `{"ImportId":"QID1","timeZone":"..."}`. Multi-selects joined by `,`.
// Metadata is recognised by its export tag, which is not localised.

#include "forms/timestamp.hpp"
#include "forms/tool_reader.hpp"
#include "forms/value_match.hpp"

#include <nlohmann/json.hpp>

namespace salesaudit::forms {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

class QualtricsReader : public ToolReader {
 public:
  std::string_view name() const override { return "qualtrics"; }
  std::string_view title() const override { return "Qualtrics"; }
  bool detect(const std::vector<std::string>& header, bool) const override {
    return has_field(header, "ResponseId") || has_field(header, "ResponseID") ||
           (has_field(header, "StartDate") && has_field(header, "EndDate") && has_field(header, "Finished"));
  }
  std::size_t header_rows() const override { return 3; }

  std::vector<Heading> headings(const std::vector<Row>& rows) const override {
    std::vector<Heading> out;
    if (rows.empty()) return out;
    for (std::size_t i = 0; i < rows[0].fields.size(); ++i) {
      Heading h;
      h.tag = std::string(trim(rows[0].fields[i]));
      h.key = h.tag;
      std::string text = rows.size() > 1 && i < rows[1].fields.size() ? std::string(trim(rows[1].fields[i])) : "";
      for (std::string_view suffix : {" - Selected Choice"}) {
        if (ends_with(text, suffix)) text.resize(text.size() - suffix.size());
      }
      h.text = text.empty() ? h.tag : text;
      if (rows.size() > 2 && i < rows[2].fields.size()) {
        // The zone of the column's times; a zone name stays unconverted (taken as UTC).
        const auto meta = nlohmann::json::parse(rows[2].fields[i], nullptr, false);
        if (meta.is_object() && meta.contains("timeZone") && meta["timeZone"].is_string()) {
          h.offset_minutes = zone_offset(meta["timeZone"].get<std::string>()).value_or(0);
        }
      }
      out.push_back(std::move(h));
    }
    return out;
  }

  Meta metadata(const Heading& heading) const override {
    const std::string_view tag = heading.tag;
    if (ends_with(tag, "_DO") || ends_with(tag, " - Topics") || ends_with(tag, " - Parent Topics") ||
        tag.find(" - Sentiment") != std::string_view::npos || tag.rfind("Q_", 0) == 0) {
      return Meta::ignore;
    }
    return lookup_meta(tag, {{"StartDate", Meta::ignore},
                             {"EndDate", Meta::completed_at},
                             {"Status", Meta::ignore},
                             {"IPAddress", Meta::ignore},
                             {"Progress", Meta::ignore},
                             {"Duration (in seconds)", Meta::ignore},
                             {"Finished", Meta::ignore},
                             {"RecordedDate", Meta::ignore},
                             {"ResponseId", Meta::respondent_id},
                             {"ResponseID", Meta::respondent_id},
                             {"RecipientLastName", Meta::ignore},
                             {"RecipientFirstName", Meta::ignore},
                             {"RecipientEmail", Meta::email},
                             {"ExternalReference", Meta::ignore},
                             {"ExternalDataReference", Meta::ignore},
                             {"LocationLatitude", Meta::ignore},
                             {"LocationLongitude", Meta::ignore},
                             {"DistributionChannel", Meta::ignore},
                             {"UserLanguage", Meta::ignore}});
  }
};

}  // namespace

const ToolReader& qualtrics_reader() {
  static const QualtricsReader reader;
  return reader;
}

}  // namespace salesaudit::forms
