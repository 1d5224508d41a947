# Configure-and-build helpers shared by the scripts. Source after common.sh.

# Configures `dir` once (or again when its cache is gone), then builds `targets`.
cmake_build() {
  local dir="$1"; shift
  local -a configure=() targets=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do configure+=("$1"); shift; done
  [ "${1:-}" = "--" ] && shift
  targets=("$@")
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    "${configure[@]}" -S "$CABINET_ROOT" -B "$dir" -G Ninja -DCABINET_DEPS_DIR="$DEPS_DIR" >"$dir.configure.log" 2>&1 \
      || { cat "$dir.configure.log" >&2; die "configuring $dir failed"; }
  fi
  local -a target_args=()
  [ ${#targets[@]} -gt 0 ] && target_args=(--target "${targets[@]}")
  cmake --build "$dir" -j "$JOBS" "${target_args[@]}" || die "building $dir failed"
}

build_native() {
  mkdir -p "$BUILD_DIR"
  cmake_build "$NATIVE_DIR" cmake -DCMAKE_BUILD_TYPE=Debug -DCABINET_SANITIZE=ON -- "$@"
}

build_web() {
  mkdir -p "$BUILD_DIR"
  cmake_build "$WASM_DIR" emcmake cmake -DCMAKE_BUILD_TYPE=Release -DCABINET_WEB_OUT="$WEB_DIR" -- "$@"
}
