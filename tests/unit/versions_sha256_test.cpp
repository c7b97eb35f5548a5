#include "test_util.hpp"

#include <salesaudit/versions.hpp>

namespace salesaudit {
namespace {

TEST(Sha256, KnownVectors) {
  // FIPS 180-2 test vectors.
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, CanonicalContentIgnoresKeyOrderAndWhitespace) {
  const std::string canonical = R"({"a":[1,2.5,"x"],"b":{"c":true,"d":null}})";
  EXPECT_EQ(canonical_sha256(canonical, "a.json"), sha256_hex(canonical));
  EXPECT_EQ(canonical_sha256("{ \"b\": {\"d\": null, \"c\": true},\n  \"a\": [1, 2.5, \"x\"] }\n", "b.json"),
            sha256_hex(canonical));
  EXPECT_NE(canonical_sha256(R"({"a":[2,1]})", "c.json"), canonical_sha256(R"({"a":[1,2]})", "d.json"));
}

TEST(Sha256, QuestionnaireCarriesItsContentHash) {
  const Questionnaire q = testing::small_questionnaire();
  EXPECT_EQ(q.sha256, canonical_sha256(testing::kSmallQuestionnaire, "small.json"));
  EXPECT_EQ(q.sha256.size(), 64u);
}

TEST(Sha256, ChangedContentWarns) {
  const Questionnaire q = testing::small_questionnaire();
  auto doc = [](const std::string& sha) {
    return R"({"format": "salesaudit.answers/v1",
               "questionnaire": {"id": "small", "version": "1.2.0", "sha256": ")" +
           sha + R"("}, "answers": {"lik": 3}})";
  };
  EXPECT_TRUE(load_answers(doc(q.sha256), "same.json", q).warnings.empty());
  const std::string old_sha(64, 'a');
  EXPECT_EQ(load_answers(doc(old_sha), "old.json", q).warnings,
            (std::vector<std::string>{"old.json: /questionnaire/sha256: answers pin small@1.2.0 with sha256 "
                                      "aaaaaaaaaaaa..., but it now has sha256 " +
                                      q.sha256.substr(0, 12) +
                                      "...: its content has changed since the answers were recorded"}));
}

}  // namespace
}  // namespace salesaudit
