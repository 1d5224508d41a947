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
  const bool frames_limited = SDL_getenv("CABINET_EXIT_AFTER_FRAMES") != nullptr;
  const long exit_after = frames_limited ? std::strtol(SDL_getenv("CABINET_EXIT_AFTER_FRAMES"), nullptr, 10) : 0;
  for (bool running = true; running;) {
    SDL_Event event;
    const int wait = frontend.wait_hint_ms();
    if (wait != 0 && SDL_WaitEventTimeout(&event, wait < 0 ? 1000 : wait)) running = frontend.handle_event(event);
    while (running && SDL_PollEvent(&event)) running = frontend.handle_event(event);
    frontend.frame();
    if (frames_limited && static_cast<long>(frontend.frame_count()) >= exit_after) running = false;
  }
  return 0;
}
