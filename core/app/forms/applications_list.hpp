#pragma once
// Мои заявления: which submitted applications a tab shows, with the search by
// number and the filters by status, service and period. One pass over the
// list (10,000 applications stay cheap to filter every frame).
#include <cstdint>
#include <string>
#include <vector>

#include "app/forms/state.hpp"

namespace cabinet::app {

// An application's status is final (done, refused, cancelled): it is in the archive.
bool is_archived(const Application& application);

// The applications of the tab ("submitted" or "archive"), newest first, that
// match `query` (a part of the number) and forms.applications.view at `now_ms`.
// With forms.applications.opened set, only that one.
std::vector<const Application*> listed_applications(const FormsState& forms, bool archive, const std::string& query,
                                                    int64_t now_ms);

// The statuses and form ids present in a tab, for the filter choices.
std::vector<std::string> statuses_in(const FormsState& forms, bool archive);
std::vector<std::string> services_in(const FormsState& forms, bool archive);

}  // namespace cabinet::app
