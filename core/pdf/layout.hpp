#pragma once
// Flowing text onto the pages of a pdf::Document from the top down: a title,
// headings, label/value rows in two columns and paragraphs, wrapped by the
// measured width of the text; a new page starts when the next piece does not
// fit, and the pages are numbered at the end.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/pdf_writer.hpp"

namespace cabinet::pdf {

struct LayoutStyle {
  double margin_left = 20 * kPointsPerMm;
  double margin_right = 15 * kPointsPerMm;
  double margin_top = 18 * kPointsPerMm;
  double margin_bottom = 20 * kPointsPerMm;
  double body_size = 10;
  double title_size = 15;
  double heading_size = 12;
  double footer_size = 8;
  double leading = 1.3;      // line height in font sizes
  double label_width = 170;  // the label column of rows, points
  double column_gap = 12;    // between the label and the value
  double label_gray = 0.35;  // labels and the footer are dark gray
};

// `utf8` as lines no wider than `width` points at `size`: broken at spaces and
// at '\n', and inside a word only when the word alone is wider than a line.
std::vector<std::string> wrap_text(const TrueTypeFont& font, std::string_view utf8, double size, double width);

class Layout {
 public:
  explicit Layout(Document& document, LayoutStyle style = {});

  void title(std::string_view text);    // large, with a rule below
  void heading(std::string_view text);  // kept on the page of the next two lines
  void row(std::string_view label, std::string_view value);
  void paragraph(std::string_view text, double gray = 0);
  void gap(double points);

  // Draws footer(page, pages) (from 1) centered at the bottom of every page.
  // Call once, when everything else is laid out.
  void number_pages(const std::function<std::string(int page, int pages)>& footer);

  double content_width() const { return kA4Width - style_.margin_left - style_.margin_right; }

 private:
  double line_height(double size) const { return size * style_.leading; }
  // Starts a new page unless `height` points fit above the bottom margin.
  void need(double height);
  void new_page();
  bool at_top() const { return y_ >= kA4Height - style_.margin_top; }

  Document& doc_;
  LayoutStyle style_;
  int page_ = -1;
  double y_ = 0;  // the top of the next line
};

}  // namespace cabinet::pdf
