// serve-v1 end to end: the real server on an ephemeral port, every route and question type.

#include "e2e/run_cli.hpp"
#include "e2e/serve_process.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>

namespace salesaudit::e2e {

namespace {

namespace fs = std::filesystem;

const std::string kAll = source_path("tests/e2e/data/serve-all.json");

std::string token_of(const std::string& location) {
  return location.substr(3, 22);  // "/r/<22 chars>"
}

std::string answers_file(const std::string& dir, const std::string& token) {
  return read_file(dir + "/" + token + ".json");
}

// Starts a respondent and returns its token.
std::string start(const ServeProcess& s, httplib::Client& c, const std::string& body = "name=Ann&team=Ops&role=lead") {
  const auto loc = see_other(s.post(c, "/start", body));
  EXPECT_EQ(loc.rfind("/r/", 0), 0u) << loc;
  return loc.size() >= 25 ? token_of(loc) : std::string();
}

}  // namespace

TEST(Serve, PrintsTwoUrlLines) {
  const auto dir = fresh_dir("lines");
  ServeProcess s(dir, {kAll});
  ASSERT_TRUE(s.ready());
  ASSERT_GE(s.lines().size(), 2u);
  EXPECT_EQ(s.lines()[0], "join: http://127.0.0.1:" + std::to_string(s.port()) + "/");
  EXPECT_EQ(s.lines()[1].rfind("facilitator: http://127.0.0.1:" + std::to_string(s.port()) + "/f/", 0), 0u);
  EXPECT_TRUE(fs::exists(dir + "/.facilitator-token"));
  EXPECT_EQ(fs::status(dir + "/.facilitator-token").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
}

TEST(Serve, PublicUrlReplacesOrigin) {
  const auto dir = fresh_dir("public");
  const std::string listen = "127.0.0.1:" + std::to_string(free_port());
  ServeProcess s(dir, {kAll, "--public-url", "https://audit.example.com", "--listen", listen});
  ASSERT_TRUE(s.ready());
  EXPECT_EQ(s.join_url(), "https://audit.example.com/");
  EXPECT_EQ(s.facilitator_url().rfind("https://audit.example.com/f/", 0), 0u);
  auto c = s.client();
  httplib::Headers headers = {{"Origin", "https://audit.example.com"}};
  EXPECT_EQ(c.Post("/start", headers, "", "application/x-www-form-urlencoded")->status, 303);
}

TEST(Serve, JoinPageAndHeaders) {
  ServeProcess s(fresh_dir("join"), {kAll});
  auto c = s.client();
  const auto r = c.Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("Serve &lt;test&gt; &amp; co"), std::string::npos);
  EXPECT_NE(r->body.find("Up to 6 questions"), std::string::npos);
  EXPECT_NE(r->body.find("action=\"/start\""), std::string::npos);
  EXPECT_NE(r->body.find(">Start</button>"), std::string::npos);
  for (const char* field : {"name", "team", "role"}) {
    EXPECT_NE(r->body.find(std::string("for=\"f-") + field + "\""), std::string::npos) << field;
  }
  EXPECT_NE(r->body.find("<main"), std::string::npos);
  const std::string csp = r->get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos);
  EXPECT_EQ(csp.find("script-src"), std::string::npos);
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r->get_header_value("Referrer-Policy"), "same-origin");
  EXPECT_EQ(r->get_header_value("X-Frame-Options"), "DENY");
  EXPECT_EQ(r->get_header_value("Cache-Control"), "no-store");
  EXPECT_EQ(r->body.find("<script"), std::string::npos);
}

TEST(Serve, WholeAuditEveryType) {
  const auto dir = fresh_dir("whole");
  ServeProcess s(dir, {kAll});
  auto c = s.client();
  const std::string t = start(s, c);
  const std::string r = "/r/" + t;
  EXPECT_EQ(see_other(c.Get(r.c_str())), r + "/q/pace");
  const auto page = c.Get((r + "/q/pace").c_str());
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("[1/5]"), std::string::npos);  // authority is disabled until deputy = yes
  EXPECT_NE(page->body.find(">Habits</h1>"), std::string::npos);
  EXPECT_NE(page->body.find(">Usually</label>"), std::string::npos);
  EXPECT_NE(page->body.find("Think of the last month."), std::string::npos);
  EXPECT_EQ(see_other(s.post(c, r + "/q/pace", "answer=4&action=next")), r + "/q/deputy");
  const auto deputy = c.Get((r + "/q/deputy").c_str());
  EXPECT_NE(deputy->body.find(">Yes</label>"), std::string::npos);
  EXPECT_NE(deputy->body.find(">No</label>"), std::string::npos);
  // The condition: yes enables authority (now 6 questions), no would skip it.
  EXPECT_EQ(see_other(s.post(c, r + "/q/deputy", "answer=true")), r + "/q/authority");
  EXPECT_NE(c.Get((r + "/q/authority").c_str())->body.find("[3/6]"), std::string::npos);
  EXPECT_EQ(see_other(s.post(c, r + "/q/authority", "answer=written&action=next")), r + "/q/channels");
  const auto channels = c.Get((r + "/q/channels").c_str());
  EXPECT_NE(channels->body.find(">Not applicable</label>"), std::string::npos);
  EXPECT_NE(channels->body.find("type=\"checkbox\""), std::string::npos);
  EXPECT_EQ(see_other(s.post(c, r + "/q/channels", "answer=chat&answer=wiki")), r + "/q/checks");
  EXPECT_EQ(see_other(s.post(c, r + "/q/checks", "answer=2.5")), r + "/q/note");
  const auto note = c.Get((r + "/q/note").c_str());
  EXPECT_NE(note->body.find(">Skip</button>"), std::string::npos);
  EXPECT_EQ(see_other(s.post(c, r + "/q/note", "answer=" + form_encode("<b>bold</b> & \"quotes\""))), r + "/review");
  const std::string saved = answers_file(dir, t);
  EXPECT_NE(saved.find("\"pace\": 4"), std::string::npos) << saved;
  EXPECT_NE(saved.find("\"written\""), std::string::npos);
  EXPECT_NE(saved.find("\"completed_at\": null"), std::string::npos);

  const auto review = c.Get((r + "/review").c_str());
  ASSERT_EQ(review->status, 200);
  EXPECT_NE(review->body.find("&lt;b&gt;bold&lt;/b&gt;"), std::string::npos);
  EXPECT_EQ(review->body.find("<b>bold"), std::string::npos);
  EXPECT_NE(review->body.find(">Finish</button>"), std::string::npos);
  EXPECT_NE(review->body.find(r + "/q/checks?return=review"), std::string::npos);
  // Changing one answer from the review returns to the review.
  EXPECT_EQ(see_other(s.post(c, r + "/q/checks?return=review", "answer=na")), r + "/review");

  EXPECT_EQ(see_other(s.post(c, r + "/finish", "")), r + "/report");
  EXPECT_EQ(see_other(c.Get(r.c_str())), r + "/report");
  const auto report = c.Get((r + "/report").c_str());
  ASSERT_EQ(report->status, 200);
  EXPECT_NE(report->body.find("<h2>Dimensions</h2>"), std::string::npos);
  EXPECT_NE(report->body.find("<main>"), std::string::npos);
  EXPECT_EQ(report->body.find("<script"), std::string::npos);
  const auto json = c.Get((r + "/answers.json").c_str());
  ASSERT_EQ(json->status, 200);
  EXPECT_EQ(json->body, answers_file(dir, t));
  EXPECT_EQ(json->body.find("\"completed_at\": null"), std::string::npos);
  // The same document scores to the same report as `score --format html`.
  const auto scored = run_cli({"score", dir + "/" + t + ".json", "--questionnaire", kAll, "--format", "html"});
  ASSERT_EQ(scored.exit_code, 0) << scored.err;
  EXPECT_EQ(scored.out, report->body);
  // Finished: answers are locked.
  EXPECT_EQ(see_other(s.post(c, r + "/q/pace", "answer=1")), r + "/report");
  EXPECT_NE(answers_file(dir, t).find("\"pace\": 4"), std::string::npos);
}

TEST(Serve, ConditionDisablesAndIgnores) {
  const auto dir = fresh_dir("condition");
  ServeProcess s(dir, {kAll});
  auto c = s.client();
  const std::string t = start(s, c);
  const std::string r = "/r/" + t;
  s.post(c, r + "/q/pace", "answer=3");
  s.post(c, r + "/q/deputy", "answer=true");
  s.post(c, r + "/q/authority", "answer=some");
  EXPECT_NE(answers_file(dir, t).find("\"authority\""), std::string::npos);
  // Back to deputy, answer no: authority disappears and its answer is dropped.
  EXPECT_EQ(see_other(s.post(c, r + "/q/deputy", "answer=false")), r + "/q/channels");
  EXPECT_EQ(answers_file(dir, t).find("\"authority\""), std::string::npos);
  EXPECT_EQ(see_other(c.Get((r + "/q/authority").c_str())), r);
  const std::string before = answers_file(dir, t);
  EXPECT_EQ(see_other(s.post(c, r + "/q/authority", "answer=written")), r);
  EXPECT_EQ(answers_file(dir, t), before);
}

TEST(Serve, BadValueIs422NothingSaved) {
  const auto dir = fresh_dir("bad");
  ServeProcess s(dir, {kAll});
  auto c = s.client();
  const std::string t = start(s, c);
  const std::string r = "/r/" + t;
  const std::string before = answers_file(dir, t);
  for (const char* body : {"answer=9", "answer=abc", "answer=1&answer=2", "answer=na", "answer=2.5", "action=next"}) {
    const auto res = s.post(c, r + "/q/pace", body);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 422) << body;
    EXPECT_NE(res->body.find("role=\"alert\""), std::string::npos) << body;
    EXPECT_NE(res->body.find("[1/5]"), std::string::npos) << body;
  }
  EXPECT_EQ(s.post(c, r + "/q/deputy", "answer=yes")->status, 422);
  EXPECT_EQ(s.post(c, r + "/q/checks", "answer=51")->status, 422);
  EXPECT_EQ(s.post(c, r + "/q/channels", "answer=fax")->status, 422);
  EXPECT_EQ(s.post(c, r + "/q/pace", "action=skip")->status, 422);  // required
  EXPECT_EQ(s.post(c, r + "/q/pace", "action=jump")->status, 400);
  EXPECT_EQ(answers_file(dir, t), before);
  // Back is never refused, even with an invalid value, and saves nothing.
  EXPECT_EQ(see_other(s.post(c, r + "/q/pace", "answer=9&action=back")), r + "/q/pace");
  EXPECT_EQ(see_other(s.post(c, r + "/q/checks", "answer=999&action=back")), r + "/q/channels");
  EXPECT_EQ(answers_file(dir, t), before);
  // Finishing with required answers missing is refused.
  EXPECT_EQ(s.post(c, r + "/finish", "")->status, 422);
}

TEST(Serve, SkipOptionalThenReview) {
  const auto dir = fresh_dir("skip");
  ServeProcess s(dir, {kAll});
  auto c = s.client();
  const std::string r = "/r/" + start(s, c);
  EXPECT_EQ(see_other(s.post(c, r + "/q/note", "action=skip")), r + "/review");
  EXPECT_EQ(see_other(s.post(c, r + "/q/note", "")), r + "/review");  // nothing given: skipped
}

TEST(Serve, TokensAndPaths404) {
  const auto dir = fresh_dir("tokens");
  ServeProcess s(dir, {kAll});
  auto c = s.client();
  const std::string t = start(s, c);
  for (const std::string& path : std::vector<std::string>{
           "/r/AAAAAAAAAAAAAAAAAAAAAA", "/r/short", "/r/" + t + "x", "/r/..%2F..%2Fetc%2Fpasswd", "/r/../../etc/passwd",
           "/r/" + t + "/q/nope", "/r/%2E%2E/report", "/f/AAAAAAAAAAAAAAAAAAAAAA", "/f/" + t,
           "/r/.facilitator-token/answers.json", "/etc/passwd", "/r/" + t + "/q/..%2F..%2Fx"}) {
    const auto res = c.Get(path.c_str());
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_EQ(res->body.find(dir), std::string::npos) << path;
    EXPECT_EQ(res->body.find("/tmp"), std::string::npos) << path;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << path;
  }
  EXPECT_EQ(s.post(c, "/r/AAAAAAAAAAAAAAAAAAAAAA/q/pace", "answer=1")->status, 404);
  EXPECT_EQ(s.post(c, "/r/AAAAAAAAAAAAAAAAAAAAAA/finish", "")->status, 404);
}

TEST(Serve, CrossOriginPostIs403) {
  const auto dir = fresh_dir("origin");
  ServeProcess s(dir, {kAll});
  auto c = s.client();
  const std::string t = start(s, c);
  const std::string before = answers_file(dir, t);
  const std::string path = "/r/" + t + "/q/pace";
  const httplib::Headers cases[] = {
      {{"Origin", "http://evil.example"}}, {{"Origin", "null"}}, {{"Referer", "http://evil.example/page"}}, {},
      {{"Origin", "http://127.0.0.1:1"}},
  };
  for (const auto& headers : cases) {
    auto fresh = s.client();  // a refused POST closes its connection
    const auto res = fresh.Post(path.c_str(), headers, "answer=1", "application/x-www-form-urlencoded");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 403);
  }
  const auto referer =
      c.Post(path.c_str(), {{"Referer", s.origin() + "/r/x"}}, "answer=1", "application/x-www-form-urlencoded");
  EXPECT_EQ(referer->status, 303);
  EXPECT_NE(answers_file(dir, t), before);
}

TEST(Serve, OversizedBodyIs413) {
  ServeProcess s(fresh_dir("big"), {kAll});
  auto c = s.client();
  const std::string t = start(s, c);
  const auto res = s.post(c, "/r/" + t + "/q/note", "answer=" + std::string(70 * 1024, 'a'));
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  // 60 KiB of text is below the limit and saved.
  auto c2 = s.client();
  EXPECT_EQ(s.post(c2, "/r/" + t + "/q/note", "answer=" + std::string(60 * 1024, 'a'))->status, 303);
}

TEST(Serve, FacilitatorPageAndRows) {
  const auto dir = fresh_dir("facilitator");
  ServeProcess s(dir, {kAll});
  auto c = s.client();
  const std::string t = start(s, c, "name=" + form_encode("<script>alert(1)</script>") + "&role=manager");
  auto f = c.Get(s.facilitator_path().c_str());
  ASSERT_EQ(f->status, 200);
  EXPECT_NE(f->body.find("1 started, 0 finished."), std::string::npos);
  EXPECT_NE(f->body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(f->body.find("<script"), std::string::npos);
  EXPECT_EQ(f->body.find(t), std::string::npos);  // no respondent's token on the page
  const std::string r = "/r/" + t;
  for (const auto& [q, v] : std::vector<std::pair<std::string, std::string>>{
           {"pace", "5"}, {"deputy", "false"}, {"channels", "board"}, {"checks", "1"}, {"note", "ok"}}) {
    s.post(c, r + "/q/" + q, "answer=" + v);
  }
  EXPECT_EQ(see_other(s.post(c, r + "/finish", "")), r + "/report");
  f = c.Get(s.facilitator_path().c_str());
  EXPECT_NE(f->body.find("1 started, 1 finished."), std::string::npos);
  EXPECT_NE(f->body.find("Weakest questions"), std::string::npos);
  const auto csv = c.Get((s.facilitator_path() + "/rows.csv").c_str());
  ASSERT_EQ(csv->status, 200);
  EXPECT_EQ(csv->body.rfind("source,respondent_id,questionnaire,version,overall,band", 0), 0u) << csv->body;
  EXPECT_NE(csv->body.find("serve-all,1.0.0"), std::string::npos);
  const auto refresh = c.Get((s.facilitator_path() + "?refresh=15").c_str());
  EXPECT_EQ(refresh->get_header_value("Refresh"), "15");
}

TEST(Serve, ResumeAfterKill) {
  const auto dir = fresh_dir("resume");
  std::string t;
  std::string ftoken;
  {
    ServeProcess s(dir, {kAll});
    auto c = s.client();
    t = start(s, c);
    EXPECT_EQ(see_other(s.post(c, "/r/" + t + "/q/pace", "answer=2")), "/r/" + t + "/q/deputy");
    EXPECT_EQ(see_other(s.post(c, "/r/" + t + "/q/deputy", "answer=false")), "/r/" + t + "/q/channels");
    ftoken = s.facilitator_path();
    EXPECT_EQ(s.stop(SIGKILL), 128 + SIGKILL);
  }
  ServeProcess s(dir, {kAll});
  EXPECT_EQ(s.facilitator_path(), ftoken);
  auto c = s.client();
  EXPECT_EQ(see_other(c.Get(("/r/" + t).c_str())), "/r/" + t + "/q/channels");
  EXPECT_NE(c.Get(("/r/" + t + "/q/pace").c_str())->body.find("value=\"2\" checked"), std::string::npos);
}

TEST(Serve, SigtermExitsZero) {
  ServeProcess s(fresh_dir("sigterm"), {kAll});
  ASSERT_TRUE(s.ready());
  EXPECT_EQ(s.stop(SIGTERM), 0);
}

TEST(Serve, PortInUseExits73) {
  ServeProcess s(fresh_dir("inuse"), {kAll});
  ASSERT_TRUE(s.ready());
  const auto second =
      run_cli({"serve", "--answers-dir", fresh_dir("inuse2"), "--listen", "127.0.0.1:" + std::to_string(s.port())});
  EXPECT_EQ(second.exit_code, 73);
  EXPECT_EQ(second.out, "");  // no URL lines when nothing listens
  EXPECT_NE(second.err.find("cannot listen on 127.0.0.1:"), std::string::npos) << second.err;
}

TEST(Serve, BadArguments) {
  EXPECT_EQ(run_cli({"serve"}).exit_code, 2);
  EXPECT_EQ(run_cli({"serve", "--answers-dir", fresh_dir("args"), "--listen", "nope"}).exit_code, 2);
  EXPECT_EQ(run_cli({"serve", "--answers-dir", fresh_dir("args"), "--listen", "127.0.0.1:99999"}).exit_code, 2);
  EXPECT_EQ(run_cli({"serve", "--answers-dir", fresh_dir("args"), "--public-url", "ftp://x"}).exit_code, 2);
}

}  // namespace salesaudit::e2e
