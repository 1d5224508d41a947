#include "assets/embedded.hpp"

namespace cabinet::assets {

std::optional<std::string_view> find(std::string_view path) {
  for (const Asset& asset : all()) {
    if (asset.path == path) return asset.bytes;
  }
  return std::nullopt;
}

}  // namespace cabinet::assets
