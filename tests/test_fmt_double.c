/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <float.h>
#include <stdlib.h>
#include <string.h>

#include "fmt_double.h"

/* The fewest digits that read back: 7.2 needs 15 (i.e. %.15g prints
 * "7.2"), 1/3 needs 16, 0.1 + 0.2 needs 17 (0.30000000000000004). */
static void precision(void **state)
{
    (void)state;
    assert_int_equal(ei_fmt_double_precision(7.2), 15);
    assert_int_equal(ei_fmt_double_precision(1.0 / 3.0), 16);
    assert_int_equal(ei_fmt_double_precision(0.1 + 0.2), 17);
}

static void text(void **state)
{
    (void)state;
    char buf[EI_FMT_DOUBLE_MAX];
    assert_int_equal(ei_fmt_double(buf, 699.0), 3);
    assert_string_equal(buf, "699");
    ei_fmt_double(buf, 0.1 + 0.2);
    assert_string_equal(buf, "0.30000000000000004");
    ei_fmt_double(buf, -DBL_MAX);
    assert_string_equal(buf, "-1.7976931348623157e+308");
    assert_true(strlen(buf) < EI_FMT_DOUBLE_MAX);
    ei_fmt_double(buf, -0.0);
    assert_string_equal(buf, "-0");
}

/* Whatever the locale prints for a decimal point (',' in de_DE, U+066B in
 * some Arabic locales) becomes '.'; other text is kept. */
static void c_point(void **state)
{
    (void)state;
    char a[] = "3,5", b[] = "-1,5e+20", c[] = "1\xD9\xAB" "25", d[] = "699";
    assert_int_equal(ei_fmt_c_point(a), 3);
    assert_string_equal(a, "3.5");
    ei_fmt_c_point(b);
    assert_string_equal(b, "-1.5e+20");
    assert_int_equal(ei_fmt_c_point(c), 4);
    assert_string_equal(c, "1.25");
    ei_fmt_c_point(d);
    assert_string_equal(d, "699");
}

/* Every value of a sweep reads back bit-identical. */
static void round_trip_sweep(void **state)
{
    (void)state;
    char buf[EI_FMT_DOUBLE_MAX];
    double x = 1e-310;
    for (int i = 0; i < 2000; i++, x *= -1.4142135623730951) {
        ei_fmt_double(buf, x);
        assert_true(strtod(buf, NULL) == x);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(precision),
        cmocka_unit_test(text),
        cmocka_unit_test(c_point),
        cmocka_unit_test(round_trip_sweep),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
