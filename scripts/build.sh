#!/usr/bin/env bash
# Builds Sector Desk for the ./desk launcher (mvn package without tests), printing a line per build step
# with the time elapsed, so a first build on a fresh machine is never silent. The full Maven log is kept
# in target/.desk-build.log; on failure its tail is printed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$here/target"
log="$build/.desk-build.log"
mkdir -p "$build"

say() { printf 'desk: %s\n' "$*" >&2; }

last="$(cat "$build/.desk-build-seconds" 2>/dev/null || true)"
if [ -n "$last" ]; then
  say "building Sector Desk (sources changed; the last build took ${last} s)…"
else
  say "building Sector Desk (first use): Maven fetches about 60 MB of libraries and the CJK font once,"
  say "then compiles; usually 1-3 minutes on a fresh machine (up to 5 on a busy one), 20-40 s afterwards."
fi

# What each Maven goal does, in the analyst's words.
step_name() {
  case "$1" in
    *exec-maven-plugin*fetch-fonts*) echo "fetching the CJK font (Noto Sans SC) through npm" ;;
    *maven-dependency-plugin*unpack*) echo "unpacking DuckDB's native library into target/duckdb" ;;
    *maven-jar-plugin*duckdb-classes*) echo "packing DuckDB's JDBC classes" ;;
    *maven-resources-plugin*testResources*|*maven-compiler-plugin*testCompile*|*maven-surefire-plugin*) echo "" ;;
    *maven-resources-plugin*) echo "copying resources" ;;
    *maven-compiler-plugin*) echo "compiling" ;;
    *maven-jar-plugin*) echo "packing target/sector-desk.jar" ;;
    *maven-dependency-plugin*copy-dependencies*) echo "copying the libraries into target/lib" ;;
    *) echo "$1" ;;
  esac
}

start=$SECONDS
downloads=0
status=0
# Batch mode keeps colour codes and progress bars out; download lines are counted, not shown.
(cd "$here" && mvn -B -DskipTests -Dmaven.test.skip=true package 2>&1) | tee "$log" | while IFS= read -r line; do
  elapsed=$((SECONDS - start))
  case "$line" in
    "[INFO] Downloaded from "*)
      downloads=$((downloads + 1))
      if [ "$downloads" = 1 ] || [ $((downloads % 50)) = 0 ]; then
        say "  [${elapsed}s] downloading libraries from Maven Central (${downloads} files so far)…"
      fi ;;
    "[INFO] --- "*)
      goal="${line#\[INFO\] --- }"
      goal="${goal% ---}"
      name="$(step_name "$goal")"
      if [ -n "$name" ]; then say "  [${elapsed}s] $name"; fi ;;
    "[INFO] Compiling "*)
      say "  [${elapsed}s]   ${line#\[INFO\] }" ;;
    fetch-fonts:*)
      say "  [${elapsed}s]   $line" ;;
  esac
done || status=$?
if [ "$status" != 0 ] || ! grep -q '^\[INFO\] BUILD SUCCESS' "$log"; then
  tail -n 40 "$log" >&2
  say "the build failed (last lines above; the whole log is in target/.desk-build.log)"
  exit 1
fi
elapsed=$((SECONDS - start))
echo "$elapsed" > "$build/.desk-build-seconds"
touch "$build/.desk-build-stamp"
say "  [${elapsed}s] built"
