#pragma once
// The sandbox agency's result documents: UTF-8 text certificates and letters
// generated from the submitted data. The app hands them out as PDF
// (core/pdf/text_pdf: the first line the title, the rest paragraphs).
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

namespace cabinet::tracking::sandbox {

struct DocumentInput {
  std::string title;  // «Справка о размере пенсии», «Уведомление об отказе», ...
  std::string body;       // the responsible body
  std::string agency_id;  // the agency's id of the application
  std::string number;     // the application number
  std::string service;    // the service's title (ru)
  int64_t submitted_ms = 0;
  int64_t issued_ms = 0;
  nlohmann::json data;  // the envelope's data
  std::string status_label;  // «Услуга оказана», «Промежуточный результат», «Отказано»
  std::string result;      // what the agency decided
  std::string what_to_do;  // refusals: what the citizen can do
  std::string details;     // more lines after the result (the figures of a certificate), each ending in '\n'
  nlohmann::json applicant;  // {"full_name", "snils"}: named when the data does not name them
};

std::string result_document(const DocumentInput& input);

// "2026-03-14" -> "14.03.2026"; other text is returned as is.
std::string display_date(const std::string& iso_date);

}  // namespace cabinet::tracking::sandbox
