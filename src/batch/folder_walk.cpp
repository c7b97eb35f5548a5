// Folder walking for batch inputs (see folder_walk.hpp for the rules).

#include "batch/folder_walk.hpp"

#include <fmt/format.h>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

namespace salesaudit::batch {

namespace {

using Identity = std::pair<dev_t, ino_t>;

std::string kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "neither a file nor a folder";
}

// What std::filesystem::path::extension() == ".json" says of a file name: a name that is
// only ".json" (a hidden file) has no extension.
bool has_json_extension(std::string_view name) {
  return name.size() > 5 && name.substr(name.size() - 5) == ".json";
}

struct File {
  std::string path;
  Identity identity;
  bool link;   // reached through a symbolic link: the other path wins
  bool known;  // identity looked up (not left to the reader)
};

struct Listed {
  std::string name;
  unsigned char type;  // d_type: DT_UNKNOWN where the file system does not say
};

// A folder to walk once the one listing it is closed (or a linked folder to queue).
struct Later {
  std::string path;
  Identity identity;
  bool link;
};

class Walker {
 public:
  explicit Walker(bool defer) : defer_(defer) {}

  void folder(const std::string& path, std::vector<FolderEntry>& out) {
    std::vector<Listed> listed;
    std::vector<Later> later;
    {
      DIR* dir = ::opendir(path.c_str());
      if (dir == nullptr) {
        out.push_back({path, fmt::format("cannot list folder: {}", std::strerror(errno))});
        return;
      }
      struct Closer {
        DIR* dir;
        ~Closer() { ::closedir(dir); }
      } closer{dir};
      for (;;) {
        errno = 0;
        const dirent* listed_entry = ::readdir(dir);
        if (listed_entry == nullptr) {
          if (errno == 0) break;
          out.push_back({path, fmt::format("cannot list folder: {}", std::strerror(errno))});
          return;
        }
        const std::string_view name = listed_entry->d_name;
        if (name == "." || name == "..") continue;
        listed.push_back({std::string(name), listed_entry->d_type});
      }
      // Sorted before descending, so which of two paths to one file or folder is taken
      // (the first in path order) does not depend on the order the system lists them.
      std::sort(listed.begin(), listed.end(), [](const Listed& a, const Listed& b) { return a.name < b.name; });
      const std::string prefix = path.empty() || path.back() == '/' ? path : path + '/';
      // Looked up relative to the open folder (one path component each); its subfolders
      // are walked after it is closed, so a deep tree holds one folder open at a time.
      for (const auto& item : listed) entry(::dirfd(dir), item, prefix + item.name, out, later);
    }
    for (auto& next : later) {
      if (next.link) {
        linked_folders_.push_back(std::move(next.path));  // after the real folders, so their own paths win
      } else if (seen_folders_.insert(next.identity).second) {
        folder(next.path, out);
      }
    }
  }

  void entry(int dir, const Listed& item, std::string path, std::vector<FolderEntry>& out, std::vector<Later>& later) {
    if (item.type == DT_REG) {
      // The listing says it is a regular file: nothing to look up for one that is not
      // read, nor, when the reader tells files apart, for one that is.
      if (!has_json_extension(item.name)) return;
      if (defer_) {
        files_.push_back({std::move(path), {}, false, false});
        return;
      }
    }
    // lstat first: for an entry that is not a link (nearly all) it says everything stat
    // would; a link is then followed with stat.
    struct stat link {};
    if (::fstatat(dir, item.name.c_str(), &link, AT_SYMLINK_NOFOLLOW) != 0) {
      out.push_back({std::move(path), fmt::format("cannot read: {}; skipped", std::strerror(errno))});
      return;
    }
    const bool is_link = S_ISLNK(link.st_mode);
    struct stat st = link;
    if (is_link) {
      links_met_ = true;
      if (::fstatat(dir, item.name.c_str(), &st, 0) != 0) {
        const int error = errno;
        out.push_back(
            {std::move(path), error == ELOOP ? "symbolic link loop; skipped" : "dangling symbolic link; skipped"});
        return;
      }
    }
    const Identity identity{st.st_dev, st.st_ino};
    if (S_ISDIR(st.st_mode)) {
      later.push_back({std::move(path), identity, is_link});
    } else if (S_ISREG(st.st_mode)) {
      if (has_json_extension(item.name)) files_.push_back({std::move(path), identity, is_link, true});
    } else {
      out.push_back({std::move(path), fmt::format("{}, not a regular file; skipped", kind_of(st.st_mode))});
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

  // Whether every file is left for the reader to tell apart (no link anywhere).
  [[nodiscard]] bool deferred() const { return defer_ && !links_met_; }

  // The files whose identity was left to the reader, looked up after all (a link was met).
  void look_up_deferred(std::vector<FolderEntry>& out) {
    std::erase_if(files_, [&](File& file) {
      if (file.known) return false;
      struct stat st {};
      if (::lstat(file.path.c_str(), &st) != 0) {
        out.push_back({std::move(file.path), fmt::format("cannot read: {}; skipped", std::strerror(errno))});
        return true;
      }
      file.identity = {st.st_dev, st.st_ino};
      file.known = true;
      return false;
    });
  }

  std::vector<File>& files() { return files_; }

 private:
  bool defer_;
  bool links_met_ = false;
  std::set<Identity> seen_folders_;
  std::vector<std::string> linked_folders_;
  std::vector<File> files_;
};

}  // namespace

std::vector<FolderEntry> walk_folder(const std::string& root, bool identity_at_read) {
  Walker walker(identity_at_read);
  std::vector<FolderEntry> out;
  walker.walk(root, out);
  auto& files = walker.files();
  if (walker.deferred()) {
    for (auto& file : files) out.push_back({std::move(file.path), {}, true});
  } else {
    walker.look_up_deferred(out);
    // Of the paths to one file, the first in path order not through a link is read.
    std::sort(files.begin(), files.end(),
              [](const File& a, const File& b) { return std::tie(a.link, a.path) < std::tie(b.link, b.path); });
    std::set<Identity> seen_files;
    for (auto& file : files) {
      if (seen_files.insert(file.identity).second) out.push_back({std::move(file.path), {}, false});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const FolderEntry& a, const FolderEntry& b) { return a.path < b.path; });
  return out;
}

}  // namespace salesaudit::batch
