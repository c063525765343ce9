#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The softmax figure made the usual way, with matplotlib: bars of z, e^z and
softmax(z) for z = [1, 2, 3] at 1920x1080 px. It is the baseline that
bench-cli.py times against `dlmath --topic softmax --export`.

Usage: softmax_mpl.py OUTPUT.png|OUTPUT.svg|OUTPUT.pdf
"""

import sys

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: softmax_mpl.py OUTPUT.png|OUTPUT.svg|OUTPUT.pdf")

    z = np.array([1.0, 2.0, 3.0])
    ez = np.exp(z)
    sigma = np.exp(z - z.max())
    sigma /= sigma.sum()
    labels = ["z₁", "z₂", "z₃"]

    fig, axes = plt.subplots(1, 3, figsize=(19.2, 10.8), dpi=100)
    panels = [
        (z, "logits z", "{:.0f}"),
        (ez, "eᶻ  (Σ = {:.2f})".format(ez.sum()), "{:.2f}"),
        (sigma, "softmax σ(z)  (Σ = {:.0f})".format(sigma.sum()), "{:.2f}"),
    ]
    for ax, (values, title, fmt) in zip(axes, panels):
        bars = ax.bar(labels, values, color=["#0072b2", "#e69f00", "#009e73"])
        ax.bar_label(bars, labels=[fmt.format(v) for v in values], fontsize=16)
        ax.set_title(title, fontsize=20)
        ax.tick_params(labelsize=14)
        ax.grid(axis="y", alpha=0.3)
        ax.set_axisbelow(True)
    fig.suptitle("Softmax turns scores into probabilities", fontsize=24)
    fig.tight_layout()
    fig.savefig(sys.argv[1])


if __name__ == "__main__":
    main()
