#include "forms/xlsx_libraries.hpp"

#include <salesaudit/error.hpp>

#include <fmt/format.h>

#include <dlfcn.h>

namespace salesaudit::forms {

namespace {

// What the package depends on (CMakeLists.txt checks the sonames at configure time).
constexpr const char* kMinizip = SALESAUDIT_MINIZIP_SONAME;
constexpr const char* kExpat = SALESAUDIT_EXPAT_SONAME;

template <typename Fn>
void bind(void* library, const char* soname, const char* name, Fn& out) {
  void* symbol = ::dlsym(library, name);
  if (symbol == nullptr) throw InputError(fmt::format("{} has no function {}: reinstall it", soname, name));
  out = reinterpret_cast<Fn>(symbol);
}

XlsxLibraries load() {
  void* zip = open_xlsx_library(kMinizip, "libminizip1");
  void* xml = open_xlsx_library(kExpat, "libexpat1");
  XlsxLibraries l{};
#define SALESAUDIT_BIND(lib, soname, fn) bind(lib, soname, #fn, l.fn)
  SALESAUDIT_BIND(zip, kMinizip, unzOpen64);
  SALESAUDIT_BIND(zip, kMinizip, unzOpen2_64);
  SALESAUDIT_BIND(zip, kMinizip, unzClose);
  SALESAUDIT_BIND(zip, kMinizip, unzLocateFile);
  SALESAUDIT_BIND(zip, kMinizip, unzGetCurrentFileInfo64);
  SALESAUDIT_BIND(zip, kMinizip, unzOpenCurrentFile);
  SALESAUDIT_BIND(zip, kMinizip, unzReadCurrentFile);
  SALESAUDIT_BIND(zip, kMinizip, unzCloseCurrentFile);
  SALESAUDIT_BIND(xml, kExpat, XML_ParserCreateNS);
  SALESAUDIT_BIND(xml, kExpat, XML_ParserFree);
  SALESAUDIT_BIND(xml, kExpat, XML_SetUserData);
  SALESAUDIT_BIND(xml, kExpat, XML_SetElementHandler);
  SALESAUDIT_BIND(xml, kExpat, XML_SetCharacterDataHandler);
  SALESAUDIT_BIND(xml, kExpat, XML_SetStartDoctypeDeclHandler);
  SALESAUDIT_BIND(xml, kExpat, XML_StopParser);
  SALESAUDIT_BIND(xml, kExpat, XML_Parse);
  SALESAUDIT_BIND(xml, kExpat, XML_GetErrorCode);
  SALESAUDIT_BIND(xml, kExpat, XML_ErrorString);
  SALESAUDIT_BIND(xml, kExpat, XML_GetCurrentLineNumber);
  SALESAUDIT_BIND(xml, kExpat, XML_GetCurrentColumnNumber);
#undef SALESAUDIT_BIND
  return l;
}

}  // namespace

void* open_xlsx_library(const std::string& soname, const std::string& package) {
  // Never closed: the functions are used until exit.
  void* library = ::dlopen(soname.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr) {
    throw InputError(fmt::format("reading .xlsx files needs {}, which cannot be loaded ({}): install the {} package",
                                 soname, ::dlerror(), package));
  }
  return library;
}

const XlsxLibraries& xlsx_libraries() {
  static const XlsxLibraries libraries = load();  // a throw leaves it to be tried again
  return libraries;
}

}  // namespace salesaudit::forms
