/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <string.h>

#include "econind/econind.h"

/* Every reason has a distinct, non-empty code: CSV and JSON output depend on
 * telling them apart. */
static void codes_are_distinct(void **state)
{
    (void)state;
    for (int i = 1; i < EI_REASON_COUNT_; i++) {
        const char *a = ei_reason_code((ei_reason)i);
        assert_non_null(a);
        assert_true(strlen(a) > 0);
        assert_true(strlen(ei_reason_text((ei_reason)i)) > 0);
        for (int j = i + 1; j < EI_REASON_COUNT_; j++)
            assert_string_not_equal(a, ei_reason_code((ei_reason)j));
    }
    assert_string_equal(ei_reason_code(EI_REASON_BREAK), "caliber-break");
    assert_string_equal(ei_reason_code((ei_reason)999), "unknown");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(codes_are_distinct),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
