#include "forms/suite.hpp"

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "forms/formats.hpp"
#include "forms/schema_validator.hpp"
#include "storage/read_file.hpp"

namespace cabinet::forms {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kRemoteBase = "http://localhost:1234/";

json read_json(const fs::path& path) {
  const auto bytes = storage::read_file(path.string());
  if (!bytes) return json(json::value_t::discarded);
  return json::parse(*bytes, nullptr, false);
}

// The suite's "remotes" folder: next to the tests, up to four levels above.
std::vector<std::pair<std::string, json>> load_remotes(const fs::path& start) {
  std::vector<std::pair<std::string, json>> remotes;
  std::error_code error;
  fs::path folder = start;
  for (int level = 0; level < 5 && !folder.empty(); ++level, folder = folder.parent_path()) {
    const fs::path candidate = folder / "remotes";
    if (!fs::is_directory(candidate, error)) {
      if (folder == folder.parent_path()) break;
      continue;
    }
    for (fs::recursive_directory_iterator it(candidate, error), end; !error && it != end; it.increment(error)) {
      if (!it->is_regular_file(error) || it->path().extension() != ".json") continue;
      json document = read_json(it->path());
      if (document.is_discarded()) continue;
      remotes.emplace_back(kRemoteBase + it->path().lexically_relative(candidate).generic_string(),
                           std::move(document));
    }
    break;
  }
  return remotes;
}

std::string text_of(const json& object, const char* name) {
  auto it = object.is_object() ? object.find(name) : object.end();
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void run_file(const fs::path& path, const std::string& file, const std::vector<std::pair<std::string, json>>& remotes,
              SuiteReport& report) {
  const json groups = read_json(path);
  if (!groups.is_array()) {
    report.failed += 1;
    report.failures.push_back({file, "", "", false});
    return;
  }
  for (const json& group : groups) {
    const std::string group_name = text_of(group, "description");
    const auto tests = group.is_object() ? group.find("tests") : group.end();
    if (!group.is_object() || !group.contains("schema") || tests == group.end() || !tests->is_array()) {
      report.failed += 1;
      report.failures.push_back({file, group_name, "", false});
      continue;
    }
    SchemaValidator validator(group["schema"]);
    for (const auto& [uri, document] : remotes) validator.add_resource(uri, document);
    for (const json& test : *tests) {
      const auto valid = test.is_object() ? test.find("valid") : test.end();
      const auto data = test.is_object() ? test.find("data") : test.end();
      const bool expected = valid != test.end() && valid->is_boolean() && valid->get<bool>();
      const bool well_formed = valid != test.end() && valid->is_boolean() && data != test.end();
      if (well_formed && validator.is_valid(*data) == expected &&
          validator.validate(*data).empty() == expected) {
        report.passed += 1;
      } else {
        report.failed += 1;
        report.failures.push_back({file, group_name, text_of(test, "description"), expected});
      }
    }
  }
}

// The *.json files directly in `folder`, sorted; false when it cannot be listed.
bool list_json(const fs::path& folder, std::vector<fs::path>& files) {
  std::error_code error;
  std::vector<fs::path> found;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    if (it->is_regular_file(error) && it->path().extension() == ".json") found.push_back(it->path());
  }
  if (error) return false;
  std::sort(found.begin(), found.end());
  files.insert(files.end(), found.begin(), found.end());
  return true;
}

}  // namespace

SuiteReport run_suite(const std::string& path_text) {
  SuiteReport report;
  const fs::path path(path_text);
  std::error_code error;
  std::vector<fs::path> files;
  fs::path folder;
  if (fs::is_directory(path, error)) {
    folder = path;
    if (!list_json(path, files)) return report;
    const fs::path formats = path / "optional" / "format";
    std::vector<fs::path> format_files;
    if (fs::is_directory(formats, error) && list_json(formats, format_files)) {
      for (const fs::path& file : format_files) {
        if (is_known_format(file.stem().string())) {
          files.push_back(file);
        } else {
          report.skipped.push_back(file.lexically_relative(path).generic_string());
        }
      }
    }
  } else if (fs::is_regular_file(path, error)) {
    if (!storage::read_file(path.string())) return report;
    folder = path.parent_path();
    files.push_back(path);
  } else {
    return report;
  }
  report.readable = true;
  const auto remotes = load_remotes(fs::absolute(folder.empty() ? fs::path(".") : folder, error));
  for (const fs::path& file : files) {
    const std::string name = folder.empty() ? file.generic_string() : file.lexically_relative(folder).generic_string();
    run_file(file, name, remotes, report);
  }
  return report;
}

}  // namespace cabinet::forms
