// The page texts: English msgids, translated through the gettext catalogs (po/*.po)
// into the language serve was started in. Keep every visible phrase here.

#include "server/page_text.hpp"

#include "i18n/messages.hpp"

#include <fmt/format.h>

namespace salesaudit::server::text {

std::string join_heading() {
  return i18n::tr("Take the audit");
}
std::string join_facts(std::size_t questions, std::size_t minutes) {
  return i18n::trf("Up to {} questions, about {} minutes. One question per page.", questions, minutes);
}
std::string join_about_you() {
  return i18n::tr("About you");
}
std::string join_optional_hint() {
  return i18n::tr("All three are optional.");
}
std::string field_name() {
  return i18n::tr("Name");
}
std::string field_team() {
  return i18n::tr("Team");
}
std::string field_role() {
  return i18n::tr("Role");
}
std::string button_start() {
  return i18n::tr("Start");
}
std::string join_saved_note() {
  return "Every answer is saved as soon as you go to the next page. Keep the address of your pages to come back "
         "later: it is your personal link.";
}

std::string progress_label(std::size_t position, std::size_t total, std::size_t answered) {
  return i18n::trf("[{}/{}] Question {} of {} ({} answered)", position, total, position, total, answered);
}
std::string no_dimension() {
  return "Notes";  // the heading of questions outside any dimension, as in the terminal
}
std::string optional_question() {
  return i18n::tr("Optional question.");
}
std::string help_heading() {
  return i18n::tr("Help");
}
std::string current_answer(std::string_view answer) {
  return i18n::trf("Current answer: {}", answer);
}
std::string your_answer() {
  return i18n::tr("Your answer");
}
std::string yes() {
  return i18n::tr("Yes");
}
std::string no() {
  return i18n::tr("No");
}
std::string not_applicable() {
  return i18n::tr("Not applicable");
}
std::string number_hint(std::string_view accepted) {
  return i18n::trf("Type {}.", accepted);
}
std::string text_hint() {
  return i18n::tr("Any text.");
}
std::string button_next() {
  return i18n::tr("Next");
}
std::string button_back() {
  return i18n::tr("Back");
}
std::string button_skip() {
  return i18n::tr("Skip");
}
std::string review_link() {
  return i18n::tr("Review your answers");
}
std::string not_accepted(std::string_view problem) {
  return i18n::trf("Not accepted: {}.", problem);
}
std::string answer_needed() {
  return i18n::tr("An answer is needed for this question.");
}
std::string cannot_skip_required() {
  return i18n::tr("This question is required and cannot be skipped.");
}
std::string pick_one_only() {
  return i18n::tr("pick one answer only");
}

std::string review_heading() {
  return i18n::tr("Review your answers");
}
std::string review_summary(std::size_t answered, std::size_t total) {
  return i18n::trf("{} of {} questions answered.", answered, total);
}
std::string not_answered() {
  return i18n::tr("(not answered)");
}
std::string not_answered_required() {
  return i18n::tr("(not answered, required)");
}
std::string change_link(std::size_t number) {
  return i18n::trf("Change answer {}", number);
}
std::string button_finish() {
  return i18n::tr("Finish");
}
std::string finish_missing() {
  return i18n::tr("Some required questions still need an answer (marked below).");
}
std::string finish_note() {
  return i18n::tr("Finish shows your report. Your answers cannot be changed afterwards.");
}

std::string download_answers() {
  return i18n::tr("Download your answers (JSON)");
}

std::string facilitator_heading() {
  return i18n::tr("Facilitator");
}
std::string facilitator_counts(std::size_t started, std::size_t finished) {
  return i18n::trf("{} started, {} finished.", started, finished);
}
std::string respondents_heading() {
  return i18n::tr("Respondents");
}
std::string col_respondent() {
  return i18n::tr("Respondent");
}
std::string col_team() {
  return i18n::tr("Team");
}
std::string col_role() {
  return i18n::tr("Role");
}
std::string col_progress() {
  return i18n::tr("Answered");
}
std::string col_status() {
  return i18n::tr("Status");
}
std::string status_finished() {
  return i18n::tr("finished");
}
std::string status_in_progress() {
  return i18n::tr("in progress");
}
std::string answered_of(std::size_t answered, std::size_t total) {
  return i18n::trf("{} of {}", answered, total);
}
std::string respondent_label(std::size_t number) {
  return i18n::trf("respondent {}", number);
}
std::string no_respondents() {
  return i18n::tr("Nobody has started yet. Share the join link.");
}
std::string team_report_heading() {
  return i18n::tr("Team report (finished respondents)");
}
std::string no_finished_yet() {
  return i18n::tr("The team report appears when the first respondent finishes.");
}
std::string rows_csv_link() {
  return i18n::tr("One row per finished respondent (CSV)");
}
std::string refresh_link() {
  return i18n::tr("Refresh");
}
std::string auto_refresh_link() {
  return i18n::tr("Refresh every 15 seconds");
}
std::string stop_refresh_link() {
  return i18n::tr("Stop refreshing");
}

std::string error_title(int status) {
  switch (status) {
    case 400: return i18n::tr("Bad request");
    case 403: return i18n::tr("Forbidden");
    case 404: return i18n::tr("Not found");
    case 405: return i18n::tr("Method not allowed");
    case 408: return i18n::tr("Request timeout");
    case 409: return i18n::tr("Conflict");
    case 413: return i18n::tr("Request too large");
    case 422: return i18n::tr("Not accepted");
    case 431: return i18n::tr("Request headers too large");
    case 503: return i18n::tr("Busy");
    default: return status >= 500 ? i18n::tr("Server error") : i18n::tr("Error");
  }
}
std::string error_detail(int status) {
  switch (status) {
    case 403: return i18n::tr("This form was sent from another site, so it was not accepted.");
    case 404: return i18n::tr("There is no page at this address. Check the link you were given.");
    case 413: return i18n::tr("What you sent is too large.");
    case 503: return i18n::tr("The server is busy. Try again in a moment.");
    default:
      return status >= 500 ? i18n::tr("Something went wrong. Try again.")
                           : i18n::tr("The request could not be handled.");
  }
}
std::string back_to_start() {
  return i18n::tr("Go to the start page");
}
std::string skip_to_content() {
  return i18n::tr("Skip to content");
}

}  // namespace salesaudit::server::text
