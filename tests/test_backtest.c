/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Rolling-origin back-test against a hand-worked case. */
#include "project_testutil.h"

/* Levels 10, 12, 15, 16 (2017-2020), horizon 2. By hand:
 * constant-last: origin 2017 refused (no growth rate yet);
 *   origin 2018, rate 20%: 2019 14.4 (e -0.6, pe -4%),
 *                          2020 17.28 (e 1.28, pe +8%);
 *   origin 2019, rate 25%: 2020 18.75 (e 2.75, pe +17.1875%).
 *   h=1: MAE 1.675, bias 1.075, MAPE 10.59375, RMSE sqrt(3.96125);
 *   h=2: MAPE 8; pooled: MAPE 29.1875/3, bias 3.43/3.
 * linear: only origin 2019 (10, 12, 15: slope 2.5, intercept 9.8333…):
 *   2020 17.3333… (e 1.3333…, pe 8.3333…%); two origins refused. */
static void hand_worked(void **state)
{
    (void)state;
    const double v[] = { 10, 12, 15, 16 };
    ei_series *s = annual(2017, v, 4);
    const ei_project_method m[] = { EI_PROJECT_CONSTANT_LAST,
                                    EI_PROJECT_LINEAR };
    ei_backtest_options o = EI_BACKTEST_OPTIONS_INIT;
    o.horizon = 2;
    o.methods = m;
    o.nmethods = 2;
    ei_backtest *bt = NULL;
    ei_error err;
    assert_int_equal(ei_backtest_run(&bt, s, &o, &err), EI_OK);
    assert_int_equal(ei_backtest_record_count(bt), 4);
    const ei_backtest_record *r = ei_backtest_record_at(bt, 1);
    assert_int_equal(r->method, EI_PROJECT_CONSTANT_LAST);
    assert_int_equal(r->origin.year, 2018);
    assert_int_equal(r->horizon, 2);
    assert_int_equal(r->period.year, 2020);
    assert_close(r->forecast, 17.28, 1e-12);
    assert_close(r->error, 1.28, 1e-12);
    assert_close(r->pct_error, 8.0, 1e-12);
    assert_null(ei_backtest_record_at(bt, 4));

    assert_int_equal(ei_backtest_summary_count(bt), 6);
    const ei_backtest_summary *u =
        ei_backtest_summary_find(bt, EI_PROJECT_CONSTANT_LAST, 1);
    assert_int_equal(u->n, 2);
    assert_int_equal(u->refused, 1);
    assert_close(u->mae, 1.675, 1e-12);
    assert_close(u->bias, 1.075, 1e-12);
    assert_close(u->mape, 10.59375, 1e-12);
    assert_close(u->rmse, sqrt(3.96125), 1e-12);
    u = ei_backtest_summary_find(bt, EI_PROJECT_CONSTANT_LAST, 2);
    assert_close(u->mape, 8.0, 1e-12);
    u = ei_backtest_summary_find(bt, EI_PROJECT_CONSTANT_LAST, 0);
    assert_int_equal(u->n, 3);
    assert_close(u->mape, 29.1875 / 3, 1e-12);
    assert_close(u->bias, 3.43 / 3, 1e-12);
    u = ei_backtest_summary_find(bt, EI_PROJECT_LINEAR, 1);
    assert_int_equal(u->n, 1);
    assert_int_equal(u->refused, 2);
    assert_close(u->mape, 100.0 / 12, 1e-12);
    assert_null(ei_backtest_summary_find(bt, EI_PROJECT_HOLT, 1));

    /* The most accurate: linear one year ahead and pooled; at two years
     * only constant-last was compared. */
    const ei_backtest_summary *best = NULL;
    assert_int_equal(ei_backtest_best(bt, 1, &best, NULL), EI_OK);
    assert_int_equal(best->method, EI_PROJECT_LINEAR);
    assert_int_equal(ei_backtest_best(bt, 0, &best, NULL), EI_OK);
    assert_int_equal(best->method, EI_PROJECT_LINEAR);
    assert_int_equal(ei_backtest_best(bt, 2, &best, NULL), EI_OK);
    assert_int_equal(best->method, EI_PROJECT_CONSTANT_LAST);
    assert_int_equal(ei_backtest_best(bt, 3, &best, NULL), EI_EINVAL);
    ei_backtest_free(bt);
    ei_series_free(s);
}

/* No comparison spans a caliber break, and history before an origin
 * keeps only the breaks that had happened by then. */
static void breaks(void **state)
{
    (void)state;
    const double v[] = { 10, 11, 12.1, 8, 8.8, 9.68 };
    ei_series *s = annual(2015, v, 6);
    add_break(s, 2017, 2018);
    const ei_project_method m[] = { EI_PROJECT_CONSTANT_LAST };
    ei_backtest_options o = EI_BACKTEST_OPTIONS_INIT;
    o.horizon = 1;
    o.methods = m;
    o.nmethods = 1;
    ei_backtest *bt = NULL;
    assert_int_equal(ei_backtest_run(&bt, s, &o, NULL), EI_OK);
    /* origins 2016 (-> 2017, old caliber) and 2019 (-> 2020): 10% growth
     * everywhere on one caliber, so both errors are 0; 2017 -> 2018 would
     * cross the break; 2018 has no growth after the break. */
    assert_int_equal(ei_backtest_record_count(bt), 2);
    assert_int_equal(ei_backtest_record_at(bt, 0)->origin.year, 2016);
    assert_int_equal(ei_backtest_record_at(bt, 1)->origin.year, 2019);
    for (size_t i = 0; i < 2; i++)
        assert_true(fabs(ei_backtest_record_at(bt, i)->pct_error) < 1e-9);
    ei_backtest_free(bt);
    ei_series_free(s);
}

/* Default methods on a series too short for any: nothing compared, every
 * method refused, best is EI_ENODATA; bad options refused. */
static void nothing_to_compare(void **state)
{
    (void)state;
    const double v[] = { 699 };
    ei_series *s = annual(2020, v, 1);
    ei_backtest *bt = NULL;
    assert_int_equal(ei_backtest_run(&bt, s, NULL, NULL), EI_OK);
    assert_int_equal(ei_backtest_record_count(bt), 0);
    assert_int_equal(ei_backtest_summary_count(bt), 8 * 4);
    const ei_backtest_summary *best = NULL;
    assert_int_equal(ei_backtest_best(bt, 0, &best, NULL), EI_ENODATA);
    assert_null(best);
    assert_true(isnan(ei_backtest_summary_at(bt, 0)->mape));
    ei_backtest_free(bt);

    ei_backtest_options o = EI_BACKTEST_OPTIONS_INIT;
    o.horizon = 0;
    bt = (ei_backtest *)1;
    assert_int_equal(ei_backtest_run(&bt, s, &o, NULL), EI_EINVAL);
    assert_null(bt);
    ei_series_free(s);
}

/* NULL back-test: counts 0, lookups NULL, best EI_EINVAL (backtest.h). */
static void null_backtest(void **state)
{
    (void)state;
    const ei_backtest_summary *best = NULL;
    assert_int_equal(ei_backtest_record_count(NULL), 0);
    assert_null(ei_backtest_record_at(NULL, 0));
    assert_int_equal(ei_backtest_summary_count(NULL), 0);
    assert_null(ei_backtest_summary_at(NULL, 0));
    assert_null(ei_backtest_summary_find(NULL, EI_PROJECT_LINEAR, 0));
    assert_int_equal(ei_backtest_best(NULL, 0, &best, NULL), EI_EINVAL);
    assert_int_equal(ei_backtest_horizon(NULL), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hand_worked),
        cmocka_unit_test(null_backtest),
        cmocka_unit_test(breaks),
        cmocka_unit_test(nothing_to_compare),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
