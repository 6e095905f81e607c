/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Building a report: options, region, as-of, formats. */
#include "report_fixture.h"

#include "report_model.h"

static void test_options(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(rf_hanyang);
    ei_report *r = NULL;
    ei_error err;
    ei_report_options o = EI_REPORT_OPTIONS_INIT;
    o.horizon = 0;
    assert_int_equal(ei_report_new(&r, ds, &o, &err), EI_EINVAL);
    assert_null(r);
    o = (ei_report_options)EI_REPORT_OPTIONS_INIT;
    o.version = 99;
    assert_int_equal(ei_report_new(&r, ds, &o, &err), EI_EINVAL);
    o = (ei_report_options)EI_REPORT_OPTIONS_INIT;
    o.region = "洪山区";
    assert_int_equal(ei_report_new(&r, ds, &o, &err), EI_ENOTFOUND);
    assert_non_null(strstr(err.text, "洪山区"));
    assert_int_equal(ei_report_new(&r, NULL, NULL, &err), EI_EINVAL);
    /* defaults: the first region, the four headline indicators */
    assert_int_equal(ei_report_new(&r, ds, NULL, &err), EI_OK);
    assert_string_equal(ei_report_region(r), "汉阳区");
    assert_int_equal(r->n, 4);
    assert_true(r->ind[0].found);  /* GDP */
    assert_false(r->ind[1].found); /* no fixed-asset investment here */
    assert_int_equal(r->ind[1].mark, RP_MARK_MISSING);
    assert_int_equal(r->data_year, 2020);
    ei_report_free(r);
    ei_report_free(NULL);
    ei_dataset_free(ds);
}

/* As of 2018 the 2020 figures (700, 699) are not known yet. */
static void test_as_of(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(rf_hanyang);
    ei_report_options o = EI_REPORT_OPTIONS_INIT;
    o.as_of = ei_period_year(2018);
    char *md = rf_report(ds, &o, EI_REPORT_MARKDOWN);
    assert_non_null(strstr(md, "as of 2018"));
    assert_non_null(strstr(md, "| 2017 | 948.00 | estimate"));
    assert_null(strstr(md, "699"));
    assert_null(strstr(md, "Caliber break"));
    free(md);
    ei_dataset_free(ds);
}

static void test_indicators_option(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(rf_hanyang);
    static const char *const only[] = {"社会消费品零售总额"};
    ei_report_options o = EI_REPORT_OPTIONS_INIT;
    o.indicators = only;
    o.n_indicators = 1;
    char *md = rf_report(ds, &o, EI_REPORT_MARKDOWN);
    assert_non_null(strstr(md, "## 社会消费品零售总额"));
    assert_null(strstr(md, "## 地区生产总值"));
    free(md);
    ei_dataset_free(ds);
}

static void test_formats(void **state)
{
    (void)state;
    ei_report_format f;
    assert_int_equal(ei_report_format_parse(&f, "html"), EI_OK);
    assert_int_equal(f, EI_REPORT_HTML);
    assert_int_equal(ei_report_format_parse(&f, "md"), EI_OK);
    assert_int_equal(f, EI_REPORT_MARKDOWN);
    assert_int_equal(ei_report_format_parse(&f, "pdf"), EI_EPARSE);
    assert_int_equal(ei_report_format_for_path("out/report.html"),
                     EI_REPORT_HTML);
    assert_int_equal(ei_report_format_for_path("r.htm"), EI_REPORT_HTML);
    assert_int_equal(ei_report_format_for_path("r.md"), EI_REPORT_MARKDOWN);
    assert_int_equal(ei_report_format_for_path("-"), EI_REPORT_MARKDOWN);
    assert_int_equal(ei_report_format_for_path(NULL), EI_REPORT_MARKDOWN);
}

static void test_write_file(void **state)
{
    (void)state;
    ei_dataset *ds = rf_dataset(rf_hanyang);
    ei_report *r = NULL;
    ei_error err;
    assert_int_equal(ei_report_new(&r, ds, NULL, &err), EI_OK);
    assert_int_equal(ei_report_write_file(r, "/nonexistent/dir/r.html",
                                          EI_REPORT_HTML, &err),
                     EI_EIO);
    assert_int_equal(ei_report_write(r, stdout, (ei_report_format)5, &err),
                     EI_EINVAL);
    ei_report_free(r);
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_options), cmocka_unit_test(test_as_of),
        cmocka_unit_test(test_indicators_option),
        cmocka_unit_test(test_formats), cmocka_unit_test(test_write_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
