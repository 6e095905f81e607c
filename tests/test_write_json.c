/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <jansson.h>
#include <string.h>

#include "econind/econind.h"
#include "table_fixture.h"

/* One object per row; the missing cell is null with a 增长_reason member;
 * Chinese is not escaped; 699 stays a real (699.0). */
static void sample_exact_and_parsed(void **state)
{
    (void)state;
    ei_table *t = sample_table();
    int rc;
    char *out = render(t, EI_FORMAT_JSON, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(out,
        "[\n"
        "  {\"地区\": \"汉阳区\", \"地区生产总值\": 699.0, \"增长\": 3.5},\n"
        "  {\"地区\": \"江岸区\", \"地区生产总值\": 1457.3, \"增长\": null, "
        "\"增长_reason\": \"caliber-break\"}\n"
        "]\n");

    json_error_t je;
    json_t *root = json_loads(out, 0, &je);
    assert_non_null(root);
    assert_true(json_is_array(root));
    assert_int_equal(json_array_size(root), 2);
    json_t *r0 = json_array_get(root, 0), *r1 = json_array_get(root, 1);
    assert_int_equal(json_object_size(r0), 3);
    assert_string_equal(json_string_value(json_object_get(r0, "地区")),
                        "汉阳区");
    assert_true(json_is_real(json_object_get(r0, "地区生产总值")));
    assert_close(json_real_value(json_object_get(r0, "地区生产总值")), 699.0,
                 1e-15);
    assert_close(json_real_value(json_object_get(r1, "地区生产总值")), 1457.3,
                 1e-15);
    assert_true(json_is_null(json_object_get(r1, "增长")));
    assert_string_equal(json_string_value(json_object_get(r1, "增长_reason")),
                        "caliber-break");
    assert_null(json_object_get(r0, "增长_reason"));
    json_decref(root);
    free(out);
    ei_table_free(t);
}

/* 0.1 + 0.2 needs 17 digits and reads back identical; 7.2 is written
 * short, not 7.2000000000000002 as a 17-digit dump would. */
static void numbers_round_trip(void **state)
{
    (void)state;
    const char *names[] = {"a", "b", "c"};
    ei_table *t;
    assert_int_equal(ei_table_new(&t, names, 3, NULL), 0);
    assert_int_equal(ei_table_add_row(t, NULL, NULL), 0);
    assert_int_equal(ei_table_set_number(t, 0, 0, 0.1 + 0.2, 1, NULL), 0);
    assert_int_equal(ei_table_set_number(t, 0, 1, 7.2, 1, NULL), 0);
    assert_int_equal(ei_table_set_text(t, 0, 2, "a \"q\" /\\", NULL), 0);
    int rc;
    char *out = render(t, EI_FORMAT_JSON, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(out,
                        "[\n  {\"a\": 0.30000000000000004, \"b\": 7.2, "
                        "\"c\": \"a \\\"q\\\" /\\\\\"}\n]\n");
    json_t *root = json_loads(out, 0, NULL);
    assert_non_null(root);
    json_t *r0 = json_array_get(root, 0);
    assert_true(json_real_value(json_object_get(r0, "a")) == 0.1 + 0.2);
    assert_true(json_real_value(json_object_get(r0, "b")) == 7.2);
    assert_string_equal(json_string_value(json_object_get(r0, "c")),
                        "a \"q\" /\\");
    json_decref(root);
    free(out);
    ei_table_free(t);
}

/* Empty cells are null without a reason; a table without rows is []. */
static void empty_cells_and_tables(void **state)
{
    (void)state;
    const char *names[] = {"x", "y"};
    ei_table *t;
    assert_int_equal(ei_table_new(&t, names, 2, NULL), 0);
    int rc;
    char *out = render(t, EI_FORMAT_JSON, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(out, "[]\n");
    free(out);
    assert_int_equal(ei_table_add_row(t, NULL, NULL), 0);
    assert_int_equal(ei_table_set_text(t, 0, 1, "", NULL), 0);
    out = render(t, EI_FORMAT_JSON, &rc);
    assert_int_equal(rc, 0);
    assert_string_equal(out, "[\n  {\"x\": null, \"y\": \"\"}\n]\n");
    free(out);
    ei_table_free(t);
}

/* Text that is not UTF-8 (here GBK bytes of 汉阳) cannot be JSON. */
static void invalid_utf8(void **state)
{
    (void)state;
    const char *names[] = {"地区"};
    ei_table *t;
    assert_int_equal(ei_table_new(&t, names, 1, NULL), 0);
    assert_int_equal(ei_table_add_row(t, NULL, NULL), 0);
    assert_int_equal(ei_table_set_text(t, 0, 0, "\xBA\xBA\xD1\xF4", NULL), 0);
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    ei_error e;
    assert_int_equal(ei_table_write(t, fp, EI_FORMAT_JSON, &e), EI_ENCODING);
    assert_non_null(strstr(e.text, "row 1"));
    assert_non_null(strstr(e.text, "地区"));
    fclose(fp);
    free(buf);
    ei_table_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sample_exact_and_parsed),
        cmocka_unit_test(numbers_round_trip),
        cmocka_unit_test(empty_cells_and_tables),
        cmocka_unit_test(invalid_utf8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
