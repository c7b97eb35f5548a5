// The question flow: which question is asked now and where each action leads.

#include "i18n/messages.hpp"

#include <salesaudit/interview.hpp>
#include <salesaudit/scoring.hpp>

#include <algorithm>
#include <stdexcept>

namespace salesaudit {

Interview::Interview(const Questionnaire& questionnaire, AnswerSet answers)
    : questionnaire_(&questionnaire), answers_(std::move(answers)) {
  const std::size_t n = questionnaire.questions.size();
  answers_.answers.resize(n);
  answers_.comments.resize(n);
  skipped_.assign(n, false);
  // A skip saved by an earlier run holds for optional questions; a required one is asked.
  for (std::size_t i = 0; i < n && i < answers_.skipped.size(); ++i) {
    skipped_[i] = answers_.skipped[i] && !questionnaire.questions[i].required && !answers_.answers[i];
  }
  cursor_ = first_pending();
}

std::vector<bool> Interview::enabled() const {
  return enabled_questions(*questionnaire_, answers_.answers);
}

std::size_t Interview::next_enabled(std::size_t from) const {
  const auto on = enabled();
  while (from < on.size() && !on[from]) ++from;
  return from;
}

// The first question asked now that has neither an answer nor a deliberate skip.
std::size_t Interview::first_pending() const {
  const auto on = enabled();
  for (std::size_t i = 0; i < on.size(); ++i) {
    if (on[i] && !answers_.answers[i] && !skipped_[i]) return i;
  }
  return on.size();
}

std::optional<std::size_t> Interview::current() const {
  if (cursor_ >= questionnaire_->questions.size()) return std::nullopt;
  return cursor_;
}

Progress Interview::progress() const {
  const auto on = enabled();
  Progress p;
  for (std::size_t i = 0; i < on.size(); ++i) {
    if (!on[i]) continue;
    ++p.total;
    if (i <= cursor_) ++p.position;
    if (answers_.answers[i]) ++p.answered;
  }
  return p;
}

std::vector<std::size_t> Interview::asked() const {
  const auto on = enabled();
  std::vector<std::size_t> list;
  for (std::size_t i = 0; i < on.size(); ++i) {
    if (on[i]) list.push_back(i);
  }
  return list;
}

const std::optional<Answer>& Interview::answer_of(std::size_t question) const {
  return answers_.answers.at(question);
}

void Interview::advance() {
  if (return_to_) {
    // Back from a review change: first ask anything the new answer enabled before the
    // place we left, then return there.
    const std::size_t back_to = next_enabled(*return_to_);
    const std::size_t pending = first_pending();
    if (pending < back_to) {
      cursor_ = pending;  // still on the way back
      return;
    }
    return_to_.reset();
    cursor_ = back_to;
    return;
  }
  cursor_ = next_enabled(cursor_ + 1);
}

void Interview::answer(const Answer& answer) {
  if (!current()) throw std::logic_error("Interview::answer: no current question");
  answers_.answers[cursor_] = answer;
  skipped_[cursor_] = false;
  advance();
}

bool Interview::keep() {
  if (!current() || !answers_.answers[cursor_]) return false;
  advance();
  return true;
}

bool Interview::back() {
  return_to_.reset();
  const auto on = enabled();
  for (std::size_t i = std::min(cursor_, on.size()); i-- > 0;) {
    if (on[i]) {
      cursor_ = i;
      return true;
    }
  }
  return false;
}

std::string Interview::skip() {
  if (!current()) return i18n::tr("There is no question to skip here.");
  if (questionnaire_->questions[cursor_].required) {
    return i18n::tr("This question is required and cannot be skipped (< goes back, q saves and quits).");
  }
  answers_.answers[cursor_].reset();
  skipped_[cursor_] = true;
  advance();
  return {};
}

void Interview::change(std::size_t question) {
  return_to_ = cursor_;
  cursor_ = question;
}

std::optional<std::size_t> Interview::first_missing_required() const {
  const auto on = enabled();
  for (std::size_t i = 0; i < on.size(); ++i) {
    if (on[i] && questionnaire_->questions[i].required && !answers_.answers[i]) return i;
  }
  return std::nullopt;
}

void Interview::go_to(std::size_t question) {
  return_to_.reset();
  cursor_ = std::min(question, questionnaire_->questions.size());
}

AnswerSet Interview::document() const {
  AnswerSet doc = answers_;
  const auto on = enabled();
  doc.skipped.assign(on.size(), false);
  for (std::size_t i = 0; i < on.size(); ++i) {
    if (!on[i]) doc.answers[i].reset();
    doc.skipped[i] = on[i] && skipped_[i] && !doc.answers[i];
  }
  return doc;
}

}  // namespace salesaudit
