// Header normalisation and value matching of form tools' exports (src/forms).

#include "forms/header_match.hpp"
#include "forms/value_match.hpp"

#include <salesaudit/questionnaire.hpp>
#include <salesaudit/translation.hpp>

#include <gtest/gtest.h>

namespace salesaudit::forms {
namespace {

// Labels with the separators the tools join by, to check the longest-first split.
const char* const kQuestionnaire = R"({
  "format": "salesaudit.questionnaire/v1",
  "id": "forms", "version": "1.0.0", "title": "Forms",
  "dimensions": [{"id": "d", "title": "D"}],
  "bands": [{"id": "low", "label": "Low", "min": 0}],
  "questions": [
    {"id": "multi", "type": "multi_choice", "text": "Which ones?", "dimension": "d", "allow_na": true,
     "options": [{"value": "a", "label": "Calls; texts", "score": 1},
                 {"value": "b", "label": "Calls", "score": 0},
                 {"value": "c", "label": "Mail, post", "score": 1}]},
    {"id": "lik", "type": "likert", "text": "How’s it going?", "dimension": "d",
     "scale": {"points": 3, "labels": ["Bad", "OK", "Good"]}},
    {"id": "yes", "type": "boolean", "text": "Deputy?", "dimension": "d"},
    {"id": "pick", "type": "choice", "text": "Which one?", "dimension": "d",
     "options": [{"value": "x", "label": "Ex, or why", "score": 1}, {"value": "y", "label": "Why", "score": 0}]}
  ]
})";

class FormsMatch : public ::testing::Test {
 protected:
  Questionnaire q_ = load_questionnaire(kQuestionnaire, "forms.json");
  std::string show(std::size_t question, const std::string& cell) {
    const CellAnswer a = match_cell(q_.questions[question], cell);
    if (!a.error.empty()) return "error: " + a.error;
    if (!a.answer) return "unanswered";
    return a.answer->na ? "na" : to_display(a.answer->value);
  }
};

TEST_F(FormsMatch, NormaliseQuotesStars) {
  EXPECT_EQ(normalise("  Q3.  How\u2019s   IT going? *"), "how's it going?");
  EXPECT_EQ(normalise("3. How's it going?"), "how's it going?");
  EXPECT_EQ(normalise("30 days"), "30 days");
  EXPECT_EQ(normalise("2.5 hours"), "2.5 hours");
}

TEST_F(FormsMatch, HeadingFindsTextOrId) {
  QuestionIndex index(q_);
  EXPECT_EQ(index.find("1. HOW'S IT GOING? *"), 1U);
  EXPECT_EQ(index.find("pick"), 3U);
  EXPECT_FALSE(index.find("How is it going"));
  EXPECT_EQ(index.closest("how is it going").front(), "How’s it going?");
}

TEST_F(FormsMatch, BracketSplitsOption) {
  const auto split = split_bracket("Which ones? [Mail, post]");
  ASSERT_TRUE(split);
  EXPECT_EQ(split->first, "Which ones? ");
  EXPECT_EQ(split->second, "Mail, post");
}

TEST_F(FormsMatch, MultiSplitsLabelFirst) {
  EXPECT_EQ(show(0, "Calls; texts;Calls"), R"(["a","b"])");
  EXPECT_EQ(show(0, "Calls, Mail, post"), R"(["b","c"])");
  EXPECT_EQ(show(0, "Mail, post;Calls; texts;"), R"(["c","a"])");
  EXPECT_EQ(show(0, "a;c"), R"(["a","c"])");
  EXPECT_EQ(show(0, "N/A"), "na");
  EXPECT_EQ(show(0, " "), "unanswered");
  EXPECT_EQ(show(0, "Calls;Fax"), "error: \"Fax\" is none of the options");
}

TEST_F(FormsMatch, LikertBooleanChoice) {
  EXPECT_EQ(show(1, "good"), "3");
  EXPECT_EQ(show(1, "2"), "2");
  EXPECT_EQ(show(1, "na"), "error: the question does not allow N/A");
  EXPECT_EQ(show(2, "1"), "true");
  EXPECT_EQ(show(2, "No"), "false");
  EXPECT_EQ(show(3, " ex, or WHY "), "\"x\"");
  EXPECT_EQ(show(3, "y"), "\"y\"");
  EXPECT_EQ(show(3, "Maybe"), "error: no such answer");
}

TEST_F(FormsMatch, AcceptedListsLabels) {
  EXPECT_EQ(accepted(q_.questions[3]), "one of \"Ex, or why\", \"Why\"");
  EXPECT_EQ(accepted(q_.questions[1]), "a number from 1 to 3, \"Bad\", \"OK\", \"Good\"");
}

TEST_F(FormsMatch, TickedCells) {
  EXPECT_TRUE(is_ticked("Calls"));
  EXPECT_TRUE(is_ticked("Yes"));
  EXPECT_FALSE(is_ticked("No"));
  EXPECT_FALSE(is_ticked(""));
  EXPECT_FALSE(is_ticked("0"));
}

// The same questionnaire in French, as a form exported with --lang fr shows it.
const char* const kFrench = R"({
  "format": "salesaudit.translation/v1",
  "questionnaire": {"id": "forms", "version": "1.0.0"},
  "language": "fr",
  "questions": {
    "multi": {"text": "Lesquels ?", "options": {"a": "Appels ; textos", "b": "Appels"}},
    "lik": {"text": "Comment ça va ?", "labels": ["Mal", "Bien", "Très bien"]},
    "yes": {"text": "Un adjoint ?"}
  }
})";

TEST_F(FormsMatch, TranslatedHeadingFirst) {
  const Questionnaire fr = apply_translation(q_, load_translation(kFrench, "forms.fr.json", &q_));
  QuestionIndex index(q_, &fr);
  bool translated = false;
  EXPECT_EQ(index.find("2. Comment ça va ? *", &translated), 1U);
  EXPECT_TRUE(translated);
  EXPECT_EQ(index.find("How's it going?", &translated), 1U);  // the own text still matches
  EXPECT_FALSE(translated);
  EXPECT_EQ(index.find("Which one?", &translated), 3U);  // untranslated: the same text
  EXPECT_FALSE(translated);
  EXPECT_EQ(index.closest("comment va").front(), "Comment ça va ?");
}

TEST_F(FormsMatch, TranslatedWords) {
  const Questionnaire fr = apply_translation(q_, load_translation(kFrench, "forms.fr.json", &q_));
  const AnswerWords words{{"Oui"}, {"Non"}, {"Sans objet"}};
  auto show_fr = [&](std::size_t question, const std::string& cell) {
    const CellAnswer a = match_cell(fr.questions[question], cell, words);
    if (!a.error.empty()) return "error: " + a.error;
    return a.answer->na ? std::string("na") : to_display(a.answer->value);
  };
  EXPECT_EQ(show_fr(2, "oui"), "true");
  EXPECT_EQ(show_fr(2, "Non"), "false");
  EXPECT_EQ(show_fr(2, "Yes"), "true");  // English is always read
  EXPECT_EQ(show_fr(1, "Très bien"), "3");
  EXPECT_EQ(show_fr(0, "Appels ; textos;Appels"), R"(["a","b"])");
  EXPECT_EQ(show_fr(0, "Sans objet"), "na");
  EXPECT_TRUE(is_na("sans objet", words));
  EXPECT_FALSE(is_na("sans objet"));
  EXPECT_FALSE(is_ticked("Non", words));
  EXPECT_TRUE(is_ticked("Non"));  // without the French words, any other text is ticked
  EXPECT_TRUE(is_ticked("Oui", words));
}

}  // namespace
}  // namespace salesaudit::forms
