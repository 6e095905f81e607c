#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end tests of the econind command line on the bundled datasets and
on broken files: exit codes, error locations, the report's content."""
import csv
import io
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ECONIND = sys.argv[1]
SRC = pathlib.Path(os.environ.get("SRCDIR", "."))
DATA = SRC / "datasets"
BROKEN = SRC / "tests" / "cli" / "broken.csv"
failures = []
passed = 0


def run(*args, expect=0):
    p = subprocess.run([ECONIND, *map(str, args)], capture_output=True,
                       text=True, env=dict(os.environ,
                                           ECONIND_DATASETS=str(DATA)))
    if p.returncode != expect:
        raise AssertionError(f"econind {' '.join(map(str, args))}: exit "
                             f"{p.returncode}, expected {expect}\n"
                             f"stdout: {p.stdout[-2000:]}\n"
                             f"stderr: {p.stderr[-2000:]}")
    return p


def check(name):
    def wrap(fn):
        global passed
        try:
            fn()
            passed += 1
            print(f"ok   {name}")
        except AssertionError as e:
            failures.append(name)
            print(f"FAIL {name}: {e}")
        return fn
    return wrap


@check("usage errors exit 2")
def _():
    run(expect=2)
    run("nonsense", expect=2)
    run("show", "--no-such-flag", expect=2)
    run("growth", "--transform", "bogus", expect=2)


@check("--help everywhere exits 0")
def _():
    out = run("--help").stdout
    for cmd in ("show", "validate", "growth", "average", "contrib",
                "aggregate", "compare", "revisions", "project", "backtest",
                "gap", "plan", "scorecard", "tasks", "report"):
        assert cmd in out, cmd
        assert "Usage: econind " + cmd in run(cmd, "--help").stdout


@check("validate names file:line:column and exits 1")
def _():
    p = run("validate", BROKEN, expect=1)
    assert f"{BROKEN}:3:" in p.stderr, p.stderr
    assert f"{BROKEN}:4:" in p.stderr, p.stderr
    line3 = [l for l in p.stderr.splitlines() if f"{BROKEN}:3:" in l][0]
    col = int(line3.split(f"{BROKEN}:3:")[1].split(":")[0])
    assert col == 17, line3  # value field: 16 characters precede it


@check("show on a broken file fails with the location, writes nothing")
def _():
    with tempfile.TemporaryDirectory() as d:
        out = pathlib.Path(d, "out.csv")
        out.write_text("previous\n")
        p = run("show", BROKEN, "--format", "csv", "-o", out, expect=1)
        assert f"{BROKEN}:3:" in p.stderr, p.stderr
        assert out.read_text() == "previous\n", "output was touched"


@check("validate passes the bundled datasets")
def _():
    run("validate", DATA)


@check("show lists the Hanyang headline series with the GDP break")
def _():
    rows = list(csv.DictReader(io.StringIO(
        run("show", "--region", "汉阳区", "--format", "csv").stdout)))
    gdp = [r for r in rows if r["code"] == "gdp"]
    assert len(gdp) == 1, rows
    assert gdp[0]["first"] == "2017", gdp
    assert gdp[0]["breaks"] == "2018|2020", gdp
    codes = {r["code"] for r in rows}
    for c in ("gdp", "fai", "retail", "fiscal_revenue"):
        assert c in codes, (c, codes)


@check("growth gives yoy by calendar period, never across the break")
def _():
    out = run("growth", "--region", "汉阳区", "--indicator", "GDP",
              "--format", "json").stdout
    rows = {r["period"]: r for r in json.loads(out)}
    assert rows["2020"]["pc1"] is None, rows["2020"]
    assert rows["2020"]["pc1_reason"] == "caliber-break", rows["2020"]
    assert rows["2018"]["pc1"] is None  # 2018 is a bound (破千亿)
    assert rows["2017"]["reported"] == 7, rows["2017"]


@check("report shows 2017 and 2020 with statuses, no growth across 2019")
def _():
    out = run("report").stdout
    assert "地区生产总值" in out and "固定资产投资" in out, out[:500]
    assert "社会消费品零售总额" in out and "地方一般公共预算收入" in out
    gdp = out.split("## 地区生产总值")[1].split("## ")[0]
    lines = {l.split("|")[1].strip(): l for l in gdp.splitlines()
             if l.startswith("| 20")}
    assert "estimate" in lines["2017"] and "948" in lines["2017"], lines
    assert "actual" in lines["2020"] and "699" in lines["2020"], lines
    assert "caliber-break" in lines["2020"], lines["2020"]
    assert "Caliber break" in gdp, gdp
    assert "700" in gdp and "699" in gdp  # the revision 700 -> 699


@check("report -o writes the file")
def _():
    with tempfile.TemporaryDirectory() as d:
        out = pathlib.Path(d, "r.md")
        run("report", "-o", out)
        assert "地区生产总值" in out.read_text(encoding="utf-8")


WORKED = SRC / "tests" / "cli" / "worked.csv"


def table(*args):
    return list(csv.DictReader(io.StringIO(
        run(*args, "--format", "csv").stdout)))


@check("contrib: shares and pulls of a hand-worked case")
def _():
    # dX = 110 - 100 = 10; industry 2: +2 (20 %, 2 pp), industry 3: +8
    # (80 %, 8 pp); total growth 10 %. Worked by hand from DOMAIN.md.
    rows = table("contrib", WORKED, "--region", "甲区", "--total", "gdp",
                 "--parts", "第二产业增加值,第三产业增加值", "--period",
                 "2020")
    got = {r["component"]: (float(r["share %"]), float(r["pull pp"]))
           for r in rows}
    assert abs(got["第二产业增加值"][0] - 20) < 1e-9, got
    assert abs(got["第三产业增加值"][1] - 8) < 1e-9, got
    assert abs(got["total"][1] - 10) < 1e-9, got
    assert not any(k.startswith("residual") for k in got), got


@check("average: two-year average is geometric (DOMAIN.md: +16.9% -> 8.1%)")
def _():
    # 2019 -> 2021: 100 -> 128.59 levels; published rates 7 and 16.9:
    # sqrt(1.07 * 1.169) - 1 = 11.84 %; from levels sqrt(1.2859)-1 = 13.40 %
    rows = table("average", WORKED, "--region", "甲区", "--indicator", "gdp",
                 "--from", "2019", "--to", "2021")
    assert abs(float(rows[0]["from rates %"]) - 11.8398) < 1e-3, rows
    assert abs(float(rows[0]["from levels %"]) - 13.3975) < 1e-3, rows


@check("compare: implied deflator (1.10/1.07 - 1 = 2.80 %)")
def _():
    rows = table("compare", WORKED, "--region", "甲区", "--indicator", "gdp")
    r2020 = [r for r in rows if r["period"] == "2020"][0]
    assert abs(float(r2020["derived %"]) - 10) < 1e-9, r2020
    assert abs(float(r2020["deflator %"]) - 2.8037) < 1e-3, r2020


@check("aggregate: an incomplete quarter is missing unless allowed")
def _():
    rows = table("aggregate", WORKED, "--indicator", "社会消费品零售总额",
                 "--to", "quarterly")
    q = {r["period"]: r for r in rows}
    assert float(q["2021Q1"]["value"]) == 33, q
    assert q["2021Q2"]["value_reason"] == "incomplete", q
    rows = table("aggregate", WORKED, "--indicator", "社会消费品零售总额",
                 "--to", "quarterly", "--allow-incomplete")
    assert float({r["period"]: r for r in rows}["2021Q2"]["value"]) == 27


@check("aggregate across regions names the regions missing")
def _():
    rows = table("aggregate", WORKED, "--indicator", "gdp",
                 "--regions-as", "合计")
    y = {r["period"]: r for r in rows}
    assert float(y["2019"]["value"]) == 150, y
    assert "乙区" in y["2020"]["missing regions"], y


@check("revisions: Hanyang GDP 2020 estimate 700 -> final 699")
def _():
    rows = table("revisions", "--region", "汉阳区", "--indicator", "gdp")
    r = [x for x in rows if x["period"] == "2020"][0]
    assert float(r["first"]) == 700 and float(r["latest"]) == 699, r
    assert float(r["change"]) == -1, r


@check("growth: fixed-base index and year-to-date single months")
def _():
    rows = table("growth", WORKED, "--region", "甲区", "--indicator", "gdp",
                 "--transform", "index", "--base", "2019")
    assert abs(float(rows[1]["index"]) - 110) < 1e-9, rows


TREND = SRC / "tests" / "cli" / "trend.csv"


@check("project: constant-last continues 5 % growth; linear continues a line")
def _():
    # levels 100 * 1.05^k for 2013..2020: the last rate is 5 %, so 2025 is
    # 100 * 1.05^12 = 179.5856; FAI 100 + 10 k: the line gives 2025 = 220.
    rows = table("project", TREND, "--indicator", "gdp", "--to", "2025",
                 "--method", "constant-last", "--target", "170")
    last = rows[-1]
    assert last["period"] == "2025", rows
    assert abs(float(last["point"]) - 100 * 1.05 ** 12) < 1e-6, last
    assert float(last["P(reach target)"]) == 1.0, last
    rows = table("project", TREND, "--indicator", "fai", "--to", "2025",
                 "--method", "linear")
    assert abs(float(rows[-1]["point"]) - 220) < 1e-9, rows[-1]


@check("project: simulations are reproducible from the seed")
def _():
    args = ("project", TREND, "--indicator", "gdp", "--to", "2023",
            "--method", "sim-bootstrap", "--paths", "2000", "--seed", "7",
            "--target", "120")
    assert run(*args).stdout == run(*args).stdout


@check("project refuses a too-short segment and says why")
def _():
    p = run("project", "--region", "汉阳区", "--indicator", "gdp", "--to",
            "2025", "--method", "holt", expect=1)
    assert "caliber break" in p.stderr, p.stderr


@check("backtest: constant growth is exact on an exactly growing series")
def _():
    rows = table("backtest", TREND, "--indicator", "gdp", "--horizon", "2")
    pooled = [r for r in rows if r["method"] == "constant-last"
              and r["horizon"] == "0"][0]
    assert float(pooled["MAPE %"]) < 1e-9, pooled
    assert int(pooled["n"]) > 0, pooled


@check("backtest --estimates: 2020 GDP estimate 700 against final 699")
def _():
    rows = table("backtest", "--estimates", "--region", "汉阳区",
                 "--indicator", "gdp")
    r = [x for x in rows if x["period"] == "2020"][0]
    assert float(r["error"]) == 1.0, r


@check("gap: a level and a growth target met, and the pace still required")
def _():
    # 2021 GDP 128.59 against 突破120: gap 8.59, 7.158 %; published growth
    # 16.9 against 10 以上: +6.9 pp; 200 by 2025 from 128.59 in 2021 needs
    # (200/128.59)^(1/4) - 1 = 11.675 % a year (hand-worked).
    rows = table("gap", WORKED, "--targets", SRC / "tests/cli/targets.csv")
    lv, gr, fyp = rows
    assert lv["verdict"] == "met" and abs(float(lv["gap"]) - 8.59) < 1e-9
    assert abs(float(lv["gap %"]) - (128.59 / 120 - 1) * 100) < 1e-9, lv
    assert gr["verdict"] == "met" and abs(float(gr["gap"]) - 6.9) < 1e-9, gr
    assert abs(float(fyp["required %/yr"]) -
               ((200 / 128.59) ** 0.25 - 1) * 100) < 1e-9, fyp


@check("gap: a malformed targets file names file:line:column")
def _():
    bad = SRC / "tests/cli/targets_bad.csv"
    p = run("gap", WORKED, "--targets", bad, expect=1)
    assert f"{bad}:2:" in p.stderr, p.stderr


@check("plan: 74 % of the plan at end-August is +7.33 pp (DOMAIN.md)")
def _():
    r = table("plan", "--actual", "74", "--plan", "100", "--as-of",
              "2023-08")[0]
    assert abs(float(r["ahead pp"]) - (74 - 800 / 12)) < 1e-9, r
    r = table("plan", "--actual", "74", "--plan", "100", "--as-of",
              "2023-08", "--basis", "days")[0]
    assert abs(float(r["time progress %"]) - 243 / 365 * 100) < 1e-9, r


@check("scorecard: Hanyang 13th plan, 33 indicators, 25 met (7 early), 8 hard")
def _():
    rows = {r["group"]: r for r in table("scorecard")}
    a = rows["all"]
    assert (a["total"], a["met in all"], a["met_early"], a["hard"]) == \
        ("33", "25", "7", "8"), a


@check("tasks: statuses as of a date, by lead unit")
def _():
    rows = table("tasks", "--as-of", "2021-11-30", "--summary")
    total = [r for r in rows if r["lead unit"] == "all"][0]
    assert int(total["total"]) == 61, total
    listed = table("tasks", "--as-of", "2020-01-01")
    assert all(r["status"] != "overdue" for r in listed
               if r["deadline"] > "2020-01-01"), listed[:3]
    p = run("tasks", "--as-of", "2021-13-01", expect=2)
    assert "month" in p.stderr, p.stderr


@check("gap --as-of: a target not yet due is 'not yet met', ended ones judged")
def _():
    rows = table("gap", WORKED, "--targets", SRC / "tests/cli/targets.csv",
                 "--as-of", "2021")
    lv, gr, fyp = rows
    assert lv["verdict"] == "met", lv
    assert fyp["verdict"] == "not yet met", fyp
    assert abs(float(fyp["gap"]) - (128.59 - 200)) < 1e-9, fyp


@check("no progress bar when stderr is not a terminal")
def _():
    p = run("show", WORKED)
    assert "[#" not in p.stderr and "%" not in p.stderr, p.stderr


@check("--threads: a large file read in pieces gives what one thread gives")
def _():
    # 10 MB, over the size read in pieces: 500 districts x 6 indicators x
    # 60 months, period by period as bureau dumps come
    inds = ["地区生产总值", "固定资产投资", "社会消费品零售总额",
            "一般公共预算收入", "税收收入", "进出口总额"]
    with tempfile.TemporaryDirectory() as d:
        big = pathlib.Path(d) / "big.csv"
        with open(big, "w", encoding="utf-8", newline="") as f:
            f.write("region,indicator,period,value,unit\n")
            for t in range(60):
                for r in range(500):
                    for i, ind in enumerate(inds):
                        v = 100 + (t * 131 + r * 71 + i * 17) % 997 / 8
                        f.write(f"测试{r:03d}区,{ind},{2020 + t // 12}-"
                                f"{t % 12 + 1:02d},{v:.2f},亿元\n")
        assert big.stat().st_size > 8 << 20
        for cmd in (("show",), ("growth", "--transform", "pc1")):
            one = run(*cmd, big, "--format", "csv", "--threads", "1").stdout
            many = run(*cmd, big, "--format", "csv", "--threads", "4").stdout
            assert one == many, cmd
            assert one.count("\n") > 3000, (cmd, len(one), one[:300])
    run("show", "--threads", "0", expect=2)
    run("show", "--threads", "x", expect=2)


@check("--threads: a large wide file read in pieces gives what one thread "
       "gives")
def _():
    # 9.7 MB: 3,500 districts x 6 indicators, a column per month of
    # 2020-2024
    inds = ["地区生产总值", "固定资产投资", "社会消费品零售总额",
            "一般公共预算收入", "税收收入", "进出口总额"]
    months = [f"{2020 + t // 12}-{t % 12 + 1:02d}" for t in range(60)]
    with tempfile.TemporaryDirectory() as d:
        big = pathlib.Path(d) / "wide.csv"
        with open(big, "w", encoding="utf-8", newline="") as f:
            f.write("region,indicator,unit," + ",".join(months) + "\n")
            for r in range(3500):
                for i, ind in enumerate(inds):
                    cells = [f"{100 + (t * 131 + r * 71 + i * 17) % 997 / 8:.2f}"
                             for t in range(60)]
                    f.write(f"测试{r:04d}区,{ind},亿元," + ",".join(cells)
                            + "\n")
        assert big.stat().st_size > 8 << 20
        # every series, its span and counts: one line each
        one = run("show", big, "--format", "csv", "--threads", "1").stdout
        many = run("show", big, "--format", "csv", "--threads", "4").stdout
        assert one == many
        assert one.count("\n") > 21000, (len(one), one[:300])


print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
