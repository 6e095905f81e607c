/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers and sentences of the report. */
#include <locale.h>

#include "testutil.h"

#include "report_model.h"

static void test_num(void **state)
{
    (void)state;
    char b[48];
    assert_string_equal(rp_num(b, 699, 2), "699");
    /* Hanyang GDP 2020 revision: -1 / 700 * 100 = -0.142857… */
    assert_string_equal(rp_num(b, -1.0 / 700 * 100, 2), "-0.14");
    assert_string_equal(rp_num(b, 9.4934, 2), "9.49");
    assert_string_equal(rp_num(b, 1000, 0), "1000");
    assert_string_equal(rp_num(b, -0.001, 2), "0");
    assert_string_equal(rp_num(b, 2.5, 2), "2.5");
    assert_string_equal(rp_num(b, NAN, 2), "—");
}

static void test_say(void **state)
{
    (void)state;
    rp_text t = {0};
    for (int i = 0; i < 9; i++)
        assert_int_equal(rp_say(&t, "sentence %d of %s", i, "汉阳区"), EI_OK);
    assert_int_equal(t.n, 9);
    assert_string_equal(t.items[8], "sentence 8 of 汉阳区");
    rp_text_free(&t);
    assert_int_equal(t.n, 0);
    assert_null(t.items);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_num), cmocka_unit_test(test_say),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
