/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Aggregation to a lower frequency. */
#include "growth_fixture.h"

static ei_series *agg(const ei_series *s, ei_freq to, ei_agg_method how,
                      const ei_growth_options *o)
{
    ei_series *r = NULL;

    assert_int_equal(ei_series_aggregate(&r, s, to, how, o, NULL), EI_OK);
    assert_non_null(r);
    assert_int_equal(ei_series_freq(r), to);
    return r;
}

/* Months 1..12 of 2022 with values 1..12: Q1 sum 6, mean 2, last 3; the
 * year sums to 78 (hand-worked). 2023 has only January: incomplete. */
static void test_monthly_to_quarters_and_year(void **state)
{
    double v[13];
    ei_series *s, *r;
    ei_growth_options o = EI_GROWTH_OPTIONS_INIT;
    (void)state;

    for (size_t i = 0; i < 13; i++)
        v[i] = (double)(i % 12 + 1);
    s = fx_levels(ei_period_month(2022, 1), v, 13);
    r = agg(s, EI_FREQ_QUARTERLY, EI_AGG_SUM, NULL);
    assert_int_equal(ei_series_len(r), 5);
    assert_true(ei_period_equal(ei_series_start(r),
                                ei_period_quarter(2022, 1)));
    assert_point(r, 0, 6, 1e-15);
    assert_point(r, 3, 33, 1e-15);
    assert_missing(r, 4, EI_REASON_INCOMPLETE);
    ei_series_free(r);
    r = agg(s, EI_FREQ_QUARTERLY, EI_AGG_MEAN, NULL);
    assert_point(r, 0, 2, 1e-15);
    ei_series_free(r);
    r = agg(s, EI_FREQ_QUARTERLY, EI_AGG_LAST, NULL);
    assert_point(r, 0, 3, 1e-15);
    assert_missing(r, 4, EI_REASON_INCOMPLETE);
    ei_series_free(r);
    r = agg(s, EI_FREQ_ANNUAL, EI_AGG_SUM, NULL);
    assert_int_equal(ei_series_len(r), 2);
    assert_point(r, 0, 78, 1e-15);
    assert_missing(r, 1, EI_REASON_INCOMPLETE);
    ei_series_free(r);
    /* asked for: the incomplete year from what is there */
    o.allow_incomplete = true;
    r = agg(s, EI_FREQ_ANNUAL, EI_AGG_SUM, &o);
    assert_point(r, 1, 1, 1e-15);
    ei_series_free(r);
    r = agg(s, EI_FREQ_ANNUAL, EI_AGG_LAST, &o);
    assert_point(r, 1, 1, 1e-15);
    ei_series_free(r);
    ei_series_free(s);
}

/* A gap inside a quarter makes it incomplete; a series starting mid-year
 * makes the first year incomplete too. */
static void test_gaps(void **state)
{
    const double v[] = {5, NAN, 7, 8, 9, 10};
    ei_series *s = fx_levels(ei_period_month(2022, 2), v, 6), *r;
    ei_growth_options o = EI_GROWTH_OPTIONS_INIT;
    (void)state;

    r = agg(s, EI_FREQ_QUARTERLY, EI_AGG_SUM, NULL);
    assert_missing(r, 0, EI_REASON_INCOMPLETE); /* January outside */
    assert_point(r, 1, 24, 1e-15);
    assert_missing(r, 2, EI_REASON_INCOMPLETE);
    ei_series_free(r);
    o.allow_incomplete = true;
    r = agg(s, EI_FREQ_QUARTERLY, EI_AGG_MEAN, &o);
    assert_point(r, 0, 5, 1e-15); /* only February */
    ei_series_free(r);
    ei_series_free(s);
}

/* Quarterly stocks to years: end of period (December's value). */
static void test_quarters_to_year_stock(void **state)
{
    const double v[] = {100, 105, 103, 110, 111};
    ei_series *s = fx_levels(ei_period_quarter(2021, 1), v, 5), *r;
    (void)state;

    r = agg(s, EI_FREQ_ANNUAL, EI_AGG_LAST, NULL);
    assert_point(r, 0, 110, 1e-15);
    assert_missing(r, 1, EI_REASON_INCOMPLETE);
    ei_series_free(r);
    r = agg(s, EI_FREQ_ANNUAL, EI_AGG_MEAN, NULL);
    assert_point(r, 0, 104.5, 1e-15);
    ei_series_free(r);
    ei_series_free(s);
}

/* Year-to-date values: the year is the December cumulative; summing them
 * would double count. */
static void test_ytd(void **state)
{
    double c[12];
    ei_series *s, *r = NULL;
    ei_error err;
    (void)state;

    for (size_t i = 0; i < 12; i++)
        c[i] = 10 * (double)(i + 1);
    s = fx_series(ei_period_month(2022, 1), c, 12, "亿元", EI_MEASURE_YTD);
    assert_int_equal(ei_series_aggregate(&r, s, EI_FREQ_ANNUAL, EI_AGG_SUM,
                                         NULL, &err),
                     EI_EINVAL);
    assert_null(r);
    r = agg(s, EI_FREQ_ANNUAL, EI_AGG_LAST, NULL);
    assert_point(r, 0, 120, 1e-15);
    assert_int_equal(ei_series_measure(r), EI_MEASURE_LEVEL);
    ei_series_free(r);
    r = agg(s, EI_FREQ_QUARTERLY, EI_AGG_LAST, NULL);
    assert_point(r, 1, 60, 1e-15);
    assert_int_equal(ei_series_measure(r), EI_MEASURE_YTD);
    ei_series_free(r);
    ei_series_free(s);
}

/* A caliber break inside 2022 (June/July) makes the 2022 sum BREAK and
 * separates 2022 from both neighbours. */
static void test_break(void **state)
{
    double v[36];
    ei_series *s, *r, *g = NULL;
    ei_break b = {ei_period_month(2022, 6), ei_period_month(2022, 7)};
    (void)state;

    for (size_t i = 0; i < 36; i++)
        v[i] = 1;
    s = fx_levels(ei_period_month(2021, 1), v, 36);
    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    r = agg(s, EI_FREQ_ANNUAL, EI_AGG_SUM, NULL);
    assert_point(r, 0, 12, 1e-15);
    assert_missing(r, 1, EI_REASON_BREAK);
    assert_point(r, 2, 12, 1e-15);
    assert_true(ei_series_crosses_break(r, ei_period_year(2021),
                                        ei_period_year(2022)));
    assert_true(ei_series_crosses_break(r, ei_period_year(2022),
                                        ei_period_year(2023)));
    assert_int_equal(ei_series_transform(&g, r, EI_TRANSFORM_PC1, NULL,
                                         NULL),
                     EI_OK);
    assert_missing(g, 2, EI_REASON_BREAK);
    ei_series_free(g);
    ei_series_free(r);
    ei_series_free(s);
}

static void test_errors_and_names(void **state)
{
    const double v[] = {1, 2};
    ei_series *s = fx_levels(ei_period_quarter(2022, 1), v, 2), *r = NULL;
    ei_agg_method m = EI_AGG_LAST;
    (void)state;

    assert_int_equal(ei_series_aggregate(&r, s, EI_FREQ_MONTHLY, EI_AGG_SUM,
                                         NULL, NULL),
                     EI_EINVAL);
    assert_int_equal(ei_series_aggregate(&r, s, EI_FREQ_QUARTERLY,
                                         EI_AGG_SUM, NULL, NULL),
                     EI_EINVAL);
    assert_int_equal(ei_series_aggregate(&r, s, EI_FREQ_ANNUAL,
                                         EI_AGG_COUNT_, NULL, NULL),
                     EI_EINVAL);
    assert_null(r);
    assert_int_equal(ei_agg_method_parse(&m, "Mean", 4, NULL), EI_OK);
    assert_int_equal(m, EI_AGG_MEAN);
    assert_int_equal(ei_agg_method_parse(&m, "期末", strlen("期末"), NULL),
                     EI_OK);
    assert_int_equal(m, EI_AGG_LAST);
    assert_int_equal(ei_agg_method_parse(&m, "median", 6, NULL), EI_EPARSE);
    assert_string_equal(ei_agg_method_name(EI_AGG_SUM), "sum");
    assert_string_equal(ei_agg_method_name(EI_AGG_COUNT_), "unknown");
    ei_series_free(s);
}

/* Period P of s by the rule of aggregate.h, each sub-period looked up by
 * period (ei_series_index_of): the oracle for the index arithmetic. */
static ei_result by_period(const ei_series *s, ei_period P, ei_agg_method how,
                           const ei_growth_options *o)
{
    ei_freq f = ei_series_freq(s);
    int k = (int)f / (int)P.freq;
    int m1 = P.freq == EI_FREQ_ANNUAL ? 1 : (P.sub - 1) * 3 + 1;
    ei_period first = f == EI_FREQ_MONTHLY ? ei_period_month(P.year, m1)
                                           : ei_period_quarter(P.year, 1);
    ei_period last = ei_period_shift(first, k - 1);
    double sum = 0, latest = (double)NAN, x;
    int present = 0;
    bool bound = false;
    ei_result r = {(double)NAN, EI_REASON_INCOMPLETE};
    size_t i;

    if (how != EI_AGG_LAST && ei_series_crosses_break(s, first, last)) {
        r.reason = EI_REASON_BREAK;
        return r;
    }
    for (int j = 0; j < k; j++) {
        ei_bound b;

        if (ei_series_index_of(s, ei_period_shift(first, j), &i) != EI_OK ||
            isnan(x = ei_series_value_at(s, i)))
            continue;
        b = ei_series_bound_at(s, i);
        if (!o->allow_bounds && (b == EI_BOUND_ABOVE || b == EI_BOUND_BELOW)) {
            bound = true;
            continue;
        }
        present++;
        sum += x;
        latest = x;
    }
    if (how == EI_AGG_LAST) {
        if (ei_series_index_of(s, last, &i) == EI_OK &&
            !isnan(x = ei_series_value_at(s, i))) {
            ei_bound b = ei_series_bound_at(s, i);

            if (o->allow_bounds || (b != EI_BOUND_ABOVE &&
                                    b != EI_BOUND_BELOW)) {
                r.value = x;
                r.reason = EI_REASON_NONE;
            } else
                r.reason = EI_REASON_BOUND;
        } else if (o->allow_incomplete && present > 0) {
            r.value = latest;
            r.reason = EI_REASON_NONE;
        }
        return r;
    }
    if (present < k && bound)
        r.reason = EI_REASON_BOUND;
    else if (present == k || (present > 0 && o->allow_incomplete)) {
        r.value = how == EI_AGG_SUM ? sum : sum / present;
        r.reason = EI_REASON_NONE;
    }
    return r;
}

/* ei_series_aggregate() finds the sub-periods of each period by index:
 * on random series (gaps, bounds, breaks, starts inside a year) every
 * method, with and without incomplete periods and bounds, must agree to
 * the bit with the look-up by period. */
static void test_matches_period_lookup(void **state)
{
    static const ei_freq from[] = {EI_FREQ_MONTHLY, EI_FREQ_MONTHLY,
                                   EI_FREQ_QUARTERLY};
    static const ei_freq to[] = {EI_FREQ_ANNUAL, EI_FREQ_QUARTERLY,
                                 EI_FREQ_ANNUAL};
    uint64_t rng = 0x2545f4914f6cdd1du;
    size_t checked = 0;
    (void)state;

    for (int round = 0; round < 900; round++) {
        ei_series *s = fx_random_series(&rng, from[round % 3]);
        ei_growth_options o = EI_GROWTH_OPTIONS_INIT;

        o.allow_bounds = (round / 3) % 2;
        o.allow_incomplete = (round / 6) % 2;
        for (int how = 0; how < EI_AGG_COUNT_; how++) {
            ei_series *r = agg(s, to[round % 3], (ei_agg_method)how, &o);

            for (size_t i = 0; i < ei_series_len(r); i++) {
                ei_result e = by_period(s, ei_series_period_at(r, i),
                                        (ei_agg_method)how, &o);

                assert_int_equal(ei_series_reason_at(r, i), e.reason);
                if (e.reason == EI_REASON_NONE)
                    assert_true(ei_series_value_at(r, i) == e.value);
                checked++;
            }
            ei_series_free(r);
        }
        ei_series_free(s);
    }
    assert_true(checked > 5000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_monthly_to_quarters_and_year),
        cmocka_unit_test(test_gaps),
        cmocka_unit_test(test_quarters_to_year_stock),
        cmocka_unit_test(test_ytd),
        cmocka_unit_test(test_break),
        cmocka_unit_test(test_errors_and_names),
        cmocka_unit_test(test_matches_period_lookup),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
