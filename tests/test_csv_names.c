/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Header names (lib/csv_names.c): trimmed, ASCII without case. */
#include "testutil.h"

#include <string.h>

#include "csv_rows.h"

static void header_find(void **state)
{
    (void)state;
    ei_csv_field f[] = {{"Region", 6}, {" 指标 ", 8}, {"VALUE", 5}};
    ei_csv_row h = {.fields = f, .n = 3};
    static const char *const value[] = {"value", "数值", NULL};
    static const char *const ind[] = {"indicator", "指标", NULL};
    static const char *const none[] = {"period", NULL};
    assert_int_equal(ei_csv_header_find(&h, value), 2);
    assert_int_equal(ei_csv_header_find(&h, ind), 1);
    assert_int_equal(ei_csv_header_find(&h, none), -1);
}

static void names_equal_and_trim(void **state)
{
    (void)state;
    ei_csv_field a = {" Value\t", 7}, b = {"VALUE", 5}, c = {"数值", 6};
    assert_true(ei_csv_name_equal(&a, &b));
    assert_false(ei_csv_name_equal(&a, &c));
    const char *t;
    assert_int_equal(ei_csv_trim(&a, &t), 5);
    assert_int_equal(strncmp(t, "Value", 5), 0);
    static const char *const names[] = {"value", "数值", NULL};
    assert_true(ei_csv_name_match(&c, names));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(header_find),
        cmocka_unit_test(names_equal_and_trim),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
