// Validation of the largest form's schema (assets/forms/*.json, or the
// differential samples while there are none) over 10,000 generated
// submissions: one iteration validates all of them. Set
// CABINET_FORMS_BENCH_EXPORT=DIR to write DIR/schema.json, DIR/instances.json
// and DIR/mutated.json, the same data for the ajv comparison (tests/bench/ajv/).
// CABINET_FORMS_DIR adds a folder of form definitions to choose from.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../differential/instance_generator.hpp"
#include "forms/schema_validator.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr uint32_t kInstances = 10000;

struct Data {
  std::string form;  // the file name
  json schema;
  std::vector<json> valid;    // kInstances generated submissions
  std::vector<json> mutated;  // one mutation of each
};

json read_json(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return json::parse(buffer.str(), nullptr, false);
}

fs::path largest_form() {
  const fs::path root = fs::path(__FILE__).parent_path().parent_path().parent_path();
  std::vector<fs::path> folders = {root / "assets" / "forms", root / "tests" / "differential" / "samples"};
  if (const char* extra = std::getenv("CABINET_FORMS_DIR")) folders.insert(folders.begin(), extra);
  fs::path best;
  std::uintmax_t best_size = 0;
  for (const fs::path& folder : folders) {
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
      const std::uintmax_t size = it->file_size(error);
      if (it->path().extension() == ".json" && !error && size > best_size) {
        best = it->path();
        best_size = size;
      }
    }
    if (!best.empty()) break;  // the real forms win over the samples
  }
  return best;
}

void export_data(const Data& data, const char* folder) {
  std::ofstream(fs::path(folder) / "schema.json") << data.schema.dump();
  std::ofstream(fs::path(folder) / "instances.json") << json(data.valid).dump();
  std::ofstream(fs::path(folder) / "mutated.json") << json(data.mutated).dump();
}

const Data& data() {
  static const Data kData = [] {
    Data out;
    const fs::path form = largest_form();
    out.form = form.filename().string();
    out.schema = cabinet::forms::schema_of(read_json(form));
    for (uint32_t seed = 1; seed <= kInstances; ++seed) {
      cabinet::forms::testing::InstanceGenerator generator(out.schema, seed);
      json submission = generator.valid();
      std::vector<json> mutations = generator.mutations(submission);
      out.mutated.push_back(mutations.empty() ? submission : mutations[seed % mutations.size()]);
      out.valid.push_back(std::move(submission));
    }
    if (const char* folder = std::getenv("CABINET_FORMS_BENCH_EXPORT")) export_data(out, folder);
    return out;
  }();
  return kData;
}

void run(benchmark::State& state, const std::vector<json>& instances, bool formats, bool collect) {
  const cabinet::forms::SchemaValidator validator(data().schema, {.check_formats = formats});
  size_t valid = 0;
  for (auto _ : state) {
    valid = 0;
    for (const json& instance : instances) {
      if (collect) {
        valid += validator.validate(instance).empty();
      } else {
        valid += validator.is_valid(instance);
      }
    }
    benchmark::DoNotOptimize(valid);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * instances.size()));
  state.counters["valid_share"] = static_cast<double>(valid) / static_cast<double>(instances.size());
  state.SetLabel(data().form);
}

// The verdict only (stops at the first failure), formats off: what ajv does with validateFormats: false.
void BM_FormValidNoFormats(benchmark::State& state) {
  run(state, data().valid, false, false);
}
// With every format checked (identifiers through core/ids).
void BM_FormValidWithFormats(benchmark::State& state) {
  run(state, data().valid, true, false);
}
// Invalid submissions with every error collected (what the UI shows).
void BM_FormMutatedAllErrors(benchmark::State& state) {
  run(state, data().mutated, true, true);
}

}  // namespace

BENCHMARK(BM_FormValidNoFormats)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FormValidWithFormats)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FormMutatedAllErrors)->Unit(benchmark::kMillisecond);
