# SPDX-License-Identifier: GPL-3.0-or-later
"""Timing whole processes, round after round, interleaved so that a slow
moment of the machine hurts every command alike; shared by the benchmark
scripts (bench-cli.py, bench-animation.py, bench-lesson.py)."""

import collections
import os
import resource
import subprocess
import sys
import time

# wall and CPU time (user + system, the command's children included) in s,
# minor page faults, and the size of what the command wrote in bytes
Result = collections.namedtuple("Result", "wall cpu faults size")


def _children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime, usage.ru_minflt


def run(argv, out, env=None):
    """Runs one command that writes @out. Fails loudly when it fails or
    writes nothing, since its time would then mean nothing."""
    if os.path.exists(out):
        os.unlink(out)
    cpu, faults = _children()
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    cpu_after, faults_after = _children()
    if proc.returncode != 0:
        sys.exit("failed (exit {}): {}\n{}".format(
            proc.returncode, " ".join(argv), proc.stderr.decode(errors="replace")))
    if not os.path.exists(out) or os.path.getsize(out) == 0:
        sys.exit("no output written by: " + " ".join(argv))
    return Result(wall, cpu_after - cpu, faults_after - faults, os.path.getsize(out))


def interleave(commands, rounds, env=None):
    """@commands: (key, argv, output path) triples. Runs each once to warm
    caches up, then all of them @rounds times in turn; returns
    {key: [Result, ...]}."""
    for _, argv, out in commands:
        run(argv, out, env)
    results = {key: [] for key, _, _ in commands}
    for _ in range(rounds):
        for key, argv, out in commands:
            results[key].append(run(argv, out, env))
    return results
