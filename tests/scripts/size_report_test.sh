#!/usr/bin/env bash
# scripts/size as a developer reads it: the files and the total, then the
# wasm's code by owner and its largest functions, named from the build's copy;
# the shipped copy carries no function names and its scripts are minified.
# Usage: size_report_test.sh WEB_DIR WASM_APP_DIR. Prints "N passed, N failed".
set -uo pipefail
web="$1" app="$2"
root="$(cd "$(dirname "$0")/../.." && pwd)"
passed=0 failed=0
check() {  # check NAME COMMAND...
  local name="$1"; shift
  if "$@" >/dev/null 2>&1; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
report="$(bash "$root/scripts/size" 2>&1)"
for expected in "^TOTAL " "^cabinet.wasm " "Code by owner" "cabinet::forms" "cabinet::app" "Dear ImGui" \
                "nlohmann_json" "libsodium" "libc\+\+" "SDL2" "The 25 largest functions"; do
  check "the report shows $expected" grep -Eq "$expected" <<<"$report"
done
# Names are kept in the build's copy only.
check "the build's wasm has a name section" grep -aq "namespace)::main_loop" "$app/cabinet.wasm"
check "the shipped wasm has none" bash -c "! grep -aq 'namespace)::main_loop' '$web/cabinet.wasm'"
check "the shipped wasm is the same code, smaller" test "$(stat -c %s "$web/cabinet.wasm")" -lt "$(stat -c %s "$app/cabinet.wasm")"
# Minified: Emscripten's own comments and long local names are gone.
check "cabinet.js is minified" test "$(stat -c %s "$web/cabinet.js")" -lt "$(( $(stat -c %s "$app/cabinet.js") * 85 / 100 ))"
check "boot.js has no comments" bash -c "! grep -q '// Starts the app' '$web/boot.js'"
check "boot.js knows the wasm's size" bash -c "! grep -q __CABINET_WASM_BYTES__ '$web/boot.js'"
# Compressed copies in a folder of their own: the app's folder holds only the app.
check "cabinet.wasm.br exists" test -s "$web-precompressed/cabinet.wasm.br"
check "cabinet.wasm.gz is gzip" bash -c "gzip -t '$web-precompressed/cabinet.wasm.gz'"
check "no copies in the app's folder" bash -c "[ -z \"\$(find '$web' -name '*.gz' -o -name '*.br')\" ]"
echo "$passed passed, $failed failed"
