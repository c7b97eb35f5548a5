#pragma once
// minizip and expat, loaded when the first .xlsx is read rather than at every start:
// linked in, they made each command map three more libraries (minizip, expat, zlib),
// 0.17 ms of a 2.3 ms one-file run (docs/performance.md, "Start-up").

#include <expat.h>
#include <unzip.h>

#include <string>

namespace salesaudit::forms {

// The functions the xlsx reader calls, by the names of their declarations.
struct XlsxLibraries {
  decltype(&::unzOpen64) unzOpen64;
  decltype(&::unzOpen2_64) unzOpen2_64;
  decltype(&::unzClose) unzClose;
  decltype(&::unzLocateFile) unzLocateFile;
  decltype(&::unzGetCurrentFileInfo64) unzGetCurrentFileInfo64;
  decltype(&::unzOpenCurrentFile) unzOpenCurrentFile;
  decltype(&::unzReadCurrentFile) unzReadCurrentFile;
  decltype(&::unzCloseCurrentFile) unzCloseCurrentFile;
  decltype(&::XML_ParserCreateNS) XML_ParserCreateNS;
  decltype(&::XML_ParserFree) XML_ParserFree;
  decltype(&::XML_SetUserData) XML_SetUserData;
  decltype(&::XML_SetElementHandler) XML_SetElementHandler;
  decltype(&::XML_SetCharacterDataHandler) XML_SetCharacterDataHandler;
  decltype(&::XML_SetStartDoctypeDeclHandler) XML_SetStartDoctypeDeclHandler;
  decltype(&::XML_StopParser) XML_StopParser;
  decltype(&::XML_Parse) XML_Parse;
  decltype(&::XML_GetErrorCode) XML_GetErrorCode;
  decltype(&::XML_ErrorString) XML_ErrorString;
  decltype(&::XML_GetCurrentLineNumber) XML_GetCurrentLineNumber;
  decltype(&::XML_GetCurrentColumnNumber) XML_GetCurrentColumnNumber;
};

// Loaded on first use, once, thread-safely; InputError (exit 66) naming the library and
// its Debian package when one cannot be loaded.
[[nodiscard]] const XlsxLibraries& xlsx_libraries();

// dlopen of one library (for the message when it is missing; tests use a name that is not
// installed): the handle, or InputError "reading .xlsx files needs <soname> (package ...)".
[[nodiscard]] void* open_xlsx_library(const std::string& soname, const std::string& package);

}  // namespace salesaudit::forms
