// Identifier checks per second (items/s): SNILS and INN as typed by citizens.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "ids/ids.hpp"

namespace {

constexpr size_t kInputs = 1024;

std::string random_digits(std::mt19937& rng, int count) {
  std::string s;
  for (int i = 0; i < count; ++i) s += static_cast<char>('0' + rng() % 10);
  return s;
}

// Valid and mistyped SNILS, half written "112-233-445 95", half as plain digits.
std::vector<std::string> snils_inputs() {
  std::mt19937 rng(1);
  std::vector<std::string> out;
  for (size_t i = 0; i < kInputs; ++i) {
    const std::string nine = random_digits(rng, 9);
    int sum = 0;
    for (int k = 0; k < 9; ++k) sum += (nine[k] - '0') * (9 - k);
    int control = sum < 100 ? sum : (sum <= 101 ? 0 : sum % 101 % 100);
    if (i % 4 == 3) control = (control + 1) % 100;  // a typo now and then
    const std::string digits = nine + static_cast<char>('0' + control / 10) + static_cast<char>('0' + control % 10);
    out.push_back(i % 2 ? digits
                        : digits.substr(0, 3) + "-" + digits.substr(3, 3) + "-" + digits.substr(6, 3) + " " +
                              digits.substr(9));
  }
  return out;
}

// 10- and 12-digit INN, valid and mistyped.
std::vector<std::string> inn_inputs() {
  static const int w10[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  static const int w11[] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  static const int w12[] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  const auto control = [](const std::string& s, const int* w, int n) {
    int sum = 0;
    for (int k = 0; k < n; ++k) sum += (s[k] - '0') * w[k];
    return static_cast<char>('0' + sum % 11 % 10);
  };
  std::mt19937 rng(2);
  std::vector<std::string> out;
  for (size_t i = 0; i < kInputs; ++i) {
    std::string s;
    if (i % 2) {
      s = random_digits(rng, 9);
      s += control(s, w10, 9);
    } else {
      s = random_digits(rng, 10);
      s += control(s, w11, 10);
      s += control(s, w12, 11);
    }
    if (i % 4 == 3) s.back() = s.back() == '9' ? '0' : static_cast<char>(s.back() + 1);
    out.push_back(s);
  }
  return out;
}

template <typename Check>
void run_checks(benchmark::State& state, const std::vector<std::string>& inputs, Check check) {
  size_t i = 0, valid = 0;
  for (auto _ : state) {
    const auto result = check(inputs[i++ % inputs.size()]);
    valid += result.ok();
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.counters["valid_share"] = static_cast<double>(valid) / static_cast<double>(state.iterations());
}

void BM_SnilsCheck(benchmark::State& state) {
  run_checks(state, snils_inputs(), cabinet::ids::check_snils);
}
void BM_InnCheck(benchmark::State& state) {
  run_checks(state, inn_inputs(), cabinet::ids::check_inn);
}

}  // namespace

BENCHMARK(BM_SnilsCheck);
BENCHMARK(BM_InnCheck);
