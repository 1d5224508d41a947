#pragma once
// Запись на приём's actions (typed_action.hpp), handled in update.cpp.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "app/kernel/typed_action.hpp"

namespace cabinet::app {

// Opens the booking panel (for a service when given); refused below the form's identity level.
struct AppointmentsNew {
  static constexpr std::string_view type = "appointments_new";
  std::optional<std::string> service;
  static constexpr auto args() { return std::array{arg<&AppointmentsNew::service>("service")}; }
};

// The panel's choices and contacts as typed (only those given change).
struct AppointmentsDraft {
  static constexpr std::string_view type = "appointments_draft";
  std::optional<std::string> service, region, office, day;
  std::optional<int64_t> start_ms;
  std::optional<std::string> phone, email, comment;
  static constexpr auto args() {
    return std::array{arg<&AppointmentsDraft::service>("service"),   arg<&AppointmentsDraft::region>("region"),
                      arg<&AppointmentsDraft::office>("office"),     arg<&AppointmentsDraft::day>("day"),
                      arg<&AppointmentsDraft::start_ms>("start_ms"), arg<&AppointmentsDraft::phone>("phone"),
                      arg<&AppointmentsDraft::email>("email"),       arg<&AppointmentsDraft::comment>("comment")};
  }
};

// Asks for the office's free times again.
struct AppointmentsRefresh {
  static constexpr std::string_view type = "appointments_refresh";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Записаться» (or «Перенести»): checked, then the fund is asked.
struct AppointmentSubmit {
  static constexpr std::string_view type = "appointment_submit";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

struct AppointmentsPanelClose {
  static constexpr std::string_view type = "appointments_panel_close";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Перенести» an upcoming visit: the panel with its office and service.
struct AppointmentReschedule {
  static constexpr std::string_view type = "appointment_reschedule";
  std::string number;
  static constexpr auto args() { return std::array{arg<&AppointmentReschedule::number>("number")}; }
};

// «Отменить запись»: asks «Да, отменить» first.
struct AppointmentCancel {
  static constexpr std::string_view type = "appointment_cancel";
  std::string number;
  static constexpr auto args() { return std::array{arg<&AppointmentCancel::number>("number")}; }
};

struct AppointmentCancelConfirm {
  static constexpr std::string_view type = "appointment_cancel_confirm";
  std::string number;
  static constexpr auto args() { return std::array{arg<&AppointmentCancelConfirm::number>("number")}; }
};

struct AppointmentCancelAbort {
  static constexpr std::string_view type = "appointment_cancel_abort";
  static constexpr auto args() { return std::array<FieldSpec, 0>{}; }
};

// «Прошедшие и отменённые» unfolded or not.
struct AppointmentsView {
  static constexpr std::string_view type = "appointments_view";
  std::optional<bool> show_past;
  static constexpr auto args() { return std::array{arg<&AppointmentsView::show_past>("show_past")}; }
};

using AppointmentsActions = std::variant<AppointmentsNew, AppointmentsDraft, AppointmentsRefresh, AppointmentSubmit,
                                         AppointmentsPanelClose, AppointmentReschedule, AppointmentCancel,
                                         AppointmentCancelConfirm, AppointmentCancelAbort, AppointmentsView>;

}  // namespace cabinet::app
