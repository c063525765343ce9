#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The sampling distribution the usual way, with NumPy: 10000 samples of
1000 standard normal draws in one array, their means, a 50-bin histogram of
the means, and the means' mean and spread. It is the baseline that
bench-sampling.py times against `dlmath --topic sampling --set
view=distribution --set n=1000 --set repeats=10000 --summary`.

Usage: sampling_numpy.py generator|legacy
"""

import sys

import numpy as np


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("generator", "legacy"):
        sys.exit("usage: sampling_numpy.py generator|legacy")
    if sys.argv[1] == "generator":
        draws = np.random.default_rng(1).standard_normal((10000, 1000))
    else:
        draws = np.random.RandomState(1).standard_normal((10000, 1000))
    means = 170 + 10 * draws.mean(axis=1)
    counts, edges = np.histogram(means, bins=50)
    print("mean_of_means={!r}\nsd_of_means={!r}\nbins={}".format(
        means.mean(), means.std(ddof=1), len(counts)))


if __name__ == "__main__":
    main()
