# SPDX-License-Identifier: GPL-3.0-or-later
"""10^7 normal draws + histogram: dlmath's core (NumPy's legacy polar
method + gsl_histogram_increment, bench-sampling) against NumPy (standard_normal +
histogram with 100 bins on [-5, 5]), interleaved rounds, medians."""
import statistics
import subprocess
import sys
import time

import numpy as np

binary, n, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])


def numpy_ns(draw):
    t0 = time.perf_counter()
    counts, _ = np.histogram(draw(n), bins=100, range=(-5, 5))
    assert counts.sum() > 0.99 * n
    return (time.perf_counter() - t0) * 1e9 / n


ours, legacy, generator = [], [], []
np.random.seed(1)
rng = np.random.default_rng(1)
for _ in range(rounds):
    out = subprocess.run([binary, str(n)], check=True, capture_output=True, text=True).stdout
    ours.append(float(out.split()[1]))
    legacy.append(numpy_ns(np.random.standard_normal))
    generator.append(numpy_ns(rng.standard_normal))
a, b, c = (statistics.median(v) for v in (ours, legacy, generator))
print(f"sampling {n} normal draws + histogram, median of {rounds} interleaved rounds: "
      f"dlmath {a:.2f} ns/draw")
print(f"  NumPy {np.__version__} np.random.standard_normal + histogram: {b:.2f} ns/draw: "
      f"dlmath {b / a:.2f}x faster (goal 3x)")
print(f"  NumPy default_rng().standard_normal + histogram: {c:.2f} ns/draw: "
      f"dlmath {c / a:.2f}x faster")
