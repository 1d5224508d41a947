// Заявления: a result's figures as a table (cards on a phone, columns on a
// wide screen, like Согласия's journal), its downloads and the emailed copy.
#include "ui/forms/result_figures.hpp"

#include <imgui.h>

#include "app/forms/result_copy.hpp"
#include "payouts/payouts_export.hpp"
#include "payouts/payouts_json.hpp"
#include "pdf/text_pdf.hpp"
#include "records/dates.hpp"
#include "time/iso8601.hpp"
#include "ui/kit/theme.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

constexpr int kMoscowOffsetMinutes = 180;
constexpr float kColumnsFrom = 640.0f;  // CSS px: narrower, each payment is a card

std::string why(Ui& ui, const payouts::Payout& p) {
  if (p.deduction == payouts::Deduction::none) return "";
  return " (" + ui.tr("payouts.deduction." + std::string(payouts::deduction_id(p.deduction))) + ")";
}

std::string kind(Ui& ui, const payouts::Payout& p) {
  return ui.tr("payouts.kind." + std::string(payouts::kind_id(p.kind)));
}

// A phone: one short line per amount (ImGui may break a line after the
// decimal comma, so an amount never shares a line with much else).
void draw_amounts(Ui& ui, const payouts::Totals& sums, const std::string& why, bool scheduled) {
  const i18n::Catalog& c = ui.catalog;
  paragraph(ui, ui.tr("payouts.table.line_amount", {{"amount", payouts::money(sums.amount, c)}}));
  if (sums.supplements != 0)
    paragraph(ui, ui.tr("payouts.table.line_supplements", {{"supplements", payouts::money(sums.supplements, c)}}));
  if (sums.deductions != 0)
    paragraph(
        ui, ui.tr("payouts.table.line_deductions", {{"deductions", payouts::money(sums.deductions, c)}, {"why", why}}));
  heading(ui,
          ui.tr(scheduled ? "payouts.table.line_scheduled" : "payouts.table.line_paid",
                {{"paid", payouts::money(sums.paid, c)}}),
          3);
}

void draw_cards(Ui& ui, const payouts::PayoutTable& table) {
  for (const payouts::Payout& p : table.rows) {
    ImGui::Separator();
    heading(ui, payouts::month_label(p.month, ui.catalog) + " — " + kind(ui, p), 3);
    draw_amounts(ui, {p.amount, p.supplements, p.deductions, p.paid}, why(ui, p),
                 p.status == payouts::PaymentStatus::scheduled);
    paragraph(ui,
              ui.tr("payouts.table.line_paid_on", {{"paid_on", records::display_date(p.paid_on)}, {"payer", p.payer}}),
              true);
  }
  ImGui::Separator();
  heading(ui, ui.tr("payouts.table.totals_title"), 3);
  draw_amounts(ui, table.totals, "", false);
}

void draw_columns(Ui& ui, const payouts::PayoutTable& table) {
  const i18n::Catalog& c = ui.catalog;
  const char* headers[] = {"payouts.table.month",       "payouts.table.kind",       "payouts.table.amount",
                           "payouts.table.supplements", "payouts.table.deductions", "payouts.table.paid"};
  if (!ImGui::BeginTable("##payouts", 6,
                         ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
    return;
  for (const char* header : headers) ImGui::TableSetupColumn(ui.tr(header).c_str());
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (const char* header : headers) {
    ImGui::TableNextColumn();
    heading(ui, ui.tr(header), 3);
  }
  const auto row = [&ui](const std::vector<std::string>& cells, bool bold) {
    ImGui::TableNextRow();
    for (const std::string& cell : cells) {
      ImGui::TableNextColumn();
      if (bold)
        heading(ui, cell, 3);
      else
        paragraph(ui, cell);
    }
  };
  for (const payouts::Payout& p : table.rows)
    row({payouts::month_label(p.month, c), kind(ui, p), payouts::money(p.amount, c), payouts::money(p.supplements, c),
         payouts::money(p.deductions, c) + why(ui, p), payouts::money(p.paid, c)},
        false);
  const payouts::Totals& t = table.totals;
  row({ui.tr("payouts.table.totals"), "", payouts::money(t.amount, c), payouts::money(t.supplements, c),
       payouts::money(t.deductions, c), payouts::money(t.paid, c)},
      true);
  ImGui::EndTable();
}

}  // namespace

void download_result_pdf(Ui& ui, const PlatformHooks& hooks, const std::string& number, const std::string& document) {
  // A printable PDF in the UI's font; the text itself if the font cannot be read.
  const pdf::TextPdf pdf =
      pdf::text_pdf(document, body_font_bytes(), ui.catalog.language(), ui.tr("applications.page_footer"));
  if (pdf.ok())
    hooks.download("result-" + number + ".pdf", "application/pdf", pdf.bytes);
  else
    hooks.download("result-" + number + ".txt", "text/plain;charset=utf-8", document);
}

bool draw_result_figures(Ui& ui, const PlatformHooks& hooks, const tracking::Tracked& tracked) {
  const auto table = payouts::table_from_json(tracked.result_table);
  if (!table) return false;
  const i18n::Catalog& c = ui.catalog;
  heading(ui, ui.tr("payouts.table.title", {{"period", payouts::period_label(*table, c)}}), 3);
  const bool narrow = ImGui::GetContentRegionAvail().x < ui.px(kColumnsFrom);
  if (table->rows.empty()) {
    paragraph(ui, ui.tr("payouts.none"));
  } else if (!narrow) {
    draw_columns(ui, *table);  // its last row: the totals
  } else {
    draw_cards(ui, *table);  // the totals last
  }
  if (!hooks.download) return true;
  const std::string pdf_id = "applications.result_pdf." + tracked.number;
  if (button(ui, pdf_id.c_str(), ui.tr("payouts.table.download_pdf"), {.kind = ButtonKind::secondary}))
    download_result_pdf(ui, hooks, tracked.number, tracked.result_document);
  same_line_if_fits(ui.tr("payouts.table.download_csv"));
  const std::string csv_id = "applications.result_csv." + tracked.number;
  if (button(ui, csv_id.c_str(), ui.tr("payouts.table.download_csv"), {.kind = ButtonKind::secondary}))
    hooks.download("payouts-" + tracked.number + ".csv", "text/csv;charset=utf-8", payouts::payouts_csv(*table, c));
  return true;
}

void draw_result_copy(Ui& ui, ViewState& view, const app::Application& a, const tracking::Tracked& tracked) {
  if (a.copy_no_address) {
    banner(ui, ("applications.copy." + a.number).c_str(), ui.tr("payouts.email.no_address"), true);
    return;
  }
  if (a.copy_sent_ms == 0) return;
  banner(ui, ("applications.copy." + a.number).c_str(),
         ui.tr("payouts.email.sent",
               {{"time", time::format_display(a.copy_sent_ms, kMoscowOffsetMinutes)}, {"address", a.copy_sent_to}}),
         false);
  paragraph(ui, ui.tr("payouts.email.sandbox"), true);
  const bool open = view.letter_open == a.number;
  const std::string id = "applications.letter." + a.number;
  if (button(ui, id.c_str(), ui.tr(open ? "payouts.email.hide" : "payouts.email.show"),
             {.kind = ButtonKind::link, .expanded = open ? 1 : 0}))
    view.letter_open = open ? "" : a.number;
  if (open) paragraph(ui, ui.catalog.message(app::kResultLetterKey, app::result_letter_params(tracked)));
}

}  // namespace cabinet::ui
