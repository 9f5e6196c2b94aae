#!/usr/bin/env bash
# Finds the chromium the browser tests drive (Playwright, which must not download a browser of its own), or
# installs Debian's package; writes its path into the file named by $1 (target/chromium-path).
# Run by the Maven build before the tests (process-test-classes); skipped with -DskipTests.
# Order: $DESK_CHROMIUM, then chromium / chromium-browser / google-chrome on the PATH, then
# `apt-get install -y --no-install-recommends chromium` (root, or sudo without a password). When none of that
# gives a working chromium the build stops here with this message: the browser tests never skip silently.
set -euo pipefail
out="${1:?usage: ensure-chromium.sh OUTPUT_FILE}"

works() { [ -n "$1" ] && [ -x "$1" ] && "$1" --headless --no-sandbox --version >/dev/null 2>&1; }

find_chromium() {
  if [ -n "${DESK_CHROMIUM:-}" ]; then
    works "$DESK_CHROMIUM" && { echo "$DESK_CHROMIUM"; return 0; }
    echo "ensure-chromium: DESK_CHROMIUM=$DESK_CHROMIUM does not run (\$DESK_CHROMIUM --version failed)" >&2
    return 1
  fi
  local c p
  for c in chromium chromium-browser google-chrome-stable google-chrome; do
    p="$(command -v "$c" 2>/dev/null || true)"
    if works "$p"; then echo "$p"; return 0; fi
  done
  return 1
}

fail() {
  cat >&2 <<MSG
ensure-chromium: FAILED: $1
ensure-chromium: the web desk's browser tests (Playwright) need a chromium. Install one, e.g.
ensure-chromium:     apt-get update && apt-get install -y --no-install-recommends chromium
ensure-chromium: or point DESK_CHROMIUM at a chromium / chrome binary, then run the tests again.
MSG
  exit 1
}

if path="$(find_chromium)"; then
  mkdir -p "$(dirname "$out")"
  printf '%s\n' "$path" > "$out"
  exit 0
fi
[ -z "${DESK_CHROMIUM:-}" ] || fail "DESK_CHROMIUM=$DESK_CHROMIUM is not a working chromium"

command -v apt-get >/dev/null 2>&1 || fail "no chromium on this machine and no apt-get to install one"
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  fail "no chromium on this machine, and installing one needs root (or sudo without a password)"
fi
log="$(dirname "$out")/ensure-chromium.log"
mkdir -p "$(dirname "$out")"
echo "ensure-chromium: no chromium found; installing Debian's package (apt-get install chromium; log: $log)" >&2
export DEBIAN_FRONTEND=noninteractive
if ! "${as_root[@]}" apt-get install -y --no-install-recommends chromium >"$log" 2>&1; then
  echo "ensure-chromium: first try failed; updating the package lists and trying again" >&2
  { "${as_root[@]}" apt-get update && "${as_root[@]}" apt-get install -y --no-install-recommends chromium; } >>"$log" 2>&1 \
    || fail "apt-get install chromium did not succeed (see $log)"
fi
path="$(find_chromium)" || fail "apt-get installed chromium, but it does not run (see $log)"
printf '%s\n' "$path" > "$out"
echo "ensure-chromium: installed $path ($("$path" --version 2>/dev/null))" >&2
