#pragma once

#include <salesaudit/scoring.hpp>

namespace salesaudit::detail {

// Fills item gains and the ranked recommendations (format contract, section 4).
void prioritize(const Questionnaire& questionnaire, ScoreCard& card);

}  // namespace salesaudit::detail
