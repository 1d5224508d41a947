// CSV (RFC 4180, catalog headers, formula neutralization, BOM, CRLF) and the PDF text.
#include <gtest/gtest.h>

#include <limits>

#include "records/dates.hpp"
#include "records/records_export.hpp"
#include "records/statement.hpp"
#include "records_fixture.hpp"

using namespace cabinet::records;
using records_test::record;

namespace {

const char* kBom = "\xEF\xBB\xBF";

std::vector<WorkRecord> sample() {
  WorkRecord hire = record("r1", RecordKind::hire, "ООО «Ромашка, Трейд»", "5024613189", "2010-02-01", "2012-01-31",
                           "Инженер \"по качеству\"");
  hire.insurer_number = "060-032-011457";
  hire.basis = "Приказ № 12-к от 01.02.2010";
  WorkRecord dismissal = hire;
  dismissal.id = "r2";
  dismissal.kind = RecordKind::dismissal;
  dismissal.start = dismissal.end = "2012-01-31";
  dismissal.basis = "Приказ № 7-лс от 31.01.2012";
  WorkRecord current =
      record("r3", RecordKind::hire, "=HYPERLINK(\"http://evil\")", "7701526010", "2012-02-01", "", "-Кассир", true);
  return {hire, dismissal, current};
}

Statement statement() {
  const std::vector<Operation> ops = {
      {"2019-12-31", OperationKind::contribution, 5'000'00, "ООО «Ёлочка»", "7810830161", "2019-12-01", "2019-12-31"},
      {"2020-01-31", OperationKind::contribution, 12'345'67, "ООО «Ёлочка»", "7810830161", "2020-01-01", "2020-01-31"},
      {"2020-03-31", OperationKind::correction, -1'234'05, "@Ёлочка, ООО", "7810830161", "2020-01-01", "2020-01-31"},
  };
  return *make_statement(ops, parse_day("2020-01-01").value(), parse_day("2020-12-31").value());
}

}  // namespace

TEST(RecordsExport, Amounts) {
  EXPECT_EQ(csv_amount(0), "0.00");
  EXPECT_EQ(csv_amount(5), "0.05");
  EXPECT_EQ(csv_amount(-123456), "-1234.56");
  EXPECT_EQ(csv_amount(std::numeric_limits<int64_t>::min()), "-92233720368547758.08");
  EXPECT_EQ(format_rubles(123456789, "ru"), "1\u00A0234\u00A0567,89");
  EXPECT_EQ(format_rubles(-100000, "en"), "-1,000.00");
  EXPECT_EQ(format_rubles(99, "ru"), "0,99");
  EXPECT_EQ(format_ipk(5393, "ru"), "5,393");
  EXPECT_EQ(format_ipk(10000, "en"), "10.000");
  EXPECT_EQ(format_ipk(7, "en"), "0.007");
}

TEST(RecordsExport, RecordsCsv) {
  const std::string csv = records_csv(sample(), records_test::russian());
  EXPECT_EQ(csv, std::string(kBom) +
                     "№,Вид записи,Работодатель,ИНН,Рег. номер страхователя,Дата начала,Дата окончания,Должность,"
                     "Вид работы,Основание\r\n"
                     "1,Приём,\"ООО «Ромашка, Трейд»\",5024613189,060-032-011457,01.02.2010,31.01.2012,"
                     "\"Инженер \"\"по качеству\"\"\",Основная,Приказ № 12-к от 01.02.2010\r\n"
                     "2,Увольнение,\"ООО «Ромашка, Трейд»\",5024613189,060-032-011457,31.01.2012,31.01.2012,"
                     "\"Инженер \"\"по качеству\"\"\",Основная,Приказ № 7-лс от 31.01.2012\r\n"
                     "3,Приём,\"'=HYPERLINK(\"\"http://evil\"\")\",7701526010,,01.02.2012,по настоящее время,'-Кассир,"
                     "Совместительство,\r\n");
}

TEST(RecordsExport, TheByteOrderMarkIsAnOptionAndLabelsFollowTheLanguage) {
  const std::string csv = records_csv(sample(), records_test::english(), {.byte_order_mark = false});
  EXPECT_EQ(csv.rfind("No.,Вид записи,Employer,TIN (INN),", 0), 0u) << "missing English falls back to Russian";
  EXPECT_NE(csv.find(",to date,"), std::string::npos);
  EXPECT_EQ(records_csv({}, records_test::russian()).find("\r\n"), records_csv({}, records_test::russian()).size() - 2)
      << "only the header";
}

TEST(RecordsExport, StatementCsv) {
  const std::string csv = statement_csv(statement(), records_test::russian(), {.byte_order_mark = false});
  EXPECT_EQ(csv,
            "Дата операции,Операция,\"Сумма, руб.\",Источник платежа,ИНН источника,Период с,Период по\r\n"
            "01.01.2020,Входящий остаток,5000.00,,,,\r\n"
            "31.01.2020,Начисление страховых взносов,12345.67,ООО «Ёлочка»,7810830161,01.01.2020,31.01.2020\r\n"
            "31.03.2020,Корректировка (удержание),-1234.05,\"'@Ёлочка, ООО\",7810830161,01.01.2020,31.01.2020\r\n"
            "31.12.2020,Исходящий остаток,16111.62,,,,\r\n");
}

TEST(RecordsExport, RecordsPdfText) {
  const Length length{12, 3, 4, 4478};
  const std::string text =
      records_pdf_text(sample(), length, "112-233-445 95", parse_day("2026-11-23").value(), records_test::russian());
  EXPECT_EQ(text,
            "Сведения о трудовой деятельности\n"
            "СНИЛС: 112-233-445 95\n"
            "Дата формирования: 23.11.2026\n"
            "Страховой стаж на 23.11.2026: лет — 12, месяцев — 3, дней — 4\n"
            "\n"
            "1. 01.02.2010 — 31.01.2012. Приём. ООО «Ромашка, Трейд», ИНН 5024613189. Должность: Инженер \"по "
            "качеству\". Основание: Приказ № 12-к от 01.02.2010\n"
            "2. 31.01.2012. Увольнение. ООО «Ромашка, Трейд», ИНН 5024613189. Должность: Инженер \"по качеству\". "
            "Основание: Приказ № 7-лс от 31.01.2012\n"
            "3. 01.02.2012 — по настоящее время. Приём. =HYPERLINK(\"http://evil\"), ИНН 7701526010. Должность: "
            "-Кассир (по совместительству). Основание: —\n");
  const std::string none = records_pdf_text({}, {}, "1\n2", 0, records_test::russian());
  EXPECT_NE(none.find("СНИЛС: 1 2\n"), std::string::npos) << "a line break cannot start a paragraph";
  EXPECT_NE(none.find("Сведений о трудовой деятельности нет."), std::string::npos);
}

TEST(RecordsExport, StatementPdfText) {
  Statement s = statement();
  s.operations[0].source = "ООО\r\n«Ёлочка»";
  const std::string text = statement_pdf_text(s, "112-233-445 95", records_test::russian());
  EXPECT_EQ(text,
            "Выписка из индивидуального лицевого счёта застрахованного лица\n"
            "СНИЛС: 112-233-445 95\n"
            "Период: с 01.01.2020 по 31.12.2020\n"
            "Входящий остаток на 01.01.2020: 5\u00A0000,00 руб.\n"
            "\n"
            "Операции\n"
            "31.01.2020. Начисление страховых взносов: 12\u00A0345,67 руб. Источник платежа: ООО  «Ёлочка», ИНН "
            "7810830161. За период с 01.01.2020 по 31.01.2020\n"
            "31.03.2020. Корректировка (удержание): -1\u00A0234,05 руб. Источник платежа: @Ёлочка, ООО, ИНН "
            "7810830161. За период с 01.01.2020 по 31.01.2020\n"
            "\n"
            "Итоги по годам\n"
            "2020 год: взносы 11\u00A0111,62 руб., ИПК 0,390\n"
            "\n"
            "Исходящий остаток на 31.12.2020: 16\u00A0111,62 руб.\n");
  EXPECT_NE(statement_pdf_text(s, "", records_test::english()).find("Opening balance on 01.01.2020: RUB 5,000.00"),
            std::string::npos);
  Statement empty = s;
  empty.operations.clear();
  empty.years.clear();
  EXPECT_NE(statement_pdf_text(empty, "", records_test::russian()).find("Операции\nОпераций за период нет.\n"),
            std::string::npos);
}
