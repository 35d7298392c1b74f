#!/usr/bin/env bash
# Quotemark developer entry point, for a fresh Debian 12 machine (run as root,
# or with sudo available):
#
#   build-aux/dev.sh run    install what is missing, build, open the sample article
#   build-aux/dev.sh test   install what is missing, build, run every test
#                           (widget tests under Xvfb, core tests again under
#                           AddressSanitizer + UBSan, fuzz targets briefly)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${BUILD:-$ROOT/build}

# Everything the build, the app and the tests need, from Debian's archive.
PACKAGES=(
  meson ninja-build pkg-config gcc clang libclang-rt-14-dev
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  libxml2-dev libxml2-utils libjson-glib-dev libuchardet-dev libarchive-dev
  gettext desktop-file-utils appstream shared-mime-info scdoc util-linux
  python3 xvfb xauth dbus dbus-x11 xdotool imagemagick
  adwaita-icon-theme fonts-cantarell fonts-dejavu-core
  libreoffice-calc-nogui
)

log () { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing () {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "All ${#PACKAGES[@]} packages are installed"
    return
  fi
  log "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build () {
  if [ ! -f "$BUILD/build.ninja" ]; then
    log "Configuring $BUILD"
    meson setup "$BUILD" --werror
  fi
  log "Building"
  ninja -C "$BUILD"
}

run_app () {
  local sample="$ROOT/data/samples/harbour-bridge-vote.txt"
  export GSETTINGS_SCHEMA_DIR="$BUILD/data"
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    log "Opening the sample article"
    exec "$BUILD/ui/quotemark" "$sample"
  fi
  # No display: show it on a virtual one and keep a picture of it.
  log "No display found: opening the sample under Xvfb and saving a screenshot"
  xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- bash -c '
    "$1" "$2" & app=$!
    for _ in $(seq 50); do xdotool search --onlyvisible --name "harbour" >/dev/null 2>&1 && break; sleep 0.2; done
    # the pointer off the window, or a quote'"'"'s tooltip covers the text
    xdotool mousemove 1270 850 || true
    sleep 1
    import -window root "$3"
    gapplication action "$4" quit || kill $app
    wait $app' _ "$BUILD/ui/quotemark" "$sample" "$BUILD/sample-window.png" \
    "$(sed -n 's/^#define APP_ID "\(.*\)"/\1/p' "$BUILD/config.h")"
  log "Screenshot: $BUILD/sample-window.png"
}

run_tests () {
  log "Running the test suite (widget tests under Xvfb)"
  xvfb-run -a -s "-screen 0 1280x860x24" dbus-run-session -- \
    meson test -C "$BUILD" --print-errorlogs

  log "Core and command-line tests under AddressSanitizer + UBSan"
  local asan="$ROOT/build-asan"
  [ -f "$asan/build.ninja" ] || meson setup "$asan" -Dui=false \
      -Db_sanitize=address,undefined -Db_lundef=false -Dc_args=-fno-sanitize-recover=all
  ninja -C "$asan"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  LSAN_OPTIONS=suppressions="$ROOT/tests/lsan.supp":print_suppressions=0 \
    meson test -C "$asan" --suite core --suite cli --print-errorlogs

  log "Fuzz targets, briefly (clang, libFuzzer, ASan + UBSan)"
  local fuzz="$ROOT/build-fuzz"
  [ -f "$fuzz/build.ninja" ] || CC=clang meson setup "$fuzz" -Dfuzzing=true -Dui=false \
      -Db_sanitize=address,undefined -Db_lundef=false
  ninja -C "$fuzz"
  for target in "$fuzz"/tests/fuzz/fuzz-*; do
    [ -f "$target" ] && [ -x "$target" ] || continue
    local name seeds corpus
    name=$(basename "$target")
    seeds="$ROOT/tests/fuzz/corpus/$name"
    corpus=$(mktemp -d)
    [ -d "$seeds" ] && cp -r "$seeds"/. "$corpus"/
    log "  $name for ${FUZZ_SECONDS:-30} s"
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      "$target" -max_total_time="${FUZZ_SECONDS:-30}" -timeout=10 -rss_limit_mb=4096 \
      -artifact_prefix="$fuzz/" -print_final_stats=0 "$corpus" 2>&1 | tail -n 2
    rm -rf "$corpus"
  done
  log "All tests passed"
}

case "${1:-}" in
  run)  install_missing; build; run_app ;;
  test) install_missing; build; run_tests ;;
  *)    echo "usage: $0 run|test" >&2; exit 2 ;;
esac
