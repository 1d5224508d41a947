#pragma once
// The widgets of a form step: one function draws any field of a definition
// (text, textarea, date, select, radio, checkbox, money, file, address,
// repeatable group) from the journey's data and dispatches set_field.
#include <string>

#include "forms/form_definition.hpp"
#include "ui/kit/dispatch.hpp"
#include "ui/kit/ui.hpp"

namespace cabinet::ui {
struct ViewState;
}

namespace cabinet::ui {

struct PlatformHooks;

// The widget id of the field at `path` ("field./snils"), used for focus from the error summary.
std::string field_widget_id(const std::string& path);

// The citizen-facing text of a journey error on `field` (nullptr: a field not on the form).
std::string journey_error_text(const Ui& ui, const forms::Field* field, const app::JourneyError& error);

// The label of the field at `path`, in the UI language ("Период: с" for group items).
std::string field_label(const Ui& ui, const forms::FormDefinition& form, const std::string& path);

void draw_field(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch, const PlatformHooks& hooks,
                const forms::Field& field, const std::string& path);

// The data value shown to a person: dates as ДД.ММ.ГГГГ, money as rubles, options by label.
std::string display_value(const Ui& ui, const forms::Field& field, const nlohmann::json& value);

}  // namespace cabinet::ui
