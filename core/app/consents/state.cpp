// What the screens and the checks read from the consents: the templates, the
// decisions, the Согласия lists and journal, the CSV and the receipts.
#include "app/consents/state.hpp"

#include <algorithm>
#include <cstdio>

#include "app/kernel/state.hpp"
#include "assets/embedded.hpp"
#include "audit/audit_csv.hpp"
#include "consents/receipt.hpp"
#include "consents/reminders.hpp"
#include "ids/ids.hpp"
#include "json/read.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr int kMoscowOffsetMinutes = 180;

std::vector<std::string> strings_of(const json& object, const char* name) {
  std::vector<std::string> out;
  if (const json* list = jsonread::member(object, name); list && list->is_array()) {
    for (const json& item : *list) {
      if (item.is_string()) out.push_back(item.get<std::string>());
    }
  }
  return out;
}

void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

std::string category_of(const ConsentTemplates& t, const std::string& key) {
  auto it = t.field_categories.find(key);
  return it == t.field_categories.end() ? "" : it->second;
}

// "2015-03-12" -> "12.03.2015"; other text as it is.
std::string iso_date_to_display(const std::string& text) {
  if (text.size() == 10 && text[4] == '-' && text[7] == '-')
    return text.substr(8, 2) + "." + text.substr(5, 2) + "." + text.substr(0, 4);
  return text;
}

std::string display_date_to_iso(const std::string& text) {
  const ids::DateResult date = ids::check_date(text);
  if (!date.ok()) return text;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", date.date.year, date.date.month, date.date.day);
  return buffer;
}

std::string text_of(const json& object, const char* name) {
  return jsonread::string_of(object, name).value_or("");
}

int status_rank(consents::Status status) {
  return static_cast<int>(status);
}

}  // namespace

const ConsentTemplate* ConsentTemplates::find(std::string_view id) const {
  for (const ConsentTemplate& t : templates) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

const ConsentTemplate* ConsentTemplates::for_purpose(std::string_view purpose) const {
  for (const ConsentTemplate& t : templates) {
    if (t.purpose == purpose) return &t;
  }
  return nullptr;
}

ConsentTemplates parse_consent_templates(std::string_view text) {
  ConsentTemplates out;
  const json doc = json::parse(text, nullptr, false);
  if (!doc.is_object() || jsonread::int_of(doc, "version").value_or(0) != 1) return out;
  if (const json* party = jsonread::member(doc, "operator")) {
    out.operator_party = {text_of(*party, "name"), text_of(*party, "address"), text_of(*party, "email"),
                          text_of(*party, "phone")};
  }
  out.recipient = text_of(doc, "recipient");
  out.withdrawal_method = text_of(doc, "withdrawal_method");
  if (const json* terms = jsonread::member(doc, "term_options_months"); terms && terms->is_array()) {
    for (const json& months : *terms) {
      if (months.is_number_integer() && months.get<int64_t>() > 0 && months.get<int64_t>() <= 120)
        out.term_options_months.push_back(months.get<int>());
    }
  }
  if (const json* list = jsonread::member(doc, "templates"); list && list->is_array()) {
    for (const json& item : *list) {
      ConsentTemplate t;
      t.id = text_of(item, "id");
      t.purpose = text_of(item, "purpose");
      t.categories = strings_of(item, "categories");
      t.actions = strings_of(item, "actions");
      t.method = consents::parse_method(text_of(item, "method")).value_or(consents::ProcessingMethod::automated);
      t.level = consents::parse_level(text_of(item, "level")).value_or(consents::AccessLevel::partial);
      for (const std::string& level : strings_of(item, "levels")) {
        if (auto parsed = consents::parse_level(level)) t.levels.push_back(*parsed);
      }
      if (t.levels.empty()) t.levels.push_back(t.level);
      t.term_months = static_cast<int>(std::clamp<int64_t>(jsonread::int_of(item, "term_months").value_or(12), 1, 120));
      if (!t.id.empty() && !t.purpose.empty() && !t.categories.empty()) out.templates.push_back(std::move(t));
    }
  }
  if (const json* map = jsonread::member(doc, "field_categories"); map && map->is_object()) {
    for (const auto& [key, value] : map->items()) {
      if (value.is_string()) out.field_categories[key] = value.get<std::string>();
    }
  }
  out.submission_baseline = strings_of(doc, "submission_baseline");
  return out;
}

const ConsentTemplates& consent_templates() {
  static const ConsentTemplates templates =
      parse_consent_templates(assets::find("data/consent-templates.json").value_or(""));
  return templates;
}

std::string_view consent_op_id(ConsentOp op) {
  switch (op) {
    case ConsentOp::give:
      return "give";
    case ConsentOp::change:
      return "change";
    case ConsentOp::renew:
      return "renew";
  }
  return "give";
}

int64_t add_months(int64_t unix_ms, int months) {
  constexpr int64_t kDay = 86'400'000;
  const int64_t days = unix_ms >= 0 ? unix_ms / kDay : (unix_ms - kDay + 1) / kDay;
  const int64_t time_of_day = unix_ms - days * kDay;
  int year = 0;
  unsigned month = 0, day = 0;
  time::civil_from_days(days, year, month, day);
  const int total = year * 12 + static_cast<int>(month) - 1 + months;
  const int new_year = total / 12;
  const unsigned new_month = static_cast<unsigned>(total % 12) + 1;
  while (day > 28 && !time::is_valid_date(new_year, new_month, day)) --day;
  return time::days_from_civil(new_year, new_month, day) * kDay + time_of_day;
}

consents::Decision consent_decision(const AppState& s, std::string_view purpose,
                                    const std::vector<std::string>& categories) {
  return consents::may_process(s.consents.book, consent_templates().recipient, purpose, categories, s.now_ms);
}

std::string data_category(std::string_view key) {
  const std::string category = category_of(consent_templates(), std::string(key));
  return category.empty() ? std::string(key) : category;
}

std::vector<std::string> prefill_categories(const forms::FormDefinition& form) {
  std::vector<std::string> out;
  for (const forms::Step& step : form.steps) {
    for (const forms::Field& field : step.fields) {
      if (!field.prefill.starts_with("profile.")) continue;
      add_unique(out, data_category(field.prefill.substr(8)));
    }
  }
  return out;
}

std::vector<std::string> submission_categories(const forms::FormDefinition& form, const json& data) {
  const ConsentTemplates& t = consent_templates();
  std::vector<std::string> out;
  for (const std::string& c : t.submission_baseline) add_unique(out, c);
  for (const forms::Step& step : form.steps) {
    for (const forms::Field& field : step.fields) {
      if (!data.is_null() && !(data.is_object() && data.contains(field.name))) continue;
      const std::string category = category_of(t, field.name);
      if (!category.empty()) add_unique(out, category);
    }
  }
  return out;
}

json subject_from_profile(const json& profile) {
  std::string full_name = text_of(profile, "full_name");
  if (full_name.empty()) {
    for (const char* part : {"last_name", "first_name", "middle_name"}) {
      const std::string text = text_of(profile, part);
      if (text.empty()) continue;
      if (!full_name.empty()) full_name += " ";
      full_name += text;
    }
  }
  return {{"full_name", full_name},
          {"address", text_of(profile, "address")},
          {"passport", text_of(profile, "passport")},
          {"passport_issue_date", iso_date_to_display(text_of(profile, "passport_issue_date"))},
          {"passport_issued_by", text_of(profile, "passport_issued_by")},
          {"phone", text_of(profile, "phone")}};
}

namespace {

// A person of the consent form (full_name, address, passport, passport_issue_date, passport_issued_by).
consents::Person person_of(const json& typed) {
  consents::Person person;
  person.full_name = text_of(typed, "full_name");
  person.address = text_of(typed, "address");
  person.document.type = "passport_rf";
  person.document.number = text_of(typed, "passport");
  if (const ids::Result passport = ids::check_passport(person.document.number); passport.ok())
    person.document.number = passport.normalized;
  person.document.issued_on = display_date_to_iso(text_of(typed, "passport_issue_date"));
  person.document.issuer = text_of(typed, "passport_issued_by");
  return person;
}

consents::Representative representative_of(const json& typed) {
  return {person_of(typed), text_of(typed, "authority")};
}

}  // namespace

consents::ConsentRecord pending_record(const AppState& s, const PendingConsent& p) {
  const ConsentTemplates& t = consent_templates();
  if (p.op != ConsentOp::give) {
    const consents::ConsentRecord* existing = s.consents.book.find(p.consent_id);
    if (!existing) return {};
    consents::ConsentRecord r = *existing;
    if (p.op == ConsentOp::renew) {
      r.valid_until_ms = add_months(std::max(s.now_ms, r.valid_until_ms), p.term_months);
    } else {
      if (!p.purpose.empty()) r.purpose = p.purpose;
      r.level = p.level;
      if (p.term_months > 0) r.valid_until_ms = add_months(s.now_ms, p.term_months);
    }
    return r;
  }
  const ConsentTemplate* tpl = t.find(p.template_id);
  if (!tpl) return {};
  consents::ConsentRecord r;
  r.subject = person_of(p.subject);
  if (p.by_representative) r.representative = representative_of(p.representative);
  r.operator_party = t.operator_party;
  r.purpose = tpl->purpose;
  r.categories = tpl->categories;
  r.actions = tpl->actions;
  r.method = tpl->method;
  r.withdrawal_method = t.withdrawal_method;
  r.recipient = t.recipient;
  r.level = p.level;
  r.created_ms = r.changed_ms = s.now_ms;
  r.valid_until_ms = add_months(s.now_ms, p.term_months);
  return r;
}

bool is_current_consent(const consents::ConsentRecord& record, int64_t now_ms) {
  return consents::is_active_at(record, now_ms);
}

std::vector<const consents::ConsentRecord*> listed_consents(const AppState& s) {
  const ConsentsView& view = s.consents.view;
  const bool past = view.tab == "past";
  std::vector<const consents::ConsentRecord*> out;
  for (const consents::ConsentRecord& r : s.consents.book.records()) {
    if (is_current_consent(r, s.now_ms) == past) continue;
    if (!view.status.empty() && consents::status_id(r.status) != view.status) continue;
    if (!view.purpose.empty() && r.purpose != view.purpose) continue;
    out.push_back(&r);
  }
  // Newest change first; by recipient or status, then newest first.
  std::stable_sort(out.begin(), out.end(), [&](const consents::ConsentRecord* a, const consents::ConsentRecord* b) {
    if (view.sort == "recipient" && a->recipient != b->recipient) return a->recipient < b->recipient;
    if (view.sort == "status" && a->status != b->status) return status_rank(a->status) < status_rank(b->status);
    if (a->changed_ms != b->changed_ms) return a->changed_ms > b->changed_ms;
    return a->id > b->id;
  });
  return out;
}

std::vector<consents::HistoryEntry> journal_entries(const ConsentsState& c) {
  std::vector<consents::HistoryEntry> out = c.book.history();
  const std::string& sort = c.view.journal_sort;
  // The history is in time order already: a stable sort keeps it within equal keys.
  if (sort == "time_desc") {
    std::reverse(out.begin(), out.end());
  } else if (sort == "consent") {
    std::stable_sort(out.begin(), out.end(), [](const consents::HistoryEntry& a, const consents::HistoryEntry& b) {
      return a.consent_id < b.consent_id;
    });
  } else if (sort == "operation") {
    std::stable_sort(out.begin(), out.end(), [](const consents::HistoryEntry& a, const consents::HistoryEntry& b) {
      return static_cast<int>(a.operation) < static_cast<int>(b.operation);
    });
  }
  return out;
}

std::string actor_label(const i18n::Catalog& catalog, const std::string& actor) {
  if (actor == "system" || actor == "citizen" || actor == "representative")
    return catalog.tr("consents.actor." + actor);
  return actor;
}

std::string journal_csv(const std::vector<consents::HistoryEntry>& entries, const i18n::Catalog& catalog) {
  std::string out = "\xEF\xBB\xBF";  // so spreadsheet programs read the UTF-8 right
  const auto row = [&out](const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out += ",";
      out += audit::csv_cell(cells[i]);
    }
    out += "\r\n";
  };
  row({catalog.tr("consents.journal.time"), catalog.tr("consents.journal.consent"),
       catalog.tr("consents.journal.operation"), catalog.tr("consents.journal.status"),
       catalog.tr("consents.journal.purpose"), catalog.tr("consents.journal.recipient"),
       catalog.tr("consents.journal.actor")});
  for (const consents::HistoryEntry& h : entries) {
    const std::string status = text_of(h.after, "status");
    const std::string purpose = text_of(h.after, "purpose");
    row({time::format_display(h.time_ms, kMoscowOffsetMinutes), h.consent_id,
         catalog.tr("consents.operation." + std::string(consents::operation_id(h.operation))),
         status.empty() ? "" : catalog.tr("consents.status." + status),
         purpose.empty() ? "" : catalog.tr("consents.purposes." + purpose), text_of(h.after, "recipient"),
         actor_label(catalog, h.actor)});
  }
  return out;
}

json consent_receipt(const AppState& s, std::string_view id) {
  const consents::ConsentRecord* record = s.consents.book.find(id);
  auto key = submission::signing_key_from_json(s.forms.signing_key);
  if (!record || !key || record->status == consents::Status::refused) return nullptr;
  return consents::export_receipt(*record, *key);
}

std::optional<int64_t> consents_deadline(const AppState& s) {
  std::optional<int64_t> next;
  const auto consider = [&](int64_t at) {
    if (at > s.now_ms && (!next || at < *next)) next = at;
  };
  for (const consents::ConsentRecord& r : s.consents.book.records()) {
    if (!consents::is_active_status(r.status)) continue;
    consider(r.valid_until_ms);
    consider(r.valid_until_ms - 30 * consents::kDayMs);
    consider(r.valid_until_ms - 7 * consents::kDayMs);
  }
  return next;
}

json consents_summary(const ConsentsState& c) {
  json records = json::array();
  for (const consents::ConsentRecord& r : c.book.records()) {
    json item = {{"id", r.id},
                 {"purpose", r.purpose},
                 {"status", consents::status_id(r.status)},
                 {"level", consents::level_id(r.level)},
                 {"valid_until", time::format_iso_utc(r.valid_until_ms)}};
    if (r.destroy_by_ms) item["destroy_by"] = time::format_iso_utc(*r.destroy_by_ms);
    records.push_back(item);
  }
  json pending = nullptr;
  if (c.pending) {
    json errors = json::array();
    for (const ConsentFormError& e : c.pending->errors) errors.push_back({{"field", e.field}, {"key", e.key}});
    pending = {{"op", consent_op_id(c.pending->op)},
               {"template", c.pending->template_id},
               {"consent", c.pending->consent_id},
               {"acknowledged", c.pending->acknowledged},
               {"code_sent", !c.pending->code_sent_to.empty()},
               {"errors", errors},
               {"return_to", c.pending->return_to}};
  }
  json gate = nullptr;
  if (c.gate) {
    gate = {{"use", c.gate->use},
            {"draft", c.gate->draft_id},
            {"template", c.gate->template_id},
            {"reason", consents::refusal_id(c.gate->decision.reason)},
            {"consent", c.gate->decision.consent_id},
            {"uncovered", c.gate->decision.uncovered}};
  }
  return {{"records", records},
          {"history", c.book.history().size()},
          {"pending", pending},
          {"gate", gate},
          {"view",
           {{"tab", c.view.tab},
            {"sort", c.view.sort},
            {"status", c.view.status},
            {"purpose", c.view.purpose},
            {"journal_sort", c.view.journal_sort},
            {"selected", c.view.selected},
            {"confirm_withdraw", c.view.confirm_withdraw}}}};
}

}  // namespace cabinet::app
