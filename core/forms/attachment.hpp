#pragma once
// Files a citizen attaches to an application: the type is recognised by the
// content signature (magic bytes) as well as the extension, both must agree;
// the size is limited per field; a BLAKE2b-256 hash identifies the content.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace cabinet::forms {

struct AttachmentRules {
  std::vector<std::string> accept = {"jpg", "png", "pdf"};
  int64_t max_bytes = 5 * 1024 * 1024;
};

struct AttachmentCheck {
  bool ok = false;
  std::string code;  // empty, too_large, unsupported_type, type_mismatch, bad_name
  nlohmann::json params = nlohmann::json::object();
  std::string type;     // jpg, png, pdf, docx (from the content)
  std::string blake2b;  // 64 lower-case hex digits
};

// The type the content starts like ("jpg", "png", "pdf", "docx"), or "".
std::string sniff_type(std::string_view bytes);
// The type the file name's extension names ("jpeg" -> "jpg"), or "".
std::string extension_type(std::string_view name);

AttachmentCheck check_attachment(std::string_view name, std::string_view bytes, const AttachmentRules& rules);

// BLAKE2b with a 32-byte digest, as hex.
std::string blake2b_hex(std::string_view bytes);

}  // namespace cabinet::forms
