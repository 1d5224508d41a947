// The desktop app: the same screens as the browser, in an SDL2 window, with
// the data folder under $XDG_DATA_HOME/cabinet.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "app/kernel/clock.hpp"
#include "app/kernel/runtime.hpp"
#include "i18n/catalog.hpp"
#include "native/instance_lock.hpp"
#include "sdl/frontend.hpp"
#include "storage/storage.hpp"

namespace {

std::string font_dir() {
  if (const char* env = SDL_getenv("CABINET_FONT_DIR")) return env;
  std::string dir;
  if (char* base = SDL_GetBasePath()) {
    dir = std::string(base) + "fonts";
    SDL_free(base);
  }
  return dir;
}

// A dropped file goes to the step's file field, as in the browser.
void attach_dropped(cabinet::app::Runtime& runtime, const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return;
  constexpr std::streamsize kReadCap = 64 * 1024 * 1024;
  std::vector<uint8_t> bytes;
  const auto size = std::filesystem::file_size(path);
  if (static_cast<std::streamsize>(size) <= kReadCap) bytes.assign(std::istreambuf_iterator<char>(in), {});
  runtime.dispatch(cabinet::app::DropFile{{.name = std::filesystem::path(path).filename().string(),
                                           .content = nlohmann::json::binary(std::move(bytes)),
                                           .declared_size = static_cast<int64_t>(size)}});
}

// Downloads land in the data folder's downloads/, and a notice says where.
void save_download(cabinet::app::Runtime& runtime, const std::string& name, const std::string& bytes) {
  const std::filesystem::path dir = std::filesystem::path(cabinet::storage::default_data_dir()) / "downloads";
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  std::ofstream out(dir / std::filesystem::path(name).filename(), std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  const bool ok = static_cast<bool>(out);
  runtime.dispatch(cabinet::app::ShowNotice{.kind = ok ? "success" : "error",
                                            .message = ok ? "app.downloaded" : "app.download_failed",
                                            .params = {{"path", (dir / name).string()}}});
}

// A second instance over the same data folder stops before it reads anything, and says why.
bool refuse_second_instance(const cabinet::shell::InstanceLockResult& taken) {
  if (taken.lock) return false;
  const cabinet::i18n::Catalog ru = cabinet::i18n::Catalog::load("ru");
  const bool elsewhere = taken.refusal == cabinet::shell::LockRefusal::held_elsewhere;
  const std::string text = elsewhere ? ru.tr("app.already_open") : ru.tr("app.lock_failed", {{"detail", taken.detail}});
  std::fprintf(stderr, "%s\n", text.c_str());
  SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_WARNING, ru.tr("app.title").c_str(), text.c_str(), nullptr);
  return true;
}

}  // namespace

int main(int, char**) {
  const auto taken = cabinet::shell::InstanceLock::acquire(cabinet::storage::default_data_dir());
  if (refuse_second_instance(taken)) return 1;
  cabinet::storage::FileStorage storage(cabinet::storage::default_data_dir());
  cabinet::app::SystemClock clock;
  cabinet::app::Runtime runtime(storage, clock);
  runtime.set_device_label(std::string("Cabinet для компьютера · ") + SDL_GetPlatform());
  // No SMS or mail gateway in this build: the sandbox channel prints codes here too.
  runtime.set_console([](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); });
  runtime.start();

  cabinet::ui::PlatformHooks hooks;
  hooks.download = [&runtime](const std::string& name, const std::string&, const std::string& bytes) {
    save_download(runtime, name, bytes);
  };
  cabinet::shell::Frontend frontend(runtime, hooks);
  if (!frontend.init({"Личный кабинет", font_dir()})) {
    std::fprintf(stderr, "Не удалось открыть окно: %s\n", frontend.last_error().c_str());
    return 1;
  }
  // CABINET_EXIT_WHEN_IDLE=1 (the desktop smoke test): quit once the first
  // frames are drawn and the app has gone idle, printing the frame count.
  const bool exit_when_idle = SDL_getenv("CABINET_EXIT_WHEN_IDLE") != nullptr;
  for (bool running = true; running;) {
    SDL_Event event;
    const int wait = frontend.wait_hint_ms();
    if (exit_when_idle && wait != 0 && frontend.frame_count() > 0) break;
    // Sleep until input or the next deadline: no frame while nothing changes.
    if (wait != 0 && SDL_WaitEventTimeout(&event, wait < 0 ? 1000 : wait)) running = frontend.handle_event(event);
    while (running && SDL_PollEvent(&event)) {
      if (event.type == SDL_DROPFILE) {
        attach_dropped(runtime, event.drop.file);
        SDL_free(event.drop.file);
        frontend.request_redraw(2);
        continue;
      }
      running = frontend.handle_event(event);
    }
    frontend.frame();
  }
  if (exit_when_idle) std::printf("idle after %llu frames\n", static_cast<unsigned long long>(frontend.frame_count()));
  return 0;
}
