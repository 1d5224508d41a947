// Помощь names only what is there: every «quoted» name in a help article (ru)
// and in a form's hint is a label drawn by the real screens, or a name with a
// source of its own (a status of the tracking catalog, a form's title, step,
// field, option or document). The screens are drawn headless for a signed-in
// sandbox citizen (every section and its tabs, a service's start page and
// first step, the review and confirmation pages, an application sent), then
// signed out (sign-in, «Забыли пароль?», the backup) and with no account yet
// (registration).
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../unit/app/consent_steps.hpp"
#include "assets/embedded.hpp"
#include "forms/form_registry.hpp"
#include "help/articles.hpp"
#include "support/test_paths.hpp"
#include "ui_fixture.hpp"

using namespace cabinet;

namespace {

using ui_test::Fixture;

// Buttons drawn only in a state the screens below never reach: «Загрузить
// документы» shows on an application the agency asked documents of
// (tests/unit/app/lifecycle_test.cpp makes one; the agency asks a share only).
const std::set<std::string> kOnlyInAnotherState = {"Загрузить документы"};

// «Отправленные (2)» is the tab «Отправленные»; «Уведомления (3)» the section «Уведомления».
std::string without_count(std::string label) {
  if (label.empty() || label.back() != ')') return label;
  const size_t open = label.rfind(" (");
  if (open == std::string::npos) return label;
  for (size_t i = open + 2; i + 1 < label.size(); ++i) {
    if (label[i] < '0' || label[i] > '9') return label;
  }
  return label.substr(0, open);
}

void collect(const ui::HeadlessApp& app, std::set<std::string>& labels) {
  for (const auto& node : app.semantics().nodes()) {
    if (!node.label.empty()) labels.insert(without_count(node.label));
  }
}

// The drawn page, then each of its tabs and each folded part opened in turn.
void collect_page(ui::HeadlessApp& app, std::set<std::string>& labels) {
  app.frame();
  app.frame();
  collect(app, labels);
  std::vector<std::string> openers;
  for (const auto& node : app.semantics().nodes()) {
    if (node.id.find(".tab.") != std::string::npos || node.expanded == 0) openers.push_back(node.id);
  }
  for (const std::string& id : openers) {
    if (!app.click(id)) continue;
    app.frame();
    collect(app, labels);
  }
}

void navigate(ui::HeadlessApp& app, app::Runtime& runtime, app::Section section) {
  runtime.dispatch({"navigate", {{"section", std::string(app::section_id(section))}}});
  app.frame();
}

// Every label the screens draw, in Russian.
std::set<std::string> drawn_labels() {
  std::set<std::string> labels;
  {
    Fixture f;
    f.runtime.start();
    ui::HeadlessApp app(f.runtime, 1280, 3000, cabinet::test::font_dir());
    app.hooks().download = [](const std::string&, const std::string&, const std::string&) {};
    for (app::Section section : app::kAllSections) {
      navigate(app, f.runtime, section);
      collect_page(app, labels);
    }
    // Each service: its start page and first step («Услуги» again would leave the form: opened from there).
    navigate(app, f.runtime, app::Section::services);
    for (const auto& form : forms::FormRegistry::embedded().forms()) {
      f.runtime.dispatch({"open_service", {{"form", form->definition.id}}});
      collect_page(app, labels);
      f.runtime.dispatch({"start_form", {{"form", form->definition.id}}});
      collect_page(app, labels);
      f.runtime.dispatch({"close_journey", {}});
    }
    // A certificate through review and confirmation to «Заявления».
    EXPECT_FALSE(consent_steps::give(f.runtime, "application_processing").empty());
    f.runtime.dispatch({"start_form", {{"form", "pension-amount-certificate"}}});
    f.runtime.dispatch({"set_field", {{"path", "/period_from"}, {"value", "2026-01-01"}}});
    f.runtime.dispatch({"set_field", {{"path", "/period_to"}, {"value", "2026-06-30"}}});
    f.runtime.dispatch({"next_step", {}});
    f.runtime.dispatch({"next_step", {}});
    collect_page(app, labels);
    f.runtime.dispatch({"submit", {}});
    collect_page(app, labels);
    EXPECT_EQ(f.runtime.state().forms.applications.items.size(), 1u);
    f.runtime.dispatch({"close_journey", {}});
    navigate(app, f.runtime, app::Section::applications);
    collect_page(app, labels);
    // Decided by the sandbox agency: its payments table with «Скачать PDF» and «Скачать CSV» in «Архив».
    f.runtime.dispatch({"sandbox_fast_forward", {{"hours", 24}}});
    f.runtime.dispatch({"sync_agency", {}});
    EXPECT_EQ(f.runtime.state().forms.applications.items[0].status, "done");
    collect_page(app, labels);
    // Signed out: the sign-in page, «Забыли пароль?» and the backup.
    f.runtime.dispatch({"sign_out", {}});
    navigate(app, f.runtime, app::Section::home);
    collect_page(app, labels);
    for (const char* link : {"sign_in.forgot", "restore.open"}) {
      navigate(app, f.runtime, app::Section::home);
      app.view().account.mode = "sign_in";
      app.frame();
      EXPECT_TRUE(app.click(link)) << link;
      collect_page(app, labels);
    }
  }
  {
    // No account on this device yet: «Зарегистрироваться» and the registration form.
    storage::MemoryStorage storage;
    app::FakeClock clock{1'795'424'400'000};
    app::Runtime runtime{storage, clock, app::test_account_crypto()};
    runtime.start();
    ui::HeadlessApp app(runtime, 1280, 3000, cabinet::test::font_dir());
    collect_page(app, labels);
    EXPECT_TRUE(app.click("sign_in.register"));
    collect_page(app, labels);
    // The codes' page.
    const app::DemoPerson p;
    runtime.dispatch({"register_submit",
                      {{"full_name", p.full_name},
                       {"birth_date", p.birth_date},
                       {"phone", p.phone},
                       {"email", p.email},
                       {"snils", p.snils},
                       {"password", p.password},
                       {"password_repeat", p.password},
                       {"agree", true}}});
    collect_page(app, labels);
    EXPECT_EQ(runtime.state().account.step, "confirm");
  }
  return labels;
}

// What a form names: its title, steps, fields, options and documents.
void add_field_names(const forms::Field& field, std::set<std::string>& names) {
  names.insert(field.label.in("ru"));
  for (const forms::Option& option : field.options) names.insert(option.label.in("ru"));
  for (const forms::Field& child : field.fields) add_field_names(child, names);
}

std::set<std::string> form_names() {
  std::set<std::string> names;
  for (const auto& form : forms::FormRegistry::embedded().forms()) {
    const forms::FormDefinition& d = form->definition;
    names.insert(d.title.in("ru"));
    for (const forms::LocalText& document : d.documents) names.insert(document.in("ru"));
    for (const forms::Step& step : d.steps) {
      names.insert(step.title.in("ru"));
      for (const forms::Field& field : step.fields) add_field_names(field, names);
    }
  }
  return names;
}

// The statuses an application can have, as the tracking catalog names them.
std::set<std::string> status_names() {
  std::set<std::string> names;
  const auto bytes = assets::find("i18n/ru/tracking.json");
  if (!bytes) return names;
  const nlohmann::json catalog = nlohmann::json::parse(*bytes);
  for (const auto& [id, label] : catalog["tracking"]["status"].items()) names.insert(label.get<std::string>());
  return names;
}

// «…» quotes of a text, nested ones kept inside their outer quote.
std::vector<std::string> quotes(const std::string& text) {
  static const std::string open = "«", close = "»";
  std::vector<std::string> out;
  size_t depth = 0, start = 0;
  for (size_t i = 0; i < text.size();) {
    if (text.compare(i, open.size(), open) == 0) {
      if (depth++ == 0) start = i + open.size();
      i += open.size();
    } else if (text.compare(i, close.size(), close) == 0) {
      if (depth > 0 && --depth == 0) out.push_back(text.substr(start, i - start));
      i += close.size();
    } else {
      ++i;
    }
  }
  return out;
}

struct Texts {
  std::string where, text;
};

// The help articles (ru) and the forms' hints, which tell the citizen where to click.
std::vector<Texts> texts_naming_the_screens() {
  std::vector<Texts> out;
  for (const help::Article& article : help::articles()) {
    out.push_back({"help " + article.id + " (title)", article.title.in("ru")});
    out.push_back({"help " + article.id, article.body.in("ru")});
  }
  for (const auto& form : forms::FormRegistry::embedded().forms()) {
    const forms::FormDefinition& d = form->definition;
    for (const forms::Step& step : d.steps) {
      out.push_back({"form " + d.id + " step " + step.id, step.hint.in("ru")});
      for (const forms::Field& field : step.fields)
        out.push_back({"form " + d.id + " " + field.name, field.hint.in("ru")});
    }
  }
  return out;
}

}  // namespace

TEST(HelpLabels, QuotesTellTheirQuotesApart) {
  EXPECT_EQ(quotes("Нажмите «Войти», затем «Помощь» → «Задать вопрос»."),
            (std::vector<std::string>{"Войти", "Помощь", "Задать вопрос"}));
  EXPECT_EQ(quotes("услуга «Справка «для банка»» и «»"), (std::vector<std::string>{"Справка «для банка»", ""}));
  EXPECT_EQ(without_count("Отправленные (12)"), "Отправленные");
  EXPECT_EQ(without_count("ИНН (необязательно)"), "ИНН (необязательно)");
}

TEST(HelpLabels, EveryQuotedNameInHelpAndHintsIsOnTheScreens) {
  const std::set<std::string> drawn = drawn_labels();
  // The walk reached the screens it names (a broken walk must not pass by finding nothing).
  for (const char* label : {"Главная", "Отправленные", "Вход в личный кабинет", "Восстановление пароля",
                            "Регистрация в личном кабинете", "Начать", "Проверьте ответы", "Заявление отправлено"})
    EXPECT_TRUE(drawn.contains(label)) << label;
  const std::set<std::string> forms = form_names();
  const std::set<std::string> statuses = status_names();
  ASSERT_TRUE(statuses.contains("Требуется исправление"));
  size_t checked = 0;
  for (const Texts& item : texts_naming_the_screens()) {
    for (const std::string& quoted : quotes(item.text)) {
      ++checked;
      const bool known = drawn.contains(quoted) || forms.contains(quoted) || statuses.contains(quoted) ||
                         kOnlyInAnotherState.contains(quoted);
      EXPECT_TRUE(known) << item.where << ": «" << quoted << "» is neither on the screens nor a status or form name";
    }
  }
  EXPECT_GT(checked, 10u);
}
