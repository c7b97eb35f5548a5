// minizip and expat are loaded when the first .xlsx is read (src/forms/xlsx_libraries.cpp).

#include "forms/xlsx_libraries.hpp"

#include <salesaudit/error.hpp>

#include <gtest/gtest.h>

#include <string>

namespace salesaudit::forms {
namespace {

TEST(XlsxLibraries, EveryFunctionBound) {
  const XlsxLibraries& l = xlsx_libraries();
  EXPECT_NE(l.unzOpen64, nullptr);
  EXPECT_NE(l.unzReadCurrentFile, nullptr);
  EXPECT_NE(l.XML_ParserCreateNS, nullptr);
  EXPECT_NE(l.XML_GetCurrentColumnNumber, nullptr);
  EXPECT_STREQ(l.XML_ErrorString(XML_ERROR_SYNTAX), "syntax error");
  EXPECT_EQ(&xlsx_libraries(), &l);  // loaded once
}

TEST(XlsxLibraries, MissingOneNamesPackage) {
  try {
    (void)open_xlsx_library("libsalesaudit-absent.so.9", "libsalesaudit-absent9");
    FAIL() << "loaded a library that does not exist";
  } catch (const InputError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("reading .xlsx files needs libsalesaudit-absent.so.9"), std::string::npos) << message;
    EXPECT_NE(message.find("install the libsalesaudit-absent9 package"), std::string::npos) << message;
    EXPECT_EQ(e.code(), ExitCode::input_missing);
  }
}

}  // namespace
}  // namespace salesaudit::forms
