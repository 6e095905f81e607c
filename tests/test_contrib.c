/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Contributions to growth: 贡献率 and 拉动. */
#include "growth_fixture.h"

/* Hand-worked: GDP 100 -> 110 with industries 10 -> 11, 40 -> 43,
 * 50 -> 56. dX = 10, g = 10 %. Shares 10, 30, 60 %; pulls 1, 3, 6 pp. */
static void test_three_industries(void **state)
{
    const double t[] = {100, 110}, a[] = {10, 11}, b[] = {40, 43},
                 c[] = {50, 56};
    ei_series *total = fx_levels(ei_period_year(2022), t, 2);
    ei_series *p[3] = {fx_levels(ei_period_year(2022), a, 2),
                       fx_levels(ei_period_year(2022), b, 2),
                       fx_levels(ei_period_year(2022), c, 2)};
    const ei_series *const *cp = (const ei_series *const *)p;
    ei_contrib_total tot;
    ei_contrib_part parts[3];
    const double share[] = {10, 30, 60}, pull[] = {1, 3, 6};
    (void)state;

    assert_int_equal(ei_contrib_at(&tot, parts, total, cp, 3,
                                   ei_period_year(2023), NULL, NULL),
                     EI_OK);
    assert_true(ei_period_equal(tot.base, ei_period_year(2022)));
    assert_int_equal(tot.growth.reason, EI_REASON_NONE);
    assert_close(tot.growth.value, 10, 1e-12);
    assert_close(tot.change, 10, 1e-12);
    for (size_t k = 0; k < 3; k++) {
        assert_close(parts[k].share.value, share[k], 1e-12);
        assert_close(parts[k].pull.value, pull[k], 1e-12);
    }
    assert_true(tot.adds_up);
    assert_true(fabs(tot.residual) < 1e-12);
    assert_true(fabs(tot.residual_share) < 1e-12);
    assert_true(fabs(tot.residual_pull) < 1e-12);
    for (size_t k = 0; k < 3; k++)
        ei_series_free(p[k]);
    ei_series_free(total);
}

/* Components that do not add up: the residual says by how much. Total
 * 100 -> 110, components 40 -> 43 and 50 -> 56 (one is left out):
 * residual 10 - 9 = 1, residual share 10 %, residual pull 1 pp. */
static void test_residual(void **state)
{
    const double t[] = {100, 110}, b[] = {40, 43}, c[] = {50, 56};
    ei_series *total = fx_levels(ei_period_year(2022), t, 2);
    ei_series *p[2] = {fx_levels(ei_period_year(2022), b, 2),
                       fx_levels(ei_period_year(2022), c, 2)};
    ei_contrib_total tot;
    ei_contrib_part parts[2];
    (void)state;

    assert_int_equal(ei_contrib_at(&tot, parts, total,
                                   (const ei_series *const *)p, 2,
                                   ei_period_year(2023), NULL, NULL),
                     EI_OK);
    assert_false(tot.adds_up);
    assert_close(tot.residual, 1, 1e-12);
    assert_close(tot.residual_share, 10, 1e-12);
    assert_close(tot.residual_pull, 1, 1e-12);
    ei_series_free(p[0]);
    ei_series_free(p[1]);
    ei_series_free(total);
}

/* Property: when components add up, shares sum to 100 and pulls to g, for
 * quarterly data compared with the quarter a year ago. */
static void test_property_sums(void **state)
{
    double t[8], a[8], b[8], c[8];
    ei_series *total, *p[3];
    (void)state;

    for (size_t i = 0; i < 8; i++) {
        a[i] = 10 + 0.7 * (double)i;
        b[i] = 40 + 1.3 * (double)(i * i % 7);
        c[i] = 55 - 0.4 * (double)i;
        t[i] = a[i] + b[i] + c[i];
    }
    total = fx_levels(ei_period_quarter(2021, 1), t, 8);
    p[0] = fx_levels(ei_period_quarter(2021, 1), a, 8);
    p[1] = fx_levels(ei_period_quarter(2021, 1), b, 8);
    p[2] = fx_levels(ei_period_quarter(2021, 1), c, 8);
    for (int q = 1; q <= 4; q++) {
        ei_contrib_total tot;
        ei_contrib_part parts[3];
        double ss = 0, ps = 0;

        assert_int_equal(ei_contrib_at(&tot, parts, total,
                                       (const ei_series *const *)p, 3,
                                       ei_period_quarter(2022, q), NULL,
                                       NULL),
                         EI_OK);
        assert_true(tot.adds_up);
        for (size_t k = 0; k < 3; k++) {
            ss += parts[k].share.value;
            ps += parts[k].pull.value;
        }
        assert_close(ss, 100, 1e-10);
        assert_close(ps, tot.growth.value, 1e-10);
    }
    for (size_t k = 0; k < 3; k++)
        ei_series_free(p[k]);
    ei_series_free(total);
}

/* A component in 万元 beside a total in 亿元: an error unless converted. */
static void test_units(void **state)
{
    const double t[] = {100, 110}, a[] = {100000, 110000}, b[] = {90, 99};
    ei_series *total = fx_levels(ei_period_year(2022), t, 2);
    ei_series *p[2] = {fx_series(ei_period_year(2022), a, 2, "万元",
                                 EI_MEASURE_LEVEL),
                       fx_levels(ei_period_year(2022), b, 2)};
    ei_growth_options o = EI_GROWTH_OPTIONS_INIT;
    ei_contrib_total tot;
    ei_contrib_part parts[2];
    ei_error err;
    (void)state;

    assert_int_equal(ei_contrib_at(&tot, parts, total,
                                   (const ei_series *const *)p, 2,
                                   ei_period_year(2023), NULL, &err),
                     EI_EUNIT);
    assert_non_null(strstr(err.text, "万元"));
    o.convert_units = true;
    assert_int_equal(ei_contrib_at(&tot, parts, total,
                                   (const ei_series *const *)p, 2,
                                   ei_period_year(2023), &o, NULL),
                     EI_OK);
    assert_close(parts[0].share.value, 10, 1e-12);
    assert_close(parts[1].share.value, 90, 1e-12);
    assert_true(tot.adds_up);
    ei_series_free(p[0]);
    ei_series_free(p[1]);
    ei_series_free(total);
}

static void test_missing_and_zero(void **state)
{
    const double t[] = {100, 100}, a[] = {NAN, 40}, b[] = {100, 60};
    ei_series *total = fx_levels(ei_period_year(2022), t, 2);
    ei_series *p[2] = {fx_levels(ei_period_year(2022), a, 2),
                       fx_levels(ei_period_year(2022), b, 2)};
    ei_contrib_total tot;
    ei_contrib_part parts[2];
    (void)state;

    assert_int_equal(ei_contrib_at(&tot, parts, total,
                                   (const ei_series *const *)p, 2,
                                   ei_period_year(2023), NULL, NULL),
                     EI_OK);
    assert_close(tot.growth.value, 0, 1e-12);
    assert_int_equal(parts[0].share.reason, EI_REASON_MISSING_OPERAND);
    assert_int_equal(parts[1].share.reason, EI_REASON_ZERO_BASE); /* dX 0 */
    assert_close(parts[1].pull.value, -40, 1e-12);
    assert_true(isnan(tot.residual));
    assert_false(tot.adds_up);
    /* the first year has no base inside the series */
    assert_int_equal(ei_contrib_at(&tot, parts, total,
                                   (const ei_series *const *)p, 2,
                                   ei_period_year(2022), NULL, NULL),
                     EI_OK);
    assert_int_equal(tot.growth.reason, EI_REASON_OUT_OF_RANGE);
    assert_int_equal(parts[1].share.reason, EI_REASON_OUT_OF_RANGE);
    assert_int_equal(ei_contrib_at(&tot, parts, total,
                                   (const ei_series *const *)p, 2,
                                   ei_period_quarter(2022, 1), NULL, NULL),
                     EI_EINVAL);
    ei_series_free(p[0]);
    ei_series_free(p[1]);
    ei_series_free(total);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_three_industries),
        cmocka_unit_test(test_residual),
        cmocka_unit_test(test_property_sums),
        cmocka_unit_test(test_units),
        cmocka_unit_test(test_missing_and_zero),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
