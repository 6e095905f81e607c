/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of lib/csv_cells.c: one cell to a value, errors located at the
 * cell and naming the column. */
#include "testutil.h"

#include <string.h>

#include "csv_read.h"
#include "econind/econind.h"

/* Run fn on the first data row of text (a header line, then one row). */
typedef int (*row_test)(const ei_csv_row *row, void *out, ei_error *err);

typedef struct harness {
    row_test fn;
    void *out;
} harness;

static int on_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    harness *h = ctx;
    return row->index == 1 ? h->fn(row, h->out, err) : EI_OK;
}

static int run(const char *text, row_test fn, void *out, ei_error *err)
{
    harness h = {fn, out};
    ei_error_clear(err);
    return ei_csv_rows_read_buffer("c.csv", text, strlen(text), NULL, on_row,
                                   &h, err);
}

static int bound_of_field1(const ei_csv_row *row, void *out, ei_error *err)
{
    return ei_csv_cell_bound(out, row, 1, err);
}

static void bound_words(void **state)
{
    (void)state;
    /* the words of DOMAIN.md's target operators and series.h's ei_bound */
    static const struct {
        const char *word;
        ei_bound b;
    } cases[] = {
        {"", EI_BOUND_EXACT},      {"exact", EI_BOUND_EXACT},
        {"Above", EI_BOUND_ABOVE}, {">", EI_BOUND_ABOVE},
        {"突破", EI_BOUND_ABOVE},  {"超过", EI_BOUND_ABOVE},
        {"余", EI_BOUND_ABOVE},    {"以上", EI_BOUND_ABOVE},
        {"below", EI_BOUND_BELOW}, {"<", EI_BOUND_BELOW},
        {"近", EI_BOUND_BELOW},    {"不到", EI_BOUND_BELOW},
        {"ABOUT", EI_BOUND_ABOUT}, {"~", EI_BOUND_ABOUT},
        {"左右", EI_BOUND_ABOUT},  {"约", EI_BOUND_ABOUT},
        {" 约 ", EI_BOUND_ABOUT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[64];
        snprintf(text, sizeof text, "a,bound\nx,\"%s\"\n", cases[i].word);
        ei_bound b = (ei_bound)-1;
        ei_error e;
        assert_int_equal(run(text, bound_of_field1, &b, &e), EI_OK);
        assert_int_equal(b, cases[i].b);
        ei_bound b2;
        if (strchr(cases[i].word, ' ') == NULL) {
            assert_int_equal(ei_bound_parse(&b2, cases[i].word), EI_OK);
            assert_int_equal(b2, cases[i].b);
        }
    }
    ei_bound b;
    ei_error e;
    assert_int_equal(run("a,bound\nx,多于\n", bound_of_field1, &b, &e),
                     EI_EPARSE);
    assert_string_equal(e.text, "bound: \"多于\" is not a bound: use exact, "
                                "above, below or about");
    assert_int_equal(e.line, 2);
    assert_int_equal(e.column, 3);
    assert_int_equal(ei_bound_parse(&b, "maybe"), EI_EPARSE);
}

static int freq_of_field0(const ei_csv_row *row, void *out, ei_error *err)
{
    return ei_csv_cell_freq(out, row, 0, err);
}

static void freq_words(void **state)
{
    (void)state;
    static const struct {
        const char *word;
        ei_freq f;
    } cases[] = {
        {"annual", EI_FREQ_ANNUAL},       {"A", EI_FREQ_ANNUAL},
        {"年度", EI_FREQ_ANNUAL},         {"Quarterly", EI_FREQ_QUARTERLY},
        {"季", EI_FREQ_QUARTERLY},        {"monthly", EI_FREQ_MONTHLY},
        {"月度", EI_FREQ_MONTHLY},        {"", EI_FREQ_NONE},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[64];
        snprintf(text, sizeof text, "f,x\n%s,1\n", cases[i].word);
        ei_freq f = (ei_freq)-1;
        ei_error e;
        assert_int_equal(run(text, freq_of_field0, &f, &e), EI_OK);
        assert_int_equal(f, cases[i].f);
    }
    ei_freq f;
    ei_error e;
    assert_int_equal(run("f,x\nweekly,1\n", freq_of_field0, &f, &e),
                     EI_EPARSE);
    assert_string_equal(e.text, "frequency: \"weekly\" is not a frequency: "
                                "use annual, quarterly or monthly");
}

typedef struct measure_out {
    ei_measure m;
    bool given;
} measure_out;

static int measure_of_field0(const ei_csv_row *row, void *out,
                             ei_error *err)
{
    measure_out *mo = out;
    return ei_csv_cell_measure(&mo->m, &mo->given, row, 0, err);
}

static void measure_words(void **state)
{
    (void)state;
    static const struct {
        const char *word;
        ei_measure m;
        bool given;
    } cases[] = {
        {"level", EI_MEASURE_LEVEL, true}, {"累计", EI_MEASURE_YTD, true},
        {"YTD", EI_MEASURE_YTD, true},     {"rate", EI_MEASURE_RATE, true},
        {"index", EI_MEASURE_INDEX, true}, {"", EI_MEASURE_LEVEL, false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[64];
        snprintf(text, sizeof text, "m,x\n%s,1\n", cases[i].word);
        measure_out mo;
        ei_error e;
        assert_int_equal(run(text, measure_of_field0, &mo, &e), EI_OK);
        assert_int_equal(mo.m, cases[i].m);
        assert_int_equal(mo.given, cases[i].given);
    }
}

static int number_of_field1(const ei_csv_row *row, void *out, ei_error *err)
{
    return ei_csv_cell_number(out, row, 1, "value", err);
}

static void numbers(void **state)
{
    (void)state;
    ei_number n;
    ei_error e;
    assert_int_equal(run("a,v\nx,\"1,234.5\"\n", number_of_field1, &n, &e),
                     EI_OK);
    assert_close(n.value, 1234.5, 1e-15);
    assert_int_equal(run("a,v\nx,7.2%\n", number_of_field1, &n, &e), EI_OK);
    assert_close(n.value, 7.2, 1e-15);
    assert_true(n.percent);
    assert_int_equal(run("a,v\nx,NA\n", number_of_field1, &n, &e), EI_OK);
    assert_true(n.missing);
    /* overflow is a range error; NaN and stray text are parse errors */
    assert_int_equal(run("a,v\n区,1e400\n", number_of_field1, &n, &e),
                     EI_ERANGE);
    assert_string_equal(e.text, "value: \"1e400\" is out of range");
    assert_int_equal(e.column, 3);
    assert_int_equal(run("a,v\nx,nan\n", number_of_field1, &n, &e),
                     EI_EPARSE);
    assert_string_equal(e.text,
                        "value: \"nan\" is not a number: not a finite number");
    /* long cells are cut on a character boundary, at a line break too */
    assert_int_equal(run("a,v\nx,一二三四五六七八九十一二三四五六七八九十\n",
                         number_of_field1, &n, &e),
                     EI_EPARSE);
    assert_non_null(strstr(e.text, "\"一二三四五六七八九十一二三四五六…\""));
    assert_int_equal(run("a,v\nx,\"12\n34\"\n", number_of_field1, &n, &e),
                     EI_EPARSE);
    assert_non_null(strstr(e.text, "value: \"12…\" is not a number"));
}

static int period_of_field1(const ei_csv_row *row, void *out, ei_error *err)
{
    return ei_csv_cell_period(out, row, 1, "period", err);
}

static void periods(void **state)
{
    (void)state;
    ei_period p;
    ei_error e;
    assert_int_equal(run("a,p\nx,2017年1-3月\n", period_of_field1, &p, &e),
                     EI_OK);
    assert_true(ei_period_equal(p, ei_period_ytd(2017, EI_FREQ_MONTHLY, 1,
                                                 3)));
    assert_int_equal(run("a,p\nx,2017Q5\n", period_of_field1, &p, &e),
                     EI_EPARSE);
    assert_string_equal(e.text, "period: \"2017Q5\" is not a period: "
                                "quarter 5 is out of range 1-4");
    assert_int_equal(run("a,p\nx,\" \"\n", period_of_field1, &p, &e),
                     EI_EPARSE);
    assert_string_equal(e.text, "period: empty");
}

static int status_of_field1(const ei_csv_row *row, void *out, ei_error *err)
{
    return ei_csv_cell_status(out, row, 1, err);
}

static void statuses(void **state)
{
    (void)state;
    ei_obs_status st;
    ei_error e;
    assert_int_equal(run("a,s\nx,预计\n", status_of_field1, &st, &e), EI_OK);
    assert_int_equal(st, EI_STATUS_ESTIMATE);
    assert_int_equal(run("a,s\nx, revised \n", status_of_field1, &st, &e),
                     EI_OK);
    assert_int_equal(st, EI_STATUS_REVISED);
    assert_int_equal(run("a,s\nx,传闻\n", status_of_field1, &st, &e),
                     EI_EPARSE);
    assert_int_equal(e.column, 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bound_words),   cmocka_unit_test(freq_words),
        cmocka_unit_test(measure_words), cmocka_unit_test(numbers),
        cmocka_unit_test(periods),       cmocka_unit_test(statuses),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
