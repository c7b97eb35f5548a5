// The form writers, one by one: escaping for each target, how each question type maps,
// and where a condition becomes a relevance equation, a branch or a help sentence.

#include "forms/form_writer.hpp"

#include <salesaudit/error.hpp>
#include <salesaudit/forms_export.hpp>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <string>

namespace salesaudit::forms {
namespace {

// Texts that need escaping everywhere, and one question of each kind of condition.
const char* const kTricky = R"({
  "format": "salesaudit.questionnaire/v1",
  "id": "tricky", "version": "1.0.0", "title": "It's <b>\"tricky\"</b>",
  "dimensions": [{"id": "d", "title": "D & co"}],
  "bands": [{"id": "low", "label": "Low", "min": 0}],
  "questions": [
    {"id": "yes-no", "type": "boolean", "text": "Line one\nline 'two' \\ [[Tag]]\u2028end", "dimension": "d",
     "help": "Tab\there; \"quoted\""},
    {"id": "pick", "type": "choice", "text": "Pick one", "dimension": "d", "allow_na": true,
     "enable_when": {"question": "yes-no", "equals": true},
     "options": [{"value": "a-1", "label": "A;\tone", "score": 1}, {"value": "b", "label": "It's B", "score": 0}]},
    {"id": "count", "type": "number", "text": "How many?", "dimension": "d", "min": 0, "max": 2.5,
     "score_bands": [{"score": 1}], "enable_when": {"question": "pick", "not_equals": "b"}},
    {"id": "many", "type": "multi_choice", "text": "Which?", "dimension": "d", "allow_na": true,
     "options": [{"value": "x", "label": "X", "score": 1}, {"value": "y", "label": "Y", "score": 0}]},
    {"id": "rate", "type": "likert", "text": "Rate it", "dimension": "d",
     "enable_when": {"any": [{"question": "count", "at_least": 1}, {"question": "many", "equals": ["x"]}]},
     "scale": {"points": 2, "labels": ["Bad", "Good"]}},
    {"id": "note", "type": "text", "text": "Anything else?", "required": false}
  ]
})";

Questionnaire tricky() {
  return load_questionnaire(kTricky, "tricky.json");
}

TEST(FormsModel, SentencesAndHints) {
  const auto q = tricky();
  const FormModel m = build_form_model(q);
  ASSERT_EQ(m.items.size(), 6u);
  EXPECT_EQ(m.items[0].text, "Line one line 'two' \\ [[Tag]]\u2028end");
  EXPECT_EQ(m.items[1].when, "Answer only if you answered Yes to \u201cLine one line 'two' \\ [[Tag]]\u2028end\u201d.");
  EXPECT_EQ(m.items[2].when,
            "Answer only if you answered \u201cPick one\u201d with something other than \u201cIt's B\u201d.");
  EXPECT_EQ(m.items[2].number_hint, "Enter a number from 0 to 2.5.");
  EXPECT_EQ(m.items[4].when,
            "Answer only if your answer to \u201cHow many?\u201d was at least 1 or you answered \u201cX\u201d to "
            "\u201cWhich?\u201d.");
  EXPECT_EQ(m.items[1].choices[0].label, "A; one");  // a tab cannot live in a choice
  EXPECT_EQ(m.items[1].na_label, "Not applicable");
  EXPECT_EQ(m.items[5].section, "Comments");
}

TEST(FormsModel, EffectiveCondition) {
  const auto q = tricky();
  const Condition c = effective_condition(q, *q.questions[2].enable_when);  // pick != b, pick needs yes-no
  ASSERT_EQ(c.op, Condition::Op::all);
  ASSERT_EQ(c.children.size(), 2u);
  EXPECT_EQ(c.children[0].question_id, "yes-no");
  EXPECT_EQ(c.children[1].question_id, "pick");
}

TEST(FormsSurveyJs, TypesValuesExpressions) {
  const auto survey = nlohmann::json::parse(export_form(tricky(), "surveyjs"));
  ASSERT_EQ(survey["pages"].size(), 2u);
  EXPECT_EQ(survey["pages"][1]["name"], "comments");
  auto e = survey["pages"][0]["elements"];
  e.push_back(survey["pages"][1]["elements"][0]);
  EXPECT_EQ(survey["title"], "It's <b>\"tricky\"</b>");
  EXPECT_EQ(e[0]["type"], "boolean");
  EXPECT_EQ(e[0]["description"], "Tab\there; \"quoted\"");
  EXPECT_EQ(e[1]["visibleIf"], "{yes-no} = true");
  EXPECT_EQ(e[1]["choices"][0]["value"], "a-1");
  EXPECT_EQ(e[1]["choices"][2]["value"], "na");
  EXPECT_EQ(e[2]["inputType"], "number");
  EXPECT_EQ(e[2]["max"], 2.5);
  EXPECT_EQ(e[3]["type"], "checkbox");
  EXPECT_EQ(e[4]["type"], "rating");
  EXPECT_EQ(e[4]["rateValues"][1]["text"], "Good");
  EXPECT_NE(e[4]["visibleIf"].get<std::string>().find("{many} contains 'x' and {many} notcontains 'y'"),
            std::string::npos);
  EXPECT_EQ(e[5]["type"], "comment");
  EXPECT_FALSE(e[5].contains("isRequired"));
}

TEST(FormsSurveyJs, NotEqualsNeedsAnAnswer) {
  const auto survey = nlohmann::json::parse(export_form(tricky(), "surveyjs"));
  const std::string expr = survey["pages"][0]["elements"][2]["visibleIf"];
  EXPECT_EQ(expr, "({yes-no} = true) and ({pick} notempty and {pick} <> 'na' and !({pick} = 'b'))");
}

TEST(FormsGoogle, EscapesJavaScriptStrings) {
  const std::string gs = export_form(tricky(), "google-forms");
  EXPECT_NE(gs.find("FormApp.create('It\\'s <b>\"tricky\"</b>')"), std::string::npos) << gs;
  EXPECT_NE(gs.find("'Line one line \\'two\\' \\\\ [[Tag]]\\u2028end'"), std::string::npos);
  EXPECT_NE(gs.find("'Tab\\there; \"quoted\"'"), std::string::npos);
  EXPECT_EQ(gs.find('\t'), std::string::npos);
}

TEST(FormsGoogle, BranchesQuestionBefore) {
  const std::string gs = export_form(tricky(), "google-forms");
  // pick follows yes-no: its own section, reached by Yes; No skips to the next one.
  EXPECT_NE(gs.find("q1.createChoice('Yes', page2)"), std::string::npos) << gs;
  EXPECT_NE(gs.find("q1.createChoice('No', page3)"), std::string::npos);
  // count reads pick, which has a condition itself: a help sentence instead.
  EXPECT_NE(gs.find("q3.setHelpText('Enter a number from 0 to 2.5. Answer only if"), std::string::npos);
  // A two-point scale is not a Google scale (3..10 points): multiple choice with the labels.
  EXPECT_NE(gs.find("q5.setChoiceValues(['Bad', 'Good'])"), std::string::npos);
}

TEST(FormsLimeSurvey, CodesQuoting) {
  const std::string txt = export_form(tricky(), "limesurvey");
  EXPECT_EQ(txt.rfind("\xEF\xBB\xBFid\trelated_id\tclass\t", 0), 0u);
  EXPECT_NE(txt.find("\tQ\tY\tyesNo\t1\tLine one line 'two' \\ [[Tag]]\u2028end\t\"Tab here; \"\"quoted\"\"\"\t"),
            std::string::npos)
      << txt;
  EXPECT_NE(txt.find("\tQ\tL\tpick\tyesNo.NAOK == 'Y'\tPick one\t"), std::string::npos);
  EXPECT_NE(txt.find("\tA\t0\tA1\t0\tA; one\t\ten\t"), std::string::npos);
  EXPECT_NE(txt.find("\tA\t0\tNA\t0\tNot applicable\t\ten\t"), std::string::npos);
  EXPECT_NE(txt.find("is_numeric(count.NAOK) and count.NAOK >= 1"), std::string::npos);
  EXPECT_NE(txt.find("many_SQ001.NAOK == 'Y' and many_SQ002.NAOK != 'Y'"), std::string::npos);
  EXPECT_NE(txt.find("\tSQ\t\tNA\t1\tNot applicable\t"), std::string::npos);
  EXPECT_NE(txt.find("It's &lt;b&gt;\"\"tricky\"\"&lt;/b&gt;"), std::string::npos);
}

TEST(FormsQualtrics, HelpTextBlock) {
  const std::string txt = export_form(tricky(), "qualtrics");
  EXPECT_EQ(txt.rfind("[[AdvancedFormat]]\n", 0), 0u);
  EXPECT_NE(txt.find("[[Question:DB]]\nTab here; \"quoted\"\n\n[[Question:MC:SingleAnswer:Vertical]]\n[[ID:yes-no]]\n"
                     "Line one line 'two' \\ [ [Tag]]\u2028end\n[[Choices]]\nYes\nNo\n"),
            std::string::npos)
      << txt;
  EXPECT_NE(
      txt.find("[[Question:MC:MultipleAnswer:Vertical]]\n[[ID:many]]\nWhich?\n[[Choices]]\nX\nY\nNot applicable\n"),
      std::string::npos);
  EXPECT_NE(txt.find("[[Question:DB]]\nAnswer only if you answered Yes to"), std::string::npos);
}

TEST(FormsMarkdown, EscapesAndBoxes) {
  const std::string md = export_form(tricky(), "markdown");
  EXPECT_EQ(md.rfind("# It's \\<b\\>\"tricky\"\\</b\\>\n", 0), 0u) << md;
  EXPECT_NE(md.find("**2. Pick one** (required)\n\n*Answer only if"), std::string::npos);
  EXPECT_NE(md.find("- [ ] A; one\n- [ ] It's B\n- [ ] Not applicable\n"), std::string::npos);
  EXPECT_NE(md.find("- [ ] 1 = Bad\n- [ ] 2 = Good\n"), std::string::npos);
}

TEST(FormsExport, UnknownFormatUsageError) {
  EXPECT_THROW((void)export_form(tricky(), "word"), UsageError);
  EXPECT_EQ(form_export_formats().size(), 5u);
}

TEST(FormsExport, Deterministic) {
  const auto q = tricky();
  for (const auto& format : form_export_formats()) EXPECT_EQ(export_form(q, format), export_form(q, format)) << format;
}

}  // namespace
}  // namespace salesaudit::forms
