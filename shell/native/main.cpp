// The desktop app: the same screens as the browser, in an SDL2 window, with
// the data folder under $XDG_DATA_HOME/cabinet.
#include <cstdio>
#include <string>

#include "app/clock.hpp"
#include "app/runtime.hpp"
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

}  // namespace

int main(int, char**) {
  cabinet::storage::FileStorage storage(cabinet::storage::default_data_dir());
  cabinet::app::SystemClock clock;
  cabinet::app::Runtime runtime(storage, clock);
  runtime.start();

  cabinet::shell::Frontend frontend(runtime, {});
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
    while (running && SDL_PollEvent(&event)) running = frontend.handle_event(event);
    frontend.frame();
  }
  if (exit_when_idle) std::printf("idle after %llu frames\n", static_cast<unsigned long long>(frontend.frame_count()));
  return 0;
}
