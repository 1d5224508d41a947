// Материнский капитал (seed 000, seed 004 §6.3): the certificate, the balance
// (with what is held for applications under review), «Распорядиться
// средствами», the statement as PDF and the journal as CSV, and the operations
// journal with its filters; a disposal under review can be cancelled here.
#include <imgui.h>

#include <algorithm>

#include "app/capital/handlers.hpp"
#include "capital/journal.hpp"
#include "pdf/text_pdf.hpp"
#include "records/dates.hpp"
#include "text/rubles.hpp"
#include "time/iso8601.hpp"
#include "tracking/status.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/theme.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

namespace cap = cabinet::capital;

constexpr int kMoscowOffsetMinutes = 180;

std::string money(int64_t kopecks) {
  return text::format_rubles(kopecks);
}

void draw_certificate(Ui& ui, const cap::Certificate& c) {
  heading(ui, ui.tr("capital.certificate_heading"), 2);
  paragraph(ui, ui.tr("capital.certificate_line",
                      {{"series", c.series}, {"number", c.number}, {"date", records::display_date(c.issued_on)}}));
  paragraph(ui, ui.tr("capital.issued_by", {{"office", c.issued_by}}), true);
  paragraph(
      ui,
      ui.tr("capital.child", {{"order", ui.tr("capital.child_order_" + std::to_string(c.child_order == 2 ? 2 : 1))},
                              {"date", records::display_date(c.child_birth_date)}}),
      true);
}

void draw_downloads(Ui& ui, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
                    const cap::Account& account) {
  if (!hooks.download) return;
  if (button(ui, "capital.download_pdf", ui.tr("capital.download_pdf"), {.kind = ButtonKind::secondary})) {
    dispatch(app::RecordExport{.what = "capital_pdf"});
    const std::string text =
        cap::statement_pdf_text(account, state.account.profile.full_name, state.account.profile.snils,
                                records::moscow_day(state.capital.updated_ms), ui.catalog);
    const pdf::TextPdf pdf = pdf::text_pdf(text, body_font_bytes(), ui.catalog.language(), ui.tr("capital.pdf.footer"));
    if (pdf.ok())
      hooks.download("maternity-capital.pdf", "application/pdf", pdf.bytes);
    else
      dispatch(app::ShowNotice{.kind = "error", .message = "records.pdf_failed"});
  }
  same_line_if_fits(ui.tr("capital.download_csv"));
  if (button(ui, "capital.download_csv", ui.tr("capital.download_csv"), {.kind = ButtonKind::secondary})) {
    dispatch(app::RecordExport{.what = "capital_csv"});
    hooks.download("maternity-capital.csv", "text/csv;charset=utf-8", cap::journal_csv(account, ui.catalog));
  }
}

void draw_filters(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                  const cap::Account& account) {
  const cap::JournalFilter& f = state.capital.filter;
  if (button(ui, "capital.filters", ui.tr("capital.filters"),
             {.kind = ButtonKind::secondary, .expanded = view.capital_filters_open ? 1 : 0}))
    view.capital_filters_open = !view.capital_filters_open;
  if (!view.capital_filters_open) return;
  const std::string any = ui.tr("capital.filter_any");
  std::vector<std::pair<std::string, std::string>> kinds = {{"", any}}, statuses = {{"", any}}, years = {{"", any}};
  for (std::string_view id : cap::kOperationKindIds) kinds.emplace_back(id, ui.tr("capital.kind." + std::string(id)));
  for (std::string_view id : cap::kOperationStatusIds)
    statuses.emplace_back(id, ui.tr("capital.status." + std::string(id)));
  for (const std::string& year : cap::journal_years(account)) years.emplace_back(year, year);
  paragraph(ui, ui.tr("capital.filter_kind"), true);
  choice_buttons(ui, "capital.kind", f.kind, kinds,
                 [&dispatch](const std::string& v) { dispatch(app::CapitalView{.kind = v}); });
  paragraph(ui, ui.tr("capital.filter_status"), true);
  choice_buttons(ui, "capital.status", f.status, statuses,
                 [&dispatch](const std::string& v) { dispatch(app::CapitalView{.status = v}); });
  paragraph(ui, ui.tr("capital.filter_year"), true);
  choice_buttons(ui, "capital.year", f.year, years,
                 [&dispatch](const std::string& v) { dispatch(app::CapitalView{.year = v}); });
}

// A disposal under review may be cancelled while its application's status allows it.
bool cancellable(const app::AppState& state, const std::string& number) {
  for (const tracking::Tracked& t : state.forms.applications.tracked) {
    if (t.number != number) continue;
    const tracking::Capabilities caps = tracking::capabilities(t.status);
    return caps.cancel || caps.withdraw;
  }
  return false;
}

void draw_operation(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const cap::Operation& op) {
  ImGui::Separator();
  paragraph(ui, ui.tr("capital.op_line", {{"date", records::display_date(op.date)},
                                          {"kind", ui.tr("capital.kind." + std::string(cap::kind_id(op.kind)))},
                                          {"amount", money(op.amount_kopecks)}}));
  std::string details =
      ui.tr("capital.op_status", {{"status", ui.tr("capital.status." + std::string(cap::status_id(op.status)))}});
  if (op.kind == cap::OperationKind::indexation)
    details +=
        " · " + ui.tr("capital.op_rate",
                      {{"rate", std::to_string(op.rate_tenths / 10) + (ui.catalog.language() == "en" ? "." : ",") +
                                    std::to_string(op.rate_tenths % 10)}});
  if (!op.purpose.empty())
    details += " · " + ui.tr("capital.op_purpose", {{"purpose", ui.tr("capital.purpose." + op.purpose)}});
  paragraph(ui, details, true);
  if (op.kind != cap::OperationKind::disposal) return;
  if (op.application_number.empty()) {
    paragraph(ui, ui.tr("capital.op_office"), true);
    return;
  }
  paragraph(ui, ui.tr("capital.op_application", {{"number", op.application_number}}), true);
  if (op.status == cap::OperationStatus::in_progress && cancellable(state, op.application_number))
    draw_cancel_application(ui, view, dispatch, op.application_number);
}

void draw_journal(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                  const cap::Account& account) {
  ImGui::Separator();
  heading(ui, ui.tr("capital.journal_heading"), 2);
  draw_filters(ui, view, state, dispatch, account);
  const std::vector<const cap::Operation*> listed = cap::filtered(account, state.capital.filter);
  const size_t shown = std::min(listed.size(), view.capital_shown);
  paragraph(ui, ui.tr("capital.count", {{"shown", shown}, {"total", listed.size()}}), true);
  if (listed.empty()) paragraph(ui, ui.tr("capital.no_operations"), true);
  for (size_t i = 0; i < shown; ++i) draw_operation(ui, view, state, dispatch, *listed[i]);
  if (shown < listed.size() && button(ui, "capital.more", ui.tr("applications.more"), {.kind = ButtonKind::secondary}))
    view.capital_shown += kCapitalPage;
}

}  // namespace

void draw_capital(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks) {
  const app::CapitalState& st = state.capital;
  heading(ui, ui.tr("capital.title"));
  paragraph(ui, ui.tr("capital.intro"), true);
  if (dispatch.capital_from_sandbox()) paragraph(ui, ui.tr("capital.sandbox_note"), true);
  if (!st.code.empty()) {
    const bool cached = st.account && st.code == "offline";
    banner(ui, "capital.code", ui.tr("capital.code." + st.code), !cached);
    if (st.code == "snils_required" &&
        button(ui, "capital.to_profile", ui.tr("records.to_profile"), {.kind = ButtonKind::secondary}))
      dispatch(app::Navigate{.section = "profile"});
  }
  if (st.account)
    paragraph(ui, ui.tr("capital.updated", {{"time", time::format_display(st.updated_ms, kMoscowOffsetMinutes)}}),
              true);
  else if (st.code.empty())
    paragraph(ui, ui.tr("capital.loading"), true);
  if (state.online && button(ui, "capital.refresh", ui.tr("capital.refresh"), {.kind = ButtonKind::link}))
    dispatch(app::CapitalView{.refresh = true});
  if (!st.account) return;
  const cap::Account& account = *st.account;

  heading(ui, ui.tr("capital.balance_line", {{"amount", money(account.balance_kopecks)}}), 2);
  if (account.reserved_kopecks > 0)
    banner(ui, "capital.reserved",
           ui.tr("capital.reserved_line",
                 {{"amount", money(account.reserved_kopecks)}, {"available", money(account.available())}}),
           false);
  if (account.available() > 0) {
    if (button(ui, "capital.dispose", ui.tr("capital.dispose")))
      dispatch(app::OpenService{.form = app::kMaternityCapitalForm});
    paragraph(ui, ui.tr("capital.dispose_hint"), true);
  }
  draw_downloads(ui, state, dispatch, hooks, account);
  ImGui::Separator();
  draw_certificate(ui, account.certificate);
  draw_journal(ui, view, state, dispatch, account);
}

}  // namespace cabinet::ui
