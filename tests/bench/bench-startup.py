#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up cost of dlmath against a bare libadwaita window (bare-adw):
the wall time of a process that quits right after its first frame, and its
peak resident memory. dlmath quits after its first frame when
DLM_EXIT_AFTER_FIRST_FRAME=1; bare-adw always does. Both run the same way,
interleaved, under the display and session bus this script is started in
(meson runs it inside xvfb-run and dbus-run-session), with GSK_RENDERER=cairo.

Usage: bench-startup.py DLMATH BARE_ADW SCHEMA_DIR [RUNS]
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

TIME = "/usr/bin/time"
TIMEOUT_S = 60


def run(name, argv, env):
    """Returns (wall ms, peak RSS KiB) of one run."""
    with tempfile.NamedTemporaryFile("r", prefix="dlmath-time-") as report:
        start = time.perf_counter()
        try:
            proc = subprocess.run([TIME, "-f", "%e %M", "-o", report.name] + argv,
                                  env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            sys.exit("{} did not quit within {} s after start-up; does it honour "
                     "DLM_EXIT_AFTER_FIRST_FRAME=1?".format(name, TIMEOUT_S))
        wall_ms = (time.perf_counter() - start) * 1e3
        if proc.returncode != 0:
            sys.exit("{} failed (exit {}):\n{}".format(
                name, proc.returncode, proc.stderr.decode(errors="replace")))
        _, rss_kib = report.read().split()[-2:]
    return wall_ms, int(rss_kib)


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit("usage: bench-startup.py DLMATH BARE_ADW SCHEMA_DIR [RUNS]")
    if "DISPLAY" not in os.environ and "WAYLAND_DISPLAY" not in os.environ:
        sys.exit("no display: run this under xvfb-run")
    runs = int(sys.argv[4]) if len(sys.argv) == 5 else 10

    env = dict(os.environ,
               GSK_RENDERER="cairo",
               GSETTINGS_BACKEND="memory",
               GSETTINGS_SCHEMA_DIR=sys.argv[3],
               GTK_A11Y="none",
               NO_AT_BRIDGE="1",
               DLM_EXIT_AFTER_FIRST_FRAME="1")
    apps = [("dlmath", [os.path.abspath(sys.argv[1])]),
            ("bare libadwaita window", [os.path.abspath(sys.argv[2])])]

    for name, argv in apps:  # warm-up: page cache, fontconfig cache
        run(name, argv, env)
    results = {name: [] for name, _ in apps}
    for _ in range(runs):
        for name, argv in apps:
            results[name].append(run(name, argv, env))

    medians = {}
    for name, _ in apps:
        wall = statistics.median(w for w, _ in results[name])
        rss = statistics.median(r for _, r in results[name]) / 1024
        medians[name] = (wall, rss)
        print("startup {}: median time to first frame {:.0f} ms, "
              "median peak RSS {:.1f} MiB ({} runs)".format(name, wall, rss, runs))
    (ours_wall, ours_rss), (bare_wall, bare_rss) = medians["dlmath"], \
        medians["bare libadwaita window"]
    print("startup dlmath / bare: time {:.2f}x (budget 1.5x), peak RSS {:.2f}x".format(
        ours_wall / bare_wall, ours_rss / bare_rss))


if __name__ == "__main__":
    main()
