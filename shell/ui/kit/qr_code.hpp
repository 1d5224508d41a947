#pragma once
// A QR code drawn with ImGui rectangles (qrcodegen from Debian's source
// package), recorded in the semantics tree as an image with a text alternative.
#include <string>

#include "ui/kit/ui.hpp"

namespace cabinet::ui {

// Draws `text` as a QR code about `size` CSS px wide; `label` is its
// accessible description. Returns the module count per side (0: not encodable).
int qr_code(Ui& ui, const char* id, const std::string& text, const std::string& label, float size = 160.0f);

}  // namespace cabinet::ui
