// «О сервисе»: what this build is. The embedded sandboxes and what they mean
// for the citizen, no ЕСИА sign-in, a simple electronic signature (not a
// КЭП), where the data is kept, the version. Open signed out too.
#include <imgui.h>

#include "ui/app_view.hpp"
#include "ui/kit/widgets.hpp"

namespace cabinet::ui {

void draw_about(Ui& ui, ViewState& view, const app::AppState& state, Dispatch& dispatch) {
  heading(ui, ui.tr("about.title"));
  paragraph(ui, ui.tr("about.intro"));
  heading(ui, ui.tr("about.sandboxes_title"), 2);
  for (const char* part : {"agency", "payments", "appointments", "records", "delivery"})
    paragraph(ui, "• " + ui.tr(std::string("about.sandbox_") + part));
  paragraph(ui, ui.tr("about.sandbox_meaning"));
  heading(ui, ui.tr("about.sign_in_title"), 2);
  paragraph(ui, ui.tr("about.sign_in_text"));
  heading(ui, ui.tr("about.signature_title"), 2);
  paragraph(ui, ui.tr("about.signature_text"));
  heading(ui, ui.tr("about.data_title"), 2);
  paragraph(ui, ui.tr("about.data_text"));
  paragraph(ui, ui.tr("about.version", {{"version", CABINET_VERSION}}), true);
  // Reached from the sign-in page: the way back, also on a phone whose menu is folded.
  if (state.account.phase != app::AccountPhase::signed_in) {
    ImGui::Spacing();
    if (button(ui, "about.to_sign_in", ui.tr("about.to_sign_in"), {.kind = ButtonKind::secondary})) {
      dispatch(app::Navigate{.section = "home"});
      view.menu_open = false;
    }
  }
}

// The link that opens «О сервисе» (the sign-in page, Помощь, the navigation).
void about_link(Ui& ui, ViewState& view, const char* id, Dispatch& dispatch) {
  if (button(ui, id, ui.tr("nav.about"), {.kind = ButtonKind::link})) {
    dispatch(app::Navigate{.section = "about"});
    view.menu_open = false;
    view.reset_scroll = true;
  }
}

}  // namespace cabinet::ui
