# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of the Python binding on the bundled Hanyang data and on
hand-worked figures. Run by `meson test` with $ECONIND_LIB set to the
build's libeconind.so and $SRCDIR to the source tree."""
import math
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import econind  # noqa: E402

SRC = os.environ.get("SRCDIR", os.path.join(os.path.dirname(__file__), ".."))
HANYANG = os.path.join(SRC, "datasets", "hanyang")


class HanyangTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ds = econind.Dataset(HANYANG)

    @classmethod
    def tearDownClass(cls):
        cls.ds.close()

    def test_version(self):
        self.assertRegex(econind.library_version(), r"^\d+\.\d+\.\d+$")

    def test_growth_and_caliber_break(self):
        rows = {r["period"]: r for r in self.ds.growth("地区生产总值")}
        self.assertEqual(sorted(rows), ["2017", "2018", "2020"])
        # 2018 work report: 预计 948亿元, 增长7%
        self.assertEqual(rows["2017"]["value"], 948)
        self.assertEqual(rows["2017"]["status"], "estimate")
        self.assertEqual(rows["2017"]["reported"], 7)
        # 699 (final) on the caliber adjusted in 2019: nothing derived
        self.assertEqual(rows["2020"]["value"], 699)
        self.assertEqual(rows["2020"]["status"], "actual")
        self.assertIsNone(rows["2020"]["derived"])
        self.assertEqual(rows["2020"]["derived_reason"], "caliber-break")
        self.assertEqual(rows["2018"]["derived_reason"], "bound")

    def test_levels_missing_with_reason(self):
        levels = {r["period"]: r for r in self.ds.levels("gdp")}
        self.assertIsNone(levels["2019"]["value"])
        self.assertEqual(levels["2019"]["reason"], "missing")

    def test_gaps(self):
        gaps = self.ds.gaps(HANYANG, region="汉阳区")
        rev = [g for g in gaps if g["indicator"] == "地方一般公共预算收入"
               and g["period"] == "2018"]
        self.assertEqual(len(rev), 1)
        # 83.9 (2017, estimate) -> above 100 (2018): (100 / 83.9 - 1) * 100
        self.assertAlmostEqual(rev[0]["actual"], (100 / 83.9 - 1) * 100, 9)
        self.assertAlmostEqual(rev[0]["gap"], (100 / 83.9 - 1) * 100 - 10, 9)
        self.assertEqual(rev[0]["verdict"], "met")
        self.assertTrue(rev[0]["provisional"])  # rests on the 2017 estimate
        gdp = [g for g in gaps if g["indicator"] == "地区生产总值"
               and g["period"] == "2018" and g["kind"] == "level"]
        self.assertEqual(gdp[0]["verdict"], "met")  # 突破千亿: > 1000

    def test_linear_projection(self):
        # 83.9, 100, 131.62 at t = 0, 1, 3: b = 74.1667 / 4.6667 = 15.89286,
        # a = 105.17333 - 15.89286 * 4/3 = 83.98286; 2025 (t = 8): 211.12571
        p = self.ds.project("地方一般公共预算收入", method="linear")
        self.assertEqual(p["method"], "linear")
        self.assertEqual([x["period"] for x in p["points"]],
                         ["2021", "2022", "2023", "2024", "2025"])
        last = p["points"][-1]
        self.assertAlmostEqual(last["value"], 211.125714285714, 9)
        self.assertLess(last["lower"], last["value"])
        self.assertGreater(last["upper"], last["value"])

    def test_refusal_is_an_error(self):
        with self.assertRaises(econind.Error) as cm:
            self.ds.project("地区生产总值", method="holt")
        self.assertIn("caliber break", str(cm.exception))

    def test_unknown_indicator(self):
        with self.assertRaises(KeyError):
            self.ds.growth("no such indicator")


class SteadyGrowthTest(unittest.TestCase):
    """Five levels growing exactly 10% a year."""

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        path = os.path.join(self.dir.name, "observations.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("region,indicator,period,value,unit\n")
            for year, v in zip(range(2016, 2021),
                               (100, 110, 121, 133.1, 146.41)):
                f.write(f"汉阳区,地区生产总值,{year},{v},亿元\n")
        self.ds = econind.Dataset(path)

    def tearDown(self):
        self.ds.close()
        self.dir.cleanup()

    def test_derived_growth(self):
        rows = self.ds.growth("gdp")
        self.assertIsNone(rows[0]["derived"])
        for r in rows[1:]:
            self.assertAlmostEqual(r["derived"], 10, 9)

    def test_constant_growth_and_odds(self):
        # 146.41 x 1.1^5 = 235.7947691
        p = self.ds.project("gdp", method="constant-last",
                            target=("2025", 230))
        self.assertAlmostEqual(p["points"][-1]["value"], 235.7947691, 6)
        self.assertIsNone(p["points"][-1]["lower"])  # no band
        self.assertEqual(p["prob_reach"], 1.0)
        p = self.ds.project("gdp", method="constant-rate", rate=5,
                            horizon=1, target=(2021, 160))
        self.assertAlmostEqual(p["points"][0]["value"], 146.41 * 1.05, 9)
        self.assertEqual(p["prob_reach"], 0.0)

    def test_bad_file(self):
        with self.assertRaises(econind.Error) as cm:
            econind.Dataset(os.path.join(self.dir.name, "none.csv"))
        self.assertIn("none.csv", str(cm.exception))


if __name__ == "__main__":
    unittest.main()
