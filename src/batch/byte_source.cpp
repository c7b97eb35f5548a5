#include "batch/byte_source.hpp"

#include <salesaudit/error.hpp>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace salesaudit::batch {

ByteSource ByteSource::open(const std::string& path) {
  if (path == "-") return ByteSource(STDIN_FILENO, false, "<stdin>");
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw InputError(fmt::format("{}: is a directory, not a file", path));
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw InputError(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  return ByteSource(fd, true, path);
}

ByteSource ByteSource::from_string(std::string text) {
  ByteSource source(-1, false, "<string>");
  source.text_ = std::move(text);
  source.view_ = source.text_;
  source.owns_view_ = true;
  return source;
}

ByteSource ByteSource::from_view(std::string_view text) {
  ByteSource source(-1, false, "<string>");
  source.view_ = text;
  return source;
}

ByteSource ByteSource::open(const BatchInput& input) {
  if (!input.bytes) return open(input.path);
  ByteSource source = from_string(*input.bytes);
  source.name_ = input.path;
  return source;
}

ByteSource::ByteSource(ByteSource&& other) noexcept
    : fd_(other.fd_),
      owned_(other.owned_),
      name_(std::move(other.name_)),
      text_(std::move(other.text_)),
      view_(other.owns_view_ ? std::string_view(text_) : other.view_),
      owns_view_(other.owns_view_),
      offset_(other.offset_) {
  other.fd_ = -1;
  other.owned_ = false;
}

ByteSource::~ByteSource() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

bool ByteSource::ready() const {
  if (fd_ < 0) return true;
  pollfd p{fd_, POLLIN, 0};
  for (;;) {
    const int n = ::poll(&p, 1, 0);
    if (n >= 0) return n > 0;
    if (errno != EINTR) return true;  // let read() report the problem
  }
}

bool ByteSource::rereadable() const {
  struct stat st {};
  return fd_ < 0 || (::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode));
}

void ByteSource::skip(std::size_t count) {
  if (fd_ < 0) {
    offset_ += std::min(count, view_.size() - offset_);
    return;
  }
  if (count == 0) return;
  if (::lseek(fd_, static_cast<off_t>(count), SEEK_CUR) >= 0) return;
  std::string scratch(std::size_t{64} << 10, '\0');
  while (count > 0) {
    const std::size_t n = read(scratch.data(), std::min(count, scratch.size()));
    if (n == 0) return;
    count -= n;
  }
}

std::size_t ByteSource::read(char* buffer, std::size_t size) {
  if (fd_ < 0) {
    const std::size_t n = std::min(size, view_.size() - offset_);
    std::memcpy(buffer, view_.data() + offset_, n);
    offset_ += n;
    return n;
  }
  for (;;) {
    const ssize_t n = ::read(fd_, buffer, size);
    if (n >= 0) return static_cast<std::size_t>(n);
    if (errno == EINTR) continue;
    throw InputError(fmt::format("{}: cannot read: {}", name_, std::strerror(errno)));
  }
}

}  // namespace salesaudit::batch
