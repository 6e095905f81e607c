/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
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

/* Hand-worked cases of the computed digits (1e-3 <= |v| < 1e15).
 * 100000000000000.125 = 10^14 + 1/8 is exact; at 17 digits it ends in
 * ...012|5, a tie rounded to even: 100000000000000.12 (printf does the
 * same); 10^14 + 3/8 ends in ...037|5 and rounds up to ...38. 15 and 16
 * digits (100000000000000, 100000000000000.1) miss it by more than half
 * its gap (1/64), so 17 are needed. 2^-9 = 0.001953125 and 2^49 =
 * 562949953421312 are exact in 15 digits. 1023.9999999999999 (the double
 * below 1024) needs 17: 16 digits round to 1024.000000000000. */
static void computed_digits(void **state)
{
    (void)state;
    char buf[EI_FMT_DOUBLE_MAX];
    ei_fmt_double(buf, 100000000000000.125);
    assert_string_equal(buf, "100000000000000.12");
    ei_fmt_double(buf, -100000000000000.375);
    assert_string_equal(buf, "-100000000000000.38");
    assert_int_equal(ei_fmt_double_precision(100000000000000.125), 17);
    ei_fmt_double(buf, 0.001953125);
    assert_string_equal(buf, "0.001953125");
    ei_fmt_double(buf, 562949953421312.0);
    assert_string_equal(buf, "562949953421312");
    ei_fmt_double(buf, nextafter(1024.0, 0.0));
    assert_string_equal(buf, "1023.9999999999999");
    ei_fmt_double(buf, 2019.0);
    assert_string_equal(buf, "2019");
    ei_fmt_double(buf, -7.25);
    assert_string_equal(buf, "-7.25");
    ei_fmt_double(buf, 0.0012);
    assert_string_equal(buf, "0.0012");
    /* the double below 1e15 (gaps of 1/8): 15 digits round up to 1e+15,
     * 16 give .9, 0.025 away, within half a gap */
    ei_fmt_double(buf, 999999999999999.875);
    assert_string_equal(buf, "999999999999999.9");
    ei_fmt_double(buf, 0.0);
    assert_string_equal(buf, "0");
}

/* The former implementation: the fewest of 15, 16, 17 digits whose %g
 * text strtod reads back as v (in the "C" locale of the tests). */
static int reference(char *buf, double v)
{
    int p = 15;
    for (; p < 17; p++) {
        snprintf(buf, EI_FMT_DOUBLE_MAX, "%.*g", p, v);
        if (strtod(buf, NULL) == v)
            return p;
    }
    snprintf(buf, EI_FMT_DOUBLE_MAX, "%.*g", p, v);
    return p;
}

static uint64_t next_rand(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* A double of one of the kinds where computed digits could go wrong. */
static double some_double(uint64_t *rng, int kind)
{
    uint64_t r = next_rand(rng);
    double v;
    switch (kind) {
    case 0: /* any bit pattern: every exponent, subnormals, ends of range */
        memcpy(&v, &r, sizeof v);
        return isfinite(v) ? v : 1.5;
    case 1: /* any mantissa, 1e-4 .. 1e16 */
        return ldexp((double)(r >> 11), -53) *
               pow(10, (double)(next_rand(rng) % 21) - 4);
    case 2: /* multiples of 1/64 up to 1e15: ties at 17 digits */
        return (double)(r % 64000000000000000ull) / 64.0;
    case 3: /* decimals of 1 to 6 digits, as figures are published */
        return (double)((int64_t)(r % 2000001) - 1000000) /
               pow(10, (double)(next_rand(rng) % 7));
    case 4: /* next to a short decimal: 16 or 17 digits */
        v = (double)(r % 100000000) / 1e4;
        return nextafter(v, next_rand(rng) & 1 ? HUGE_VAL : 0.0);
    default: { /* at and next to powers of ten and two */
        int k = (int)(next_rand(rng) % 20) - 4;
        v = next_rand(rng) & 1 ? pow(10, k) : ldexp(1.0, 3 * k);
        for (uint64_t j = r % 3; j > 0; j--)
            v = nextafter(v, r & 8 ? HUGE_VAL : 0.0);
        return r & 16 ? -v : v;
    }
    }
}

/* Random doubles per comparison: enough to meet every kind many times
 * over, few enough that the valgrind run of the unit suite (.ci/sanitize)
 * stays within its timeout (2 million took 100 s there). */
#define RANDOM_DOUBLES 400000

/* The computed digits against printf and strtod on RANDOM_DOUBLES doubles
 * of every kind above: text and precision identical for every one. */
static void same_as_printf(void **state)
{
    (void)state;
    uint64_t rng = 0x853c49e6748fea9bull;
    char got[EI_FMT_DOUBLE_MAX], want[EI_FMT_DOUBLE_MAX];
    for (long i = 0; i < RANDOM_DOUBLES; i++) {
        double v = some_double(&rng, (int)(i % 6));
        int p = reference(want, v);
        ei_fmt_double(got, v);
        if (strcmp(got, want) != 0)
            fail_msg("%a: got %s, printf gives %s", v, got, want);
        if (ei_fmt_double_precision(v) != p)
            fail_msg("%a: precision %d, printf needs %d", v,
                     ei_fmt_double_precision(v), p);
    }
}

/* %.*f computed: halves rounded to even on the exact binary value, as
 * glibc does. 0.125 and 0.375 are exact: 0.12 and 0.38. 2.675 is stored
 * as 2.67499999999999982..., so 2.67. 1234.5 and 1235.5 at 0 decimals:
 * 1234 and 1236. -0.001 keeps its sign: -0.00. */
static void fixed_hand_worked(void **state)
{
    (void)state;
    char buf[64];
    assert_int_equal(ei_fmt_fixed(buf, sizeof buf, 0.125, 2), 4);
    assert_string_equal(buf, "0.12");
    ei_fmt_fixed(buf, sizeof buf, 0.375, 2);
    assert_string_equal(buf, "0.38");
    ei_fmt_fixed(buf, sizeof buf, 2.675, 2);
    assert_string_equal(buf, "2.67");
    ei_fmt_fixed(buf, sizeof buf, 1234.5, 0);
    assert_string_equal(buf, "1234");
    ei_fmt_fixed(buf, sizeof buf, 1235.5, 0);
    assert_string_equal(buf, "1236");
    ei_fmt_fixed(buf, sizeof buf, -0.001, 2);
    assert_string_equal(buf, "-0.00");
    ei_fmt_fixed(buf, sizeof buf, -7.0051, 3);
    assert_string_equal(buf, "-7.005");
    ei_fmt_fixed(buf, sizeof buf, 2019.0, 0);
    assert_string_equal(buf, "2019");
    /* truncated like snprintf, returning the whole length */
    assert_int_equal(ei_fmt_fixed(buf, 4, 123.456, 2), 6);
    assert_string_equal(buf, "123");
}

/* %.*f computed against printf for 0 to 17 decimals on random doubles
 * of the kinds above. */
static void fixed_same_as_printf(void **state)
{
    (void)state;
    uint64_t rng = 0xda942042e4dd58b5ull;
    char got[400], want[400];
    for (long i = 0; i < RANDOM_DOUBLES / 2; i++) {
        double v = some_double(&rng, (int)(i % 6));
        int d = (int)(next_rand(&rng) % 18);
        int n = ei_fmt_fixed(got, sizeof got, v, d);
        int k = snprintf(want, sizeof want, "%.*f", d, v);
        if (n != k || strcmp(got, want) != 0)
            fail_msg("%a at %d decimals: got %s, printf gives %s", v, d, got,
                     want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(precision),
        cmocka_unit_test(text),
        cmocka_unit_test(c_point),
        cmocka_unit_test(round_trip_sweep),
        cmocka_unit_test(computed_digits),
        cmocka_unit_test(same_as_printf),
        cmocka_unit_test(fixed_hand_worked),
        cmocka_unit_test(fixed_same_as_printf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
