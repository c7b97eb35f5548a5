// A QR code for the terminal (libqrencode), so a room can join by pointing a phone at it.

#include <salesaudit/serve.hpp>

#include <qrencode.h>

namespace salesaudit {

std::string qr_code_text(const std::string& text) {
  QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (code == nullptr) return {};
  const int size = code->width;
  constexpr int kQuiet = 2;
  // Dark modules print as spaces, light ones as blocks: reads on the usual dark terminal.
  const auto dark = [&](int x, int y) {
    if (x < 0 || y < 0 || x >= size || y >= size) return false;
    return (code->data[y * size + x] & 1) != 0;
  };
  std::string out;
  for (int y = -kQuiet; y < size + kQuiet; y += 2) {
    for (int x = -kQuiet; x < size + kQuiet; ++x) {
      const bool top = !dark(x, y);
      const bool bottom = !dark(x, y + 1) && y + 1 < size + kQuiet;
      out += top && bottom ? "\u2588" : top ? "\u2580" : bottom ? "\u2584" : " ";
    }
    out += '\n';
  }
  QRcode_free(code);
  return out;
}

}  // namespace salesaudit
