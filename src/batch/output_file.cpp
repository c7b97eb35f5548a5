#include "batch/output_file.hpp"

#include <salesaudit/error.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace salesaudit::batch {

namespace fs = std::filesystem;

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {
  const fs::path target(path_);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // fmt rather than "." + string: g++ 12 warns (-Wrestrict) wrongly on the latter at -O2.
  temp_ = (dir / fmt::format(".{}.tmp-XXXXXX", target.filename().string())).string();
  fd_ = ::mkstemp(temp_.data());
  if (fd_ < 0) throw OutputError(fmt::format("{}: cannot create: {}", path_, std::strerror(errno)));
  ::fchmod(fd_, 0644);
}

OutputFile::~OutputFile() {
  if (fd_ >= 0) {
    ::close(fd_);
    ::unlink(temp_.c_str());
  }
}

void OutputFile::fail(const char* what) {
  const int err = errno;
  ::close(fd_);
  fd_ = -1;
  ::unlink(temp_.c_str());
  throw OutputError(fmt::format("{}: cannot {}: {}", path_, what, std::strerror(err)));
}

void OutputFile::write(std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("write");
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

void OutputFile::commit() {
  if (::fsync(fd_) != 0) fail("sync");
  if (::close(fd_) != 0) {
    fd_ = -1;
    ::unlink(temp_.c_str());
    throw OutputError(fmt::format("{}: cannot close: {}", path_, std::strerror(errno)));
  }
  fd_ = -1;
  if (::rename(temp_.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp_.c_str());
    throw OutputError(fmt::format("{}: cannot replace: {}", path_, std::strerror(err)));
  }
}

}  // namespace salesaudit::batch
