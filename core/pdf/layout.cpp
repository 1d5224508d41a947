#include "pdf/layout.hpp"

#include <algorithm>

namespace cabinet::pdf {

namespace {

// The length of the UTF-8 character starting at s[i] (a stray byte counts as one).
size_t char_length(std::string_view s, size_t i) {
  size_t end = i + 1;
  while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
  return end - i;
}

// Appends `word` to `lines` in pieces no wider than `width` (at least one character each).
void break_word(const TrueTypeFont& font, std::string_view word, double size, double width,
                std::vector<std::string>& lines, std::string& line, double& line_width) {
  for (size_t i = 0; i < word.size();) {
    const size_t length = char_length(word, i);
    const double w = font.text_width(word.substr(i, length), size);
    if (!line.empty() && line_width + w > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    line.append(word.substr(i, length));
    line_width += w;
    i += length;
  }
}

}  // namespace

std::vector<std::string> wrap_text(const TrueTypeFont& font, std::string_view utf8, double size, double width) {
  std::vector<std::string> lines;
  const double space = font.text_width(" ", size);
  size_t start = 0;
  while (start <= utf8.size()) {
    const size_t end = std::min(utf8.find('\n', start), utf8.size());
    const std::string_view paragraph = utf8.substr(start, end - start);
    std::string line;
    double line_width = 0;
    size_t at = 0;
    while (at < paragraph.size()) {
      const size_t next = std::min(paragraph.find(' ', at), paragraph.size());
      const std::string_view word = paragraph.substr(at, next - at);
      at = next + 1;
      if (word.empty()) continue;
      const double w = font.text_width(word, size);
      if (!line.empty() && line_width + space + w <= width) {
        line += ' ';
        line += word;
        line_width += space + w;
        continue;
      }
      if (!line.empty()) lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
      if (w <= width) {
        line = std::string(word);
        line_width = w;
      } else {
        break_word(font, word, size, width, lines, line, line_width);
      }
    }
    lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

Layout::Layout(Document& document, LayoutStyle style) : doc_(document), style_(style) {}

void Layout::new_page() {
  page_ = doc_.add_page();
  y_ = kA4Height - style_.margin_top;
}

void Layout::need(double height) {
  if (page_ < 0 || y_ - height < style_.margin_bottom) new_page();
}

void Layout::gap(double points) {
  if (page_ >= 0 && !at_top()) y_ -= points;
}

void Layout::title(std::string_view text) {
  const double size = style_.title_size, h = line_height(size);
  for (const auto& line : wrap_text(doc_.font(), text, size, content_width())) {
    need(h);
    doc_.text(page_, style_.margin_left, y_ - size, size, line);
    y_ -= h;
  }
  y_ -= 4;
  doc_.line(page_, style_.margin_left, y_, kA4Width - style_.margin_right, y_, 0.75, 0.5);
  y_ -= 10;
}

void Layout::heading(std::string_view text) {
  const double size = style_.heading_size, h = line_height(size);
  const auto lines = wrap_text(doc_.font(), text, size, content_width());
  need(10 + h * lines.size() + 2 * line_height(style_.body_size));
  gap(10);
  for (const auto& line : lines) {
    need(h);
    doc_.text(page_, style_.margin_left, y_ - size, size, line);
    y_ -= h;
  }
  y_ -= 2;
}

void Layout::row(std::string_view label, std::string_view value) {
  const double size = style_.body_size, h = line_height(size);
  const double value_x = style_.margin_left + style_.label_width + style_.column_gap;
  const auto labels = wrap_text(doc_.font(), label, size, style_.label_width);
  const auto values = wrap_text(doc_.font(), value, size, kA4Width - style_.margin_right - value_x);
  const size_t count = std::max(labels.size(), values.size());
  const double page_body = kA4Height - style_.margin_top - style_.margin_bottom;
  if (count * h <= page_body) need(count * h);  // keep a row together unless it is longer than a page
  for (size_t i = 0; i < count; ++i) {
    need(h);
    if (i < labels.size()) doc_.text(page_, style_.margin_left, y_ - size, size, labels[i], style_.label_gray);
    if (i < values.size()) doc_.text(page_, value_x, y_ - size, size, values[i]);
    y_ -= h;
  }
  y_ -= 3;
}

void Layout::paragraph(std::string_view text, double gray) {
  const double size = style_.body_size, h = line_height(size);
  for (const auto& line : wrap_text(doc_.font(), text, size, content_width())) {
    need(h);
    doc_.text(page_, style_.margin_left, y_ - size, size, line, gray);
    y_ -= h;
  }
  y_ -= 3;
}

void Layout::number_pages(const std::function<std::string(int page, int pages)>& footer) {
  const int pages = doc_.page_count();
  const double size = style_.footer_size;
  for (int i = 0; i < pages; ++i) {
    const std::string text = footer(i + 1, pages);
    const double x = (kA4Width - doc_.font().text_width(text, size)) / 2;
    doc_.text(i, x, style_.margin_bottom / 2, size, text, style_.label_gray);
  }
}

}  // namespace cabinet::pdf
