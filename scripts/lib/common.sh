# Shared by scripts/run, scripts/test and scripts/bench: install what Parterre needs from Debian when it is
# missing, then configure and build. Sourced, not run.

PARTERRE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PARTERRE_BUILD_DIR=${PARTERRE_BUILD_DIR:-$PARTERRE_ROOT/build}

# Debian 12 packages: the toolchain, Qt 6.4 with its SQLite driver and tools, SQLite's C library, fonts
# for offscreen rendering, the SVG plugins for the icon, and Qt's own translations (dialog buttons in German).
PARTERRE_PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev qt6-translations-l10n
    libsqlite3-dev sqlite3 libpq-dev
    fonts-dejavu-core
    libqrcodegencpp-dev zbar-tools poppler-utils
    qt6-httpserver-dev qt6-websockets-dev
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_packages() {
    local missing=()
    for package in "${PARTERRE_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Release build with warnings as errors, two jobs (the machine has two cores).
build_parterre() {
    log "Configuring ($PARTERRE_BUILD_DIR)"
    local launcher=()
    # ccache, when someone installed it, makes rebuilds after a pull cheap; it is not required.
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$PARTERRE_ROOT" -B "$PARTERRE_BUILD_DIR" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DPARTERRE_WERROR=ON "${launcher[@]}" "$@" >/dev/null
    log "Building"
    cmake --build "$PARTERRE_BUILD_DIR" --parallel 2
}
