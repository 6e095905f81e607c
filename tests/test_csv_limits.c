/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The reader's limits (csv.h: EI_CSV_FIELD_MAX, EI_CSV_COLUMNS_MAX) on
 * inputs too big to commit as files, built in memory here: a single 100 MB
 * line, a 100 MB runaway quote, a million columns in the header and in a
 * data row. Each must fail with EI_ERANGE at the right place and leave the
 * dataset empty; inputs exactly at the limits must still be read.
 */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "econind/econind.h"

#define MB ((size_t)1 << 20)

static const char head[] = "region,indicator,period,value,note\n"
                           "汉阳区,地区生产总值,2017,948,";

/* head, then fill bytes of c, then tail; *len gets the length. */
static char *build(size_t fill, char c, const char *tail, size_t *len)
{
    size_t h = strlen(head), t = strlen(tail);
    char *s = malloc(h + fill + t + 1);
    assert_non_null(s);
    memcpy(s, head, h);
    memset(s + h, c, fill);
    memcpy(s + h + fill, tail, t + 1);
    *len = h + fill + t;
    return s;
}

static void read_fails(const char *data, size_t len, int code,
                       const char *where)
{
    ei_dataset *ds;
    ei_error e;
    assert_int_equal(ei_dataset_new(&ds, NULL, &e), EI_OK);
    assert_int_equal(ei_csv_read_buffer(ds, "big.csv", data, len, NULL, NULL,
                                        &e),
                     code);
    char got[EI_ERROR_TEXT_MAX + 64];
    snprintf(got, sizeof got, "%lu:%lu: %s", e.line, e.column, e.text);
    assert_string_equal(got, where);
    assert_int_equal(ei_dataset_count(ds), 0);
    ei_dataset_free(ds);
}

static void line_of_100mb(void **state)
{
    (void)state;
    size_t len;
    char *s = build(100 * MB, 'x', "\n", &len);
    /* column 21: the note, after 汉阳区,地区生产总值,2017,948, (20 characters) */
    read_fails(s, len, EI_ERANGE, "2:21: field longer than 1048576 bytes");
    free(s);
}

static void quote_of_100mb(void **state)
{
    (void)state;
    /* an opening quote that never closes, over 100 MB of short lines: the
     * reader must stop at the field limit, not buffer the rest */
    size_t len;
    char *s = build(100 * MB, 'y', "\n", &len);
    size_t at = strlen(head);
    s[at] = '"';
    for (size_t i = at + 80; i < len - 1; i += 80)
        s[i] = '\n';
    read_fails(s, len, EI_ERANGE,
               "2:21: field longer than 1048576 bytes (an unterminated "
               "quote?)");
    free(s);
}

/* A header and one row: in_header, n columns (indicator, period, value,
 * c4..cn) and a row of n fields; otherwise three columns and a row of n
 * fields (948 then 1s). *len gets the length. */
static char *columns(size_t n, bool in_header, size_t *len)
{
    size_t cap = n * 12 + 256, k = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    if (in_header) {
        k += (size_t)sprintf(s, "indicator,period,value");
        for (size_t i = 4; i <= n; i++)
            k += (size_t)sprintf(s + k, ",c%zu", i);
        k += (size_t)sprintf(s + k, "\n地区生产总值,2017,948");
        for (size_t i = 4; i <= n; i++)
            s[k++] = ','; /* as many fields as the header, empty */
        s[k++] = '\n';
        s[k] = '\0';
    } else {
        k += (size_t)sprintf(s, "indicator,period,value\n地区生产总值,2017,948");
        for (size_t i = 4; i <= n; i++)
            k += (size_t)sprintf(s + k, ",1");
        k += (size_t)sprintf(s + k, "\n");
    }
    *len = k;
    return s;
}

static void million_columns(void **state)
{
    (void)state;
    size_t len;
    char *s = columns(1000000, true, &len);
    /* the first column past the limit: "indicator,period,value,c4,…" */
    char want[128];
    size_t col = strlen("indicator,period,value");
    for (size_t i = 4; i <= EI_CSV_COLUMNS_MAX; i++)
        col += (size_t)snprintf(NULL, 0, ",c%zu", i);
    snprintf(want, sizeof want, "1:%zu: more than 4096 columns", col + 2);
    read_fails(s, len, EI_ERANGE, want);
    free(s);

    s = columns(1000000, false, &len);
    col = strlen("地区生产总值,2017,948") - 12; /* 6 characters of 3 bytes */
    col += 2 * (EI_CSV_COLUMNS_MAX - 3);
    snprintf(want, sizeof want, "2:%zu: more than 4096 columns", col + 2);
    read_fails(s, len, EI_ERANGE, want);
    free(s);
}

static void at_the_limits(void **state)
{
    (void)state;
    ei_dataset *ds;
    ei_error e;
    size_t len;
    /* a note of exactly EI_CSV_FIELD_MAX bytes */
    char *s = build(EI_CSV_FIELD_MAX, 'z', "\n", &len);
    assert_int_equal(ei_dataset_new(&ds, NULL, &e), EI_OK);
    assert_int_equal(ei_csv_read_buffer(ds, "max.csv", s, len, NULL, NULL,
                                        &e),
                     EI_OK);
    assert_int_equal(ei_dataset_count(ds), 1);
    assert_close(ei_series_value_at(ei_dataset_at(ds, 0), 0), 948, 1e-12);
    ei_dataset_free(ds);
    free(s);

    /* exactly EI_CSV_COLUMNS_MAX columns, in the header and the row */
    s = columns(EI_CSV_COLUMNS_MAX, true, &len);
    assert_int_equal(ei_dataset_new(&ds, NULL, &e), EI_OK);
    assert_int_equal(ei_csv_read_buffer(ds, "cols.csv", s, len, NULL, NULL,
                                        &e),
                     EI_OK);
    assert_int_equal(ei_dataset_count(ds), 1);
    ei_dataset_free(ds);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(line_of_100mb),
        cmocka_unit_test(quote_of_100mb),
        cmocka_unit_test(million_columns),
        cmocka_unit_test(at_the_limits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
