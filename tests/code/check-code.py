#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The code behind the figure, checked against the app.

For one topic: every value of the parameter that selects its views, the
same again with another --seed where the summary depends on the seed, and
the parameter sets of EXTRA. Each case exports FILE.py, runs it in this
Python in a fresh namespace, and compares what it prints with
`dlmath --summary` for the same arguments:

  * the same keys in the same order; a key the script leaves out only when
    the script says so in a line "# not reproduced: KEY reason";
  * integers and strings exactly, other numbers to a relative 1e-12
    (equal when both are 0, the same infinity or nan).

It exports FILE.ipynb too: the notebook must validate as nbformat 4, open
with the title, formula and explanation in Markdown, hold the script as its
code cell, and run top to bottom in one namespace (matplotlib's Agg
backend), the code cell printing the same lines, the figure cell drawing.
Where nbclient and ipykernel are installed, the first case's notebook also
runs in a real Jupyter kernel, its figure inline.

Usage: check-code.py --dlmath PATH --topic ID
       check-code.py --dlmath PATH --topics ID,ID,...   (the list meson runs
                                                         must be dlmath's)
Exit 0: passed; 1: failed; 77: skipped (a topic of NO_CODE_YET, which
dlmath must still refuse to export).
"""

import argparse
import contextlib
import io
import math
import os
import re
import subprocess
import sys
import tempfile
import traceback

import matplotlib

# the figure cells draw off screen here; Jupyter's kernel (check_kernel)
# keeps its own inline backend
matplotlib.use("Agg")
os.environ.pop("MPLBACKEND", None)
# ipykernel's debugger would warn on every start about frozen modules
os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"

# Topics whose write_code is not written yet. The list can only shrink: a
# topic here that exports code fails its test, so take it out when its
# code lands.
NO_CODE_YET = [
]

# The parameter that selects a topic's views (DlmTopicClass.slides_param),
# where it is not "view".
VIEW_PARAM = {
    "dot": "mode",
    "encoding": "scheme",
    "seeding": "convention",
}

# A few parameter sets besides each view's defaults, each a list of
# KEY=VALUE for --set.
EXTRA = {
    "complex": [
        ["view=spectral", "rank=12"],
        ["view=lorenz", "rho=20", "t-end=10"],
        ["view=life", "pattern=glider", "generations=20"],
    ],
    "datatypes": [
        ["view=dtypes", "dtype=float32"],
        ["view=kinds", "values=[1, 'cat', False]"],
        ["view=grayscale", "zoom=2"],
    ],
    "encoding": [
        ["scheme=dummy", "values=yes, no, yes", "categories="],
        ["scheme=label", "values=Kids, Kids, Scifi"],
    ],
    "transpose": [
        ["view=rules", "matrix=1 2; 2 1"],
        ["view=vector", "matrix=1 2 3", "scalar=-1"],
    ],
    "dot": [
        ["mode=vector", "v=1, 2, 3", "w=4, 5, 6", "step=2"],
        ["mode=matrix", "a=1 2; 3 4", "b=5 6; 7 8"],
        ["mode=geometry", "p=1, 0", "q=0, 1"],
        ["mode=convolution", "signal=1, 2, 3, 4", "kernel=1, 1"],
    ],
    "matmul": [
        ["view=steps", "a=1 2 3; 4 5 6", "b=1; 2; 3", "step=2"],
        ["view=steps", "a=1 2; 3 4", "b=1 0; 0 1", "transpose-a=true"],
        ["view=random", "rows=4", "inner=2", "cols=5"],
    ],
    "softmax": [
        ["view=stability", "logits=1000, 1001, 1002"],
        ["view=bars", "logits=5, 4, 2", "labels=cat, dog, horse", "temperature=0.5"],
        ["view=bars", "logits=3, 3, 1e-300, -1e300"],
        ["view=classifier", "temperature=10"],
        ["view=stability", "logits=300, 301", "temperature=0.25", "labels=a"],
    ],
    "explog": [
        ["view=curves", "base=2", "xmin=-5", "xmax=5"],
        ["view=precision", "p=0.5", "n=2000"],
        ["view=stretch", "base=10"],
    ],
    "entropy": [
        ["view=binary", "p=0.1", "base=e"],
        ["view=distribution", "dist=1, 0, 0"],
        ["view=cross", "q=0.1, 0.9", "truth=1", "base=10"],
    ],
    "argmax": [
        ["view=values", "values=3, 1, 3, -2, -2", "index-base=1", "labels=a, b"],
        ["view=classifier", "index-base=1"],
        ["view=classifier", "values=0.5, 0.25, 0.25", "labels=cat, dog, horse, cow"],
        ["view=function", "index-base=1"],
    ],
    "meanvar": [
        ["view=dots", "data=2, 3, 4, 3, 4, 4", "ddof=0"],
        ["view=dots", "data=1, 2, 3, 3, 2, 1", "compare=101, 102, 103, 103, 102, 101"],
        ["view=squares", "data=1, 2, 2, 9"],
    ],
    "sampling": [
        ["view=distribution", "distribution=coin", "n=10", "repeats=200"],
        ["view=lln", "distribution=exponential", "draws=1000", "biased=true"],
        ["view=lln", "distribution=bimodal", "runs=0"],
        ["view=lln", "distribution=normal", "biased=true", "noise=2.5", "draws=3000"],
        ["view=lln", "distribution=bimodal", "biased=true", "noise=1", "runs=3"],
        ["view=distribution", "distribution=normal", "n=30", "repeats=500"],
        ["view=distribution", "distribution=bimodal", "biased=true", "noise=4", "n=7", "repeats=300"],
        ["view=distribution", "distribution=normal", "natural=false", "noise=3", "n=5", "repeats=200"],
    ],
    "seeding": [
        ["convention=torch", "distribution=integers", "low=0", "high=100", "count=5"],
        ["convention=python", "count=3"],
        ["convention=numpy", "distribution=integers", "low=-5", "high=5", "count=20"],
        ["convention=numpy", "distribution=normal", "count=7"],
        ["convention=default_rng", "count=4"],
        ["convention=gsl", "distribution=normal", "count=6"],
    ],
}

OTHER_SEED = "2026"
REL_TOL = 1e-12
# "# not reproduced: KEY" and a reason after it
NOT_REPRODUCED = re.compile(r"^[ \t]*# not reproduced: (\S+)[ \t]+\S", re.MULTILINE)
INTEGER = re.compile(r"^[+-]?[0-9]+$")


def torch_imports():
    """Whether the scripts' PyTorch lines run here (python3-torch is a
    test-only extra: without it they are skipped, and so are the keys
    only PyTorch gives, torch_*)."""
    try:
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


TORCH = torch_imports()


class Dlmath:
    def __init__(self, path):
        self.path = path
        self.summaries = {}

    def run(self, args, check=True):
        result = subprocess.run([self.path] + args, capture_output=True, text=True)
        if check and result.returncode != 0:
            raise CaseError(f"dlmath {' '.join(args)} exited {result.returncode}: "
                            f"{result.stderr.strip()}")
        return result

    def summary(self, topic, args, check=True):
        """dlmath --summary, run once for each set of arguments."""
        key = (topic, tuple(args))
        if key not in self.summaries:
            self.summaries[key] = self.run(["--topic", topic] + args + ["--summary"], check)
        return self.summaries[key]

    def title(self, topic):
        for line in self.run(["--list-topics"]).stdout.splitlines():
            fields = line.split("\t")
            if fields[0] == topic:
                return fields[1]
        raise CaseError(f"{topic} is not in dlmath --list-topics")

    def views(self, topic):
        """The values of the parameter that selects the topic's views."""
        name = VIEW_PARAM.get(topic, "view")
        for line in self.run(["--topic", topic, "--list-params"]).stdout.splitlines():
            fields = line.split("\t")
            if fields[0] == name:
                if fields[1] != "choice":
                    raise CaseError(f"{topic}: parameter {name} is a {fields[1]}, not a choice")
                return fields[3].split("|")
        raise CaseError(f"{topic}: no parameter {name} in --list-params (see VIEW_PARAM)")


class CaseError(Exception):
    pass


def parse_lines(text, what):
    pairs = []
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if not sep:
            raise CaseError(f"{what} printed a line that is not key=value: {line!r}")
        pairs.append((key, value))
    return pairs


def same_number(a, b):
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False
    if math.isnan(x) or math.isnan(y):
        return math.isnan(x) and math.isnan(y)
    if x == y:
        return True
    if math.isinf(x) or math.isinf(y):
        return False
    return abs(x - y) <= REL_TOL * max(abs(x), abs(y))


def same_value(expected, got):
    """Integers and strings exactly, other numbers to REL_TOL. A number
    --summary prints as an integer because the app's double came out whole
    (a sum of probabilities: 1) may come out a bit off in NumPy, whose
    exp() rounds differently in the last bit: printed as a fraction, it is
    compared as one."""
    if INTEGER.match(expected) and INTEGER.match(got):
        return expected == got
    try:
        float(expected)
    except ValueError:
        return expected == got
    return same_number(expected, got)


def compare(summary, printed, source):
    """The problems of printed against summary, a list of strings."""
    expected = parse_lines(summary, "--summary")
    got = parse_lines(printed, "the script")
    excused = set(NOT_REPRODUCED.findall(source))
    got_keys = {key for key, _ in got}
    if not TORCH:
        excused |= {key for key, _ in expected if key.startswith("torch_") and key not in got_keys}
    problems = []

    for key in excused:
        if key in got_keys:
            problems.append(f"{key}: printed, yet the script says it is not reproduced")
    wanted = [(k, v) for k, v in expected if k not in excused or k in got_keys]
    if [k for k, _ in wanted] != [k for k, _ in got]:
        problems.append(f"keys differ:\n    --summary: {[k for k, _ in wanted]}\n"
                        f"    script:    {[k for k, _ in got]}")
        return problems
    for (key, want), (_, have) in zip(wanted, got):
        if not same_value(want, have):
            problems.append(f"{key}: --summary {want}, script {have}")
    return problems


def run_source(source, namespace, name):
    """Runs Python source in namespace; returns what it printed."""
    out = io.StringIO()
    err = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            exec(compile(source, name, "exec"), namespace)
    except Exception:
        raise CaseError(f"{name} raised:\n{traceback.format_exc(limit=-3)}"
                        f"its output:\n{out.getvalue()}{err.getvalue()}")
    return out.getvalue()


def fresh_namespace():
    return {"__name__": "__main__", "__builtins__": __builtins__}


def check_script(dlmath, topic, args, workdir, title):
    path = os.path.join(workdir, f"{topic}.py")
    dlmath.run(["--topic", topic] + args + ["--export", path])
    with open(path, encoding="utf-8") as f:
        source = f.read()
    summary = dlmath.summary(topic, args).stdout
    namespace = fresh_namespace()
    printed = run_source(source, namespace, path)
    problems = compare(summary, printed, source)
    return problems + check_notebook(dlmath, topic, args, workdir, source, title, namespace)


PANGO_TAG = re.compile(r"<(?!/?su[bp]>)[^>]*>")


def check_markdown(cell, title):
    problems = []
    first = cell.source.split("\n", 1)[0]
    if first.replace("\\", "") != "# " + title:
        problems.append(f"the Markdown cell begins {first!r}, not the title # {title}")
    if PANGO_TAG.search(cell.source):
        problems.append(f"the Markdown cell keeps markup: {PANGO_TAG.search(cell.source)[0]}")
    if len(cell.source.split("\n\n")) < 3:
        problems.append("the Markdown cell lacks the formula or the explanation")
    return problems


def check_figure(source, namespace, name):
    """The plot cell begins with its import, ends with plt.show() and draws."""
    problems = []
    lines = source.strip().splitlines()
    if lines[0] != "import matplotlib.pyplot as plt" or lines[-1] != "plt.show()":
        problems.append("the figure cell does not begin with the matplotlib import "
                        "and end with plt.show()")
    run_source(source, namespace, name)
    plt = namespace["plt"]
    figures = [plt.figure(n) for n in plt.get_fignums()]
    if not any(ax.has_data() for fig in figures for ax in fig.axes):
        problems.append("the figure cell draws nothing")
    plt.close("all")
    return problems


def check_notebook(dlmath, topic, args, workdir, script, title, namespace):
    """The notebook validates, its code cell is the script (run in
    namespace already), and its figure cell runs after it and draws."""
    import nbformat
    path = os.path.join(workdir, f"{topic}.ipynb")
    dlmath.run(["--topic", topic] + args + ["--export", path])
    nb = nbformat.read(path, as_version=4)
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as e:
        return [f"the notebook is not valid nbformat 4: {e.message}"]
    kinds = [cell.cell_type for cell in nb.cells]
    if kinds not in (["markdown", "code"], ["markdown", "code", "code"]):
        return [f"the notebook's cells are {kinds}, not markdown, code[, code]"]
    problems = check_markdown(nb.cells[0], title)
    if nb.cells[1].source != script.rstrip("\n"):
        problems.append("the notebook's code cell is not the exported script")
    if len(nb.cells) == 3:
        problems += check_figure(nb.cells[2].source, namespace, path + " (figure)")
    return problems


def kernel_client():
    """nbclient's NotebookClient class, or None without nbclient or
    ipykernel (a machine without them skips the kernel check)."""
    try:
        import ipykernel  # noqa: F401
        from nbclient import NotebookClient
    except ImportError:
        return None
    return NotebookClient


def check_kernel(dlmath, topic, args, workdir):
    """The notebook as Jupyter runs it: in a python3 kernel with its
    inline figures, top to bottom, without an error; the code cell prints
    --summary's lines and the figure cell shows an image."""
    import nbformat
    client = kernel_client()
    path = os.path.join(workdir, f"{topic}-kernel.ipynb")
    dlmath.run(["--topic", topic] + args + ["--export", path])
    nb = nbformat.read(path, as_version=4)
    try:
        client(nb, timeout=120, kernel_name="python3", allow_errors=False).execute()
    except Exception as e:
        return [f"Jupyter could not run the notebook: {type(e).__name__}: {e}"]
    code, figure = nb.cells[1], nb.cells[2] if len(nb.cells) == 3 else None
    printed = "".join(o.text for o in code.outputs
                      if o.output_type == "stream" and o.name == "stdout")
    problems = ["kernel: " + p for p in
                compare(dlmath.summary(topic, args).stdout, printed, code.source)]
    if figure is not None and not any("image/png" in o.get("data", {}) for o in figure.outputs):
        problems.append("kernel: the figure cell shows no image")
    return problems


def set_args(sets):
    args = []
    for s in sets:
        args += ["--set", s]
    return args


def cases(dlmath, topic):
    """(name, args) of every case of the topic."""
    param = VIEW_PARAM.get(topic, "view")
    for view in dlmath.views(topic):
        args = set_args([f"{param}={view}"])
        summary = dlmath.summary(topic, args, check=False)
        if summary.returncode != 0:
            # a view that refuses the defaults (dummy coding of three
            # categories) is tested with the parameters EXTRA gives it
            if not any(f"{param}={view}" in sets for sets in EXTRA.get(topic, [])):
                raise CaseError(f"{topic} refuses {param}={view} with the defaults and "
                                f"EXTRA has no parameters for it: {summary.stderr.strip()}")
            continue
        yield f"{param}={view}", args
        seeded = args + ["--seed", OTHER_SEED]
        if summary.stdout != dlmath.summary(topic, seeded).stdout:
            yield f"{param}={view} --seed {OTHER_SEED}", seeded
    for sets in EXTRA.get(topic, []):
        yield " ".join(sets), set_args(sets)


def check_refused(dlmath, topic, workdir):
    for ext in ("py", "ipynb"):
        path = os.path.join(workdir, f"{topic}.{ext}")
        result = dlmath.run(["--topic", topic, "--export", path], check=False)
        if result.returncode == 0:
            print(f"FAIL {topic} exports code now: take it out of NO_CODE_YET in {__file__}")
            return 1
        if result.returncode != 2 or os.path.exists(path):
            print(f"FAIL {topic}: --export FILE.{ext} without code should exit 2 and write "
                  f"nothing; exit {result.returncode}: {result.stderr.strip()}")
            return 1
    print(f"SKIP {topic}: no code yet (refused with exit 2, as it should be)")
    return 77


def report(topic, name, problems):
    print(f"{'FAIL' if problems else 'ok  '} {topic} {name}")
    for p in problems:
        print("     " + p.replace("\n", "\n     "))
    return bool(problems)


def check_topic(dlmath, topic):
    failures = 0
    count = 0
    with tempfile.TemporaryDirectory(prefix="dlmath-code-") as workdir:
        if topic in NO_CODE_YET:
            return check_refused(dlmath, topic, workdir)
        title = dlmath.title(topic)
        for name, args in cases(dlmath, topic):
            count += 1
            try:
                problems = check_script(dlmath, topic, args, workdir, title)
            except CaseError as e:
                problems = [str(e)]
            failures += report(topic, name, problems)
        if kernel_client() is None:
            print(f"skip {topic} in Jupyter: no nbclient or ipykernel")
        else:
            count += 1
            name, args = next(cases(dlmath, topic))
            failures += report(topic, f"{name} in Jupyter", check_kernel(dlmath, topic, args, workdir))
    print(f"{topic}: {count - failures} of {count} cases match --summary")
    return 1 if failures or count == 0 else 0


def check_topic_list(dlmath, listed):
    """meson runs one test per topic: its list must be dlmath's."""
    ids = [line.split("\t")[0] for line in
           dlmath.run(["--list-topics"]).stdout.splitlines()]
    print("no code yet: " + (", ".join(NO_CODE_YET) if NO_CODE_YET else "(none)"))
    status = 0
    if sorted(ids) != sorted(listed):
        print(f"FAIL tests/code/meson.build lists {sorted(listed)}, "
              f"dlmath --list-topics {sorted(ids)}")
        status = 1
    usage = " ".join(dlmath.run(["--help"]).stdout.split())
    if "--export" not in usage or ".py " not in usage or ".ipynb " not in usage:
        print("FAIL dlmath --help does not say that --export writes .py and .ipynb")
        status = 1
    for topic in NO_CODE_YET + list(EXTRA) + list(VIEW_PARAM):
        if topic not in ids:
            print(f"FAIL {topic} is in a table of {__file__} but not a topic")
            status = 1
    return status


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dlmath", required=True)
    parser.add_argument("--topic")
    parser.add_argument("--topics")
    options = parser.parse_args()
    dlmath = Dlmath(options.dlmath)
    try:
        if options.topics is not None:
            return check_topic_list(dlmath, options.topics.split(","))
        return check_topic(dlmath, options.topic)
    except CaseError as e:
        print(f"FAIL {e}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
