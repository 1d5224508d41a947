#pragma once
// Заявления: what a done application's result says in figures (the payout
// services: a table of payments with totals, PDF and CSV), the result's PDF,
// and the copy sent by email.
#include "app/forms/state.hpp"
#include "tracking/transitions.hpp"
#include "ui/app_view.hpp"

namespace cabinet::ui {

// The result document as a printable PDF (its text when the font cannot be read).
void download_result_pdf(Ui& ui, const PlatformHooks& hooks, const std::string& number, const std::string& document);

// The result's table with «Скачать PDF» and «Скачать CSV»; false (nothing
// drawn) when the result has no table that reads.
bool draw_result_figures(Ui& ui, const PlatformHooks& hooks, const tracking::Tracked& tracked);

// «Копия справки отправлена на …» (or why not) and the letter, for an application sent by email.
void draw_result_copy(Ui& ui, ViewState& view, const app::Application& application, const tracking::Tracked& tracked);

}  // namespace cabinet::ui
