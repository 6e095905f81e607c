/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing charts: PNG and SVG, to streams, memory and files. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

#include "chart_priv.h"

static ei_chart *gdp_chart(void)
{
    ei_chart *c = NULL;
    ei_period x[3] = {ei_period_year(2017), ei_period_year(2018),
                      ei_period_year(2020)};
    double y[3] = {948, 1000, 699};
    assert_int_equal(ei_chart_new(&c, EI_CHART_LINE, "地区生产总值", "亿元",
                                  NULL),
                     EI_OK);
    assert_int_equal(ei_chart_add_line(c, "实际", x, y, NULL, 3, false, NULL),
                     EI_OK);
    return c;
}

static void test_png(void **state)
{
    (void)state;
    ei_chart *c = gdp_chart();
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    assert_int_equal(ei_chart_write(c, fp, EI_IMAGE_PNG, 300, 200, NULL),
                     EI_OK);
    fclose(fp);
    /* the PNG signature, then the IHDR chunk with width 300, height 200 */
    assert_true(len > 100);
    assert_memory_equal(buf, "\x89PNG\r\n\x1a\n", 8);
    assert_memory_equal(buf + 12, "IHDR", 4);
    const unsigned char *u = (const unsigned char *)buf;
    assert_int_equal((u[16] << 24) | (u[17] << 16) | (u[18] << 8) | u[19], 300);
    assert_int_equal((u[20] << 24) | (u[21] << 16) | (u[22] << 8) | u[23], 200);
    free(buf);
    ei_chart_free(c);
}

static void test_svg(void **state)
{
    (void)state;
    ei_chart *c = gdp_chart();
    char *svg = NULL;
    size_t len = 0;
    assert_int_equal(ei_chart_svg_buffer(&svg, &len, c, 0, 0, NULL), EI_OK);
    assert_int_equal(strlen(svg), len);
    assert_non_null(strstr(svg, "<svg"));
    assert_non_null(strstr(svg, "viewBox=\"0 0 720 340\""));
    assert_non_null(strstr(svg, "id=\"glyph")); /* text as outlines */
    assert_non_null(strstr(svg, "</svg>"));
    free(svg);
    ei_chart_free(c);
}

static void test_sizes(void **state)
{
    (void)state;
    ei_chart *c = gdp_chart();
    ei_error err;
    FILE *fp = fopen("/dev/null", "w");
    assert_int_equal(ei_chart_write(c, fp, EI_IMAGE_PNG, 10, 200, &err),
                     EI_EINVAL);
    assert_int_equal(ei_chart_write(c, fp, EI_IMAGE_SVG, 100, 9000, &err),
                     EI_EINVAL);
    assert_int_equal(ei_chart_write(c, fp, (ei_image_format)9, 0, 0, &err),
                     EI_EINVAL);
    assert_int_equal(ei_chart_write(NULL, fp, EI_IMAGE_SVG, 0, 0, &err),
                     EI_EINVAL);
    fclose(fp);
    ei_chart_free(c);
}

static void test_file(void **state)
{
    (void)state;
    ei_chart *c = gdp_chart();
    ei_error err;
    char dir[] = "/tmp/ei_chart_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[64];
    snprintf(path, sizeof path, "%s/gdp.svg", dir);
    assert_int_equal(ei_chart_write_file(c, path, EI_IMAGE_SVG, 0, 0, &err),
                     EI_OK);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_true(st.st_size > 1000);
    remove(path);
    rmdir(dir);
    /* no such directory: an I/O error naming the path, nothing written */
    assert_int_equal(ei_chart_write_file(c, path, EI_IMAGE_PNG, 0, 0, &err),
                     EI_EIO);
    assert_int_not_equal(stat(path, &st), 0);
    ei_chart_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_png), cmocka_unit_test(test_svg),
        cmocka_unit_test(test_sizes), cmocka_unit_test(test_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
