/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the observation readers (lib/csv_read.c, csv_long.c,
 * csv_wide.c, csv_columns.c, csv_cells.c): the good paths; the bad ones
 * are the corpus of test_csv_corpus.c. Figures are Hanyang district's
 * (汉阳区) from shared/data/seed_indicators.csv: GDP 2017 estimate 948 亿元
 * (+7%), 2020 final 699 亿元; retail sales 2017 estimate 568 亿元 (+10.2%),
 * 2020 470.67 亿元 (-21.7%). */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "econind/econind.h"

static ei_dataset *new_ds(void)
{
    ei_dataset *ds;
    ei_error e;
    assert_int_equal(ei_dataset_new(&ds, NULL, &e), EI_OK);
    return ds;
}

static void read_ok(ei_dataset *ds, const char *text,
                    const ei_csv_options *o)
{
    ei_error e;
    int rc = ei_csv_read_buffer(ds, "t.csv", text, strlen(text), o, NULL,
                                &e);
    if (rc != EI_OK) {
        char msg[512];
        ei_error_format(&e, msg, sizeof msg);
        fail_msg("%s", msg);
    }
}

static void data_path(char *buf, size_t size, const char *name)
{
    const char *src = getenv("SRCDIR");
    assert_non_null(src);
    snprintf(buf, size, "%s/tests/data/%s", src, name);
}

/* Value of `ind` in `region` at period text `p`. */
static double value_at(const ei_dataset *ds, const char *region,
                       const char *ind, const char *p)
{
    ei_period per;
    assert_int_equal(ei_period_parse(&per, p, strlen(p), NULL), EI_OK);
    const ei_series *s = ei_dataset_find(ds, region, ind, per.freq);
    assert_non_null(s);
    size_t i;
    assert_int_equal(ei_series_index_of(s, per, &i), EI_OK);
    return ei_series_value_at(s, i);
}

static double growth_at(const ei_dataset *ds, const char *ind, const char *p)
{
    ei_period per;
    assert_int_equal(ei_period_parse(&per, p, strlen(p), NULL), EI_OK);
    const ei_series *s = ei_dataset_find(ds, "汉阳区", ind, per.freq);
    assert_non_null(s);
    size_t i;
    assert_int_equal(ei_series_index_of(s, per, &i), EI_OK);
    return ei_series_growth_at(s, i);
}

static void long_english(void **state)
{
    (void)state;
    ei_dataset *ds = new_ds();
    read_ok(ds,
            "Region,Indicator,Period,Value,Unit,Growth,Status,indicator_en\n"
            "汉阳区,地区生产总值,2017,948,亿元,7,estimate,GDP\n"
            "汉阳区,地区生产总值,2020,700,亿元,,estimate,GDP\n"
            "汉阳区,地区生产总值,2020,699,亿元,,actual,GDP\n",
            NULL);
    assert_int_equal(ei_dataset_count(ds), 1);
    assert_close(value_at(ds, "汉阳区", "gdp", "2017"), 948, 1e-12);
    assert_close(growth_at(ds, "gdp", "2017"), 7, 1e-12);
    /* the final figure wins over the estimate */
    assert_close(value_at(ds, "汉阳区", "GDP", "2020"), 699, 1e-12);
    const ei_series *s = ei_dataset_at(ds, 0);
    assert_int_equal(ei_series_obs_count(s), 3);
    ei_observation o;
    assert_int_equal(ei_series_obs_at(s, 0, &o), EI_OK);
    assert_string_equal(o.file, "t.csv");
    assert_int_equal(o.line, 2);
    ei_dataset_free(ds);
}

static void long_chinese_quoted_percent(void **state)
{
    (void)state;
    ei_dataset *ds = new_ds();
    read_ok(ds,
            "地区,指标名称,时间,值,单位,同比增长(%),约数,口径,备注\n"
            "汉阳区,社会消费品零售总额,2020,\"470.67\",亿元,-21.7%,,,\n"
            "汉阳区,地区生产总值,2018,\"1,000\",亿元,,突破,2018年及以前口径,"
            "\"2018年汉阳成为全市第四个地区生产总值破千亿的中心城区\"\n",
            NULL);
    assert_close(value_at(ds, "汉阳区", "retail", "2020"), 470.67, 1e-12);
    assert_close(growth_at(ds, "retail", "2020"), -21.7, 1e-12);
    assert_close(value_at(ds, "汉阳区", "gdp", "2018"), 1000, 1e-12);
    const ei_series *s = ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_ANNUAL);
    assert_int_equal(ei_series_bound_at(s, 0), EI_BOUND_ABOVE);
    ei_observation o;
    assert_int_equal(ei_series_obs_at(s, 0, &o), EI_OK);
    assert_string_equal(o.caliber, "2018年及以前口径");
    ei_dataset_free(ds);
}

static void ytd_span_and_growth_only(void **state)
{
    (void)state;
    ei_dataset *ds = new_ds();
    /* fixed-asset investment, cumulative: the span makes it YTD; a row
     * with growth and no value is kept for its growth */
    read_ok(ds,
            "region,indicator,period,value,unit,growth\n"
            "汉阳区,固定资产投资,2021-01..03,120,亿元,\n"
            "汉阳区,固定资产投资,2021-01..06,250,亿元,\n"
            "汉阳区,居民人均可支配收入,2017,,,9\n",
            NULL);
    const ei_series *s =
        ei_dataset_find(ds, "汉阳区", "固定资产投资", EI_FREQ_MONTHLY);
    assert_non_null(s);
    assert_int_equal(ei_series_measure(s), EI_MEASURE_YTD);
    assert_close(growth_at(ds, "居民人均可支配收入", "2017"), 9, 1e-12);
    assert_true(isnan(value_at(ds, "汉阳区", "居民人均可支配收入", "2017")));
    ei_dataset_free(ds);
}

static void wide(void **state)
{
    (void)state;
    ei_dataset *ds = new_ds();
    read_ok(ds,
            "地区,指标,单位,2017年,2018,2020\n"
            "汉阳区,地区生产总值,亿元,948,\"1,000\",699\n"
            "汉阳区,社会消费品零售总额,亿元,568,NA,470.67\n",
            NULL);
    assert_int_equal(ei_dataset_count(ds), 2);
    assert_close(value_at(ds, "汉阳区", "gdp", "2017"), 948, 1e-12);
    assert_close(value_at(ds, "汉阳区", "gdp", "2018"), 1000, 1e-12);
    assert_close(value_at(ds, "汉阳区", "gdp", "2020"), 699, 1e-12);
    assert_close(value_at(ds, "汉阳区", "retail", "2020"), 470.67, 1e-12);
    assert_true(isnan(value_at(ds, "汉阳区", "retail", "2018")));
    ei_dataset_free(ds);
}

static void bom_crlf_semicolon(void **state)
{
    (void)state;
    ei_dataset *ds = new_ds();
    read_ok(ds,
            "\xEF\xBB\xBFregion;indicator;period;value;unit\r\n"
            "汉阳区;地区生产总值;2017;948;亿元\r\n"
            "\r\n"
            "汉阳区;地区生产总值;2020;\"699\";亿元\r\n",
            NULL);
    assert_close(value_at(ds, "汉阳区", "gdp", "2017"), 948, 1e-12);
    ei_dataset_free(ds);
}

static void gbk_file(void **state)
{
    (void)state;
    char path[1024];
    data_path(path, sizeof path, "gbk_long.csv");
    for (int enc = EI_ENCODING_AUTO; enc <= EI_ENCODING_GBK; enc += 2) {
        ei_dataset *ds = new_ds();
        ei_csv_options o = EI_CSV_OPTIONS_INIT;
        o.encoding = (ei_encoding)enc;
        ei_error e;
        assert_int_equal(ei_csv_read_file(ds, path, &o, NULL, &e), EI_OK);
        assert_int_equal(ei_dataset_count(ds), 2);
        assert_close(value_at(ds, "汉阳区", "地区生产总值", "2020"), 699,
                     1e-12);
        assert_close(value_at(ds, "汉阳区", "fai", "2017"), 445.3, 1e-12);
        ei_dataset_free(ds);
    }
    /* declared UTF-8, the GBK bytes are an error at line 1 column 1 */
    ei_dataset *ds = new_ds();
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.encoding = EI_ENCODING_UTF8;
    ei_error e;
    assert_int_equal(ei_csv_read_file(ds, path, &o, NULL, &e), EI_ENCODING);
    assert_int_equal(e.line, 1);
    assert_int_equal(e.column, 1);
    ei_dataset_free(ds);
}

static void several_files(void **state)
{
    (void)state;
    char a[1024], b[1024];
    data_path(a, sizeof a, "csv/hanyang_a.csv");
    data_path(b, sizeof b, "csv/hanyang_b.csv");
    ei_dataset *ds = new_ds();
    ei_error e;
    assert_int_equal(ei_csv_read_file(ds, a, NULL, NULL, &e), EI_OK);
    assert_int_equal(ei_csv_read_file(ds, b, NULL, NULL, &e), EI_OK);
    assert_int_equal(ei_dataset_file_count(ds), 2);
    assert_int_equal(ei_dataset_count(ds), 2);
    assert_close(value_at(ds, "汉阳区", "gdp", "2017"), 948, 1e-12);
    assert_close(value_at(ds, "汉阳区", "gdp", "2020"), 699, 1e-12);
    assert_close(growth_at(ds, "retail", "2017"), 10.2, 1e-12);
    assert_close(growth_at(ds, "retail", "2020"), -21.7, 1e-12);
    ei_dataset_free(ds);
}

static void conflict_across_files(void **state)
{
    (void)state;
    char a[1024], c[1024];
    data_path(a, sizeof a, "csv/hanyang_a.csv");
    data_path(c, sizeof c, "csv/conflict.csv");
    ei_dataset *ds = new_ds();
    ei_error e;
    assert_int_equal(ei_csv_read_file(ds, a, NULL, NULL, &e), EI_OK);
    assert_int_equal(ei_csv_read_file(ds, c, NULL, NULL, &e), EI_ECONFLICT);
    /* located at the second row, naming the first */
    assert_string_equal(e.source, c);
    assert_int_equal(e.line, 3);
    char first[1100];
    snprintf(first, sizeof first, "%s:2", a);
    if (!strstr(e.text, first))
        fail_msg("'%s' does not name %s", e.text, first);
    /* nothing of the failed file is in the dataset */
    assert_int_equal(ei_dataset_file_count(ds), 1);
    const ei_series *s = ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_ANNUAL);
    assert_int_equal(ei_series_obs_count(s), 1);
    ei_dataset_free(ds);
}

typedef struct problems {
    char text[4][256];
    size_t n;
} problems;

static void on_problem(void *ctx, const ei_error *p)
{
    problems *pr = ctx;
    assert_true(pr->n < 4);
    ei_error_format(p, pr->text[pr->n], sizeof pr->text[0]);
    pr->n++;
}

static void lenient(void **state)
{
    (void)state;
    static const char text[] = "region,indicator,period,value,unit\n"
                               "汉阳区,地区生产总值,2017,948,亿元\n"
                               "汉阳区,地区生产总值,2018Q5,1,亿元\n"
                               "汉阳区,地区生产总值,2019,abc,亿元\n"
                               "汉阳区,地区生产总值,2020,699,亿元\n";
    ei_dataset *ds = new_ds();
    problems pr;
    memset(&pr, 0, sizeof pr);
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.lenient = true;
    o.on_problem = on_problem;
    o.problem_ctx = &pr;
    size_t skipped = 0;
    ei_error e;
    assert_int_equal(ei_csv_read_buffer(ds, "gdp.csv", text, sizeof text - 1,
                                        &o, &skipped, &e),
                     EI_OK);
    assert_int_equal(skipped, 2);
    assert_int_equal(pr.n, 2);
    assert_non_null(strstr(pr.text[0], "gdp.csv:3:12: period: \"2018Q5\""));
    assert_string_equal(pr.text[1],
                        "gdp.csv:4:17: value: \"abc\" is not a number: "
                        "unexpected 'abc'");
    assert_close(value_at(ds, "汉阳区", "gdp", "2020"), 699, 1e-12);
    /* strict (the default): the first bad row fails the read */
    ei_dataset *ds2 = new_ds();
    assert_int_equal(ei_csv_read_buffer(ds2, "gdp.csv", text,
                                        sizeof text - 1, NULL, &skipped, &e),
                     EI_EPARSE);
    assert_int_equal(e.line, 3);
    assert_int_equal(skipped, 0);
    assert_int_equal(ei_dataset_count(ds2), 0);
    ei_dataset_free(ds2);
    ei_dataset_free(ds);
}

static void failure_keeps_dataset(void **state)
{
    (void)state;
    ei_dataset *ds = new_ds();
    read_ok(ds, "region,indicator,period,value\n汉阳区,gdp,2017,948\n", NULL);
    ei_error e;
    static const char bad[] = "region,indicator,period,value\n"
                              "汉阳区,gdp,2018,1000\n"
                              "汉阳区,retail,2018,x\n";
    assert_int_equal(ei_csv_read_buffer(ds, "b.csv", bad, sizeof bad - 1,
                                        NULL, NULL, NULL),
                     EI_EPARSE);
    assert_int_equal(ei_dataset_count(ds), 1);
    ei_period y2018 = ei_period_year(2018);
    size_t i;
    assert_int_equal(ei_series_index_of(ei_dataset_at(ds, 0), y2018, &i),
                     EI_ENOTFOUND);
    (void)e;
    ei_dataset_free(ds);
}

static void defaults_from_options(void **state)
{
    (void)state;
    ei_dataset *ds = new_ds();
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.region = "汉阳区";
    o.indicator = "地方一般公共预算收入";
    o.unit = "亿元";
    read_ok(ds, "period\tvalue\n2017\t83.9\n2020\t131.62\n", &o);
    assert_close(value_at(ds, "汉阳区", "fiscal_revenue", "2020"), 131.62,
                 1e-12);
    assert_string_equal(ei_series_unit(ei_dataset_at(ds, 0)).name, "亿元");
    ei_dataset_free(ds);
}

static void progress(void *ctx, size_t done, size_t total)
{
    size_t *seen = ctx;
    assert_true(done <= total);
    seen[0]++;
    seen[1] = done;
    seen[2] = total;
}

static void progress_and_header_only(void **state)
{
    (void)state;
    ei_dataset *ds = new_ds();
    size_t seen[3] = {0, 0, 0};
    ei_csv_options o = EI_CSV_OPTIONS_INIT;
    o.on_progress = progress;
    o.progress_ctx = seen;
    static const char text[] = "region,indicator,period,value\n";
    read_ok(ds, text, &o);
    assert_int_equal(ei_dataset_count(ds), 0);
    assert_true(seen[0] >= 1);
    assert_int_equal(seen[1], sizeof text - 1);
    assert_int_equal(seen[2], sizeof text - 1);
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(long_english),
        cmocka_unit_test(long_chinese_quoted_percent),
        cmocka_unit_test(ytd_span_and_growth_only),
        cmocka_unit_test(wide),
        cmocka_unit_test(bom_crlf_semicolon),
        cmocka_unit_test(gbk_file),
        cmocka_unit_test(several_files),
        cmocka_unit_test(conflict_across_files),
        cmocka_unit_test(lenient),
        cmocka_unit_test(failure_keeps_dataset),
        cmocka_unit_test(defaults_from_options),
        cmocka_unit_test(progress_and_header_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
