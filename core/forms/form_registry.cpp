#include "forms/form_registry.hpp"

#include <algorithm>

#include "assets/embedded.hpp"

namespace cabinet::forms {

FormRegistry FormRegistry::from_texts(const std::vector<std::string_view>& texts) {
  FormRegistry registry;
  for (std::string_view text : texts) {
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    ParseResult parsed = parse_form(json);
    if (!parsed.form) {
      registry.errors_.push_back(json.is_discarded() ? "not JSON" : parsed.error);
      continue;
    }
    SchemaValidator validator(parsed.form->schema);
    registry.forms_.push_back(std::make_unique<RegisteredForm>(RegisteredForm{std::move(*parsed.form), std::move(validator)}));
  }
  return registry;
}

const FormRegistry& FormRegistry::embedded() {
  static const FormRegistry registry = [] {
    std::vector<std::string_view> texts;
    for (const assets::Asset& asset : assets::all()) {
      if (asset.path.starts_with("forms/") && asset.path.ends_with(".json")) texts.push_back(asset.bytes);
    }
    return from_texts(texts);
  }();
  return registry;
}

const RegisteredForm* FormRegistry::find(std::string_view id) const {
  auto it = std::find_if(forms_.begin(), forms_.end(), [&](const auto& form) { return form->definition.id == id; });
  return it == forms_.end() ? nullptr : it->get();
}

}  // namespace cabinet::forms
