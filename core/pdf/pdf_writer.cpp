#include "pdf/pdf_writer.hpp"

#include <algorithm>
#include <cmath>

#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::pdf {

namespace {

constexpr int kCatalog = 1, kPages = 2, kType0 = 3, kCidFont = 4, kDescriptor = 5, kFontFile = 6, kToUnicode = 7,
              kInfo = 8, kFirstPage = 9;  // then each page and its content stream

void hex4(std::string& out, unsigned value) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  for (int shift = 12; shift >= 0; shift -= 4) out.push_back(kDigits[(value >> shift) & 0xF]);
}

// UTF-16BE hex digits of one character (a surrogate pair above the BMP).
void utf16_hex(std::string& out, char32_t c) {
  if (c < 0x10000) return hex4(out, static_cast<unsigned>(c));
  const char32_t v = c - 0x10000;
  hex4(out, 0xD800 + static_cast<unsigned>(v >> 10));
  hex4(out, 0xDC00 + static_cast<unsigned>(v & 0x3FF));
}

std::string ref(int object) {
  return std::to_string(object) + " 0 R";
}

std::string stream(std::string_view extra, std::string_view data) {
  std::string out = "<< /Length " + std::to_string(data.size());
  out += extra;
  out += " >>\nstream\n";
  out += data;
  out += "\nendstream";
  return out;
}

// Glyph widths for /W: runs of consecutive glyph ids, in 1/1000 em.
std::string widths(const TrueTypeFont& font, const std::map<uint16_t, char32_t>& used) {
  std::string out = "[";
  int previous = -2;
  for (const auto& [glyph, c] : used) {
    if (glyph != previous + 1)
      out += (previous < 0 ? "" : "] ") + std::to_string(glyph) + " [";
    else
      out += " ";
    out += std::to_string(std::lround(font.advance(glyph) * 1000.0 / font.metrics().units_per_em));
    previous = glyph;
  }
  return out + (previous < 0 ? "]" : "]]");
}

std::string to_unicode(const std::map<uint16_t, char32_t>& used) {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<std::pair<uint16_t, char32_t>> pairs;
  for (const auto& entry : used)
    if (entry.first != 0) pairs.push_back(entry);
  for (size_t i = 0; i < pairs.size(); i += 100) {  // at most 100 entries per block
    const size_t end = std::min(pairs.size(), i + 100);
    out += std::to_string(end - i) + " beginbfchar\n";
    for (size_t k = i; k < end; ++k) {
      out += "<";
      hex4(out, pairs[k].first);
      out += "> <";
      utf16_hex(out, pairs[k].second);
      out += ">\n";
    }
    out += "endbfchar\n";
  }
  return out + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend";
}

// A PDF text string: UTF-16BE with a byte order mark, in hex.
std::string text_string(std::string_view utf8) {
  std::string out = "<FEFF";
  for (char32_t c : text::decode_utf8(utf8)) utf16_hex(out, c);
  return out + ">";
}

}  // namespace

std::string number(double value) {
  if (!std::isfinite(value)) return "0";
  const long long hundredths = std::llround(value * 100);
  const unsigned long long magnitude = hundredths < 0 ? 0ULL - hundredths : hundredths;
  std::string out = (hundredths < 0 ? "-" : "") + std::to_string(magnitude / 100);
  const unsigned long long fraction = magnitude % 100;
  if (fraction != 0) out += "." + std::to_string(fraction / 10) + (fraction % 10 ? std::to_string(fraction % 10) : "");
  return out;
}

void Document::set_language(std::string_view tag) {
  language_.clear();
  for (char c : tag)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') language_.push_back(c);
}

int Document::add_page() {
  pages_.emplace_back();
  return page_count() - 1;
}

void Document::text(int page, double x, double y, double size, std::string_view utf8, double gray) {
  if (page < 0 || page >= page_count()) return;
  std::string glyphs;
  for (char32_t c : text::decode_utf8(utf8)) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) continue;  // control characters draw nothing
    const uint16_t g = font_.glyph(c);
    if (g == 0) ++missing_;
    used_.emplace(g, c);
    hex4(glyphs, g);
  }
  if (glyphs.empty()) return;
  pages_[page] += "BT /F1 " + number(size) + " Tf " + number(gray) + " g " + number(x) + " " + number(y) + " Td <" +
                  glyphs + "> Tj ET\n";
}

void Document::line(int page, double x1, double y1, double x2, double y2, double width, double gray) {
  if (page < 0 || page >= page_count()) return;
  pages_[page] += number(width) + " w " + number(gray) + " G " + number(x1) + " " + number(y1) + " m " + number(x2) +
                  " " + number(y2) + " l S\n";
}

std::string Document::finish() const {
  const FontMetrics& m = font_.metrics();
  const auto em = [&](int units) { return std::to_string(std::lround(units * 1000.0 / m.units_per_em)); };
  const std::string name = "/" + font_.postscript_name();
  const int pages = std::max(1, page_count());  // a file has at least one page
  std::vector<size_t> offsets(kFirstPage + 2 * pages, 0);

  std::string out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
  const auto object = [&](int number, std::string_view body) {
    offsets[number] = out.size();
    out += std::to_string(number) + " 0 obj\n";
    out += body;
    out += "\nendobj\n";
  };

  object(kCatalog,
         "<< /Type /Catalog /Pages " + ref(kPages) + (language_.empty() ? "" : " /Lang (" + language_ + ")") + " >>");
  std::string kids;
  for (int i = 0; i < pages; ++i) kids += (i ? " " : "") + ref(kFirstPage + 2 * i);
  object(kPages, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>");
  object(kType0, "<< /Type /Font /Subtype /Type0 /BaseFont " + name + " /Encoding /Identity-H /DescendantFonts [" +
                     ref(kCidFont) + "] /ToUnicode " + ref(kToUnicode) + " >>");
  object(kCidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + name +
                       " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
                       ref(kDescriptor) + " /DW 1000 /W " + widths(font_, used_) + " /CIDToGIDMap /Identity >>");
  object(kDescriptor, "<< /Type /FontDescriptor /FontName " + name + " /Flags " + (m.fixed_pitch ? "5" : "4") +
                          " /FontBBox [" + em(m.x_min) + " " + em(m.y_min) + " " + em(m.x_max) + " " + em(m.y_max) +
                          "] /ItalicAngle " + number(m.italic_angle) + " /Ascent " + em(m.ascent) + " /Descent " +
                          em(m.descent) + " /CapHeight " + em(m.cap_height) + " /StemV 80 /FontFile2 " +
                          ref(kFontFile) + " >>");
  object(kFontFile, stream(" /Length1 " + std::to_string(font_.bytes().size()), font_.bytes()));
  object(kToUnicode, stream("", to_unicode(used_)));
  std::string info = "<< /Producer (Cabinet)";
  if (!title_.empty()) info += " /Title " + text_string(title_);
  if (created_ms_) {
    std::string digits;
    for (char c : time::format_iso_utc(*created_ms_).substr(0, 19))
      if (c >= '0' && c <= '9') digits.push_back(c);
    info += " /CreationDate (D:" + digits + "Z)";
  }
  object(kInfo, info + " >>");
  for (int i = 0; i < pages; ++i) {
    object(kFirstPage + 2 * i, "<< /Type /Page /Parent " + ref(kPages) + " /MediaBox [0 0 " + number(kA4Width) + " " +
                                   number(kA4Height) + "] /Resources << /Font << /F1 " + ref(kType0) +
                                   " >> >> /Contents " + ref(kFirstPage + 2 * i + 1) + " >>");
    object(kFirstPage + 2 * i + 1, stream("", i < page_count() ? std::string_view(pages_[i]) : std::string_view()));
  }

  const size_t xref = out.size();
  out += "xref\n0 " + std::to_string(offsets.size()) + "\n0000000000 65535 f \n";
  for (size_t i = 1; i < offsets.size(); ++i) {
    std::string offset = std::to_string(offsets[i]);
    out += std::string(10 - std::min<size_t>(10, offset.size()), '0') + offset + " 00000 n \n";
  }
  out += "trailer\n<< /Size " + std::to_string(offsets.size()) + " /Root " + ref(kCatalog) + " /Info " + ref(kInfo) +
         " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

}  // namespace cabinet::pdf
