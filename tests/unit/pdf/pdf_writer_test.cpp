#include "pdf/pdf_writer.hpp"

#include <gtest/gtest.h>

#include "pdf/layout.hpp"
#include "pdf_check.hpp"

using namespace cabinet::pdf;

namespace {

TrueTypeFont font_of(const std::string& bytes) {
  return *TrueTypeFont::parse(bytes).font;
}

}  // namespace

TEST(PdfWriter, FormatsNumbersWithoutExponentsOrTrailingZeros) {
  EXPECT_EQ(number(0), "0");
  EXPECT_EQ(number(12.5), "12.5");
  EXPECT_EQ(number(595.28), "595.28");
  EXPECT_EQ(number(-3), "-3");
  EXPECT_EQ(number(-0.004), "0");
  EXPECT_EQ(number(-0.25), "-0.25");
  EXPECT_EQ(number(1e9), "1000000000");
  EXPECT_EQ(number(0.1 + 0.2), "0.3");
}

TEST(PdfWriter, XrefOffsetsPointAtTheirObjects) {
  const TrueTypeFont font = font_of(pdf_test::subset_font());
  Document doc(font);
  doc.set_title("Проверка «PDF»");
  doc.set_language("ru");
  doc.set_creation_time(1'795'424'400'000);
  for (int i = 0; i < 3; ++i) {
    const int page = doc.add_page();
    doc.text(page, 50, 800, 12, "Страница " + std::to_string(i + 1) + ": Съешь же ещё этих мягких французских булок");
    doc.line(page, 50, 790, 545, 790, 0.5, 0.5);
  }
  const std::string pdf = doc.finish();
  size_t objects = 0;
  EXPECT_TRUE(pdf_test::has_valid_structure(pdf, &objects));
  EXPECT_EQ(objects, 8u + 2 * 3);
  EXPECT_NE(pdf.find("/Count 3"), std::string::npos);
  EXPECT_NE(pdf.find("/Subtype /Type0 /BaseFont /DejaVuSans /Encoding /Identity-H"), std::string::npos);
  EXPECT_NE(pdf.find("/Subtype /CIDFontType2"), std::string::npos);
  EXPECT_NE(pdf.find("/CIDToGIDMap /Identity"), std::string::npos);
  EXPECT_NE(pdf.find("/Length1 " + std::to_string(pdf_test::subset_font().size())), std::string::npos);
  EXPECT_NE(pdf.find(pdf_test::subset_font()), std::string::npos);  // the TTF as given
  EXPECT_NE(pdf.find("/Lang (ru)"), std::string::npos);
  EXPECT_NE(pdf.find("/CreationDate (D:20261123090000Z)"), std::string::npos);
  EXPECT_NE(pdf.find("/MediaBox [0 0 595.28 841.89]"), std::string::npos);
  // 'Ж' is glyph 939 in the full font: its width (2206/2048 em) in /W and its Unicode in /ToUnicode.
  const TrueTypeFont full = font_of(pdf_test::full_font());
  Document one(full);
  one.text(one.add_page(), 10, 10, 10, "Ж");
  const std::string small = one.finish();
  EXPECT_NE(small.find("/W [939 [1077]]"), std::string::npos);
  EXPECT_NE(small.find("<03AB> <0416>"), std::string::npos);
  EXPECT_NE(small.find("<03AB> Tj"), std::string::npos);
  EXPECT_TRUE(pdf_test::has_valid_structure(small));
}

TEST(PdfWriter, AnEmptyDocumentStillHasOnePageAndBadPagesAreIgnored) {
  const TrueTypeFont font = font_of(pdf_test::subset_font());
  Document doc(font);
  doc.text(0, 10, 10, 10, "нет страницы");
  doc.text(-1, 10, 10, 10, "нет");
  doc.line(5, 0, 0, 1, 1, 1);
  const std::string pdf = doc.finish();
  EXPECT_TRUE(pdf_test::has_valid_structure(pdf));
  EXPECT_NE(pdf.find("/Count 1"), std::string::npos);
  EXPECT_EQ(doc.missing_glyphs(), 0);
  Document missing(font);
  missing.text(missing.add_page(), 10, 10, 10, "漢字\n");
  EXPECT_EQ(missing.missing_glyphs(), 2);  // the subset has no CJK; the newline draws nothing
}

TEST(PdfLayout, WrapsByMeasuredWidthAndBreaksLongWords) {
  const TrueTypeFont font = font_of(pdf_test::full_font());
  const std::string text = "Получение сведений из государственных реестров для автозаполнения заявлений";
  const auto lines = wrap_text(font, text, 10, 150);
  ASSERT_GT(lines.size(), 2u);
  std::string joined;
  for (const auto& line : lines) {
    EXPECT_LE(font.text_width(line, 10), 150) << line;
    joined += (joined.empty() ? "" : " ") + line;
  }
  EXPECT_EQ(joined, text);
  const std::string hex(128, 'a');
  const auto hex_lines = wrap_text(font, hex, 9, 200);
  EXPECT_GT(hex_lines.size(), 1u);
  std::string back;
  for (const auto& line : hex_lines) {
    EXPECT_LE(font.text_width(line, 9), 200);
    back += line;
  }
  EXPECT_EQ(back, hex);
  EXPECT_EQ(wrap_text(font, "один\n\nдва", 10, 300), (std::vector<std::string>{"один", "", "два"}));
  EXPECT_EQ(wrap_text(font, "", 10, 300), (std::vector<std::string>{""}));
  EXPECT_EQ(wrap_text(font, "ЖЖЖ", 10, 1), (std::vector<std::string>{"Ж", "Ж", "Ж"}));  // never stuck
}

TEST(PdfLayout, BreaksPagesAndNumbersThem) {
  const TrueTypeFont font = font_of(pdf_test::subset_font());
  Document doc(font);
  Layout layout(doc);
  layout.title("Заголовок");
  for (int i = 0; i < 120; ++i) layout.row("Строка " + std::to_string(i + 1), "Значение строки");
  layout.number_pages([](int page, int pages) { return std::to_string(page) + "/" + std::to_string(pages); });
  EXPECT_GE(doc.page_count(), 3);
  EXPECT_TRUE(pdf_test::has_valid_structure(doc.finish()));
}

#ifdef CABINET_PDFTOTEXT
TEST(PdfWriter, TextExtractsAsCyrillicAndQpdfAccepts) {
  for (const std::string* bytes : {&pdf_test::full_font(), &pdf_test::subset_font()}) {
    const TrueTypeFont font = font_of(*bytes);
    Document doc(font);
    Layout layout(doc);
    layout.title("Согласие на обработку персональных данных");
    layout.row("Фамилия, имя, отчество", "Иванова Анна Петровна");
    layout.paragraph("Съешь же ещё этих мягких французских булок, да выпей чаю. № 5 — «ёлка»");
    for (int i = 0; i < 90; ++i) layout.row("Запись", "Строка номер " + std::to_string(i + 1));
    layout.number_pages(
        [](int page, int pages) { return "Стр. " + std::to_string(page) + " из " + std::to_string(pages); });
    const std::string pdf = doc.finish();
    const std::string text = pdf_test::squeeze(pdf_test::pdftotext(pdf));
    EXPECT_NE(text.find("Согласие на обработку персональных данных"), std::string::npos) << text;
    EXPECT_NE(text.find("Иванова Анна Петровна"), std::string::npos) << text;
    EXPECT_NE(text.find("Съешь же ещё этих мягких французских булок, да выпей чаю. № 5 — «ёлка»"), std::string::npos);
    EXPECT_NE(text.find("Строка номер 90"), std::string::npos);
    EXPECT_NE(text.find("Стр. 2 из " + std::to_string(doc.page_count())), std::string::npos);
    EXPECT_TRUE(pdf_test::qpdf_accepts(pdf));
  }
}
#endif
