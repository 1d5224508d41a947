#include "app/forms/applications_list.hpp"

#include <algorithm>

#include "text/utf8.hpp"
#include "tracking/status.hpp"

namespace cabinet::app {

namespace {

constexpr int64_t kDayMs = 86'400'000;

int64_t period_start(const std::string& period, int64_t now_ms) {
  if (period == "30d") return now_ms - 30 * kDayMs;
  if (period == "12m") return now_ms - 365 * kDayMs;
  return INT64_MIN;
}

void add_unique(std::vector<std::string>& out, const std::string& value) {
  if (std::find(out.begin(), out.end(), value) == out.end()) out.push_back(value);
}

}  // namespace

bool is_archived(const Application& application) {
  const auto status = tracking::parse_status(application.status);
  return status && tracking::is_final(*status);
}

std::vector<const Application*> listed_applications(const FormsState& forms, bool archive, const std::string& query,
                                                    int64_t now_ms) {
  const ApplicationsView& v = forms.applications.view;
  const std::string number_part = text::trim(query);
  const int64_t since = period_start(v.period, now_ms);
  std::vector<const Application*> out;
  for (auto it = forms.applications.items.rbegin(); it != forms.applications.items.rend(); ++it) {
    const Application& a = *it;
    if (!forms.applications.opened.empty()) {
      if (a.number == forms.applications.opened) out.push_back(&a);
      continue;
    }
    if (is_archived(a) != archive) continue;
    if (!number_part.empty() && a.number.find(number_part) == std::string::npos) continue;
    if (!v.status.empty() && a.status != v.status) continue;
    if (!v.service.empty() && a.form_id != v.service) continue;
    if (a.submitted_ms < since) continue;
    out.push_back(&a);
  }
  return out;
}

std::vector<std::string> statuses_in(const FormsState& forms, bool archive) {
  std::vector<std::string> out;
  for (const Application& a : forms.applications.items) {
    if (is_archived(a) == archive) add_unique(out, a.status);
  }
  return out;
}

std::vector<std::string> services_in(const FormsState& forms, bool archive) {
  std::vector<std::string> out;
  for (const Application& a : forms.applications.items) {
    if (is_archived(a) == archive) add_unique(out, a.form_id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace cabinet::app
