#pragma once
// Read-only assets compiled into the binary (see assets/embed.cmake).
#include <optional>
#include <string_view>
#include <vector>

namespace cabinet::assets {

struct Asset {
  std::string_view path;   // relative to assets/, e.g. "i18n/ru/common.json"
  std::string_view bytes;
};

const std::vector<Asset>& all();

// The asset at `path`, if it was embedded.
std::optional<std::string_view> find(std::string_view path);

}  // namespace cabinet::assets
