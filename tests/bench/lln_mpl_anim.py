#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The law of large numbers animated the usual way, with matplotlib's
FuncAnimation: the running mean of 500 normal draws (mu 170, sigma 10),
5 other runs drawn faintly, the band mu +- sigma/sqrt(n) and the dashed
population mean, the newest mean marked and labelled; 1280x720 px, 30 fps,
300 frames (10 s), frame k showing the first k * 500 / 299 draws. It is the
baseline that bench-animation.py times against
`dlmath --topic sampling --export lln.webm|lln.gif`.

The lines are updated in place (set_data), as FuncAnimation's documentation
recommends; a WebM is written by the ffmpeg writer with libvpx (VP8, ffmpeg's
default settings), a GIF by the Pillow writer.

Usage: lln_mpl_anim.py OUTPUT.webm|OUTPUT.gif
"""

import sys

import matplotlib

matplotlib.use("Agg")

import matplotlib.animation as animation  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

MU, SIGMA = 170.0, 10.0
DRAWS, RUNS = 500, 5
FPS, FRAMES = 30, 300


def main():
    if len(sys.argv) != 2 or not sys.argv[1].endswith((".webm", ".gif")):
        sys.exit("usage: lln_mpl_anim.py OUTPUT.webm|OUTPUT.gif")
    out = sys.argv[1]

    rng = np.random.default_rng(1)
    draws = rng.normal(MU, SIGMA, size=(RUNS + 1, DRAWS))
    n = np.arange(1, DRAWS + 1)
    means = np.cumsum(draws, axis=1) / n
    half = SIGMA / np.sqrt(n)

    fig, ax = plt.subplots(figsize=(12.8, 7.2), dpi=100)
    ax.fill_between(n, MU - half, MU + half, color="#0072b2", alpha=0.15,
                    linewidth=0, label="μ ± σ/√n")
    ax.axhline(MU, color="#222222", linestyle="--", linewidth=1.5,
               label="population mean μ")
    others = [ax.plot([], [], color="#888888", linewidth=1,
                      label="5 other runs" if i == 0 else None)[0]
              for i in range(RUNS)]
    (main_line,) = ax.plot([], [], color="#0072b2", linewidth=2.5, label="running mean")
    (marker,) = ax.plot([], [], "o", color="#d55e00", markersize=8)
    label = ax.text(0.5, 0.08, "", transform=ax.transAxes, fontsize=12,
                    bbox=dict(facecolor="white", edgecolor="#dddddd"))
    ax.set_xlim(0, DRAWS)
    ax.set_ylim(158, 183)
    ax.set_xlabel("number of draws n")
    ax.set_ylabel("mean of the draws so far")
    ax.set_title("Law of large numbers: the more draws, the closer their mean to μ",
                 loc="left", fontsize=16, fontweight="bold")
    ax.grid(alpha=0.3)
    ax.legend(loc="upper right")
    fig.tight_layout()

    def update(k):
        shown = max(1, k * DRAWS // (FRAMES - 1))
        for i, line in enumerate(others):
            line.set_data(n[:shown], means[i + 1, :shown])
        main_line.set_data(n[:shown], means[0, :shown])
        marker.set_data([shown], [means[0, shown - 1]])
        label.set_text("mean of {} draws: {:.1f}".format(shown, means[0, shown - 1]))
        return others + [main_line, marker, label]

    anim = animation.FuncAnimation(fig, update, frames=FRAMES, interval=1000 / FPS)
    if out.endswith(".webm"):
        # VP8 has no alpha in ffmpeg's libvpx with its defaults: the
        # figure's RGBA goes to 4:2:0 as every player expects
        writer = animation.FFMpegWriter(fps=FPS, codec="libvpx",
                                        extra_args=["-pix_fmt", "yuv420p"])
    else:
        writer = animation.PillowWriter(fps=FPS)
    anim.save(out, writer=writer, dpi=100)


if __name__ == "__main__":
    main()
