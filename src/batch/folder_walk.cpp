// Folder walking for batch inputs (see folder_walk.hpp for the rules).

#include "batch/folder_walk.hpp"

#include <fmt/format.h>

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <tuple>
#include <utility>

namespace salesaudit::batch {

namespace fs = std::filesystem;

namespace {

using Identity = std::pair<dev_t, ino_t>;

std::string kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "neither a file nor a folder";
}

struct File {
  std::string path;
  Identity identity;
  bool link;  // reached through a symbolic link: the other path wins
};

class Walker {
 public:
  void folder(const std::string& path, std::vector<FolderEntry>& out) {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
      names.push_back(it->path().string());
    if (ec) {
      out.push_back({path, fmt::format("cannot list folder: {}", ec.message())});
      return;
    }
    // Sorted before descending, so which of two paths to one file or folder is taken
    // (the first in path order) does not depend on the order the system lists them.
    std::sort(names.begin(), names.end());
    for (const auto& name : names) entry(name, out);
  }

  void entry(const std::string& path, std::vector<FolderEntry>& out) {
    // lstat first: for an entry that is not a link (nearly all) it says everything stat
    // would, so a file costs one system call here; a link is then followed with stat.
    struct stat link {};
    if (::lstat(path.c_str(), &link) != 0) {
      out.push_back({path, fmt::format("cannot read: {}; skipped", std::strerror(errno))});
      return;
    }
    const bool is_link = S_ISLNK(link.st_mode);
    struct stat st = link;
    if (is_link && ::stat(path.c_str(), &st) != 0) {
      const int error = errno;
      out.push_back({path, error == ELOOP ? "symbolic link loop; skipped" : "dangling symbolic link; skipped"});
      return;
    }
    const Identity identity{st.st_dev, st.st_ino};
    if (S_ISDIR(st.st_mode)) {
      if (is_link) {
        linked_folders_.push_back(path);  // after the real folders, so their own paths win
      } else if (seen_folders_.insert(identity).second) {
        folder(path, out);
      }
    } else if (S_ISREG(st.st_mode)) {
      if (fs::path(path).extension() == ".json") files_.push_back({path, identity, is_link});
    } else {
      out.push_back({path, fmt::format("{}, not a regular file; skipped", kind_of(st.st_mode))});
    }
  }

  void walk(const std::string& root, std::vector<FolderEntry>& out) {
    struct stat st {};
    if (::stat(root.c_str(), &st) == 0) seen_folders_.insert({st.st_dev, st.st_ino});
    folder(root, out);
    // Linked folders in the order met; each one walked may add more. A folder already
    // walked (a link to a parent, to a sibling, or a second link) adds nothing.
    for (std::size_t i = 0; i < linked_folders_.size(); ++i) {
      const std::string path = linked_folders_[i];
      struct stat target {};
      if (::stat(path.c_str(), &target) == 0 && seen_folders_.insert({target.st_dev, target.st_ino}).second)
        folder(path, out);
    }
  }

  std::vector<File>& files() { return files_; }

 private:
  std::set<Identity> seen_folders_;
  std::vector<std::string> linked_folders_;
  std::vector<File> files_;
};

}  // namespace

std::vector<FolderEntry> walk_folder(const std::string& root) {
  Walker walker;
  std::vector<FolderEntry> out;
  walker.walk(root, out);
  auto& files = walker.files();
  // Of the paths to one file, the first in path order not through a link is read.
  std::sort(files.begin(), files.end(),
            [](const File& a, const File& b) { return std::tie(a.link, a.path) < std::tie(b.link, b.path); });
  std::set<Identity> seen_files;
  for (auto& file : files) {
    if (seen_files.insert(file.identity).second) out.push_back({std::move(file.path), {}});
  }
  std::stable_sort(out.begin(), out.end(), [](const FolderEntry& a, const FolderEntry& b) { return a.path < b.path; });
  return out;
}

}  // namespace salesaudit::batch
