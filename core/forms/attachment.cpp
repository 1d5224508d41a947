#include "forms/attachment.hpp"

#include <algorithm>

#include <sodium.h>

#include "auth/sodium.hpp"
#include "text/utf8.hpp"

namespace cabinet::forms {

namespace {

bool starts_with(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::string sniff_type(std::string_view bytes) {
  if (starts_with(bytes, "\xFF\xD8\xFF")) return "jpg";
  if (starts_with(bytes, "\x89PNG\r\n\x1A\n")) return "png";
  if (starts_with(bytes, "%PDF-")) return "pdf";
  // DOCX is a ZIP container whose entries include word/ (an Office Open XML document).
  if (starts_with(bytes, std::string_view("PK\x03\x04", 4)) &&
      bytes.substr(0, std::min<size_t>(bytes.size(), 64 * 1024)).find("word/") != std::string_view::npos)
    return "docx";
  return "";
}

std::string extension_type(std::string_view name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return "";
  const std::string ext = lower_ascii(name.substr(dot + 1));
  if (ext == "jpg" || ext == "jpeg") return "jpg";
  if (ext == "png" || ext == "pdf" || ext == "docx") return ext;
  return "";
}

std::string blake2b_hex(std::string_view bytes) {
  auth::ensure_sodium();
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                     nullptr, 0);
  return auth::to_hex(std::string_view(reinterpret_cast<const char*>(digest), sizeof digest));
}

AttachmentCheck check_attachment(std::string_view name, std::string_view bytes, const AttachmentRules& rules) {
  AttachmentCheck result;
  std::string accepted;
  for (const std::string& type : rules.accept) accepted += (accepted.empty() ? "" : ", ") + type;
  if (name.empty() || !text::is_valid_utf8(name) || text::has_control_chars(name) || name.size() > 255) {
    result.code = "bad_name";
    return result;
  }
  if (bytes.empty()) {
    result.code = "empty";
    return result;
  }
  if (static_cast<int64_t>(bytes.size()) > rules.max_bytes) {
    result.code = "too_large";
    result.params = {{"max_mb", rules.max_bytes / (1024 * 1024)}};
    return result;
  }
  const std::string by_content = sniff_type(bytes);
  const std::string by_name = extension_type(name);
  const auto allowed = [&](const std::string& type) {
    return std::find(rules.accept.begin(), rules.accept.end(), type) != rules.accept.end();
  };
  if (by_content.empty() || !allowed(by_content) || by_name.empty() || !allowed(by_name)) {
    result.code = "unsupported_type";
    result.params = {{"accepted", accepted}};
    return result;
  }
  if (by_content != by_name) {
    result.code = "type_mismatch";
    result.params = {{"extension", by_name}, {"content", by_content}};
    return result;
  }
  result.ok = true;
  result.type = by_content;
  result.blake2b = blake2b_hex(bytes);
  return result;
}

}  // namespace cabinet::forms
