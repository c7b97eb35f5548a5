#pragma once
// Expanding a folder input into the answers files it holds (docs/batch.md, "Folders").

#include <string>
#include <vector>

namespace salesaudit::batch {

struct FolderEntry {
  std::string path;
  std::string problem;  // empty for a file to read; otherwise why the entry cannot be one
  // The walk did not tell this file from the others by device and inode: the reader must,
  // keeping the first in path order (see walk_folder).
  bool identity_at_read = false;
};

// Every *.json regular file under `root`, recursively and sorted by path, plus one entry
// with a problem for each entry that is neither a regular file nor a folder (FIFO, socket,
// device, dangling or looping link) and each folder that cannot be listed. Symbolic links
// are followed, but every file and every folder (by device and inode) is taken once, so a
// link back to a parent or two links to one file add nothing. Nothing is opened except
// folders: a FIFO is never read, so the walk cannot block on it.
//
// With `identity_at_read`, a tree without symbolic links costs no system call per file
// (the folder listing says which entries are regular files): every file entry is then
// marked identity_at_read, and the reader drops a file whose device and inode an earlier
// entry of this walk had (hard links), which is the same rule. A tree with a link is
// checked here as without the option.
[[nodiscard]] std::vector<FolderEntry> walk_folder(const std::string& root, bool identity_at_read = false);

}  // namespace salesaudit::batch
