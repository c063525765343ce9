#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times whole processes: `dlmath --topic softmax --size 1920x1080 --export
FILE` against softmax_mpl.py (matplotlib, Agg) writing the same figure, for
PNG, SVG and PDF. The six commands run interleaved, round after round, so
that a slow moment of the machine hurts both sides alike. Each line gives
the median time and minor page faults, and the peak RSS (GNU time's).

Usage: bench-cli.py DLMATH [ROUNDS]
"""

import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from wholeprocess import versus_matplotlib  # noqa: E402

MPL_SCRIPT = os.path.join(HERE, "softmax_mpl.py")
FORMATS = ("png", "svg", "pdf")


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: bench-cli.py DLMATH [ROUNDS]")
    dlmath = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) == 3 else 20
    results = versus_matplotlib([dlmath, "--topic", "softmax", "--size", "1920x1080"],
                                MPL_SCRIPT, FORMATS, rounds)

    for fmt in FORMATS:
        ours, theirs = results[fmt]
        wall = [statistics.median(r.wall for r in x) * 1e3 for x in (ours, theirs)]
        faults = [statistics.median(r.faults for r in x) for x in (ours, theirs)]
        rss = [x[0].rss / 1024 for x in (ours, theirs)]
        print("cli export softmax 1920x1080 {}: dlmath median {:.1f} ms ({:.0f} page faults, "
              "peak RSS {:.1f} MB), matplotlib median {:.1f} ms ({:.0f} page faults, peak RSS "
              "{:.1f} MB), speed-up {:.1f}x ({} rounds)".format(
                  fmt.upper(), wall[0], faults[0], rss[0], wall[1], faults[1], rss[1],
                  wall[1] / wall[0], rounds))


if __name__ == "__main__":
    main()
