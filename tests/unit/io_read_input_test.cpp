// read_input: whole files of any size in one piece, the same messages for what is not
// a readable file, and inputs whose size says nothing (FIFOs, /proc) read to their end.

#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

namespace salesaudit {
namespace {

namespace fs = std::filesystem;

class ReadInput : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("salesaudit-read-input-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::string message_of(const std::string& path) {
    try {
      (void)read_input(path);
    } catch (const InputError& e) {
      return e.what();
    }
    return "no error";
  }
  fs::path dir_;
};

TEST_F(ReadInput, SizesAroundBuffers) {
  // Empty, tiny, and around the 1 MiB first buffer (one read, then doubling).
  for (std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{4095}, std::size_t{1} << 20,
                           (std::size_t{1} << 20) + 1, (std::size_t{5} << 20) + 3}) {
    std::string text(size, 'x');
    for (std::size_t i = 0; i < size; i += 997) text[i] = static_cast<char>('a' + i % 26);
    EXPECT_EQ(read_input(write("f" + std::to_string(size), text)), text) << size;
  }
}

TEST_F(ReadInput, Messages) {
  EXPECT_EQ(message_of(dir_.string()), dir_.string() + ": is a directory, not a file");
  const std::string missing = (dir_ / "missing.json").string();
  EXPECT_EQ(message_of(missing), missing + ": cannot open: No such file or directory");
}

TEST_F(ReadInput, FifoToTheEnd) {
  const std::string path = (dir_ / "pipe").string();
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  std::string expected;
  for (int i = 0; i < 2000; ++i) expected += "line " + std::to_string(i) + "\n";
  // Written in many small pieces: each read of the pipe may come back short.
  std::thread writer([&] {
    std::ofstream out(path, std::ios::binary);
    for (std::size_t i = 0; i < expected.size(); i += 100) {
      out << expected.substr(i, 100);
      out.flush();
    }
  });
  const std::string got = read_input(path);
  writer.join();
  EXPECT_EQ(got, expected);
}

TEST_F(ReadInput, ProcFileWhole) {
  // A regular file whose size is 0 but which has content, given a page or so per read:
  // read until the end of input, not up to the first short read.
  if (!fs::exists("/proc/self/smaps")) GTEST_SKIP() << "no /proc here";
  const std::string text = read_input("/proc/self/smaps");
  EXPECT_GT(text.size(), std::size_t{16} << 10);
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  EXPECT_NE(text.find("[stack]"), std::string::npos) << "read short";
}

}  // namespace
}  // namespace salesaudit
