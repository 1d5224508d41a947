# Shared helpers for the scripts in scripts/. Source it; do not run it.
set -euo pipefail

CABINET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="${CABINET_BUILD_DIR:-$CABINET_ROOT/build}"
DEPS_DIR="$BUILD_DIR/deps"            # links to the cached third-party builds (git-ignored)
# What is expensive and content-addressed lives outside the clone, so a fresh
# clone on the same machine (CI) reuses it: third-party builds and ccache.
CABINET_CACHE="${CABINET_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}/.cache}/cabinet}"
NATIVE_DIR="$BUILD_DIR/native"        # native Debug build with ASan+UBSan
WASM_DIR="$BUILD_DIR/wasm"            # Emscripten Release build
WEB_DIR="$BUILD_DIR/web"              # the servable PWA
JOBS="${JOBS:-$(nproc)}"
# Debian's Emscripten needs acorn from the system node modules.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

log() { printf '\033[1m[cabinet]\033[0m %s\n' "$*" >&2; }
die() { printf '[cabinet] error: %s\n' "$*" >&2; exit 1; }

# Everything the project needs from Debian, by package name.
CABINET_PACKAGES=(
  cmake ninja-build g++ clang pkg-config git curl ccache
  nlohmann-json3-dev libsodium-dev libsdl2-dev libgl-dev
  googletest libgtest-dev libbenchmark-dev
  emscripten node-acorn
  autoconf automake libtool dpkg-dev xz-utils
  fonts-dejavu-core fonttools librsvg2-bin poppler-utils qpdf terser
  chromium xvfb xauth libgl1-mesa-dri
  json-schema-test-suite libvalijson-dev
)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Install the Debian packages that are missing; stop naming any that fail.
ensure_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq || die "apt-get update failed"
  if ! DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
    for p in "${missing[@]}"; do
      DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$p" >/dev/null \
        || die "cannot install Debian package '$p'"
    done
  fi
}

# Node.js and npm: any installed ones will do (a node from another source may
# ship its own npm, which Debian's npm package would conflict with).
ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null && return 0
  ensure_packages nodejs npm
}

stamp_ok() { [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }
