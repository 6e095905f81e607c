/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <string.h>

#include "econind/econind.h"
#include "table_fixture.h"

/* Hand-worked: widths are 6 (汉阳区: 3 wide characters), 12 (the header
 * 地区生产总值: 6 wide characters) and 15 ("[caliber-break]"). Numbers and
 * the reason are right-aligned, names left-aligned; two spaces between
 * columns. */
static void chinese_alignment_and_reason(void **state)
{
    (void)state;
    ei_table *t = sample_table();
    int rc;
    char *out = render(t, EI_FORMAT_TABLE, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(out,
        /* 地区 + 2 pad | 2 sep | 0 pad | 2 sep + 11 pad */
        "地区    地区生产总值             增长\n"
        "------  ------------  ---------------\n"
        /* 2 sep + 7 pad before 699.0; 2 sep + 12 pad before 3.5 */
        "汉阳区         699.0              3.5\n"
        "江岸区        1457.3  [caliber-break]\n");
    free(out);
    ei_table_free(t);
}

/* Text columns are left-aligned with their header, a column mixing text
 * and numbers keeps a left header, control characters become spaces, and
 * lines never end in spaces (empty trailing cells, left-aligned last
 * column). */
static void mixed_and_trailing(void **state)
{
    (void)state;
    const char *names[] = {"n", "指标", "note"};
    ei_table *t;
    assert_int_equal(ei_table_new(&t, names, 3, NULL), 0);
    assert_int_equal(ei_table_add_row(t, NULL, NULL), 0);
    assert_int_equal(ei_table_set_number(t, 0, 0, 12.5, 1, NULL), 0);
    assert_int_equal(ei_table_set_text(t, 0, 1, "ＧＤＰ", NULL), 0);
    assert_int_equal(ei_table_set_text(t, 0, 2, "a\tb", NULL), 0);
    assert_int_equal(ei_table_add_row(t, NULL, NULL), 0);
    assert_int_equal(ei_table_set_text(t, 1, 0, "x", NULL), 0);
    assert_int_equal(ei_table_set_number(t, 1, 1, 3, 0, NULL), 0);
    int rc;
    char *out = render(t, EI_FORMAT_TABLE, &rc);
    assert_int_equal(rc, 0);
    /* n: width 4, mixed so header left; 指标: width 6 (full-width ＧＤＰ),
     * mixed; note: width 4 */
    assert_string_equal(out,
        "n     指标    note\n"
        "----  ------  ----\n"
        "12.5  ＧＤＰ  a b\n"
        "x          3\n");
    free(out);
    ei_table_free(t);
}

static void header_only(void **state)
{
    (void)state;
    const char *names[] = {"地区", "值"};
    ei_table *t;
    assert_int_equal(ei_table_new(&t, names, 2, NULL), 0);
    int rc;
    char *out = render(t, EI_FORMAT_TABLE, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(out, "地区  值\n----  --\n");
    free(out);
    ei_table_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(chinese_alignment_and_reason),
        cmocka_unit_test(mixed_and_trailing),
        cmocka_unit_test(header_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
