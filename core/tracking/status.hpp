#pragma once
// The statuses of an application after the citizen presses «Отправить», in
// the state-services portal's vocabulary. Ids are English and stable (stored,
// sent over the wire); the labels live in the catalog: tracking.status.<id>.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabinet::tracking {

enum class Status {
  draft,             // Черновик
  queued,            // Ожидает отправки (submitted offline, waits in the outbox)
  registered,        // Зарегистрировано на портале
  sent,              // Отправлено в ведомство
  received,          // Получено ведомством
  in_progress,       // Принято к рассмотрению
  needs_correction,  // Требуется исправление
  interim_result,    // Промежуточный результат
  done,              // Услуга оказана
  refused,           // Отказано
  cancelled,         // Отменено
  send_failed,       // Ошибка отправки
};

// Who makes a move: the citizen (buttons), the agency (its status feed) or the
// portal itself (numbering, the outbox delivering).
enum class Actor { citizen, agency, system };

inline constexpr Status kAllStatuses[] = {
    Status::draft,    Status::queued,      Status::registered,       Status::sent,
    Status::received, Status::in_progress, Status::needs_correction, Status::interim_result,
    Status::done,     Status::refused,     Status::cancelled,        Status::send_failed};
inline constexpr Actor kAllActors[] = {Actor::citizen, Actor::agency, Actor::system};

std::string_view status_id(Status status);
std::optional<Status> parse_status(std::string_view id);
std::string_view actor_id(Actor actor);
std::optional<Actor> parse_actor(std::string_view id);

// "tracking.status.<id>", "tracking.status_hint.<id>", "tracking.actor.<id>".
std::string status_label_key(Status status);
std::string status_hint_key(Status status);
std::string actor_label_key(Actor actor);

// What the citizen may do while an application has a status.
struct Capabilities {
  bool cancel = false;  // «Отменить заявление» by the portal (only while the agency does not have it)
  bool withdraw = false;  // «Отменить заявление» asked of the agency (it has it and has not decided)
  bool edit = false;     // change the answers (before sending, or to correct them)
  bool message = false;  // «Написать сообщение» to the agency
  bool upload = false;   // «Загрузить документы» the agency asked for
  bool result = false;   // a result document (interim, final or the refusal) can be downloaded
};
Capabilities capabilities(Status status);
// Capability ids with their catalog keys (tracking.capability.<id>) for the enabled ones.
std::vector<std::string> capability_ids(const Capabilities& caps);

// done, refused, cancelled: nothing moves any more.
bool is_final(Status status);

}  // namespace cabinet::tracking
