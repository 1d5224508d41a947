#include "tracking/sandbox_rules.hpp"

#include "forms/form_check.hpp"

namespace cabinet::tracking::sandbox {

namespace {

constexpr ServiceRule kRules[] = {
    {"access-recovery", kHour, 0, kDay, "Уведомление о восстановлении доступа",
     "Доступ к личному кабинету восстановлен. Код для входа направлен выбранным способом связи.", ""},
    {"account-statement", kHour, 0, 3 * kDay, "Выписка из индивидуального лицевого счёта",
     "Сведения о стаже и страховых взносах за указанный период сформированы.", ""},
    {"appeal", kHour, 3 * kDay, 10 * kDay, "Ответ на обращение",
     "Обращение рассмотрено. Ответ подготовлен специалистом клиентской службы.",
     "Обращение передано профильному специалисту."},
    {"appointment", 2 * kMinute, 0, 5 * kMinute, "Талон записи на приём",
     "Запись на приём подтверждена. Напоминание придёт за сутки до приёма.", ""},
    {"identity-confirmation", kHour, 0, kDay, "Уведомление о подтверждении личности",
     "Личность подтверждена. Статус учётной записи: «Подтверждена».", ""},
    {"maternity-capital", kHour, 0, 10 * kDay,
     "Уведомление об удовлетворении заявления о распоряжении средствами материнского капитала",
     "Заявление удовлетворено. Средства будут перечислены получателю в течение 5 рабочих дней.", ""},
    {"payments-information", 2 * kMinute, 0, 5 * kMinute, "Справка о назначенных выплатах",
     "Сведения о назначенных выплатах за указанный период сформированы.", ""},
    {"pension-amount-certificate", 2 * kMinute, 0, 10 * kMinute, "Справка о размере пенсии",
     "Справка о размере пенсии и иных социальных выплат за указанный период сформирована.", ""},
    {"pension-assignment", kHour, 5 * kDay, 10 * kDay, "Решение о назначении пенсии",
     "Пенсия назначена. Первая выплата поступит на указанный счёт в месяце, следующем за месяцем назначения.",
     "Запрошены сведения о стаже у работодателей."},
    {"pension-recalculation", kHour, 0, 5 * kDay, "Решение о перерасчёте пенсии",
     "Размер пенсии пересчитан с учётом представленных документов.", ""},
    {"personal-data-change", kHour, 0, kDay, "Уведомление об изменении персональных данных",
     "Новые данные внесены в учётную запись и появятся в профиле.", ""},
    {"social-benefit", kHour, 0, 10 * kDay, "Решение о назначении пособия",
     "Пособие назначено. Выплата поступит на указанный счёт.", ""},
    {"work-record-error", kHour, 10 * kDay, 30 * kDay, "Уведомление о корректировке сведений о трудовой деятельности",
     "Сведения о трудовой деятельности исправлены.", "Направлен запрос работодателю."},
};

constexpr ServiceRule kGeneric = {"", kHour, 0, 5 * kDay, "Уведомление о результате оказания услуги", "Услуга оказана.",
                                  ""};

bool is_file_field(const forms::FormDefinition& form, const std::string& name) {
  const forms::Field* field = form.find_field(name);
  return field && field->widget == "file";
}

}  // namespace

const ServiceRule& service_rule(std::string_view form_id) {
  for (const ServiceRule& rule : kRules) {
    if (rule.form_id == form_id) return rule;
  }
  return kGeneric;
}

std::vector<std::string_view> services_with_rules() {
  std::vector<std::string_view> out;
  for (const ServiceRule& rule : kRules) out.push_back(rule.form_id);
  return out;
}

Decision decide(const forms::RegisteredForm& form, const nlohmann::json& data, int64_t balance_kopecks) {
  const nlohmann::json profile = {{"maternity_capital_balance", balance_kopecks}};
  Decision decision;
  nlohmann::json invalid = nlohmann::json::array();
  for (const forms::ValidationError& error : forms::check_form(form, data, profile)) {
    const std::string field = forms::top_property(error.instance_path);
    if (error.keyword == "not_above_profile") {
      auto amount = data.is_object() ? data.find(field) : data.end();
      decision.outcome = Decision::Outcome::refused;
      decision.reason = "balance_exceeded";
      decision.params = {{"amount", amount != data.end() && amount->is_number_integer() ? *amount : nlohmann::json(0)},
                         {"balance", balance_kopecks}};
      return decision;
    }
    const bool missing_file =
        is_file_field(form.definition, field) && (error.keyword == "required" || error.keyword == "minItems");
    if (missing_file)
      decision.documents.push_back(field);
    else
      invalid.push_back(field);
  }
  if (!invalid.empty()) {
    decision.outcome = Decision::Outcome::refused;
    decision.reason = "data_invalid";
    decision.params = {{"fields", invalid}};
    decision.documents.clear();
  } else if (!decision.documents.empty()) {
    decision.outcome = Decision::Outcome::needs_correction;
  }
  return decision;
}

}  // namespace cabinet::tracking::sandbox
