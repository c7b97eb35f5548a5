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

// Waits for one byte on `fd` or an interrupt on `signal_fd` (-1: none).
// `timeout_ms` < 0 waits forever.
enum class ReadStatus { byte, end, interrupted, timeout };
[[nodiscard]] ReadStatus read_byte(int fd, int signal_fd, char& byte, int timeout_ms = -1);

}  // namespace salesaudit
