#pragma once
// Completion times as the tools write them, to UTC ISO 8601 (`2026-11-20T08:12:00Z`):
//   Google Forms   2026/11/20 9:12:00 AM GMT+1   (offset given; GMT+5:30 too)
//   Google Sheets, SurveyMonkey   11/20/2026 9:12:00 [AM|PM]   (month first, no offset)
//   Typeform, Qualtrics, LimeSurvey   2026-11-20 09:12:00   (no offset)
//   Microsoft Forms (.xlsx)   an Excel date serial, 46346.38333 (1900 date system)
// A time with no offset is taken in `offset_minutes` east of UTC: 0 unless the export
// states its zone (Qualtrics' third header row; Typeform's "(UTC)" headings).

#include <optional>
#include <string>
#include <string_view>

namespace salesaudit::forms {

[[nodiscard]] std::optional<std::string> to_utc(std::string_view text, int offset_minutes = 0);

// Offset in minutes of a Qualtrics `timeZone` such as "Z", "UTC", "+01:00"; nullopt for
// a zone name (America/New_York), which is not converted.
[[nodiscard]] std::optional<int> zone_offset(std::string_view zone);

}  // namespace salesaudit::forms
