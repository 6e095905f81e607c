/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What it takes: required paces and reduction progress, each against a
 * hand-worked or published figure. */
#include "target_fixture.h"

/* DOMAIN.md / Hanyang 14th plan (seed 003): GDP 699 亿元 in 2020, target
 * 1100 亿元 by 2025: (1100/699)^(1/5) - 1 = 9.49% a year. */
static void level_pace_hanyang(void **state)
{
    (void)state;
    double r;
    assert_int_equal(ei_required_growth(&r, 1100, 699, 5, NULL), EI_OK);
    assert_close(r, 9.4922, 1e-4);
    assert_true(fabs(r - 9.49) < 0.005);
}

static void level_pace_domain(void **state)
{
    (void)state;
    double r = 0;
    ei_error e;
    assert_int_equal(ei_required_growth(&r, 1100, 0, 5, &e), EI_EINVAL);
    assert_true(isnan(r));
    assert_int_equal(ei_required_growth(&r, 1100, 699, 0, NULL), EI_EINVAL);
    assert_int_equal(ei_required_growth(&r, -1, 699, 5, NULL), EI_EINVAL);
    assert_int_equal(ei_required_growth(&r, NAN, 699, 5, NULL), EI_EINVAL);
}

/* Hand-worked: target +8% for the year; last year 100 in all, 60 in
 * Jan-Aug; this year 63 in Jan-Aug (+5%). The year needs 108, so Sep-Dec
 * must bring 45 against last year's 40: r = 45/40 - 1 = 12.5%. */
static void rest_of_year(void **state)
{
    (void)state;
    double r;
    assert_int_equal(ei_required_rest_of_year(&r, 8, 100, 60, 63, NULL),
                     EI_OK);
    assert_close(r, 12.5, 1e-12);
    /* on pace already: A_done = 1.08 * 60 needs exactly 8% more */
    assert_int_equal(ei_required_rest_of_year(&r, 8, 100, 60, 64.8, NULL),
                     EI_OK);
    assert_close(r, 8, 1e-12);
    /* the whole of last year elapsed: nothing left to grow */
    assert_int_equal(ei_required_rest_of_year(&r, 8, 100, 100, 63, NULL),
                     EI_EINVAL);
    assert_true(isnan(r));
}

/* Hand-worked: 年均增长7.5% over five years, 6% and 7% in the first two:
 * (1.075^5 / (1.06 * 1.07))^(1/3) - 1 = (1.435629 / 1.1342)^(1/3) - 1
 * = 8.1727% in each of the three years left. */
static void avg_pace(void **state)
{
    (void)state;
    double done[] = {6, 7};
    double r;
    assert_int_equal(ei_required_avg_pace(&r, 7.5, 5, done, 2, NULL), EI_OK);
    assert_close(r, 8.17267, 1e-5);
    /* nothing done: the target rate itself */
    assert_int_equal(ei_required_avg_pace(&r, 7.5, 5, NULL, 0, NULL), EI_OK);
    assert_close(r, 7.5, 1e-12);
    assert_int_equal(ei_required_avg_pace(&r, 7.5, 2, done, 2, NULL),
                     EI_EINVAL);
}

/* DOMAIN.md, the official energy-saving assessment (log) method: target
 * -17% over five years, -10% so far: ln(0.90)/ln(0.83) = -0.1053605 /
 * -0.1863296 = 0.56545 → 56.5% (the simple ratio 10/17 would say 58.8%).
 * The years left (two) need ((0.83/0.90)^(1/2) - 1) = -3.968% each. */
static void reduction_log_method(void **state)
{
    (void)state;
    double p, r;
    assert_int_equal(ei_reduction_progress(&p, -17, -10, NULL), EI_OK);
    assert_close(p, 56.545, 1e-4);
    assert_true(fabs(p - 10.0 / 17 * 100) > 2);
    assert_int_equal(ei_reduction_required_pace(&r, -17, -10, 2, NULL),
                     EI_OK);
    assert_close(r, -3.96760, 1e-5);
    /* done exactly: 100% and nothing more to cut */
    assert_int_equal(ei_reduction_progress(&p, -17, -17, NULL), EI_OK);
    assert_close(p, 100, 1e-12);
    assert_int_equal(ei_reduction_progress(&p, 0, -10, NULL), EI_EINVAL);
    assert_int_equal(ei_reduction_required_pace(&r, -17, -10, 0, NULL),
                     EI_EINVAL);
}

/* From data: GDP 699 in 2020 (seed 003) and the 14th plan's 1100 by 2025:
 * 9.49% a year, 699/1100 = 63.55% of the way. With 850 in 2022 the three
 * years left need (1100/850)^(1/3) - 1 = 1.294118^(1/3) - 1 = 8.9744%. */
static void requirement_level(void **state)
{
    (void)state;
    ei_dataset *ds = fx_dataset();
    fx_point p[] = {FX(699)};
    fx_series(ds, "汉阳区", "地区生产总值", "亿元", 2020, p, 1);
    fx_point q[] = {FX(699), FX(780), FX(850)};
    fx_series(ds, "江岸区", "地区生产总值", "亿元", 2020, q, 3);
    ei_target t = fx_target("地区生产总值", 2021, 2025, EI_TARGET_LEVEL,
                            EI_OP_GT, 1100, "亿元");
    ei_requirement r;
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_int_equal(r.reason, EI_REASON_NONE);
    assert_int_equal(r.latest.year, 2020);
    assert_int_equal(r.periods_left, 5);
    assert_close(r.required, 9.4922, 1e-4);
    assert_close(r.progress, 63.5455, 1e-5);
    assert_false(r.met);
    t.region = "江岸区";
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_int_equal(r.latest.year, 2022);
    assert_int_equal(r.periods_left, 3);
    assert_close(r.required, 8.97443, 1e-5);
    /* the target period itself has data: nothing left to require */
    t.region = "汉阳区";
    t.span.first = t.span.last = ei_period_year(2020);
    t.value = 690;
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_int_equal(r.periods_left, 0);
    assert_true(r.met);
    assert_int_equal(r.reason, EI_REASON_OUT_OF_RANGE);
    assert_true(isnan(r.required));
    t = fx_target("地区生产总值", 2021, 2025, EI_TARGET_LEVEL, EI_OP_GT, 1100,
                  "亿元");
    t.region = "武昌区"; /* no data */
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_int_equal(r.reason, EI_REASON_MISSING);
    assert_true(isnan(r.required));
    ei_dataset_free(ds);
}

/* 年均增长7.5% over 2021-2025 with 6% and 7% reported for 2021-2022: the
 * three years left need 8.1727% (hand-worked in avg_pace above). */
static void requirement_avg(void **state)
{
    (void)state;
    ei_dataset *ds = fx_dataset();
    fx_point p[] = {FX(699), FXG(NAN, 6), FXG(NAN, 7)};
    fx_series(ds, "汉阳区", "地区生产总值", "亿元", 2020, p, 3);
    ei_target t = fx_target("地区生产总值", 2021, 2025,
                            EI_TARGET_AVG_GROWTH, EI_OP_GE, 7.5, "%");
    ei_requirement r;
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_int_equal(r.reason, EI_REASON_NONE);
    assert_int_equal(r.latest.year, 2022);
    assert_int_equal(r.periods_left, 3);
    assert_close(r.latest_value, (sqrt(1.06 * 1.07) - 1) * 100, 1e-12);
    assert_close(r.required, 8.17267, 1e-5);
    ei_dataset_free(ds);
}

/* Energy intensity -17% over 2016-2020, index 1.00 (2015) → 0.90 (2018):
 * -10% so far, 56.5% of the way by the log method, and -3.968% a year in
 * 2019-2020 (hand-worked in reduction_log_method above). */
static void requirement_reduction(void **state)
{
    (void)state;
    ei_dataset *ds = fx_dataset();
    fx_point p[] = {FX(1), FX(0.97), FX(0.935), FX(0.90)};
    fx_series(ds, "汉阳区", "单位GDP能耗", "吨标准煤/万元", 2015, p, 4);
    ei_target t = fx_target("单位GDP能耗", 2016, 2020, EI_TARGET_REDUCTION,
                            EI_OP_GE, 17, "%");
    ei_requirement r;
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_int_equal(r.reason, EI_REASON_NONE);
    assert_int_equal(r.latest.year, 2018);
    assert_close(r.latest_value, -10, 1e-9);
    assert_close(r.progress, 56.545, 1e-4);
    assert_int_equal(r.periods_left, 2);
    assert_close(r.required, -3.96760, 1e-5);
    ei_dataset_free(ds);
}

/* A monthly YTD series of indicator in 汉阳区 at current prices: 2022
 * Jan-Aug 60, full year 100; 2023 Jan-Aug 63; other months missing. */
static void ytd_series(ei_dataset *ds, const char *indicator)
{
    ei_series_meta meta = {"汉阳区", indicator, "亿元", EI_FREQ_MONTHLY,
                           EI_MEASURE_YTD, EI_BASIS_CURRENT};
    ei_series *s = NULL;
    assert_int_equal(ei_series_new(&s, &meta, ei_period_month(2022, 1), 20,
                                   NULL),
                     EI_OK);
    for (size_t i = 0; i < 20; i++)
        assert_int_equal(ei_series_set(s, i, NAN, EI_REASON_MISSING), EI_OK);
    assert_int_equal(ei_series_set(s, 7, 60, EI_REASON_NONE), EI_OK);
    assert_int_equal(ei_series_set(s, 11, 100, EI_REASON_NONE), EI_OK);
    assert_int_equal(ei_series_set(s, 19, 63, EI_REASON_NONE), EI_OK);
    assert_int_equal(ei_dataset_add_series(ds, s, NULL), EI_OK);
}

/* The rest of the year from a monthly YTD series (the hand-worked case of
 * rest_of_year above): 2022 Jan-Aug 60, full year 100; 2023 Jan-Aug 63;
 * target +8% → Sep-Dec must grow 12.5%; YTD growth so far 5%. */
static void requirement_rest_of_year(void **state)
{
    (void)state;
    ei_dataset *ds = fx_dataset();
    ytd_series(ds, "固定资产投资");
    ei_target t = fx_target("固定资产投资", 2023, 2023, EI_TARGET_GROWTH,
                            EI_OP_GE, 8, "%");
    ei_requirement r;
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_int_equal(r.reason, EI_REASON_NONE);
    assert_int_equal(r.latest.sub, 8);
    assert_int_equal(r.periods_left, 4);
    assert_close(r.latest_value, 5, 1e-12);
    assert_close(r.required, 12.5, 1e-12);
    ei_dataset_free(ds);
}

/* Kinds a yearly pace means nothing for. Hanyang 2018: 创建老年宜居社区26个
 * (a count of new communities that year) with 16 the year before: read as
 * a level the pace would be 26/16 - 1 = 62.5% "a year", which says nothing
 * (next year's count does not grow out of this one): a count gives no pace
 * and reason no-target, but still the latest actual 16 (2017), progress
 * 16/26 = 61.54% and not met. The same figures as a level (a stock) do
 * give 62.5%, and as a floor too. A level in percent (a rate) gives no
 * pace. */
static void requirement_count(void **state)
{
    (void)state;
    ei_dataset *ds = fx_dataset();
    fx_point p[] = {FX(16)};
    fx_series(ds, "汉阳区", "创建老年宜居社区", "个", 2017, p, 1);
    ei_target t = fx_target("创建老年宜居社区", 2018, 2018, EI_TARGET_COUNT,
                            EI_OP_GE, 26, "个");
    ei_requirement r;
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_int_equal(r.reason, EI_REASON_NO_TARGET);
    assert_true(isnan(r.required));
    assert_int_equal(r.latest.year, 2017);
    assert_close(r.latest_value, 16, 1e-12);
    assert_close(r.progress, 61.5385, 1e-5);
    assert_false(r.met);
    t.kind = EI_TARGET_LEVEL;
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_int_equal(r.reason, EI_REASON_NONE);
    assert_close(r.required, 62.5, 1e-12);
    t.kind = EI_TARGET_FLOOR;
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_close(r.required, 62.5, 1e-12);
    /* 公办园在园幼儿占比 written as a level of 50%, 40% in 2017 */
    fx_point q[] = {FX(40)};
    fx_series(ds, "汉阳区", "公办园在园幼儿占比", "%", 2017, q, 1);
    t = fx_target("公办园在园幼儿占比", 2018, 2018, EI_TARGET_LEVEL,
                  EI_OP_GE, 50, "%");
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_int_equal(r.reason, EI_REASON_NO_TARGET);
    assert_true(isnan(r.required));
    assert_close(r.latest_value, 40, 1e-12);
    ei_dataset_free(ds);
}

/* `met` follows the gap verdict's rule (operator, tolerance, direction):
 * 年均增长7.5%左右 with 7.2 and 7.3 reported for 2021-2022, CAGR
 * sqrt(1.072*1.073) - 1 = 7.2500% is within the 0.5 pp tolerance of a
 * higher-is-better target: met, as ei_gap_evaluate_at() says for 2022;
 * against "7.5以上" it is not. */
static void requirement_met_as_gap(void **state)
{
    (void)state;
    ei_dataset *ds = fx_dataset();
    fx_point p[] = {FX(699), FXG(NAN, 7.2), FXG(NAN, 7.3)};
    fx_series(ds, "汉阳区", "地区生产总值", "亿元", 2020, p, 3);
    ei_target t = fx_target("地区生产总值", 2021, 2025,
                            EI_TARGET_AVG_GROWTH, EI_OP_ABOUT, 7.5, "%");
    ei_requirement r;
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_close(r.latest_value, 7.24998, 1e-5);
    assert_true(r.met);
    ei_gap g;
    assert_int_equal(ei_gap_evaluate_at(&g, &t, ds, ei_period_year(2022),
                                        NULL, NULL),
                     EI_OK);
    assert_int_equal(g.verdict, EI_VERDICT_MET);
    t.op = EI_OP_GE;
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_false(r.met);
    ei_dataset_free(ds);
}

/* Price basis (DOMAIN.md): GDP growth targets are real, GDP levels are
 * at current prices. 年均增长7.5% over 2021-2025 with only the levels 699
 * (2020) and 790 (2022): the CAGR so far sqrt(790/699) - 1 = 6.3102% is
 * nominal, so no real pace follows from it: reason price-basis, the CAGR
 * still shown. The rest-of-year case of requirement_rest_of_year with
 * GDP's YTD levels (60 / 100 in 2022, 63 in Jan-Aug 2023) gives a nominal
 * YTD growth of 5%: shown, no required pace. */
static void requirement_price_basis(void **state)
{
    (void)state;
    ei_dataset *ds = fx_dataset();
    fx_point p[] = {FX(699), FX(NAN), FX(790)};
    fx_series(ds, "汉阳区", "地区生产总值", "亿元", 2020, p, 3);
    ei_target t = fx_target("地区生产总值", 2021, 2025,
                            EI_TARGET_AVG_GROWTH, EI_OP_GE, 7.5, "%");
    ei_requirement r;
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_int_equal(r.reason, EI_REASON_PRICE_BASIS);
    assert_int_equal(r.latest.year, 2022);
    assert_close(r.latest_value, 6.31021, 1e-5);
    assert_true(isnan(r.required));
    assert_false(r.met);

    ytd_series(ds, "地区生产总值");
    t = fx_target("地区生产总值", 2023, 2023, EI_TARGET_GROWTH, EI_OP_GE, 8,
                  "%");
    assert_int_equal(ei_target_requirement(&r, &t, ds, NULL, NULL), EI_OK);
    assert_int_equal(r.reason, EI_REASON_PRICE_BASIS);
    assert_close(r.latest_value, 5, 1e-12);
    assert_true(isnan(r.required));
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(level_pace_hanyang),
        cmocka_unit_test(level_pace_domain),
        cmocka_unit_test(rest_of_year),
        cmocka_unit_test(avg_pace),
        cmocka_unit_test(reduction_log_method),
        cmocka_unit_test(requirement_level),
        cmocka_unit_test(requirement_avg),
        cmocka_unit_test(requirement_reduction),
        cmocka_unit_test(requirement_rest_of_year),
        cmocka_unit_test(requirement_price_basis),
        cmocka_unit_test(requirement_count),
        cmocka_unit_test(requirement_met_as_gap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
