/* SPDX-License-Identifier: GPL-3.0-or-later */
/* FRED units transformations over series, by calendar period. */
#include "growth_fixture.h"

static ei_series *apply(const ei_series *s, ei_transform t)
{
    ei_series *r = NULL;

    assert_int_equal(ei_series_transform(&r, s, t, NULL, NULL), EI_OK);
    assert_non_null(r);
    assert_int_equal(ei_series_len(r), ei_series_len(s));
    return r;
}

/* Quarterly 100 -> 101. FRED's formulas (fred.stlouisfed.org, "units"):
 * pca = ((101/100)^4 - 1)*100 = 4.060401; cca = ln(1.01)*100*4 = 3.98013;
 * cch = ln(1.01)*100 = 0.995033; pch = 1; chg = 1. */
static void test_quarterly_100_to_101(void **state)
{
    const double v[] = {100, 101};
    ei_series *s = fx_levels(ei_period_quarter(2020, 1), v, 2), *r;
    (void)state;

    r = apply(s, EI_TRANSFORM_PCA);
    assert_point(r, 1, 4.060401, 1e-12);
    assert_missing(r, 0, EI_REASON_OUT_OF_RANGE);
    assert_string_equal(ei_series_unit(r).name, "%");
    assert_int_equal(ei_series_measure(r), EI_MEASURE_RATE);
    ei_series_free(r);
    r = apply(s, EI_TRANSFORM_CCA);
    assert_point(r, 1, 400 * log(1.01), 1e-12);
    assert_close(ei_series_value_at(r, 1), 3.9801, 1e-4);
    ei_series_free(r);
    r = apply(s, EI_TRANSFORM_CCH);
    assert_point(r, 1, 0.995033, 1e-6);
    ei_series_free(r);
    r = apply(s, EI_TRANSFORM_PCH);
    assert_point(r, 1, 1.0, 1e-12);
    ei_series_free(r);
    r = apply(s, EI_TRANSFORM_CHG);
    assert_point(r, 1, 1.0, 1e-12);
    assert_string_equal(ei_series_unit(r).name, "亿元");
    ei_series_free(r);
    r = apply(s, EI_TRANSFORM_LOG);
    assert_point(r, 0, log(100), 1e-15);
    assert_string_equal(ei_series_unit(r).name, "");
    ei_series_free(r);
    r = apply(s, EI_TRANSFORM_LIN);
    assert_point(r, 1, 101, 1e-15);
    ei_series_free(r);
    ei_series_free(s);
}

/* 同比 by period: the quarter a year ago, 4 rows back here, and the first
 * year lies outside the series. Hand-worked: 2020Q1 110 against 2019Q1
 * 100 is +10 %; ch1 +10. */
static void test_year_ago_by_period(void **state)
{
    const double v[] = {100, 200, 300, 400, 110, 190, NAN, 440};
    ei_series *s = fx_levels(ei_period_quarter(2019, 1), v, 8), *r;
    (void)state;

    r = apply(s, EI_TRANSFORM_PC1);
    for (size_t i = 0; i < 4; i++)
        assert_missing(r, i, EI_REASON_OUT_OF_RANGE);
    assert_point(r, 4, 10.0, 1e-12);
    assert_point(r, 5, -5.0, 1e-12);
    assert_missing(r, 6, EI_REASON_MISSING_OPERAND);
    assert_point(r, 7, 10.0, 1e-12);
    ei_series_free(r);
    r = apply(s, EI_TRANSFORM_CH1);
    assert_point(r, 4, 10.0, 1e-12);
    assert_point(r, 7, 40.0, 1e-12);
    ei_series_free(r);
    /* 环比 after a missing quarter: missing too, never forward filled. */
    r = apply(s, EI_TRANSFORM_PCH);
    assert_missing(r, 6, EI_REASON_MISSING_OPERAND);
    assert_missing(r, 7, EI_REASON_MISSING_OPERAND);
    assert_point(r, 4, (110.0 / 400 - 1) * 100, 1e-12);
    ei_series_free(r);
    ei_series_free(s);
}

/* Monthly 同比 uses month - 12: 2021-03 against 2020-03. */
static void test_monthly_year_ago(void **state)
{
    double v[15];
    ei_series *s, *r;
    (void)state;

    for (size_t i = 0; i < 15; i++)
        v[i] = 100 + (double)i;
    s = fx_levels(ei_period_month(2020, 1), v, 15);
    r = apply(s, EI_TRANSFORM_PC1);
    assert_missing(r, 11, EI_REASON_OUT_OF_RANGE);
    assert_point(r, 14, (114.0 / 102 - 1) * 100, 1e-12);
    ei_series_free(r);
    r = apply(s, EI_TRANSFORM_PCA);
    assert_point(r, 1, (pow(101.0 / 100, 12) - 1) * 100, 1e-12);
    ei_series_free(r);
    ei_series_free(s);
}

/* Zero and negative bases, logs of x <= 0: no number, a reason, never inf
 * nor a sign-flipped rate (pandas gives inf and -300 % here). */
static void test_bases_and_domain(void **state)
{
    const double v[] = {0, 5, -10, 20, 0};
    ei_series *s = fx_levels(ei_period_year(2016), v, 5), *r;
    (void)state;

    r = apply(s, EI_TRANSFORM_PCH);
    assert_missing(r, 1, EI_REASON_ZERO_BASE);
    assert_point(r, 2, -300.0, 1e-12); /* 5 -> -10 is a real -300 % */
    assert_missing(r, 3, EI_REASON_NEGATIVE_BASE);
    assert_point(r, 4, -100.0, 1e-12);
    ei_series_free(r);
    r = apply(s, EI_TRANSFORM_PCA);
    assert_missing(r, 2, EI_REASON_DOMAIN); /* ratio -2 */
    ei_series_free(r);
    r = apply(s, EI_TRANSFORM_CCH);
    assert_missing(r, 1, EI_REASON_DOMAIN);
    assert_missing(r, 3, EI_REASON_DOMAIN);
    assert_missing(r, 4, EI_REASON_DOMAIN);
    ei_series_free(r);
    r = apply(s, EI_TRANSFORM_LOG);
    assert_missing(r, 0, EI_REASON_DOMAIN);
    assert_point(r, 1, log(5), 1e-15);
    assert_missing(r, 2, EI_REASON_DOMAIN);
    ei_series_free(r);
    r = apply(s, EI_TRANSFORM_CHG);
    assert_point(r, 3, 30.0, 1e-12);
    ei_series_free(r);
    ei_series_free(s);
}

/* An overflowing annualised rate is not inf. */
static void test_no_inf(void **state)
{
    const double v[] = {1e-300, 1e300};
    ei_series *s = fx_levels(ei_period_month(2020, 1), v, 2), *r;
    (void)state;

    r = apply(s, EI_TRANSFORM_PCA);
    assert_missing(r, 1, EI_REASON_DOMAIN);
    ei_series_free(r);
    ei_series_free(s);
}

/* Hanyang GDP: a caliber break between 2018 and 2019 (湖北中烟 and 共建区
 * firms removed, 14th five-year plan); 2019 has no figure. The growth of
 * 2020 against 2019 and of 2019 against 2018 are BREAK / MISSING; BREAK
 * wins over the missing 2019 operand for 2019 against 2018. */
static void test_break_precedence(void **state)
{
    const double v[] = {948, 1000, NAN, 699};
    ei_series *s = fx_levels(ei_period_year(2017), v, 4), *r;
    ei_break b = {ei_period_year(2018), ei_period_year(2019)};
    (void)state;

    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    r = apply(s, EI_TRANSFORM_PC1);
    assert_point(r, 1, (1000.0 / 948 - 1) * 100, 1e-12);
    assert_missing(r, 2, EI_REASON_BREAK);
    assert_missing(r, 3, EI_REASON_MISSING_OPERAND);
    assert_int_equal(ei_series_break_count(r), 1);
    ei_series_free(r);
    ei_series_free(s);
}

/* 突破千亿 (2018: over 1000) is a bound, not a figure. */
static void test_bounds(void **state)
{
    const double v[] = {948, 1000};
    ei_series *s = fx_levels(ei_period_year(2017), v, 2), *r = NULL;
    ei_growth_options o = EI_GROWTH_OPTIONS_INIT;
    (void)state;

    fx_growth(s, 1, NAN, EI_BOUND_ABOVE);
    r = apply(s, EI_TRANSFORM_PC1);
    assert_missing(r, 1, EI_REASON_BOUND);
    ei_series_free(r);
    o.allow_bounds = true;
    assert_int_equal(ei_series_transform(&r, s, EI_TRANSFORM_PC1, &o, NULL),
                     EI_OK);
    assert_point(r, 1, (1000.0 / 948 - 1) * 100, 1e-12);
    ei_series_free(r);
    ei_series_free(s);
}

/* A change of a rate is in percentage points. */
static void test_rate_units(void **state)
{
    const double v[] = {5.0, 5.5};
    ei_series *s = fx_series(ei_period_year(2020), v, 2, "%",
                             EI_MEASURE_RATE), *r;
    (void)state;

    r = apply(s, EI_TRANSFORM_CHG);
    assert_string_equal(ei_series_unit(r).name, "个百分点");
    assert_point(r, 1, 0.5, 1e-12);
    ei_series_free(r);
    ei_series_free(s);
}

static void test_errors(void **state)
{
    const double v[] = {1, 2, 3};
    ei_series *s = fx_series(ei_period_month(2020, 1), v, 3, "亿元",
                             EI_MEASURE_YTD), *r = (ei_series *)1;
    ei_growth_options bad = EI_GROWTH_OPTIONS_INIT;
    ei_error err;
    (void)state;

    assert_int_equal(ei_series_transform(&r, s, EI_TRANSFORM_PCH, NULL, &err),
                     EI_EINVAL);
    assert_null(r);
    assert_non_null(strstr(err.text, "ei_ytd_to_single"));
    assert_int_equal(ei_series_transform(&r, s, EI_TRANSFORM_PC1, NULL, NULL),
                     EI_OK);
    ei_series_free(r);
    assert_int_equal(ei_series_transform(&r, NULL, EI_TRANSFORM_PC1, NULL,
                                         NULL), EI_EINVAL);
    assert_int_equal(ei_series_transform(&r, s, EI_TRANSFORM_COUNT_, NULL,
                                         NULL), EI_EINVAL);
    bad.version = 99;
    assert_int_equal(ei_series_transform(&r, s, EI_TRANSFORM_LIN, &bad, NULL),
                     EI_EINVAL);
    ei_series_free(s);
}

/* Scalar and between-periods forms. Hanyang retail 2017 568 -> 2020
 * 470.67 亿元 (seeds): -17.135 % over three years (by hand). */
static void test_growth_between(void **state)
{
    const double v[] = {568, NAN, NAN, 470.67};
    ei_series *s = fx_levels(ei_period_year(2017), v, 4);
    ei_break b = {ei_period_year(2018), ei_period_year(2019)};
    ei_result r;
    (void)state;

    r = ei_growth_rate(568, 470.67);
    assert_int_equal(r.reason, EI_REASON_NONE);
    assert_close(r.value, (470.67 / 568 - 1) * 100, 1e-13);
    assert_int_equal(ei_growth_rate(0, 1).reason, EI_REASON_ZERO_BASE);
    assert_int_equal(ei_growth_rate(-1, 1).reason, EI_REASON_NEGATIVE_BASE);
    assert_int_equal(ei_growth_rate(NAN, 1).reason,
                     EI_REASON_MISSING_OPERAND);
    assert_int_equal(ei_series_growth_between(&r, s, ei_period_year(2017),
                                              ei_period_year(2020), NULL,
                                              NULL),
                     EI_OK);
    assert_close(r.value, -17.135563380281690, 1e-12);
    assert_int_equal(ei_series_growth_between(&r, s, ei_period_year(2018),
                                              ei_period_year(2020), NULL,
                                              NULL),
                     EI_OK);
    assert_int_equal(r.reason, EI_REASON_MISSING_OPERAND);
    assert_int_equal(ei_series_growth_between(&r, s, ei_period_year(2016),
                                              ei_period_year(2020), NULL,
                                              NULL),
                     EI_OK);
    assert_int_equal(r.reason, EI_REASON_OUT_OF_RANGE);
    assert_int_equal(ei_series_growth_between(&r, s, ei_period_month(2017, 1),
                                              ei_period_year(2020), NULL,
                                              NULL),
                     EI_OK);
    assert_int_equal(r.reason, EI_REASON_FREQ_MISMATCH);
    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    assert_int_equal(ei_series_growth_between(&r, s, ei_period_year(2017),
                                              ei_period_year(2020), NULL,
                                              NULL),
                     EI_OK);
    assert_int_equal(r.reason, EI_REASON_BREAK);
    assert_true(isnan(r.value));
    ei_series_free(s);
}

/* The year-ago point is found by index (12 back for months): a series
 * starting in July. Hand-worked: 2020-07 130 against 2019-07 100 is +30 %,
 * 2020-08 99 against 2019-08 110 is -10 %; 2020-06 has no 2019-06. */
static void test_year_ago_mid_year_start(void **state)
{
    double v[14];
    ei_series *s, *r;
    (void)state;

    for (size_t i = 0; i < 14; i++)
        v[i] = 100 + 10 * (double)i;
    v[12] = 130;
    v[13] = 99;
    s = fx_levels(ei_period_month(2019, 7), v, 14);
    r = apply(s, EI_TRANSFORM_PC1);
    assert_missing(r, 11, EI_REASON_OUT_OF_RANGE); /* 2020-06 */
    assert_point(r, 12, 30.0, 1e-12);
    assert_point(r, 13, -10.0, 1e-12);
    ei_series_free(r);
    ei_series_free(s);
}

/* A series from year EI_YEAR_MIN: its first year has no year before. A
 * break recorded before the series' first point still stops the growth
 * of a point whose operand lies across it: with a break 2001/2002, 2002
 * against 2001 is BREAK (not OUT_OF_RANGE), 2003 against 2002 is +10 %. */
static void test_edges_of_range(void **state)
{
    const double v[] = {100, 110, 121};
    ei_series *s = fx_levels(ei_period_year(EI_YEAR_MIN), v, 3), *r;
    ei_break b = {ei_period_year(2001), ei_period_year(2002)};
    (void)state;

    r = apply(s, EI_TRANSFORM_PC1);
    assert_missing(r, 0, EI_REASON_OUT_OF_RANGE);
    assert_point(r, 1, 10.0, 1e-12);
    ei_series_free(r);
    ei_series_free(s);

    s = fx_levels(ei_period_year(2002), v, 3);
    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    r = apply(s, EI_TRANSFORM_PCH);
    assert_missing(r, 0, EI_REASON_BREAK); /* 2001 is across the break */
    assert_point(r, 1, 10.0, 1e-12);
    assert_point(r, 2, 10.0, 1e-12);
    ei_series_free(r);
    ei_series_free(s);
}

/* The index arithmetic of ei_series_transform() against the look-up by
 * period of ei_series_growth_between(): year-on-year (pc1) and period on
 * period (pch) growth of every point of random series, bounds allowed or
 * not, must agree to the bit, reasons included. */
static void test_transform_matches_period_lookup(void **state)
{
    const ei_freq freqs[] = {EI_FREQ_ANNUAL, EI_FREQ_QUARTERLY,
                             EI_FREQ_MONTHLY};
    uint64_t rng = 0x9e3779b97f4a7c15u;
    size_t checked = 0;
    (void)state;

    for (int round = 0; round < 600; round++) {
        ei_series *s = fx_random_series(&rng, freqs[round % 3]);
        ei_growth_options o = EI_GROWTH_OPTIONS_INIT;

        o.allow_bounds = round % 2;
        for (int pc1 = 0; pc1 < 2; pc1++) {
            ei_series *r = NULL;

            assert_int_equal(ei_series_transform(&r, s,
                                                 pc1 ? EI_TRANSFORM_PC1
                                                     : EI_TRANSFORM_PCH,
                                                 &o, NULL),
                             EI_OK);
            for (size_t i = 0; i < ei_series_len(s); i++) {
                ei_period p = ei_series_period_at(s, i);
                ei_period q = pc1 ? ei_period_year_ago(p) : ei_period_prev(p);
                ei_result e;

                assert_int_equal(ei_series_growth_between(&e, s, q, p, &o,
                                                          NULL),
                                 EI_OK);
                assert_int_equal(ei_series_reason_at(r, i), e.reason);
                if (e.reason == EI_REASON_NONE)
                    assert_true(ei_series_value_at(r, i) == e.value);
                checked++;
            }
            ei_series_free(r);
        }
        ei_series_free(s);
    }
    assert_true(checked > 10000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quarterly_100_to_101),
        cmocka_unit_test(test_year_ago_by_period),
        cmocka_unit_test(test_monthly_year_ago),
        cmocka_unit_test(test_bases_and_domain),
        cmocka_unit_test(test_no_inf),
        cmocka_unit_test(test_break_precedence),
        cmocka_unit_test(test_bounds),
        cmocka_unit_test(test_rate_units),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_growth_between),
        cmocka_unit_test(test_year_ago_mid_year_start),
        cmocka_unit_test(test_edges_of_range),
        cmocka_unit_test(test_transform_matches_period_lookup),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
