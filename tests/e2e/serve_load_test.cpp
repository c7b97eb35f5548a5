// serve under load (loopback, bounded): 100 respondents at once answer every question;
// then a kill -9 in the middle loses no answer that was confirmed with a 303.

#include "e2e/run_cli.hpp"
#include "e2e/serve_process.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <thread>

namespace salesaudit::e2e {

namespace {

const std::string kAll = source_path("tests/e2e/data/serve-all.json");
constexpr int kRespondents = 100;

struct Step {
  const char* question;
  const char* body;
  const char* saved;  // what the answers file then holds
};
const Step kSteps[] = {
    {"pace", "answer=4", "\"pace\": 4"},
    {"deputy", "answer=true", "\"deputy\": true"},
    {"authority", "answer=written", "\"authority\": \"written\""},
    {"channels", "answer=na", "\"channels\": \"na\""},
    {"checks", "answer=3", "\"checks\": 3"},
    {"note", "answer=fine", "\"note\": \"fine\""},
};

}  // namespace

TEST(ServeLoad, HundredRespondentsAtOnce) {
  const auto dir = fresh_dir("load");
  ServeProcess s(dir, {kAll});
  ASSERT_TRUE(s.ready());
  std::atomic<int> errors{0};
  std::vector<std::string> tokens(kRespondents);
  std::vector<std::thread> threads;
  for (int i = 0; i < kRespondents; ++i) {
    threads.emplace_back([&, i] {
      auto c = s.client();
      const std::string loc = see_other(s.post(c, "/start", "name=r" + std::to_string(i)));
      if (loc.size() != 25) {
        ++errors;
        return;
      }
      const std::string r = loc;
      tokens[static_cast<std::size_t>(i)] = loc.substr(3);
      for (const Step& step : kSteps) {
        if (see_other(s.post(c, r + "/q/" + step.question, step.body)).empty()) ++errors;
      }
      if (see_other(s.post(c, r + "/finish", "")) != r + "/report") ++errors;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(errors.load(), 0);
  for (const auto& token : tokens) {
    ASSERT_FALSE(token.empty());
    const std::string file = read_file(dir + "/" + token + ".json");
    for (const Step& step : kSteps) EXPECT_NE(file.find(step.saved), std::string::npos) << token << step.question;
    EXPECT_EQ(file.find("\"completed_at\": null"), std::string::npos);
  }
  EXPECT_EQ(s.stop(SIGTERM), 0);
}

TEST(ServeLoad, KillNineLosesNoAnswer) {
  const auto dir = fresh_dir("kill9");
  std::mutex mutex;
  std::condition_variable half;
  std::vector<std::pair<std::string, const Step*>> confirmed;
  {
    ServeProcess s(dir, {kAll});
    ASSERT_TRUE(s.ready());
    std::atomic<bool> killed{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < kRespondents; ++i) {
      threads.emplace_back([&] {
        auto c = s.client();
        const std::string r = see_other(s.post(c, "/start", ""));
        if (r.size() != 25) return;
        for (const Step& step : kSteps) {
          if (killed) return;
          if (see_other(s.post(c, r + "/q/" + step.question, step.body)).empty()) return;
          std::lock_guard lock(mutex);
          confirmed.emplace_back(r.substr(3), &step);
          half.notify_all();
        }
      });
    }
    // Kill once about half the answers are confirmed (waiting at most 60 s).
    {
      std::unique_lock lock(mutex);
      half.wait_for(lock, std::chrono::seconds(60), [&] { return confirmed.size() >= kRespondents * 3; });
    }
    killed = true;
    EXPECT_EQ(s.stop(SIGKILL), 128 + SIGKILL);
    for (auto& t : threads) t.join();
  }
  ASSERT_GT(confirmed.size(), 0u);
  ServeProcess again(dir, {kAll});  // restart on the same folder
  ASSERT_TRUE(again.ready());
  auto c = again.client();
  for (const auto& [token, step] : confirmed) {
    const std::string file = read_file(dir + "/" + token + ".json");
    EXPECT_NE(file.find(step->saved), std::string::npos) << token << " " << step->question;
    const auto page = c.Get(("/r/" + token).c_str());
    ASSERT_TRUE(page);
    EXPECT_EQ(page->status, 303);
  }
}

}  // namespace salesaudit::e2e
