/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The record readers' skeleton: header mapping, required columns, the
 * argument checks and messages of read_file/read_buffer, all or nothing. */
#include "testutil.h"

#include <string.h>

#include "csv_records.h"
#include "econind/error.h"

enum { C_A, C_B, C_N };

static const char *const *const names[C_N] = {
    [C_A] = (const char *const[]){"alpha", "甲", NULL},
    [C_B] = (const char *const[]){"beta", "乙", NULL},
};

typedef struct ctx {
    int opened, discarded, rows;
    char first_b[16];
    long col[C_N];
} ctx;

static int open_set(void *c, ei_error *err)
{
    (void)err;
    ((ctx *)c)->opened++;
    return EI_OK;
}

static void discard_set(void *c)
{
    ((ctx *)c)->discarded++;
}

static int header(void *c, const ei_csv_row *row, ei_error *err);

/* A row whose alpha is "bad" fails, as a reader's parser would. */
static int on_row(void *c, const ei_csv_row *row, ei_error *err)
{
    ctx *x = c;
    char *s[2];
    static const int which[2] = {C_A, C_B};
    int rc = ei_csv_records_strs(s, row, x->col, which, 2, err);
    if (rc)
        return rc;
    if (x->rows++ == 0)
        strncpy(x->first_b, s[1], sizeof x->first_b - 1);
    if (strcmp(s[0], "bad") == 0)
        rc = ei_csv_row_error(err, row, 0, EI_EPARSE, "bad alpha");
    ei_csv_records_free_strs(s, 2);
    return rc;
}

static const ei_csv_records spec = {"test set", C_N, names, open_set,
                                    discard_set, header, on_row};

static int header(void *c, const ei_csv_row *row, ei_error *err)
{
    static const int required[] = {C_A};
    return ei_csv_records_require(&spec, ((ctx *)c)->col, row, required, 1,
                                  err);
}

static int load(ctx *x, bool has_out, bool file, const char *source,
                const char *text, ei_error *e)
{
    memset(x, 0, sizeof *x);
    return ei_csv_records_load(&spec, has_out, x, x->col, file, source, text,
                               text ? strlen(text) : 0, NULL, e);
}

/* Columns found by English or Chinese name in any order; a missing one is
 * -1; fields are trimmed copies ("" for the absent column). */
static void maps_header(void **state)
{
    (void)state;
    ctx x;
    ei_error e;
    assert_int_equal(load(&x, true, false, "t.csv", "乙,alpha\n 2 ,1\n", &e),
                     EI_OK);
    assert_int_equal(x.col[C_A], 1);
    assert_int_equal(x.col[C_B], 0);
    assert_int_equal(x.rows, 1);
    assert_string_equal(x.first_b, "2");
    assert_int_equal(x.opened, 1);
    assert_int_equal(x.discarded, 0);
}

/* The messages the corpus tests rely on, each with its location. */
static void errors(void **state)
{
    (void)state;
    ctx x;
    ei_error e;
    assert_int_equal(load(&x, true, false, "t.csv", "beta\n1\n", &e),
                     EI_EPARSE);
    assert_string_equal(e.text, "missing column 'alpha' (甲)");
    assert_int_equal(e.line, 1);
    assert_int_equal(x.discarded, 1);
    assert_int_equal(load(&x, true, false, "t.csv", "alpha\nok\nbad\n", &e),
                     EI_EPARSE);
    assert_string_equal(e.text, "bad alpha");
    assert_int_equal(e.line, 3);
    assert_int_equal(x.discarded, 1); /* all or nothing */
    assert_int_equal(load(&x, true, false, NULL, "", &e), EI_EPARSE);
    assert_string_equal(e.text, "no header row");
    assert_string_equal(e.source, "<buffer>");
    assert_int_equal(load(&x, true, true, NULL, NULL, &e), EI_EINVAL);
    assert_string_equal(e.text, "no file name");
    assert_int_equal(x.opened, 0);
    memset(&x, 0, sizeof x);
    assert_int_equal(ei_csv_records_load(&spec, true, &x, x.col, false, "b",
                                         NULL, 3, NULL, &e),
                     EI_EINVAL);
    assert_string_equal(e.text, "no data");
    assert_int_equal(load(&x, false, false, "t.csv", "alpha\n", &e),
                     EI_EINVAL);
    assert_string_equal(e.text, "no output for the test set");
    assert_int_equal(x.opened, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(maps_header),
        cmocka_unit_test(errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
