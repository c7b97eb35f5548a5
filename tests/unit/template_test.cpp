#include "authoring/template.hpp"
#include "test_util.hpp"

#include <salesaudit/scoring.hpp>

namespace salesaudit {
namespace {

using testing::small_questionnaire;

TEST(Template, BlankAnswers) {
  const auto q = small_questionnaire();
  const std::string text = authoring::blank_answers_json(q);
  EXPECT_EQ(text, R"({
  "format": "salesaudit.answers/v1",
  "questionnaire": {
    "id": "small",
    "version": "1.2.0"
  },
  "respondent": {
    "id": "",
    "name": "",
    "role": "",
    "team": ""
  },
  "started_at": null,
  "completed_at": null,
  "answers": {
    "lik": null,
    "rev": null,
    "deputy": null,
    "who": null,
    "multi": null,
    "checks": null,
    "note": null
  }
}
)");
  const AnswerSet answers = load_answers(text, "blank.json", q);
  for (const auto& answer : answers.answers) EXPECT_FALSE(answer.has_value());
  EXPECT_TRUE(answers.warnings.empty());
  EXPECT_FALSE(score(q, answers).overall.has_value());
}

TEST(Template, CsvHeader) {
  EXPECT_EQ(authoring::csv_header(small_questionnaire()),
            "respondent_id,respondent_name,team,role,lik,rev,deputy,who,multi,checks,note\n");
}

TEST(Template, Codebook) {
  const std::string codebook = authoring::csv_codebook(small_questionnaire());
  EXPECT_EQ(codebook,
            "column,type,required,asked_when,question,accepted\n"
            "respondent_id,respondent,no,,\"Respondent identifier, unique per row\",any text\n"
            "respondent_name,respondent,no,,Respondent's name,any text\n"
            "team,respondent,no,,Team the respondent belongs to,any text\n"
            "role,respondent,no,,\"Respondent's role, e.g. manager or rep\",any text\n"
            "lik,likert,yes,,L?,1 to 5: 1 = 1; 2 = 2; 3 = 3; 4 = 4; 5 = 5; empty = unanswered\n"
            "rev,likert,yes,,R?,1 to 5: 1 = 1; 2 = 2; 3 = 3; 4 = 4; 5 = 5; empty = unanswered\n"
            "deputy,boolean,yes,,D?,\"true or false (also yes/no, 1/0); empty = unanswered\"\n"
            "who,choice,yes,deputy = true,W?,one of: me = Me; deputy = Deputy; nobody = Nobody; empty = unanswered\n"
            "multi,multi_choice,yes,,M?,\"any of these, joined by ';': a = A; b = B; c = C; na = not applicable; "
            "empty = unanswered\"\n"
            "checks,number,yes,,N?,a number from 0 to 100; empty = unanswered\n"
            "note,text,no,,Anything else?,free text; empty = unanswered\n");
}

TEST(Template, CsvFieldQuotes) {
  EXPECT_EQ(authoring::csv_field("plain"), "plain");
  EXPECT_EQ(authoring::csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(authoring::csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(authoring::csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(authoring::csv_field("=SUM(A1)"), "'=SUM(A1)");
  EXPECT_EQ(authoring::csv_field("-5"), "'-5");
  EXPECT_EQ(authoring::csv_field("@x,y"), "\"'@x,y\"");
}

TEST(Template, AcceptedCells) {
  auto q = small_questionnaire();
  q.questions[5].unit = "checks per day";
  q.questions[5].max.reset();
  EXPECT_EQ(authoring::accepted_cells(q.questions[5]), "a number of at least 0 (checks per day); empty = unanswered");
}

}  // namespace
}  // namespace salesaudit
