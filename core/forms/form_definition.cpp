#include "forms/form_definition.hpp"

#include "forms/schema_validator.hpp"

namespace cabinet::forms {

namespace {

using json = nlohmann::json;

std::string string_of(const json& object, const char* name) {
  auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> strings_of(const json& object, const char* name) {
  std::vector<std::string> out;
  auto it = object.find(name);
  if (it == object.end() || !it->is_array()) return out;
  for (const json& item : *it) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

LocalText local_text(const json& value) {
  LocalText text;
  if (value.is_string()) text.by_language["ru"] = value.get<std::string>();
  if (!value.is_object()) return text;
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (it->is_string()) text.by_language[it.key()] = it->get<std::string>();
  }
  return text;
}

LocalText local_text_of(const json& object, const char* name) {
  auto it = object.find(name);
  return it == object.end() ? LocalText{} : local_text(*it);
}

int int_of(const json& object, const char* name, int fallback) {
  auto it = object.find(name);
  return it != object.end() && it->is_number_integer() ? it->get<int>() : fallback;
}

bool parse_field(const json& value, Field& field, std::string& error) {
  if (!value.is_object()) {
    error = "a field is not an object";
    return false;
  }
  field.name = string_of(value, "name");
  field.widget = string_of(value, "widget");
  if (field.name.empty() || field.widget.empty()) {
    error = "a field lacks name or widget";
    return false;
  }
  field.label = local_text_of(value, "label");
  field.hint = local_text_of(value, "hint");
  field.prefill = string_of(value, "prefill");
  field.accept = strings_of(value, "accept");
  field.max_size_mb = int_of(value, "max_size_mb", 5);
  field.max_files = int_of(value, "max_files", 5);
  if (auto options = value.find("options"); options != value.end() && options->is_array()) {
    for (const json& option : *options) {
      if (!option.is_object()) continue;
      const auto raw = option.find("value");
      std::string text = raw == option.end() ? "" : raw->is_string() ? raw->get<std::string>() : raw->dump();
      field.options.push_back({text, local_text_of(option, "label")});
    }
  }
  if (auto messages = value.find("messages"); messages != value.end() && messages->is_object()) {
    for (auto it = messages->begin(); it != messages->end(); ++it) field.messages[it.key()] = local_text(*it);
  }
  if (auto items = value.find("fields"); items != value.end() && items->is_array()) {
    for (const json& item : *items) {
      Field child;
      if (!parse_field(item, child, error)) return false;
      field.fields.push_back(std::move(child));
    }
  }
  return true;
}

// Whether `branch` (a then/else schema) declares the property `name`.
bool declares(const json& branch, std::string_view name) {
  if (!branch.is_object()) return false;
  auto properties = branch.find("properties");
  return properties != branch.end() && properties->is_object() && properties->contains(name);
}

// Whether the `if` schema holds for `data`; a condition on a property not typed
// yet does not hold (a form does not show a branch before its question is answered).
bool condition_holds(const json& condition, const json& data) {
  if (condition.is_object()) {
    if (auto properties = condition.find("properties"); properties != condition.end() && properties->is_object()) {
      for (auto it = properties->begin(); it != properties->end(); ++it) {
        if (!data.is_object() || !data.contains(it.key())) return false;
      }
    }
  }
  return SchemaValidator(condition).is_valid(data);
}

// Visibility of `name` through the if/then/else of `schema`: nullopt when the
// schema does not mention it in a branch.
std::optional<bool> branch_visibility(const json& schema, std::string_view name, const json& data) {
  if (!schema.is_object()) return std::nullopt;
  std::optional<bool> visible;
  auto condition = schema.find("if");
  if (condition != schema.end()) {
    const auto then_branch = schema.find("then");
    const auto else_branch = schema.find("else");
    const bool in_then = then_branch != schema.end() && declares(*then_branch, name);
    const bool in_else = else_branch != schema.end() && declares(*else_branch, name);
    if (in_then || in_else) {
      const bool holds = condition_holds(*condition, data);
      visible = (in_then && holds) || (in_else && !holds);
    }
  }
  if (auto all = schema.find("allOf"); all != schema.end() && all->is_array()) {
    for (const json& item : *all) {
      if (auto nested = branch_visibility(item, name, data)) visible = visible.value_or(false) || *nested;
    }
  }
  return visible;
}

// The "format" of property `name` anywhere in `schema` (properties,
// patternProperties "^name$", branches, array items), or "".
std::string format_of(const json& schema, const std::string& name, int depth = 0) {
  if (!schema.is_object() || depth > 8) return "";
  for (const char* members : {"properties", "patternProperties"}) {
    auto it = schema.find(members);
    if (it == schema.end() || !it->is_object()) continue;
    for (auto p = it->begin(); p != it->end(); ++p) {
      if ((p.key() == name || p.key() == "^" + name + "$") && p->is_object() && p->contains("format") &&
          (*p)["format"].is_string())
        return (*p)["format"].get<std::string>();
    }
    for (auto p = it->begin(); p != it->end(); ++p) {
      if (std::string found = format_of(*p, name, depth + 1); !found.empty()) return found;
    }
  }
  for (const char* member : {"then", "else", "items"}) {
    if (auto it = schema.find(member); it != schema.end()) {
      if (std::string found = format_of(*it, name, depth + 1); !found.empty()) return found;
    }
  }
  if (auto all = schema.find("allOf"); all != schema.end() && all->is_array()) {
    for (const json& item : *all) {
      if (std::string found = format_of(item, name, depth + 1); !found.empty()) return found;
    }
  }
  return "";
}

void set_formats(std::vector<Field>& fields, const json& schema) {
  for (Field& field : fields) {
    field.format = format_of(schema, field.name);
    set_formats(field.fields, schema);
  }
}

}  // namespace

const std::string& LocalText::in(std::string_view language) const {
  static const std::string empty;
  if (auto it = by_language.find(std::string(language)); it != by_language.end()) return it->second;
  if (auto it = by_language.find("ru"); it != by_language.end()) return it->second;
  return by_language.empty() ? empty : by_language.begin()->second;
}

const Field* FormDefinition::find_field(std::string_view name) const {
  for (const Step& step : steps) {
    for (const Field& field : step.fields) {
      if (field.name == name) return &field;
    }
  }
  return nullptr;
}

int FormDefinition::step_of(std::string_view name) const {
  for (size_t i = 0; i < steps.size(); ++i) {
    for (const Field& field : steps[i].fields) {
      if (field.name == name) return static_cast<int>(i);
    }
  }
  return -1;
}

ParseResult parse_form(const json& value) {
  if (!value.is_object()) return {std::nullopt, "the definition is not a JSON object"};
  FormDefinition form;
  form.id = string_of(value, "id");
  if (form.id.empty()) return {std::nullopt, "no id"};
  form.version = int_of(value, "version", 1);
  form.category = string_of(value, "category");
  form.title = local_text_of(value, "title");
  form.summary = local_text_of(value, "summary");
  form.who_can_apply = local_text_of(value, "who_can_apply");
  form.time_limit = local_text_of(value, "time_limit");
  if (auto keywords = value.find("keywords"); keywords != value.end() && keywords->is_object()) {
    for (auto it = keywords->begin(); it != keywords->end(); ++it) form.keywords[it.key()] = strings_of(*keywords, it.key().c_str());
  }
  if (auto documents = value.find("documents"); documents != value.end() && documents->is_array()) {
    for (const json& document : *documents) form.documents.push_back(local_text(document));
  }
  form.required_documents = strings_of(value, "required_documents");
  form.regions = strings_of(value, "regions");
  if (std::string level = string_of(value, "identity_level"); !level.empty()) form.identity_level = level;
  form.consents = strings_of(value, "consents");
  auto schema = value.find("schema");
  if (schema == value.end() || !schema->is_object()) return {std::nullopt, form.id + ": no schema"};
  form.schema = *schema;
  if (auto checks = value.find("checks"); checks != value.end() && checks->is_array()) form.checks = *checks;
  auto steps = value.find("steps");
  if (steps == value.end() || !steps->is_array() || steps->empty()) return {std::nullopt, form.id + ": no steps"};
  for (const json& raw : *steps) {
    if (!raw.is_object()) return {std::nullopt, form.id + ": a step is not an object"};
    Step step{string_of(raw, "id"), local_text_of(raw, "title"), local_text_of(raw, "hint"), {}};
    if (auto fields = raw.find("fields"); fields != raw.end() && fields->is_array()) {
      for (const json& item : *fields) {
        Field field;
        std::string error;
        if (!parse_field(item, field, error)) return {std::nullopt, form.id + ": " + error};
        step.fields.push_back(std::move(field));
      }
    }
    form.steps.push_back(std::move(step));
  }
  for (Step& step : form.steps) set_formats(step.fields, form.schema);
  return {std::move(form), {}};
}

bool is_visible(const FormDefinition& form, std::string_view name, const json& data) {
  if (auto properties = form.schema.find("properties");
      properties != form.schema.end() && properties->is_object() && properties->contains(name))
    return true;
  return branch_visibility(form.schema, name, data).value_or(true);
}

}  // namespace cabinet::forms
