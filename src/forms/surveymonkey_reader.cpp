// SurveyMonkey "All individual responses" (expanded, actual answer text): two header
// rows. Row 1 names the question over the first column of its block; row 2 says
// `Response` / `Open-Ended Response`, or, for a checkbox question, the option whose
// label the column holds when ticked.

#include "forms/tool_reader.hpp"
#include "forms/value_match.hpp"

namespace salesaudit::forms {

namespace {

class SurveyMonkeyReader : public ToolReader {
 public:
  std::string_view name() const override { return "surveymonkey"; }
  std::string_view title() const override { return "SurveyMonkey"; }
  bool detect(const std::vector<std::string>& header, bool) const override {
    return !header.empty() && (header[0] == "Respondent ID" || header[0] == "RespondentID");
  }
  std::size_t header_rows() const override { return 2; }

  std::vector<Heading> headings(const std::vector<Row>& rows) const override {
    std::vector<Heading> out;
    if (rows.empty()) return out;
    const auto& top = rows[0].fields;
    const std::vector<std::string> none;
    const auto& sub = rows.size() > 1 ? rows[1].fields : none;
    std::string block;
    for (std::size_t i = 0; i < top.size(); ++i) {
      const std::string head(trim(top[i]));
      const std::string below = i < sub.size() ? std::string(trim(sub[i])) : "";
      if (!head.empty()) block = head;
      Heading h;
      h.text = block;
      const bool single = below.empty() || iequals(below, "Response") || iequals(below, "Open-Ended Response");
      if (!single) h.option = below;
      h.key = single ? block : block + " [" + below + "]";
      out.push_back(std::move(h));
    }
    return out;
  }

  Meta metadata(const Heading& heading) const override {
    if (heading.text.rfind("Custom Data", 0) == 0) return Meta::ignore;
    return lookup_meta(heading.text, {{"Respondent ID", Meta::respondent_id},
                                      {"RespondentID", Meta::respondent_id},
                                      {"Collector ID", Meta::ignore},
                                      {"CollectorID", Meta::ignore},
                                      {"Start Date", Meta::ignore},
                                      {"End Date", Meta::completed_at},
                                      {"IP Address", Meta::ignore},
                                      {"Email Address", Meta::email},
                                      {"First Name", Meta::ignore},
                                      {"Last Name", Meta::ignore}});
  }
};

}  // namespace

const ToolReader& surveymonkey_reader() {
  static const SurveyMonkeyReader reader;
  return reader;
}

}  // namespace salesaudit::forms
