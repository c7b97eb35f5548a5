#include "forms/zip_memory.hpp"

#include "forms/xlsx_libraries.hpp"

#include <unzip.h>

#include <algorithm>
#include <cstring>

namespace salesaudit::forms {

namespace {

MemoryZip& of(voidpf stream) {
  return *static_cast<MemoryZip*>(stream);
}

voidpf ZCALLBACK open_hook(voidpf opaque, const void*, int) {
  return opaque;
}

uLong ZCALLBACK read_hook(voidpf, voidpf stream, void* buffer, uLong size) {
  MemoryZip& zip = of(stream);
  const std::uint64_t length = zip.bytes->size();
  // Past the end (a seek there is allowed, as with a file) reads nothing.
  const std::uint64_t n = zip.position >= length ? 0 : std::min<std::uint64_t>(size, length - zip.position);
  if (n > 0) std::memcpy(buffer, zip.bytes->data() + zip.position, static_cast<std::size_t>(n));
  zip.position += n;
  return static_cast<uLong>(n);
}

uLong ZCALLBACK write_hook(voidpf, voidpf, const void*, uLong) {
  return 0;
}  // read-only

ZPOS64_T ZCALLBACK tell_hook(voidpf, voidpf stream) {
  return of(stream).position;
}

long ZCALLBACK seek_hook(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  MemoryZip& zip = of(stream);
  std::uint64_t base = 0;
  switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = zip.position; break;
    case ZLIB_FILEFUNC_SEEK_END: base = zip.bytes->size(); break;
    default: return -1;
  }
  if (offset > UINT64_MAX - base) return -1;
  zip.position = base + offset;
  return 0;
}

int ZCALLBACK close_hook(voidpf, voidpf) {
  return 0;
}
int ZCALLBACK error_hook(voidpf, voidpf) {
  return 0;
}

}  // namespace

void* open_memory_zip(MemoryZip& zip) {
  zlib_filefunc64_def hooks{open_hook, read_hook, write_hook, tell_hook, seek_hook, close_hook, error_hook, &zip};
  zip.position = 0;
  return xlsx_libraries().unzOpen2_64("<memory>", &hooks);
}

}  // namespace salesaudit::forms
