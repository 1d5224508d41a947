#include "consents/receipt_pdf.hpp"

#include <gtest/gtest.h>

#include "../pdf/pdf_check.hpp"
#include "fixtures.hpp"
#include "time/iso8601.hpp"

using namespace consent_test;

namespace {

struct Sample {
  consents::ConsentBook book;
  std::string id;
  const consents::ConsentRecord& record() const { return *book.find(id); }
  std::vector<consents::HistoryEntry> history() const { return book.history_of(id); }
};

// Given through a representative to an operator that entrusts a processor,
// changed (purpose and level), renewed, then withdrawn.
Sample sample(int renewals = 1) {
  Sample s;
  const auto key = test_key();
  s.id = s.book.give(draft(Kind::representative_entrusted), true, key, kNow, "citizen").consent_id;
  s.book.change(s.id, {"application_processing", std::nullopt, consents::AccessLevel::partial}, true, key, kNow + kDay,
                "citizen");
  for (int i = 1; i <= renewals; ++i)
    s.book.renew(s.id, kNow + (400 + i) * kDay, true, key, kNow + kDay + i * kDay / 10, "citizen");
  s.book.withdraw(s.id, kNow + 10 * kDay, "citizen");
  return s;
}

consents::ReceiptPdf receipt(const Sample& s, const std::string& font, const char* language = "ru") {
  return consents::consent_receipt_pdf(s.record(), s.history(), font, i18n::Catalog::load(language));
}

}  // namespace

TEST(ConsentReceiptPdf, IsAWellFormedPdfWithTheFontEmbedded) {
  const Sample s = sample();
  for (const std::string* font : {&pdf_test::full_font(), &pdf_test::subset_font()}) {
    const auto pdf = receipt(s, *font);
    ASSERT_TRUE(pdf.ok());
    EXPECT_TRUE(pdf_test::has_valid_structure(pdf.bytes));
    EXPECT_NE(pdf.bytes.find(*font), std::string::npos);
    EXPECT_EQ(pdf.pages, 2);
    EXPECT_NE(pdf.bytes.find("/Count 2"), std::string::npos);
  }
}

TEST(ConsentReceiptPdf, IsTheSameForTheSameRecord) {
  const Sample s = sample();
  EXPECT_EQ(receipt(s, pdf_test::subset_font()).bytes, receipt(s, pdf_test::subset_font()).bytes);
}

TEST(ConsentReceiptPdf, AFontThatIsNotTrueTypeIsAnErrorValue) {
  const Sample s = sample();
  for (const std::string& bad : {std::string(), std::string("not a font"), std::string("%PDF-1.7\n%%EOF\n"),
                                 pdf_test::full_font().substr(0, 1000)}) {
    const auto pdf = receipt(s, bad);
    EXPECT_FALSE(pdf.ok());
    EXPECT_NE(pdf.error, pdf::FontError::none);
    EXPECT_TRUE(pdf.bytes.empty());
    EXPECT_EQ(pdf.pages, 0);
  }
  EXPECT_EQ(receipt(s, "not a font").error, pdf::FontError::not_truetype);
}

TEST(ConsentReceiptPdf, ALongHistoryBreaksIntoSeveralPages) {
  const Sample s = sample(60);
  ASSERT_EQ(s.history().size(), 63u);
  const auto pdf = receipt(s, pdf_test::subset_font());
  ASSERT_TRUE(pdf.ok());
  EXPECT_GE(pdf.pages, 4);
  EXPECT_TRUE(pdf_test::has_valid_structure(pdf.bytes));
  EXPECT_NE(pdf.bytes.find("/Count " + std::to_string(pdf.pages)), std::string::npos);
}

#ifdef CABINET_PDFTOTEXT
namespace {

std::string text_of(const consents::ReceiptPdf& pdf) {
  return pdf_test::squeeze(pdf_test::pdftotext(pdf.bytes));
}

void expect_contains(const std::string& text, const std::string& part) {
  EXPECT_NE(text.find(part), std::string::npos) << "missing «" << part << "» in:\n" << text;
}

}  // namespace

TEST(ConsentReceiptPdf, ExtractsWithEveryArticle9ItemInRussian) {
  const Sample s = sample();
  const auto& r = s.record();
  const auto ru = i18n::Catalog::load("ru");
  for (const std::string* font : {&pdf_test::full_font(), &pdf_test::subset_font()}) {
    const auto pdf = receipt(s, *font);
    ASSERT_TRUE(pdf.ok());
    EXPECT_TRUE(pdf_test::qpdf_accepts(pdf.bytes));
    const std::string text = text_of(pdf);
    // The subject's name, the purpose and the consent id, as Cyrillic text.
    expect_contains(text, "Иванова Анна Петровна");
    expect_contains(text, "Обработка заявления");
    expect_contains(text, r.id);
    // A label for every art. 9 p.4 item and the rest of the record.
    for (const char* key : {"title",
                            "section.subject",
                            "section.representative",
                            "section.operator",
                            "section.processor",
                            "section.terms",
                            "section.dates",
                            "section.signature",
                            "section.history",
                            "consent_id",
                            "status",
                            "full_name",
                            "address",
                            "document",
                            "document_number",
                            "document_issued_on",
                            "document_issuer",
                            "authority_document",
                            "name",
                            "email",
                            "phone",
                            "purpose",
                            "categories",
                            "actions",
                            "method",
                            "recipient",
                            "level",
                            "term",
                            "withdrawal_method",
                            "created",
                            "changed",
                            "withdrawn",
                            "destroy_by",
                            "algorithm",
                            "public_key",
                            "signature_value"}) {
      const std::string label = ru.tr("consents.pdf." + std::string(key));
      ASSERT_NE(label, "consents.pdf." + std::string(key));
      expect_contains(text, label);
    }
    // The values of the items.
    for (const std::string& value :
         {std::string("Иванов Пётр Сергеевич"), std::string("Паспорт гражданина Российской Федерации"),
          std::string("4510 123456"), std::string("12.03.2015"), std::string("ОВД Хамовники"),
          std::string("77 АА 1234567 от 01.02.2026"), std::string("Социальный фонд России"),
          std::string("127006, г. Москва, ул. Шаболовка, д. 4"), std::string("ООО «Обработка»"),
          std::string("г. Казань, ул. Баумана, д. 5"), std::string("Фамилия, имя, отчество, СНИЛС"),
          std::string("сбор, запись, систематизация, хранение, использование, передача"),
          std::string("Смешанная обработка"), std::string("ПФР ЕГИССО"), std::string("Частичный"),
          std::string("в личном кабинете, раздел «Согласия»"), std::string("Отозвано"),
          std::string("Время указано московское (UTC+3).")})
      expect_contains(text, value);
    // Times in Moscow time: given 2026-11-23T09:00Z = 12:00 MSK; destroy_by = withdrawal + 30 days.
    expect_contains(text, time::format_display(r.created_ms, 180));
    expect_contains(text, "23.11.2026 12:00");
    expect_contains(text, time::format_display(*r.withdrawn_ms, 180));
    expect_contains(text, time::format_display(*r.destroy_by_ms, 180));
    expect_contains(text, "до " + time::format_display(r.valid_until_ms, 180));
    // The signature and the key in hex, wrapped over lines.
    std::string compact = text;
    std::erase(compact, ' ');
    expect_contains(compact, r.signature->value);
    expect_contains(compact, r.signature->public_key);
    // The history: every operation, who did it and what changed.
    for (const char* operation : {"Согласие дано (Гражданин)", "Согласие изменено (Гражданин)",
                                  "Согласие продлено (Гражданин)", "Согласие отозвано (Гражданин)",
                                  "Цель обработки: Получение сведений из государственных реестров для "
                                  "автозаполнения → Обработка заявления",
                                  "Уровень доступа: Ограниченный → Частичный"})
      expect_contains(text, operation);
    expect_contains(text, "Стр. 1 из 2");
    expect_contains(text, "Стр. 2 из 2");
  }
}

TEST(ConsentReceiptPdf, ALongHistoryNumbersEveryPage) {
  const auto pdf = receipt(sample(60), pdf_test::full_font());
  ASSERT_TRUE(pdf.ok());
  const std::string text = text_of(pdf);
  const std::string of = " из " + std::to_string(pdf.pages);
  for (int page = 1; page <= pdf.pages; ++page) expect_contains(text, "Стр. " + std::to_string(page) + of);
  expect_contains(text, "Стр. 2 из");
  EXPECT_TRUE(pdf_test::qpdf_accepts(pdf.bytes));
}

TEST(ConsentReceiptPdf, EnglishLabelsComeFromTheEnglishCatalog) {
  Sample s;
  s.id = s.book.give(draft(Kind::direct), true, test_key(), kNow, "citizen").consent_id;
  const auto pdf = receipt(s, pdf_test::subset_font(), "en");
  ASSERT_TRUE(pdf.ok());
  EXPECT_NE(pdf.bytes.find("/Lang (en)"), std::string::npos);
  const std::string text = text_of(pdf);
  for (const char* part : {"Consent to personal data processing", "Data subject", "Иванова Анна Петровна", "Purpose",
                           "Consent given (Citizen)", "Page 1 of 1", "Given"})
    expect_contains(text, part);
  // No representative, processor or withdrawal: their sections and rows are left out.
  for (const char* absent : {"representative", "Processor acting", "Withdrawn", "Data destroyed by"})
    EXPECT_EQ(text.find(absent), std::string::npos) << absent;
}
#endif
