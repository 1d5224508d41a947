#include "app/kernel/settings.hpp"

#include "i18n/catalog.hpp"
#include "json/read.hpp"
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
  if (!doc.is_object() || jsonread::int_of(doc, "version") != kSettingsVersion) return false;
  const auto language = jsonread::string_of(doc, "language");
  const auto display_name = jsonread::string_of(doc, "display_name");
  if (!language || !display_name) return false;
  const auto languages = i18n::available_languages();
  if (std::find(languages.begin(), languages.end(), *language) == languages.end()) return false;
  if (!text::is_valid_utf8(*display_name)) return false;
  // Display settings were added later: absent means the default, a wrong type is damage.
  const auto text_size = doc.contains("text_size") ? jsonread::int_of(doc, "text_size") : std::optional<int64_t>(100);
  const auto contrast =
      doc.contains("high_contrast") ? jsonread::bool_of(doc, "high_contrast") : std::optional<bool>(false);
  if (!text_size || *text_size > 1000 || !is_text_size(static_cast<int>(*text_size)) || !contrast) return false;
  state.language = *language;
  state.display_name = *display_name;
  state.text_size_percent = static_cast<int>(*text_size);
  state.high_contrast = *contrast;
  return true;
}

}  // namespace cabinet::app
