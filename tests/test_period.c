/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Period values: validity, ordering, ordinals, shifting across year ends,
 * distances and formatting. Expected values are worked by hand from the
 * calendar (e.g. the month after 2017-12 is 2018-01). */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "econind/econind.h"

static void assert_period(ei_period p, const char *text)
{
    char buf[EI_PERIOD_TEXT_MAX];
    ei_period_format(p, buf, sizeof buf);
    assert_string_equal(buf, text);
}

static void validity(void **state)
{
    (void)state;
    assert_true(ei_period_valid(ei_period_year(2017)));
    assert_true(ei_period_valid(ei_period_quarter(2017, 4)));
    assert_true(ei_period_valid(ei_period_month(2017, 12)));
    assert_true(ei_period_valid(ei_period_ytd(2017, EI_FREQ_MONTHLY, 1, 3)));
    assert_false(ei_period_valid(ei_period_quarter(2017, 5)));
    assert_false(ei_period_valid(ei_period_quarter(2017, 0)));
    assert_false(ei_period_valid(ei_period_month(2017, 13)));
    assert_false(ei_period_valid(ei_period_month(2017, 0)));
    assert_false(ei_period_valid(ei_period_year(0)));
    assert_false(ei_period_valid(ei_period_year(EI_YEAR_MAX + 1)));
    assert_false(ei_period_valid(ei_period_ytd(2017, EI_FREQ_MONTHLY, 3, 1)));
    ei_period odd = {2017, (ei_freq)7, 1, 1};
    assert_false(ei_period_valid(odd));
    ei_period annual_with_sub = {2017, EI_FREQ_ANNUAL, 1, 1};
    assert_false(ei_period_valid(annual_with_sub));

    assert_true(ei_period_is_span(ei_period_ytd(2017, EI_FREQ_MONTHLY, 1, 3)));
    assert_false(ei_period_is_span(ei_period_month(2017, 3)));
    assert_false(ei_period_is_span(ei_period_year(2017)));
    /* ytd with first == last is the single period */
    assert_true(ei_period_equal(ei_period_ytd(2017, EI_FREQ_MONTHLY, 3, 3),
                                ei_period_month(2017, 3)));
    assert_true(ei_period_equal(ei_period_ytd(2017, EI_FREQ_ANNUAL, 1, 1),
                                ei_period_year(2017)));
}

static void formatting(void **state)
{
    (void)state;
    assert_period(ei_period_year(2017), "2017");
    assert_period(ei_period_year(800), "0800");
    assert_period(ei_period_quarter(2017, 3), "2017Q3");
    assert_period(ei_period_month(2017, 3), "2017-03");
    assert_period(ei_period_ytd(2017, EI_FREQ_MONTHLY, 1, 3), "2017-01..03");
    assert_period(ei_period_ytd(2017, EI_FREQ_QUARTERLY, 1, 2), "2017Q1..Q2");
    assert_period(ei_period_month(2017, 13), "invalid");
    /* snprintf contract: the needed length, truncated output */
    char small[5];
    assert_int_equal(ei_period_format(ei_period_month(2017, 3), small,
                                      sizeof small),
                     7);
    assert_string_equal(small, "2017");
}

static void ordinals(void **state)
{
    (void)state;
    /* year * freq + sub - 1 */
    assert_int_equal(ei_period_ordinal(ei_period_year(2020)), 2020);
    assert_int_equal(ei_period_ordinal(ei_period_quarter(2018, 1)), 8072);
    assert_int_equal(ei_period_ordinal(ei_period_month(2017, 12)), 24215);
    assert_int_equal(ei_period_ordinal(ei_period_month(2018, 1)), 24216);
    /* a span's ordinal is its end's */
    assert_int_equal(
        ei_period_ordinal(ei_period_ytd(2017, EI_FREQ_MONTHLY, 1, 3)),
        ei_period_ordinal(ei_period_month(2017, 3)));
    assert_true(ei_period_equal(ei_period_from_ordinal(EI_FREQ_MONTHLY, 24216),
                                ei_period_month(2018, 1)));
    assert_true(ei_period_equal(ei_period_from_ordinal(EI_FREQ_QUARTERLY,
                                                       8071),
                                ei_period_quarter(2017, 4)));
    assert_true(ei_period_equal(ei_period_from_ordinal(EI_FREQ_ANNUAL, 2025),
                                ei_period_year(2025)));
    /* every month of 1999-2001 survives the round trip */
    for (int y = 1999; y <= 2001; y++)
        for (int m = 1; m <= 12; m++) {
            ei_period p = ei_period_month(y, m);
            assert_true(ei_period_equal(
                ei_period_from_ordinal(EI_FREQ_MONTHLY, ei_period_ordinal(p)),
                p));
        }
    /* out of range and bad frequencies give the invalid zero period */
    assert_false(ei_period_valid(ei_period_from_ordinal(EI_FREQ_MONTHLY, -5)));
    assert_false(ei_period_valid(ei_period_from_ordinal(EI_FREQ_ANNUAL, 0)));
    assert_false(ei_period_valid(ei_period_from_ordinal(EI_FREQ_NONE, 2020)));
    assert_int_equal(ei_period_ordinal((ei_period){2020, EI_FREQ_NONE, 0, 0}),
                     0);
}

static void shifting_across_year_ends(void **state)
{
    (void)state;
    assert_period(ei_period_next(ei_period_month(2017, 12)), "2018-01");
    assert_period(ei_period_prev(ei_period_month(2018, 1)), "2017-12");
    assert_period(ei_period_next(ei_period_quarter(2017, 4)), "2018Q1");
    assert_period(ei_period_prev(ei_period_quarter(2018, 1)), "2017Q4");
    assert_period(ei_period_next(ei_period_year(2020)), "2021");
    assert_period(ei_period_shift(ei_period_month(2017, 3), 22), "2019-01");
    assert_period(ei_period_shift(ei_period_month(2017, 3), -15), "2015-12");
    assert_period(ei_period_shift(ei_period_quarter(2017, 2), -6), "2015Q4");
    assert_period(ei_period_shift(ei_period_year(2020), 5), "2025");
    assert_period(ei_period_shift(ei_period_year(2020), 0), "2020");

    assert_period(ei_period_year_ago(ei_period_quarter(2018, 1)), "2017Q1");
    assert_period(ei_period_year_ago(ei_period_month(2018, 1)), "2017-01");
    assert_period(ei_period_year_ago(ei_period_year(2018)), "2017");
    /* same as shifting by one year's worth of periods */
    assert_true(ei_period_equal(ei_period_year_ago(ei_period_month(2018, 7)),
                                ei_period_shift(ei_period_month(2018, 7),
                                                -12)));

    /* year-to-date spans keep their start: 1-3月 -> 1-4月, and 1-12月 is
     * followed by next year's 1月 */
    ei_period q1 = ei_period_ytd(2017, EI_FREQ_MONTHLY, 1, 3);
    assert_period(ei_period_next(q1), "2017-01..04");
    assert_period(ei_period_prev(q1), "2017-01..02");
    assert_period(ei_period_next(ei_period_ytd(2017, EI_FREQ_MONTHLY, 1, 12)),
                  "2018-01");
    assert_period(ei_period_year_ago(ei_period_ytd(2018, EI_FREQ_MONTHLY, 1,
                                                   3)),
                  "2017-01..03");
    assert_period(ei_period_next(ei_period_ytd(2017, EI_FREQ_QUARTERLY, 1, 2)),
                  "2017Q1..Q3");

    /* leaving 1..9999, or an invalid input, gives the invalid zero period */
    assert_false(ei_period_valid(ei_period_next(ei_period_year(9999))));
    assert_false(ei_period_valid(ei_period_prev(ei_period_month(1, 1))));
    assert_false(ei_period_valid(ei_period_year_ago(ei_period_year(1))));
    assert_false(ei_period_valid(ei_period_shift(ei_period_year(2020),
                                                 9223372036854775807L)));
    assert_false(ei_period_valid(ei_period_shift(ei_period_year(2020),
                                                 -9223372036854775807L)));
    assert_false(ei_period_valid(ei_period_next(ei_period_month(2017, 13))));
    assert_false(ei_period_valid(ei_period_year_ago(ei_period_month(2017,
                                                                    0))));
}

static void distances(void **state)
{
    (void)state;
    long d = -1;
    /* a five-year plan: 2020 -> 2025 is 5 years (DOMAIN.md, CAGR n) */
    assert_int_equal(ei_period_distance(&d, ei_period_year(2020),
                                        ei_period_year(2025), NULL),
                     EI_OK);
    assert_int_equal(d, 5);
    assert_int_equal(ei_period_distance(&d, ei_period_month(2017, 12),
                                        ei_period_month(2018, 1), NULL),
                     EI_OK);
    assert_int_equal(d, 1);
    assert_int_equal(ei_period_distance(&d, ei_period_quarter(2018, 3),
                                        ei_period_quarter(2017, 1), NULL),
                     EI_OK);
    assert_int_equal(d, -6);
    ei_error e;
    assert_int_equal(ei_period_distance(&d, ei_period_year(2020),
                                        ei_period_month(2020, 1), &e),
                     EI_EINVAL);
    assert_int_equal(d, 0);
    assert_string_equal(e.text, "periods 2020 and 2020-01 differ in frequency");
    assert_int_equal(ei_period_distance(&d, ei_period_month(2020, 13),
                                        ei_period_month(2020, 1), &e),
                     EI_EINVAL);
    assert_int_equal(ei_period_distance(NULL, ei_period_year(2020),
                                        ei_period_year(2021), NULL),
                     EI_EINVAL);
}

static int cmp_periods(const void *a, const void *b)
{
    return ei_period_compare(*(const ei_period *)a, *(const ei_period *)b);
}

static void ordering(void **state)
{
    (void)state;
    assert_true(ei_period_compare(ei_period_month(2017, 12),
                                  ei_period_month(2018, 1)) < 0);
    assert_true(ei_period_compare(ei_period_quarter(2018, 1),
                                  ei_period_quarter(2017, 4)) > 0);
    assert_int_equal(ei_period_compare(ei_period_year(2017),
                                       ei_period_year(2017)),
                     0);
    /* frequencies first: any year before any quarter */
    assert_true(ei_period_compare(ei_period_year(2030),
                                  ei_period_quarter(2000, 1)) < 0);
    /* same end: the span (earlier start) first; 0 only when equal */
    ei_period ytd = ei_period_ytd(2017, EI_FREQ_MONTHLY, 1, 3);
    assert_true(ei_period_compare(ytd, ei_period_month(2017, 3)) < 0);
    assert_true(ei_period_compare(ei_period_month(2017, 3), ytd) > 0);
    assert_false(ei_period_equal(ytd, ei_period_month(2017, 3)));

    ei_period v[] = {ei_period_month(2018, 1), ei_period_year(2017),
                     ei_period_month(2017, 12), ytd,
                     ei_period_quarter(2017, 2)};
    qsort(v, sizeof v / sizeof v[0], sizeof v[0], cmp_periods);
    assert_period(v[0], "2017");
    assert_period(v[1], "2017Q2");
    assert_period(v[2], "2017-01..03");
    assert_period(v[3], "2017-12");
    assert_period(v[4], "2018-01");
}

static void span_format(void **state)
{
    (void)state;
    char buf[EI_SPAN_TEXT_MAX];
    ei_span plan = {ei_period_year(2021), ei_period_year(2025)};
    assert_int_equal(ei_span_format(plan, buf, sizeof buf), 9);
    assert_string_equal(buf, "2021-2025");
    ei_span one = {ei_period_quarter(2021, 3), ei_period_quarter(2021, 3)};
    ei_span_format(one, buf, sizeof buf);
    assert_string_equal(buf, "2021Q3");
    ei_span months = {ei_period_month(2021, 1), ei_period_month(2021, 6)};
    ei_span_format(months, buf, sizeof buf);
    assert_string_equal(buf, "2021-01~2021-06");
    /* the longest span text fits EI_SPAN_TEXT_MAX */
    ei_span longest = {ei_period_ytd(2021, EI_FREQ_MONTHLY, 10, 12),
                       ei_period_ytd(2022, EI_FREQ_MONTHLY, 10, 12)};
    assert_true(ei_span_format(longest, buf, sizeof buf) < EI_SPAN_TEXT_MAX);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(validity),
        cmocka_unit_test(formatting),
        cmocka_unit_test(ordinals),
        cmocka_unit_test(shifting_across_year_ends),
        cmocka_unit_test(distances),
        cmocka_unit_test(ordering),
        cmocka_unit_test(span_format),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
