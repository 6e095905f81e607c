/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sums across regions with coverage. */
#include "growth_fixture.h"

static ei_series *region(const char *name, ei_period start, const double *v,
                         size_t n, const char *unit)
{
    ei_series_meta meta = {name, "gdp", unit, start.freq, EI_MEASURE_LEVEL,
                           EI_BASIS_CURRENT};
    ei_series *s = NULL;

    assert_int_equal(ei_series_new(&s, &meta, start, n, NULL), EI_OK);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(ei_series_set(s, i, v[i],
                                       isnan(v[i]) ? EI_REASON_MISSING
                                                   : EI_REASON_NONE),
                         EI_OK);
    return s;
}

/* Two districts (hand-worked figures): 汉阳区 2019-2021 and 洪山区
 * 2020-2022, 2021 missing in 洪山区. Sum 2020 = 699 + 1500 = 2199; 2019,
 * 2021 and 2022 are incomplete, and coverage says who was missing. */
static void test_coverage(void **state)
{
    const double a[] = {900, 699, 760}, b[] = {1500, NAN, 1700};
    ei_series *p[2] = {region("汉阳区", ei_period_year(2019), a, 3, "亿元"),
                       region("洪山区", ei_period_year(2020), b, 3, "亿元")};
    ei_series *r = NULL;
    ei_coverage *c = NULL;
    ei_growth_options o = EI_GROWTH_OPTIONS_INIT;
    (void)state;

    assert_int_equal(ei_series_sum_regions(&r, &c,
                                           (const ei_series *const *)p, 2,
                                           "两区合计", NULL, NULL),
                     EI_OK);
    assert_string_equal(ei_series_region(r), "两区合计");
    assert_int_equal(ei_series_len(r), 4);
    assert_missing(r, 0, EI_REASON_INCOMPLETE);
    assert_point(r, 1, 2199, 1e-15);
    assert_missing(r, 2, EI_REASON_INCOMPLETE);
    assert_missing(r, 3, EI_REASON_INCOMPLETE);
    assert_int_equal(ei_coverage_len(c), 4);
    assert_int_equal(ei_coverage_parts(c), 2);
    assert_true(ei_period_equal(ei_coverage_period_at(c, 2),
                                ei_period_year(2021)));
    assert_true(ei_coverage_present(c, 2, 0));
    assert_false(ei_coverage_present(c, 2, 1));
    assert_int_equal(ei_coverage_missing_count(c, 1), 0);
    assert_int_equal(ei_coverage_missing_count(c, 2), 1);
    assert_false(ei_coverage_present(c, 9, 0));
    ei_coverage_free(c);
    ei_series_free(r);
    o.allow_incomplete = true;
    assert_int_equal(ei_series_sum_regions(&r, NULL,
                                           (const ei_series *const *)p, 2,
                                           NULL, &o, NULL),
                     EI_OK);
    assert_point(r, 2, 760, 1e-15);
    assert_point(r, 3, 1700, 1e-15);
    ei_series_free(r);
    ei_series_free(p[0]);
    ei_series_free(p[1]);
}

/* Adding 亿元 to 万元 without conversion is an error; with it, 15000000 万元
 * is 1500 亿元. */
static void test_units(void **state)
{
    const double a[] = {699}, b[] = {15000000};
    ei_series *p[2] = {region("汉阳区", ei_period_year(2020), a, 1, "亿元"),
                       region("洪山区", ei_period_year(2020), b, 1, "万元")};
    ei_series *r = NULL;
    ei_coverage *c = NULL;
    ei_growth_options o = EI_GROWTH_OPTIONS_INIT;
    ei_error err;
    (void)state;

    assert_int_equal(ei_series_sum_regions(&r, &c,
                                           (const ei_series *const *)p, 2,
                                           "", NULL, &err),
                     EI_EUNIT);
    assert_null(r);
    assert_null(c);
    assert_non_null(strstr(err.text, "洪山区"));
    o.convert_units = true;
    assert_int_equal(ei_series_sum_regions(&r, NULL,
                                           (const ei_series *const *)p, 2,
                                           "", &o, NULL),
                     EI_OK);
    assert_point(r, 0, 2199, 1e-15);
    assert_string_equal(ei_series_unit(r).name, "亿元");
    ei_series_free(r);
    ei_series_free(p[0]);
    ei_series_free(p[1]);
}

/* A caliber break in one region is a break of the sum. */
static void test_breaks_and_errors(void **state)
{
    const double a[] = {1, 2}, b[] = {3, 4};
    ei_series *p[2] = {region("a", ei_period_year(2020), a, 2, "亿元"),
                       region("b", ei_period_year(2020), b, 2, "亿元")};
    ei_series *q = region("c", ei_period_quarter(2020, 1), a, 2, "亿元");
    const ei_series *mixed[2];
    ei_break br = {ei_period_year(2020), ei_period_year(2021)};
    ei_series *r = NULL;
    (void)state;

    assert_int_equal(ei_series_add_break(p[1], br, NULL), EI_OK);
    assert_int_equal(ei_series_sum_regions(&r, NULL,
                                           (const ei_series *const *)p, 2,
                                           "", NULL, NULL),
                     EI_OK);
    assert_int_equal(ei_series_break_count(r), 1);
    ei_series_free(r);
    mixed[0] = p[0];
    mixed[1] = q;
    assert_int_equal(ei_series_sum_regions(&r, NULL, mixed, 2, "", NULL,
                                           NULL),
                     EI_EINVAL);
    assert_int_equal(ei_series_sum_regions(&r, NULL, mixed, 0, "", NULL,
                                           NULL),
                     EI_EINVAL);
    ei_coverage_free(NULL);
    ei_series_free(q);
    ei_series_free(p[0]);
    ei_series_free(p[1]);
}

/* NULL coverage: the zero period (aggregate.h). */
static void null_coverage(void **state)
{
    (void)state;
    assert_false(ei_period_valid(ei_coverage_period_at(NULL, 0)));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_coverage),
        cmocka_unit_test(null_coverage),
        cmocka_unit_test(test_units),
        cmocka_unit_test(test_breaks_and_errors),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
