# SPDX-License-Identifier: GPL-3.0-or-later
"""The sampling topic against NumPy, two ways, interleaved rounds, medians.

In-process: 10^7 normal draws + histogram: dlmath's core (NumPy's legacy
polar method + gsl_histogram_increment, bench-sampling) against NumPy
(standard_normal + histogram with 100 bins on [-5, 5]).

Whole processes: the 10^7-draw sampling distribution, `dlmath --topic
sampling --set view=distribution --set n=1000 --set repeats=10000
--summary`, against sampling_numpy.py (the same with default_rng and with
the legacy RandomState), with page faults and peak RSS.

Usage: bench-sampling.py BENCH-SAMPLING DLMATH N ROUNDS"""
import os
import statistics
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from wholeprocess import interleave  # noqa: E402

PYTHON = "/usr/bin/python3"


def numpy_ns(draw, n):
    t0 = time.perf_counter()
    counts, _ = np.histogram(draw(n), bins=100, range=(-5, 5))
    assert counts.sum() > 0.99 * n
    return (time.perf_counter() - t0) * 1e9 / n


def in_process(binary, n, rounds):
    ours, legacy, generator = [], [], []
    np.random.seed(1)
    rng = np.random.default_rng(1)
    for _ in range(rounds):
        out = subprocess.run([binary, str(n)], check=True, capture_output=True, text=True).stdout
        ours.append(float(out.split()[1]))
        legacy.append(numpy_ns(np.random.standard_normal, n))
        generator.append(numpy_ns(rng.standard_normal, n))
    a, b, c = (statistics.median(v) for v in (ours, legacy, generator))
    print(f"sampling {n} normal draws + histogram, median of {rounds} interleaved rounds: "
          f"dlmath {a:.2f} ns/draw")
    print(f"  NumPy {np.__version__} np.random.standard_normal + histogram: {b:.2f} ns/draw: "
          f"dlmath {b / a:.2f}x faster (goal 3x)")
    print(f"  NumPy default_rng().standard_normal + histogram: {c:.2f} ns/draw: "
          f"dlmath {c / a:.2f}x faster")


def whole_process(dlmath, rounds):
    script = os.path.join(HERE, "sampling_numpy.py")
    commands = [("dlmath", [dlmath, "--topic", "sampling", "--set", "view=distribution",
                            "--set", "n=1000", "--set", "repeats=10000", "--summary"], None),
                ("default_rng", [PYTHON, script, "generator"], None),
                ("legacy", [PYTHON, script, "legacy"], None)]
    results = interleave(commands, rounds, dict(os.environ, LC_ALL="C.UTF-8"))
    medians = {key: (statistics.median(r.wall for r in runs) * 1e3,
                     statistics.median(r.faults for r in runs),
                     statistics.median(r.rss for r in runs) / 1024)
               for key, runs in results.items()}
    print(f"sampling distribution, 10^7 draws (n=1000, repeats=10000), whole processes, "
          f"median of {rounds} interleaved rounds:")
    ours = medians["dlmath"][0]
    for key, (wall, faults, rss) in medians.items():
        ratio = "" if key == "dlmath" else f": dlmath {wall / ours:.2f}x faster (goal 3x)"
        print(f"  {key}: {wall:.1f} ms, {faults:.0f} page faults, peak RSS {rss:.1f} MiB{ratio}")


def main():
    if len(sys.argv) != 5:
        sys.exit("usage: bench-sampling.py BENCH-SAMPLING DLMATH N ROUNDS")
    binary, dlmath, n, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    whole_process(os.path.abspath(dlmath), rounds)
    in_process(binary, n, rounds)


if __name__ == "__main__":
    main()
