#!/usr/bin/env bash
# The third-party cache (scripts/lib/deps.sh) trusts an entry only while every
# file matches the manifest written when it was finished: a changed, missing or
# added-to file, or no manifest at all (a build cut short), makes it rebuild.
# Runs on a throw-away cache folder; prints "N passed, N failed".
set -uo pipefail
export CABINET_CACHE_DIR="$(mktemp -d)"
trap 'rm -rf "$CABINET_CACHE_DIR"' EXIT
source "$(dirname "$0")/../../scripts/lib/common.sh"
source "$CABINET_ROOT/scripts/lib/deps.sh"
set +e
passed=0 failed=0
check() {  # check NAME EXPECTED(0|1) COMMAND...
  local name="$1" expected="$2"; shift 2
  "$@" >/dev/null 2>&1
  local got=$?
  if [ $(( got != 0 )) -eq "$expected" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
make_entry() {  # a finished entry with two files
  local entry="$DEPS_CACHE/lib-1.0-$1"
  mkdir -p "$entry.tmp/include"
  echo "int x;" > "$entry.tmp/include/lib.h"
  echo "archive" > "$entry.tmp/liblib.a"
  seal_entry "$entry.tmp" "$entry"
  echo "$entry"
}
mkdir -p "$DEPS_CACHE"

entry=$(make_entry good)
check "a sealed entry is trusted" 0 entry_ok "$entry"
check "and still there" 0 test -f "$entry/liblib.a"

entry=$(make_entry changed)
echo "tampered" >> "$entry/include/lib.h"
check "a changed file is not trusted" 1 entry_ok "$entry"
check "and the entry is removed for a rebuild" 1 test -e "$entry"

entry=$(make_entry missing)
rm "$entry/liblib.a"
check "a missing file is not trusted" 1 entry_ok "$entry"

entry=$(make_entry unsealed)
rm "$entry/.manifest"
check "an entry without its manifest (cut short) is not trusted" 1 entry_ok "$entry"

check "a build key changes with the flags" 1 test "$(build_key a -O2)" = "$(build_key a -Oz)"
check "and is the same for the same flags" 0 test "$(build_key a -O2)" = "$(build_key a -O2)"

mkdir -p "$DEPS_SRC"
echo "tarball" > "$DEPS_SRC/demo_1.0.orig.tar.gz"
echo "$(sha256sum "$DEPS_SRC/demo_1.0.orig.tar.gz" | cut -d' ' -f1)  demo_1.0.orig.tar.gz" > "$DEPS_SRC/demo_1.0.orig.tar.gz.sha256"
check "a tarball matching its recorded SHA256 is trusted" 0 orig_ok demo
echo "more" >> "$DEPS_SRC/demo_1.0.orig.tar.gz"
check "a damaged tarball is not" 1 orig_ok demo
check "and is removed to be fetched again" 1 test -e "$DEPS_SRC/demo_1.0.orig.tar.gz"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
