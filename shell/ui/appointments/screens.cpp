// Запись на приём: the booking panel (question, region, client office, day,
// free time, contacts) and «Мои записи» with «Скачать подтверждение (PDF)»,
// «Изменить запись» and «Отменить запись» (confirmed); past and cancelled
// ones fold away.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <map>

#include "app/appointments/state.hpp"
#include "appointments/schedule.hpp"
#include "ids/ids.hpp"
#include "pdf/text_pdf.hpp"
#include "time/iso8601.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/theme.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

namespace ap = cabinet::appointments;

constexpr int kMoscowOffsetMinutes = 180;

std::string zone_text(const Ui& ui, int offset) {
  if (offset == kMoscowOffsetMinutes) return ui.tr("appointments.zone_msk");
  const int hours = (offset - kMoscowOffsetMinutes) / 60;
  return ui.tr("appointments.zone_offset", {{"offset", (hours > 0 ? "+" : "") + std::to_string(hours)}});
}

std::string hhmm(int minutes) {
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
  return text;
}

std::string interval_text(const ap::Interval& i) {
  return hhmm(i.from) + "–" + hhmm(i.to);
}

// "пн–чт 09:00–18:00, пт 09:00–16:45": consecutive days with the same hours together.
std::string hours_text(const Ui& ui, const ap::Office& office) {
  std::string out;
  for (int day = 0; day < 7;) {
    const auto& hours = office.hours[static_cast<size_t>(day)];
    int last = day;
    while (last + 1 < 7 && office.hours[static_cast<size_t>(last + 1)].has_value() == hours.has_value() &&
           (!hours || (office.hours[static_cast<size_t>(last + 1)]->from == hours->from &&
                       office.hours[static_cast<size_t>(last + 1)]->to == hours->to)))
      ++last;
    if (hours) {
      if (!out.empty()) out += ", ";
      out += ui.tr("appointments.weekday." + std::to_string(day));
      if (last > day) out += "–" + ui.tr("appointments.weekday." + std::to_string(last));
      out += " " + interval_text(*hours);
    }
    day = last + 1;
  }
  return out;
}

// {weekday, date, time, zone} of a visit in the office's local time.
nlohmann::json visit_params(const Ui& ui, const ap::Office* office, int64_t start_ms) {
  const int offset = office ? ap::offices().utc_offset(*office) : kMoscowOffsetMinutes;
  return {{"weekday", ui.tr("appointments.weekday." + std::to_string(ap::local_weekday(start_ms, offset)))},
          {"date", time::format_display(start_ms, offset).substr(0, 10)},
          {"time", ap::local_time(start_ms, offset)},
          {"zone", zone_text(ui, offset)}};
}

std::string error_of(const Ui& ui, const app::AppState& state, const std::string& field) {
  return field_error_text(ui, state, "appointments." + field);
}

void error_banner(Ui& ui, const app::AppState& state, const std::string& field) {
  if (const std::string error = error_of(ui, state, field); !error.empty())
    banner(ui, ("appointments." + field + ".error").c_str(), error, true);
}

// One contact field of the panel: `member` is where AppointmentsDraft carries it.
void draft_field(Ui& ui, const app::AppState& state, Dispatch& dispatch, const char* name,
                 std::optional<std::string> app::AppointmentsDraft::*member, std::string value, FieldOptions options) {
  options.error = error_of(ui, state, name);
  const std::string id = std::string("appointments.field.") + name;
  if (!text_field(ui, id.c_str(), ui.tr(id), value, options)) return;
  app::AppointmentsDraft typed;
  typed.*member = value;
  dispatch(typed);
}

void draw_place(Ui& ui, const app::AppState& state, Dispatch& dispatch, const app::BookingDraft& d) {
  const ap::OfficeData& data = ap::offices();
  paragraph(ui, ui.tr("appointments.field.service"), true);
  for (const char* service : ap::kServices) {
    const std::string id = std::string("appointments.service.") + service;
    if (radio(ui, id.c_str(), ui.tr(id), d.service == service)) dispatch(app::AppointmentsDraft{.service = service});
  }
  error_banner(ui, state, "service");
  paragraph(ui, ui.tr("appointments.field.region"), true);
  for (const ap::Region& region : data.regions) {
    const std::string id = "appointments.region." + region.code;
    if (radio(ui, id.c_str(), region.name.in(state.language), d.region == region.code))
      dispatch(app::AppointmentsDraft{.region = region.code});
  }
  error_banner(ui, state, "region");
  if (d.region.empty() || d.service.empty()) return;
  paragraph(ui, ui.tr("appointments.field.office"), true);
  bool any = false;
  for (const ap::Office& office : data.offices) {
    if (office.region != d.region || !office.offers(d.service)) continue;
    any = true;
    const std::string id = "appointments.office." + office.id;
    const std::string label = ui.tr("appointments.office_option", {{"name", office.name.in(state.language)},
                                                                   {"address", office.address.in(state.language)}});
    if (radio(ui, id.c_str(), label, d.office == office.id)) dispatch(app::AppointmentsDraft{.office = office.id});
  }
  if (!any) paragraph(ui, ui.tr("appointments.no_office"), true);
  error_banner(ui, state, "office");
}

void draw_times(Ui& ui, const app::AppState& state, Dispatch& dispatch, const app::BookingDraft& d,
                const ap::Office& office) {
  const int offset = ap::offices().utc_offset(office);
  if (d.slots_code == "offline") {
    banner(ui, "appointments.slots_offline", ui.tr("appointments.slots_offline"), false);
  } else if (d.slots_code != "ok") {
    paragraph(ui, ui.tr("appointments.slots_failed"), true);
  } else if (d.slots.empty()) {
    paragraph(ui, ui.tr("appointments.slots_none", {{"days", ap::kBookingDays}}), true);
  } else {
    std::map<std::string, int> per_day;
    for (const ap::FreeSlot& slot : d.slots) ++per_day[ap::local_iso_date(slot.start_ms, offset)];
    heading(ui, ui.tr("appointments.field.day"), 3);
    std::vector<std::pair<std::string, std::string>> days;
    for (const auto& entry : per_day) {
      const std::string& day = entry.first;
      const auto first = std::find_if(d.slots.begin(), d.slots.end(), [&](const ap::FreeSlot& slot) {
        return ap::local_iso_date(slot.start_ms, offset) == day;
      });
      nlohmann::json params = visit_params(ui, &office, first->start_ms);
      params["count"] = entry.second;
      days.emplace_back(day, ui.tr("appointments.day_option", params));
    }
    choice_buttons(ui, "appointments.day", d.day, days,
                   [&dispatch](const std::string& day) { dispatch(app::AppointmentsDraft{.day = day}); });
    heading(ui, ui.tr("appointments.field.time"), 3);
    std::vector<std::pair<std::string, std::string>> times;
    std::map<std::string, int64_t> starts;
    std::string chosen;
    for (const ap::FreeSlot& slot : d.slots) {
      if (ap::local_iso_date(slot.start_ms, offset) != d.day) continue;
      const std::string at = ap::local_time(slot.start_ms, offset);
      times.emplace_back(at, at);
      starts[at] = slot.start_ms;
      if (slot.start_ms == d.start_ms) chosen = at;
    }
    choice_buttons(ui, "appointments.time", chosen, times, [&dispatch, &starts](const std::string& at) {
      dispatch(app::AppointmentsDraft{.start_ms = starts[at]});
    });
    if (d.start_ms != 0) paragraph(ui, ui.tr("appointments.chosen", visit_params(ui, &office, d.start_ms)));
  }
  error_banner(ui, state, "slot");
  if (state.online && button(ui, "appointments.refresh", ui.tr("appointments.refresh"), {.kind = ButtonKind::link}))
    dispatch(app::AppointmentsRefresh{});
}

void draw_panel(Ui& ui, const app::AppState& state, Dispatch& dispatch) {
  const app::BookingDraft& d = state.appointments.draft;
  const ap::OfficeData& data = ap::offices();
  heading(ui, ui.tr("appointments.panel." + d.mode, {{"number", d.target}}), 2);
  paragraph(ui, ui.tr("appointments.panel_text." + d.mode), true);
  if (data.offices.empty()) {
    banner(ui, "appointments.no_offices_data", ui.tr("appointments.no_offices_data"), true);
  } else if (d.mode == "new") {
    draw_place(ui, state, dispatch, d);
  } else if (const ap::Office* office = data.office(d.office)) {
    paragraph(ui, ui.tr("appointments.service." + d.service));
    paragraph(ui, ui.tr("appointments.office_option",
                        {{"name", office->name.in(state.language)}, {"address", office->address.in(state.language)}}));
  }
  if (const ap::Office* office = data.office(d.office); office && office->offers(d.service)) {
    const std::string key = office->pause ? "appointments.office_info" : "appointments.office_info_no_pause";
    paragraph(ui,
              ui.tr(key, {{"hours", hours_text(ui, *office)},
                          {"pause", office->pause ? interval_text(*office->pause) : ""},
                          {"phone", office->phone},
                          {"zone", zone_text(ui, data.utc_offset(*office))}}),
              true);
    draw_times(ui, state, dispatch, d, *office);
  }
  if (d.mode == "new") {
    draft_field(
        ui, state, dispatch, "phone", &app::AppointmentsDraft::phone, d.phone,
        {.hint = ui.tr("appointments.field.phone_hint"), .input = "tel", .autocomplete = "tel", .max_bytes = 80});
    draft_field(
        ui, state, dispatch, "email", &app::AppointmentsDraft::email, d.email,
        {.hint = ui.tr("appointments.field.email_hint"), .input = "email", .autocomplete = "email", .max_bytes = 400});
    draft_field(ui, state, dispatch, "comment", &app::AppointmentsDraft::comment, d.comment,
                {.hint = ui.tr("appointments.field.comment_hint"),
                 .max_bytes = 4 * app::kAppointmentCommentMax,
                 .multiline = true});
  }
  error_banner(ui, state, "submit");
  const app::FieldError* submit_error = app::find_error(state, "appointments.submit");
  if (submit_error && submit_error->code == "appointments.error.consent" &&
      button(ui, "appointments.give_consent", ui.tr("appointments.give_consent"), {.kind = ButtonKind::secondary}))
    dispatch(app::ConsentStart{.op = "give", .template_id = "application_processing", .return_to = "appointments"});
  if (button(ui, "appointments.submit", ui.tr("appointments.submit." + d.mode))) dispatch(app::AppointmentSubmit{});
  same_line_if_fits(ui.tr("appointments.cancel"));
  if (button(ui, "appointments.cancel", ui.tr("appointments.cancel"), {.kind = ButtonKind::secondary}))
    dispatch(app::AppointmentsPanelClose{});
}

std::string contacts_text(const app::Appointment& a) {
  const std::string phone = ids::display_phone(a.phone);
  return a.email.empty() ? phone : phone + ", " + a.email;
}

// The confirmation the seeds describe: number, date and time, the office; to save or print.
std::string confirmation_text(const Ui& ui, const app::AppState& state, const app::Appointment& a) {
  const ap::Office* office = ap::offices().office(a.office);
  const std::string status =
      ui.tr("appointments.status." + std::string(app::visit_state_id(app::visit_state(a, state.now_ms))));
  std::string text = ui.tr("appointments.pdf.title") + "\n\n";
  const auto line = [&](const char* key, const nlohmann::json& params) { text += ui.tr(key, params) + "\n"; };
  line("appointments.pdf.number", {{"number", a.number}});
  line("appointments.pdf.service", {{"service", ui.tr("appointments.service." + a.service)}});
  if (office) {
    line("appointments.pdf.office", {{"office", office->name.in(state.language)}});
    line("appointments.pdf.address", {{"address", office->address.in(state.language)}});
    line("appointments.pdf.phone", {{"phone", office->phone}});
  }
  line("appointments.pdf.when", visit_params(ui, office, a.start_ms));
  line("appointments.pdf.contacts", {{"contacts", contacts_text(a)}});
  line("appointments.pdf.status", {{"status", status}});
  text += "\n";
  line("appointments.pdf.bring", nlohmann::json::object());
  line("appointments.pdf.made", {{"time", time::format_display(state.now_ms, kMoscowOffsetMinutes)}});
  return text;
}

void draw_actions(Ui& ui, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
                  const app::Appointment& a) {
  const std::string prefix = "appointments." + a.number;
  const ap::Office* office = ap::offices().office(a.office);
  if (state.appointments.confirm_cancel == a.number) {
    nlohmann::json params = visit_params(ui, office, a.start_ms);
    params["number"] = a.number;
    const Answer answer = confirm_question(ui, prefix + ".confirm_cancel", ui.tr("appointments.confirm_cancel", params),
                                           "appointments.confirm_cancel", ui.tr("appointments.confirm_cancel_yes"),
                                           ui.tr("appointments.confirm_cancel_no"));
    if (answer == Answer::yes) dispatch(app::AppointmentCancelConfirm{a.number});
    if (answer == Answer::no) dispatch(app::AppointmentCancelAbort{});
    return;
  }
  bool first = true;
  if (hooks.download && a.status == "booked") {
    if (button(ui, (prefix + ".download").c_str(), ui.tr("appointments.action.download"),
               {.kind = ButtonKind::secondary})) {
      const pdf::TextPdf pdf = pdf::text_pdf(confirmation_text(ui, state, a), body_font_bytes(), ui.catalog.language(),
                                             ui.tr("appointments.pdf.footer"));
      if (pdf.ok())
        hooks.download("appointment-" + a.number + ".pdf", "application/pdf", pdf.bytes);
      else
        dispatch(app::ShowNotice{.kind = "error", .message = "appointments.pdf_failed"});
    }
    first = false;
  }
  if (app::visit_state(a, state.now_ms) != app::VisitState::upcoming) return;
  for (const char* action : {"reschedule", "cancel"}) {
    const std::string label = ui.tr(std::string("appointments.action.") + action);
    if (!first) same_line_if_fits(label);
    first = false;
    if (!button(ui, (prefix + "." + action).c_str(), label, {.kind = ButtonKind::secondary})) continue;
    if (std::string_view(action) == "reschedule")
      dispatch(app::AppointmentReschedule{a.number});
    else
      dispatch(app::AppointmentCancel{a.number});
  }
}

void draw_appointment(Ui& ui, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
                      const app::Appointment& a) {
  const ap::Office* office = ap::offices().office(a.office);
  const std::string prefix = "appointments." + a.number;
  ImGui::Separator();
  nlohmann::json title = visit_params(ui, office, a.start_ms);
  title["service"] = ui.tr("appointments.service." + a.service);
  heading(ui, ui.tr("appointments.card_title", title), 3);
  paragraph(ui, ui.tr("appointments.number", {{"number", a.number}}));
  if (office)
    paragraph(ui, ui.tr("appointments.where", {{"office", office->name.in(state.language)},
                                               {"address", office->address.in(state.language)},
                                               {"phone", office->phone}}));
  paragraph(ui,
            ui.tr("appointments.when_zone",
                  {{"zone", zone_text(ui, office ? ap::offices().utc_offset(*office) : kMoscowOffsetMinutes)}}),
            true);
  const std::string status =
      ui.tr("appointments.status_line",
            {{"status",
              ui.tr("appointments.status." + std::string(app::visit_state_id(app::visit_state(a, state.now_ms))))}});
  // The booking a notification opened stands out (role status).
  if (state.appointments.opened == a.number)
    banner(ui, (prefix + ".status").c_str(), status, false);
  else
    paragraph(ui, status);
  paragraph(ui, ui.tr("appointments.contacts", {{"contacts", contacts_text(a)}}), true);
  if (!a.comment.empty()) paragraph(ui, ui.tr("appointments.comment_line", {{"comment", a.comment}}), true);
  if (a.history.size() > 1) {
    paragraph(ui, ui.tr("appointments.history_title"), true);
    for (const app::AppointmentChange& c : a.history) {
      const nlohmann::json visit = visit_params(ui, office, c.start_ms);
      paragraph(ui,
                "• " + ui.tr("appointments.history." + c.action,
                             {{"when", time::format_display(c.time_ms, kMoscowOffsetMinutes)},
                              {"visit", visit["date"].get<std::string>() + " " + visit["time"].get<std::string>()}}),
                true);
    }
  }
  draw_actions(ui, state, dispatch, hooks, a);
}

}  // namespace

void draw_appointments(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                       const PlatformHooks& hooks) {
  const app::AppointmentsState& st = state.appointments;
  heading(ui, ui.tr("appointments.title"));
  if (view.appointments_panel_drawn != st.panel_open) view.reset_scroll = true;  // a new page starts at its top
  view.appointments_panel_drawn = st.panel_open;
  if (st.panel_open) {
    draw_panel(ui, state, dispatch);
    return;
  }
  paragraph(ui, ui.tr("appointments.intro"), true);
  paragraph(ui, ui.tr("appointments.sandbox"), true);
  if (button(ui, "appointments.book", ui.tr("appointments.book"))) dispatch(app::AppointmentsNew{});
  heading(ui, ui.tr("appointments.upcoming"), 2);
  const std::vector<const app::Appointment*> upcoming = app::listed_appointments(st, state.now_ms, true);
  const std::vector<const app::Appointment*> past = app::listed_appointments(st, state.now_ms, false);
  if (upcoming.empty()) paragraph(ui, ui.tr("appointments.empty"), true);
  for (const app::Appointment* a : upcoming) draw_appointment(ui, state, dispatch, hooks, *a);
  if (past.empty()) return;
  ImGui::Spacing();
  const std::string toggle =
      st.show_past ? ui.tr("appointments.past_hide") : ui.tr("appointments.past", {{"count", past.size()}});
  if (button(ui, "appointments.past", toggle, {.kind = ButtonKind::link, .expanded = st.show_past ? 1 : 0}))
    dispatch(app::AppointmentsView{.show_past = !st.show_past});
  if (st.show_past) {
    for (const app::Appointment* a : past) draw_appointment(ui, state, dispatch, hooks, *a);
  }
}

}  // namespace cabinet::ui
