// LimeSurvey CSV export: UTF-8 BOM, every field quoted, `;` or `,`, one header row in
// full-text (`Response ID`, `Date submitted`, `Question [Option]`) or code style (`id`,
// `submitdate`, `Q2[SQ001]`). A multiple-choice question is one `Question [Option]`
// column per option holding `Yes` / `No`. Times are server time, no zone (taken as UTC).

#include "forms/header_match.hpp"
#include "forms/tool_reader.hpp"

namespace salesaudit::forms {

namespace {

class LimeSurveyReader : public ToolReader {
 public:
  std::string_view name() const override { return "limesurvey"; }
  std::string_view title() const override { return "LimeSurvey"; }
  bool detect(const std::vector<std::string>& header, bool) const override {
    return (has_field(header, "Response ID") && has_field(header, "Date submitted")) ||
           (has_field(header, "id") && has_field(header, "submitdate") && has_field(header, "lastpage"));
  }
  // "Quote equations" (on by default) writes a value starting with `=` as `'=...`.
  std::string_view unescape(std::string_view cell) const override {
    return cell.size() > 1 && cell[0] == '\'' && cell[1] == '=' ? cell.substr(1) : cell;
  }
  Meta metadata(const Heading& heading) const override {
    const std::string_view t = heading.text;
    if (t.rfind("Group time:", 0) == 0 || t.rfind("Question time:", 0) == 0 || t.rfind("groupTime", 0) == 0) {
      return Meta::ignore;
    }
    return lookup_meta(t, {{"Response ID", Meta::respondent_id},
                           {"id", Meta::respondent_id},
                           {"Date submitted", Meta::completed_at},
                           {"submitdate", Meta::completed_at},
                           {"Last page", Meta::ignore},
                           {"lastpage", Meta::ignore},
                           {"Start language", Meta::ignore},
                           {"startlanguage", Meta::ignore},
                           {"Seed", Meta::ignore},
                           {"seed", Meta::ignore},
                           {"Date started", Meta::ignore},
                           {"startdate", Meta::ignore},
                           {"Date last action", Meta::ignore},
                           {"datestamp", Meta::ignore},
                           {"IP address", Meta::ignore},
                           {"ipaddr", Meta::ignore},
                           {"Referrer URL", Meta::ignore},
                           {"refurl", Meta::ignore},
                           {"Token", Meta::ignore},
                           {"token", Meta::ignore},
                           {"Email address", Meta::email},
                           {"email", Meta::email},
                           {"Total time", Meta::ignore},
                           {"interviewtime", Meta::ignore}});
  }
};

}  // namespace

const ToolReader& limesurvey_reader() {
  static const LimeSurveyReader reader;
  return reader;
}

}  // namespace salesaudit::forms
