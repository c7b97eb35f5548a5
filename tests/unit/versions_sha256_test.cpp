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

TEST(Sha256, PaddingAtBlockBoundaries) {
  // Lengths around the 55/56/64-byte padding boundaries, and a long multi-block input.
  EXPECT_EQ(sha256_hex(std::string(55, 'a')), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  EXPECT_EQ(sha256_hex(std::string(56, 'a')), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  EXPECT_EQ(sha256_hex(std::string(63, 'a')), "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34");
  EXPECT_EQ(sha256_hex(std::string(64, 'a')), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
  EXPECT_EQ(sha256_hex(std::string(65, 'a')), "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0");
  EXPECT_EQ(sha256_hex(std::string(119, 'a')), "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb");
  EXPECT_EQ(sha256_hex(std::string(120, 'a')), "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c");
  EXPECT_EQ(sha256_hex(std::string(128, 'a')), "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e");
  EXPECT_EQ(sha256_hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, CanonicalContent) {
  const std::string canonical = R"({"a":[1,2.5,"x"],"b":{"c":true,"d":null}})";
  EXPECT_EQ(canonical_sha256(canonical, "a.json"), sha256_hex(canonical));
  EXPECT_EQ(canonical_sha256("{ \"b\": {\"d\": null, \"c\": true},\n  \"a\": [1, 2.5, \"x\"] }\n", "b.json"),
            sha256_hex(canonical));
  EXPECT_NE(canonical_sha256(R"({"a":[2,1]})", "c.json"), canonical_sha256(R"({"a":[1,2]})", "d.json"));
}

TEST(Sha256, ContentHash) {
  const Questionnaire q = testing::small_questionnaire();
  EXPECT_EQ(q.sha256(), canonical_sha256(testing::kSmallQuestionnaire, "small.json"));
  EXPECT_EQ(q.sha256().size(), 64u);
}

TEST(Sha256, ChangedContentWarns) {
  const Questionnaire q = testing::small_questionnaire();
  auto doc = [](const std::string& sha) {
    return R"({"format": "salesaudit.answers/v1",
               "questionnaire": {"id": "small", "version": "1.2.0", "sha256": ")" +
           sha + R"("}, "answers": {"lik": 3}})";
  };
  EXPECT_TRUE(load_answers(doc(q.sha256()), "same.json", q).warnings.empty());
  const std::string old_sha(64, 'a');
  EXPECT_EQ(load_answers(doc(old_sha), "old.json", q).warnings,
            (std::vector<std::string>{"old.json: /questionnaire/sha256: answers pin small@1.2.0 with sha256 "
                                      "aaaaaaaaaaaa..., but it now has sha256 " +
                                      q.sha256().substr(0, 12) +
                                      "...: its content has changed since the answers were recorded"}));
}

}  // namespace
}  // namespace salesaudit
