#include "app/settings.hpp"

#include "i18n/catalog.hpp"
#include "text/utf8.hpp"

namespace cabinet::app {

bool is_text_size(int percent) {
  for (int allowed : kTextSizes) {
    if (allowed == percent) return true;
  }
  return false;
}

nlohmann::json settings_to_json(const AppState& state) {
  return {{"version", kSettingsVersion},
          {"language", state.language},
          {"display_name", state.display_name},
          {"text_size", state.text_size_percent},
          {"high_contrast", state.high_contrast}};
}

bool apply_settings(AppState& state, std::string_view data) {
  const nlohmann::json doc = nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false);
  if (doc.is_object() && doc.contains("text_size") && !doc["text_size"].is_number_integer()) return false;
  if (!doc.is_object() || doc.value("version", 0) != kSettingsVersion) return false;
  const auto language = doc.find("language");
  const auto name = doc.find("display_name");
  if (language == doc.end() || !language->is_string() || name == doc.end() || !name->is_string()) return false;
  const auto languages = i18n::available_languages();
  const std::string lang = language->get<std::string>();
  const std::string display_name = name->get<std::string>();
  if (std::find(languages.begin(), languages.end(), lang) == languages.end()) return false;
  if (!text::is_valid_utf8(display_name)) return false;
  // Display settings were added later: absent means the default.
  const int text_size = doc.value("text_size", 100);
  const auto contrast = doc.find("high_contrast");
  if (!is_text_size(text_size) || (contrast != doc.end() && !contrast->is_boolean())) return false;
  state.language = lang;
  state.display_name = display_name;
  state.text_size_percent = text_size;
  state.high_contrast = contrast != doc.end() && contrast->get<bool>();
  return true;
}

}  // namespace cabinet::app
