/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The HTML report: one page, inline charts with unique ids, escaped text,
 * status badges. */
#include "report_fixture.h"

static void test_page(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(rf_hanyang);
    char *html = rf_report(ds, NULL, EI_REPORT_HTML);
    assert_true(strncmp(html, "<!DOCTYPE html>", 15) == 0);
    assert_non_null(strstr(html, "</html>\n"));
    assert_null(strstr(html, "<?xml")); /* cairo's prolog is dropped */
    /* GDP: level and growth charts; retail: the same; no charts for the
     * two indicators without figures */
    assert_int_equal(rf_count(html, "<svg "), 4);
    assert_int_equal(rf_count(html, "aria-label=\"地区生产总值 gross domestic "
                                    "product\""),
                     1);
    /* the second chart's glyphs are its own */
    assert_non_null(strstr(html, "id=\"c1-glyph"));
    assert_non_null(strstr(html, "href=\"#c1-glyph"));
    assert_null(strstr(html, "id=\"glyph"));
    /* statuses as badges, missing cells with their reason */
    assert_non_null(strstr(html, "<span class=\"badge estimate\">estimate</span>"));
    assert_non_null(strstr(html, "<small>caliber-break</small>"));
    assert_non_null(strstr(html, "<div class=\"card final\">"));
    assert_non_null(strstr(html, "<div class=\"card missing\">"));
    free(html);
    ei_dataset_free(ds);
}

static void test_escaping(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(
        "region,indicator,period,value\n"
        "\"A<B&C\",地区生产总值,2019,10\n"
        "\"A<B&C\",地区生产总值,2020,11\n");
    char *html = rf_report(ds, NULL, EI_REPORT_HTML);
    assert_non_null(strstr(html, "<h1>A&lt;B&amp;C: district report</h1>"));
    assert_null(strstr(html, "A<B"));
    free(html);
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_page),
                                       cmocka_unit_test(test_escaping)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
