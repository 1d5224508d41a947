// The services catalog (query, filters, favourites, saved filters), the
// applications screen's tab, and forms.json: what survives a reload.
#include <algorithm>

#include "app/forms/handlers.hpp"
#include "forms/form_registry.hpp"
#include "json/read.hpp"
#include "text/utf8.hpp"
#include "tracking/status.hpp"

namespace cabinet::app {

namespace {

using json = nlohmann::json;

constexpr size_t kQueryMax = 200;
constexpr size_t kSavedFiltersMax = 20;

// Text typed into the catalog: "" when left out or not valid UTF-8, cut at `max` characters.
std::string clean_text(const std::optional<std::string>& raw, size_t max) {
  if (!raw || !text::is_valid_utf8(*raw)) return "";
  return text::truncate_code_points(*raw, max);
}

json saved_filter_json(const SavedFilter& f) {
  return {{"name", f.name}, {"query", f.query}, {"category", f.category}, {"document", f.document}};
}

}  // namespace

void handle(AppState& s, const CatalogSearch& a, Effects&) {
  s.forms.catalog.query = clean_text(a.query, kQueryMax);
}

void handle(AppState& s, const CatalogFilter& a, Effects&) {
  if (a.category) s.forms.catalog.category = clean_text(a.category, 40);
  if (a.document) s.forms.catalog.document = clean_text(a.document, 40);
  if (a.region) s.forms.catalog.region = clean_text(a.region, 4);
  if (a.favourites_only) s.forms.catalog.favourites_only = *a.favourites_only;
}

void handle(AppState& s, const ToggleFavourite& a, Effects& e) {
  const std::string id = a.form.value_or("");
  if (!forms::FormRegistry::embedded().find(id)) return;
  auto& favourites = s.forms.catalog.favourites;
  auto it = std::find(favourites.begin(), favourites.end(), id);
  if (it == favourites.end()) {
    favourites.push_back(id);
  } else {
    favourites.erase(it);
  }
  save_forms(s, e);
}

void handle(AppState& s, const SaveFilter& a, Effects& e) {
  const std::string name = text::trim(clean_text(a.name, 60));
  if (name.empty() || text::has_control_chars(name)) return;
  auto& saved = s.forms.catalog.saved_filters;
  std::erase_if(saved, [&](const SavedFilter& f) { return f.name == name; });
  if (saved.size() >= kSavedFiltersMax) saved.erase(saved.begin());
  saved.push_back({name, s.forms.catalog.query, s.forms.catalog.category, s.forms.catalog.document});
  add_notice(s, "success", "services.filter_saved", {{"name", name}});
  save_forms(s, e);
}

void handle(AppState& s, const ApplyFilter& a, Effects&) {
  const std::string name = a.name.value_or("");
  for (const SavedFilter& f : s.forms.catalog.saved_filters) {
    if (f.name != name) continue;
    s.forms.catalog.query = f.query;
    s.forms.catalog.category = f.category;
    s.forms.catalog.document = f.document;
  }
}

void handle(AppState& s, const DeleteFilter& a, Effects& e) {
  const std::string name = a.name.value_or("");
  if (std::erase_if(s.forms.catalog.saved_filters, [&](const SavedFilter& f) { return f.name == name; }) > 0)
    save_forms(s, e);
}

void handle(AppState& s, const OpenService& a, Effects& e) {
  const std::string id = a.form.value_or("");
  if (!forms::FormRegistry::embedded().find(id)) return;
  if (s.forms.has_journey && s.forms.drafts.dirty_since >= 0) save_forms(s, e);
  s.forms.has_journey = false;
  s.forms.open_service = id;
  s.section = Section::services;
}

void handle(AppState& s, const SetApplicationsTab& a, Effects&) {
  const std::string tab = a.tab.value_or("");
  if (tab != "drafts" && tab != "submitted" && tab != "archive") return;
  s.forms.applications.tab = tab;
  s.forms.applications.opened.clear();
}

void handle(AppState& s, const ApplicationsShow& a, Effects&) {
  ApplicationsView& v = s.forms.applications.view;
  if (a.status && (a.status->empty() || tracking::parse_status(*a.status))) v.status = *a.status;
  if (a.service && (a.service->empty() || forms::FormRegistry::embedded().find(*a.service))) v.service = *a.service;
  if (a.period && (*a.period == "all" || *a.period == "30d" || *a.period == "12m")) v.period = *a.period;
}

json forms_document(const FormsState& forms) {
  json drafts = json::array();
  for (const Draft& d : forms.drafts.items) drafts.push_back(draft_to_json(d));
  json applications = json::array();
  for (const Application& a : forms.applications.items) applications.push_back(application_to_json(a));
  json filters = json::array();
  for (const SavedFilter& f : forms.catalog.saved_filters) filters.push_back(saved_filter_json(f));
  json tracked = json::array();
  for (const tracking::Tracked& t : forms.applications.tracked) tracked.push_back(tracking::tracked_to_json(t));
  return {{"version", 1},
          {"drafts", drafts},
          {"applications", applications},
          {"favourites", forms.catalog.favourites},
          {"saved_filters", filters},
          {"next_sequence", forms.next_sequence},
          {"signing_key", forms.signing_key},
          {"tracked", tracked},
          {"outbox", forms.applications.outbox.to_json()},
          {"feed_cursor", forms.applications.feed_cursor},
          {"uploads", forms.applications.uploads}};
}

void save_forms(AppState& s, Effects& effects) {
  const json document = forms_document(s.forms);
  s.forms.drafts.dirty_since = -1;
  effects.push_back(Save{kFormsKey, document.dump()});
}

bool load_forms(AppState& s, const std::string& text) {
  const json document = json::parse(text, nullptr, false);
  if (!document.is_object() || jsonread::int_of(document, "version").value_or(0) != 1) return false;
  FormsState loaded;
  if (const json* drafts = jsonread::member(document, "drafts"); drafts && drafts->is_array()) {
    for (const json& d : *drafts) {
      if (auto draft = draft_from_json(d)) loaded.drafts.items.push_back(std::move(*draft));
    }
  }
  if (const json* applications = jsonread::member(document, "applications"); applications && applications->is_array()) {
    for (const json& a : *applications) {
      if (auto application = application_from_json(a)) loaded.applications.items.push_back(std::move(*application));
    }
  }
  if (const json* favourites = jsonread::member(document, "favourites"); favourites && favourites->is_array()) {
    for (const json& f : *favourites) {
      if (f.is_string()) loaded.catalog.favourites.push_back(f.get<std::string>());
    }
  }
  if (const json* filters = jsonread::member(document, "saved_filters"); filters && filters->is_array()) {
    for (const json& f : *filters) {
      loaded.catalog.saved_filters.push_back(
          {jsonread::string_of(f, "name").value_or(""), jsonread::string_of(f, "query").value_or(""),
           jsonread::string_of(f, "category").value_or(""), jsonread::string_of(f, "document").value_or("")});
    }
  }
  loaded.next_sequence =
      static_cast<uint64_t>(std::max<int64_t>(1, jsonread::int_of(document, "next_sequence").value_or(1)));
  if (const json* key = jsonread::member(document, "signing_key")) loaded.signing_key = *key;
  // Before the profile moved to account.json, forms.json kept it: taken over once (account.json is saved at sign-in).
  if (const json* profile = jsonread::member(document, "profile"); profile && s.account.profile.empty())
    s.account.profile = Profile::from_json(*profile);
  if (const json* tracked = jsonread::member(document, "tracked"); tracked && tracked->is_array()) {
    for (const json& t : *tracked) {
      if (auto item = tracking::tracked_from_json(t)) loaded.applications.tracked.push_back(std::move(*item));
    }
  }
  if (const json* outbox = jsonread::member(document, "outbox")) {
    // A damaged outbox would lose submissions: refuse the whole file, which is then kept aside.
    auto parsed = tracking::Outbox::from_json(*outbox);
    if (!parsed) return false;
    loaded.applications.outbox = std::move(*parsed);
  }
  loaded.applications.feed_cursor = jsonread::string_of(document, "feed_cursor").value_or("");
  if (const json* uploads = jsonread::member(document, "uploads"); uploads && uploads->is_object()) {
    for (auto it = uploads->begin(); it != uploads->end(); ++it) {
      if (it->is_array()) loaded.applications.uploads[it.key()] = *it;
    }
  }
  // Whatever is still open is looked at again soon after the start.
  loaded.applications.next_sync_ms = loaded.applications.outbox.waiting() > 0 || !loaded.applications.tracked.empty() ? s.now_ms : -1;
  // What the citizen is doing right now (an open form, the query) stays.
  loaded.catalog.query = s.forms.catalog.query;
  loaded.open_service = s.forms.open_service;
  s.forms = std::move(loaded);
  return true;
}

}  // namespace cabinet::app
