// Builds the Debian package from this build tree with cpack, checks what it holds,
// unpacks it and runs the binary from the unpacked tree.

#include "e2e/run_cli.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace salesaudit::e2e {
namespace {

namespace fs = std::filesystem;

struct Shell {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

std::string quote(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

Shell sh(const std::string& command) {
  Shell result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

bool on_path(const std::string& program) {
  return sh("command -v " + quote(program)).exit_code == 0;
}

// The package is built once for the suite (cpack strips and runs dpkg-shlibdeps: slow).
class Package : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!on_path("dpkg-deb")) return;
    std::string pattern = (fs::temp_directory_path() / "salesaudit-package-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) return;
    dir_ = pattern;
    built_ = sh(quote(SALESAUDIT_CPACK) + " -G DEB --config " +
                quote(std::string(SALESAUDIT_BINARY_DIR) + "/CPackConfig.cmake") + " -B " + quote(dir_.string()));
    for (const auto& entry : fs::directory_iterator(dir_)) {
      if (entry.path().extension() == ".deb") deb_ = entry.path();
    }
  }
  static void TearDownTestSuite() {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  void SetUp() override {
    if (!on_path("dpkg-deb")) GTEST_SKIP() << "dpkg-deb is not installed; the Debian package cannot be checked";
    ASSERT_FALSE(dir_.empty());
    ASSERT_EQ(built_.exit_code, 0) << built_.out;
    ASSERT_FALSE(deb_.empty()) << built_.out;
  }
  static inline fs::path dir_;
  static inline fs::path deb_;
  static inline Shell built_;
};

TEST_F(Package, DebContentsAndRun) {
  const fs::path& deb = deb_;
  const Shell contents = sh("dpkg-deb -c " + quote(deb.string()));
  ASSERT_EQ(contents.exit_code, 0) << contents.out;
  for (const char* file :
       {"./usr/bin/salesaudit", "./usr/lib/salesaudit/salesaudit-serve", "./usr/share/man/man1/salesaudit.1.gz",
        "./usr/share/doc/salesaudit/changelog.gz", "./usr/share/bash-completion/completions/salesaudit",
        "./usr/share/zsh/vendor-completions/_salesaudit", "./usr/share/fish/vendor_completions.d/salesaudit.fish",
        "./usr/share/salesaudit/questionnaires/crisis-mode/1.0.0.json", "./usr/share/doc/salesaudit/copyright",
        "./usr/share/locale/fr/LC_MESSAGES/salesaudit.mo", "./usr/share/locale/es/LC_MESSAGES/salesaudit.mo"}) {
    EXPECT_NE(contents.out.find(std::string(file) + "\n"), std::string::npos) << file << " missing in\n"
                                                                              << contents.out;
  }
  if (fs::is_directory(source_path("schemas"))) {
    EXPECT_NE(contents.out.find("./usr/share/salesaudit/schemas/"), std::string::npos) << contents.out;
  }

  const Shell fields = sh("dpkg-deb -f " + quote(deb.string()) + " Package Section Maintainer Depends");
  ASSERT_EQ(fields.exit_code, 0) << fields.out;
  EXPECT_NE(fields.out.find("Package: salesaudit\n"), std::string::npos) << fields.out;
  EXPECT_NE(fields.out.find("Section: utils\n"), std::string::npos) << fields.out;
  EXPECT_NE(fields.out.find("Maintainer: "), std::string::npos) << fields.out;
  EXPECT_NE(fields.out.find("libstdc++6"), std::string::npos) << fields.out;
  // The package of every shared library either program needs is a dependency, both in
  // what dpkg-shlibdeps found and in the list used without dpkg-dev (the sanitizer
  // runtimes of the asan-ubsan build aside: that build is never packaged).
  const std::string programs = quote(SALESAUDIT_BIN) + " " + quote(SALESAUDIT_BINARY_DIR "/salesaudit-serve");
  const Shell needed =
      sh("for l in $(readelf -d " + programs +
         " | sed -n 's/.*Shared library: \\[\\(.*\\)\\]/\\1/p' | grep -v -E '^lib(a|ub)san' | sort -u); do "
         "dpkg -S \"*/$(gcc -print-multiarch)/$l\" | head -n 1 | cut -d: -f1; done | sort -u");
  ASSERT_EQ(needed.exit_code, 0) << needed.out;
  std::string fallback = read_file(SALESAUDIT_BINARY_DIR "/packaging/depends-without-dpkg-dev.txt");
  while (!fallback.empty() && fallback.back() == '\n') fallback.pop_back();
  std::istringstream packages(needed.out);
  int count = 0;
  for (std::string package; std::getline(packages, package); ++count) {
    EXPECT_NE(fields.out.find(" " + package + " ("), std::string::npos) << package << " not in\n" << fields.out;
    EXPECT_NE((", " + fallback + ",").find(", " + package + ","), std::string::npos)
        << package << " not in depends-without-dpkg-dev.txt: " << fallback;
  }
  EXPECT_GE(count, 6) << needed.out;  // libc6, libstdc++6, libfmt9, libcpp-httplib0.11 ...
  // The .xlsx reader loads these with dlopen, so readelf does not list them.
  for (const std::string package : {"libminizip1", "libexpat1"}) {
    EXPECT_NE(fields.out.find(" " + package), std::string::npos) << package << " not in\n" << fields.out;
    EXPECT_NE((", " + fallback + ",").find(", " + package + ","), std::string::npos) << package;
  }

  const fs::path root = dir_ / "root";
  const Shell unpacked = sh("dpkg-deb -x " + quote(deb.string()) + " " + quote(root.string()));
  ASSERT_EQ(unpacked.exit_code, 0) << unpacked.out;
  const std::string bin = quote((root / "usr/bin/salesaudit").string());
  Shell r = sh(bin + " --version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "salesaudit " SALESAUDIT_PACKAGE_VERSION "\n");
  r = sh(bin + " questionnaires");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("crisis-mode"), std::string::npos) << r.out;
  r = sh("cd / && " + bin + " score --format json " + quote(source_path("examples/answers/average.json")));
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("\"format\": \"salesaudit.report/v1\""), std::string::npos) << r.out;
  // serve runs the installed salesaudit-serve: its own check of --listen answers.
  r = sh(bin + " serve --answers-dir " + quote((dir_ / "answers").string()) + " --listen 127.0.0.1:port 2>&1");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("--listen 127.0.0.1:port: the port must be a number"), std::string::npos) << r.out;
  // The installed questionnaire is the one compiled in, and validates.
  r = sh(bin + " validate " + quote((root / "usr/share/salesaudit/questionnaires/crisis-mode/1.0.0.json").string()));
  EXPECT_EQ(r.exit_code, 0) << r.out;

  if (on_path("groff")) {  // the man page renders without a single warning
    r = sh("zcat " + quote((root / "usr/share/man/man1/salesaudit.1.gz").string()) + " | groff -man -Tutf8 -ww -z");
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.out, "");
  }
}

// Debian's package checker finds neither an error nor a warning (it exits 2 on either).
TEST_F(Package, LintianClean) {
  if (!on_path("lintian")) GTEST_SKIP() << "lintian is not installed (scripts/install-deps.sh --test)";
  const Shell r = sh("lintian --fail-on error,warning " + quote(deb_.string()));
  EXPECT_EQ(r.exit_code, 0) << r.out;
  for (const char* tag : {"\nE: ", "\nW: "}) EXPECT_EQ(("\n" + r.out).find(tag), std::string::npos) << r.out;
}

}  // namespace
}  // namespace salesaudit::e2e
