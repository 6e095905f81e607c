# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that two result files of the benchmark job hold the same numbers.

usage: python3 compare.py A.csv B.csv KEYCOLS

KEYCOLS is the number of leading text columns that identify a row (3 for
both outputs: region, indicator, period or freq). The other columns must
match: both empty, equal text, or numbers within 1e-9 relative (an absolute
floor of 1e-9 for values near zero: the gap is yoy - 5, which may be ~0, and
data.table writes 15 significant digits). Columns named <col>_reason
(the reason codes econind's table writer adds after a column with missing
cells) are left out. Rows are matched by key, in any order; files already in
the same order are checked as they stream.
Prints one line; exit status 0 when they match, 1 when not.
Python standard library only.
"""
import csv
import itertools
import math
import sys

REL = 1e-9


def same(a, b):
    if a == b:
        return True
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False
    if math.isnan(x) or math.isnan(y):
        return False
    return abs(x - y) <= REL * max(abs(x), abs(y), 1.0)


def rows(path):
    f = open(path, newline="", encoding="utf-8")
    r = csv.reader(f)
    head = next(r)
    keep = [i for i, h in enumerate(head) if not h.endswith("_reason")]
    if len(keep) == len(head):
        return head, r
    return [head[i] for i in keep], ([row[i] for i in keep] for row in r)


def main(pa, pb, nkey):
    ha, ra = rows(pa)
    hb, rb = rows(pb)
    if ha != hb:
        print(f"DIFFER header {ha} != {hb}")
        return 1
    bad = 0
    n = 0
    pending_a, pending_b = {}, {}
    for a, b in itertools.zip_longest(ra, rb):
        n += 1
        if a is not None and b is not None and a[:nkey] == b[:nkey]:
            pairs = [(a, b)]
        else:  # out of step: match by key
            pairs = []
            for row, mine, other, first in ((a, pending_a, pending_b, True),
                                            (b, pending_b, pending_a, False)):
                if row is None:
                    continue
                k = tuple(row[:nkey])
                if k in other:
                    o = other.pop(k)
                    pairs.append((row, o) if first else (o, row))
                else:
                    mine[k] = row
        for x, y in pairs:
            if len(x) != len(y) or not all(
                    same(u, v) for u, v in zip(x[nkey:], y[nkey:])):
                bad += 1
                if bad <= 5:
                    print(f"  differ: {x} vs {y}")
    missing = len(pending_a) + len(pending_b)
    for k in itertools.islice(itertools.chain(pending_a, pending_b), 5):
        print(f"  only in one file: {k}")
    if bad or missing:
        print(f"DIFFER {pa} vs {pb}: {bad} rows differ, {missing} unmatched"
              f" of {n}")
        return 1
    print(f"same {pa} vs {pb}: {n} rows")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: compare.py A.csv B.csv KEYCOLS")
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
