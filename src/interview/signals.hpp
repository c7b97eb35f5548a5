#pragma once
// Ctrl-C, SIGTERM and SIGHUP during an interactive run: the handler only records the
// signal and writes one byte to a self-pipe (async-signal-safe); readers poll that pipe
// next to their input, return "interrupted", and the caller restores the terminal, saves
// and exits 130.

namespace salesaudit {

class InterruptGuard {
 public:
  InterruptGuard();   // installs the handlers
  ~InterruptGuard();  // restores the previous handlers
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  // Readable once a signal has arrived.
  [[nodiscard]] int fd() const;
  [[nodiscard]] bool interrupted() const;
};

// SIGWINCH while the raw-key terminal is in use: the handler sets a flag and writes one
// byte to its own self-pipe, so a blocked read wakes up and the question is redrawn at
// the new width.
class ResizeWatch {
 public:
  ResizeWatch();   // installs the handler
  ~ResizeWatch();  // restores the previous one
  ResizeWatch(const ResizeWatch&) = delete;
  ResizeWatch& operator=(const ResizeWatch&) = delete;

  // Readable after a resize, until take() is called.
  [[nodiscard]] int fd() const;
  // True once per burst of resizes: clears the flag and empties the pipe.
  bool take();
};

// Waits for one byte on `fd`, an interrupt on `signal_fd` or a resize on `resize_fd`
// (-1: none). `timeout_ms` < 0 waits forever.
enum class ReadStatus { byte, end, interrupted, timeout, resized };
[[nodiscard]] ReadStatus read_byte(int fd, int signal_fd, char& byte, int timeout_ms = -1, int resize_fd = -1);

}  // namespace salesaudit
