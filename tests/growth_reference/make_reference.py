#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference values for the growth engine, computed independently of the C
code with Python's standard-library decimal module at 30 significant digits.

Input: china_gdp_usd.csv (World Bank NY.GDP.MKTP.CD for China, 1990-2016;
source in that file). The 27 values are laid on three calendars: annual
1990-2016 (the real series), and, only to exercise n = 4 and n = 12, the same
numbers read as quarters from 1990Q1 and as months from 1990-01.

Output: reference.csv with one row per (frame, kind, point): the value to
20 significant digits, or the reason code the library must give instead.
Run: python3 make_reference.py > reference.csv
"""
import csv
import os
import sys
from decimal import Decimal, getcontext

getcontext().prec = 30
HERE = os.path.dirname(os.path.abspath(__file__))
HUNDRED = Decimal(100)


def read_values():
    with open(os.path.join(HERE, "china_gdp_usd.csv"), encoding="utf-8") as f:
        rows = [line for line in f if not line.startswith("#")]
    return [Decimal(r["value"]) for r in csv.DictReader(rows)]


def label(freq, i):
    if freq == 1:
        return str(1990 + i)
    if freq == 4:
        return "%dQ%d" % (1990 + i // 4, i % 4 + 1)
    return "%d-%02d" % (1990 + i // 12, i % 12 + 1)


def fred(kind, x, i, n):
    """FRED units formulas (fred.stlouisfed.org 'units' help)."""
    if kind == "log":
        return x[i].ln()
    j = i - n if kind in ("ch1", "pc1") else i - 1
    if j < 0:
        return "out-of-range"
    x0, x1 = x[j], x[i]
    if kind in ("chg", "ch1"):
        return x1 - x0
    if kind in ("pch", "pc1"):
        return (x1 / x0 - 1) * HUNDRED
    if kind == "pca":
        return ((x1 / x0) ** n - 1) * HUNDRED
    if kind == "cch":
        return (x1.ln() - x0.ln()) * HUNDRED
    if kind == "cca":
        return (x1.ln() - x0.ln()) * HUNDRED * n
    raise ValueError(kind)


def fmt(v):
    return v if isinstance(v, str) else format(v, ".20E")


def main():
    x = read_values()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["frame", "kind", "index", "period", "value"])
    for freq in (1, 4, 12):
        for kind in ("chg", "ch1", "pch", "pc1", "pca", "cch", "cca", "log"):
            for i in range(len(x)):
                out.writerow([freq, kind, i, label(freq, i),
                              fmt(fred(kind, x, i, freq))])
    # Annual only: CAGR from 1990 to each later year, the geometric mean of
    # the annual rates over the same years (equal to it), the two-year
    # average of consecutive rates, and the fixed-base index 2000 = 100.
    rates = [None] + [(x[i] / x[i - 1] - 1) * HUNDRED for i in range(1, len(x))]
    for i in range(1, len(x)):
        cagr = ((x[i] / x[0]) ** (Decimal(1) / Decimal(i)) - 1) * HUNDRED
        out.writerow([1, "cagr", i, label(1, i), fmt(cagr)])
        prod = Decimal(1)
        for g in rates[1:i + 1]:
            prod *= 1 + g / HUNDRED
        avg = (prod ** (Decimal(1) / Decimal(i)) - 1) * HUNDRED
        out.writerow([1, "avg_rates", i, label(1, i), fmt(avg)])
        if i >= 2:
            two = (((1 + rates[i - 1] / HUNDRED) * (1 + rates[i] / HUNDRED))
                   .sqrt() - 1) * HUNDRED
            out.writerow([1, "two_year", i, label(1, i), fmt(two)])
    for i in range(len(x)):
        out.writerow([1, "index2000", i, label(1, i),
                      fmt(x[i] / x[10] * HUNDRED)])


if __name__ == "__main__":
    main()
