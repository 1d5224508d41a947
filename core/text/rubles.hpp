#pragma once
// Money as citizens read it: 4500000 kopecks -> "45 000,00 ₽".
#include <cstdint>
#include <string>

namespace cabinet::text {

std::string format_rubles(int64_t kopecks);

}  // namespace cabinet::text
