# SPDX-License-Identifier: GPL-3.0-or-later
"""The benchmark job (bench/README.md) in pandas.

usage: python3 job_pandas.py IN.csv YOY_OUT.csv SERIES_OUT.csv

Series are (region, indicator, frequency); monthly periods look like
2017-03, annual ones like 2017. Year-on-year growth compares a period with
the same period a year earlier (no shifting by rows: rows may be absent).
CAGR runs from the first to the last full year (an annual value, or the sum
of twelve present months). The gap is the last year-on-year growth minus a
5% target, in percentage points.
"""
import sys

import numpy as np
import pandas as pd

TARGET = 5.0


def main(src, yoy_out, series_out):
    df = pd.read_csv(src, usecols=["region", "indicator", "period", "value"],
                     dtype={"region": str, "indicator": str, "period": str,
                            "value": np.float64})
    per = df["period"]
    monthly = per.str.len().to_numpy() == 7
    year = pd.to_numeric(per.str.slice(0, 4)).to_numpy()
    month = np.where(monthly,
                     pd.to_numeric(per.str.slice(5, 7), errors="coerce")
                     .fillna(0).to_numpy(), 0).astype(np.int64)
    df["freq"] = np.where(monthly, "M", "A")
    df["year"] = year
    df["ord"] = np.where(monthly, year * 12 + month - 1, year)
    df.sort_values(["region", "indicator", "freq", "ord"], inplace=True,
                   kind="stable", ignore_index=True)
    sid = df.groupby(["region", "indicator", "freq"], sort=False).ngroup()
    df["sid"] = sid.to_numpy()

    # Year-ago value by looking up (series, ordinal - lag) in an index.
    key = df["sid"].to_numpy(np.int64) * 1_000_000 + df["ord"].to_numpy()
    lag = np.where(df["freq"].to_numpy() == "M", 12, 1)
    pos = pd.Index(key).get_indexer(key - lag)
    v = df["value"].to_numpy()
    ago = np.where(pos >= 0, v[pos], np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        yoy = (v / ago - 1.0) * 100.0
    yoy[~np.isfinite(yoy)] = np.nan
    df["yoy"] = yoy

    out = df.loc[df["yoy"].notna(), ["region", "indicator", "period", "yoy"]]
    out.to_csv(yoy_out, index=False, float_format="%.17g")

    # Annual amounts: annual values, or sums of twelve present months.
    pres = df[df["value"].notna()]
    ann = pres.groupby(["sid", "year"], sort=True)["value"].agg(["sum", "size"])
    fr = df.groupby("sid", sort=True)["freq"].first()
    need = np.where(fr.reindex(ann.index.get_level_values(0)).to_numpy() == "M",
                    12, 1)
    ann = ann[ann["size"].to_numpy() == need].reset_index()
    g = ann.groupby("sid", sort=True)
    first = g.first()
    last = g.last()
    span = (last["year"] - first["year"]).astype(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        cagr = ((last["sum"] / first["sum"]) ** (1.0 / span) - 1.0) * 100.0
    cagr[span <= 0] = np.nan

    ser = df.groupby("sid", sort=True)[["region", "indicator", "freq"]].first()
    withyoy = df[df["yoy"].notna()].groupby("sid", sort=True)
    lastp = withyoy["period"].last()
    lasty = withyoy["yoy"].last()
    ser["first_year"] = first["year"].reindex(ser.index).astype("Int64")
    ser["last_year"] = last["year"].reindex(ser.index).astype("Int64")
    ser["cagr"] = cagr.reindex(ser.index)
    ser.loc[ser["first_year"] == ser["last_year"], ["first_year", "last_year"]] = pd.NA
    ser["last_period"] = lastp.reindex(ser.index)
    ser["yoy_last"] = lasty.reindex(ser.index)
    ser["gap"] = ser["yoy_last"] - TARGET
    ser["freq"] = ser["freq"].map({"M": "monthly", "A": "annual"})
    ser.to_csv(series_out, index=False, float_format="%.17g")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: job_pandas.py IN.csv YOY_OUT.csv SERIES_OUT.csv")
    main(*sys.argv[1:])
