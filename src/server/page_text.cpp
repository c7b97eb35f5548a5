// The English page texts. Keep every visible phrase here (translations replace this file's
// strings, not the page code).

#include "server/page_text.hpp"

#include <fmt/format.h>

namespace salesaudit::server::text {

std::string join_heading() {
  return "Take the audit";
}
std::string join_facts(std::size_t questions, std::size_t minutes) {
  return fmt::format("Up to {} questions, about {} minutes. One question per page.", questions, minutes);
}
std::string join_about_you() {
  return "About you";
}
std::string join_optional_hint() {
  return "All three are optional.";
}
std::string field_name() {
  return "Name";
}
std::string field_team() {
  return "Team";
}
std::string field_role() {
  return "Role";
}
std::string button_start() {
  return "Start";
}
std::string join_saved_note() {
  return "Every answer is saved as soon as you go to the next page. Keep the address of your pages to come back "
         "later: it is your personal link.";
}

std::string progress_label(std::size_t position, std::size_t total, std::size_t answered) {
  return fmt::format("[{}/{}] Question {} of {} ({} answered)", position, total, position, total, answered);
}
std::string no_dimension() {
  return "Notes";  // the heading of questions outside any dimension, as in the terminal
}
std::string optional_question() {
  return "Optional question.";
}
std::string help_heading() {
  return "Help";
}
std::string current_answer(std::string_view answer) {
  return fmt::format("Current answer: {}", answer);
}
std::string your_answer() {
  return "Your answer";
}
std::string yes() {
  return "Yes";
}
std::string no() {
  return "No";
}
std::string not_applicable() {
  return "Not applicable";
}
std::string number_hint(std::string_view accepted) {
  return fmt::format("Type {}.", accepted);
}
std::string text_hint() {
  return "Any text.";
}
std::string button_next() {
  return "Next";
}
std::string button_back() {
  return "Back";
}
std::string button_skip() {
  return "Skip";
}
std::string review_link() {
  return "Review your answers";
}
std::string not_accepted(std::string_view problem) {
  return fmt::format("Not accepted: {}.", problem);
}
std::string answer_needed() {
  return "An answer is needed for this question.";
}
std::string cannot_skip_required() {
  return "This question is required and cannot be skipped.";
}
std::string pick_one_only() {
  return "pick one answer only";
}

std::string review_heading() {
  return "Review your answers";
}
std::string review_summary(std::size_t answered, std::size_t total) {
  return fmt::format("{} of {} questions answered.", answered, total);
}
std::string not_answered() {
  return "(not answered)";
}
std::string not_answered_required() {
  return "(not answered, required)";
}
std::string change_link(std::size_t number) {
  return fmt::format("Change answer {}", number);
}
std::string button_finish() {
  return "Finish";
}
std::string finish_missing() {
  return "Some required questions still need an answer (marked below).";
}
std::string finish_note() {
  return "Finish shows your report. Your answers cannot be changed afterwards.";
}

std::string download_answers() {
  return "Download your answers (JSON)";
}

std::string facilitator_heading() {
  return "Facilitator";
}
std::string facilitator_counts(std::size_t started, std::size_t finished) {
  return fmt::format("{} started, {} finished.", started, finished);
}
std::string respondents_heading() {
  return "Respondents";
}
std::string col_respondent() {
  return "Respondent";
}
std::string col_team() {
  return "Team";
}
std::string col_role() {
  return "Role";
}
std::string col_progress() {
  return "Answered";
}
std::string col_status() {
  return "Status";
}
std::string status_finished() {
  return "finished";
}
std::string status_in_progress() {
  return "in progress";
}
std::string answered_of(std::size_t answered, std::size_t total) {
  return fmt::format("{} of {}", answered, total);
}
std::string respondent_label(std::size_t number) {
  return fmt::format("respondent {}", number);
}
std::string no_respondents() {
  return "Nobody has started yet. Share the join link.";
}
std::string team_report_heading() {
  return "Team report (finished respondents)";
}
std::string no_finished_yet() {
  return "The team report appears when the first respondent finishes.";
}
std::string rows_csv_link() {
  return "One row per finished respondent (CSV)";
}
std::string refresh_link() {
  return "Refresh";
}
std::string auto_refresh_link() {
  return "Refresh every 15 seconds";
}
std::string stop_refresh_link() {
  return "Stop refreshing";
}

std::string error_title(int status) {
  switch (status) {
    case 400: return "Bad request";
    case 403: return "Forbidden";
    case 404: return "Not found";
    case 405: return "Method not allowed";
    case 408: return "Request timeout";
    case 409: return "Conflict";
    case 413: return "Request too large";
    case 422: return "Not accepted";
    case 431: return "Request headers too large";
    case 503: return "Busy";
    default: return status >= 500 ? "Server error" : "Error";
  }
}
std::string error_detail(int status) {
  switch (status) {
    case 403: return "This form was sent from another site, so it was not accepted.";
    case 404: return "There is no page at this address. Check the link you were given.";
    case 413: return "What you sent is too large.";
    case 503: return "The server is busy. Try again in a moment.";
    default: return status >= 500 ? "Something went wrong. Try again." : "The request could not be handled.";
  }
}
std::string back_to_start() {
  return "Go to the start page";
}
std::string skip_to_content() {
  return "Skip to content";
}

}  // namespace salesaudit::server::text
