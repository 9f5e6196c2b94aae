#!/usr/bin/env bash
# Fetches the open-licensed (SIL OFL 1.1) CJK font the reports use, into .cache/fonts/.
# Source: the npm package @expo-google-fonts/noto-sans-sc (Noto Sans SC as TrueType outlines,
# which AWT, JFreeChart and openhtmltopdf can all load; the CFF-outline OTFs fail in openhtmltopdf).
# Idempotent: does nothing when the fonts are already there. Run by the Maven build (initialize).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${DESK_FONT_DIR:-$here/.cache/fonts}"
version="0.4.3"
want=(NotoSansSC_400Regular.ttf NotoSansSC_700Bold.ttf)
missing=0
for f in "${want[@]}"; do [ -s "$dest/$f" ] || missing=1; done
if [ "$missing" = 0 ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-fonts: npm is needed once to fetch the Noto Sans SC font (apt-get install npm)," >&2
  echo "fetch-fonts: or copy ${want[*]} into $dest yourself." >&2
  exit 1
fi
mkdir -p "$dest"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "fetch-fonts: fetching @expo-google-fonts/noto-sans-sc@$version (Noto Sans SC, OFL) into $dest" >&2
(cd "$tmp" && npm pack --silent "@expo-google-fonts/noto-sans-sc@$version" >/dev/null)
tar -xzf "$tmp"/expo-google-fonts-noto-sans-sc-*.tgz -C "$tmp" \
  package/400Regular/NotoSansSC_400Regular.ttf package/700Bold/NotoSansSC_700Bold.ttf package/LICENSE_FONT
cp "$tmp/package/400Regular/NotoSansSC_400Regular.ttf" "$tmp/package/700Bold/NotoSansSC_700Bold.ttf" "$dest/"
cp "$tmp/package/LICENSE_FONT" "$dest/OFL.txt"
echo "fetch-fonts: done" >&2
