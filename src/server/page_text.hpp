#pragma once
// Every phrase the browser pages show, in one place, so they can be translated later
// (each phrase is a named function; those with values take them as arguments).

#include <cstddef>
#include <string>
#include <string_view>

namespace salesaudit::server::text {

// Join page.
std::string join_heading();
std::string join_facts(std::size_t questions, std::size_t minutes);
std::string join_about_you();
std::string join_optional_hint();
std::string field_name();
std::string field_team();
std::string field_role();
std::string button_start();
std::string join_saved_note();

// Question page.
std::string progress_label(std::size_t position, std::size_t total, std::size_t answered);
std::string optional_question();
std::string no_dimension();
std::string help_heading();
std::string current_answer(std::string_view answer);
std::string your_answer();
std::string yes();
std::string no();
std::string not_applicable();
std::string number_hint(std::string_view accepted);
std::string text_hint();
std::string button_next();
std::string button_back();
std::string button_skip();
std::string review_link();
std::string not_accepted(std::string_view problem);
std::string answer_needed();
std::string cannot_skip_required();
std::string pick_one_only();

// Review page.
std::string review_heading();
std::string review_summary(std::size_t answered, std::size_t total);
std::string not_answered();
std::string not_answered_required();
std::string change_link(std::size_t number);
std::string button_finish();
std::string finish_missing();
std::string finish_note();

// Report page additions.
std::string download_answers();

// Facilitator page.
std::string facilitator_heading();
std::string facilitator_counts(std::size_t started, std::size_t finished);
std::string respondents_heading();
std::string col_respondent();
std::string col_team();
std::string col_role();
std::string col_progress();
std::string col_status();
std::string status_finished();
std::string status_in_progress();
std::string answered_of(std::size_t answered, std::size_t total);
std::string respondent_label(std::size_t number);
std::string no_respondents();
std::string team_report_heading();
std::string no_finished_yet();
std::string rows_csv_link();
std::string refresh_link();
std::string auto_refresh_link();
std::string stop_refresh_link();

// Errors (short; never a path or an internal detail).
std::string error_title(int status);
std::string error_detail(int status);
std::string back_to_start();
std::string skip_to_content();

}  // namespace salesaudit::server::text
