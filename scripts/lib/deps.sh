# Third-party sources from Debian source packages, built once into build/deps.
# Source after common.sh. Layout:
#   build/deps/src/        downloaded .dsc/.orig tarballs
#   build/deps/imgui/      Dear ImGui sources (used by native and wasm builds)
#   build/deps/qrcodegen/  qrcodegen sources (likewise)
#   build/deps/wasm/       SDL2 and libsodium built with Emscripten (prefix)
DEPS_VERSION=1  # bump to force a rebuild of the cache

# fetch_sources [NAME...]: download the Debian source packages (default: the
# three every build needs) into build/deps/src, once.
fetch_sources() {
  local src="$DEPS_DIR/src" apt_dir="$DEPS_DIR/apt" name missing=()
  [ $# -gt 0 ] || set -- imgui libsdl2 libsodium
  for name in "$@"; do
    ls "$src/${name}"_*.orig.tar.* >/dev/null 2>&1 || missing+=("$name")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  mkdir -p "$src" "$apt_dir/lists/partial"
  local list=/etc/apt/sources.list.d/debian.sources
  [ -f "$list" ] || die "no $list: cannot derive deb-src entries"
  sed 's/^Types: deb$/Types: deb-src/' "$list" > "$apt_dir/deb-src.sources"
  local opts=(-o "Dir::Etc::SourceList=$apt_dir/deb-src.sources" -o Dir::Etc::SourceParts=/dev/null
              -o "Dir::State::Lists=$apt_dir/lists" -o APT::Sandbox::User=root)
  log "fetching Debian source packages: ${missing[*]}"
  apt-get "${opts[@]}" update -qq || die "apt-get update (deb-src) failed"
  (cd "$src" && apt-get "${opts[@]}" source --download-only "${missing[@]}" >/dev/null) \
    || die "cannot download Debian source packages: ${missing[*]}"
}

# fetch_orig NAME: only the upstream tarball of source package NAME, checked
# against the SHA256 the signed deb-src index gives (for packages whose Debian
# part is not needed; a mirror may lack it).
fetch_orig() {
  local src="$DEPS_DIR/src" apt_dir="$DEPS_DIR/apt" line url file sum
  ls "$src/$1"_*.orig.tar.* >/dev/null 2>&1 && return 0
  fetch_sources  # the deb-src index
  local opts=(-o "Dir::Etc::SourceList=$apt_dir/deb-src.sources" -o Dir::Etc::SourceParts=/dev/null
              -o "Dir::State::Lists=$apt_dir/lists" -o APT::Sandbox::User=root)
  line=$(apt-get "${opts[@]}" source --print-uris "$1" 2>/dev/null | grep "\.orig\.tar\." | head -n1)
  [ -n "$line" ] || die "no source package '$1' in the deb-src index"
  read -r url file _ sum <<<"$line"
  url=${url//\'/}
  log "fetching the Debian source tarball of $1"
  curl -fsSL -o "$src/$file.part" "$url" || die "cannot download $url"
  [ "$(sha256sum "$src/$file.part" | cut -d' ' -f1)" = "${sum#SHA256:}" ] || die "checksum mismatch for $file"
  mv "$src/$file.part" "$src/$file"
}

# extract_orig NAME DEST: unpack the upstream tarball of source package NAME.
extract_orig() {
  local tarball
  tarball=$(ls "$DEPS_DIR/src/$1"_*.orig.tar.* | head -n1)
  rm -rf "$2" && mkdir -p "$2"
  tar -xf "$tarball" -C "$2" --strip-components=1
}

ensure_imgui() {
  stamp_ok "$DEPS_DIR/imgui/.stamp" "$DEPS_VERSION" && return 0
  fetch_sources
  extract_orig imgui "$DEPS_DIR/imgui"
  [ -f "$DEPS_DIR/imgui/imgui.cpp" ] || die "Dear ImGui source package has no imgui.cpp"
  echo "$DEPS_VERSION" > "$DEPS_DIR/imgui/.stamp"
}

# qrcodegen (Project Nayuki): the QR code of an application number, compiled
# from the source package into both builds like Dear ImGui.
ensure_qrcodegen() {
  stamp_ok "$DEPS_DIR/qrcodegen/.stamp" "$DEPS_VERSION" && return 0
  fetch_orig qr-code-generator
  extract_orig qr-code-generator "$DEPS_DIR/qrcodegen"
  [ -f "$DEPS_DIR/qrcodegen/cpp/qrcodegen.cpp" ] || die "the qrcodegen source package has no cpp/qrcodegen.cpp"
  echo "$DEPS_VERSION" > "$DEPS_DIR/qrcodegen/.stamp"
}

ensure_wasm_sdl2() {
  local prefix="$DEPS_DIR/wasm" work="$DEPS_DIR/scratch/sdl2"
  stamp_ok "$prefix/.sdl2.stamp" "$DEPS_VERSION" && return 0
  fetch_sources
  extract_orig libsdl2 "$work/src"
  log "building SDL2 for WebAssembly (a few minutes, cached afterwards)"
  emcmake cmake -S "$work/src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$prefix" >"$work/configure.log" 2>&1 \
    || die "SDL2 wasm configure failed (see $work/configure.log)"
  cmake --build "$work/build" -j "$JOBS" >"$work/build.log" 2>&1 || die "SDL2 wasm build failed (see $work/build.log)"
  cmake --install "$work/build" >/dev/null || die "SDL2 wasm install failed"
  rm -rf "$work"
  echo "$DEPS_VERSION" > "$prefix/.sdl2.stamp"
}

ensure_wasm_sodium() {
  local prefix="$DEPS_DIR/wasm" work="$DEPS_DIR/scratch/sodium"
  stamp_ok "$prefix/.sodium.stamp" "$DEPS_VERSION" && return 0
  fetch_sources
  extract_orig libsodium "$work"
  log "building libsodium for WebAssembly (a few minutes, cached afterwards)"
  (
    cd "$work"
    ./autogen.sh -s >autogen.log 2>&1 || die "libsodium autogen failed (see $work/autogen.log)"
    emconfigure ./configure --host=wasm32-unknown-emscripten --prefix="$prefix" --disable-shared \
      --without-pthreads --disable-ssp --disable-asm --disable-pie >configure.log 2>&1 \
      || die "libsodium wasm configure failed (see $work/configure.log)"
    emmake make -j "$JOBS" >build.log 2>&1 || die "libsodium wasm build failed (see $work/build.log)"
    emmake make install >/dev/null 2>&1 || die "libsodium wasm install failed"
  )
  rm -rf "$work"
  echo "$DEPS_VERSION" > "$prefix/.sodium.stamp"
}

# Google Benchmark for wasm (scripts/bench only), from Debian's source package.
ensure_wasm_benchmark() {
  local prefix="$DEPS_DIR/wasm" work="$DEPS_DIR/scratch/benchmark"
  stamp_ok "$prefix/.benchmark.stamp" "$DEPS_VERSION" && return 0
  fetch_sources benchmark
  extract_orig benchmark "$work/src"
  log "building Google Benchmark for WebAssembly"
  emcmake cmake -S "$work/src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DBENCHMARK_ENABLE_TESTING=OFF -DBENCHMARK_ENABLE_GTEST_TESTS=OFF -DBENCHMARK_ENABLE_WERROR=OFF \
    -DHAVE_STD_REGEX=ON -DHAVE_STEADY_CLOCK=ON -DRUN_HAVE_STD_REGEX=0 -DRUN_HAVE_STEADY_CLOCK=0 \
    -DCMAKE_INSTALL_PREFIX="$prefix" >"$work.configure.log" 2>&1 || die "benchmark wasm configure failed (see $work.configure.log)"
  cmake --build "$work/build" -j "$JOBS" >"$work.build.log" 2>&1 || die "benchmark wasm build failed (see $work.build.log)"
  cmake --install "$work/build" >/dev/null || die "benchmark wasm install failed"
  rm -rf "$work" "$work.configure.log" "$work.build.log"
  echo "$DEPS_VERSION" > "$prefix/.benchmark.stamp"
}

# The npm packages of the browser tests, exactly as package-lock.json pins them.
ensure_e2e_modules() {
  local dir="$CABINET_ROOT/tests/e2e"
  if [ -d "$dir/node_modules" ] && cmp -s "$dir/package-lock.json" "$dir/node_modules/.package-lock.json.copy"; then
    return 0
  fi
  log "installing e2e npm packages (npm ci)"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in tests/e2e"
  cp "$dir/package-lock.json" "$dir/node_modules/.package-lock.json.copy"
}
