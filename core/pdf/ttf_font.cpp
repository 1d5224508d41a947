#include "pdf/ttf_font.hpp"

#include "text/utf8.hpp"

namespace cabinet::pdf {

namespace {

// Big-endian reads that give 0 outside the data, so a lookup never reads past it.
struct Bytes {
  std::string_view data;
  bool has(size_t offset, uint64_t size) const { return offset <= data.size() && size <= data.size() - offset; }
  uint32_t byte(size_t offset) const { return offset < data.size() ? static_cast<unsigned char>(data[offset]) : 0; }
  uint16_t u16(size_t offset) const { return static_cast<uint16_t>(byte(offset) << 8 | byte(offset + 1)); }
  int16_t s16(size_t offset) const { return static_cast<int16_t>(u16(offset)); }
  uint32_t u32(size_t offset) const { return static_cast<uint32_t>(u16(offset)) << 16 | u16(offset + 2); }
};

struct Table {
  size_t offset = 0;
  size_t length = 0;
  bool present = false;
};

constexpr uint32_t tag(const char (&name)[5]) {
  return static_cast<uint32_t>(static_cast<unsigned char>(name[0])) << 24 |
         static_cast<uint32_t>(static_cast<unsigned char>(name[1])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(name[2])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(name[3]));
}

FontLoad failure(FontError error) {
  return {std::nullopt, error};
}

// The name ID 6 record (PostScript name), reduced to characters allowed in a PDF name.
std::string read_postscript_name(const Bytes& b, const Table& name) {
  if (!name.present || name.length < 6) return "";
  const size_t count = b.u16(name.offset + 2);
  const size_t strings = name.offset + b.u16(name.offset + 4);
  for (size_t i = 0; i < count && 6 + 12 * (i + 1) <= name.length; ++i) {
    const size_t record = name.offset + 6 + 12 * i;
    const uint16_t platform = b.u16(record), id = b.u16(record + 6);
    const size_t length = b.u16(record + 8), start = strings + b.u16(record + 10);
    if (id != 6 || !b.has(start, length) || start + length > name.offset + name.length) continue;
    const bool wide = platform == 0 || platform == 3;
    std::string out;
    for (size_t k = wide ? 1 : 0; k < length && out.size() < 63; k += wide ? 2 : 1) {
      const auto c = static_cast<char>(b.byte(start + k));
      if ((wide && b.byte(start + k - 1) != 0) ||
          !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
        continue;
      out.push_back(c);
    }
    if (!out.empty()) return out;
  }
  return "";
}

}  // namespace

std::string_view font_error_id(FontError error) {
  switch (error) {
    case FontError::none:
      return "none";
    case FontError::not_truetype:
      return "not_truetype";
    case FontError::damaged:
      return "damaged";
    case FontError::no_unicode_cmap:
      return "no_unicode_cmap";
  }
  return "";
}

FontLoad TrueTypeFont::parse(std::string bytes) {
  const Bytes b{bytes};
  if (!b.has(0, 12)) return failure(FontError::not_truetype);
  const uint32_t version = b.u32(0);
  if (version != 0x00010000 && version != tag("true")) return failure(FontError::not_truetype);
  const size_t tables = b.u16(4);
  if (tables == 0 || !b.has(12, 16 * static_cast<uint64_t>(tables))) return failure(FontError::damaged);

  Table head, hhea, hmtx, maxp, cmap, glyf, loca, os2, post, name;
  const std::pair<uint32_t, Table*> wanted[] = {
      {tag("head"), &head}, {tag("hhea"), &hhea}, {tag("hmtx"), &hmtx}, {tag("maxp"), &maxp}, {tag("cmap"), &cmap},
      {tag("glyf"), &glyf}, {tag("loca"), &loca}, {tag("OS/2"), &os2},  {tag("post"), &post}, {tag("name"), &name}};
  for (size_t i = 0; i < tables; ++i) {
    const size_t record = 12 + 16 * i;
    const size_t offset = b.u32(record + 8), length = b.u32(record + 12);
    for (const auto& [t, table] : wanted) {
      if (b.u32(record) != t) continue;
      if (!b.has(offset, length)) return failure(FontError::damaged);
      *table = {offset, length, true};
    }
  }
  if (!glyf.present || !loca.present) return failure(FontError::not_truetype);
  if (!head.present || !hhea.present || !hmtx.present || !maxp.present || head.length < 54 || hhea.length < 36 ||
      maxp.length < 6 || b.u32(head.offset + 12) != 0x5F0F3CF5)
    return failure(FontError::damaged);

  TrueTypeFont font;
  FontMetrics& m = font.metrics_;
  m.units_per_em = b.u16(head.offset + 18);
  m.x_min = b.s16(head.offset + 36);
  m.y_min = b.s16(head.offset + 38);
  m.x_max = b.s16(head.offset + 40);
  m.y_max = b.s16(head.offset + 42);
  m.ascent = b.s16(hhea.offset + 4);
  m.descent = b.s16(hhea.offset + 6);
  m.cap_height = m.ascent * 7 / 10;
  if (os2.present && os2.length >= 90 && b.u16(os2.offset) >= 2) m.cap_height = b.s16(os2.offset + 88);
  if (post.present && post.length >= 16) {
    m.italic_angle = static_cast<int32_t>(b.u32(post.offset + 4)) / 65536.0;
    m.fixed_pitch = b.u32(post.offset + 12) != 0;
  }
  font.glyph_count_ = b.u16(maxp.offset + 4);
  font.long_metrics_ = b.u16(hhea.offset + 34);
  font.hmtx_ = hmtx.offset;
  if (m.units_per_em < 16 || m.units_per_em > 16384 || font.long_metrics_ == 0 ||
      font.long_metrics_ > font.glyph_count_ || hmtx.length < 4u * font.long_metrics_)
    return failure(FontError::damaged);

  // The Unicode subtable: format 12 (full range) before format 4 (the BMP).
  if (!cmap.present || cmap.length < 4) return failure(FontError::no_unicode_cmap);
  font.cmap_end_ = cmap.offset + cmap.length;
  const size_t subtables = b.u16(cmap.offset + 2);
  for (size_t i = 0; i < subtables && 4 + 8 * (i + 1) <= cmap.length; ++i) {
    const size_t record = cmap.offset + 4 + 8 * i;
    const uint16_t platform = b.u16(record), encoding = b.u16(record + 2);
    const size_t sub = cmap.offset + b.u32(record + 4);
    const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
    if (!unicode || sub + 16 > font.cmap_end_) continue;
    const uint16_t format = b.u16(sub);
    if (format == 12 && font.cmap_format_ != 12) {
      if (sub + 16 + 12 * static_cast<uint64_t>(b.u32(sub + 12)) > font.cmap_end_) return failure(FontError::damaged);
      font.cmap_ = sub, font.cmap_format_ = 12;
    } else if (format == 4 && font.cmap_format_ == 0) {
      const size_t seg_x2 = b.u16(sub + 6);
      if (seg_x2 == 0 || seg_x2 % 2 != 0 || sub + 16 + 4 * seg_x2 > font.cmap_end_) return failure(FontError::damaged);
      font.cmap_ = sub, font.cmap_format_ = 4;
    }
  }
  if (font.cmap_format_ == 0) return failure(FontError::no_unicode_cmap);

  font.bytes_ = std::move(bytes);
  if (std::string n = read_postscript_name(Bytes{font.bytes_}, name); !n.empty()) font.name_ = std::move(n);
  return {std::move(font), FontError::none};
}

uint16_t TrueTypeFont::glyph_format4(char32_t c) const {
  if (c > 0xFFFF) return 0;
  const Bytes b{bytes_};
  const size_t seg_x2 = b.u16(cmap_ + 6), segments = seg_x2 / 2;
  const size_t ends = cmap_ + 14, starts = ends + seg_x2 + 2, deltas = starts + seg_x2, ranges = deltas + seg_x2;
  size_t lo = 0, hi = segments;  // the first segment whose end is >= c
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (b.u16(ends + 2 * mid) < c)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == segments || b.u16(starts + 2 * lo) > c) return 0;
  const uint16_t delta = b.u16(deltas + 2 * lo), range = b.u16(ranges + 2 * lo);
  if (range == 0) return static_cast<uint16_t>(c + delta);
  const size_t at = ranges + 2 * lo + range + 2 * (c - b.u16(starts + 2 * lo));
  if (at + 2 > cmap_end_) return 0;
  const uint16_t g = b.u16(at);
  return g == 0 ? 0 : static_cast<uint16_t>(g + delta);
}

uint16_t TrueTypeFont::glyph_format12(char32_t c) const {
  const Bytes b{bytes_};
  const size_t groups = b.u32(cmap_ + 12), first = cmap_ + 16;
  size_t lo = 0, hi = groups;  // the first group whose end is >= c
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (b.u32(first + 12 * mid + 4) < c)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == groups || b.u32(first + 12 * lo) > c) return 0;
  const uint64_t g = static_cast<uint64_t>(b.u32(first + 12 * lo + 8)) + (c - b.u32(first + 12 * lo));
  return g > 0xFFFF ? 0 : static_cast<uint16_t>(g);
}

uint16_t TrueTypeFont::glyph(char32_t code_point) const {
  const uint16_t g = cmap_format_ == 12 ? glyph_format12(code_point) : glyph_format4(code_point);
  return g < glyph_count_ ? g : 0;
}

int TrueTypeFont::advance(uint16_t glyph) const {
  const size_t index = glyph < long_metrics_ ? glyph : long_metrics_ - 1u;
  return Bytes{bytes_}.u16(hmtx_ + 4 * index);
}

double TrueTypeFont::text_width(std::string_view utf8, double size) const {
  int64_t units = 0;
  for (char32_t c : text::decode_utf8(utf8)) units += advance(glyph(c));
  return static_cast<double>(units) * size / metrics_.units_per_em;
}

}  // namespace cabinet::pdf
