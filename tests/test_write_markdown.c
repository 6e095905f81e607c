/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <string.h>

#include "econind/econind.h"
#include "table_fixture.h"

/* Numeric columns (numbers and missing cells, no text) are right-aligned;
 * the missing cell shows its reason as in the text table. */
static void sample_exact(void **state)
{
    (void)state;
    ei_table *t = sample_table();
    int rc;
    char *out = render(t, EI_FORMAT_MARKDOWN, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(out,
                        "| 地区 | 地区生产总值 | 增长 |\n"
                        "| --- | ---: | ---: |\n"
                        "| 汉阳区 | 699.0 | 3.5 |\n"
                        "| 江岸区 | 1457.3 | [caliber-break] |\n");
    free(out);
    ei_table_free(t);
}

/* A pipe is escaped so it does not split the cell; a newline would end the
 * table row, so it becomes a space. */
static void escapes(void **state)
{
    (void)state;
    const char *names[] = {"a|b"};
    ei_table *t;
    assert_int_equal(ei_table_new(&t, names, 1, NULL), 0);
    assert_int_equal(ei_table_add_row(t, NULL, NULL), 0);
    assert_int_equal(ei_table_set_text(t, 0, 0, "x|y\nz", NULL), 0);
    int rc;
    char *out = render(t, EI_FORMAT_MARKDOWN, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(out, "| a\\|b |\n| --- |\n| x\\|y z |\n");
    free(out);
    ei_table_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sample_exact),
        cmocka_unit_test(escapes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
