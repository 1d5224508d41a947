# Configure-and-build helpers shared by the scripts. Source after common.sh.

# The compiler cache, outside the clone and bounded in size. Paths inside the
# clone are hashed relative to it (base_dir) and the build folder is not hashed
# (nohashdir), so a fresh clone elsewhere on the machine hits the same entries.
# em++ hands its clang calls to ccache through EM_COMPILER_WRAPPER.
use_ccache() {
  command -v ccache >/dev/null || return 0
  export CCACHE_DIR="$CABINET_CACHE/ccache"
  export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-8G}"
  export CCACHE_BASEDIR="$CABINET_ROOT"
  export CCACHE_NOHASHDIR=1
  export CCACHE_COMPRESS=1
  export EM_COMPILER_WRAPPER=ccache
  ccache --max-size "$CCACHE_MAXSIZE" >/dev/null 2>&1 || true  # kept in the cache's own ccache.conf
  CMAKE_LAUNCHER=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
}
CMAKE_LAUNCHER=()
use_ccache

# Configures `dir` once (or again when its cache is gone), then builds `targets`.
cmake_build() {
  local dir="$1"; shift
  local -a configure=() targets=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do configure+=("$1"); shift; done
  [ "${1:-}" = "--" ] && shift
  targets=("$@")
  # Native builds get ccache as the compiler launcher; em++ has its wrapper.
  [ "${configure[0]}" = emcmake ] || configure+=("${CMAKE_LAUNCHER[@]}")
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    mkdir -p "$dir"
    "${configure[@]}" -S "$CABINET_ROOT" -B "$dir" -G Ninja -DCABINET_DEPS_DIR="$DEPS_DIR" >"$dir.configure.log" 2>&1 \
      || { cat "$dir.configure.log" >&2; die "configuring $dir failed"; }
  fi
  local -a target_args=()
  [ ${#targets[@]} -gt 0 ] && target_args=(--target "${targets[@]}")
  cmake --build "$dir" -j "$JOBS" "${target_args[@]}" || die "building $dir failed"
}

# The native test build: ASan+UBSan at -Og with line tables only. -Og runs the
# sanitized tests several times faster than -O0 and, with -g1 instead of -g,
# compiles faster too (measured on a core file: 9.6 s at -O0 -g, 6.6 s at -Og -g1).
# Developers who want full debug info configure with CABINET_DEBUG_FLAGS="-O0 -g".
build_native() {
  mkdir -p "$BUILD_DIR"
  cmake_build "$NATIVE_DIR" cmake -DCMAKE_BUILD_TYPE=Debug -DCABINET_SANITIZE=ON \
    "-DCMAKE_CXX_FLAGS_DEBUG=${CABINET_DEBUG_FLAGS:--Og -g1}" "-DCMAKE_C_FLAGS_DEBUG=${CABINET_DEBUG_FLAGS:--Og -g1}" \
    -- "$@"
}

build_web() {
  mkdir -p "$BUILD_DIR"
  cmake_build "$WASM_DIR" emcmake cmake -DCMAKE_BUILD_TYPE=Release -DCABINET_WEB_OUT="$WEB_DIR" -- "$@"
}
