# SPDX-License-Identifier: GPL-3.0-or-later
"""Timing whole processes, round after round, interleaved so that a slow
moment of the machine hurts every command alike; shared by the benchmark
scripts (bench-cli.py, bench-animation.py, bench-lesson.py)."""

import collections
import os
import resource
import subprocess
import sys
import tempfile
import time

# wall and CPU time (user + system) in s, minor page faults and peak RSS in
# kB of the command's own process, and the size of what it wrote in bytes
# (the command's children, if any, count in its CPU time and faults only)
Result = collections.namedtuple("Result", "wall cpu faults rss size")


def _children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime, usage.ru_minflt


def run(argv, out, env=None):
    """Runs one command that writes the file @out, or, when @out is None,
    its standard output. Fails loudly when it fails or writes nothing,
    since its time would then mean nothing."""
    if out is not None and os.path.exists(out):
        os.unlink(out)
    cpu, faults = _children()
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=stdout, stderr=err)
        # wait4 gives this process's own peak RSS, which RUSAGE_CHILDREN
        # (a maximum over every child so far) cannot
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        cpu_after, faults_after = _children()
        if code != 0:
            err.seek(0)
            sys.exit("failed (exit {}): {}\n{}".format(
                code, " ".join(argv), err.read().decode(errors="replace")))
        size = os.path.getsize(out) if out is not None and os.path.exists(out) else stdout.tell()
    if size == 0:
        sys.exit("no output written by: " + " ".join(argv))
    return Result(wall, cpu_after - cpu, faults_after - faults, usage.ru_maxrss, size)


def interleave(commands, rounds, env=None):
    """@commands: (key, argv, output path or None) triples. Runs each once to warm
    caches up, then all of them @rounds times in turn; returns
    {key: [Result, ...]}."""
    for _, argv, out in commands:
        run(argv, out, env)
    results = {key: [] for key, _, _ in commands}
    for _ in range(rounds):
        for key, argv, out in commands:
            results[key].append(run(argv, out, env))
    return results
