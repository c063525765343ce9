# SPDX-License-Identifier: GPL-3.0-or-later
"""Your own data, whole processes, interleaved rounds, medians.

bench-data.py DLMATH BENCH_DATA ROUNDS

Writes with NumPy a CSV of 10^6 rows (a header, columns id and x) and a
1000 x 1000 float64 .npy, then times, round after round:
  - bench-data (dlm_data_load + count, mean, variance) on the CSV's column x
    and on the .npy, against /usr/bin/python3 with np.loadtxt / np.load and
    the same three numbers;
  - dlmath --topic meanvar --set data=@FILE#col=x --summary on a 1000-row CSV
    (the most a list field takes), against np.loadtxt + mean + var;
  - the CSV's column x again, against pandas.read_csv (Debian's
    python3-pandas) + the same three numbers, where pandas imports.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

dlmath, bench_data, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])

NUMPY_CSV = """
import sys, numpy as np
x = np.loadtxt(sys.argv[1], delimiter=',', skiprows=1, usecols=1)
print(f'n={x.size}\\nmean={x.mean()!r}\\nvar={x.var(ddof=1)!r}')
"""
PANDAS_CSV = """
import sys, pandas as pd
x = pd.read_csv(sys.argv[1], usecols=['x'])['x'].to_numpy()
print(f'n={x.size}\\nmean={x.mean()!r}\\nvar={x.var(ddof=1)!r}')
"""
NUMPY_NPY = """
import sys, numpy as np
x = np.load(sys.argv[1])
print(f'n={x.size}\\nmean={x.mean()!r}\\nvar={x.var(ddof=1)!r}')
"""


def timed(argv):
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def has_pandas():
    return subprocess.run(['/usr/bin/python3', '-c', 'import pandas'],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def write_files(folder):
    rng = np.random.default_rng(42)
    big_csv = os.path.join(folder, 'big.csv')
    small_csv = os.path.join(folder, 'small.csv')
    matrix = os.path.join(folder, 'matrix.npy')
    x = rng.normal(170, 10, 1_000_000)
    np.savetxt(big_csv, np.column_stack([np.arange(x.size), x]), delimiter=',',
               header='id,x', comments='', fmt=['%d', '%.17g'])
    np.savetxt(small_csv, np.column_stack([np.arange(1000), x[:1000]]), delimiter=',',
               header='id,x', comments='', fmt=['%d', '%.17g'])
    np.save(matrix, rng.random((1000, 1000)))
    return big_csv, small_csv, matrix


def main():
    py = '/usr/bin/python3'
    with tempfile.TemporaryDirectory() as folder:
        big_csv, small_csv, matrix = write_files(folder)
        cases = {
            'CSV column, 10^6 values': ([bench_data, big_csv + '#col=x'],
                                        [py, '-c', NUMPY_CSV, big_csv]),
            '.npy float64 1000x1000': ([bench_data, matrix],
                                       [py, '-c', NUMPY_NPY, matrix]),
            'meanvar data=@CSV column of 1000, --summary': (
                [dlmath, '--topic', 'meanvar', '--set', 'data=@' + small_csv + '#col=x', '--summary'],
                [py, '-c', NUMPY_CSV, small_csv]),
        }
        if has_pandas():
            cases['CSV column, 10^6 values, against pandas.read_csv'] = (
                [bench_data, big_csv + '#col=x'], [py, '-c', PANDAS_CSV, big_csv])
        times = {name: ([], []) for name in cases}
        for _ in range(rounds):
            for name, (ours, numpy_argv) in cases.items():
                times[name][0].append(timed(ours))
                times[name][1].append(timed(numpy_argv))
        for name, (ours, theirs) in times.items():
            a, b = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
            other = 'pandas' if 'pandas' in name else 'NumPy'
            print(f'data {name}: dlmath {a:.1f} ms vs {other} {b:.1f} ms: {b / a:.2f}x '
                  f'(medians of {rounds} interleaved rounds)')


main()
