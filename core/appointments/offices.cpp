#include "appointments/offices.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "assets/embedded.hpp"

namespace cabinet::appointments {

namespace {

using json = nlohmann::json;

constexpr const char* kWeekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::optional<int> minutes(std::string_view hhmm) {
  if (hhmm.size() != 5 || hhmm[2] != ':') return std::nullopt;
  for (size_t i : {0, 1, 3, 4}) {
    if (hhmm[i] < '0' || hhmm[i] > '9') return std::nullopt;
  }
  const int hours = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
  const int mins = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
  if (hours > 23 || mins > 59) return std::nullopt;
  return hours * 60 + mins;
}

// "09:00-18:00" -> [540, 1080); "" -> closed (ok with nullopt inside).
bool interval(const json& value, std::optional<Interval>& out) {
  if (!value.is_string()) return false;
  const std::string text = value.get<std::string>();
  out.reset();
  if (text.empty()) return true;
  if (text.size() != 11 || text[5] != '-') return false;
  const auto from = minutes(std::string_view(text).substr(0, 5));
  const auto to = minutes(std::string_view(text).substr(6, 5));
  if (!from || !to || *from >= *to) return false;
  out = Interval{*from, *to};
  return true;
}

bool text(const json& value, LocalText& out) {
  if (!value.is_object() || !value.contains("ru") || !value["ru"].is_string()) return false;
  out.ru = value["ru"].get<std::string>();
  if (value.contains("en") && value["en"].is_string()) out.en = value["en"].get<std::string>();
  return !out.ru.empty();
}

bool string_of(const json& object, const char* name, std::string& out) {
  const auto it = object.find(name);
  if (it == object.end() || !it->is_string()) return false;
  out = it->get<std::string>();
  return !out.empty();
}

std::optional<Office> parse_office(const json& j, const OfficeData& data) {
  Office o;
  if (!j.is_object() || !string_of(j, "id", o.id) || !string_of(j, "region", o.region) || !data.region(o.region))
    return std::nullopt;
  if (!text(j.value("name", json()), o.name) || !text(j.value("address", json()), o.address)) return std::nullopt;
  string_of(j, "phone", o.phone);
  const json services = j.value("services", json());
  if (!services.is_array() || services.empty()) return std::nullopt;
  for (const json& s : services) {
    if (!s.is_string() || !is_service(s.get<std::string>())) return std::nullopt;
    o.services.push_back(s.get<std::string>());
  }
  const json windows = j.value("windows", json()), slot = j.value("slot_minutes", json());
  if (!windows.is_number_integer() || !slot.is_number_integer()) return std::nullopt;
  o.windows = windows.get<int>();
  o.slot_minutes = slot.get<int>();
  if (o.windows < 1 || o.windows > 50 || o.slot_minutes < 5 || o.slot_minutes > 240) return std::nullopt;
  const json hours = j.value("hours", json());
  if (!hours.is_object()) return std::nullopt;
  for (size_t day = 0; day < 7; ++day) {
    if (!interval(hours.value(kWeekdays[day], json()), o.hours[day])) return std::nullopt;
  }
  if (j.contains("break") && !interval(j["break"], o.pause)) return std::nullopt;
  return o;
}

}  // namespace

bool is_service(std::string_view id) {
  return std::find(std::begin(kServices), std::end(kServices), id) != std::end(kServices);
}

bool Office::offers(std::string_view service) const {
  return std::find(services.begin(), services.end(), service) != services.end();
}

const Region* OfficeData::region(std::string_view code) const {
  for (const Region& r : regions) {
    if (r.code == code) return &r;
  }
  return nullptr;
}

const Office* OfficeData::office(std::string_view id) const {
  for (const Office& o : offices) {
    if (o.id == id) return &o;
  }
  return nullptr;
}

int OfficeData::utc_offset(const Office& o) const {
  const Region* r = region(o.region);
  return r ? r->utc_offset_minutes : 180;
}

std::optional<OfficeData> parse_offices(std::string_view json_text) {
  const json j = json::parse(json_text, nullptr, false);
  if (!j.is_object()) return std::nullopt;
  OfficeData data;
  const json closed = j.value("closed_days", json::array());
  if (!closed.is_array()) return std::nullopt;
  for (const json& day : closed) {
    if (!day.is_string() || day.get<std::string>().size() != 5) return std::nullopt;
    data.closed_days.push_back(day.get<std::string>());
  }
  const json regions = j.value("regions", json()), offices = j.value("offices", json());
  if (!regions.is_array() || !offices.is_array()) return std::nullopt;
  for (const json& r : regions) {
    Region region;
    if (!r.is_object() || !string_of(r, "code", region.code) || !text(r.value("name", json()), region.name))
      return std::nullopt;
    const json offset = r.value("utc_offset_minutes", json(180));
    if (!offset.is_number_integer() || offset.get<int>() < -720 || offset.get<int>() > 840) return std::nullopt;
    region.utc_offset_minutes = offset.get<int>();
    if (data.region(region.code)) return std::nullopt;
    data.regions.push_back(std::move(region));
  }
  for (const json& o : offices) {
    auto office = parse_office(o, data);
    if (!office || data.office(office->id)) return std::nullopt;
    data.offices.push_back(std::move(*office));
  }
  return data;
}

const OfficeData& offices() {
  static const OfficeData data = parse_offices(assets::find("data/offices.json").value_or("")).value_or(OfficeData{});
  return data;
}

}  // namespace cabinet::appointments
