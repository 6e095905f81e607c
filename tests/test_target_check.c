/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Consistency between growth and level targets. */
#include "target_fixture.h"

#include <string.h>

/* Hanyang 14th plan (seed 003): GDP 699 亿元 in 2020, 年均增长7.5%, and
 * 突破1100亿元 by 2025. 699 * 1.075^5 = 1003.50 < 1100: the two do not
 * both hold at constant prices; reaching 1100 needs 9.49% a year, i.e.
 * prices rising 1.0949/1.075 - 1 = 1.85% a year. */
static void hanyang_pair(void **state)
{
    (void)state;
    ei_target g = fx_target("地区生产总值", 2021, 2025,
                            EI_TARGET_AVG_GROWTH, EI_OP_GE, 7.5, "%");
    ei_target l = fx_target("地区生产总值", 2021, 2025, EI_TARGET_LEVEL,
                            EI_OP_GT, 1100, "亿元");
    ei_target_consistency r;
    assert_int_equal(ei_target_check_pair(&r, &g, &l, 699, NULL), EI_OK);
    assert_int_equal(r.reason, EI_REASON_NONE);
    assert_int_equal(r.base.year, 2020);
    assert_int_equal(r.periods, 5);
    assert_close(r.implied_level, 1003.505, 1e-6);
    assert_close(r.required, 9.4922, 1e-4);
    assert_close(r.deflator, 1.8532, 1e-4);
    assert_false(r.consistent);
    /* 10% a year would do: 699 * 1.1^5 = 1125.75 > 1100 */
    g.value = 10;
    assert_int_equal(ei_target_check_pair(&r, &g, &l, 699, NULL), EI_OK);
    assert_true(r.consistent);
    assert_close(r.implied_level, 1125.7465, 1e-6);
    assert_true(r.deflator < 0);
    /* no base level: cannot be checked */
    assert_int_equal(ei_target_check_pair(&r, &g, &l, NAN, NULL), EI_OK);
    assert_int_equal(r.reason, EI_REASON_MISSING);
    assert_false(r.consistent);
    /* kinds that do not pair */
    assert_int_equal(ei_target_check_pair(&r, &l, &g, 699, NULL), EI_EINVAL);
}

typedef struct seen {
    size_t n;
    ei_target_consistency last;
} seen;

static int collect(void *ctx, const ei_target_consistency *r)
{
    seen *s = ctx;
    s->n++;
    s->last = *r;
    return EI_OK;
}

/* Over a set: the 2018 work report pairs GDP +7.2% with 突破千亿元 (2017
 * estimate 948: 948 * 1.072 = 1016.3 > 1000, consistent); the 14th plan
 * pair as above is not; a target of another indicator pairs with nothing. */
static void over_a_set(void **state)
{
    (void)state;
    ei_dataset *ds = fx_dataset();
    fx_point p[] = {{948, 7, EI_STATUS_ESTIMATE, EI_BOUND_EXACT},
                    {1000, NAN, EI_STATUS_ACTUAL, EI_BOUND_ABOVE},
                    FX(NAN), FX(699)};
    fx_series(ds, "汉阳区", "地区生产总值", "亿元", 2017, p, 4);
    ei_targets *set = NULL;
    assert_int_equal(ei_targets_new(&set, NULL), EI_OK);
    ei_target t[] = {
        fx_target("地区生产总值", 2018, 2018, EI_TARGET_GROWTH, EI_OP_GE, 7.2,
                  "%"),
        fx_target("地区生产总值", 2018, 2018, EI_TARGET_LEVEL, EI_OP_GT, 1000,
                  "亿元"),
        fx_target("地区生产总值", 2021, 2025, EI_TARGET_AVG_GROWTH, EI_OP_GE,
                  7.5, "%"),
        fx_target("地区生产总值", 2021, 2025, EI_TARGET_LEVEL, EI_OP_GT, 1100,
                  "亿元"),
        fx_target("固定资产投资", 2018, 2018, EI_TARGET_GROWTH, EI_OP_GE, 9,
                  "%"),
    };
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(ei_targets_add(set, &t[i], NULL, NULL), EI_OK);
    seen s = {0};
    size_t checked, bad;
    assert_int_equal(ei_targets_check(set, ds, collect, &s, &checked, &bad,
                                      NULL),
                     EI_OK);
    assert_int_equal(checked, 2);
    assert_int_equal(bad, 1);
    assert_int_equal(s.n, 2);
    assert_int_equal(s.last.growth_index, 2);
    assert_int_equal(s.last.level_index, 3);
    assert_close(s.last.base_level, 699, 1e-12);
    ei_targets_free(set);
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hanyang_pair),
        cmocka_unit_test(over_a_set),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
