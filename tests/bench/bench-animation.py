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
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MPL_SCRIPT = os.path.join(HERE, "lln_mpl_anim.py")
PYTHON = "/usr/bin/python3"
FORMATS = ("webm", "gif")


def commands(dlmath, outdir):
    """(name, format, argv, output path) for every command that is timed."""
    result = []
    for fmt in FORMATS:
        out = os.path.join(outdir, "dlmath." + fmt)
        result.append(("dlmath", fmt, [dlmath, "--topic", "sampling", "--size", "1280x720",
                                       "--fps", "30", "--duration", "10", "--export", out], out))
        out = os.path.join(outdir, "matplotlib." + fmt)
        result.append(("matplotlib", fmt, [PYTHON, MPL_SCRIPT, out], out))
    return result


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(argv, out, env):
    """Runs one command; returns its wall and CPU time in s and the size of
    what it wrote. Fails loudly when the command fails or writes nothing,
    since its time would then mean nothing."""
    if os.path.exists(out):
        os.unlink(out)
    cpu = children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    cpu = children_cpu() - cpu
    if proc.returncode != 0:
        sys.exit("failed (exit {}): {}\n{}".format(
            proc.returncode, " ".join(argv), proc.stderr.decode(errors="replace")))
    if not os.path.exists(out) or os.path.getsize(out) == 0:
        sys.exit("no output written by: " + " ".join(argv))
    return elapsed, cpu, os.path.getsize(out)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: bench-animation.py DLMATH [ROUNDS]")
    dlmath = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) == 3 else 3

    env = dict(os.environ, MPLBACKEND="Agg", LC_ALL="C.UTF-8")
    env.pop("DISPLAY", None)  # both must work without a display
    results = {}
    with tempfile.TemporaryDirectory(prefix="dlmath-bench-") as outdir:
        env["MPLCONFIGDIR"] = os.path.join(outdir, "mplconfig")
        cmds = commands(dlmath, outdir)
        # Warm-up: page cache, matplotlib's font cache, GStreamer's registry.
        for _, _, argv, out in cmds:
            run(argv, out, env)
        for _ in range(rounds):
            for name, fmt, argv, out in cmds:
                results.setdefault((name, fmt), []).append(run(argv, out, env))

    for fmt in FORMATS:
        ours = results[("dlmath", fmt)]
        theirs = results[("matplotlib", fmt)]
        wall = [statistics.median(r[0] for r in x) for x in (ours, theirs)]
        cpu = [statistics.median(r[1] for r in x) for x in (ours, theirs)]
        size = [x[-1][2] / 1e3 for x in (ours, theirs)]
        print("animation lln 1280x720 30 fps 300 frames {}: dlmath median {:.2f} s "
              "(CPU {:.2f} s), {:.0f} kB; matplotlib median {:.2f} s (CPU {:.2f} s), "
              "{:.0f} kB; speed-up {:.1f}x wall, {:.1f}x CPU; size {:.2f}x ({} rounds)".format(
                  fmt.upper(), wall[0], cpu[0], size[0], wall[1], cpu[1], size[1],
                  wall[1] / wall[0], cpu[1] / cpu[0], size[0] / size[1], rounds))


if __name__ == "__main__":
    main()
