/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The segment after the last break, its final contiguous run and the
 * growth history. */
#include "project_testutil.h"

#include "project_private.h"

static void segment_after_last_break(void **state)
{
    (void)state;
    /* 2014 … 2022; breaks 2015|2016 and 2018|2019; 2020 missing. */
    const double v[] = { 1, 2, 3, 4, 5, 6, NAN, 8, 9 };
    ei_series *s = annual(2014, v, 9);
    add_break(s, 2018, 2019);
    add_break(s, 2015, 2016);
    ei_segment seg;
    ei_segment_find(&seg, s);
    assert_true(seg.has_break);
    assert_int_equal(seg.brk.first_new.year, 2019);
    assert_int_equal(seg.first, 5);
    assert_int_equal(seg.npresent, 3);
    assert_int_equal(seg.origin, 8);
    assert_int_equal(seg.run_first, 7);
    assert_int_equal(ei_segment_run_len(&seg), 2);
    ei_series_free(s);

    /* A break before the series start leaves the whole series; no value
     * at all gives an empty run. */
    const double w[] = { NAN, NAN };
    s = annual(2020, w, 2);
    add_break(s, 2010, 2011);
    ei_segment_find(&seg, s);
    assert_int_equal(seg.first, 0);
    assert_int_equal(seg.npresent, 0);
    assert_int_equal(ei_segment_run_len(&seg), 0);
    ei_series_free(s);
}

/* Levels 100, 110, NaN, 120, 132, 145.2 with reported growth only in 2021
 * (+12%): derived history stops at the gap: 10% and 10% (2020 -> 2021 and
 * 2021 -> 2022); reported-only has 1 rate; prefer-reported takes 12% for
 * 2021 and derived 10% for 2022 then stops at 2020 (its predecessor is
 * missing and it has no reported rate). */
static void growth_history(void **state)
{
    (void)state;
    const double v[] = { 100, 110, NAN, 120, 132, 145.2 };
    ei_series *s = annual(2017, v, 6);
    assert_int_equal(ei_series_set_full(s, 4, 132, EI_REASON_NONE, 12.0,
                                        EI_STATUS_ACTUAL, EI_BOUND_EXACT),
                     EI_OK);
    ei_segment seg;
    ei_segment_find(&seg, s);
    double g[6];
    assert_int_equal(ei_growth_history(g, s, &seg, EI_GROWTH_DERIVED), 2);
    assert_close(g[0], 0.1, 1e-12);
    assert_close(g[1], 0.1, 1e-12);
    assert_int_equal(ei_growth_history(g, s, &seg, EI_GROWTH_REPORTED), 0);
    assert_int_equal(ei_growth_history(g, s, &seg,
                                       EI_GROWTH_PREFER_REPORTED), 2);
    assert_close(g[0], 0.12, 1e-12);
    assert_close(g[1], 0.1, 1e-12);
    ei_series_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(segment_after_last_break),
        cmocka_unit_test(growth_history),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
