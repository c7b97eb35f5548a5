#pragma once
// Runs the real salesaudit binary with arguments and optional stdin; captures both streams.

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace salesaudit::e2e {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Environment entries ("NAME=value") are added to the inherited environment.
CliResult run_cli(const std::vector<std::string>& args, const std::string& stdin_text = "",
                  const std::vector<std::string>& env = {});

std::string source_path(const std::string& relative);
std::string read_file(const std::string& path);

}  // namespace salesaudit::e2e
