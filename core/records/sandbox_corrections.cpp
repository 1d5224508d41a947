#include "records/sandbox_corrections.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "json/read.hpp"
#include "records/dates.hpp"
#include "search/search.hpp"
#include "text/utf8.hpp"
#include "time/iso8601.hpp"

namespace cabinet::records {

namespace {

using json = nlohmann::json;

constexpr size_t kTextMaxCodePoints = 200;

// Letters and digits only, folded: «ООО "Волга-Транс"» and ооо волга транс are the same employer.
std::string name_key(std::string_view name) {
  const std::string folded = search::fold(name);
  std::string out;
  for (size_t i = 0; i < folded.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(folded[i]);
    if (c >= 0x80 && (c & 0xC0) == 0xC0 && i + 1 < folded.size()) {
      // Cyrillic letters are two bytes (U+0400..U+04FF start with 0xD0-0xD3); «» and dashes are not letters.
      if (c >= 0xD0 && c <= 0xD3) out.append(folded, i, 2);
      ++i;
      continue;
    }
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out += static_cast<char>(c);
  }
  return out;
}

bool same_employer(const WorkRecord& record, const std::string& key) {
  const std::string own = name_key(record.employer);
  return !key.empty() && !own.empty() && (own.find(key) != std::string::npos || key.find(own) != std::string::npos);
}

// A form's date (ISO, or ДД.ММ.ГГГГ as typed) as ISO; "" when it is none.
std::string iso_date(std::string_view text) {
  if (parse_day(text)) return std::string(text);
  unsigned day = 0, month = 0;
  int year = 0;
  if (text.size() == 10 && std::sscanf(std::string(text).c_str(), "%2u.%2u.%4d", &day, &month, &year) == 3 &&
      time::is_valid_date(year, month, day))
    return format_day(time::days_from_civil(year, month, day));
  return "";
}

// The dates written as Д.М.ГГГГ or ДД.ММ.ГГГГ in `text`, in order, as ISO.
std::vector<std::string> dates_in(std::string_view text) {
  std::vector<std::string> out;
  const auto digit = [&](size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  for (size_t i = 0; i < text.size(); ++i) {
    if (!digit(i) || (i > 0 && digit(i - 1))) continue;
    size_t j = i;
    int parts[3] = {0, 0, 0};
    size_t widths[3] = {0, 0, 0};
    int part = 0;
    for (; j < text.size() && part < 3; ++j) {
      if (digit(j)) {
        parts[part] = parts[part] * 10 + (text[j] - '0');
        if (++widths[part] > 4) break;
      } else if (text[j] == '.' && part < 2 && widths[part] > 0) {
        ++part;
      } else {
        break;
      }
    }
    if (part == 2 && widths[0] <= 2 && widths[1] <= 2 && widths[2] == 4 &&
        time::is_valid_date(parts[2], static_cast<unsigned>(parts[1]), static_cast<unsigned>(parts[0])))
      out.push_back(format_day(
          time::days_from_civil(parts[2], static_cast<unsigned>(parts[1]), static_cast<unsigned>(parts[0]))));
    i = j;
  }
  return out;
}

std::string first_line(std::string_view text) {
  const std::string trimmed = text::trim(text);
  return text::truncate_code_points(trimmed.substr(0, trimmed.find('\n')), kTextMaxCodePoints);
}

// The record the correction names: the employer's first record of work (its start the form's
// start, when given); -1 when none.
int find_record(const std::vector<WorkRecord>& records, const RecordCorrection& c) {
  const std::string key = name_key(c.employer);
  for (size_t i = 0; i < records.size(); ++i) {
    const WorkRecord& r = records[i];
    if (r.kind == RecordKind::dismissal || !same_employer(r, key)) continue;
    if (!c.from.empty() && r.start != c.from) continue;
    return static_cast<int>(i);
  }
  return -1;
}

int64_t distance(const std::string& a, const std::string& b) {
  const auto x = parse_day(a), y = parse_day(b);
  return x && y ? std::abs(*x - *y) : INT64_MAX;
}

std::string period_text(const std::string& from, const std::string& to) {
  std::string out = "с " + display_date(from);
  if (!to.empty()) out += " по " + display_date(to);
  return out;
}

}  // namespace

std::optional<RecordCorrection> correction_from_form(const json& data, const std::string& number) {
  RecordCorrection c;
  c.application = number;
  c.kind = jsonread::text_of(data, "error_type");
  c.employer = first_line(jsonread::text_of(data, "employer"));
  c.from = iso_date(jsonread::text_of(data, "record_from"));
  c.to = iso_date(jsonread::text_of(data, "record_to"));
  const std::string said = jsonread::text_of(data, "correct_data");
  if (c.employer.empty() || !text::is_valid_utf8(said)) return std::nullopt;
  const std::vector<std::string> dates = dates_in(said);
  if (c.kind == "dates") {
    if (dates.empty()) return std::nullopt;
    c.new_from = dates[0];
    if (dates.size() > 1) c.new_to = dates[1];
    if (!c.new_to.empty() && c.new_to < c.new_from) return std::nullopt;
  } else if (c.kind == "missing") {
    c.new_from = !c.from.empty() ? c.from : (dates.empty() ? "" : dates[0]);
    c.new_to = !c.from.empty() ? c.to : (dates.size() > 1 ? dates[1] : "");
    if (c.new_from.empty() || (!c.new_to.empty() && c.new_to < c.new_from)) return std::nullopt;
  } else if (c.kind == "employer" || c.kind == "position") {
    c.new_text = first_line(said);
    if (c.new_text.empty()) return std::nullopt;
  } else if (c.kind != "extra") {
    return std::nullopt;  // contributions, other: the records stay as they are
  }
  return c;
}

bool apply_correction(std::vector<WorkRecord>& records, const RecordCorrection& c) {
  const std::string basis = "Исправлено по заявлению № " + c.application;
  if (c.kind == "missing") {
    const std::string id = "fix-" + c.application;
    if (std::any_of(records.begin(), records.end(), [&](const WorkRecord& r) { return r.id == id; })) return true;
    records.push_back({.id = id,
                       .kind = RecordKind::period,
                       .employer = c.employer,
                       .start = c.new_from,
                       .end = c.new_to,
                       .basis = basis});
    return true;
  }
  const int index = find_record(records, c);
  if (index < 0) return false;
  WorkRecord& record = records[static_cast<size_t>(index)];
  const std::string key = name_key(record.employer);
  const std::string old_start = record.start, old_end = record.end;
  if (c.kind == "dates") {
    if (c.new_to.empty()) {
      // One date: it corrects the nearer of the two.
      (distance(c.new_from, old_start) <= distance(c.new_from, old_end) ? record.start : record.end) = c.new_from;
    } else {
      record.start = c.new_from;
      record.end = c.new_to;
    }
    if (!record.end.empty() && record.end < record.start) std::swap(record.start, record.end);
    record.basis = basis;
    const std::string new_end = record.end;
    for (WorkRecord& r : records) {
      if (r.kind == RecordKind::dismissal && !old_end.empty() && r.start == old_end && name_key(r.employer) == key)
        r.start = r.end = new_end;
    }
  } else if (c.kind == "employer") {
    for (WorkRecord& r : records) {
      if (name_key(r.employer) == key) r.employer = c.new_text;
    }
    record.basis = basis;
  } else if (c.kind == "position") {
    record.position = c.new_text;
    record.basis = basis;
  } else if (c.kind == "extra") {
    std::erase_if(records, [&](const WorkRecord& r) {
      const bool the_one = r.id == records[static_cast<size_t>(index)].id;
      const bool its_dismissal = r.kind == RecordKind::dismissal && name_key(r.employer) == key &&
                                 r.start >= old_start && (old_end.empty() || r.start <= old_end);
      return the_one || its_dismissal;
    });
  } else {
    return false;
  }
  return true;
}

std::string describe(const RecordCorrection& c) {
  if (c.kind == "dates")
    return c.new_to.empty()
               ? "Дата в записи о работе в " + c.employer + " исправлена на " + display_date(c.new_from) + "."
               : "Период работы в " + c.employer + " исправлен: " + period_text(c.new_from, c.new_to) + ".";
  if (c.kind == "employer") return "Наименование работодателя «" + c.employer + "» исправлено на «" + c.new_text + "».";
  if (c.kind == "position") return "Должность в записи о работе в " + c.employer + " исправлена: «" + c.new_text + "».";
  if (c.kind == "missing")
    return "Добавлена запись о работе в " + c.employer + " " + period_text(c.new_from, c.new_to) + ".";
  if (c.kind == "extra") return "Запись о работе в " + c.employer + " удалена из сведений.";
  return "";
}

json correction_to_json(const RecordCorrection& c) {
  return {
      {"application", c.application}, {"kind", c.kind},     {"employer", c.employer}, {"from", c.from}, {"to", c.to},
      {"new_from", c.new_from},       {"new_to", c.new_to}, {"new_text", c.new_text}};
}

std::optional<RecordCorrection> correction_from_json(const json& j) {
  if (!j.is_object()) return std::nullopt;
  RecordCorrection c{jsonread::text_of(j, "application"), jsonread::text_of(j, "kind"),
                     jsonread::text_of(j, "employer"),    jsonread::text_of(j, "from"),
                     jsonread::text_of(j, "to"),          jsonread::text_of(j, "new_from"),
                     jsonread::text_of(j, "new_to"),      jsonread::text_of(j, "new_text")};
  if (c.application.empty() || c.kind.empty()) return std::nullopt;
  return c;
}

}  // namespace cabinet::records
