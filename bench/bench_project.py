#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The job of bench_project.c in numpy: D districts x 12 indicators, each a
10-year annual series projected 5 years with P bootstrap paths of its own
growth rates; per period the median and the 2.5% / 97.5% quantiles.

    bench_project.py [districts=3000] [processes=2] [paths=10000]

The histories follow the same recipe as the C bench (level 50-550, growth
N(3% + 0.5% * indicator, 2%)) from numpy's generator, so the numbers are
alike but not identical; the checksum is printed for the record only."""
import resource
import sys
import time
from multiprocessing import Pool

import numpy as np

INDICATORS, YEARS, HORIZON = 12, 10, 5


def project(k, paths):
    rng = np.random.default_rng(k + 1)
    x0 = 50.0 + 500.0 * rng.random()
    mean = 0.03 + 0.005 * (k % INDICATORS)
    steps = 1.0 + mean + rng.normal(0.0, 0.02, YEARS - 1)
    levels = x0 * np.concatenate(([1.0], np.cumprod(steps)))
    growth = levels[1:] / levels[:-1] - 1.0
    draws = rng.choice(growth, size=(paths, HORIZON))
    sims = levels[-1] * np.cumprod(1.0 + draws, axis=1)
    q = np.quantile(sims, [0.025, 0.5, 0.975], axis=0)
    return q[1, -1]


def chunk(args):
    first, step, count, paths = args
    return [(k, project(k, paths)) for k in range(first, count, step)]


def main():
    districts = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    procs = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    paths = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    n = districts * INDICATORS
    t0 = time.monotonic()
    jobs = [(p, procs, n, paths) for p in range(procs)]
    if procs == 1:
        parts = [chunk(jobs[0])]
    else:
        with Pool(procs) as pool:
            parts = pool.map(chunk, jobs)
    medians = dict(kv for part in parts for kv in part)
    secs = time.monotonic() - t0
    checksum = sum(medians[k] for k in range(n))
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    print(f"bench_project.py: numpy {np.__version__}, {n} series "
          f"({districts} districts x {INDICATORS} indicators), {HORIZON} "
          f"years ahead, {paths} paths, {procs} processes")
    print(f"time {secs:.3f} s, {n / secs:.1f} series/s, cpu {cpu:.3f} s, "
          f"peak RSS {own.ru_maxrss} KiB (largest child "
          f"{kids.ru_maxrss} KiB), checksum {checksum:.6f}")


if __name__ == "__main__":
    main()
