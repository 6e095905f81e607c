# SPDX-License-Identifier: GPL-3.0-or-later
"""The tutorial's Python program (docs/TUTORIAL.md): the same targets as
gap.c, through the ctypes binding python/econind.py.
Run: PYTHONPATH=python python3 docs/tutorial/gap.py OBSERVATIONS TARGETS"""
import sys

import econind

with econind.Dataset(sys.argv[1]) as ds:
    for g in ds.gaps(sys.argv[2]):
        head = f"{g['indicator']} {g['period']} {g['operator']} {g['target']:g}"
        if g["actual"] is not None:
            note = " (on an estimate)" if g["provisional"] else ""
            print(f"{head}: actual {g['actual']:.2f}, gap {g['gap']:+.2f}, "
                  f"{g['verdict']}{note}")
        elif g["required"] is not None:
            print(f"{head}: needs {g['required']:.2f}% a year for "
                  f"{g['periods_left']} years")
        else:
            print(f"{head}: unknown ({g['reason']})")
    growth = ds.growth("地区生产总值")
    print("growth:", [(r["period"], r["reported"], r["derived"]) for r in growth])
