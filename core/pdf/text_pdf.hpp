#pragma once
// A plain UTF-8 text document as a printable PDF: the first line is the title,
// every other line a paragraph, an empty line a gap; pages numbered by
// `page_footer` ("Стр. {page} из {pages}"). Used for the agency's result
// documents (certificates, letters). Never throws.
#include <string>
#include <string_view>

#include "pdf/ttf_font.hpp"

namespace cabinet::pdf {

struct TextPdf {
  std::string bytes;                // empty unless ok()
  FontError error = FontError::none;
  int pages = 0;
  bool ok() const { return error == FontError::none; }
};

TextPdf text_pdf(std::string_view utf8, std::string_view font_ttf, std::string_view language,
                 std::string_view page_footer);

}  // namespace cabinet::pdf
