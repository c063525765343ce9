#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test ("$@") on an X server of its own with two monitors side by
# side, as a laptop beside a projector: 1366×768 at the left and
# 1920×1080 right of it, a 3286×1080 screen.
#
# Xvfb cannot do this for GTK: it has a single RandR output, and GTK 4.8
# makes a GdkMonitor only of a RandR monitor with an output of its own
# (one split off with xrandr --setmonitor ... none is left out). Xorg's
# dummy driver has sixteen outputs, so the test runs there.
set -eu

xorg=/usr/lib/xorg/Xorg
[ -x "$xorg" ] || xorg=$(command -v Xorg || true)
if [ -z "$xorg" ] || [ ! -e /usr/lib/xorg/modules/drivers/dummy_drv.so ] || ! command -v xrandr >/dev/null 2>&1; then
  echo "two-screens: needs Xorg's dummy driver and xrandr (packages xserver-xorg-core,"
  echo "xserver-xorg-video-dummy, x11-xserver-utils); skipped"
  exit 77
fi

dir=$(mktemp -d)
cat > "$dir/xorg.conf" <<'CONF'
Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoEnableDevices" "false"
EndSection
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 64000
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual 3286 1080
  EndSubSection
EndSection
CONF

"$xorg" -config "$dir/xorg.conf" -noreset -nolisten tcp -logfile "$dir/xorg.log" \
  -displayfd 3 3>"$dir/display" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$dir"' EXIT INT TERM

# the server writes its display number once it accepts clients
tries=0
while [ ! -s "$dir/display" ]; do
  tries=$((tries + 1))
  if [ "$tries" -gt 100 ] || ! kill -0 "$server" 2>/dev/null; then
    # e.g. not allowed to open a console as this user: nothing to test on
    echo "two-screens: Xorg with the dummy driver did not start; skipped:"
    tail -20 "$dir/xorg.log"
    exit 77
  fi
  sleep 0.1
done
DISPLAY=:$(cat "$dir/display")
export DISPLAY

# the laptop's panel, and the projector right of it
xrandr --newmode LAPTOP 85.25 1366 1440 1576 1784 768 771 781 798 -hsync +vsync
xrandr --newmode PROJECTOR 173.00 1920 2048 2248 2576 1080 1083 1088 1120 -hsync +vsync
xrandr --addmode DUMMY0 LAPTOP
xrandr --addmode DUMMY1 PROJECTOR
xrandr --output DUMMY0 --mode LAPTOP --pos 0x0 --primary --output DUMMY1 --mode PROJECTOR --pos 1366x0
xrandr --listmonitors

# the test unplugs and plugs in the projector through these
export DLM_TEST_UNPLUG="xrandr --output DUMMY1 --off"
export DLM_TEST_PLUG_IN="xrandr --output DUMMY1 --mode PROJECTOR --pos 1366x0"
# software rendering only: no GL to probe on the dummy screen
export GDK_DEBUG=gl-disable

"$@"
