/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <string.h>

#include "econind/econind.h"
#include "table_fixture.h"

static void new_rejects_bad_columns(void **state)
{
    (void)state;
    ei_table *t = (ei_table *)1;
    ei_error e;
    const char *dup[] = {"a", "b", "a"};
    assert_int_equal(ei_table_new(&t, dup, 3, &e), EI_EINVAL);
    assert_null(t);
    assert_non_null(strstr(e.text, "'a'"));
    const char *hole[] = {"a", NULL};
    assert_int_equal(ei_table_new(&t, hole, 2, NULL), EI_EINVAL);
    assert_int_equal(ei_table_new(&t, dup, 0, NULL), EI_EINVAL);
    assert_int_equal(ei_table_new(&t, NULL, 1, NULL), EI_EINVAL);
    /* 增长_reason is where CSV and JSON put the reasons of 增长 */
    const char *clash[] = {"增长_reason", "增长"};
    assert_int_equal(ei_table_new(&t, clash, 2, &e), EI_EINVAL);
    assert_non_null(strstr(e.text, "clash"));
    const char *fine[] = {"_reason", "reason", "增长_reasons"};
    assert_int_equal(ei_table_new(&t, fine, 3, NULL), 0);
    ei_table_free(t);
    ei_table_free(NULL);
}

static void cells_keep_kind_value_and_shown_text(void **state)
{
    (void)state;
    ei_table *t = sample_table();
    assert_non_null(t);
    assert_int_equal(ei_table_rows(t), 2);
    assert_int_equal(ei_table_cols(t), 3);
    assert_string_equal(ei_table_col_name(t, 1), "地区生产总值");
    assert_null(ei_table_col_name(t, 3));

    assert_int_equal(ei_table_cell_kind(t, 0, 0), EI_CELL_TEXT);
    assert_string_equal(ei_table_cell_text(t, 0, 0), "汉阳区");
    assert_true(isnan(ei_table_cell_number(t, 0, 0)));

    assert_int_equal(ei_table_cell_kind(t, 0, 1), EI_CELL_NUMBER);
    assert_close(ei_table_cell_number(t, 0, 1), 699.0, 1e-15);
    assert_string_equal(ei_table_cell_text(t, 0, 1), "699.0");
    assert_int_equal(ei_table_cell_reason(t, 0, 1), EI_REASON_NONE);

    assert_int_equal(ei_table_cell_kind(t, 1, 2), EI_CELL_MISSING);
    assert_true(isnan(ei_table_cell_number(t, 1, 2)));
    assert_int_equal(ei_table_cell_reason(t, 1, 2), EI_REASON_BREAK);
    assert_string_equal(ei_table_cell_text(t, 1, 2), "[caliber-break]");

    /* out of range */
    assert_null(ei_table_cell_text(t, 2, 0));
    assert_int_equal(ei_table_cell_kind(t, 0, 3), EI_CELL_EMPTY);
    assert_true(isnan(ei_table_cell_number(t, 5, 5)));
    ei_table_free(t);
}

static void overwrite_and_empty(void **state)
{
    (void)state;
    ei_table *t = sample_table();
    const char *before = ei_table_cell_text(t, 0, 0);
    assert_int_equal(ei_table_set_number(t, 0, 0, -2.5, 0, NULL), 0);
    /* -2.5 to 0 decimals: glibc printf rounds the tie to even, -2 */
    assert_string_equal(ei_table_cell_text(t, 0, 0), "-2");
    assert_string_equal(before, "汉阳区"); /* still valid, per table.h */
    assert_int_equal(ei_table_set_text(t, 0, 0, NULL, NULL), 0);
    assert_int_equal(ei_table_cell_kind(t, 0, 0), EI_CELL_EMPTY);
    assert_string_equal(ei_table_cell_text(t, 0, 0), "");
    /* a NaN number is a missing cell with the generic reason */
    assert_int_equal(ei_table_set_number(t, 0, 1, (double)NAN, 1, NULL), 0);
    assert_int_equal(ei_table_cell_kind(t, 0, 1), EI_CELL_MISSING);
    assert_int_equal(ei_table_cell_reason(t, 0, 1), EI_REASON_MISSING);
    assert_string_equal(ei_table_cell_text(t, 0, 1), "[missing]");
    ei_table_free(t);
}

static void decimals(void **state)
{
    (void)state;
    const char *names[] = {"x"};
    ei_table *t;
    assert_int_equal(ei_table_new(&t, names, 1, NULL), 0);
    assert_int_equal(ei_table_add_row(t, NULL, NULL), 0);
    assert_int_equal(ei_table_set_number(t, 0, 0, 9.4868, 2, NULL), 0);
    assert_string_equal(ei_table_cell_text(t, 0, 0), "9.49");
    /* shortest exact form: 0.1 + 0.2 needs all 17 digits */
    assert_int_equal(
        ei_table_set_number(t, 0, 0, 0.1 + 0.2, EI_DECIMALS_FULL, NULL), 0);
    assert_string_equal(ei_table_cell_text(t, 0, 0), "0.30000000000000004");
    assert_int_equal(ei_table_set_number(t, 0, 0, 7.2, EI_DECIMALS_FULL, NULL),
                     0);
    assert_string_equal(ei_table_cell_text(t, 0, 0), "7.2");
    /* the widest %.17f: 1e308 has 309 integer digits */
    assert_int_equal(ei_table_set_number(t, 0, 0, 1e308, 17, NULL), 0);
    assert_int_equal(strlen(ei_table_cell_text(t, 0, 0)), 309 + 1 + 17);
    ei_table_free(t);
}

static void bad_arguments(void **state)
{
    (void)state;
    ei_table *t = sample_table();
    ei_error e;
    assert_int_equal(ei_table_set_text(t, 2, 0, "x", &e), EI_EINVAL);
    assert_non_null(strstr(e.text, "outside"));
    assert_int_equal(ei_table_set_number(t, 0, 3, 1.0, 1, NULL), EI_EINVAL);
    assert_int_equal(ei_table_set_number(t, 0, 1, (double)INFINITY, 1, NULL),
                     EI_EINVAL);
    assert_int_equal(ei_table_set_number(t, 0, 1, 1.0, 18, NULL), EI_EINVAL);
    assert_int_equal(ei_table_set_number(t, 0, 1, 1.0, -2, NULL), EI_EINVAL);
    assert_int_equal(ei_table_set_missing(t, 0, 1, EI_REASON_NONE, NULL),
                     EI_EINVAL);
    assert_int_equal(ei_table_set_missing(t, 0, 1, EI_REASON_COUNT_, NULL),
                     EI_EINVAL);
    /* failed calls left the cell alone */
    assert_close(ei_table_cell_number(t, 0, 1), 699.0, 1e-15);
    assert_int_equal(ei_table_add_row(NULL, NULL, NULL), EI_EINVAL);
    assert_int_equal(ei_table_rows(NULL), 0);
    ei_table_free(t);
}

/* Many rows and long texts: growth of the cell array and of the arena
 * (texts larger than a chunk) keep earlier pointers valid. */
static void many_rows(void **state)
{
    (void)state;
    const char *names[] = {"i", "s"};
    ei_table *t;
    char big[10000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_int_equal(ei_table_new(&t, names, 2, NULL), 0);
    const char *first = NULL;
    for (size_t i = 0; i < 1000; i++) {
        size_t r;
        assert_int_equal(ei_table_add_row(t, &r, NULL), 0);
        assert_int_equal(r, i);
        assert_int_equal(ei_table_set_number(t, r, 0, (double)i, 0, NULL), 0);
        assert_int_equal(
            ei_table_set_text(t, r, 1, i % 100 == 0 ? big : "地区", NULL), 0);
        if (i == 0)
            first = ei_table_cell_text(t, 0, 0);
    }
    assert_string_equal(first, "0");
    assert_string_equal(ei_table_cell_text(t, 999, 0), "999");
    assert_string_equal(ei_table_cell_text(t, 500, 1), big);
    assert_string_equal(ei_table_cell_text(t, 501, 1), "地区");
    ei_table_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(new_rejects_bad_columns),
        cmocka_unit_test(cells_keep_kind_value_and_shown_text),
        cmocka_unit_test(overwrite_and_empty),
        cmocka_unit_test(decimals),
        cmocka_unit_test(bad_arguments),
        cmocka_unit_test(many_rows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
