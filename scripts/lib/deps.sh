# Third-party sources from Debian source packages, built once and kept outside
# the clone (so a fresh clone on the same machine reuses them). Source after
# common.sh. Layout under $CABINET_CACHE/deps:
#   src/                       upstream tarballs, each with the SHA256 the signed deb-src index gave
#   apt/                       the private deb-src index
#   <name>-<version>-<key>/    one entry per library, Debian version and build flags;
#                              .manifest (sha256 of every file) is written last and checked on use
# Each build tree sees its entries through symlinks in build/deps/ (imgui,
# qrcodegen, wasm-sdl2, wasm-sodium, wasm-benchmark), so paths stay stable.
DEPS_VERSION=2  # bump to force a rebuild of every entry
DEPS_CACHE="$CABINET_CACHE/deps"
DEPS_SRC="$DEPS_CACHE/src"

apt_source_opts() {
  local apt_dir="$DEPS_CACHE/apt"
  printf '%s\n' -o "Dir::Etc::SourceList=$apt_dir/deb-src.sources" -o Dir::Etc::SourceParts=/dev/null \
    -o "Dir::State::Lists=$apt_dir/lists" -o APT::Sandbox::User=root
}

update_source_index() {
  local apt_dir="$DEPS_CACHE/apt" list=/etc/apt/sources.list.d/debian.sources
  [ -f "$apt_dir/lists/.updated" ] && return 0
  mkdir -p "$apt_dir/lists/partial"
  [ -f "$list" ] || die "no $list: cannot derive deb-src entries"
  sed 's/^Types: deb$/Types: deb-src/' "$list" > "$apt_dir/deb-src.sources"
  local -a opts; mapfile -t opts < <(apt_source_opts)
  apt-get "${opts[@]}" update -qq || die "apt-get update (deb-src) failed"
  touch "$apt_dir/lists/.updated"
}

# The upstream tarball of source package NAME, or nothing.
orig_tarball() { ls "$DEPS_SRC/$1"_*.orig.tar.{gz,xz,bz2} 2>/dev/null | head -n1; }

# orig_ok NAME: the tarball is there and matches the SHA256 recorded at download.
orig_ok() {
  local tarball sum
  tarball=$(orig_tarball "$1")
  [ -n "$tarball" ] && [ -f "$tarball.sha256" ] || return 1
  sum=$(cut -d' ' -f1 "$tarball.sha256")
  [ "$(sha256sum "$tarball" | cut -d' ' -f1)" = "$sum" ] && return 0
  log "cached source tarball $(basename "$tarball") is damaged: fetching it again"
  rm -f "$tarball" "$tarball.sha256"
  return 1
}

# fetch_orig NAME: the upstream tarball of source package NAME, checked against
# the SHA256 of the signed deb-src index, into $DEPS_SRC (once).
fetch_orig() {
  orig_ok "$1" && return 0
  update_source_index
  local -a opts; mapfile -t opts < <(apt_source_opts)
  local line url file sum
  line=$(apt-get "${opts[@]}" source --print-uris "$1" 2>/dev/null | grep -E "\.orig\.tar\.(gz|xz|bz2) " | head -n1)
  [ -n "$line" ] || die "no source package '$1' in the deb-src index"
  read -r url file _ sum <<<"$line"
  url=${url//\'/}
  sum=${sum#SHA256:}
  mkdir -p "$DEPS_SRC"
  log "fetching the Debian source tarball of $1"
  curl -fsSL -o "$DEPS_SRC/$file.part" "$url" || die "cannot download $url"
  [ "$(sha256sum "$DEPS_SRC/$file.part" | cut -d' ' -f1)" = "$sum" ] || die "checksum mismatch for $file"
  mv "$DEPS_SRC/$file.part" "$DEPS_SRC/$file"
  echo "$sum  $file" > "$DEPS_SRC/$file.sha256"
}

# The Debian version of a source package as its cached tarball names it.
orig_version() { basename "$(orig_tarball "$1")" | sed -E "s/^$1_//; s/\.orig\.tar\..*$//"; }

# extract_orig NAME DEST: unpack the upstream tarball of source package NAME.
extract_orig() {
  rm -rf "$2" && mkdir -p "$2"
  tar -xf "$(orig_tarball "$1")" -C "$2" --strip-components=1
}

# entry_ok DIR: a finished entry whose files still match its manifest.
entry_ok() {
  [ -f "$1/.manifest" ] || return 1
  (cd "$1" && sha256sum --quiet --strict -c .manifest >/dev/null 2>&1) && return 0
  log "cache entry $(basename "$1") is damaged or incomplete: rebuilding it"
  rm -rf "$1"
  return 1
}

# seal_entry TMP DIR: record the manifest, then move the finished entry into place.
seal_entry() {
  (cd "$1" && find . -type f ! -name .manifest -print0 | sort -z | xargs -0 sha256sum > .manifest)
  rm -rf "$2"
  mv "$1" "$2"
}

# link_dep NAME DIR: build/deps/NAME points at the cache entry DIR.
link_dep() {
  mkdir -p "$DEPS_DIR"
  ln -sfn "$2" "$DEPS_DIR/$1"
}

# A short key of the things an entry's build depends on.
build_key() { printf '%s\n' "$DEPS_VERSION" "$@" | sha256sum | cut -c1-12; }
emscripten_version() { dpkg-query -W -f='${Version}' emscripten 2>/dev/null || echo unknown; }

# unpacked_dep NAME PACKAGE CHECK: the unpacked upstream source of PACKAGE.
unpacked_dep() {
  local name="$1" package="$2" check="$3" entry
  fetch_orig "$package"
  entry="$DEPS_CACHE/$name-$(orig_version "$package")-$(build_key unpacked)"
  if ! entry_ok "$entry"; then
    extract_orig "$package" "$entry.tmp.$$"
    [ -f "$entry.tmp.$$/$check" ] || die "the $package source package has no $check"
    seal_entry "$entry.tmp.$$" "$entry"
  fi
  link_dep "$name" "$entry"
}

ensure_imgui() { unpacked_dep imgui imgui imgui.cpp; }
# qrcodegen (Project Nayuki): the QR code of an application number, compiled
# from the source package into both builds like Dear ImGui.
ensure_qrcodegen() { unpacked_dep qrcodegen qr-code-generator cpp/qrcodegen.cpp; }

# wasm_dep NAME PACKAGE BUILDER FLAGS...: PACKAGE built with Emscripten by the
# function BUILDER (called with the source folder and the install prefix).
wasm_dep() {
  local name="$1" package="$2" builder="$3"; shift 3
  local entry work
  fetch_orig "$package"
  entry="$DEPS_CACHE/wasm-$name-$(orig_version "$package")-$(build_key "$(emscripten_version)" "$@")"
  if ! entry_ok "$entry"; then
    work="$DEPS_CACHE/scratch-$name.$$"
    extract_orig "$package" "$work/src"
    log "building $name for WebAssembly (a few minutes, cached afterwards in $entry)"
    "$builder" "$work" "$entry.tmp.$$" "$@"
    rm -rf "$work"
    seal_entry "$entry.tmp.$$" "$entry"
  fi
  link_dep "wasm-$name" "$entry"
}

# SDL2 for the browser with only what the app uses (video, events, timers, the
# GL context, clipboard, cursors): no audio, 2D renderer, joystick, haptic,
# sensors, power or locale, and SDL_LEAN_AND_MEAN drops the software blitters
# (about 220 KiB of wasm; the app draws with WebGL only). Built for size.
SDL2_WASM_FLAGS=(-DCMAKE_BUILD_TYPE=MinSizeRel -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF
  -DSDL_AUDIO=OFF -DSDL_RENDER=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_POWER=OFF
  -DSDL_SENSOR=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DCMAKE_C_FLAGS=-DSDL_LEAN_AND_MEAN=1)
build_wasm_cmake() {
  local work="$1" prefix="$2"; shift 2
  emcmake cmake -S "$work/src" -B "$work/build" -G Ninja "$@" -DCMAKE_INSTALL_PREFIX="$prefix" \
    >"$work.configure.log" 2>&1 || { cat "$work.configure.log" >&2; die "wasm configure of $(basename "$prefix") failed"; }
  cmake --build "$work/build" -j "$JOBS" >"$work.build.log" 2>&1 || { tail -50 "$work.build.log" >&2; die "wasm build of $(basename "$prefix") failed"; }
  cmake --install "$work/build" >/dev/null || die "wasm install of $(basename "$prefix") failed"
  rm -f "$work.configure.log" "$work.build.log"
}
ensure_wasm_sdl2() { wasm_dep sdl2 libsdl2 build_wasm_cmake "${SDL2_WASM_FLAGS[@]}"; }

SODIUM_WASM_FLAGS=(--host=wasm32-unknown-emscripten --disable-shared --without-pthreads --disable-ssp --disable-asm --disable-pie)
build_wasm_sodium() {
  local work="$1/src" prefix="$2"; shift 2
  (
    cd "$work"
    ./autogen.sh -s >autogen.log 2>&1 || { cat autogen.log >&2; die "libsodium autogen failed"; }
    emconfigure ./configure --prefix="$prefix" "$@" >configure.log 2>&1 \
      || { tail -50 configure.log >&2; die "libsodium wasm configure failed"; }
    emmake make -j "$JOBS" >build.log 2>&1 || { tail -50 build.log >&2; die "libsodium wasm build failed"; }
    emmake make install >/dev/null 2>&1 || die "libsodium wasm install failed"
  )
}
ensure_wasm_sodium() { wasm_dep sodium libsodium build_wasm_sodium "${SODIUM_WASM_FLAGS[@]}"; }

# Google Benchmark for wasm (scripts/bench only), from Debian's source package.
BENCHMARK_WASM_FLAGS=(-DCMAKE_BUILD_TYPE=Release -DBENCHMARK_ENABLE_TESTING=OFF -DBENCHMARK_ENABLE_GTEST_TESTS=OFF
  -DBENCHMARK_ENABLE_WERROR=OFF -DHAVE_STD_REGEX=ON -DHAVE_STEADY_CLOCK=ON -DRUN_HAVE_STD_REGEX=0
  -DRUN_HAVE_STEADY_CLOCK=0)
ensure_wasm_benchmark() { wasm_dep benchmark benchmark build_wasm_cmake "${BENCHMARK_WASM_FLAGS[@]}"; }

# The npm packages of the browser tests, exactly as package-lock.json pins them
# (npm keeps its own download cache outside the clone).
ensure_e2e_modules() {
  local dir="$CABINET_ROOT/tests/e2e"
  if [ -d "$dir/node_modules" ] && cmp -s "$dir/package-lock.json" "$dir/node_modules/.package-lock.json.copy"; then
    return 0
  fi
  log "installing e2e npm packages (npm ci)"
  (cd "$dir" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error) || die "npm ci failed in tests/e2e"
  cp "$dir/package-lock.json" "$dir/node_modules/.package-lock.json.copy"
}
