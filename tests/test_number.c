/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Number parsing: spreadsheet spellings, missing markers, rejections with
 * their messages, and correct rounding checked bit for bit against the C
 * library's strtod in the C locale (the program never calls setlocale, so
 * strtod here is the reference: glibc's is correctly rounded). */
#include "testutil.h"

#include <float.h>
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "econind/econind.h"

static ei_number parse(const char *text)
{
    ei_number x;
    ei_error e;
    ei_error_clear(&e);
    if (ei_number_parse(&x, text, strlen(text), &e) != EI_OK) {
        print_error("'%s': %s\n", text, e.text);
        fail();
    }
    return x;
}

/* Bitwise equality: distinguishes -0 from 0 and catches 1-ulp errors. */
static bool same_bits(double a, double b)
{
    return memcmp(&a, &b, sizeof a) == 0;
}

static void assert_value(const char *text, double expect)
{
    ei_number x = parse(text);
    if (x.missing || !same_bits(x.value, expect)) {
        print_error("'%s': got %.17g, expected %.17g\n", text, x.value,
                    expect);
        fail();
    }
}

static void plain_numbers(void **state)
{
    (void)state;
    assert_value("948", 948.0);
    assert_value("445.3", 445.3);
    assert_value("-21.7", -21.7); /* a growth rate in seed_indicators.csv */
    assert_value("+5", 5.0);
    assert_value(".5", 0.5);
    assert_value("5.", 5.0);
    assert_value("007", 7.0);
    assert_value("0.001", 0.001);
    assert_value("1.5e3", 1500.0);
    assert_value("1.5E-3", 0.0015);
    assert_value("2e+2", 200.0);
    assert_value("12e25", 1.2e26); /* fast path with a shifted mantissa */
    assert_value(" \t12.5\r\n", 12.5);
    assert_value("\xE3\x80\x80" "12.5", 12.5); /* U+3000 */
    assert_value("0", 0.0);
    assert_value("0.000", 0.0);
    assert_value("0e999999", 0.0);
}

static void thousands_separators(void **state)
{
    (void)state;
    assert_value("1,234", 1234.0);
    assert_value("12,345", 12345.0);
    assert_value("123,456", 123456.0);
    assert_value("1,234,567.89", 1234567.89);
    assert_value("-1,000", -1000.0);
    const char *bad[] = {"1,23",   "1234,567", ",123", "1,",   "1,,234",
                         "0,500",  "1,2345",   "12,34,567",   "1,234,56"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ei_number x;
        ei_error e;
        int rc = ei_number_parse(&x, bad[i], strlen(bad[i]), &e);
        assert_int_equal(rc, EI_EPARSE);
        assert_true(isnan(x.value));
        if (!strstr(e.text, "thousands separator") &&
            !strstr(e.text, "unexpected")) {
            print_error("'%s': %s\n", bad[i], e.text);
            fail();
        }
    }
    ei_number x;
    ei_error e;
    ei_number_parse(&x, "1,23", 4, &e);
    assert_string_equal(e.text,
                        "'1,23' is not a number: misplaced thousands "
                        "separator");
    ei_number_parse(&x, "1,234.567,8", 11, &e);
    assert_string_equal(e.text, "'1,234.567,8' is not a number: unexpected "
                                "',8'");
}

static void percent_flag(void **state)
{
    (void)state;
    ei_number x = parse("7.2%");
    assert_true(x.percent);
    assert_true(same_bits(x.value, 7.2)); /* not 0.072 */
    x = parse("7.2％");
    assert_true(x.percent);
    assert_true(same_bits(x.value, 7.2));
    x = parse("-0.5%");
    assert_true(x.percent && same_bits(x.value, -0.5));
    x = parse("7.2");
    assert_false(x.percent);
    assert_false(x.missing);
}

static void full_width_and_signs(void **state)
{
    (void)state;
    assert_value("１２３．５", 123.5);
    assert_value("１,２３４", 1234.0);
    assert_value("－５", -5.0);   /* U+FF0D */
    assert_value("−5", -5.0);     /* U+2212 */
    assert_value("＋5", 5.0);     /* U+FF0B */
    assert_value("5２", 52.0);    /* mixed widths */
}

static void negative_zero(void **state)
{
    (void)state;
    ei_number x = parse("-0");
    assert_true(x.value == 0.0); /* compares equal to 0 */
    assert_true(signbit(x.value));
    x = parse("-0.0e5");
    assert_true(x.value == 0.0 && signbit(x.value));
    x = parse("0");
    assert_false(signbit(x.value));
}

static void missing_spellings(void **state)
{
    (void)state;
    const char *missing[] = {"", "   ", "-", "—", "——", "–", "…", "……",
                             "...", "..", "NA", "N/A", "n/a", "null", "NULL",
                             "#N/A", "－", " - "};
    for (size_t i = 0; i < sizeof missing / sizeof missing[0]; i++) {
        ei_number x = parse(missing[i]);
        if (!x.missing || !isnan(x.value)) {
            print_error("'%s' is not missing\n", missing[i]);
            fail();
        }
        assert_false(x.percent);
    }
    ei_number x;
    assert_int_equal(ei_number_parse(&x, NULL, 0, NULL), EI_OK);
    assert_true(x.missing);
}

static void rejections(void **state)
{
    (void)state;
    const struct {
        const char *text, *message;
    } bad[] = {
        {"NaN", "'NaN' is not a number: not a finite number"},
        {"nan", "'nan' is not a number: not a finite number"},
        {"inf", "'inf' is not a number: not a finite number"},
        {"-inf", "'-inf' is not a number: not a finite number"},
        {"Infinity", "'Infinity' is not a number: not a finite number"},
        {"+INFINITY", "'+INFINITY' is not a number: not a finite number"},
        {"1e400", "'1e400' is out of range"},
        {"-1e400", "'-1e400' is out of range"},
        {"1.8e308", "'1.8e308' is out of range"},
        {"1e999999999999", "'1e999999999999' is out of range"},
        {"12亿元", "'12亿元' is not a number: unexpected '亿元'"},
        {"1.2.3", "'1.2.3' is not a number: unexpected '.3'"},
        {"12abc", "'12abc' is not a number: unexpected 'abc'"},
        {"abc", "'abc' is not a number: unexpected 'abc'"},
        {"12 %", "'12 %' is not a number: unexpected ' %'"},
        {"7.2%%", "'7.2%%' is not a number: unexpected '%'"},
        {"1-2", "'1-2' is not a number: unexpected '-2'"},
        {"1:0.4", "'1:0.4' is not a number: unexpected ':0.4'"},
        {"--5", "'--5' is not a number: unexpected '-5'"},
        {"0x10", "'0x10' is not a number: unexpected 'x10'"},
        {".", "'.' is not a number: no digits"},
        {"+", "'+' is not a number: no digits"},
        {"%", "'%' is not a number: unexpected '%'"},
        {"1e", "'1e' is not a number: exponent has no digits"},
        {"1e+", "'1e+' is not a number: exponent has no digits"},
        {"e5", "'e5' is not a number: unexpected 'e5'"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ei_number x;
        ei_error e;
        int rc = ei_number_parse(&x, bad[i].text, strlen(bad[i].text), &e);
        if (rc != EI_EPARSE || strcmp(e.text, bad[i].message) != 0) {
            print_error("'%s': rc %d, '%s'\n", bad[i].text, rc, e.text);
            fail();
        }
        assert_true(isnan(x.value));
        assert_false(x.missing);
        assert_false(x.percent);
        assert_int_equal(ei_number_parse(&x, bad[i].text,
                                         strlen(bad[i].text), NULL),
                         EI_EPARSE);
    }
    assert_int_equal(ei_number_parse(NULL, "1", 1, NULL), EI_EINVAL);
}

static void reads_only_len_bytes(void **state)
{
    (void)state;
    ei_number x;
    const char buf[] = {'1', '2', '.', '5', 'x'};
    assert_int_equal(ei_number_parse(&x, buf, 4, NULL), EI_OK);
    assert_true(same_bits(x.value, 12.5));
    assert_int_equal(ei_number_parse(&x, "7.2%", 3, NULL), EI_OK);
    assert_false(x.percent);
}

/* strtod in the C locale, the reference for correct rounding. */
static double ref(const char *text) { return strtod(text, NULL); }

static void correctly_rounded(void **state)
{
    (void)state;
    /* the classic: "0.3" is the double nearest 0.3, not 0.1 + 0.2 */
    assert_value("0.3", 0.3);
    assert_false(same_bits(parse("0.3").value, 0.1 + 0.2));
    assert_value("0.1", 0.1);
    assert_value("123456789012345678901234", ref("123456789012345678901234"));
    assert_value("1.7976931348623157e308", DBL_MAX);
    assert_value("2.2250738585072014e-308", DBL_MIN);
    assert_value("4.9e-324", ref("4.9e-324")); /* smallest subnormal */
    assert_value("1e-400", 0.0);               /* underflow is accepted */
    assert_value("9007199254740993", 9007199254740992.0); /* tie to even */
    assert_value("3.14159265358979323846264338327950288",
                 ref("3.14159265358979323846264338327950288"));
    assert_value("1,234,567,890,123,456,789", ref("1234567890123456789"));
}

/* 2^53 + 1 is exactly halfway between two doubles and rounds to even
 * (down); a nonzero digit 1000 places later must round it up. Only the
 * sticky digit kept beyond the 800 stored digits can tell. */
static void very_long_inputs(void **state)
{
    (void)state;
    char buf[1200];
    strcpy(buf, "9007199254740993.");
    size_t k = strlen(buf);
    memset(buf + k, '0', 1000);
    buf[k + 1000] = '1';
    buf[k + 1001] = '\0';
    assert_value(buf, 9007199254740994.0);
    assert_value(buf, ref(buf));
    buf[k + 1000] = '0'; /* all zeros: stays the tie, rounds to even */
    assert_value(buf, 9007199254740992.0);
    /* 1000 integer digits: 1e999 overflows */
    memset(buf, '1', 1000);
    buf[1000] = '\0';
    ei_number x;
    assert_int_equal(ei_number_parse(&x, buf, 1000, NULL), EI_EPARSE);
    /* 300 integer digits, then a fraction: dropped digits still scale */
    memset(buf, '7', 900);
    buf[300] = '.';
    buf[900] = '\0';
    assert_value(buf, ref(buf));
    /* 0.000…0001234 with 330 zeros: a subnormal */
    strcpy(buf, "0.");
    memset(buf + 2, '0', 320);
    strcpy(buf + 322, "1234");
    assert_value(buf, ref(buf));
}

/* Pseudo-random decimal strings (fixed seed, so the test is repeatable)
 * of 1 to 25 digits with a point and an exponent: parse must agree with
 * strtod bit for bit, on the fast path and off it. */
static void agrees_with_strtod(void **state)
{
    (void)state;
    uint64_t s = 0x9E3779B97F4A7C15u;
    for (int i = 0; i < 200000; i++) {
        char buf[64];
        int k = 0;
        s = s * 6364136223846793005u + 1442695040888963407u;
        int ndig = 1 + (int)((s >> 33) % 25);
        int point = (int)((s >> 40) % (uint64_t)(ndig + 1));
        int exp = (int)((s >> 48) % 80) - 40;
        if ((s >> 20) & 1)
            buf[k++] = '-';
        for (int d = 0; d < ndig; d++) {
            if (d == point)
                buf[k++] = '.';
            s = s * 6364136223846793005u + 1442695040888963407u;
            buf[k++] = (char)('0' + (s >> 60) % 10);
        }
        if ((s >> 30) & 1)
            k += snprintf(buf + k, sizeof buf - (size_t)k, "e%d", exp);
        buf[k] = '\0';
        ei_number x;
        if (ei_number_parse(&x, buf, (size_t)k, NULL) != EI_OK ||
            !same_bits(x.value, ref(buf))) {
            print_error("'%s': got %.17g, strtod %.17g\n", buf, x.value,
                        ref(buf));
            fail();
        }
    }
}

/* Under a locale whose decimal point is ',' the results do not change.
 * Skipped where no such locale is installed (minimal containers have only C
 * and C.utf8). */
static void ignores_the_locale(void **state)
{
    (void)state;
    const char *long_text = "123456789012345678901234.5"; /* slow path */
    double long_value = ref(long_text);
    const char *names[] = {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8",
                           "fr_FR.utf8", "ru_RU.UTF-8", "ru_RU.utf8"};
    const char *got = NULL;
    for (size_t i = 0; !got && i < sizeof names / sizeof names[0]; i++)
        got = setlocale(LC_NUMERIC, names[i]);
    if (!got)
        skip();
    bool comma = strcmp(localeconv()->decimal_point, ",") == 0;
    ei_number a = parse("1234.5"), b = parse(long_text), c = parse("0.3");
    setlocale(LC_NUMERIC, "C");
    assert_true(comma);
    assert_true(same_bits(a.value, 1234.5));
    assert_true(same_bits(b.value, long_value));
    assert_true(same_bits(c.value, 0.3));
}

/* Plain decimals, as bureau files write figures (1 to 16 digits, a point
 * inside or none, a minus, leading zeros): the short path for them must
 * give strtod's correctly rounded double, bit for bit; 16 digits and a
 * trailing point take the general path. */
static void plain_decimals_as_strtod(void **state)
{
    (void)state;
    static const char *const edges[] = {
        "0", "-0", "-0.0", "007.50", "0.1", "0.3", "999999999999999",
        "9999999999999999", "123456789012345.6", "1234567890.12345",
        "7.", "-7.80", "9007199254740993", "0.000000000000001"};
    for (size_t i = 0; i < sizeof edges / sizeof *edges; i++) {
        ei_number x;
        assert_int_equal(ei_number_parse(&x, edges[i], strlen(edges[i]),
                                         NULL), EI_OK);
        if (!same_bits(x.value, ref(edges[i]))) {
            print_error("'%s': got %.17g, strtod %.17g\n", edges[i],
                        x.value, ref(edges[i]));
            fail();
        }
    }
    uint64_t s = 0xD1B54A32D192ED03u;
    for (int i = 0; i < 200000; i++) {
        char buf[32];
        int k = 0;
        s = s * 6364136223846793005u + 1442695040888963407u;
        int ndig = 1 + (int)((s >> 33) % 16);
        int point = (int)((s >> 40) % (uint64_t)ndig); /* 0: none */
        if ((s >> 20) & 1)
            buf[k++] = '-';
        for (int d = 0; d < ndig; d++) {
            if (point && d == point)
                buf[k++] = '.';
            s = s * 6364136223846793005u + 1442695040888963407u;
            buf[k++] = (char)('0' + (s >> 60) % 10);
        }
        buf[k] = '\0';
        ei_number x;
        if (ei_number_parse(&x, buf, (size_t)k, NULL) != EI_OK ||
            !same_bits(x.value, ref(buf)) || x.percent || x.missing) {
            print_error("'%s': got %.17g, strtod %.17g\n", buf, x.value,
                        ref(buf));
            fail();
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_numbers),
        cmocka_unit_test(thousands_separators),
        cmocka_unit_test(percent_flag),
        cmocka_unit_test(full_width_and_signs),
        cmocka_unit_test(negative_zero),
        cmocka_unit_test(missing_spellings),
        cmocka_unit_test(rejections),
        cmocka_unit_test(reads_only_len_bytes),
        cmocka_unit_test(correctly_rounded),
        cmocka_unit_test(very_long_inputs),
        cmocka_unit_test(agrees_with_strtod),
        cmocka_unit_test(plain_decimals_as_strtod),
        cmocka_unit_test(ignores_the_locale),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
