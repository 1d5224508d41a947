#include "pdf/text_pdf.hpp"

#include "pdf/layout.hpp"

namespace cabinet::pdf {

namespace {

std::string footer_text(std::string_view pattern, int page, int pages) {
  std::string out(pattern);
  const auto put = [&out](std::string_view name, int value) {
    if (const size_t at = out.find(name); at != std::string::npos) out.replace(at, name.size(), std::to_string(value));
  };
  put("{page}", page);
  put("{pages}", pages);
  return out;
}

}  // namespace

TextPdf text_pdf(std::string_view utf8, std::string_view font_ttf, std::string_view language,
                 std::string_view page_footer) {
  FontLoad load = TrueTypeFont::parse(std::string(font_ttf));
  if (!load.ok()) return {"", load.error, 0};
  Document document(*load.font);
  Layout layout(document);
  document.set_language(std::string(language));
  bool first = true;
  size_t start = 0;
  while (start <= utf8.size()) {
    size_t end = utf8.find('\n', start);
    if (end == std::string_view::npos) end = utf8.size();
    std::string_view line = utf8.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (first && !line.empty()) {
      document.set_title(std::string(line));
      layout.title(line);
      first = false;
    } else if (line.empty()) {
      if (!first) layout.gap(6);
    } else {
      layout.paragraph(line);
    }
    start = end + 1;
  }
  layout.number_pages([&](int page, int pages) { return footer_text(page_footer, page, pages); });
  return {document.finish(), FontError::none, document.page_count()};
}

}  // namespace cabinet::pdf
