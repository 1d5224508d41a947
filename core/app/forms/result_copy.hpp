#pragma once
// «Отправить на электронную почту из профиля»: a form whose data says
// "delivery": "email" (the pension certificate) gets a copy of its result by
// email once the agency has done it, through the notifications' delivery
// channel (DeliverNotification, the sandbox channel in this build), once per
// application. The application's page shows where it went and the letter.
#include <nlohmann/json.hpp>

#include "tracking/transitions.hpp"

namespace cabinet::app {

// The catalog key of the letter and its parameters for a done application.
inline constexpr const char* kResultLetterKey = "payouts.email.letter";
nlohmann::json result_letter_params(const tracking::Tracked& tracked);

}  // namespace cabinet::app
