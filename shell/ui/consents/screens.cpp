// Согласия: the citizen's consents (in force and past) with sort and filters,
// a detail card with every item of 152-FZ art. 9 and the history, change /
// renew / withdraw (with confirmation), the Kantara receipt, the journal with
// CSV export, and the give / change / renew form (text, tick, one-time code).
// Also the consent parts of other screens: a service's start page, the
// autofill refusal on a step, the consent on the review page, Мои предложения.
#include <imgui.h>

#include <algorithm>

#include "app/consents/state.hpp"
#include "consents/receipt_pdf.hpp"
#include "forms/form_check.hpp"
#include "forms/form_registry.hpp"
#include "forms/suggestions.hpp"
#include "json/read.hpp"
#include "time/iso8601.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/theme.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

using json = nlohmann::json;

constexpr int kMoscowOffsetMinutes = 180;

std::string date_of(int64_t ms) {
  return time::format_display(ms, kMoscowOffsetMinutes).substr(0, 10);
}
std::string time_of(int64_t ms) {
  return time::format_display(ms, kMoscowOffsetMinutes);
}

std::string purpose_label(const Ui& ui, const std::string& purpose) {
  return ui.tr("consents.purposes." + purpose);
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string categories_text(const Ui& ui, const std::vector<std::string>& categories) {
  std::vector<std::string> labels;
  for (const std::string& c : categories)
    labels.push_back(ui.catalog.has("consents.category." + c) ? ui.tr("consents.category." + c) : c);
  return joined(labels);
}

// "Согласие отозвано. ..." with the categories a refusal names.
std::string refusal_text(const Ui& ui, const consents::Decision& decision) {
  return ui.tr("consents.refusal." + std::string(consents::refusal_id(decision.reason)),
               {{"categories", categories_text(ui, decision.uncovered)}});
}

std::string status_text(const Ui& ui, consents::Status status) {
  return ui.tr("consents.status." + std::string(consents::status_id(status)));
}

void line(Ui& ui, const std::string& label, const std::string& value) {
  if (!value.empty()) paragraph(ui, label + ": " + value);
}

// Every item of art. 9 part 4 of the record (the text the subject signs).
void draw_terms(Ui& ui, const consents::ConsentRecord& r) {
  const consents::Person& s = r.subject;
  line(ui, ui.tr("consents.item.subject"), s.full_name);
  line(ui, ui.tr("consents.item.address"), s.address);
  if (!s.document.number.empty())
    line(ui, ui.tr("consents.item.document"),
         ui.tr("consents.item.document_value",
               {{"number", s.document.number},
                {"date", s.document.issued_on.size() == 10
                             ? s.document.issued_on.substr(8, 2) + "." + s.document.issued_on.substr(5, 2) + "." +
                                   s.document.issued_on.substr(0, 4)
                             : s.document.issued_on},
                {"issuer", s.document.issuer}}));
  if (r.representative) {
    line(ui, ui.tr("consents.item.representative"), r.representative->person.full_name);
    line(ui, ui.tr("consents.item.authority"), r.representative->authority_document);
  }
  line(ui, ui.tr("consents.item.operator"), r.operator_party.name + ", " + r.operator_party.address);
  if (r.processor) line(ui, ui.tr("consents.item.processor"), r.processor->name + ", " + r.processor->address);
  line(ui, ui.tr("consents.item.recipient"), r.recipient);
  line(ui, ui.tr("consents.item.purpose"), purpose_label(ui, r.purpose));
  line(ui, ui.tr("consents.item.categories"), categories_text(ui, r.categories));
  line(ui, ui.tr("consents.item.level"), ui.tr("consents.level." + std::string(consents::level_id(r.level))));
  line(ui, ui.tr("consents.item.actions"), joined(r.actions));
  line(ui, ui.tr("consents.item.method"), ui.tr("consents.method." + std::string(consents::method_id(r.method))));
  line(ui, ui.tr("consents.item.term"), ui.tr("consents.item.term_value", {{"date", date_of(r.valid_until_ms)}}));
  line(ui, ui.tr("consents.item.withdrawal"), r.withdrawal_method);
}

// ---------------------------------------------------------------------------
// The give / change / renew form.

// A field of the subject ("subject") or of their representative ("representative").
void person_field(Ui& ui, Dispatch& dispatch, const app::PendingConsent& p, const char* group, const char* name,
                  FieldOptions options) {
  const bool representative = std::string_view(group) == "representative";
  const std::string prefix = representative ? "representative." : "";
  std::string value = jsonread::string_of(representative ? p.representative : p.subject, name).value_or("");
  for (const app::ConsentFormError& e : p.errors) {
    if (e.field == prefix + name) options.error = ui.tr(e.key, e.params);
  }
  const std::string id = "consents.form." + prefix + name;
  if (text_field(ui, id.c_str(), ui.tr(id), value, options)) {
    app::ConsentSet set;
    (representative ? set.representative : set.subject) = json{{name, value}};
    dispatch(set);
  }
}

// Name, address and passport of the subject or of the representative.
void person_fields(Ui& ui, Dispatch& dispatch, const app::PendingConsent& p, const char* group) {
  person_field(ui, dispatch, p, group, "full_name", {.autocomplete = "name", .max_bytes = 300});
  person_field(ui, dispatch, p, group, "address", {.autocomplete = "street-address", .max_bytes = 500});
  person_field(ui, dispatch, p, group, "passport",
               {.hint = ui.tr("consents.form.passport_hint"), .input = "numeric", .max_bytes = 40});
  person_field(ui, dispatch, p, group, "passport_issue_date",
               {.hint = ui.tr("consents.form.date_hint"), .input = "numeric", .max_bytes = 20});
  person_field(ui, dispatch, p, group, "passport_issued_by", {.max_bytes = 300});
}

std::string term_label(const Ui& ui, int months, int64_t until_ms) {
  return ui.tr("consents.term." + std::to_string(months)) + " — " +
         ui.tr("consents.term_until", {{"date", date_of(until_ms)}});
}

void draw_operation_form(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, bool inline_form) {
  const app::PendingConsent& p = *state.consents.pending;
  const app::ConsentTemplates& templates = app::consent_templates();
  const consents::ConsentRecord preview = app::pending_record(state, p);
  const std::string op(app::consent_op_id(p.op));
  const int title_level = inline_form ? 3 : 1;
  // Opened in place of the button that asked for it: the focus goes to its first field, not back to the top.
  if (const std::string key = "inline:" + op + p.template_id; inline_form && view.consent_page != key) {
    view.consent_page = key;
    ui.focus_request = p.op == app::ConsentOp::give ? "consents.form.full_name" : "consents.form.phone";
  }
  heading(ui, ui.tr("consents.form.title." + op, {{"id", p.consent_id}}), title_level);
  paragraph(ui, purpose_label(ui, preview.purpose), true);

  if (p.op == app::ConsentOp::give) {
    heading(ui, ui.tr("consents.form.subject_title"), title_level + 1);
    paragraph(ui, ui.tr("consents.form.subject_hint"), true);
    person_fields(ui, dispatch, p, "subject");
    bool by_representative = p.by_representative;
    if (checkbox(ui, "consents.form.by_representative", ui.tr("consents.form.by_representative"), by_representative))
      dispatch(app::ConsentSet{.by_representative = by_representative});
    if (p.by_representative) {
      heading(ui, ui.tr("consents.form.representative.title"), title_level + 1);
      paragraph(ui, ui.tr("consents.form.representative.hint"), true);
      person_fields(ui, dispatch, p, "representative");
      person_field(ui, dispatch, p, "representative", "authority",
                   {.hint = ui.tr("consents.form.representative.authority_hint"), .max_bytes = 300});
    }
  }
  person_field(ui, dispatch, p, "subject", "phone",
               {.hint = ui.tr("consents.form.phone_hint"), .input = "tel", .autocomplete = "tel", .max_bytes = 40});

  if (p.op == app::ConsentOp::change) {
    heading(ui, ui.tr("consents.form.purpose"), title_level + 1);
    for (std::string_view purpose : consents::kPurposes) {
      const std::string id = "consents.form.purpose." + std::string(purpose);
      if (radio(ui, id.c_str(), purpose_label(ui, std::string(purpose)), p.purpose == purpose))
        dispatch(app::ConsentSet{.purpose = std::string(purpose)});
    }
  }
  std::vector<consents::AccessLevel> levels = {consents::AccessLevel::limited, consents::AccessLevel::partial,
                                               consents::AccessLevel::full};
  if (p.op == app::ConsentOp::give) {
    if (const app::ConsentTemplate* t = templates.find(p.template_id)) levels = t->levels;
  }
  if (p.op != app::ConsentOp::renew) {
    heading(ui, ui.tr("consents.form.level"), title_level + 1);
    for (consents::AccessLevel level : levels) {
      const std::string level_name(consents::level_id(level));
      const std::string id = "consents.form.level." + level_name;
      const std::string label = ui.tr("consents.level_hint." + level_name);
      if (levels.size() == 1) {
        paragraph(ui, label);
      } else if (radio(ui, id.c_str(), label, p.level == level)) {
        dispatch(app::ConsentSet{.level = level_name});
      }
    }
  }
  heading(ui, ui.tr("consents.form.term"), title_level + 1);
  const consents::ConsentRecord* existing = state.consents.book.find(p.consent_id);
  if (p.op == app::ConsentOp::change && existing) {
    if (radio(ui, "consents.form.term.0", ui.tr("consents.term.0", {{"date", date_of(existing->valid_until_ms)}}),
              p.term_months == 0))
      dispatch(app::ConsentSet{.term_months = 0});
  }
  for (int months : templates.term_options_months) {
    const int64_t base =
        p.op == app::ConsentOp::renew && existing ? std::max(state.now_ms, existing->valid_until_ms) : state.now_ms;
    const std::string id = "consents.form.term." + std::to_string(months);
    if (radio(ui, id.c_str(), term_label(ui, months, app::add_months(base, months)), p.term_months == months))
      dispatch(app::ConsentSet{.term_months = months});
  }

  heading(ui, ui.tr("consents.form.text_title"), title_level + 1);
  const auto name_or_missing = [&ui](const std::string& name) {
    return name.empty() ? ui.tr("consents.form.name_missing") : name;
  };
  if (preview.representative) {
    paragraph(ui, ui.tr("consents.form.text_intro_representative",
                        {{"representative", name_or_missing(preview.representative->person.full_name)},
                         {"name", name_or_missing(preview.subject.full_name)},
                         {"authority", preview.representative->authority_document}}));
  } else {
    paragraph(ui, ui.tr("consents.form.text_intro", {{"name", name_or_missing(preview.subject.full_name)}}));
  }
  draw_terms(ui, preview);
  ImGui::Spacing();
  bool acknowledged = p.acknowledged;
  if (checkbox(ui, "consents.form.acknowledge", ui.tr("consents.form.acknowledge"), acknowledged))
    dispatch(app::ConsentSet{.acknowledged = acknowledged});
  for (const app::ConsentFormError& e : p.errors) {
    if (e.field == "acknowledged" || e.field.empty())
      banner(ui, ("consents.form.error." + e.field).c_str(), ui.tr(e.key, e.params), true);
  }
  if (button(ui, "consents.form.get_code",
             ui.tr(p.code_sent_to.empty() ? "consents.form.get_code" : "consents.form.code_again"),
             {.kind = p.code_sent_to.empty() ? ButtonKind::primary : ButtonKind::secondary}))
    dispatch(app::ConsentRequestCode{});
  if (!p.code_sent_to.empty()) {
    paragraph(ui, ui.tr("consents.form.code_sent", {{"masked", p.code_sent_to}}), true);
    FieldOptions options{.input = "numeric", .autocomplete = "one-time-code", .max_bytes = 12};
    for (const app::ConsentFormError& e : p.errors) {
      if (e.field == "code") options.error = ui.tr(e.key, e.params);
    }
    text_field(ui, "consents.form.code", ui.tr("consents.form.code"), view.consent_code, options);
    if (button(ui, "consents.form.confirm", ui.tr("consents.form.confirm." + op))) {
      // Given on the review page: the next thing to do is sending, so the focus goes there.
      dispatch(app::ConsentConfirm{.code = view.consent_code}, [&ui, inline_form](const app::AppState& s) {
        if (inline_form && !s.consents.pending) ui.focus_request = "journey.submit";
      });
      view.consent_code.clear();
    }
  }
  if (p.op == app::ConsentOp::give &&
      button(ui, "consents.form.refuse", ui.tr("consents.form.refuse"), {.kind = ButtonKind::link}))
    dispatch(app::ConsentRefuse{});
  same_line_if_fits(ui.tr("consents.cancel"));
  if (button(ui, "consents.form.cancel", ui.tr("consents.cancel"), {.kind = ButtonKind::link})) {
    dispatch(app::ConsentCancel{});
    view.consent_code.clear();
  }
}

// ---------------------------------------------------------------------------
// Согласия.

void draw_offers(Ui& ui, const app::AppState& state, Dispatch& dispatch) {
  heading(ui, ui.tr("consents.offer_title"), 2);
  for (const app::ConsentTemplate& t : app::consent_templates().templates) {
    const consents::Decision decision = app::consent_decision(state, t.purpose, {});
    const std::string purpose = purpose_label(ui, t.purpose);
    heading(ui, purpose, 3);
    paragraph(ui, ui.tr("consents.template_hint." + t.id), true);
    if (decision.allowed) {
      const consents::ConsentRecord* r = state.consents.book.find(decision.consent_id);
      paragraph(ui, ui.tr("consents.has_active",
                          {{"id", decision.consent_id}, {"date", r ? date_of(r->valid_until_ms) : ""}}));
      continue;
    }
    // The purpose is the heading just above: the button says «Дать согласие», its accessible name says for what.
    const std::string id = "consents.give." + t.id;
    if (button(
            ui, id.c_str(), ui.tr("consents.offer_title"),
            {.kind = ButtonKind::secondary, .accessible_name = ui.tr("consents.give_named", {{"purpose", purpose}})}))
      dispatch(app::ConsentStart{.op = "give", .template_id = t.id});
  }
}

void draw_card(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
               const consents::ConsentRecord& r) {
  heading(ui, ui.tr("consents.card_title", {{"id", r.id}}), 3);
  line(ui, ui.tr("consents.item.status"), status_text(ui, r.status));
  line(ui, ui.tr("consents.item.created"), time_of(r.created_ms));
  if (r.changed_ms != r.created_ms) line(ui, ui.tr("consents.item.changed"), time_of(r.changed_ms));
  if (r.withdrawn_ms) line(ui, ui.tr("consents.item.withdrawn"), time_of(*r.withdrawn_ms));
  if (r.destroy_by_ms) line(ui, ui.tr("consents.item.destroy_by"), date_of(*r.destroy_by_ms));
  draw_terms(ui, r);
  if (r.signature)
    line(ui, ui.tr("consents.item.signature"),
         ui.tr("consents.item.signature_value", {{"key", r.signature->public_key.substr(0, 16)}}));
  paragraph(ui, ui.tr("consents.item.history"), true);
  for (const consents::HistoryEntry& h : state.consents.book.history_of(r.id)) {
    const std::string status = jsonread::string_of(h.after, "status").value_or("");
    paragraph(ui, ui.tr("consents.history_line",
                        {{"time", time_of(h.time_ms)},
                         {"operation", ui.tr("consents.operation." + std::string(consents::operation_id(h.operation)))},
                         {"status", ui.tr("consents.status." + status)}}));
  }
  const bool active = app::is_current_consent(r, state.now_ms);
  if (active && state.consents.view.confirm_withdraw == r.id) {
    const Answer answer = confirm_question(
        ui, "consents.confirm_withdraw",
        ui.tr("consents.confirm_withdraw", {{"id", r.id},
                                            {"purpose", purpose_label(ui, r.purpose)},
                                            {"date", date_of(state.now_ms + consents::kDestroyAfterMs)}}),
        "consents.confirm_withdraw", ui.tr("consents.confirm_withdraw_yes"), ui.tr("consents.cancel"));
    if (answer == Answer::yes) dispatch(app::ConsentWithdrawConfirm{.id = r.id});
    if (answer == Answer::no) dispatch(app::ConsentCancel{});
    return;
  }
  bool first = true;
  const auto action = [&](const char* id, const std::string& label, const app::Command& command) {
    if (!first) same_line_if_fits(label);
    first = false;
    if (button(ui, id, label, {.kind = ButtonKind::secondary})) {
      dispatch(command);
      view.consent_code.clear();
    }
  };
  if (active) {
    action("consents.action.change", ui.tr("consents.action.change"), app::ConsentStart{.op = "change", .id = r.id});
    action("consents.action.renew", ui.tr("consents.action.renew"), app::ConsentStart{.op = "renew", .id = r.id});
    action("consents.action.withdraw", ui.tr("consents.action.withdraw"), app::ConsentWithdraw{.id = r.id});
  }
  if (hooks.download && r.status != consents::Status::refused) {
    if (!first) same_line_if_fits(ui.tr("consents.action.download"));
    if (button(ui, "consents.action.download", ui.tr("consents.action.download"), {.kind = ButtonKind::secondary})) {
      const json receipt = app::consent_receipt(state, r.id);
      if (!receipt.is_null())
        hooks.download("consent-" + r.id + ".json", "application/json",
                       receipt.dump(2, ' ', false, json::error_handler_t::replace) + "\n");
    }
    same_line_if_fits(ui.tr("consents.action.download_pdf"));
    if (button(ui, "consents.action.download_pdf", ui.tr("consents.action.download_pdf"),
               {.kind = ButtonKind::secondary})) {
      const consents::ReceiptPdf pdf =
          consents::consent_receipt_pdf(r, state.consents.book.history_of(r.id), body_font_bytes(), ui.catalog);
      if (pdf.ok())
        hooks.download("consent-" + r.id + ".pdf", "application/pdf", pdf.bytes);
      else
        dispatch(app::ShowNotice{.kind = "error", .message = "consents.pdf_failed"});
    }
  }
}

void draw_list(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks) {
  const app::ConsentsView& v = state.consents.view;
  if (state.consents.book.records().empty()) {
    paragraph(ui, ui.tr("consents.empty_active"), true);
    return;
  }
  paragraph(ui, ui.tr("consents.sort_title"), true);
  choice_buttons(ui, "consents.sort", v.sort,
                 {{"date", ui.tr("consents.sort.date")},
                  {"recipient", ui.tr("consents.sort.recipient")},
                  {"status", ui.tr("consents.sort.status")}},
                 [&](const std::string& value) { dispatch(app::ConsentsShow{.sort = value}); });
  const int active_filters = !v.status.empty() + !v.purpose.empty();
  const std::string toggle =
      active_filters > 0 ? ui.tr("consents.filters_active", {{"count", active_filters}}) : ui.tr("consents.filters");
  if (button(ui, "consents.filters", toggle,
             {.kind = ButtonKind::secondary,
              .selected = view.consent_filters_open,
              .expanded = view.consent_filters_open}))
    view.consent_filters_open = !view.consent_filters_open;
  if (view.consent_filters_open) {
    heading(ui, ui.tr("consents.filter_status"), 3);
    std::vector<std::pair<std::string, std::string>> statuses = {{"", ui.tr("consents.all")}};
    const std::vector<consents::Status> shown =
        v.tab == "past" ? std::vector<consents::Status>{consents::Status::withdrawn, consents::Status::expired,
                                                        consents::Status::refused}
                        : std::vector<consents::Status>{consents::Status::given, consents::Status::renewed,
                                                        consents::Status::changed};
    for (consents::Status status : shown)
      statuses.push_back({std::string(consents::status_id(status)), status_text(ui, status)});
    choice_buttons(ui, "consents.status", v.status, statuses,
                   [&](const std::string& value) { dispatch(app::ConsentsShow{.status = value}); });
    heading(ui, ui.tr("consents.filter_purpose"), 3);
    std::vector<std::pair<std::string, std::string>> purposes = {{"", ui.tr("consents.all")}};
    for (std::string_view purpose : consents::kPurposes)
      purposes.push_back({std::string(purpose), purpose_label(ui, std::string(purpose))});
    choice_buttons(ui, "consents.purpose", v.purpose, purposes,
                   [&](const std::string& value) { dispatch(app::ConsentsShow{.purpose = value}); });
  }
  const auto listed = app::listed_consents(state);
  if (listed.empty()) {
    const bool filtered = active_filters > 0;
    paragraph(ui,
              ui.tr(filtered          ? "consents.nothing_found"
                    : v.tab == "past" ? "consents.empty_past"
                                      : "consents.empty_active"),
              true);
  }
  for (const consents::ConsentRecord* r : listed) {
    ImGui::Separator();
    heading(ui, purpose_label(ui, r->purpose), 3);
    paragraph(ui, ui.tr("consents.line", {{"id", r->id},
                                          {"recipient", r->recipient},
                                          {"status", status_text(ui, r->status)},
                                          {"date", date_of(r->valid_until_ms)}}));
    const bool open = v.selected == r->id;
    const std::string id = "consents.open." + r->id;
    if (button(ui, id.c_str(), ui.tr(open ? "consents.close" : "consents.open", {{"id", r->id}}),
               {.kind = ButtonKind::link, .expanded = open}))
      dispatch(app::ConsentsShow{.selected = open ? "" : r->id});
    if (open) draw_card(ui, view, state, dispatch, hooks, *r);
  }
}

void draw_journal(Ui& ui, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks) {
  const std::vector<consents::HistoryEntry> entries = app::journal_entries(state.consents);
  heading(ui, ui.tr("consents.journal.title"), 2);
  if (entries.empty()) {
    paragraph(ui, ui.tr("consents.journal.empty"), true);
    return;
  }
  paragraph(ui, ui.tr("consents.sort_title"), true);
  std::vector<std::pair<std::string, std::string>> sorts;
  for (const char* sort : {"time_desc", "time_asc", "consent", "operation"})
    sorts.push_back({sort, ui.tr("consents.journal.sort." + std::string(sort))});
  choice_buttons(ui, "consents.journal.sort", state.consents.view.journal_sort, sorts,
                 [&](const std::string& value) { dispatch(app::ConsentsShow{.journal_sort = value}); });
  if (hooks.download &&
      button(ui, "consents.journal.export", ui.tr("consents.journal.export"), {.kind = ButtonKind::secondary}))
    hooks.download("consents-journal.csv", "text/csv;charset=utf-8", app::journal_csv(entries, ui.catalog));
  const auto cells = [&](const consents::HistoryEntry& h) {
    const std::string status = jsonread::string_of(h.after, "status").value_or("");
    const std::string purpose = jsonread::string_of(h.after, "purpose").value_or("");
    return std::vector<std::string>{time_of(h.time_ms),
                                    h.consent_id,
                                    ui.tr("consents.operation." + std::string(consents::operation_id(h.operation))),
                                    status.empty() ? "" : ui.tr("consents.status." + status),
                                    purpose.empty() ? "" : purpose_label(ui, purpose),
                                    app::actor_label(ui.catalog, h.actor)};
  };
  // A table where it fits; one line per entry on a phone.
  if (ImGui::GetContentRegionAvail().x < ui.px(640)) {
    for (const consents::HistoryEntry& h : entries) {
      const std::vector<std::string> c = cells(h);
      ImGui::Separator();
      paragraph(ui, ui.tr("consents.journal.row", {{"time", c[0]},
                                                   {"consent", c[1]},
                                                   {"operation", c[2]},
                                                   {"status", c[3]},
                                                   {"purpose", c[4]},
                                                   {"actor", c[5]}}));
    }
    return;
  }
  const char* headers[] = {"consents.journal.time",   "consents.journal.consent", "consents.journal.operation",
                           "consents.journal.status", "consents.journal.purpose", "consents.journal.actor"};
  if (!ImGui::BeginTable("##consents_journal", 6,
                         ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
    return;
  for (const char* header : headers) ImGui::TableSetupColumn(ui.tr(header).c_str());
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (const char* header : headers) {
    ImGui::TableNextColumn();
    heading(ui, ui.tr(header), 3);
  }
  for (const consents::HistoryEntry& h : entries) {
    ImGui::TableNextRow();
    for (const std::string& cell : cells(h)) {
      ImGui::TableNextColumn();
      paragraph(ui, cell);
    }
  }
  ImGui::EndTable();
}

// The refusal of a form's use of data, with «Дать согласие» for the right template.
void draw_refusal(Ui& ui, Dispatch& dispatch, const app::ConsentGate& gate, const char* title_key,
                  const std::string& return_to) {
  banner(ui, ("consents.gate." + gate.use).c_str(), ui.tr(title_key) + " " + refusal_text(ui, gate.decision), true);
  const app::ConsentTemplate* t = app::consent_templates().find(gate.template_id);
  if (!t) return;
  const std::string id = "consents.gate.give." + gate.use;
  if (button(ui, id.c_str(), ui.tr("consents.offer_title"),
             {.accessible_name = ui.tr("consents.give_named", {{"purpose", purpose_label(ui, t->purpose)}})}))
    dispatch(app::ConsentStart{.op = "give", .template_id = t->id, .return_to = return_to});
}

}  // namespace

void draw_consents(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                   const PlatformHooks& hooks) {
  const auto& pending = state.consents.pending;
  const bool form = pending && pending->return_to != "review";
  // A new page (the list, or a form) starts at its top.
  const std::string page =
      form ? std::string(app::consent_op_id(pending->op)) + ":" + pending->template_id + pending->consent_id : "list";
  if (page != view.consent_page || view.drawn_section != app::Section::consents) {
    view.consent_page = page;
    ImGui::SetScrollY(0);  // this frame's window: from the next frame on
  }
  if (form) return draw_operation_form(ui, view, state, dispatch, false);
  heading(ui, ui.tr("consents.title"));
  paragraph(ui, ui.tr("consents.intro"), true);
  const auto& records = state.consents.book.records();
  const size_t active =
      static_cast<size_t>(std::count_if(records.begin(), records.end(), [&](const consents::ConsentRecord& r) {
        return app::is_current_consent(r, state.now_ms);
      }));
  const std::vector<std::pair<std::string, size_t>> tabs = {
      {"active", active}, {"past", records.size() - active}, {"journal", state.consents.book.history().size()}};
  for (size_t i = 0; i < tabs.size(); ++i) {
    const std::string id = "consents.tab." + tabs[i].first;
    if (button(ui, id.c_str(), ui.tr(id, {{"count", tabs[i].second}}),
               {.kind = ButtonKind::secondary, .selected = state.consents.view.tab == tabs[i].first}))
      dispatch(app::ConsentsShow{.tab = tabs[i].first});
    if (i + 1 < tabs.size())
      same_line_if_fits(ui.tr("consents.tab." + tabs[i + 1].first, {{"count", tabs[i + 1].second}}));
  }
  if (state.consents.view.tab == "journal") return draw_journal(ui, state, dispatch, hooks);
  draw_list(ui, view, state, dispatch, hooks);
  ImGui::Spacing();
  ImGui::Separator();
  draw_offers(ui, state, dispatch);
}

void draw_form_consents(Ui& ui, const app::AppState& state, Dispatch& dispatch, const forms::FormDefinition& form) {
  // The consents the form declares, and autofill when it takes anything from the profile.
  std::vector<std::string> purposes = form.consents;
  if (!app::prefill_categories(form).empty() &&
      std::find(purposes.begin(), purposes.end(), "registry_autofill") == purposes.end())
    purposes.push_back("registry_autofill");
  if (purposes.empty()) return;
  heading(ui, ui.tr("journey.consents"), 2);
  for (const std::string& purpose : purposes) {
    const std::vector<std::string> categories = purpose == "registry_autofill"        ? app::prefill_categories(form)
                                                : purpose == "application_processing" ? app::submission_categories(form)
                                                                                      : std::vector<std::string>{};
    const consents::Decision d = app::consent_decision(state, purpose, categories);
    std::string status;
    if (d.allowed) {
      const consents::ConsentRecord* r = state.consents.book.find(d.consent_id);
      status = ui.tr("consents.state.active", {{"id", d.consent_id}, {"date", r ? date_of(r->valid_until_ms) : ""}});
    } else if (d.reason == consents::Refusal::withdrawn || d.reason == consents::Refusal::expired) {
      status = ui.tr("consents.state." + std::string(consents::refusal_id(d.reason)));
    } else if (d.reason == consents::Refusal::no_consent) {
      status = ui.tr("consents.state.none");
    } else {
      status = ui.tr("consents.state.not_covered");
    }
    paragraph(ui,
              "• " + ui.tr("consents.form_consent_line", {{"purpose", purpose_label(ui, purpose)}, {"state", status}}));
    const app::ConsentTemplate* t = app::consent_templates().for_purpose(purpose);
    if (d.allowed || !t) continue;
    const std::string id = "consents.service_give." + purpose;
    if (button(ui, id.c_str(), ui.tr("consents.give_named", {{"purpose", purpose_label(ui, purpose)}}),
               {.kind = ButtonKind::link}))
      dispatch(app::ConsentStart{.op = "give", .template_id = t->id, .return_to = "service", .form = form.id});
  }
}

void draw_step_consents(Ui& ui, const app::AppState& state, Dispatch& dispatch, const forms::FormDefinition& form,
                        size_t step) {
  const auto& gate = state.consents.gate;
  if (gate && gate->use == "autofill" && gate->draft_id == state.forms.journey.draft_id) {
    draw_refusal(ui, dispatch, *gate, "consents.autofill.refused", "journey");
    return;
  }
  if (step >= form.steps.size()) return;
  const auto& fields = form.steps[step].fields;
  if (std::none_of(fields.begin(), fields.end(),
                   [](const forms::Field& f) { return f.prefill.starts_with("profile."); }))
    return;
  paragraph(ui, ui.tr("consents.autofill.hint"), true);
  if (button(ui, "consents.autofill.fill", ui.tr("consents.autofill.fill"), {.kind = ButtonKind::link}))
    dispatch(app::PrefillFromProfile{});
}

void draw_review_consent(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                         const forms::FormDefinition& form) {
  const nlohmann::json data = forms::clean_data(form, state.forms.journey.data);
  const consents::Decision d =
      app::consent_decision(state, "application_processing", app::submission_categories(form, data));
  heading(ui, ui.tr("consents.submission.title"), 2);
  const auto& gate = state.consents.gate;
  if (d.allowed) {
    const consents::ConsentRecord* r = state.consents.book.find(d.consent_id);
    paragraph(
        ui, ui.tr("consents.submission.active", {{"id", d.consent_id}, {"date", r ? date_of(r->valid_until_ms) : ""}}),
        true);
    return;
  }
  if (gate && gate->use == "submission" && gate->draft_id == state.forms.journey.draft_id)
    banner(ui, "consents.gate.submission",
           ui.tr("consents.submission.refused") + " " + refusal_text(ui, gate->decision), true);
  const auto& pending = state.consents.pending;
  if (pending && pending->return_to == "review" && pending->template_id == "application_processing")
    return draw_operation_form(ui, view, state, dispatch, true);
  paragraph(ui, ui.tr("consents.submission.needed"));
  if (d.reason != consents::Refusal::no_consent) paragraph(ui, refusal_text(ui, d), true);
  if (button(ui, "consents.review_give", ui.tr("consents.offer_title"),
             {.kind = ButtonKind::secondary,
              .accessible_name =
                  ui.tr("consents.give_named", {{"purpose", purpose_label(ui, "application_processing")}})}))
    dispatch(app::ConsentStart{.op = "give", .template_id = "application_processing", .return_to = "review"});
}

void draw_suggestions(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  heading(ui, ui.tr("home.suggestions_title"), 2);
  const app::ConsentTemplate* t = app::consent_templates().find("personal_suggestions");
  if (!t) return;
  const consents::Decision d = app::consent_decision(state, t->purpose, t->categories);
  if (!d.allowed) {
    paragraph(ui, ui.tr("consents.suggestions.off"), true);
    if (d.reason != consents::Refusal::no_consent) paragraph(ui, refusal_text(ui, d), true);
    if (button(ui, "consents.suggestions.give",
               ui.tr("consents.give_named", {{"purpose", purpose_label(ui, t->purpose)}}), {.kind = ButtonKind::link}))
      dispatch(app::ConsentStart{.op = "give", .template_id = t->id});
    return;
  }
  if (view.suggestions_revision != state.revision) {
    view.suggestions = forms::suggest(forms::embedded_suggestion_rules(), state.account.profile.to_json(), state.now_ms);
    view.suggestions_revision = state.revision;
  }
  const std::vector<forms::Suggestion>& suggestions = view.suggestions;
  if (suggestions.empty()) paragraph(ui, ui.tr("consents.suggestions.none"), true);
  for (const forms::Suggestion& s : suggestions) {
    const auto* form = forms::FormRegistry::embedded().find(s.form);
    if (!form) continue;
    paragraph(ui, s.reason.in(state.language));
    const std::string id = "home.suggestion." + s.id;
    if (button(ui, id.c_str(),
               ui.tr("consents.suggestions.open", {{"title", form->definition.title.in(state.language)}}),
               {.kind = ButtonKind::link}))
      dispatch(app::OpenService{.form = s.form});
  }
}

}  // namespace cabinet::ui
