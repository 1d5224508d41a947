#pragma once
// The client offices citizens book a visit to (Запись на приём): regions with
// their time zones, each office's services, opening hours in local time, the
// lunch break, the slot length and the number of windows. The sandbox data
// is embedded from assets/data/offices.json; a real connector brings its own.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabinet::appointments {

// What the visit is about (the appointment form's "service" enum). Labels: "appointments.service.<id>".
inline constexpr const char* kServices[] = {"certificate", "application", "pension", "maternity_capital",
                                            "consultation"};
bool is_service(std::string_view id);

struct LocalText {
  std::string ru, en;
  // The text in `language`, Russian when that one is missing.
  const std::string& in(std::string_view language) const { return language == "en" && !en.empty() ? en : ru; }
};

struct Region {
  std::string code;  // "77"
  LocalText name;
  int utc_offset_minutes = 180;  // the offices' local time (no daylight saving in Russia)
};

// Minutes since local midnight, [from, to).
struct Interval {
  int from = 0, to = 0;
};

struct Office {
  std::string id;  // "77-01"
  std::string region;
  LocalText name, address;
  std::string phone;
  std::vector<std::string> services;
  int windows = 1;  // citizens one slot takes
  int slot_minutes = 30;
  std::array<std::optional<Interval>, 7> hours;  // Monday first; nullopt: closed
  std::optional<Interval> pause;                 // the lunch break
  bool offers(std::string_view service) const;
};

struct OfficeData {
  std::vector<std::string> closed_days;  // "MM-DD": public holidays
  std::vector<Region> regions;
  std::vector<Office> offices;
  const Region* region(std::string_view code) const;
  const Office* office(std::string_view id) const;
  int utc_offset(const Office& office) const;
};

// Parses the offices document; nullopt when anything is missing or malformed
// (an office of an unknown region, hours like "9-18", a slot under 5 minutes).
std::optional<OfficeData> parse_offices(std::string_view json_text);
// The embedded sandbox data (empty when the asset is damaged: the screen then says so).
const OfficeData& offices();

}  // namespace cabinet::appointments
