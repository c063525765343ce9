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
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from wholeprocess import interleave  # noqa: E402

MPL_SCRIPT = os.path.join(HERE, "softmax_mpl.py")
PYTHON = "/usr/bin/python3"
FORMATS = ("png", "svg", "pdf")


def commands(dlmath, outdir):
    """(name, format, argv, output path) for every command that is timed."""
    result = []
    for fmt in FORMATS:
        out = os.path.join(outdir, "dlmath." + fmt)
        result.append(("dlmath", fmt, [dlmath, "--topic", "softmax", "--size",
                                       "1920x1080", "--export", out], out))
        out = os.path.join(outdir, "matplotlib." + fmt)
        result.append(("matplotlib", fmt, [PYTHON, MPL_SCRIPT, out], out))
    return result


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: bench-cli.py DLMATH [ROUNDS]")
    dlmath = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) == 3 else 20

    env = dict(os.environ, MPLBACKEND="Agg", LC_ALL="C.UTF-8")
    env.pop("DISPLAY", None)  # both must work without a display
    with tempfile.TemporaryDirectory(prefix="dlmath-bench-") as outdir:
        env["MPLCONFIGDIR"] = os.path.join(outdir, "mplconfig")
        # the warm-up fills the page cache, matplotlib's and fontconfig's caches
        results = interleave([((name, fmt), argv, out)
                              for name, fmt, argv, out in commands(dlmath, outdir)], rounds, env)

    for fmt in FORMATS:
        ours, theirs = results[("dlmath", fmt)], results[("matplotlib", fmt)]
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
