#pragma once
// A small deterministic generator of submissions for a form's JSON Schema:
// valid instances (type, enum, const, bounds, simple patterns, required
// members, arrays, the if/then/else branch that applies) and mutations of
// them (a required member dropped, a wrong type, out of range, too long or
// too short, outside the enum, an extra member). Used by the differential
// test and the benchmarks. It never throws (the benchmarks also run as wasm).
#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "forms/schema_validator.hpp"
#include "forms/uri.hpp"

namespace cabinet::forms::testing {

using nlohmann::json;

class InstanceGenerator {
 public:
  InstanceGenerator(const json& schema, uint32_t seed) : root_(schema), rng_(seed) {}

  json valid() { return generate(root_, 0); }

  // Every mutation of `instance` this generator knows, each a separate copy.
  std::vector<json> mutations(const json& instance) {
    std::vector<json> out;
    mutate(root_, instance, json::json_pointer(), instance, out, 0);
    return out;
  }

 private:
  static constexpr int kMaxDepth = 12;

  // A local "$ref" ("#/definitions/x"); anything else resolves to `true`.
  const json& resolve(const json& schema) const {
    static const json kTrue = true;
    const json* node = &schema;
    for (int hops = 0; hops < 16 && node->is_object(); ++hops) {
      auto ref = node->find("$ref");
      if (ref == node->end() || !ref->is_string()) return *node;
      const std::string& text = ref->get_ref<const std::string&>();
      if (text.empty() || text.front() != '#') return kTrue;
      const auto tokens = parse_pointer(percent_decode(text.substr(1)));
      if (!tokens) return kTrue;
      const json* target = &root_;
      for (const std::string& token : *tokens) {
        if (!target->is_object()) return kTrue;
        auto it = target->find(token);
        if (it == target->end()) return kTrue;
        target = &*it;
      }
      node = target;
    }
    return *node;
  }

  static const json* member(const json& schema, const char* name) {
    if (!schema.is_object()) return nullptr;
    auto it = schema.find(name);
    return it == schema.end() ? nullptr : &*it;
  }

  static double number_of(const json* value, double fallback) {
    return value && value->is_number() ? value->get<double>() : fallback;
  }

  // A length keyword as a count (0..100000), or -1 when absent or malformed.
  static long long length_limit(const json& schema, const char* name) {
    const double value = number_of(member(schema, name), -1);
    return value >= 0 && value <= 100000 ? static_cast<long long>(value) : -1;
  }

  std::string type_of(const json& schema) const {
    if (const json* type = member(schema, "type")) {
      if (type->is_string()) return type->get<std::string>();
      if (type->is_array()) {
        for (const json& item : *type) {
          if (item.is_string() && item != "null") return item.get<std::string>();
        }
        return "null";
      }
    }
    if (member(schema, "properties") || member(schema, "required")) return "object";
    if (member(schema, "items")) return "array";
    if (member(schema, "minimum") || member(schema, "maximum")) return "number";
    return "string";
  }

  json generate(const json& raw, int depth) {
    const json& schema = resolve(raw);
    if (!schema.is_object() || depth > kMaxDepth) return nullptr;
    if (const json* constant = member(schema, "const")) return *constant;
    if (const json* allowed = member(schema, "enum"); allowed && allowed->is_array() && !allowed->empty()) {
      return (*allowed)[rng_() % allowed->size()];
    }
    const std::string type = type_of(schema);
    if (type == "object") return object(schema, depth);
    if (type == "array") return array(schema, depth);
    if (type == "integer" || type == "number") return number(schema, type == "integer");
    if (type == "boolean") return rng_() % 2 == 0;
    if (type == "null") return nullptr;
    return string(schema);
  }

  // The schemas whose object keywords apply: the schema, its allOf items, and
  // the then/else branches chosen against `partial` (the members so far).
  void parts(const json& schema, const json* partial, std::vector<const json*>& out, int depth) {
    if (!schema.is_object() || depth > kMaxDepth) return;
    out.push_back(&schema);
    if (const json* all = member(schema, "allOf"); all && all->is_array()) {
      for (const json& item : *all) parts(resolve(item), partial, out, depth + 1);
    }
    if (const json* condition = member(schema, "if"); condition && partial) {
      auto check = conditions_.find(condition);
      if (check == conditions_.end()) {
        check = conditions_.emplace(condition, SchemaValidator(*condition, {.check_formats = false})).first;
      }
      const json* branch = member(schema, check->second.is_valid(*partial) ? "then" : "else");
      if (branch) parts(resolve(*branch), partial, out, depth + 1);
    }
  }

  json object(const json& schema, int depth) {
    json out = json::object();
    // Twice: members chosen in the first pass can switch an if/then branch on.
    for (int pass = 0; pass < 3; ++pass) {
      std::vector<const json*> applied;
      parts(schema, &out, applied, 0);
      std::map<std::string, const json*> known;  // every member schema in the applied parts
      for (const json* part : applied) {
        const json* properties = member(*part, "properties");
        if (!properties || !properties->is_object()) continue;
        for (auto it = properties->begin(); it != properties->end(); ++it) known.emplace(it.key(), &it.value());
      }
      for (const json* part : applied) {
        const json* properties = member(*part, "properties");
        const json* required = member(*part, "required");
        if (properties && properties->is_object()) {
          for (auto it = properties->begin(); it != properties->end(); ++it) {
            if (out.contains(it.key())) continue;
            const bool needed = required && required->is_array() &&
                                std::find(required->begin(), required->end(), it.key()) != required->end();
            if (needed || (pass == 0 && rng_() % 2 == 0)) out[it.key()] = generate(it.value(), depth + 1);
          }
        }
        if (required && required->is_array()) {
          for (const json& name : *required) {
            if (!name.is_string() || out.contains(name.get<std::string>())) continue;
            auto schema_of_member = known.find(name.get<std::string>());
            out[name.get<std::string>()] =
                schema_of_member == known.end() ? json("x") : generate(*schema_of_member->second, depth + 1);
          }
        }
      }
    }
    return out;
  }

  json array(const json& schema, int depth) {
    json out = json::array();
    const json* items = member(schema, "items");
    const auto min = static_cast<size_t>(std::max(0.0, number_of(member(schema, "minItems"), 0)));
    const auto max = static_cast<size_t>(std::max<double>(min, number_of(member(schema, "maxItems"), min + 3)));
    const size_t count = min + rng_() % (std::min<size_t>(max, min + 3) - min + 1);
    for (size_t i = 0; i < count; ++i) {
      if (items && items->is_array()) {
        if (i >= items->size()) break;
        out.push_back(generate((*items)[i], depth + 1));
      } else {
        out.push_back(items ? generate(*items, depth + 1) : json(static_cast<int>(i)));
      }
    }
    return out;
  }

  json number(const json& schema, bool integer) {
    double low = number_of(member(schema, "minimum"), -1000);
    double high = number_of(member(schema, "maximum"), low + 1000000);
    if (const json* e = member(schema, "exclusiveMinimum"); e && e->is_number()) low = e->get<double>() + 1;
    if (const json* e = member(schema, "exclusiveMaximum"); e && e->is_number()) high = e->get<double>() - 1;
    if (high < low) high = low;
    const double span = std::min(high - low, 1e9);
    const auto value = static_cast<int64_t>(low + static_cast<double>(rng_() % (static_cast<uint64_t>(span) + 1)));
    if (const json* divisor = member(schema, "multipleOf"); divisor && divisor->is_number_integer()) {
      const int64_t d = divisor->get<int64_t>();
      if (d > 0) {
        int64_t rounded = value / d * d;
        if (static_cast<double>(rounded) < low) rounded += d;
        return rounded;
      }
    }
    if (integer) return value;
    return static_cast<double>(value) + (static_cast<double>(value) + 0.5 <= high ? 0.5 : 0.0);
  }

  static std::string format_sample(std::string_view format) {
    struct Sample {
      std::string_view format, value;
    };
    static constexpr Sample kSamples[] = {
        {"date", "2024-03-15"},
        {"date-time", "2024-03-15T09:30:00+03:00"},
        {"time", "09:30:00+03:00"},
        {"email", "ivanov@example.ru"},
        {"snils", "112-233-445 95"},
        {"inn", "7707083893"},
        {"inn10", "7707083893"},
        {"inn12", "500100732259"},
        {"kpp", "773601001"},
        {"ogrn", "1027700132195"},
        {"ogrnip", "304500116000157"},
        {"bik", "044525225"},
        {"account", "40817810099910004312"},
        {"passport", "4508 123456"},
        {"passport_office_code", "770-001"},
        {"passport-office-code", "770-001"},
        {"phone", "+79161234567"},
        {"postal_code", "101000"},
        {"postal-index", "101000"},
        {"person_name", "Иван"},
        {"person-name", "Иван"},
    };
    for (const Sample& sample : kSamples) {
      if (sample.format == format) return std::string(sample.value);
    }
    return {};
  }

  // A string for a pattern made of literals, classes, \d and quantifiers
  // ("^[0-9]{10}$", "^[0-9A-Za-zА-Яа-яЁё/ -]+$"); empty when it cannot tell.
  // Classes give ASCII characters, so the value reads the same to byte-based
  // regex engines.
  static std::string pattern_sample(std::string_view pattern) {
    std::string out;
    size_t i = 0;
    if (i < pattern.size() && pattern[i] == '^') ++i;
    while (i < pattern.size()) {
      std::string atom;
      const char c = pattern[i];
      if (c == '$' && i + 1 == pattern.size()) break;
      if (c == '[') {
        const size_t end = pattern.find(']', i + 1);
        if (end == std::string_view::npos || pattern[i + 1] == '^') return {};
        for (size_t k = i + 1; k < end; ++k) {
          const char m = pattern[k];
          if ((m >= '0' && m <= '9') || (m >= 'a' && m <= 'z') || (m >= 'A' && m <= 'Z')) {
            atom = std::string(1, m);
            break;
          }
        }
        if (atom.empty()) return {};
        i = end + 1;
      } else if (c == '\\' && i + 1 < pattern.size() && pattern[i + 1] == 'd') {
        atom = "7";
        i += 2;
      } else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
                 c == ' ') {
        atom = std::string(1, c);
        ++i;
      } else {
        return {};
      }
      size_t repeat = 1;
      if (i < pattern.size() && (pattern[i] == '+' || pattern[i] == '*' || pattern[i] == '?')) {
        repeat = pattern[i] == '+' ? 3 : (pattern[i] == '*' ? 2 : 1);
        ++i;
      } else if (i < pattern.size() && pattern[i] == '{') {
        const size_t end = pattern.find('}', i);
        if (end == std::string_view::npos) return {};
        repeat = 0;
        for (size_t k = i + 1; k < end && pattern[k] >= '0' && pattern[k] <= '9'; ++k) {
          repeat = repeat * 10 + static_cast<size_t>(pattern[k] - '0');
        }
        if (repeat > 1000) return {};
        i = end + 1;
      }
      for (size_t k = 0; k < repeat; ++k) out += atom;
    }
    return out;
  }

  json string(const json& schema) {
    const auto min = static_cast<size_t>(std::max(0.0, number_of(member(schema, "minLength"), 0)));
    const auto max = static_cast<size_t>(std::max<double>(min, number_of(member(schema, "maxLength"), min + 12)));
    if (const json* format = member(schema, "format"); format && format->is_string()) {
      std::string sample = format_sample(format->get<std::string>());
      if (!sample.empty()) return sample;
    }
    if (const json* pattern = member(schema, "pattern"); pattern && pattern->is_string()) {
      std::string sample = pattern_sample(pattern->get<std::string>());
      if (!sample.empty()) return sample;
    }
    static constexpr std::string_view kWords[] = {"Москва", "Петров", "улица", "дом", "Ёлкин", "справка", "a1"};
    std::string out;
    size_t length = 0;
    const size_t target = min + rng_() % (std::min(max, min + 12) - min + 1);
    while (length < target) {
      const std::string_view word = kWords[rng_() % std::size(kWords)];
      for (size_t k = 0; k < word.size() && length < target;) {
        const size_t bytes = (static_cast<unsigned char>(word[k]) & 0x80) ? 2 : 1;
        out.append(word.substr(k, bytes));
        k += bytes;
        ++length;
      }
    }
    return out;
  }

  // Mutations at `pointer` (where `schema` applies), then inside its members and items.
  void mutate(const json& raw, const json& value, const json::json_pointer& pointer, const json& whole,
              std::vector<json>& out, int depth) {
    const json& schema = resolve(raw);
    if (!schema.is_object() || depth > kMaxDepth) return;
    auto replaced = [&](json replacement) {
      json copy = whole;
      copy[pointer] = std::move(replacement);
      out.push_back(std::move(copy));
    };
    // Wrong type.
    if (value.is_string()) {
      replaced(42);
    } else if (value.is_number()) {
      replaced("42");
    } else if (value.is_boolean()) {
      replaced("true");
    } else if (value.is_object() || value.is_array()) {
      replaced(value.is_object() ? json::array() : json::object());
    }
    if (member(schema, "enum")) replaced("__не_из_списка__");
    if (const json* limit = member(schema, "maximum"); limit && limit->is_number() && value.is_number()) {
      replaced(limit->get<double>() + 1);
    }
    if (const json* limit = member(schema, "minimum"); limit && limit->is_number() && value.is_number()) {
      replaced(limit->get<double>() - 1);
    }
    const bool formatted = member(schema, "format") || member(schema, "pattern");
    // A longer or shorter value of a formatted field may fail its format too:
    // formats are not compared (see differential_test.cpp), so those are left out.
    if (const long long limit = length_limit(schema, "maxLength"); limit >= 0 && value.is_string() && !formatted) {
      replaced(std::string(static_cast<size_t>(limit) + 1, 'a'));
    }
    if (const long long limit = length_limit(schema, "minLength"); limit > 0 && value.is_string() && !formatted) {
      replaced(std::string(static_cast<size_t>(limit) - 1, 'a'));
    }
    if (value.is_object()) {
      std::vector<const json*> applied;
      parts(schema, &value, applied, 0);
      for (const json* part : applied) {
        if (const json* required = member(*part, "required"); required && required->is_array()) {
          for (const json& name : *required) {
            if (!name.is_string() || !value.contains(name.get<std::string>())) continue;
            json copy = whole;
            copy[pointer].erase(name.get<std::string>());
            out.push_back(std::move(copy));
          }
        }
        if (const json* additional = member(*part, "additionalProperties"); additional && *additional == false) {
          json copy = whole;
          copy[pointer]["__лишнее_поле__"] = 1;
          out.push_back(std::move(copy));
        }
        if (const json* properties = member(*part, "properties"); properties && properties->is_object()) {
          for (auto it = properties->begin(); it != properties->end(); ++it) {
            auto found = value.find(it.key());
            if (found == value.end()) continue;
            mutate(it.value(), *found, pointer / it.key(), whole, out, depth + 1);
          }
        }
      }
    } else if (value.is_array()) {
      const json* items = member(schema, "items");
      for (size_t i = 0; i < value.size() && items; ++i) {
        const json* item_schema = items->is_array() ? (i < items->size() ? &(*items)[i] : nullptr) : items;
        if (item_schema) mutate(*item_schema, value[i], pointer / i, whole, out, depth + 1);
      }
      if (const long long limit = length_limit(schema, "maxItems"); limit >= 0 && !value.empty()) {
        json longer = value;
        while (longer.size() <= static_cast<size_t>(limit)) longer.push_back(value.back());
        replaced(std::move(longer));
      }
    }
  }

  const json& root_;
  std::mt19937 rng_;
  std::map<const json*, SchemaValidator> conditions_;  // compiled "if" schemas
};

}  // namespace cabinet::forms::testing
