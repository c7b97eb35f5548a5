#include "cli/app.hpp"

int main(int argc, char** argv) {
  return salesaudit::cli::run(argc, argv);
}
