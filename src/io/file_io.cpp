// Reading inputs and writing outputs without ever leaving a half-written file.

#include <salesaudit/error.hpp>
#include <salesaudit/io.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace salesaudit {

namespace fs = std::filesystem;

std::string read_input(const std::string& path) {
  FileIdentity identity;
  return read_input(path, identity);
}

std::string read_input(const std::string& path, FileIdentity& identity) {
  identity = {};
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  // open, fstat and (for a regular file) one read: a folder of many small answers files
  // spent more in system calls and a character-at-a-time copy than in scoring them.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int error = errno;
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw InputError(fmt::format("{}: is a directory, not a file", path));
    throw InputError(fmt::format("{}: cannot open: {}", path, std::strerror(error)));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw InputError(fmt::format("{}: cannot read: {}", path, std::strerror(errno)));
  identity = {static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino), true};
  if (S_ISDIR(st.st_mode)) throw InputError(fmt::format("{}: is a directory, not a file", path));
  const bool regular = S_ISREG(st.st_mode);
  // One byte more than the size (a file that grew since is read on), at most 1 MiB to
  // start with; the buffer doubles as needed.
  constexpr std::size_t kFirst = std::size_t{1} << 20;
  const auto size = static_cast<std::size_t>(st.st_size > 0 ? st.st_size : 0);
  std::string text(regular ? std::min(size + 1, kFirst) : std::size_t{64} << 10, '\0');
  std::size_t total = 0;
  for (;;) {
    if (total == text.size()) text.resize(text.size() * 2);
    const ssize_t n = ::read(fd, text.data() + total, text.size() - total);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw InputError(fmt::format("{}: cannot read: {}", path, std::strerror(errno)));
    }
    if (n == 0) break;
    total += static_cast<std::size_t>(n);
    // A regular file reads short only at its end; one whose size says nothing (/proc) is
    // read to the end of input.
    if (regular && size > 0 && total >= size && total < text.size()) break;
  }
  text.resize(total);
  return text;
}

void write_file_atomic(const std::string& path, const std::string& content) {
  write_file_atomic(path, content, 0644);
}

void write_file_atomic(const std::string& path, const std::string& content, unsigned mode) {
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / fmt::format(".{}.tmp-XXXXXX", target.filename().string())).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) throw OutputError(fmt::format("{}: cannot create: {}", path, std::strerror(errno)));
  auto fail = [&](const char* what) {
    const int err = errno;
    ::close(fd);
    ::unlink(tmpl.c_str());
    throw OutputError(fmt::format("{}: cannot {}: {}", path, what, std::strerror(err)));
  };
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("write");
    }
    written += static_cast<std::size_t>(n);
  }
  ::fchmod(fd, static_cast<mode_t>(mode));
  if (::fsync(fd) != 0) fail("sync");
  if (::close(fd) != 0) {
    ::unlink(tmpl.c_str());
    throw OutputError(fmt::format("{}: cannot close: {}", path, std::strerror(errno)));
  }
  if (::rename(tmpl.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmpl.c_str());
    throw OutputError(fmt::format("{}: cannot replace: {}", path, std::strerror(err)));
  }
  // Make the rename itself durable.
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

}  // namespace salesaudit
