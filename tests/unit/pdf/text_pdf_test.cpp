// A text document as a PDF (the agency's results): the title and every line
// in Cyrillic read back by pdftotext, pages numbered, a long text on several
// pages, nothing but an empty page from an empty text, and a bad font refused.
#include "pdf/text_pdf.hpp"

#include <gtest/gtest.h>

#include "pdf_check.hpp"

using namespace cabinet;

TEST(TextPdf, TitleAndLinesInRussianWithNumberedPages) {
  const std::string text =
      "Справка о размере пенсии\n\nВыдана: Иванова Мария Петровна\r\nСНИЛС: 112-233-445 95\nПериод: 01.01.2026 — "
      "31.10.2026\n";
  const pdf::TextPdf pdf = pdf::text_pdf(text, pdf_test::subset_font(), "ru", "Стр. {page} из {pages}");
  ASSERT_TRUE(pdf.ok());
  EXPECT_EQ(pdf.pages, 1);
  EXPECT_TRUE(pdf_test::has_valid_structure(pdf.bytes));
#ifdef CABINET_PDFTOTEXT
  EXPECT_TRUE(pdf_test::qpdf_accepts(pdf.bytes, "text.pdf"));
  const std::string extracted = pdf_test::squeeze(pdf_test::pdftotext(pdf.bytes, "text.pdf"));
  for (const char* part : {"Справка о размере пенсии", "Выдана: Иванова Мария Петровна", "СНИЛС: 112-233-445 95",
                           "Период: 01.01.2026 — 31.10.2026", "Стр. 1 из 1"}) {
    EXPECT_NE(extracted.find(part), std::string::npos) << part << " in: " << extracted;
  }
#endif
}

TEST(TextPdf, ALongTextFlowsOntoSeveralPagesAndBadInputIsHandled) {
  std::string text = "Выписка\n";
  for (int i = 1; i <= 200; ++i) text += "Строка " + std::to_string(i) + ": сведения о периоде работы\n";
  const pdf::TextPdf pdf = pdf::text_pdf(text, pdf_test::subset_font(), "ru", "Стр. {page} из {pages}");
  ASSERT_TRUE(pdf.ok());
  EXPECT_GE(pdf.pages, 3);
  EXPECT_TRUE(pdf_test::has_valid_structure(pdf.bytes));
#ifdef CABINET_PDFTOTEXT
  const std::string extracted = pdf_test::squeeze(pdf_test::pdftotext(pdf.bytes, "long.pdf"));
  EXPECT_NE(extracted.find("Строка 200: сведения о периоде работы"), std::string::npos);
  EXPECT_NE(extracted.find("Стр. " + std::to_string(pdf.pages) + " из " + std::to_string(pdf.pages)), std::string::npos);
#endif
  const pdf::TextPdf empty = pdf::text_pdf("", pdf_test::subset_font(), "ru", "Стр. {page} из {pages}");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(pdf_test::has_valid_structure(empty.bytes));
  EXPECT_EQ(pdf::text_pdf("Справка", "not a font", "ru", "").error, pdf::FontError::not_truetype);
  EXPECT_FALSE(pdf::text_pdf("Справка", "", "ru", "").ok());
}
