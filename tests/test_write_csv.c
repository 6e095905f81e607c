/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <csv.h>
#include <string.h>

#include "econind/econind.h"
#include "table_fixture.h"

/* Fields read back by libcsv, row by row (at most 8 x 8 here). */
typedef struct parsed {
    char field[8][8][64];
    size_t nfield[8];
    size_t nrow;
} parsed;

static void on_field(void *s, size_t len, void *data)
{
    parsed *p = data;
    size_t *n = &p->nfield[p->nrow];
    assert_true(p->nrow < 8 && *n < 8 && len < 64);
    memcpy(p->field[p->nrow][*n], s ? s : "", len);
    p->field[p->nrow][*n][len] = '\0';
    (*n)++;
}

static void on_row(int c, void *data)
{
    (void)c;
    ((parsed *)data)->nrow++;
}

static void parse(parsed *p, const char *text)
{
    struct csv_parser cp;
    memset(p, 0, sizeof *p);
    assert_int_equal(csv_init(&cp, CSV_STRICT | CSV_STRICT_FINI), 0);
    size_t n = strlen(text);
    assert_int_equal(csv_parse(&cp, text, n, on_field, on_row, p), n);
    assert_int_equal(csv_fini(&cp, on_field, on_row, p), 0);
    csv_free(&cp);
}

/* The missing cell is empty and its reason sits in 增长_reason, a column
 * that only a column with missing cells gets. */
static void sample_exact(void **state)
{
    (void)state;
    ei_table *t = sample_table();
    int rc;
    char *out = render(t, EI_FORMAT_CSV, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(out,
                        "地区,地区生产总值,增长,增长_reason\r\n"
                        "汉阳区,699,3.5,\r\n"
                        "江岸区,1457.3,,caliber-break\r\n");
    parsed p;
    parse(&p, out);
    assert_int_equal(p.nrow, 3);
    assert_int_equal(p.nfield[2], 4);
    assert_string_equal(p.field[2][2], "");
    assert_string_equal(p.field[2][3], "caliber-break");
    free(out);
    ei_table_free(t);
}

/* Only fields that need it are quoted; libcsv reads every one back. */
static void quoting_round_trips(void **state)
{
    (void)state;
    const char *names[] = {"a,b", "c"};
    const char *texts[] = {"say \"hi\"", "line\nbreak", " padded", "plain"};
    ei_table *t;
    assert_int_equal(ei_table_new(&t, names, 2, NULL), 0);
    for (size_t i = 0; i < 4; i++) {
        if (i % 2 == 0)
            assert_int_equal(ei_table_add_row(t, NULL, NULL), 0);
        assert_int_equal(ei_table_set_text(t, i / 2, i % 2, texts[i], NULL),
                         0);
    }
    int rc;
    char *out = render(t, EI_FORMAT_CSV, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(out,
                        "\"a,b\",c\r\n"
                        "\"say \"\"hi\"\"\",\"line\nbreak\"\r\n"
                        "\" padded\",plain\r\n");
    parsed p;
    parse(&p, out);
    assert_int_equal(p.nrow, 3);
    assert_string_equal(p.field[0][0], "a,b");
    for (size_t i = 0; i < 4; i++)
        assert_string_equal(p.field[1 + i / 2][i % 2], texts[i]);
    free(out);
    ei_table_free(t);
}

/* Full precision whatever the display decimals: 0.1 + 0.2 needs 17
 * significant digits, 1/3 needs 16, 7.2 only 2; each reads back to the
 * identical double. */
static void numbers_round_trip(void **state)
{
    (void)state;
    const char *names[] = {"v"};
    const double v[] = {0.1 + 0.2, 1.0 / 3.0, 7.2, -1e-300, 1e23};
    const char *want[] = {"0.30000000000000004", "0.3333333333333333", "7.2",
                          "-1e-300", "1e+23"};
    ei_table *t;
    assert_int_equal(ei_table_new(&t, names, 1, NULL), 0);
    for (size_t i = 0; i < 5; i++) {
        assert_int_equal(ei_table_add_row(t, NULL, NULL), 0);
        assert_int_equal(ei_table_set_number(t, i, 0, v[i], 1, NULL), 0);
    }
    int rc;
    char *out = render(t, EI_FORMAT_CSV, &rc);
    assert_int_equal(rc, 0);
    parsed p;
    parse(&p, out);
    assert_int_equal(p.nrow, 6);
    for (size_t i = 0; i < 5; i++) {
        assert_string_equal(p.field[i + 1][0], want[i]);
        assert_true(strtod(p.field[i + 1][0], NULL) == v[i]);
    }
    free(out);
    ei_table_free(t);
}

/* A one-column row with an empty cell is written "" so it stays a
 * record. */
static void empty_single_column(void **state)
{
    (void)state;
    const char *names[] = {"x"};
    ei_table *t;
    assert_int_equal(ei_table_new(&t, names, 1, NULL), 0);
    assert_int_equal(ei_table_add_row(t, NULL, NULL), 0);
    int rc;
    char *out = render(t, EI_FORMAT_CSV, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(out, "x\r\n\"\"\r\n");
    free(out);
    ei_table_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sample_exact),
        cmocka_unit_test(quoting_round_trips),
        cmocka_unit_test(numbers_round_trip),
        cmocka_unit_test(empty_single_column),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
