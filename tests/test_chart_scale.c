/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Axis ticks and their labels, worked by hand from the 1-2-2.5-5-10
 * steps. */
#include "testutil.h"

#include "chart_priv.h"

/* 0..1000 in 5: raw step 200 = 2 x 100: ticks 0, 200, … 1000 (6). */
static void test_round_range(void **state)
{
    (void)state;
    ei_chart_ticks t = ei_chart_nice_ticks(0, 1000, 5);
    assert_close(t.step, 200, 1e-12);
    assert_close(t.first + 1, 1, 1e-12);
    assert_int_equal(t.count, 6);
}

/* 640..1180 in 5: raw 108 -> 2 x 100 = 200; 600 … 1200 (4 ticks). */
static void test_levels(void **state)
{
    (void)state;
    ei_chart_ticks t = ei_chart_nice_ticks(640, 1180, 5);
    assert_close(t.step, 200, 1e-12);
    assert_close(t.first, 600, 1e-12);
    assert_int_equal(t.count, 4);
}

/* -21.7..10.2 (Hanyang retail growth) in 5: raw 6.38 -> 10; -30 … 20. */
static void test_negative(void **state)
{
    (void)state;
    ei_chart_ticks t = ei_chart_nice_ticks(-21.7, 10.2, 5);
    assert_close(t.step, 10, 1e-12);
    assert_close(t.first, -30, 1e-12);
    assert_int_equal(t.count, 6);
}

/* 5.6..8.4 in 5: raw 0.56 -> 1 (0.5 is too small); 5 … 9. And 2.5:
 * 0..12 in 5: raw 2.4 -> 2.5; 0 … 12.5 (6 ticks). */
static void test_small_steps(void **state)
{
    (void)state;
    ei_chart_ticks t = ei_chart_nice_ticks(5.6, 8.4, 5);
    assert_close(t.step, 1, 1e-12);
    assert_close(t.first, 5, 1e-12);
    assert_int_equal(t.count, 5);
    t = ei_chart_nice_ticks(0, 12, 5);
    assert_close(t.step, 2.5, 1e-12);
    assert_int_equal(t.count, 6);
}

static void test_labels(void **state)
{
    (void)state;
    char buf[48];
    ei_chart_tick_label(buf, sizeof buf, 1200, 200);
    assert_string_equal(buf, "1200");
    ei_chart_tick_label(buf, sizeof buf, 7.5, 0.5);
    assert_string_equal(buf, "7.5");
    ei_chart_tick_label(buf, sizeof buf, 12.5, 2.5);
    assert_string_equal(buf, "12.5");
    ei_chart_tick_label(buf, sizeof buf, -1e-17, 10);
    assert_string_equal(buf, "0");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_range), cmocka_unit_test(test_levels),
        cmocka_unit_test(test_negative), cmocka_unit_test(test_small_steps),
        cmocka_unit_test(test_labels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
