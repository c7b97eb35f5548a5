// The fixed phrases of the form writers through the gettext catalogs, so a form
// exported with --lang reads in one language, its help sentences included.

#include "forms/form_writer.hpp"
#include "i18n/messages.hpp"

#include <fmt/format.h>

namespace salesaudit::forms {

namespace {

using i18n::tr;
using i18n::trc;

// The writers format these patterns with up to two arguments: a translation that
// asks for more (or is malformed) would throw there, so it keeps the English pattern.
std::string pattern(const char* translated, const char* english) {
  try {
    (void)fmt::format(fmt::runtime(translated), "a", "b");
    return translated;
  } catch (const fmt::format_error&) {
    return english;
  }
}

}  // namespace

ExportTexts export_texts() {
  ExportTexts t;
  t.yes = tr("Yes");
  t.no = tr("No");
  t.not_applicable = tr("Not applicable");
  // TRANSLATORS: help of a question a form tool cannot hide; {} is a condition such as
  // "you answered “Yes” to “Have you named a deputy?”".
  t.answer_only_if = pattern(tr("Answer only if {}."), "Answer only if {}.");
  // TRANSLATORS: {0} is the quoted question, {1} the answer (“Yes”, “Weekly”, 3 ...).
  t.cond_equals = pattern(tr("you answered {1} to {0}"), "you answered {1} to {0}");
  // TRANSLATORS: {0} is the quoted question, {1} the answer.
  t.cond_not_equals =
      pattern(tr("you answered {0} with something other than {1}"), "you answered {0} with something other than {1}");
  // TRANSLATORS: {0} is the quoted question, {1} a number.
  t.cond_at_least = pattern(tr("your answer to {0} was at least {1}"), "your answer to {0} was at least {1}");
  // TRANSLATORS: {0} is the quoted question, {1} a number.
  t.cond_at_most = pattern(tr("your answer to {0} was at most {1}"), "your answer to {0} was at most {1}");
  // TRANSLATORS: how a question or an answer is quoted in a sentence.
  t.quoted = pattern(trc("form", "“{}”"), "“{}”");
  // TRANSLATORS: joins two conditions or two answers, spaces included.
  t.either = trc("form", " or ");
  // TRANSLATORS: joins two conditions or two answers, spaces included.
  t.both = trc("form", " and ");
  t.number_between = pattern(tr("Enter a number from {} to {}."), "Enter a number from {} to {}.");
  t.number_at_least = pattern(tr("Enter a number of at least {}."), "Enter a number of at least {}.");
  t.number_at_most = pattern(tr("Enter a number of at most {}."), "Enter a number of at most {}.");
  t.number_any = tr("Enter a number.");
  t.number_unit = pattern(tr("Unit: {}."), "Unit: {}.");
  // TRANSLATORS: keep "N/A": the form checks for it and salesaudit reads it back.
  t.number_na = tr("Write N/A if this does not apply to you.");
  // TRANSLATORS: a point of a scale: its number, then its label ("1 = Never").
  t.scale_points = pattern(tr("{} = {}"), "{} = {}");
  t.tick_all = tr("Tick all that apply.");
  t.tick_one = tr("Tick one.");
  // TRANSLATORS: the mark after a required question on the printable form.
  t.required = trc("form", "required");
  t.required_note = tr("Questions marked (required) must be answered.");
  // TRANSLATORS: the first line of a printed form; the underscores are blanks to write on.
  t.respondent_line = tr("Name: ____________________  Team: ____________  Date: ____________");
  t.write_here = tr("Your answer:");
  // TRANSLATORS: the section of a form that holds the free-text questions.
  t.comments_section = trc("form", "Comments");
  // TRANSLATORS: {} are the questionnaire's id and version ("crisis-mode", "3.0.0").
  t.version_line = pattern(tr("Questionnaire {} version {}."), "Questionnaire {} version {}.");
  return t;
}

}  // namespace salesaudit::forms
