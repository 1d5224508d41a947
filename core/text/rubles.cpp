#include "text/rubles.hpp"

namespace cabinet::text {

std::string format_rubles(int64_t kopecks) {
  const bool negative = kopecks < 0;
  const uint64_t value = negative ? 0 - static_cast<uint64_t>(kopecks) : static_cast<uint64_t>(kopecks);
  std::string rubles = std::to_string(value / 100);
  for (int at = static_cast<int>(rubles.size()) - 3; at > 0; at -= 3) rubles.insert(static_cast<size_t>(at), " ");
  const uint64_t cents = value % 100;
  return (negative ? "-" : "") + rubles + "," + (cents < 10 ? "0" : "") + std::to_string(cents) + " ₽";
}

}  // namespace cabinet::text
