// The browser app: the shared SDL2 frontend on a WebGL2 canvas, storage on
// IDBFS at /data (synced by wasm/bridge.js), and the JS bridge of window.cabinet.
#include <emscripten.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>

#include "app/kernel/clock.hpp"
#include "app/kernel/runtime.hpp"
#include "sdl/frontend.hpp"
#include "storage/storage.hpp"
#include "ui/kit/mirror_feed.hpp"

extern "C" {
// Implemented in wasm/library_cabinet.js.
void cabinet_js_persist(int request_id);
void cabinet_js_set_clipboard(const char* text);
void cabinet_js_apply_update();
void cabinet_js_first_frame();
void cabinet_js_semantics_changed();
char* cabinet_js_device_label();
void cabinet_js_pick_file(const char* field, const char* accept);
void cabinet_js_download(const char* name, const char* mime, const char* bytes, int size);
}

namespace {

struct WebApp {
  cabinet::storage::FileStorage storage{"/data"};
  cabinet::app::SystemClock clock;
  cabinet::app::Runtime runtime{storage, clock};
  cabinet::shell::Frontend frontend{
      runtime,
      {[] { cabinet_js_apply_update(); },
       [](const std::string& field, const std::string& accept) { cabinet_js_pick_file(field.c_str(), accept.c_str()); },
       [](const std::string& name, const std::string& mime, const std::string& bytes) {
         cabinet_js_download(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
       }}};
  std::map<int, cabinet::app::Runtime::Done> pending_persists;
  int next_persist_id = 1;
  std::string semantics_json;
  cabinet::ui::MirrorFeed mirror_feed;
  std::string mirror_delta;
  std::string clipboard;
  bool announced_first_frame = false;
  uint64_t mirrored_revision = ~0ull;
};

WebApp* g_app = nullptr;

void main_loop() {
  SDL_Event event;
  while (SDL_PollEvent(&event)) g_app->frontend.handle_event(event);
  if (!g_app->frontend.frame()) return;
  if (!g_app->announced_first_frame) {
    g_app->announced_first_frame = true;
    cabinet_js_first_frame();
  }
  const uint64_t revision = g_app->frontend.ui().semantics.revision();
  if (revision != g_app->mirrored_revision) {
    g_app->mirrored_revision = revision;
    cabinet_js_semantics_changed();
  }
}

// Copy goes to the browser clipboard; paste arrives as text input from the
// document's paste event (bridge.js), since SDL2 has no clipboard on the web.
void set_clipboard(void*, const char* text) {
  g_app->clipboard = text ? text : "";
  cabinet_js_set_clipboard(g_app->clipboard.c_str());
}
const char* get_clipboard(void*) { return ""; }

// SDL_TEXTINPUT carries at most 31 bytes: split at UTF-8 boundaries.
void push_text(const char* text) {
  const size_t length = std::strlen(text);
  size_t start = 0;
  while (start < length) {
    size_t end = std::min(length, start + sizeof(SDL_TextInputEvent::text) - 1);
    while (end > start && end < length && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    SDL_Event event{};
    event.type = SDL_TEXTINPUT;
    std::memcpy(event.text.text, text + start, end - start);
    SDL_PushEvent(&event);
    start = end;
  }
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* cabinet_semantics() {
  g_app->semantics_json = g_app->frontend.ui().semantics.nodes_json();
  return g_app->semantics_json.c_str();
}

// What changed for the accessibility mirror since it last asked (ui/mirror_feed.hpp).
EMSCRIPTEN_KEEPALIVE const char* cabinet_semantics_delta() {
  g_app->mirror_delta = g_app->mirror_feed.delta(g_app->frontend.ui().semantics.nodes());
  return g_app->mirror_delta.c_str();
}

EMSCRIPTEN_KEEPALIVE double cabinet_frame_count() { return static_cast<double>(g_app->frontend.frame_count()); }

EMSCRIPTEN_KEEPALIVE void cabinet_text_input(const char* text) {
  push_text(text);
  g_app->frontend.request_redraw(3);
}

EMSCRIPTEN_KEEPALIVE void cabinet_persist_done(int request_id, int ok, const char* reason_key) {
  auto it = g_app->pending_persists.find(request_id);
  if (it == g_app->pending_persists.end()) return;
  auto done = std::move(it->second);
  g_app->pending_persists.erase(it);
  done(ok != 0, reason_key ? reason_key : "");
}

EMSCRIPTEN_KEEPALIVE const char* cabinet_language() { return g_app->runtime.state().language.c_str(); }

EMSCRIPTEN_KEEPALIVE double cabinet_semantics_revision() {
  return static_cast<double>(g_app->frontend.ui().semantics.revision());
}

// The accessibility mirror moved DOM focus (a screen reader, Tab in the DOM).
EMSCRIPTEN_KEEPALIVE void cabinet_focus(const char* id) {
  g_app->frontend.ui().focus_request = id;
  g_app->frontend.request_redraw(3);
}

// The phone keyboard was closed: the field stops editing.
EMSCRIPTEN_KEEPALIVE void cabinet_blur() {
  g_app->frontend.ui().blur_request = true;
  g_app->frontend.request_redraw(3);
}

// The hidden input of the phone keyboard changed: its whole value and caret.
EMSCRIPTEN_KEEPALIVE void cabinet_set_text(const char* id, const char* text, int caret_bytes) {
  g_app->frontend.ui().text_replacement = cabinet::ui::Ui::TextReplacement{id, text, caret_bytes};
  g_app->frontend.request_redraw(3);
}

EMSCRIPTEN_KEEPALIVE void cabinet_set_online(int online) {
  g_app->runtime.dispatch(cabinet::app::SetOnline{.online = online != 0});
}

EMSCRIPTEN_KEEPALIVE void cabinet_update_available() {
  g_app->runtime.dispatch(cabinet::app::UpdateAvailable{});
}

EMSCRIPTEN_KEEPALIVE void cabinet_set_reduced_motion(int reduced) { g_app->frontend.set_reduced_motion(reduced != 0); }

// A file from the picker (field set) or dropped onto the page (field empty).
EMSCRIPTEN_KEEPALIVE void cabinet_attach_file(const char* field, const char* name, const unsigned char* bytes, int size,
                                              double declared_size) {
  nlohmann::json args = {{"name", name},
                         {"declared_size", static_cast<int64_t>(declared_size)},
                         {"content", nlohmann::json::binary(std::vector<uint8_t>(bytes, bytes + std::max(0, size)))}};
  if (field && *field) args["field"] = field;
  g_app->runtime.dispatch({*field ? "attach_file" : "drop_file", std::move(args)});
  g_app->frontend.request_redraw(2);
}

EMSCRIPTEN_KEEPALIVE void cabinet_request_redraw() { g_app->frontend.request_redraw(2); }

// 1 while a change waits for its save (a draft's autosave runs 0.8 s after the last keystroke).
EMSCRIPTEN_KEEPALIVE int cabinet_saves_pending() {
  return g_app->runtime.state().forms.drafts.dirty_since >= 0 ? 1 : 0;
}

// window.cabinet.dispatch: one action of the app's JSON vocabulary (core/app/README.md), as a
// scenario step would send it. 0 when the arguments are not a JSON object, the type is unknown
// or the arguments are refused (the reason goes to the console).
EMSCRIPTEN_KEEPALIVE int cabinet_dispatch(const char* type, const char* args_json) {
  nlohmann::json args = nlohmann::json::parse(args_json ? args_json : "", nullptr, false);
  if (!type || !*type || args.is_discarded() || !args.is_object()) return 0;
  const bool ok = g_app->runtime.dispatch({type, std::move(args)});
  if (!ok) std::fprintf(stderr, "cabinet.dispatch: %s\n", g_app->runtime.last_error().c_str());
  g_app->frontend.request_redraw(3);
  return ok ? 1 : 0;
}

}  // extern "C"

int main() {
  g_app = new WebApp();  // lives as long as the page
  g_app->runtime.set_persist([](cabinet::app::Runtime::Done done) {
    const int id = g_app->next_persist_id++;
    g_app->pending_persists.emplace(id, std::move(done));
    cabinet_js_persist(id);
  });
  // The sessions list names the browser and system; codes of the sandbox channel also go to the console.
  char* agent = cabinet_js_device_label();
  g_app->runtime.set_device_label(agent);
  free(agent);
  g_app->runtime.set_console([](const std::string& line) { std::printf("%s\n", line.c_str()); });
  g_app->runtime.start();
  int width = 0, height = 0;
  width = EM_ASM_INT({ return Math.max(320, Math.round(Module.canvas.getBoundingClientRect().width)); });
  height = EM_ASM_INT({ return Math.max(320, Math.round(Module.canvas.getBoundingClientRect().height)); });
  if (!g_app->frontend.init({"Личный кабинет", "/fonts", width, height})) {
    EM_ASM({ Module.cabinetFatal(UTF8ToString($0)); }, g_app->frontend.last_error().c_str());
    return 1;
  }
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = set_clipboard;
  io.GetClipboardTextFn = get_clipboard;
  emscripten_set_main_loop(main_loop, 0, false);
  return 0;
}
