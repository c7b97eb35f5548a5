#pragma once
// Typed errors. Library code throws them; the CLI catches them once (cli/app.cpp)
// and maps each to its exit code (format contract, section 7).

#include <stdexcept>
#include <string>
#include <vector>

namespace salesaudit {

enum class ExitCode : int {
  ok = 0,
  threshold_failed = 1,
  usage = 2,
  data_invalid = 65,
  input_missing = 66,
  output_failed = 73,
  interrupted = 130,
};

// Base of every error the tool reports to the user; `what()` is the full message.
class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  [[nodiscard]] ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

// Bad command-line use. Handled by the CLI: message plus a hint to --help, exit 2.
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(ExitCode::usage, message) {}
};

// Invalid questionnaire or answers. Carries every problem found, each already
// formatted as `file:line:col: message` or `file: /json/pointer: message`. Exit 65.
class DataError : public Error {
 public:
  explicit DataError(std::vector<std::string> diagnostics);
  [[nodiscard]] const std::vector<std::string>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<std::string> diagnostics_;
};

// An input that does not exist or cannot be read. Exit 66.
class InputError : public Error {
 public:
  explicit InputError(const std::string& message) : Error(ExitCode::input_missing, message) {}
};

// An output that cannot be created or written. Exit 73.
class OutputError : public Error {
 public:
  explicit OutputError(const std::string& message) : Error(ExitCode::output_failed, message) {}
};

}  // namespace salesaudit
