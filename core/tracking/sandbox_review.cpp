// SandboxAgency's review of an accepted application: «Принято к рассмотрению»,
// then done (with an interim result for some services), documents requested
// or refused, each with its comment and result document.
#include <algorithm>

#include "forms/form_registry.hpp"
#include "json/read.hpp"
#include "tracking/result_document.hpp"
#include "tracking/sandbox_agency.hpp"
#include "tracking/sandbox_figures.hpp"
#include "tracking/sandbox_rules.hpp"

namespace cabinet::tracking {

namespace {

using nlohmann::json;

std::string field_labels(const forms::FormDefinition& form, const std::vector<std::string>& fields) {
  std::string out;
  for (const std::string& name : fields) {
    const forms::Field* field = form.find_field(name);
    if (!out.empty()) out += "; ";
    out += field && !field->label.in("ru").empty() ? field->label.in("ru") : name;
  }
  return out;
}

int64_t amount_of(const json& params, const char* key) {
  auto it = params.find(key);
  return it != params.end() && it->is_number_integer() ? it->get<int64_t>() : 0;
}

}  // namespace

void SandboxAgency::plan_review(Case& c, int64_t in_progress_ms) {
  const forms::RegisteredForm* form = forms::FormRegistry::embedded().find(c.form_id);
  if (!form) return;
  const sandbox::ServiceRule& rule = sandbox::service_rule(c.form_id);
  const json& data = c.envelope["data"];
  add_event(c, Status::in_progress, in_progress_ms, "Заявление принято к рассмотрению.");
  sandbox::Decision decision = sandbox::decide(*form, data, capital_balance(c));
  const int64_t decided_ms = in_progress_ms + std::min(rule.work_ms, sandbox::kHour);
  sandbox::DocumentInput doc{std::string(rule.result_title),
                             c.body,
                             c.agency_id,
                             c.number,
                             form->definition.title.in("ru"),
                             c.submitted_ms,
                             0,
                             data,
                             "",
                             "",
                             ""};
  doc.applicant = c.applicant;
  using Outcome = sandbox::Decision::Outcome;
  if (decision.outcome == Outcome::done) {
    // A deterministic share asks once for a better copy of the first file attached.
    const std::string field = better_copy_wanted(c, form->definition);
    if (!field.empty()) {
      add_event(c, Status::needs_correction, decided_ms,
                "Ожидание дополнительных документов: копия плохо читается, приложите документ лучшего качества — " +
                    field_labels(form->definition, {field}) + ".");
      c.plan.back().event.documents_requested = {field};
      return;
    }
  }
  // A work-record correction that names no record of the citizen's is refused.
  std::optional<std::string> records_change = decision.outcome == Outcome::done ? this->records_change(c) : "";
  if (!records_change) {
    decision.outcome = Outcome::refused;
    decision.reason = "record_not_found";
  }
  if (decision.outcome == Outcome::needs_correction) {
    add_event(
        c, Status::needs_correction, decided_ms,
        "Требуется исправление: приложите документы — " + field_labels(form->definition, decision.documents) + ".");
    c.plan.back().event.documents_requested = decision.documents;
    return;
  }
  if (decision.outcome == Outcome::refused) {
    std::string reason, what_to_do;
    if (decision.reason == "balance_exceeded") {
      reason = "Сумма " + sandbox::format_rubles(amount_of(decision.params, "amount")) +
               " превышает остаток средств материнского (семейного) капитала " +
               sandbox::format_rubles(amount_of(decision.params, "balance")) + ".";
      what_to_do =
          "Уменьшите сумму до остатка или уточните остаток в разделе «Материнский капитал» и подайте "
          "заявление заново.";
    } else if (decision.reason == "record_not_found") {
      reason = "В сведениях о трудовой деятельности нет записи о работе в " + jsonread::text_of(data, "employer") +
               " с указанными датами.";
      what_to_do =
          "Проверьте наименование работодателя и дату начала работы так, как они указаны в разделе «Сведения», и "
          "нажмите «Исправить и отправить повторно».";
    } else {
      reason = "Сведения в заявлении не прошли проверку в ведомстве.";
      what_to_do =
          "Проверьте сведения и подайте заявление заново. Если ошибка повторится, обратитесь в клиентскую "
          "службу.";
    }
    add_event(c, Status::refused, decided_ms, reason);
    FeedEvent& e = c.plan.back().event;
    e.refusal_reason = decision.reason;
    e.refusal_params = decision.params;
    doc.title = "Уведомление об отказе в предоставлении услуги";
    doc.issued_ms = decided_ms;
    doc.status_label = "Отказано";
    doc.result = reason;
    doc.what_to_do = what_to_do;
    e.result_document = sandbox::result_document(doc);
    return;
  }
  if (rule.interim_after_ms > 0) {
    const int64_t interim_ms = in_progress_ms + rule.interim_after_ms;
    add_event(c, Status::interim_result, interim_ms, std::string(rule.interim_text));
    doc.issued_ms = interim_ms;
    doc.title = "Промежуточный результат";
    doc.status_label = "Промежуточный результат";
    doc.result = std::string(rule.interim_text);
    c.plan.back().event.result_document = sandbox::result_document(doc);
  }
  reserve_disposal(c);
  // A seeded delay of up to a tenth of the service's time.
  const int64_t jitter = static_cast<int64_t>(hash("delay|" + c.number) % static_cast<uint64_t>(rule.work_ms / 10 + 1));
  const int64_t done_ms = in_progress_ms + rule.work_ms + jitter;
  add_event(c, Status::done, done_ms,
            records_change->empty() ? "Услуга оказана. Результат доступен для скачивания."
                                    : "Услуга оказана. " + *records_change);
  doc.title = std::string(rule.result_title);
  doc.issued_ms = done_ms;
  doc.status_label = "Услуга оказана";
  doc.result = std::string(rule.result_text);
  doc.what_to_do.clear();
  if (!records_change->empty()) doc.details = *records_change + "\n";
  if (auto figures = sandbox::payout_figures(c.form_id, data, c.applicant, done_ms, options_.seed)) {
    doc.details = figures->text;
    c.plan.back().event.result_table = figures->table;
  }
  c.plan.back().event.result_document = sandbox::result_document(doc);
}

std::string SandboxAgency::better_copy_wanted(const Case& c, const forms::FormDefinition& form) const {
  if (options_.documents_every <= 0 || c.form_id == "identity-confirmation") return "";
  for (const Planned& p : c.plan) {
    if (p.event.status == Status::needs_correction) return "";  // asked once already
  }
  if (hash("documents|" + c.number) % static_cast<uint64_t>(options_.documents_every) != 0) return "";
  const json& data = c.envelope["data"];
  for (const forms::Step& step : form.steps) {
    for (const forms::Field& field : step.fields) {
      const auto value = data.find(field.name);
      if (field.widget == "file" && value != data.end() && value->is_array() && !value->empty()) return field.name;
    }
  }
  return "";
}

}  // namespace cabinet::tracking
