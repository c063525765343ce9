#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times whole processes writing a whole lesson: `dlmath --deck FILE.pdf`
(all 13 topics, 1920x1080, light and projector themes) and `dlmath
--handout FILE.pdf` (A4), interleaved round after round; prints the median
and the slowest run, the file's size and its number of pages.

Usage: bench-lesson.py DLMATH [ROUNDS]
"""

import os
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wholeprocess import interleave  # noqa: E402


def commands(dlmath, outdir):
    """(name, argv, output path) for every command that is timed."""
    deck = os.path.join(outdir, "deck.pdf")
    projector = os.path.join(outdir, "projector.pdf")
    handout = os.path.join(outdir, "handout.pdf")
    return [
        ("deck light", [dlmath, "--deck", deck], deck),
        ("deck projector", [dlmath, "--deck", projector, "--theme", "projector"], projector),
        ("handout a4", [dlmath, "--handout", handout], handout),
    ]


def pages(path):
    """The number of pages, counted from the page objects of the file."""
    with open(path, "rb") as f:
        data = f.read()
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>")


def main():
    dlmath = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    with tempfile.TemporaryDirectory() as outdir:
        lesson = commands(dlmath, outdir)
        results = interleave(lesson, rounds)  # after a warm-up: fonts, caches
        for name, argv, out in lesson:
            t = [r.wall * 1000 for r in results[name]]
            print("lesson %s: median %.0f ms, max %.0f ms over %d runs; %d bytes, %d pages"
                  % (name, statistics.median(t), max(t), len(t), os.path.getsize(out), pages(out)))


if __name__ == "__main__":
    main()
