#pragma once
// The facilitator's page (progress of everyone, the team report over the finished ones)
// and its CSV of rows.

#include "server/respondent_store.hpp"

#include <salesaudit/questionnaire.hpp>

#include <memory>
#include <string>
#include <vector>

namespace salesaudit::server {

// A respondent as the facilitator sees them: their name, else "respondent N".
[[nodiscard]] std::string respondent_label(const RespondentSnapshot& respondent);

[[nodiscard]] std::string facilitator_page(const Questionnaire& questionnaire, const std::string& ftoken,
                                           const std::vector<RespondentSnapshot>& respondents, bool refreshing);

// `score --format csv` rows of the finished respondents (source = their label).
[[nodiscard]] std::string facilitator_rows_csv(const std::shared_ptr<const Questionnaire>& questionnaire,
                                               const std::vector<RespondentSnapshot>& respondents);

}  // namespace salesaudit::server
