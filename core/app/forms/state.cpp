#include "app/forms/state.hpp"

#include "json/read.hpp"
#include "time/iso8601.hpp"

namespace cabinet::app {

namespace {

std::string_view page_id(JourneyPage page) {
  switch (page) {
    case JourneyPage::start:
      return "start";
    case JourneyPage::step:
      return "step";
    case JourneyPage::review:
      return "review";
    case JourneyPage::confirmation:
      return "confirmation";
  }
  return "start";
}

// The result's figures (their row count and totals) and the copy by email, when there are any.
void add_result_summary(nlohmann::json& out, const FormsState& s, const Application& a) {
  for (const tracking::Tracked& t : s.applications.tracked) {
    const nlohmann::json* rows = jsonread::member(t.result_table, "rows");
    if (t.number != a.number || !rows || !rows->is_array()) continue;
    out["result_table"] = {{"rows", rows->size()}, {"totals", t.result_table.value("totals", nlohmann::json())}};
  }
  if (a.copy_sent_ms != 0) out["copy_sent_to"] = a.copy_sent_to;
  if (a.copy_no_address) out["copy_no_address"] = true;
}

}  // namespace

nlohmann::json draft_to_json(const Draft& d) {
  nlohmann::json out = {{"id", d.id},
                        {"form", d.form_id},
                        {"form_version", d.form_version},
                        {"data", d.data},
                        {"step", d.step},
                        {"created", time::format_iso_utc(d.created_ms)},
                        {"updated", time::format_iso_utc(d.updated_ms)}};
  if (!d.corrects.empty()) out["corrects"] = d.corrects;
  return out;
}

std::optional<Draft> draft_from_json(const nlohmann::json& j) {
  Draft d;
  d.id = jsonread::string_of(j, "id").value_or("");
  d.form_id = jsonread::string_of(j, "form").value_or("");
  if (d.id.empty() || d.form_id.empty()) return std::nullopt;
  d.form_version = static_cast<int>(jsonread::int_of(j, "form_version").value_or(1));
  if (const nlohmann::json* data = jsonread::member(j, "data"); data && data->is_object()) d.data = *data;
  d.step = static_cast<size_t>(std::max<int64_t>(0, jsonread::int_of(j, "step").value_or(0)));
  d.created_ms = time::parse_iso(jsonread::string_of(j, "created").value_or("")).value_or(0);
  d.updated_ms = time::parse_iso(jsonread::string_of(j, "updated").value_or("")).value_or(d.created_ms);
  d.corrects = jsonread::text_of(j, "corrects");
  return d;
}

nlohmann::json application_to_json(const Application& a) {
  nlohmann::json out = {{"number", a.number},
                        {"form", a.form_id},
                        {"form_version", a.form_version},
                        {"submitted", time::format_iso_utc(a.submitted_ms)},
                        {"status", a.status},
                        {"envelope", a.envelope}};
  if (a.copy_sent_ms != 0) out["copy"] = {{"to", a.copy_sent_to}, {"time", time::format_iso_utc(a.copy_sent_ms)}};
  if (a.copy_no_address) out["copy"] = {{"no_address", true}};
  return out;
}

std::optional<Application> application_from_json(const nlohmann::json& j) {
  Application a;
  a.number = jsonread::string_of(j, "number").value_or("");
  a.form_id = jsonread::string_of(j, "form").value_or("");
  if (a.number.empty() || a.form_id.empty()) return std::nullopt;
  a.form_version = static_cast<int>(jsonread::int_of(j, "form_version").value_or(1));
  a.submitted_ms = time::parse_iso(jsonread::string_of(j, "submitted").value_or("")).value_or(0);
  a.status = jsonread::string_of(j, "status").value_or("registered");
  if (const nlohmann::json* envelope = jsonread::member(j, "envelope")) a.envelope = *envelope;
  if (const nlohmann::json* copy = jsonread::member(j, "copy")) {
    a.copy_sent_to = jsonread::text_of(*copy, "to");
    a.copy_sent_ms = jsonread::time_of(*copy, "time").value_or(0);
    a.copy_no_address = jsonread::bool_of(*copy, "no_address").value_or(false);
  }
  return a;
}

nlohmann::json forms_summary(const FormsState& s) {
  nlohmann::json drafts = nlohmann::json::array();
  for (const Draft& d : s.drafts.items)
    drafts.push_back({{"id", d.id}, {"form", d.form_id}, {"step", d.step}, {"data", d.data}, {"corrects", d.corrects}});
  nlohmann::json applications = nlohmann::json::array();
  for (const Application& a : s.applications.items) {
    applications.push_back({{"number", a.number},
                            {"form", a.form_id},
                            {"status", a.status},
                            {"submitted", time::format_iso_utc(a.submitted_ms)},
                            {"corrects", jsonread::text_of(a.envelope, "corrects")}});
    add_result_summary(applications.back(), s, a);
  }
  nlohmann::json journey = nullptr;
  if (s.has_journey) {
    nlohmann::json errors = nlohmann::json::array();
    for (const JourneyError& e : s.journey.errors)
      errors.push_back({{"path", e.path}, {"keyword", e.keyword}, {"params", e.params}});
    journey = {{"form", s.journey.form_id},
               {"draft", s.journey.draft_id},
               {"page", page_id(s.journey.page)},
               {"step", s.journey.step},
               {"data", s.journey.data},
               {"errors", errors},
               {"attach_error", s.journey.attach_error},
               {"application_number", s.journey.application_number}};
  }
  return {{"catalog",
           {{"query", s.catalog.query},
            {"category", s.catalog.category},
            {"document", s.catalog.document},
            {"favourites_only", s.catalog.favourites_only},
            {"favourites", s.catalog.favourites}}},
          {"open_service", s.open_service},
          {"journey", journey},
          {"drafts", drafts},
          {"applications", applications},
          {"outbox_waiting", s.applications.outbox.waiting()},
          {"applications_tab", s.applications.tab},
          {"opened_application", s.applications.opened},
          {"applications_view",
           {{"status", s.applications.view.status},
            {"service", s.applications.view.service},
            {"period", s.applications.view.period}}}};
}

}  // namespace cabinet::app
