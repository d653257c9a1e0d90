#!/usr/bin/env bash
# Installs the Debian packages Studio's development and test setup needs, and only those
# that are missing: a second run costs one dpkg-query. As non-root it only reports.
set -euo pipefail

python=${1:-python3}

packages=(
    # MQTT broker and clients for the push and sync tests
    mosquitto mosquitto-clients
    # offline Vietnamese voice
    espeak-ng
    # fonts with Vietnamese diacritics
    fonts-noto-core fonts-dejavu-core
    # QtMultimedia will not import without libpulse
    libpulse0
    pulseaudio  # a private sound server with a virtual microphone, for the recording tests
    # what Qt's xcb and offscreen platforms load
    libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
    libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
    libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0
    libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxcb-sync1 libxcb-shm0
    # a virtual display for screenshots, and PDF text for report tests
    xvfb x11-utils poppler-utils
    # PostgreSQL, to test the store on a server database too
    postgresql
)

# Debian's python3 has no ensurepip without python3-venv.
if ! "$python" -c 'import ensurepip' 2>/dev/null; then
    packages+=(python3-venv)
fi

declare -A status
while read -r name state; do
    status[$name]=$state
done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${packages[@]}" 2>/dev/null || true)
missing=()
for p in "${packages[@]}"; do
    [ "${status[$p]-}" = installed ] || missing+=("$p")
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "studio: missing Debian packages (run 'make setup' as root, or install them):" >&2
    echo "  ${missing[*]}" >&2
    exit 0
fi

echo "studio: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The test fixtures start their own brokers and servers; the system ones are not needed.
if command -v systemctl >/dev/null 2>&1; then
    systemctl disable --now mosquitto postgresql >/dev/null 2>&1 || true
fi
