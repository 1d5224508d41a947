// VaultStorage's content: {"format": 1, "values": {key: "text" | {"b64": "..."}}}.
// Written by hand (no copy of every value into a JSON tree, and no dump() that
// could meet invalid UTF-8); read with nlohmann without exceptions.
#include <sodium.h>
#include <nlohmann/json.hpp>

#include "auth/sodium.hpp"
#include "text/utf8.hpp"
#include "vault/vault_storage.hpp"

namespace cabinet::vault {

namespace {

using nlohmann::json;
using auth::wipe;

// `text` is valid UTF-8: only '"', '\\' and control characters need escaping;
// the runs between them are copied whole.
void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte != '"' && byte != '\\') continue;
    out.append(text.data() + run, i - run);
    run = i + 1;
    if (byte == '"' || byte == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(byte));
    } else {
      out += "\\u00";
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 0xF]);
    }
  }
  out.append(text.data() + run, text.size() - run);
  out.push_back('"');
}

void append_base64(std::string& out, std::string_view bytes) {
  auth::ensure_sodium();
  const size_t encoded = sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  const size_t start = out.size();
  out.resize(start + encoded);
  sodium_bin2base64(out.data() + start, encoded, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(start + encoded - 1);  // without the terminating NUL
}

std::optional<std::string> decode_base64(const std::string& text) {
  auth::ensure_sodium();
  std::string out(text.size() / 4 * 3 + 3, '\0');
  size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
    return std::nullopt;
  out.resize(length);
  return out;
}

// Drops what was read so far (wiped) and says why.
ValuesResult failure(VaultValues& partial, std::string error) {
  for (auto& [key, value] : partial) wipe(value);
  return {std::nullopt, std::move(error)};
}

}  // namespace

std::string VaultStorage::serialize(const VaultValues& values) {
  size_t size = 32;
  for (const auto& [key, value] : values) size += key.size() + value.size() * 4 / 3 + 16;
  std::string out;
  out.reserve(size);
  out += "{\"format\":" + std::to_string(kVaultContentFormat) + ",\"values\":{";
  bool first = true;
  for (const auto& [key, value] : values) {
    if (!storage::is_valid_key(key)) continue;  // parse() would refuse the whole content
    if (!first) out.push_back(',');
    first = false;
    append_json_string(out, key);
    out.push_back(':');
    if (text::is_valid_utf8(value)) {
      append_json_string(out, value);
    } else {
      out += "{\"b64\":\"";
      append_base64(out, value);
      out += "\"}";
    }
  }
  out += "}}";
  return out;
}

ValuesResult VaultStorage::parse(std::string_view plaintext) {
  VaultValues out;
  json doc = json::parse(plaintext.begin(), plaintext.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return failure(out, "vault content is not JSON");
  if (!doc.is_object()) return failure(out, "vault content is not a JSON object");
  const auto format = doc.find("format");
  if (format == doc.end() || !format->is_number_integer() || format->get<int64_t>() != kVaultContentFormat)
    return failure(out, "vault content has an unknown format");
  const auto values = doc.find("values");
  if (values == doc.end() || !values->is_object()) return failure(out, "vault content has no \"values\" object");

  for (auto it = values->begin(); it != values->end(); ++it) {
    if (!storage::is_valid_key(it.key())) return failure(out, "vault content has an invalid key");
    json& value = it.value();
    if (value.is_string()) {
      out.emplace(it.key(), std::move(value.get_ref<std::string&>()));
      continue;
    }
    const auto b64 = value.is_object() && value.size() == 1 ? value.find("b64") : value.end();
    if (b64 == value.end() || !b64->is_string())
      return failure(out, "vault content: the value of \"" + it.key() + "\" is neither text nor {\"b64\": ...}");
    std::string& encoded = b64->get_ref<std::string&>();
    std::optional<std::string> decoded = decode_base64(encoded);
    wipe(encoded);
    if (!decoded) return failure(out, "vault content: the value of \"" + it.key() + "\" is not valid base64");
    out.emplace(it.key(), std::move(*decoded));
  }
  return {std::move(out), {}};
}

}  // namespace cabinet::vault
