// The browser front end's pure parts: tokens, form answers, steps through the engine,
// the origin check and URL segments.

#include "server/routes.hpp"
#include "server/security.hpp"
#include "server/token.hpp"
#include "server/web_flow.hpp"

#include <salesaudit/answers.hpp>
#include <salesaudit/serve.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace salesaudit::server {

namespace {

const Questionnaire& fixture() {
  static const Questionnaire q = load_questionnaire_file(SALESAUDIT_SOURCE_DIR "/tests/e2e/data/serve-all.json");
  return q;
}

const Question& question(const std::string& id) {
  return fixture().questions[*fixture().question_index(id)];
}

AnswerSet empty_answers() {
  AnswerSet a;
  a.answers.resize(fixture().questions.size());
  a.comments.resize(fixture().questions.size());
  return a;
}

}  // namespace

TEST(ServerToken, ShapeAndUniqueness) {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    const std::string t = new_token();
    EXPECT_EQ(t.size(), 22u);
    EXPECT_TRUE(is_token(t)) << t;
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 200u);
  for (const char* bad : {"", "short", "AAAAAAAAAAAAAAAAAAAAA/", "../AAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAA"}) {
    EXPECT_FALSE(is_token(bad)) << bad;
  }
}

TEST(ServerForm, ValuesPerType) {
  EXPECT_TRUE(read_form_answer(question("pace"), {"4"}).answer);
  EXPECT_FALSE(read_form_answer(question("pace"), {"6"}).error.empty());
  EXPECT_FALSE(read_form_answer(question("pace"), {"2.5"}).error.empty());
  EXPECT_FALSE(read_form_answer(question("pace"), {"na"}).error.empty());  // not allowed here
  EXPECT_TRUE(std::get<bool>(read_form_answer(question("deputy"), {"true"}).answer->value));
  EXPECT_FALSE(read_form_answer(question("deputy"), {"yes"}).error.empty());
  EXPECT_TRUE(read_form_answer(question("authority"), {"written"}).answer);
  EXPECT_FALSE(read_form_answer(question("authority"), {"2"}).error.empty());  // values, not numbers
  const auto many = read_form_answer(question("channels"), {"chat", "board"});
  ASSERT_TRUE(many.answer);
  EXPECT_EQ(std::get<std::vector<std::string>>(many.answer->value).size(), 2u);
  EXPECT_TRUE(read_form_answer(question("channels"), {}).answer);  // nothing ticked: none of these
  EXPECT_TRUE(read_form_answer(question("channels"), {"na"}).answer->na);
  EXPECT_FALSE(read_form_answer(question("channels"), {"na", "chat"}).error.empty());
  EXPECT_DOUBLE_EQ(std::get<double>(read_form_answer(question("checks"), {" 2.5 "}).answer->value), 2.5);
  EXPECT_FALSE(read_form_answer(question("checks"), {"1e3"}).error.empty());
  EXPECT_FALSE(read_form_answer(question("checks"), {"51"}).error.empty());
  EXPECT_FALSE(read_form_answer(question("checks"), {"inf"}).error.empty());
  const auto text = read_form_answer(question("note"), {" <b>x</b> "});
  EXPECT_EQ(std::get<std::string>(text.answer->value), " <b>x</b> ");
  EXPECT_FALSE(read_form_answer(question("note"), {""}).answer);  // nothing given
}

TEST(ServerFlow, StepsFollowTheEngine) {
  const Questionnaire& q = fixture();
  AnswerSet a = empty_answers();
  const std::size_t pace = *q.question_index("pace");
  const std::size_t deputy = *q.question_index("deputy");
  const std::size_t authority = *q.question_index("authority");
  auto step = apply_step(q, a, pace, Action::back, {"9"}, false);
  EXPECT_TRUE(step.error.empty());
  EXPECT_FALSE(step.save);
  EXPECT_EQ(step.target, pace);  // back at the first question stays there
  step = apply_step(q, a, pace, Action::next, {}, false);
  EXPECT_FALSE(step.error.empty());  // required
  step = apply_step(q, a, pace, Action::next, {"3"}, false);
  EXPECT_TRUE(step.save);
  EXPECT_EQ(step.target, deputy);
  step = apply_step(q, a, deputy, Action::next, {"true"}, false);
  EXPECT_EQ(step.target, authority);
  EXPECT_TRUE(is_enabled(q, a, authority));
  (void)apply_step(q, a, authority, Action::next, {"some"}, false);
  EXPECT_TRUE(a.answers[authority]);
  step = apply_step(q, a, deputy, Action::next, {"false"}, true);  // from the review
  EXPECT_FALSE(is_enabled(q, a, authority));
  EXPECT_FALSE(a.answers[authority]);  // a disabled question's answer is left out
  // From the review, the engine first asks what is still pending before the review.
  EXPECT_EQ(step.target, *q.question_index("channels"));
  EXPECT_EQ(resume_target(q, a), *q.question_index("channels"));
  EXPECT_FALSE(apply_step(q, a, pace, Action::skip, {}, false).error.empty());
}

TEST(ServerSecurity, SameOrigin) {
  httplib::Request req;
  req.headers.emplace("Host", "127.0.0.1:8080");
  EXPECT_FALSE(same_origin(req, ""));
  req.headers.emplace("Referer", "http://127.0.0.1:8080/r/x");
  EXPECT_TRUE(same_origin(req, ""));
  req.headers.emplace("Origin", "http://evil.example");  // Origin wins over Referer
  EXPECT_FALSE(same_origin(req, ""));
  EXPECT_TRUE(same_origin(req, "http://evil.example"));
  httplib::Request null_origin;
  null_origin.headers.emplace("Host", "a");
  null_origin.headers.emplace("Origin", "null");
  EXPECT_FALSE(same_origin(null_origin, ""));
  EXPECT_EQ(origin_of("HTTPS://Audit.Example.com/path?q"), "https://audit.example.com");
  EXPECT_EQ(origin_of("nothing"), "");
  EXPECT_TRUE(tokens_equal("abc", "abc"));
  EXPECT_FALSE(tokens_equal("abc", "abd"));
  EXPECT_FALSE(tokens_equal("abc", "ab"));
  EXPECT_EQ(url_segment("a b/é"), "a%20b%2F%C3%A9");
}

TEST(ServerQr, DrawsTheJoinUrl) {
  const std::string qr = qr_code_text("http://192.168.1.20:8080/");
  ASSERT_FALSE(qr.empty());
  const auto first_line = qr.substr(0, qr.find('\n'));
  const auto lines = static_cast<std::size_t>(std::count(qr.begin(), qr.end(), '\n'));
  EXPECT_GE(lines, 12u);  // a version-2 code is 25 modules plus the quiet zone, two per line
  EXPECT_NE(first_line.find("\u2588"), std::string::npos);  // the light quiet zone
}

}  // namespace salesaudit::server
