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

# wall and CPU time (user + system, the command's children included) in s,
# minor page faults, the peak RSS of the command's own process in kB (from
# the warm-up run, see interleave()), and the size of what it wrote in bytes
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
        _, status, _ = os.wait4(proc.pid, 0)
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
    return Result(wall, cpu_after - cpu, faults_after - faults, None, size)


def peak_rss(argv, out, env=None):
    """The command's peak RSS in kB, as GNU time reports it. Not from this
    process's own rusage: Linux counts the memory a child had before its
    exec(), so a child of a large Python process would seem that large."""
    with tempfile.NamedTemporaryFile(mode="r") as report:
        run(["/usr/bin/time", "-q", "-f", "%M", "-o", report.name] + list(argv), out, env)
        return int(report.read().split()[-1])


def interleave(commands, rounds, env=None):
    """@commands: (key, argv, output path or None) triples. Runs each once to warm
    caches up (under GNU time, for its peak RSS), then all of them @rounds
    times in turn; returns {key: [Result, ...]}."""
    rss = {key: peak_rss(argv, out, env) for key, argv, out in commands}
    results = {key: [] for key, _, _ in commands}
    for _ in range(rounds):
        for key, argv, out in commands:
            results[key].append(run(argv, out, env)._replace(rss=rss[key]))
    return results


def versus_matplotlib(dlmath_args, mpl_script, formats, rounds):
    """`dlmath` with @dlmath_args + ["--export", FILE] against
    `python3 @mpl_script FILE`, for each of @formats (file extensions), in
    a fresh folder with matplotlib's Agg backend and config folder of its
    own and no display; returns {format: (dlmath's Results, matplotlib's)}."""
    env = dict(os.environ, MPLBACKEND="Agg", LC_ALL="C.UTF-8")
    env.pop("DISPLAY", None)  # both must work without a display
    with tempfile.TemporaryDirectory(prefix="dlmath-bench-") as outdir:
        env["MPLCONFIGDIR"] = os.path.join(outdir, "mplconfig")
        commands = []
        for fmt in formats:
            ours = os.path.join(outdir, "dlmath." + fmt)
            theirs = os.path.join(outdir, "matplotlib." + fmt)
            commands.append((("dlmath", fmt), list(dlmath_args) + ["--export", ours], ours))
            commands.append((("matplotlib", fmt), ["/usr/bin/python3", mpl_script, theirs], theirs))
        # the warm-up fills the page cache and the font (and GStreamer) caches
        results = interleave(commands, rounds, env)
    return {fmt: (results[("dlmath", fmt)], results[("matplotlib", fmt)]) for fmt in formats}
