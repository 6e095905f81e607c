/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Building a chart: what it accepts and what it refuses. */
#include "testutil.h"

#include "chart_priv.h"

static void test_new_and_free(void **state)
{
    (void)state;
    ei_chart *c = NULL;
    ei_error err;
    assert_int_equal(ei_chart_new(&c, (ei_chart_kind)7, "t", "", &err),
                     EI_EINVAL);
    assert_null(c);
    assert_int_equal(ei_chart_new(NULL, EI_CHART_LINE, "t", "", &err),
                     EI_EINVAL);
    assert_int_equal(ei_chart_new(&c, EI_CHART_LINE, NULL, NULL, &err), EI_OK);
    assert_true(ei_chart_empty(c));
    assert_string_equal(c->title, "");
    ei_chart_free(c);
    ei_chart_free(NULL);
    assert_true(ei_chart_empty(NULL));
}

static void test_lines(void **state)
{
    (void)state;
    ei_chart *c = NULL;
    ei_error err;
    ei_period x[3] = {ei_period_year(2017), ei_period_year(2018),
                      ei_period_year(2020)};
    double y[3] = {948, 1000, 699};
    bool hollow[3] = {true, false, false};
    assert_int_equal(ei_chart_new(&c, EI_CHART_LINE, "GDP", "亿元", &err),
                     EI_OK);
    assert_int_equal(ei_chart_add_line(c, "gdp", x, y, hollow, 3, false, &err),
                     EI_OK);
    assert_false(ei_chart_empty(c));
    assert_int_equal(c->lines[0].colour, 0);
    assert_true(c->lines[0].hollow[0]);
    /* periods must increase */
    ei_period back[2] = {ei_period_year(2018), ei_period_year(2017)};
    assert_int_equal(ei_chart_add_line(c, "b", back, y, NULL, 2, false, &err),
                     EI_EINVAL);
    /* one frequency per chart */
    ei_period q[1] = {ei_period_quarter(2018, 1)};
    assert_int_equal(ei_chart_add_line(c, "q", q, y, NULL, 1, false, &err),
                     EI_EINVAL);
    assert_int_equal(ei_chart_add_line(c, "none", x, y, NULL, 0, false, &err),
                     EI_EINVAL);
    /* a band takes no colour of the lines */
    double lo[3] = {1, 2, 3}, hi[3] = {2, 3, 4};
    assert_int_equal(ei_chart_add_band(c, "band", x, lo, hi, 3, &err), EI_OK);
    assert_int_equal(ei_chart_add_line(c, "p", x, y, NULL, 3, true, &err),
                     EI_OK);
    assert_int_equal(c->lines[2].colour, 1);
    assert_int_equal(ei_chart_add_band(c, "band", x, lo, NULL, 3, &err),
                     EI_EINVAL);
    assert_int_equal(ei_chart_add_bar(c, "bar", 50, 40, &err), EI_EINVAL);
    ei_chart_free(c);
}

static void test_targets_and_bars(void **state)
{
    (void)state;
    ei_chart *c = NULL;
    ei_error err;
    assert_int_equal(ei_chart_new(&c, EI_CHART_LINE, "GDP", "亿元", &err),
                     EI_OK);
    assert_int_equal(ei_chart_add_target(c, "> 1100", ei_period_year(2025),
                                         ei_period_year(2025), 1100, &err),
                     EI_OK);
    assert_int_equal(ei_chart_add_target(c, "x", ei_period_year(2025),
                                         ei_period_year(2021), 1100, &err),
                     EI_EINVAL);
    assert_int_equal(ei_chart_add_target(c, "x", ei_period_year(2025),
                                         ei_period_year(2025), NAN, &err),
                     EI_EINVAL);
    /* a caliber break between 2018 and 2020 */
    assert_int_equal(ei_chart_add_break(c, "口径调整", ei_period_year(2018),
                                        ei_period_year(2020), &err),
                     EI_OK);
    assert_int_equal(c->nbreaks, 1);
    assert_int_equal(ei_chart_add_break(c, "x", ei_period_year(2020),
                                        ei_period_year(2018), &err),
                     EI_EINVAL);
    ei_chart_free(c);
    assert_int_equal(ei_chart_new(&c, EI_CHART_BARS, "plan", "%", &err),
                     EI_OK);
    assert_int_equal(ei_chart_add_bar(c, "固定资产投资", 72.5, 66.7, &err),
                     EI_OK);
    assert_int_equal(ei_chart_add_bar(c, "no data yet", NAN, 66.7, &err),
                     EI_OK);
    assert_int_equal(ei_chart_add_bar(c, "x", 10, NAN, &err), EI_EINVAL);
    assert_int_equal(ei_chart_add_bar(c, NULL, 10, 10, &err), EI_EINVAL);
    assert_int_equal(c->nbars, 2);
    ei_chart_free(c);
}

static void test_format_parse(void **state)
{
    (void)state;
    ei_image_format f;
    assert_int_equal(ei_image_format_parse(&f, "png"), EI_OK);
    assert_int_equal(f, EI_IMAGE_PNG);
    assert_int_equal(ei_image_format_parse(&f, "svg"), EI_OK);
    assert_int_equal(f, EI_IMAGE_SVG);
    assert_int_equal(ei_image_format_parse(&f, "gif"), EI_EPARSE);
    assert_int_equal(ei_image_format_parse(NULL, "svg"), EI_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_and_free), cmocka_unit_test(test_lines),
        cmocka_unit_test(test_targets_and_bars),
        cmocka_unit_test(test_format_parse),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
