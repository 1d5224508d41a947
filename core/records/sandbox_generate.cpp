// The sandbox's made-up careers (sandbox_records.hpp): the employers list and generate_citizen().
#include <algorithm>
#include <numeric>
#include <string>

#include "records/dates.hpp"
#include "records/sandbox_records.hpp"
#include "time/iso8601.hpp"

namespace cabinet::records {

namespace {

// Made-up insurers with INNs that pass their check digits.
constexpr SandboxEmployer kEmployers[] = {
    {"ООО «Северный ветер»", "7701526010", "087-101-034512", "Менеджер по продажам", "Старший менеджер по продажам"},
    {"АО «Уральский завод точных приборов»", "6658909967", "075-029-001873", "Инженер-конструктор",
     "Ведущий инженер-конструктор"},
    {"ГБУЗ «Городская поликлиника № 12»", "7728815900", "087-108-056214", "Медицинская сестра",
     "Старшая медицинская сестра"},
    {"ИП Иванов И. И.", "772471049702", "", "Продавец-консультант", "Администратор магазина"},
    {"ООО «Ромашка-Трейд»", "5024613189", "060-032-011457", "Кладовщик", "Заведующий складом"},
    {"МБОУ «Средняя общеобразовательная школа № 4»", "1655609130", "013-003-004921", "Учитель математики",
     "Заместитель директора по учебной работе"},
    {"ПАО «Волгоэнергосбыт»", "5257378650", "", "Специалист абонентского отдела", "Начальник абонентского отдела"},
    {"ООО «Ёлочка»", "7810830161", "088-010-072230", "Бухгалтер", "Главный бухгалтер"},
    {"АО «Щёлковский хлебозавод»", "5050787784", "060-112-003318", "Пекарь", "Мастер смены"},
    {"ФГБУ «Центр гидрометеорологии»", "7713462811", "", "Инженер-метеоролог", "Начальник отдела наблюдений"},
    {"ООО «Альфа-Логистик»", "7705948213", "087-105-093311", "Водитель-экспедитор", "Диспетчер"},
    {"ГКУ «Центр занятости населения»", "7743993513", "", "Инспектор", "Ведущий инспектор"},
    {"ЗАО «Транссервис»", "6164819093", "071-001-023450", "Слесарь-ремонтник", "Мастер участка"},
    {"ИП Смирнова О. В.", "500346507535", "", "Парикмахер", "Администратор салона"},
    {"ООО «Яблоко»", "3664797540", "036-019-012987", "Программист", "Ведущий программист"},
    {"ГАУК «Театр юного зрителя»", "7719323194", "087-203-000415", "Художник-декоратор",
     "Заведующий художественно-постановочной частью"},
    {"ГБУ «Жилищник района Ясенево»", "7720932874", "087-311-020577", "Техник", "Главный инженер"},
    {"АО «Кубаньагропром»", "2310491183", "033-010-045672", "Агроном", "Главный агроном"},
    {"ООО «Башнефтесервис»", "0274625276", "002-001-067813", "Оператор по добыче нефти", "Мастер по добыче нефти"},
    {"ООО «Южноуральская металлобаза»", "7451601896", "", "Менеджер по закупкам", "Руководитель отдела закупок"},
    {"ИП Кузнецов А. П.", "667029170370", "", "Водитель", "Механик"},
    {"СПб ГБУ «Жилкомсервис № 2»", "7806487576", "088-022-011902", "Техник-смотритель", "Начальник участка"},
};

// The average monthly pay in Russia (Rosstat, rubles) from 2002; later years +10% a year.
constexpr int64_t kAverageWage[] = {4'360,  5'499,  6'740,  8'555,  10'634, 13'593, 17'290, 18'638,
                                    20'952, 23'369, 26'629, 29'792, 32'495, 34'030, 36'709, 39'167,
                                    43'724, 47'867, 51'344, 57'244, 65'338, 74'854, 87'952, 97'000};
constexpr int kFirstWageYear = 2002;
constexpr int64_t kContributionPercent = 22;

int64_t average_wage(int year) {
  constexpr int count = static_cast<int>(std::size(kAverageWage));
  if (year < kFirstWageYear) return kAverageWage[0];
  if (year < kFirstWageYear + count) return kAverageWage[year - kFirstWageYear];
  int64_t wage = kAverageWage[count - 1];
  for (int y = kFirstWageYear + count; y <= std::min(year, 2100); ++y) wage = wage * 110 / 100;
  return wage;
}

uint64_t mix(uint64_t x) {  // splitmix64's finalizer
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

uint64_t fnv1a(std::string_view text) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

struct Rng {
  uint64_t state;
  uint64_t next() { return mix(state++); }
  int64_t below(int64_t n) { return n <= 0 ? 0 : static_cast<int64_t>(next() % static_cast<uint64_t>(n)); }
};

// A record as planned, before `today` decides what shows.
struct Planned {
  WorkRecord record;
  int64_t start = 0, end = 0;  // end: the last day (unused for the open job's last record)
  int pay_percent = 100;       // of the average pay
  size_t job = 0;
};

std::string basis(const SandboxEmployer& e, RecordKind kind, int64_t number, int64_t day) {
  const std::string date = display_date(format_day(day)), n = std::to_string(number);
  if (e.inn.size() == 12) {  // an individual entrepreneur
    if (kind == RecordKind::hire) return "Трудовой договор № " + n + " от " + date;
    if (kind == RecordKind::transfer) return "Дополнительное соглашение № " + n + " от " + date;
    return "Приказ № " + n + " от " + date;
  }
  return "Приказ № " + n + (kind == RecordKind::dismissal ? "-лс" : "-к") + " от " + date;
}

struct Job {
  size_t employer = 0;
  int64_t start = 0, end = 0;  // end unused when open
  bool open = false, part_time = false;
  int64_t transfer = 0;  // the first day in the senior position; 0: none
  int pay_percent = 100;
};

std::vector<Job> plan_jobs(Rng& rng, int64_t first) {
  const size_t count = 3 + static_cast<size_t>(rng.below(5));  // employers, one of them part-time
  std::vector<size_t> order(std::size(kEmployers));
  std::iota(order.begin(), order.end(), size_t{0});
  for (size_t i = 0; i < count; ++i)
    std::swap(order[i], order[i + static_cast<size_t>(rng.below(static_cast<int64_t>(order.size() - i)))]);
  std::vector<Job> jobs;
  int64_t start = first;
  for (size_t i = 0; i + 1 < count; ++i) {
    Job job;
    job.employer = order[i];
    job.start = start;
    job.pay_percent = 70 + static_cast<int>(rng.below(131));
    job.open = i + 2 == count;
    const int64_t length = job.open ? 40 * 365 : 365 + rng.below(7 * 365);
    if (!job.open) {
      job.end = start + length - 1;
      start = job.end + 1 + (rng.below(3) == 0 ? 0 : 1 + rng.below(120));
    }
    if (length > 3 * 365 && rng.below(2) == 0)
      job.transfer = job.start + (job.open ? 365 + rng.below(5 * 365) : length / 3 + rng.below(length / 3));
    jobs.push_back(job);
  }
  // Every main job lasts a year or more: the part-time job starts inside its host.
  const Job host = jobs[static_cast<size_t>(rng.below(static_cast<int64_t>(jobs.size())))];
  Job part;
  part.employer = order[count - 1];
  part.part_time = true;
  part.start = host.start + 30 + rng.below(180);
  part.end = part.start + 90 + rng.below(600);
  part.pay_percent = 35 + static_cast<int>(rng.below(36));
  jobs.push_back(part);
  return jobs;
}

std::vector<Planned> plan_records(Rng& rng, const std::vector<Job>& jobs) {
  std::vector<Planned> out;
  for (size_t j = 0; j < jobs.size(); ++j) {
    const Job& job = jobs[j];
    const SandboxEmployer& e = kEmployers[job.employer];
    const auto add = [&](RecordKind kind, int64_t start, int64_t end, bool senior, int pay) {
      Planned p;
      p.record.kind = kind;
      p.record.employer = std::string(e.name);
      p.record.employer_inn = std::string(e.inn);
      p.record.insurer_number = std::string(e.insurer_number);
      p.record.position = std::string(senior ? e.senior_position : e.position);
      p.record.basis = basis(e, kind, 1 + rng.below(150), start);
      p.record.part_time = job.part_time;
      p.start = start;
      p.end = end;
      p.pay_percent = pay;
      p.job = j;
      out.push_back(std::move(p));
    };
    const bool senior = job.transfer != 0;
    if (senior) {
      add(RecordKind::hire, job.start, job.transfer - 1, false, job.pay_percent);
      add(RecordKind::transfer, job.transfer, job.end, true, job.pay_percent * 125 / 100);
    } else {
      add(RecordKind::hire, job.start, job.end, false, job.pay_percent);
    }
    if (!job.open) add(RecordKind::dismissal, job.end, job.end, senior, 0);
  }
  for (size_t i = 0; i < out.size(); ++i) out[i].record.id = "r" + std::to_string(i + 1);
  return out;
}

int64_t month_end(int year, unsigned month) {
  return month == 12 ? time::days_from_civil(year + 1, 1, 1) - 1 : time::days_from_civil(year, month + 1, 1) - 1;
}

// The monthly contributions of one record's span [start, last], months ending before today.
void post_contributions(const Planned& p, int64_t last, int64_t today, uint64_t base, std::vector<Operation>& out) {
  int year = 0;
  unsigned month = 0, day = 0;
  time::civil_from_days(std::max(p.start, time::days_from_civil(kFirstWageYear, 1, 1)), year, month, day);
  for (;;) {
    const int64_t first = time::days_from_civil(year, month, 1), end = month_end(year, month);
    if (end >= today || first > last) break;
    const int64_t from = std::max(first, p.start), to = std::min(end, last);
    const int64_t pay = average_wage(year) * 100 * p.pay_percent / 100;
    const int64_t amount = pay * (to - from + 1) / (end - first + 1) * kContributionPercent / 100;
    Operation op{format_day(end),   OperationKind::contribution, amount,
                 p.record.employer, p.record.employer_inn,       format_day(from),
                 format_day(to)};
    out.push_back(op);
    const uint64_t h = mix(base ^ (fnv1a(p.record.id) << 20) ^ static_cast<uint64_t>(first));
    const int64_t posted = month_end(month >= 11 ? year + 1 : year, (month + 1) % 12 + 1);  // two months later
    if (h % 60 < 2 && posted < today) {
      const bool withhold = h % 60 == 0;
      op.date = format_day(posted);
      op.kind = withhold ? OperationKind::correction : OperationKind::additional;
      op.amount_kopecks = withhold ? -(amount * static_cast<int64_t>(10 + (h >> 8) % 31) / 100)
                                   : amount * static_cast<int64_t>(5 + (h >> 8) % 16) / 100;
      out.push_back(op);
    }
    if (++month > 12) month = 1, ++year;
  }
}

}  // namespace

std::span<const SandboxEmployer> sandbox_employers() {
  return kEmployers;
}

CitizenData generate_citizen(std::string_view snils_digits, int64_t birth_day, int64_t today, uint64_t seed) {
  const uint64_t base = mix(seed) ^ fnv1a(snils_digits) ^ mix(static_cast<uint64_t>(birth_day));
  Rng rng{base};
  int by = 0;
  unsigned bm = 0, bd = 0;
  time::civil_from_days(birth_day, by, bm, bd);
  const int age = 18 + static_cast<int>(rng.below(6));
  const int64_t first = time::days_from_civil(by + age, bm, bd) + rng.below(300);
  const std::vector<Planned> planned = plan_records(rng, plan_jobs(rng, first));
  CitizenData out;
  for (size_t i = 0; i < planned.size(); ++i) {
    const Planned& p = planned[i];
    if (p.start > today) continue;
    WorkRecord r = p.record;
    r.start = format_day(p.start);
    // The span is closed once the job's next record (transfer, dismissal) has come.
    const bool next_shown = i + 1 < planned.size() && planned[i + 1].job == p.job && planned[i + 1].start <= today;
    const bool closed = r.kind == RecordKind::dismissal || next_shown;
    if (closed) r.end = format_day(p.end);
    if (r.kind != RecordKind::dismissal) post_contributions(p, closed ? p.end : today, today, base, out.operations);
    out.records.push_back(std::move(r));
  }
  std::stable_sort(out.records.begin(), out.records.end(),
                   [](const WorkRecord& a, const WorkRecord& b) { return a.start < b.start; });
  std::stable_sort(out.operations.begin(), out.operations.end(),
                   [](const Operation& a, const Operation& b) { return a.date < b.date; });
  return out;
}

}  // namespace cabinet::records
