/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <string.h>

#include "econind/econind.h"
#include "error_set.h"

static void format_gnu_style(void **state)
{
    (void)state;
    ei_error e;
    ei_error_set_at(&e, EI_EPARSE, "gdp.csv", 12, 7, "value: not a number '%s'",
                    "abc");
    char buf[256];
    ei_error_format(&e, buf, sizeof buf);
    assert_string_equal(buf, "gdp.csv:12:7: value: not a number 'abc'");
    assert_int_equal(e.code, EI_EPARSE);
}

static void format_without_location(void **state)
{
    (void)state;
    ei_error e;
    ei_error_set(&e, EI_EINVAL, "bad frequency");
    char buf[64];
    ei_error_format(&e, buf, sizeof buf);
    assert_string_equal(buf, "bad frequency");
    ei_error_locate(&e, "x.csv", 3, 0);
    ei_error_format(&e, buf, sizeof buf);
    assert_string_equal(buf, "x.csv:3: bad frequency");
}

static void null_error_is_accepted(void **state)
{
    (void)state;
    assert_int_equal(ei_error_set(NULL, EI_EIO, "x"), EI_EIO);
    ei_error_clear(NULL);
    ei_error_locate(NULL, "a", 1, 1);
}

static void format_truncates_safely(void **state)
{
    (void)state;
    ei_error e;
    ei_error_set_at(&e, EI_EPARSE, "file.csv", 1, 1, "long message here");
    char buf[8];
    int need = ei_error_format(&e, buf, sizeof buf);
    assert_int_equal(strlen(buf), 7);
    assert_int_equal(need, (int)strlen("file.csv:1:1: long message here"));
}

static void strerror_covers_codes(void **state)
{
    (void)state;
    assert_string_equal(ei_strerror(EI_OK), "success");
    assert_string_equal(ei_strerror(EI_ECONFLICT), "conflicting inputs");
    assert_string_equal(ei_strerror(12345), "unknown error");
    assert_string_equal(ei_version(), EI_VERSION_STRING);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(format_gnu_style),
        cmocka_unit_test(format_without_location),
        cmocka_unit_test(null_error_is_accepted),
        cmocka_unit_test(format_truncates_safely),
        cmocka_unit_test(strerror_covers_codes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
