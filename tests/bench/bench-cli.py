#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times whole processes: `dlmath --topic softmax --size 1920x1080 --export
FILE` against softmax_mpl.py (matplotlib, Agg) writing the same figure, for
PNG and SVG. The four commands run interleaved, round after round, so that
a slow moment of the machine hurts both sides alike.

Usage: bench-cli.py DLMATH [ROUNDS]
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MPL_SCRIPT = os.path.join(HERE, "softmax_mpl.py")
PYTHON = "/usr/bin/python3"
FORMATS = ("png", "svg")


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


def run(argv, out, env):
    """Runs one command; returns its wall time in ms. Fails loudly when the
    command fails or writes nothing, since its time would then mean nothing."""
    if os.path.exists(out):
        os.unlink(out)
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    elapsed = (time.perf_counter() - start) * 1e3
    if proc.returncode != 0:
        sys.exit("failed (exit {}): {}\n{}".format(
            proc.returncode, " ".join(argv), proc.stderr.decode(errors="replace")))
    if not os.path.exists(out) or os.path.getsize(out) == 0:
        sys.exit("no output written by: " + " ".join(argv))
    return elapsed


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: bench-cli.py DLMATH [ROUNDS]")
    dlmath = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) == 3 else 20

    env = dict(os.environ, MPLBACKEND="Agg", LC_ALL="C.UTF-8")
    env.pop("DISPLAY", None)  # both must work without a display
    times = {}
    with tempfile.TemporaryDirectory(prefix="dlmath-bench-") as outdir:
        env["MPLCONFIGDIR"] = os.path.join(outdir, "mplconfig")
        cmds = commands(dlmath, outdir)
        # Warm-up: page cache, matplotlib's font cache, fontconfig's cache.
        for _, _, argv, out in cmds:
            run(argv, out, env)
        for _ in range(rounds):
            for name, fmt, argv, out in cmds:
                times.setdefault((name, fmt), []).append(run(argv, out, env))

    for fmt in FORMATS:
        ours = statistics.median(times[("dlmath", fmt)])
        theirs = statistics.median(times[("matplotlib", fmt)])
        print("cli export softmax 1920x1080 {}: dlmath median {:.1f} ms, "
              "matplotlib median {:.1f} ms, speed-up {:.1f}x ({} rounds)".format(
                  fmt.upper(), ours, theirs, theirs / ours, rounds))


if __name__ == "__main__":
    main()
