#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times whole processes: 10 s of the law-of-large-numbers animation at
1280x720 and 30 fps (300 frames), `dlmath --topic sampling --export
lln.webm|lln.gif` against lln_mpl_anim.py (matplotlib's FuncAnimation, the
ffmpeg writer with libvpx for WebM, the Pillow writer for GIF). The four
commands run interleaved, round after round, so that a slow moment of the
machine hurts both sides alike. Prints the median wall time, the median
CPU time (user + system, children included: ffmpeg's too) and the file
sizes.

Usage: bench-animation.py DLMATH [ROUNDS]
"""

import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from wholeprocess import versus_matplotlib  # noqa: E402

MPL_SCRIPT = os.path.join(HERE, "lln_mpl_anim.py")
FORMATS = ("webm", "gif")


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: bench-animation.py DLMATH [ROUNDS]")
    dlmath = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) == 3 else 3
    results = versus_matplotlib([dlmath, "--topic", "sampling", "--size", "1280x720",
                                           "--fps", "30", "--duration", "10"],
                                MPL_SCRIPT, FORMATS, rounds)

    for fmt in FORMATS:
        ours, theirs = results[fmt]
        wall = [statistics.median(r.wall for r in x) for x in (ours, theirs)]
        cpu = [statistics.median(r.cpu for r in x) for x in (ours, theirs)]
        size = [x[-1].size / 1e3 for x in (ours, theirs)]
        print("animation lln 1280x720 30 fps 300 frames {}: dlmath median {:.2f} s "
              "(CPU {:.2f} s), {:.0f} kB; matplotlib median {:.2f} s (CPU {:.2f} s), "
              "{:.0f} kB; speed-up {:.1f}x wall, {:.1f}x CPU; size {:.2f}x ({} rounds)".format(
                  fmt.upper(), wall[0], cpu[0], size[0], wall[1], cpu[1], size[1],
                  wall[1] / wall[0], cpu[1] / cpu[0], size[0] / size[1], rounds))


if __name__ == "__main__":
    main()
