/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Errors located at a field (lib/csv_row_error.c): line and column in
 * characters, across quoted line breaks and blanks. */
#include "testutil.h"

#include <string.h>

#include "csv_rows.h"

typedef struct colcheck {
    size_t field;
    unsigned long line, column;
} colcheck;

static int on_row_error(void *ctx, const ei_csv_row *row, ei_error *err)
{
    colcheck *cc = ctx;
    if (row->index == 0)
        return EI_OK;
    return ei_csv_row_error(err, row, cc->field, EI_EPARSE, "field %zu",
                            cc->field);
}

static void row_error_columns(void **state)
{
    (void)state;
    static const char text[] = "地区,指标,值\n"
                               "汉阳, GDP ,\"多\n行\",  abc\r\n";
    static const struct {
        size_t field;
        unsigned long line, column;
    } cases[] = {
        {(size_t)-1, 2, 1},
        {0, 2, 1},
        {1, 2, 5}, /* after the blank */
        {2, 2, 10},
        {3, 3, 6},  /* after the quoted line break, past two blanks */
        {4, 3, 9},  /* missing field: just past the end */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        colcheck cc = {cases[i].field, 0, 0};
        ei_error e;
        assert_int_equal(ei_csv_rows_read_buffer("t.csv", text,
                                                 sizeof text - 1, NULL,
                                                 on_row_error, &cc, &e),
                         EI_EPARSE);
        assert_int_equal(e.line, cases[i].line);
        assert_int_equal(e.column, cases[i].column);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(row_error_columns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
