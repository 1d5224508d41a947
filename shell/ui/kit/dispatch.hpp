#pragma once
// Dispatch: all a screen may do to the app. It queues a typed action (command.hpp),
// applied by the Runtime after the frame, never in the middle of one; `then`
// sees the state once the action was applied. Besides, the few read-only facts
// of the Runtime's ports a screen shows (the backup's bytes, a stored file,
// whether «Сведения» and «Материнский капитал» come from the sandbox).
#include <optional>
#include <string>

#include "app/kernel/command.hpp"
#include "app/kernel/runtime.hpp"

namespace cabinet::ui {

class Dispatch {
 public:
  explicit Dispatch(app::Runtime& runtime) : runtime_(runtime) {}
  void operator()(const app::Command& command) { runtime_.dispatch(command); }
  void operator()(const app::Command& command, app::Runtime::Then then) { runtime_.dispatch(command, std::move(then)); }

  std::optional<std::string> vault_backup() const { return runtime_.vault_backup(); }
  std::optional<std::string> stored_file(const std::string& blake2b) const { return runtime_.stored_file(blake2b); }
  bool records_from_sandbox() const { return runtime_.records_from_sandbox(); }
  bool capital_from_sandbox() const { return runtime_.capital_from_sandbox(); }

 private:
  app::Runtime& runtime_;
};

}  // namespace cabinet::ui
