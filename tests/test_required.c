/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What it takes: required paces and reduction progress, each against a
 * hand-worked or published figure. */
#include "testutil.h"

#include "econind/econind.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(level_pace_hanyang),
        cmocka_unit_test(level_pace_domain),
        cmocka_unit_test(rest_of_year),
        cmocka_unit_test(avg_pace),
        cmocka_unit_test(reduction_log_method),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
