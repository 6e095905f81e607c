#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the case tables of tests/data/bad/README.md from the corpus
folders (tests/data/bad/, tests/data/bad_targets/): one row per case with
its expected error or acceptance. Run after adding a case:
    python3 tests/data/list_cases.py > tests/data/bad/README.md
The prose at the top and the notes on acceptances are kept in this script.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

HEAD = """# Bad-input corpus

Every folder is one hostile or unusual input, kept as data in the manner of
jansson's test suites. `input.csv` (or `input.bin`) is the file; `error` is
the exact `line:column: message` the reader must fail with, or `accept` the
exact dump of what it must read (a documented acceptance; format in the
walker's file comment); `options` sets reader options. No case may crash,
hang or leak: the walkers run in the normal suite, under ASan+UBSan and
under valgrind (.ci/sanitize), and the fuzzers (fuzz/) start from these
inputs.

- `tests/data/bad/` — observation files, ei_csv_read_buffer(); walker
  tests/test_csv_corpus.c.
- `tests/data/bad_targets/` — targets, plans, tasks and scorecard files
  (a `reader` file names the reader; targets when absent; errors only);
  walker tests/test_target_corpus.c.
- Inputs too big to commit are built in memory by tests/test_csv_limits.c:
  a single 100 MB line and a 100 MB runaway quote (EI_ERANGE, field longer
  than EI_CSV_FIELD_MAX), a million columns in the header and in a row
  (EI_ERANGE, more than EI_CSV_COLUMNS_MAX columns), and inputs exactly at
  both limits (read).

Regenerate the tables with `python3 tests/data/list_cases.py >
tests/data/bad/README.md`.

## Why the acceptances are right

- `bom`, `crlf`, `lone_cr`, `tab_delimited`, `whitespace_fields`,
  `quoted_newline_in_note`, `semicolon_quoted_thousands`: encodings, line
  ends, delimiters, blanks and quoting that csv.h promises to read.
- `bom_twice`: a repeated UTF-8 BOM is dropped like the first one (it
  used to glue itself to the first column's name, losing that column).
- `negative_zero`: `-0` is -0.0, equal to 0 (number.h).
- `subnormal_and_long_mantissa`: underflow to a subnormal is accepted and a
  long mantissa is correctly rounded (number.h).
- `fullwidth_digits`, `missing_spellings`: full-width digits and the missing
  spellings (—, N/A, …) are in number.h; a missing value with a growth is
  allowed (csv.h).
- `gbk_undeclared`: GBK is detected when the bytes are not UTF-8 (csv.h,
  EI_ENCODING_AUTO).
- `chinese_bound_and_ytd`, `wide_accept`, `lenient_skips`: Chinese
  qualifiers and year-to-date spans, the wide layout, and lenient mode,
  which skips and reports bad rows (csv.h).
- `same_value_two_units`: 948 亿元 and 9480000 万元 are the same figure
  after conversion, so not a conflict (`conflicting_two_units` is).
- `header_only`: a header without rows reads as nothing (a file without
  a header, `empty_file`, `blank_lines_only`, is an error).
- `header_blank_names`: unnamed columns are unknown columns, ignored.
- `unit_not_of_indicator`, `unit_unknown`: the observation reader checks
  only that the units of one series convert into each other (dataset.h:
  `unit_mismatch`); it does not hold a series to its indicator's registry
  unit, whereas the target reader does (bad_targets
  `gdp_level_in_percent`, `level_in_unknown_unit`). Reported as an open question in issue 7's closing note.
"""


def table(root, title):
    out = ["", "## " + title, "", "| case | expected |", "|---|---|"]
    names = sorted(n for n in os.listdir(root)
                   if os.path.isdir(os.path.join(root, n)))
    for n in names:
        d = os.path.join(root, n)
        opts = ""
        for name, prefix in (("options", ""), ("reader", "reader=")):
            if os.path.exists(os.path.join(d, name)):
                with open(os.path.join(d, name), encoding="utf-8") as f:
                    opts = " (" + ", ".join(prefix + l.strip() for l in f
                                            if l.strip()) + ")"
        if os.path.exists(os.path.join(d, "error")):
            with open(os.path.join(d, "error"), encoding="utf-8") as f:
                what = "error `" + f.read().strip() + "`"
        else:
            with open(os.path.join(d, "accept"), encoding="utf-8") as f:
                lines = [l.strip() for l in f if l.strip()]
            what = "accepted: " + (str(len(lines)) + " line(s) of dump"
                                   if lines else "nothing read")
        what = what.replace("|", "\\|")
        out.append("| `%s`%s | %s |" % (n, opts, what))
    out.append("")
    out.append("%d cases." % len(names))
    return out, len(names)


def main():
    a, na = table(os.path.join(HERE, "bad"), "Observation files (tests/data/bad/)")
    b, nb = table(os.path.join(HERE, "bad_targets"),
                  "Target-side files (tests/data/bad_targets/)")
    sys.stdout.write(HEAD + "\n".join(a + b) + "\n\nIn all: %d cases on disk, "
                     "plus 6 built in memory.\n" % (na + nb))


main()
