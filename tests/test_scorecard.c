/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Five-year plan scorecards: the reader, summaries, and classification of
 * targets from data. */
#include "target_fixture.h"

#include <string.h>

/* The Hanyang 13th plan review (seed 003): "提出各类指标共计33 项 … 8 项
 * 指标(经济发展类指标5 项、创新驱动类指标2项、民生福祉类指标1 项)难以完成,
 * 其它25 项指标均已完成,其中7 项指标提前完成" — given as counts only. */
static const char review[] =
    "规划,指标,类别,状态,数量\n"
    "十三五,,经济发展,难以完成,5\n"
    "十三五,,创新驱动,难以完成,2\n"
    "十三五,,民生福祉,难以完成,1\n"
    "十三五,,,提前完成,7\n"
    "十三五,,,完成,18\n";

static void hanyang_13th_plan(void **state)
{
    (void)state;
    ei_scorecard *sc = NULL;
    ei_error e;
    assert_int_equal(ei_scorecard_read_buffer(&sc, "scorecard.csv", review,
                                              strlen(review), NULL, &e),
                     EI_OK);
    assert_int_equal(ei_scorecard_count(sc), 5);
    ei_score_summary s;
    ei_scorecard_summary(&s, sc, NULL);
    assert_int_equal(s.total, 33);
    assert_int_equal(s.met_total, 25);
    assert_int_equal(s.by_score[EI_SCORE_MET_EARLY], 7);
    assert_int_equal(s.by_score[EI_SCORE_HARD], 8);
    assert_int_equal(ei_scorecard_group_count(sc), 4);
    assert_string_equal(ei_scorecard_group_at(sc, 0), "经济发展");
    assert_string_equal(ei_scorecard_group_at(sc, 3), "");
    ei_scorecard_summary(&s, sc, "经济发展");
    assert_int_equal(s.total, 5);
    assert_int_equal(s.by_score[EI_SCORE_HARD], 5);
    ei_scorecard_summary(&s, sc, "创新驱动");
    assert_int_equal(s.by_score[EI_SCORE_HARD], 2);
    ei_scorecard_free(sc);
}

static void names_and_errors(void **state)
{
    (void)state;
    ei_score s;
    assert_int_equal(ei_score_parse(&s, "序时推进", strlen("序时推进")),
                     EI_OK);
    assert_int_equal(s, EI_SCORE_ON_TRACK);
    assert_int_equal(ei_score_parse(&s, "behind", 6), EI_OK);
    assert_int_equal(s, EI_SCORE_BEHIND);
    assert_int_equal(ei_score_parse(&s, "great", 5), EI_EPARSE);
    for (int i = 0; i < EI_SCORE_COUNT_; i++) {
        const char *n = ei_score_name((ei_score)i);
        assert_int_equal(ei_score_parse(&s, n, strlen(n)), EI_OK);
        assert_int_equal(s, i);
    }
    /* an unknown status: line 2, column "十三五,GDP,经济发展," = 4+4+5+1 */
    static const char bad[] = "规划,指标,类别,状态\n"
                              "十三五,GDP,经济发展,大概完成\n";
    ei_scorecard *sc = (ei_scorecard *)1;
    ei_error e;
    assert_int_equal(ei_scorecard_read_buffer(&sc, "s.csv", bad, strlen(bad),
                                              NULL, &e),
                     EI_EPARSE);
    assert_null(sc);
    assert_int_equal(e.line, 2);
    assert_int_equal(e.column, 14);
    static const char zero[] = "状态,数量\n完成,0\n";
    assert_int_equal(ei_scorecard_read_buffer(&sc, "s.csv", zero,
                                              strlen(zero), NULL, &e),
                     EI_EPARSE);
    assert_int_equal(e.column, 4);
}

/* Classification from data, plan 2016-2020 (hand-worked per case):
 * - level >= 1000 by 2020, reached in 2018 (1000 破千亿 above) and 2020:
 *   met early;
 * - level >= 1000 reached only in 2020: met;
 * - level >= 1200, 2020 at 1050: hard to complete;
 * - avg_growth >= 7.5 over 2016-2020, data to 2018 at 8% a year: the
 *   remaining two years need (1.075^5/1.08^3)^(1/2) - 1 = 6.75%: on track;
 * - the same target with 5% a year so far needs (1.075^5/1.05^3)^(1/2)-1
 *   = 11.36% > 1.5 * 7.5 = 11.25: hard; with 6% a year so far it needs
 *   9.79%, above 7.5 but within 11.25: behind. */
static void from_data(void **state)
{
    (void)state;
    ei_dataset *ds = fx_dataset();
    fx_point a[] = {FX(900), FX(950),
                    {1000, NAN, EI_STATUS_ACTUAL, EI_BOUND_ABOVE}, FX(990),
                    FX(1050)};
    fx_series(ds, "A区", "地区生产总值", "亿元", 2016, a, 5);
    fx_point b[] = {FX(900), FX(950), FX(980), FX(990), FX(1050)};
    fx_series(ds, "B区", "地区生产总值", "亿元", 2016, b, 5);
    fx_point c8[] = {FX(100), FXG(NAN, 8), FXG(NAN, 8), FXG(NAN, 8)};
    fx_series(ds, "C区", "地区生产总值", "亿元", 2015, c8, 4);
    fx_point c5[] = {FX(100), FXG(NAN, 5), FXG(NAN, 5), FXG(NAN, 5)};
    fx_series(ds, "D区", "地区生产总值", "亿元", 2015, c5, 4);
    fx_point c6[] = {FX(100), FXG(NAN, 6), FXG(NAN, 6), FXG(NAN, 6)};
    fx_series(ds, "E区", "地区生产总值", "亿元", 2015, c6, 4);

    ei_target lv = fx_target("地区生产总值", 2016, 2020, EI_TARGET_LEVEL,
                             EI_OP_GE, 1000, "亿元");
    ei_score s;
    lv.region = "A区";
    assert_int_equal(ei_score_target(&s, &lv, ds, NAN, NULL), EI_OK);
    assert_int_equal(s, EI_SCORE_MET_EARLY);
    lv.region = "B区";
    assert_int_equal(ei_score_target(&s, &lv, ds, NAN, NULL), EI_OK);
    assert_int_equal(s, EI_SCORE_MET);
    lv.value = 1200;
    assert_int_equal(ei_score_target(&s, &lv, ds, NAN, NULL), EI_OK);
    assert_int_equal(s, EI_SCORE_HARD);

    /* A 2021 target (a year after the data end) that 2020's figure already
     * reaches is not "met early": last year's new jobs do not count for
     * this year's target. It is not judged until 2021's figure is in. */
    ei_target next = fx_target("地区生产总值", 2021, 2021, EI_TARGET_LEVEL,
                               EI_OP_GE, 1000, "亿元");
    next.region = "B区";
    assert_int_equal(ei_score_target(&s, &next, ds, NAN, NULL), EI_OK);
    assert_int_equal(s, EI_SCORE_UNKNOWN);

    ei_target avg = fx_target("地区生产总值", 2016, 2020,
                              EI_TARGET_AVG_GROWTH, EI_OP_GE, 7.5, "%");
    avg.region = "C区";
    assert_int_equal(ei_score_target(&s, &avg, ds, NAN, NULL), EI_OK);
    assert_int_equal(s, EI_SCORE_ON_TRACK);
    avg.region = "D区";
    assert_int_equal(ei_score_target(&s, &avg, ds, NAN, NULL), EI_OK);
    assert_int_equal(s, EI_SCORE_HARD);
    avg.region = "E区";
    assert_int_equal(ei_score_target(&s, &avg, ds, NAN, NULL), EI_OK);
    assert_int_equal(s, EI_SCORE_BEHIND);
    avg.region = "F区"; /* no data */
    assert_int_equal(ei_score_target(&s, &avg, ds, NAN, NULL), EI_OK);
    assert_int_equal(s, EI_SCORE_UNKNOWN);

    /* the whole set as a scorecard, grouped by the registry ("economy") */
    ei_targets *set = NULL;
    assert_int_equal(ei_targets_new(&set, NULL), EI_OK);
    lv.region = "A区";
    lv.value = 1000;
    assert_int_equal(ei_targets_add(set, &lv, NULL, NULL), EI_OK);
    avg.region = "C区";
    assert_int_equal(ei_targets_add(set, &avg, NULL, NULL), EI_OK);
    ei_target annual = fx_target("地区生产总值", 2018, 2018,
                                 EI_TARGET_GROWTH, EI_OP_GE, 7, "%");
    assert_int_equal(ei_targets_add(set, &annual, NULL, NULL), EI_OK);
    ei_scorecard *sc = NULL;
    assert_int_equal(ei_scorecard_from_targets(&sc, set, ds, "十三五", NAN,
                                               NULL),
                     EI_OK);
    assert_int_equal(ei_scorecard_count(sc), 2); /* the annual one is out */
    ei_score_summary sum;
    ei_scorecard_summary(&sum, sc, "economy");
    assert_int_equal(sum.total, 2);
    assert_int_equal(sum.by_score[EI_SCORE_MET_EARLY], 1);
    assert_int_equal(sum.by_score[EI_SCORE_ON_TRACK], 1);
    assert_string_equal(ei_scorecard_at(sc, 0)->plan, "十三五");
    ei_scorecard_free(sc);
    ei_targets_free(set);
    ei_dataset_free(ds);
}

/* A count over the 14th plan, 新建小学9所 (2021-2025), with the schools
 * built so far by year: 4 by 2022 is not yet 9 and a count has no yearly
 * pace to judge (required.h): unknown; against 4 it is met early. */
static void count_before_end(void **state)
{
    (void)state;
    ei_dataset *ds = NULL;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    ei_series_meta meta = {"汉阳区", "新建小学", "所", EI_FREQ_ANNUAL,
                           EI_MEASURE_LEVEL, EI_BASIS_UNKNOWN};
    ei_series *s = NULL;
    assert_int_equal(ei_series_new(&s, &meta, ei_period_year(2021), 2, NULL),
                     EI_OK);
    assert_int_equal(ei_series_set(s, 0, 2, EI_REASON_NONE), EI_OK);
    assert_int_equal(ei_series_set(s, 1, 4, EI_REASON_NONE), EI_OK);
    assert_int_equal(ei_dataset_add_series(ds, s, NULL), EI_OK);
    ei_target t = ei_target_init();
    t.region = "汉阳区";
    t.indicator = "新建小学";
    t.span.first = ei_period_year(2021);
    t.span.last = ei_period_year(2025);
    t.kind = EI_TARGET_COUNT;
    t.op = EI_OP_GE;
    t.value = 9;
    t.unit = "所";
    ei_score sc;
    assert_int_equal(ei_score_target(&sc, &t, ds, NAN, NULL), EI_OK);
    assert_int_equal(sc, EI_SCORE_UNKNOWN);
    t.value = 4;
    assert_int_equal(ei_score_target(&sc, &t, ds, NAN, NULL), EI_OK);
    assert_int_equal(sc, EI_SCORE_MET_EARLY);
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hanyang_13th_plan),
        cmocka_unit_test(names_and_errors),
        cmocka_unit_test(from_data),
        cmocka_unit_test(count_before_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
