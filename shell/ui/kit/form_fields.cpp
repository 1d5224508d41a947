#include "ui/kit/form_fields.hpp"

#include <imgui.h>

#include <set>

#include "app/documents/state.hpp"
#include "app/kernel/json_pointer.hpp"
#include "forms/messages.hpp"
#include "ids/ids.hpp"
#include "ui/app_view.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

namespace {

using json = nlohmann::json;

std::string as_text(const json* value) {
  if (!value) return "";
  if (value->is_string()) return value->get<std::string>();
  if (value->is_null()) return "";
  return value->dump();
}

// "2024-03-15" -> "15.03.2024"; anything else as it is (a date being typed).
std::string iso_to_display(const std::string& text) {
  if (text.size() == 10 && text[4] == '-' && text[7] == '-')
    return text.substr(8, 2) + "." + text.substr(5, 2) + "." + text.substr(0, 4);
  return text;
}

// "15.03.2024" -> "2024-03-15" when it is a whole date; else the text as typed.
json display_to_iso(const std::string& text) {
  const ids::DateResult date = ids::check_date(text);
  if (!date.ok()) return text;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", date.date.year, date.date.month, date.date.day);
  return std::string(buffer);
}

std::string rubles(int64_t kopecks) {
  std::string whole = std::to_string(kopecks / 100);
  for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3) whole.insert(static_cast<size_t>(i), " ");
  const int64_t rest = kopecks % 100;
  return whole + "," + (rest < 10 ? "0" : "") + std::to_string(rest);
}

json parse_money(const std::string& text) {
  const ids::AmountResult amount = ids::check_amount(text);
  if (!amount.ok()) return text;
  return amount.kopecks;
}

// The phone keyboard's layout for the field: digits for identifiers, dates and money.
std::string input_kind(const forms::Field& field) {
  static const std::set<std::string> digits = {
      "snils",        "inn",     "kpp",          "ogrn",     "ogrnip",
      "bik",          "account", "corr-account", "passport", "passport-office-code",
      "postal-index", "date"};
  if (field.format == "phone" || field.name.find("phone") != std::string::npos) return "tel";
  if (field.format == "email" || field.name.find("email") != std::string::npos) return "email";
  if (field.widget == "money" || field.widget == "date" || digits.count(field.format)) return "numeric";
  return "text";
}

const char* autocomplete_for(const forms::Field& field) {
  if (field.prefill == "profile.phone") return "tel";
  if (field.prefill == "profile.email") return "email";
  if (field.prefill == "profile.full_name") return "name";
  if (field.prefill == "profile.address") return "street-address";
  return "";
}

const app::JourneyError* error_at(const app::AppState& state, const std::string& path) {
  for (const app::JourneyError& e : state.forms.journey.errors) {
    if (e.path == path) return &e;
  }
  return nullptr;
}

void set(Dispatch& dispatch, const std::string& path, const json& value) {
  dispatch(app::SetField{.path = path, .value = value});
}

void draw_choice(Ui& ui, Dispatch& dispatch, const forms::Field& field, const std::string& path, const json* value,
                 const std::string& error) {
  ImGui::PushFont(fonts().bold);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(field.label.in(ui.catalog.language()).c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  if (!field.hint.empty()) paragraph(ui, field.hint.in(ui.catalog.language()), true);
  const std::string current = as_text(value);
  for (const forms::Option& option : field.options) {
    const std::string id = field_widget_id(path) + "." + option.value;
    if (radio(ui, id.c_str(), option.label.in(ui.catalog.language()), current == option.value))
      set(dispatch, path, option.value);
  }
  if (!error.empty()) banner(ui, (field_widget_id(path) + ".error").c_str(), error, true);
}

constexpr size_t kDocumentLinks = 5;  // «Из моих документов» shows this many at a time

// «Из моих документов»: the citizen's stored documents, newest first; an
// expired one is listed too and refused with the reason when chosen.
void draw_from_documents(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch,
                         const forms::Field& field, const std::string& path) {
  const app::DocumentsState& stored = state.documents;
  if (stored.documents.empty()) return;
  paragraph(ui, ui.tr("journey.from_documents"), true);
  // A few links at a time: with many documents a search narrows them (up to 1,000 are kept).
  std::string& query = view.document_queries[path];
  if (stored.documents.size() > kDocumentLinks) {
    const std::string id = field_widget_id(path) + ".document_search";
    text_field(ui, id.c_str(), ui.tr("journey.from_documents_search"), query, {.max_bytes = 400});
  }
  size_t total = 0;
  const std::vector<const app::Document*> found = app::find_documents(stored, query, kDocumentLinks, total);
  if (found.empty()) paragraph(ui, ui.tr("journey.from_documents_none"), true);
  if (total > found.size())
    paragraph(ui, ui.tr("journey.from_documents_more", {{"shown", found.size()}, {"total", total}}), true);
  for (const app::Document* document : found) {
    const app::Document& d = *document;
    const std::string title = d.title.empty() ? ui.tr("documents.type." + d.type) : d.title;
    const std::string& until = d.current().valid_until;
    const std::string label =
        until.empty()
            ? ui.tr("journey.from_documents_item", {{"title", title}, {"file", d.current().file_name}})
            : ui.tr("journey.from_documents_until",
                    {{"title", title}, {"file", d.current().file_name}, {"date", app::display_iso_date(until)}});
    const std::string id = field_widget_id(path) + ".document." + d.id;
    if (button(ui, id.c_str(), label, {.kind = ButtonKind::link}))
      dispatch(app::AttachDocument{.field = field.name, .id = d.id});
  }
}

void draw_files(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
                const forms::Field& field, const std::string& path, const json* value, const std::string& error) {
  const std::string& language = ui.catalog.language();
  ImGui::PushFont(fonts().bold);
  ImGui::TextWrapped("%s", field.label.in(language).c_str());
  ImGui::PopFont();
  std::string accept;
  for (const std::string& type : field.accept) accept += (accept.empty() ? "" : ", ") + type;
  if (accept.empty()) accept = "jpg, png, pdf";
  // The form's own hint names the formats in the seed's words; else the rules from the definition.
  paragraph(ui,
            !field.hint.empty() ? field.hint.in(language)
                                : ui.tr("journey.files_rules",
                                        {{"types", accept}, {"mb", field.max_size_mb}, {"count", field.max_files}}),
            true);
  if (value && value->is_array()) {
    for (size_t i = 0; i < value->size(); ++i) {
      const json& file = (*value)[i];
      const std::string name = file.value("name", std::string());
      const int64_t size = file.value("size", int64_t{0});
      paragraph(ui, "• " + name + " (" + std::to_string((size + 1023) / 1024) + " КБ)");
      const std::string id = field_widget_id(path) + ".remove." + std::to_string(i);
      if (button(ui, id.c_str(), ui.tr("journey.remove_file", {{"name", name}}), {.kind = ButtonKind::link}))
        dispatch(app::RemoveAttachment{.field = field.name, .index = static_cast<int64_t>(i)});
    }
  }
  const app::Journey& journey = state.forms.journey;
  if (hooks.pick_file) {
    if (button(ui, field_widget_id(path).c_str(), ui.tr("journey.attach_button", {{"label", field.label.in(language)}}),
               {.kind = ButtonKind::secondary}))
      hooks.pick_file(field.name, accept);
  } else {
    paragraph(ui, ui.tr("journey.no_file_picker"), true);
  }
  draw_from_documents(ui, view, state, dispatch, field, path);
  if (!journey.attach_error.empty())
    banner(ui, "journey.attach_error", ui.tr(journey.attach_error, journey.attach_params), true);
  if (!error.empty()) banner(ui, (field_widget_id(path) + ".error").c_str(), error, true);
}

void draw_group(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
                const forms::Field& field, const std::string& path, const json* value) {
  const std::string& language = ui.catalog.language();
  heading(ui, field.label.in(language), 2);
  if (!field.hint.empty()) paragraph(ui, field.hint.in(language), true);
  const size_t count = value && value->is_array() ? value->size() : 0;
  for (size_t i = 0; i < count; ++i) {
    const std::string item_path = path + "/" + std::to_string(i);
    ImGui::Separator();
    heading(ui, ui.tr("journey.group_item", {{"n", i + 1}}), 3);
    for (const forms::Field& child : field.fields)
      draw_field(ui, view, state, dispatch, hooks, child, item_path + "/" + child.name);
    const std::string remove_id = field_widget_id(item_path) + ".remove";
    if (button(ui, remove_id.c_str(), ui.tr("journey.remove_item", {{"n", i + 1}}), {.kind = ButtonKind::link}))
      dispatch(app::RemoveGroupItem{.group = field.name, .index = static_cast<int64_t>(i)});
  }
  ImGui::Separator();
  if (button(ui, field_widget_id(path).c_str(), ui.tr("journey.add_item"), {.kind = ButtonKind::secondary}))
    dispatch(app::AddGroupItem{.group = field.name});
  if (const app::JourneyError* e = error_at(state, path))
    banner(ui, (field_widget_id(path) + ".error").c_str(), journey_error_text(ui, &field, *e), true);
}

}  // namespace

std::string field_widget_id(const std::string& path) {
  return "field." + path;
}

std::string journey_error_text(const Ui& ui, const forms::Field* field, const app::JourneyError& error) {
  const std::string& language = ui.catalog.language();
  if (field) {
    if (auto it = field->messages.find(error.keyword); it != field->messages.end()) return it->second.in(language);
    if (field->widget == "date" && (error.keyword == "format" || error.keyword == "type"))
      return ui.tr("journey.errors.date");
    if (field->widget == "money" && error.keyword == "type") return ui.tr("journey.errors.money");
    if (field->widget == "file" && error.keyword == "minItems") return ui.tr("journey.errors.file_required");
  }
  if (error.keyword == "required") return ui.tr("journey.errors.required");
  if (error.keyword == "not_above_profile") {
    json params = error.params;
    params["limit"] = rubles(error.params.value("limit", int64_t{0}));
    return ui.tr("journey.errors.not_above_profile", params);
  }
  if (error.keyword == "date_order" || error.keyword == "limit_unknown")
    return ui.tr("journey.errors." + error.keyword, error.params);
  if (error.keyword == "enum" || error.keyword == "const") return ui.tr("journey.errors.choose");
  return forms::message(ui.catalog, forms::ValidationError{error.path, error.keyword, error.params});
}

std::string field_label(const Ui& ui, const forms::FormDefinition& form, const std::string& path) {
  std::vector<std::string> tokens;
  if (!app::split_pointer(path, tokens)) return path;
  const forms::Field* field = form.find_field(tokens[0]);
  if (!field) return tokens[0];
  std::string label = field->label.in(ui.catalog.language());
  if (tokens.size() >= 3) {
    for (const forms::Field& child : field->fields) {
      if (child.name == tokens[2]) {
        size_t index = 0;
        for (char c : tokens[1]) index = index * 10 + static_cast<size_t>(c >= '0' && c <= '9' ? c - '0' : 0);
        label += " " + std::to_string(index + 1) + ": " + child.label.in(ui.catalog.language());
      }
    }
  }
  return label;
}

std::string display_value(const Ui& ui, const forms::Field& field, const json& value) {
  if (field.widget == "date") return iso_to_display(as_text(&value));
  if (field.widget == "money" && value.is_number_integer()) return rubles(value.get<int64_t>()) + " ₽";
  if (field.widget == "checkbox") return ui.tr(value.is_boolean() && value.get<bool>() ? "journey.yes" : "journey.no");
  if (field.widget == "select" || field.widget == "radio") {
    for (const forms::Option& option : field.options) {
      if (option.value == as_text(&value)) return option.label.in(ui.catalog.language());
    }
  }
  if (field.widget == "file" && value.is_array()) {
    std::string names;
    for (const json& file : value) names += (names.empty() ? "" : ", ") + file.value("name", std::string());
    return names;
  }
  return as_text(&value);
}

void draw_field(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
                const forms::Field& field, const std::string& path) {
  const json* value = app::get_at_pointer(state.forms.journey.data, path);
  const app::JourneyError* error = error_at(state, path);
  const std::string error_text = error ? journey_error_text(ui, &field, *error) : "";
  const std::string& language = ui.catalog.language();
  const std::string id = field_widget_id(path);
  ImGui::Spacing();
  if (field.widget == "group") return draw_group(ui, view, state, dispatch, hooks, field, path, value);
  if (field.widget == "file") return draw_files(ui, view, state, dispatch, hooks, field, path, value, error_text);
  if (field.widget == "select" || field.widget == "radio")
    return draw_choice(ui, dispatch, field, path, value, error_text);
  if (field.widget == "checkbox") {
    bool checked = value && value->is_boolean() && value->get<bool>();
    if (checkbox(ui, id.c_str(), field.label.in(language), checked)) set(dispatch, path, checked);
    if (!error_text.empty()) banner(ui, (id + ".error").c_str(), error_text, true);
    return;
  }
  std::string text = as_text(value);
  if (field.widget == "date") text = iso_to_display(text);
  if (field.widget == "money" && value && value->is_number_integer()) text = rubles(value->get<int64_t>());
  FieldOptions options;
  options.hint = field.hint.in(language);
  if (options.hint.empty() && field.widget == "date") options.hint = ui.tr("journey.date_hint");
  if (options.hint.empty() && field.widget == "money") options.hint = ui.tr("journey.money_hint");
  options.error = error_text;
  const std::string input = input_kind(field);
  options.input = input == "tel" ? "tel" : input == "email" ? "email" : input == "numeric" ? "numeric" : "text";
  options.autocomplete = autocomplete_for(field);
  options.multiline = field.widget == "textarea" || field.widget == "address";
  options.max_bytes = field.widget == "textarea" ? 16000 : 2000;
  if (!text_field(ui, id.c_str(), field.label.in(language), text, options)) return;
  if (field.widget == "date") return set(dispatch, path, display_to_iso(text));
  if (field.widget == "money") return set(dispatch, path, parse_money(text));
  set(dispatch, path, text);
}

}  // namespace cabinet::ui
