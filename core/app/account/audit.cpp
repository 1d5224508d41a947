// The account's audit log in the app: every recorded action is appended and
// the log saved (inside the vault) as JSON Lines, one entry per line.
#include "app/kernel/handlers.hpp"
#include "audit/audit_verify.hpp"

namespace cabinet::app {

std::string audit_actor(const AppState& s) {
  return s.account.login.empty() ? std::string("citizen") : s.account.login;
}

void save_audit(AppState& s, Effects& effects) {
  effects.push_back(Save{kAuditKey, audit::to_jsonl(s.account.audit.entries())});
}

void record_audit(AppState& s, Effects& effects, std::string_view action, std::string_view object,
                  const nlohmann::json& details, std::optional<int64_t> at_ms) {
  s.account.audit.append(at_ms.value_or(s.now_ms), audit_actor(s), action, object, details);
  save_audit(s, effects);
}

void load_audit(AppState& s, const std::string& text, Effects& effects) {
  const audit::VerifyResult checked = audit::verify_jsonl(text);
  if (checked.ok()) {
    s.account.audit = audit::AuditLog(audit::parse_jsonl(text).entries);
    return;
  }
  // Keep the broken log aside for support and start a new chain that says so.
  effects.push_back(Save{"audit.damaged.jsonl", text});
  s.account.audit = audit::AuditLog();
  record_audit(s, effects, "audit_damaged", "audit",
               {{"problem", audit::audit_problem_id(checked.problem)}, {"entry", checked.entry}});
  add_notice(s, "error", "auth.audit.damaged", {{"entry", checked.entry}});
}

}  // namespace cabinet::app
