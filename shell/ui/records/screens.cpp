// Сведения: «Трудовая деятельность» (the work-book records with the insurance
// record length, a search and an order, CSV and PDF, «Нашли ошибку?») and
// «Выписка из лицевого счёта» (a period typed, then the opening balance, the
// operations, the year totals with ИПК and the closing balance).
#include <imgui.h>

#include <algorithm>

#include "app/records/state.hpp"
#include "json/read.hpp"
#include "pdf/text_pdf.hpp"
#include "records/dates.hpp"
#include "records/records_export.hpp"
#include "records/records_view.hpp"
#include "text/rubles.hpp"
#include "time/iso8601.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/theme.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

namespace rec = cabinet::records;

constexpr int kMoscowOffsetMinutes = 180;
constexpr size_t kOperationsDrawn = 200;  // a long statement draws its first 200; the files have them all

std::string moscow_time(int64_t ms) {
  return time::format_display(ms, kMoscowOffsetMinutes);
}

bool is_sandbox(Dispatch& dispatch) {
  return dispatch.records_from_sandbox();
}

std::string snils_of(const app::AppState& state) {
  return state.account.profile.snils;
}

void pdf_download(Ui& ui, Dispatch& dispatch, const PlatformHooks& hooks, const std::string& name, std::string text) {
  if (is_sandbox(dispatch)) text += "\n" + ui.tr("records.pdf.sandbox") + "\n";
  const pdf::TextPdf pdf = pdf::text_pdf(text, body_font_bytes(), ui.catalog.language(), ui.tr("records.pdf_footer"));
  if (pdf.ok())
    hooks.download(name, "application/pdf", pdf.bytes);
  else
    dispatch(app::ShowNotice{.kind = "error", .message = "records.pdf_failed"});
}

rec::SortOrder sort_order(const std::string& id) {
  if (id == "start_ascending") return rec::SortOrder::start_ascending;
  if (id == "employer_ascending") return rec::SortOrder::employer_ascending;
  if (id == "employer_descending") return rec::SortOrder::employer_descending;
  return rec::SortOrder::start_descending;
}

// The fund's code as a banner; «Указать СНИЛС в профиле» when the SNILS is missing.
void code_banner(Ui& ui, Dispatch& dispatch, const char* id, const std::string& code, const std::string& text) {
  banner(ui, id, text, code != "offline");
  if (code == "snils_required" && button(ui, (std::string(id) + ".to_profile").c_str(), ui.tr("records.to_profile"),
                                         {.kind = ButtonKind::secondary}))
    dispatch(app::Navigate{.section = "profile"});
}

void draw_record(Ui& ui, const rec::WorkRecord& r) {
  ImGui::Separator();
  heading(ui, r.employer, 3);
  const std::string start = rec::display_date(r.start);
  const std::string end = r.end.empty() ? ui.tr("records.end.open") : rec::display_date(r.end);
  const bool one_day = r.kind == rec::RecordKind::dismissal || (!r.end.empty() && r.end == r.start);
  std::string line = ui.tr("records.kind." + std::string(rec::kind_id(r.kind))) + " · " +
                     (one_day ? start : ui.tr("records.dates", {{"start", start}, {"end", end}}));
  if (r.part_time) line += " · " + ui.tr("records.part_time");
  paragraph(ui, line);
  paragraph(ui, ui.tr("records.position", {{"position", r.position}}));
  std::string ids = ui.tr("records.inn", {{"inn", r.employer_inn}});
  if (!r.insurer_number.empty()) ids += " · " + ui.tr("records.insurer_number", {{"number", r.insurer_number}});
  paragraph(ui, ids, true);
  if (!r.basis.empty()) paragraph(ui, ui.tr("records.basis", {{"basis", r.basis}}), true);
}

// «Нашли ошибку?»: the correction request is the service «Сообщить об ошибке в сведениях о стаже».
void draw_mistake(Ui& ui, Dispatch& dispatch) {
  ImGui::Separator();
  heading(ui, ui.tr("records.mistake.title"), 2);
  paragraph(ui, ui.tr("records.mistake.text"));
  if (button(ui, "records.mistake.report", ui.tr("records.mistake.report"), {.kind = ButtonKind::secondary}))
    dispatch(app::OpenService{.form = "work-record-error"});
}

void draw_work(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks) {
  const app::RecordsState& st = state.records;
  RecordsView& v = view.records;
  if (!st.records_code.empty()) {
    const bool cached = st.records_updated_ms != 0 && st.records_code == "offline";
    code_banner(ui, dispatch, "records.code", st.records_code,
                cached ? ui.tr("records.cached", {{"time", moscow_time(st.records_updated_ms)}})
                       : ui.tr("records.code." + st.records_code));
  } else if (st.records_updated_ms) {
    paragraph(ui, ui.tr("records.updated", {{"time", moscow_time(st.records_updated_ms)}}), true);
  }
  if (state.online && button(ui, "records.refresh", ui.tr("records.refresh"), {.kind = ButtonKind::link}))
    dispatch(app::RecordsView{.refresh = true});
  if (!st.records_updated_ms) return;  // nothing received yet: the banner says why

  const rec::LengthResult length = app::records_length(st);
  const int64_t on_day = rec::moscow_day(st.records_updated_ms);
  if (length.ok) {
    heading(ui,
            ui.tr("records.length", {{"date", rec::display_date(rec::format_day(on_day))},
                                     {"years", length.length.years},
                                     {"months", length.length.months},
                                     {"days", length.length.days}}),
            2);
    paragraph(ui, ui.tr("records.length_note"), true);
  } else {
    banner(ui, "records.length.error", ui.tr("records.code." + length.code), true);
  }
  if (st.records.empty()) {
    paragraph(ui, ui.tr("records.none"), true);
    draw_mistake(ui, dispatch);
    return;
  }

  text_field(ui, "records.search", ui.tr("records.search"), v.query,
             {.hint = ui.tr("records.search_hint"), .max_bytes = 200});
  paragraph(ui, ui.tr("records.sort.label"), true);
  std::vector<std::pair<std::string, std::string>> sorts;
  for (const char* id : {"start_descending", "start_ascending", "employer_ascending", "employer_descending"})
    sorts.emplace_back(id, ui.tr(std::string("records.sort.") + id));
  choice_buttons(ui, "records.sort", v.sort, sorts, [&v](const std::string& sort) { v.sort = sort; });

  const rec::SortOrder order = sort_order(v.sort);
  const std::vector<size_t> shown = rec::arrange(st.records, v.query, order);
  paragraph(ui, ui.tr("records.found", {{"count", shown.size()}, {"total", st.records.size()}}), true);
  if (hooks.download && length.ok) {
    // The files hold every record (not only those found), in the chosen order.
    const auto every = [&st, order] {
      std::vector<rec::WorkRecord> all;
      for (size_t i : rec::arrange(st.records, "", order)) all.push_back(st.records[i]);
      return all;
    };
    if (button(ui, "records.export_csv", ui.tr("records.export_csv"), {.kind = ButtonKind::secondary})) {
      dispatch(app::RecordExport{.what = "records_csv"});
      hooks.download("records.csv", "text/csv;charset=utf-8", rec::records_csv(every(), ui.catalog));
    }
    same_line_if_fits(ui.tr("records.export_pdf"));
    if (button(ui, "records.export_pdf", ui.tr("records.export_pdf"), {.kind = ButtonKind::secondary})) {
      dispatch(app::RecordExport{.what = "records_pdf"});
      pdf_download(ui, dispatch, hooks, "records.pdf",
                   rec::records_pdf_text(every(), length.length, snils_of(state), on_day, ui.catalog));
    }
  }
  if (shown.empty()) paragraph(ui, ui.tr("records.nothing_found"), true);
  for (size_t i : shown) draw_record(ui, st.records[i]);
  draw_mistake(ui, dispatch);
}

void draw_operation(Ui& ui, const rec::Operation& op) {
  ImGui::Separator();
  paragraph(ui, ui.tr("records.statement.operation",
                      {{"date", rec::display_date(op.date)},
                       {"operation", ui.tr("records.operation." + std::string(rec::kind_id(op.kind)))},
                       {"amount", text::format_rubles(op.amount_kopecks)}}));
  paragraph(ui, ui.tr("records.statement.source", {{"source", op.source}, {"inn", op.source_inn}}), true);
  paragraph(ui,
            ui.tr("records.statement.period",
                  {{"from", rec::display_date(op.period_from)}, {"to", rec::display_date(op.period_to)}}),
            true);
}

void draw_statement(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                    const PlatformHooks& hooks) {
  const app::RecordsState& st = state.records;
  RecordsView& v = view.records;
  // After a restart the last statement's period is typed back in, once (emptied fields stay empty).
  if (st.statement && !v.period_prefilled && v.from.empty() && v.to.empty()) {
    v.period_prefilled = true;
    v.from = rec::display_date(st.statement->from);
    v.to = rec::display_date(st.statement->to);
  }
  paragraph(ui, ui.tr("records.statement.intro"), true);
  text_field(ui, "records.from", ui.tr("records.statement.from"), v.from,
             {.hint = ui.tr("records.statement.date_hint"),
              .error = field_error_text(ui, state, "records.from"),
              .input = "numeric",
              .max_bytes = 40});
  text_field(ui, "records.to", ui.tr("records.statement.to"), v.to,
             {.hint = ui.tr("records.statement.date_hint"),
              .error = field_error_text(ui, state, "records.to"),
              .input = "numeric",
              .max_bytes = 40});
  if (button(ui, "records.statement.make", ui.tr("records.statement.make")))
    dispatch(app::RecordsStatement{.from = v.from, .to = v.to});
  if (!st.statement_code.empty())
    code_banner(ui, dispatch, "records.statement.code", st.statement_code, ui.tr("records.code." + st.statement_code));
  if (!st.statement) return;

  const rec::Statement& s = *st.statement;
  ImGui::Separator();
  heading(ui, ui.tr("records.statement.title", {{"from", rec::display_date(s.from)}, {"to", rec::display_date(s.to)}}),
          2);
  paragraph(ui, ui.tr("records.statement.made", {{"time", moscow_time(st.statement_made_ms)}}), true);
  if (hooks.download) {
    if (button(ui, "records.statement.export_csv", ui.tr("records.export_csv"), {.kind = ButtonKind::secondary})) {
      dispatch(app::RecordExport{.what = "statement_csv"});
      hooks.download("statement.csv", "text/csv;charset=utf-8", rec::statement_csv(s, ui.catalog));
    }
    same_line_if_fits(ui.tr("records.export_pdf"));
    if (button(ui, "records.statement.export_pdf", ui.tr("records.export_pdf"), {.kind = ButtonKind::secondary})) {
      dispatch(app::RecordExport{.what = "statement_pdf"});
      pdf_download(ui, dispatch, hooks, "statement.pdf", rec::statement_pdf_text(s, snils_of(state), ui.catalog));
    }
  }
  heading(ui,
          ui.tr("records.statement.opening_line",
                {{"date", rec::display_date(s.from)}, {"amount", text::format_rubles(s.opening_kopecks)}}),
          3);
  heading(ui, ui.tr("records.statement.operations_heading", {{"count", s.operations.size()}}), 3);
  if (s.operations.empty()) paragraph(ui, ui.tr("records.statement.no_operations"), true);
  const size_t drawn = std::min(s.operations.size(), kOperationsDrawn);
  for (size_t i = 0; i < drawn; ++i) draw_operation(ui, s.operations[i]);
  if (drawn < s.operations.size())
    banner(ui, "records.statement.hidden",
           ui.tr("records.statement.hidden", {{"shown", drawn}, {"total", s.operations.size()}}), false);
  if (!s.years.empty()) {
    ImGui::Separator();
    heading(ui, ui.tr("records.statement.years_heading"), 3);
    for (const rec::YearTotal& y : s.years) {
      const nlohmann::json params = {
          {"year", y.year},
          {"amount", text::format_rubles(y.contributions_kopecks)},
          {"ipk", y.ipk_thousandths ? rec::format_ipk(*y.ipk_thousandths, ui.catalog.language()) : ""}};
      paragraph(ui, ui.tr(y.ipk_thousandths ? "records.statement.year" : "records.statement.year_no_ipk", params));
    }
    paragraph(ui, ui.tr("records.statement.ipk_note"), true);
  }
  ImGui::Separator();
  heading(ui,
          ui.tr("records.statement.closing_line",
                {{"date", rec::display_date(s.to)}, {"amount", text::format_rubles(s.closing_kopecks)}}),
          3);
}

}  // namespace

void draw_records(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks) {
  const app::RecordsState& st = state.records;
  heading(ui, ui.tr("records.title"));
  if (view.records.page != st.tab) view.reset_scroll = true;  // a new tab starts at its top
  view.records.page = st.tab;
  paragraph(ui, ui.tr("records.intro"), true);
  if (is_sandbox(dispatch)) paragraph(ui, ui.tr("records.sandbox"), true);
  choice_buttons(ui, "records.tab", st.tab,
                 {{"work", ui.tr("records.tab.work")}, {"statement", ui.tr("records.tab.statement")}},
                 [&dispatch](const std::string& tab) { dispatch(app::RecordsView{.tab = tab}); });
  if (st.tab == "statement")
    draw_statement(ui, view, state, dispatch, hooks);
  else
    draw_work(ui, view, state, dispatch, hooks);
}

}  // namespace cabinet::ui
