/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing: the chart font shows Chinese, and bars take the colour of
 * their progress against time. */
#include <stdlib.h>
#include <unistd.h>

#include "testutil.h"

#include "chart_priv.h"

/* Debian's fonts-noto-cjk; without it fontconfig falls back to a font
 * that may lack the characters, and the test is skipped. */
#define NOTO_CJK "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

static void test_chinese_glyphs(void **state)
{
    (void)state;
    if (access(NOTO_CJK, R_OK) != 0)
        skip();
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 64, 64);
    cairo_t *cr = cairo_create(s);
    ei_chart_font(cr, 12, false);
    assert_int_equal(ei_chart_missing_glyphs(cr, "汉阳区地区生产总值 目标 亿元"),
                     0);
    ei_chart_font(cr, 16, true);
    assert_int_equal(ei_chart_missing_glyphs(cr, "社会消费品零售总额 增速"), 0);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
}

/* Pixels of colour (r, g, b) in row y, each channel within 8 of 255ths. */
static int count_colour(cairo_surface_t *s, int y, double r, double g,
                        double b)
{
    cairo_surface_flush(s);
    const unsigned char *row = cairo_image_surface_get_data(s) +
                               (size_t)y * (size_t)cairo_image_surface_get_stride(s);
    int n = 0;
    for (int x = 0; x < cairo_image_surface_get_width(s); x++) {
        uint32_t px = ((const uint32_t *)row)[x];
        int pr = (px >> 16) & 255, pg = (px >> 8) & 255, pb = px & 255;
        n += abs(pr - (int)(r * 255 + 0.5)) <= 8 &&
             abs(pg - (int)(g * 255 + 0.5)) <= 8 &&
             abs(pb - (int)(b * 255 + 0.5)) <= 8;
    }
    return n;
}

/* One bar on a 400 x 200 chart: plot rows 48 … 154, the bar centred on
 * y = 101. 50% done against 40% of the time is green (0.17, 0.62, 0.23);
 * 30% against 40% is amber (0.95, 0.60, 0.07), and not green. */
static void test_bar_colours(void **state)
{
    (void)state;
    for (int ahead = 0; ahead < 2; ahead++) {
        ei_chart *c = NULL;
        assert_int_equal(ei_chart_new(&c, EI_CHART_BARS, "", "%", NULL),
                         EI_OK);
        assert_int_equal(ei_chart_add_bar(c, "x", ahead ? 50 : 30, 40, NULL),
                         EI_OK);
        cairo_surface_t *s =
            cairo_image_surface_create(CAIRO_FORMAT_RGB24, 400, 200);
        cairo_t *cr = cairo_create(s);
        assert_int_equal(ei_chart_draw(c, cr, 400, 200, NULL), EI_OK);
        int green = count_colour(s, 101, 0.17, 0.62, 0.23);
        int amber = count_colour(s, 101, 0.95, 0.60, 0.07);
        if (ahead) {
            assert_true(green > 50);
            assert_int_equal(amber, 0);
        } else {
            assert_true(amber > 30);
            assert_int_equal(green, 0);
        }
        cairo_destroy(cr);
        cairo_surface_destroy(s);
        ei_chart_free(c);
    }
}

/* A target alone on a line chart is drawn red (0.80, 0.10, 0.12); a NaN
 * point draws nothing and is no error. */
static void test_target_and_gaps(void **state)
{
    (void)state;
    ei_chart *c = NULL;
    ei_period x[2] = {ei_period_year(2019), ei_period_year(2020)};
    double y[2] = {NAN, NAN};
    assert_int_equal(ei_chart_new(&c, EI_CHART_LINE, "", "", NULL), EI_OK);
    assert_int_equal(ei_chart_add_line(c, "", x, y, NULL, 2, false, NULL),
                     EI_OK);
    assert_int_equal(ei_chart_add_target(c, "", x[0], x[1], 5, NULL), EI_OK);
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 400,
                                                    200);
    cairo_t *cr = cairo_create(s);
    assert_int_equal(ei_chart_draw(c, cr, 400, 200, NULL), EI_OK);
    int red = 0;
    for (int row = 58; row < 148; row++)
        red += count_colour(s, row, 0.80, 0.10, 0.12);
    assert_true(red > 100);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    ei_chart_free(c);
}

/* Blue (0.12, 0.44, 0.71) pixels of a chart with the figures 2019 = 0,
 * 2020 = 1 and a dashed projection 2021 = 2, starting at 2020 when
 * `from_origin`. */
static int blue_pixels(bool from_origin)
{
    ei_chart *c = NULL;
    ei_period x[3] = {ei_period_year(2019), ei_period_year(2020),
                      ei_period_year(2021)};
    double y[2] = {0, 1}, p[3] = {NAN, from_origin ? 1 : NAN, 2};
    assert_int_equal(ei_chart_new(&c, EI_CHART_LINE, "", "", NULL), EI_OK);
    assert_int_equal(ei_chart_add_line(c, "", x, y, NULL, 2, false, NULL),
                     EI_OK);
    assert_int_equal(ei_chart_add_line(c, "", x, p, NULL, 3, true, NULL),
                     EI_OK);
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 300,
                                                    200);
    cairo_t *cr = cairo_create(s);
    assert_int_equal(ei_chart_draw(c, cr, 300, 200, NULL), EI_OK);
    int n = 0;
    for (int row = 0; row < 200; row++)
        n += count_colour(s, row, 0.12, 0.44, 0.71);
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    ei_chart_free(c);
    return n;
}

/* A projection drawn from the last figure leaves that figure's marker
 * whole: projections are drawn beneath the figures. */
static void test_projection_beneath(void **state)
{
    (void)state;
    int alone = blue_pixels(false);
    assert_true(alone > 50);
    assert_int_equal(blue_pixels(true), alone);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_chinese_glyphs),
        cmocka_unit_test(test_bar_colours),
        cmocka_unit_test(test_target_and_gaps),
        cmocka_unit_test(test_projection_beneath),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
