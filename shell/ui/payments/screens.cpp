// Платежи: «Начисления» (the charges for the citizen's SNILS and INN, ticks
// to pay several with one sum, «Оплатить»), the payment panel (the payee's
// details to check, the method, the SMS code) and «История платежей» (filters,
// CSV and PDF, the receipt, the archive of operations older than 12 months).
#include <imgui.h>

#include <algorithm>

#include "app/documents/state.hpp"
#include "app/payments/state.hpp"
#include "pdf/text_pdf.hpp"
#include "text/rubles.hpp"
#include "time/iso8601.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/theme.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

namespace pay = cabinet::payments;

constexpr int kMoscowOffsetMinutes = 180;

std::string moscow_time(int64_t ms) {
  return time::format_display(ms, kMoscowOffsetMinutes);
}

std::string error_of(const Ui& ui, const app::AppState& state, const std::string& field) {
  return field_error_text(ui, state, "payments." + field);
}

void error_banner(Ui& ui, const app::AppState& state, const std::string& field) {
  if (const std::string error = error_of(ui, state, field); !error.empty())
    banner(ui, ("payments." + field + ".error").c_str(), error, true);
}

void pdf_download(Ui& ui, Dispatch& dispatch, const PlatformHooks& hooks, const std::string& name,
                  const std::string& text) {
  const pdf::TextPdf pdf = pdf::text_pdf(text, body_font_bytes(), ui.catalog.language(), ui.tr("payments.pdf_footer"));
  if (pdf.ok())
    hooks.download(name, "application/pdf", pdf.bytes);
  else
    dispatch(app::ShowNotice{.kind = "error", .message = "payments.pdf_failed"});
}

// «Реквизиты»: what the citizen checks before paying (and finds again in the receipt).
void draw_details(Ui& ui, const pay::Charge& c) {
  const auto line = [&](const char* key, const std::string& value) {
    if (!value.empty()) paragraph(ui, ui.tr(std::string("payments.receipt.") + key) + ": " + value, true);
  };
  paragraph(ui, c.purpose + " — " + text::format_rubles(c.amount));
  line("basis", c.basis);
  line("uin", c.uin);
  line("payee", c.payee.name);
  line("inn_kpp", c.payee.inn + " / " + c.payee.kpp);
  line("bank", c.payee.bank);
  line("bik", c.payee.bik);
  line("account", c.payee.account);
  line("kbk", c.payee.kbk);
  line("oktmo", c.payee.oktmo);
}

// One detail of the method: `member` is where PaymentsDraft carries it.
void draft_field(Ui& ui, const app::AppState& state, Dispatch& dispatch, const char* name,
                 std::optional<std::string> app::PaymentsDraft::*member, std::string value, FieldOptions options) {
  options.error = error_of(ui, state, name);
  const std::string id = std::string("payments.field.") + name;
  if (!text_field(ui, id.c_str(), ui.tr(id), value, options)) return;
  app::PaymentsDraft typed;
  typed.*member = value;
  dispatch(typed);
}

void draw_method(Ui& ui, const app::AppState& state, Dispatch& dispatch, const app::PaymentDraft& d) {
  paragraph(ui, ui.tr("payments.field.method"), true);
  for (const char* method : pay::kPaymentMethods) {
    const std::string id = std::string("payments.method.") + method;
    if (radio(ui, id.c_str(), ui.tr(id), d.method == method)) dispatch(app::PaymentsDraft{.method = method});
  }
  if (d.method == "card") {
    draft_field(ui, state, dispatch, "card_number", &app::PaymentsDraft::card_number, d.card_number,
                {.hint = ui.tr("payments.field.card_number_hint"),
                 .input = "numeric",
                 .autocomplete = "cc-number",
                 .max_bytes = 40});
    draft_field(ui, state, dispatch, "card_expiry", &app::PaymentsDraft::card_expiry, d.card_expiry,
                {.hint = ui.tr("payments.field.card_expiry_hint"),
                 .input = "numeric",
                 .autocomplete = "cc-exp",
                 .max_bytes = 16});
    draft_field(ui, state, dispatch, "card_holder", &app::PaymentsDraft::card_holder, d.card_holder,
                {.hint = ui.tr("payments.field.card_holder_hint"), .autocomplete = "cc-name", .max_bytes = 80});
  } else if (d.method == "wallet") {
    draft_field(
        ui, state, dispatch, "wallet_phone", &app::PaymentsDraft::wallet_phone, d.wallet_phone,
        {.hint = ui.tr("payments.field.wallet_phone_hint"), .input = "tel", .autocomplete = "tel", .max_bytes = 80});
  } else if (d.method == "account") {
    draft_field(ui, state, dispatch, "bik", &app::PaymentsDraft::bik, d.bik,
                {.hint = ui.tr("payments.field.bik_hint"), .input = "numeric", .max_bytes = 40});
    draft_field(ui, state, dispatch, "account", &app::PaymentsDraft::account, d.account,
                {.hint = ui.tr("payments.field.account_hint"), .input = "numeric", .max_bytes = 60});
  } else {
    paragraph(ui, ui.tr("payments.sbp_text"), true);
  }
}

void draw_panel(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  const app::PaymentDraft& d = state.payments.draft;
  const std::string total = text::format_rubles(app::charges_total(state.payments, d.uins));
  heading(ui, ui.tr("payments.panel.title"), 2);
  heading(ui, ui.tr("payments.panel.check"), 3);
  for (const std::string& uin : d.uins) {
    if (const pay::Charge* c = app::find_charge(state.payments, uin)) {
      ImGui::Separator();
      draw_details(ui, *c);
    }
  }
  ImGui::Separator();
  heading(ui, ui.tr("payments.panel.total", {{"total", total}}), 3);
  if (d.awaiting_answer) {
    error_banner(ui, state, "submit");
    if (button(ui, "payments.check", ui.tr("payments.check"))) dispatch(app::PaymentCheck{});
  } else {
    draw_method(ui, state, dispatch, d);
    if (d.code_sent_to.empty()) {
      error_banner(ui, state, "code");
      error_banner(ui, state, "submit");
      if (button(ui, "payments.request_code", ui.tr("payments.request_code"))) dispatch(app::PaymentsRequestCode{});
    } else {
      paragraph(ui, ui.tr("payments.code_sent", {{"to", d.code_sent_to}}), true);
      text_field(ui, "payments.field.code", ui.tr("payments.field.code"), view.payment_code,
                 {.hint = ui.tr("payments.field.code_hint"),
                  .error = error_of(ui, state, "code"),
                  .input = "numeric",
                  .autocomplete = "one-time-code",
                  .max_bytes = 16});
      error_banner(ui, state, "submit");
      if (button(ui, "payments.confirm", ui.tr("payments.confirm", {{"total", total}}))) {
        dispatch(app::PaymentConfirm{.code = view.payment_code});
        view.payment_code.clear();
      }
      same_line_if_fits(ui.tr("payments.resend"));
      if (button(ui, "payments.resend", ui.tr("payments.resend"), {.kind = ButtonKind::link}))
        dispatch(app::PaymentsRequestCode{});
    }
  }
  if (button(ui, "payments.cancel", ui.tr("payments.cancel"), {.kind = ButtonKind::secondary})) {
    dispatch(app::PaymentsPanelClose{});
    view.payment_code.clear();
  }
}

void draw_charge(Ui& ui, const app::AppState& state, Dispatch& dispatch, const pay::Charge& c) {
  const std::string prefix = "payments.charge." + c.uin;
  ImGui::Separator();
  bool ticked =
      std::find(state.payments.selected.begin(), state.payments.selected.end(), c.uin) != state.payments.selected.end();
  if (checkbox(ui, (prefix + ".select").c_str(), c.purpose + " — " + text::format_rubles(c.amount), ticked))
    dispatch(app::PaymentsSelect{.uin = c.uin, .selected = ticked});
  paragraph(ui,
            ui.tr("payments.charge_dates", {{"kind", ui.tr("payments.kind." + c.kind)},
                                            {"issued", app::display_iso_date(c.issued)},
                                            {"due", app::display_iso_date(c.due)}}),
            true);
  const std::string today = time::format_iso_utc(state.now_ms + kMoscowOffsetMinutes * 60'000LL).substr(0, 10);
  if (c.due < today) banner(ui, (prefix + ".overdue").c_str(), ui.tr("payments.overdue"), true);
  paragraph(ui, ui.tr("payments.receipt.basis") + ": " + c.basis, true);
  paragraph(ui, ui.tr("payments.receipt.payee") + ": " + c.payee.name, true);
  paragraph(ui, ui.tr("payments.receipt.uin") + ": " + c.uin, true);
  if (button(ui, (prefix + ".pay").c_str(), ui.tr("payments.pay_one"), {.kind = ButtonKind::secondary}))
    dispatch(app::PaymentsPay{.uin = c.uin});
}

void draw_charges(Ui& ui, const app::AppState& state, Dispatch& dispatch) {
  const app::PaymentsState& st = state.payments;
  if (!st.charges_code.empty()) {
    nlohmann::json params = {{"time", st.charges_updated_ms ? moscow_time(st.charges_updated_ms) : ""}};
    const bool cached = st.charges_updated_ms != 0 && st.charges_code == "offline";
    banner(ui, "payments.charges_code",
           ui.tr(cached ? "payments.charges_cached" : "payments.code." + st.charges_code, params),
           st.charges_code != "offline");
    if (st.charges_code == "snils_required" &&
        button(ui, "payments.to_profile", ui.tr("payments.to_profile"), {.kind = ButtonKind::secondary}))
      dispatch(app::Navigate{.section = "profile"});
  } else if (st.charges_updated_ms) {
    paragraph(ui, ui.tr("payments.updated", {{"time", moscow_time(st.charges_updated_ms)}}), true);
  }
  if (state.online && button(ui, "payments.refresh", ui.tr("payments.refresh"), {.kind = ButtonKind::link}))
    dispatch(app::PaymentsView{.refresh = true});
  const std::vector<const pay::Charge*> unpaid = app::unpaid_charges(st);
  if (st.charges_updated_ms && unpaid.empty()) paragraph(ui, ui.tr("payments.none"), true);
  for (const pay::Charge* c : unpaid) draw_charge(ui, state, dispatch, *c);
  if (unpaid.empty()) return;
  ImGui::Separator();
  error_banner(ui, state, "selection");
  if (st.selected.empty()) return paragraph(ui, ui.tr("payments.pay_selected_none"), true);
  const int64_t total = app::charges_total(st, st.selected);
  if (button(ui, "payments.pay_selected",
             ui.tr("payments.pay_selected", {{"count", st.selected.size()}, {"total", text::format_rubles(total)}})))
    dispatch(app::PaymentsPay{});
}

void draw_payment(Ui& ui, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
                  const app::Payment& p) {
  const std::string prefix = "payments.history." + p.id;
  const bool opened = state.payments.opened == p.id;
  ImGui::Separator();
  heading(ui,
          ui.tr("payments.entry_title", {{"time", moscow_time(p.time_ms)},
                                         {"amount", text::format_rubles(p.amount)},
                                         {"status", ui.tr("payments.status." + p.status)}}),
          3);
  paragraph(ui, ui.tr("payments.receipt.payee") + ": " + app::payment_payees(p), true);
  paragraph(ui, ui.tr("payments.receipt.purpose") + ": " + app::payment_purposes(p), true);
  if (p.status == "declined")
    banner(ui, (prefix + ".reason").c_str(), ui.tr("payments.code." + (p.code.empty() ? "unknown" : p.code)), true);
  if (opened) {
    if (!p.transaction.empty()) paragraph(ui, ui.tr("payments.receipt.transaction") + ": " + p.transaction);
    paragraph(ui, ui.tr("payments.receipt.method") + ": " + app::method_label(p, ui.catalog));
    for (const pay::Charge& c : p.charges) {
      ImGui::Separator();
      draw_details(ui, c);
    }
  }
  const std::string toggle = ui.tr(opened ? "payments.less" : "payments.more");
  if (button(ui, (prefix + ".open").c_str(), toggle, {.kind = ButtonKind::link, .expanded = opened ? 1 : 0}))
    dispatch(app::PaymentsView{.opened = opened ? "" : p.id});
  if (p.status == "paid" && hooks.download) {
    same_line_if_fits(ui.tr("payments.receipt_download"));
    if (button(ui, (prefix + ".receipt").c_str(), ui.tr("payments.receipt_download"),
               {.kind = ButtonKind::secondary})) {
      dispatch(app::RecordExport{.what = "payment_receipt"});
      pdf_download(ui, dispatch, hooks, "receipt-" + (p.transaction.empty() ? p.id : p.transaction) + ".pdf",
                   app::receipt_text(p, ui.catalog));
    }
  }
}

void draw_filters(Ui& ui, PaymentsView& v, const TypedPeriod& period) {
  period_fields(ui, "payments.filter", v.from, v.to, period);
  std::vector<std::pair<std::string, std::string>> kinds = {{"", ui.tr("payments.filter.any_kind")}};
  for (const char* kind : pay::kChargeKinds) kinds.emplace_back(kind, ui.tr(std::string("payments.kind.") + kind));
  paragraph(ui, ui.tr("payments.filter.kind"), true);
  choice_buttons(ui, "payments.filter.kind", v.kind, kinds, [&v](const std::string& kind) { v.kind = kind; });
  paragraph(ui, ui.tr("payments.filter.status"), true);
  choice_buttons(ui, "payments.filter.status", v.status,
                 {{"", ui.tr("payments.filter.any_status")},
                  {"paid", ui.tr("payments.status.paid")},
                  {"declined", ui.tr("payments.status.declined")}},
                 [&v](const std::string& status) { v.status = status; });
}

void draw_history(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks) {
  const app::PaymentsState& st = state.payments;
  PaymentsView& v = view.payments;
  const TypedPeriod period = typed_period(ui, v.from, v.to);
  const app::PaymentsFilter filter{
      .from_ms = period.from_ms, .until_ms = period.until_ms, .kind = v.kind, .status = v.status};
  if (st.show_archive) {
    heading(ui, ui.tr("payments.archive_title"), 2);
    paragraph(ui, ui.tr("payments.archive_text"), true);
    if (button(ui, "payments.archive_back", ui.tr("payments.archive_back"), {.kind = ButtonKind::link}))
      dispatch(app::PaymentsView{.show_archive = false});
  }
  // The filters fold away, so a payment just made is seen without scrolling; folded, they still apply.
  const bool filtering = !v.from.empty() || !v.to.empty() || !v.kind.empty() || !v.status.empty();
  const std::string toggle = ui.tr(v.filters_open ? "payments.filters_hide"
                                   : filtering    ? "payments.filters_on"
                                                  : "payments.filters");
  if (button(ui, "payments.filters", toggle, {.kind = ButtonKind::secondary, .expanded = v.filters_open ? 1 : 0}))
    v.filters_open = !v.filters_open;
  if (v.filters_open) draw_filters(ui, v, period);
  const std::vector<const app::Payment*> list = app::listed_payments(st, filter, state.now_ms, st.show_archive);
  paragraph(ui, ui.tr("payments.count", {{"count", list.size()}}), true);
  if (hooks.download && !list.empty()) {
    if (button(ui, "payments.export_csv", ui.tr("payments.export_csv"), {.kind = ButtonKind::secondary})) {
      dispatch(app::RecordExport{.what = "payments_csv"});
      hooks.download("payments.csv", "text/csv;charset=utf-8", app::payments_csv(list, ui.catalog));
    }
    same_line_if_fits(ui.tr("payments.export_pdf"));
    if (button(ui, "payments.export_pdf", ui.tr("payments.export_pdf"), {.kind = ButtonKind::secondary})) {
      dispatch(app::RecordExport{.what = "payments_pdf"});
      pdf_download(ui, dispatch, hooks, "payments.pdf", app::payments_report_text(list, ui.catalog, state.now_ms));
    }
  }
  if (list.empty()) paragraph(ui, ui.tr(st.history.empty() ? "payments.history_empty" : "payments.history_none"), true);
  // Newest first; a long history draws its latest 200 (the filters reach the rest).
  for (size_t i = 0; i < std::min<size_t>(list.size(), 200); ++i) draw_payment(ui, state, dispatch, hooks, *list[i]);
  const size_t archived = app::archived_count(st, state.now_ms);
  if (!st.show_archive && archived > 0) {
    ImGui::Separator();
    if (button(ui, "payments.archive", ui.tr("payments.archive", {{"count", archived}}), {.kind = ButtonKind::link}))
      dispatch(app::PaymentsView{.show_archive = true});
  }
}

}  // namespace

void draw_payments(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                   const PlatformHooks& hooks) {
  const app::PaymentsState& st = state.payments;
  heading(ui, ui.tr("payments.title"));
  const std::string page = st.panel_open ? "panel" : st.tab + (st.show_archive ? ".archive" : "");
  if (view.payments.page != page) view.reset_scroll = true;  // a new page starts at its top
  view.payments.page = page;
  if (st.panel_open) {
    draw_panel(ui, view, state, dispatch);
    return;
  }
  paragraph(ui, ui.tr("payments.intro"), true);
  paragraph(ui, ui.tr("payments.sandbox"), true);
  const size_t unpaid = app::unpaid_charges(st).size();
  choice_buttons(
      ui, "payments.tab", st.tab,
      {{"charges", ui.tr("payments.tab.charges", {{"count", unpaid}})}, {"history", ui.tr("payments.tab.history")}},
      [&dispatch](const std::string& tab) { dispatch(app::PaymentsView{.tab = tab}); });
  if (st.tab == "history")
    draw_history(ui, view, state, dispatch, hooks);
  else
    draw_charges(ui, state, dispatch);
}

}  // namespace cabinet::ui
