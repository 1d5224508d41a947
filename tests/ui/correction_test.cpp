// «Исправить и отправить повторно» through the real screens on a phone: the
// button on an application the agency asked to correct, the journey's banner
// naming the old number, and the links both ways once the correction is sent.
#include <gtest/gtest.h>

#include <string>

#include "../unit/app/consent_steps.hpp"
#include "../unit/tracking/tracking_support.hpp"
#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;
using nlohmann::json;

TEST(CorrectionScreen, TheAgencysRequestIsCorrectedAsANewApplicationLinkedToTheOld) {
  ui_test::Fixture f;
  ASSERT_TRUE(f.signed_in);
  ASSERT_FALSE(consent_steps::give(f.runtime, "application_processing").empty());
  f.runtime.dispatch({"sandbox_documents", {{"every", 1}}});
  f.runtime.dispatch({"start_form", {{"form", "appeal"}}});
  json data = tracking::test::valid_fixture("appeal");
  data.erase("attachments");
  for (auto it = data.begin(); it != data.end(); ++it)
    f.runtime.dispatch({"set_field", {{"path", "/" + it.key()}, {"value", *it}}});
  f.runtime.dispatch(
      {"attach_file", {{"field", "attachments"}, {"name", "жалоба.pdf"}, {"content_base64", "JVBERi0xLjQKJSVFT0YK"}}});
  for (int i = 0; i < 6 && f.runtime.state().forms.journey.page != app::JourneyPage::review; ++i)
    f.runtime.dispatch({"next_step", {}});
  f.runtime.dispatch({"submit", {}});
  const std::string number = f.runtime.state().forms.journey.application_number;
  ASSERT_FALSE(number.empty());
  f.runtime.dispatch({"sandbox_fast_forward", {{"hours", 2}}});
  f.runtime.dispatch({"sandbox_documents", {{"every", 0}}});
  f.runtime.dispatch({"close_journey", {}});

  ui::HeadlessApp app(f.runtime, 390, 844, cabinet::test::font_dir());
  f.runtime.dispatch({"set_applications_tab", {{"tab", "submitted"}}});
  f.runtime.dispatch({"navigate", {{"section", "applications"}}});
  app.frame();
  const std::string correct = "applications.correct." + number;
  ASSERT_TRUE(app.find(correct));
  EXPECT_TRUE(app.find("Исправить и отправить повторно"));
  ASSERT_TRUE(app.click(correct));
  app.frame();
  EXPECT_EQ(f.runtime.state().section, app::Section::services);
  const std::string banner = "Исправление заявления № " + number +
                             ". Проверьте и исправьте сведения, затем отправьте: рассмотрение заявления № " + number +
                             " будет прекращено, рассматриваться будет исправленное.";
  EXPECT_TRUE(app.find(banner));
  for (const auto& node : app.semantics().nodes()) EXPECT_LE(node.rect.x + node.rect.w, 390.5f) << node.label;

  for (int i = 0; i < 6 && f.runtime.state().forms.journey.page != app::JourneyPage::review; ++i)
    f.runtime.dispatch({"next_step", {}});
  f.runtime.dispatch({"submit", {}});
  const std::string correction = f.runtime.state().forms.journey.application_number;
  ASSERT_FALSE(correction.empty());
  app.frame();
  EXPECT_TRUE(app.find("Это исправление заявления № " + number +
                       ": его рассмотрение прекращается, Социальный фонд рассматривает исправленное заявление."));
  f.runtime.dispatch({"close_journey", {}});
  f.runtime.dispatch({"set_applications_tab", {{"tab", "archive"}}});
  f.runtime.dispatch({"navigate", {{"section", "applications"}}});
  app.frame();
  EXPECT_TRUE(app.find("Исправлено заявлением № " + correction + "."));
  EXPECT_FALSE(app.find(correct));  // cancelled and corrected: no second correction
  f.runtime.dispatch({"set_applications_tab", {{"tab", "submitted"}}});
  app.frame();
  EXPECT_TRUE(app.find("Исправление заявления № " + number + "."));
}
