/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <string.h>

#include "econind/econind.h"

static size_t w(const char *s)
{
    return ei_text_width(s, strlen(s));
}

/* Each Chinese character takes two terminal cells: 6 characters, 12. */
static void chinese(void **state)
{
    (void)state;
    assert_int_equal(w("地区生产总值"), 12);
    assert_int_equal(w("GDP增长7.5%"), 3 + 2 * 2 + 4);
    assert_int_equal(w(""), 0);
    assert_int_equal(ei_text_width(NULL, 3), 0);
    /* only the first len bytes count: 地 is 3 bytes */
    assert_int_equal(ei_text_width("地区", 3), 2);
}

/* The edges of each wide range, and neighbours just outside. */
static void range_edges(void **state)
{
    (void)state;
    assert_int_equal(w("\u1100"), 2);        /* Hangul Jamo ᄀ */
    assert_int_equal(w("\u115F"), 2);
    assert_int_equal(w("\u1160"), 1);
    assert_int_equal(w("\u2E7F"), 1);
    assert_int_equal(w("\u2E80"), 2);        /* CJK radicals */
    assert_int_equal(w("\u3000"), 2);        /* ideographic space */
    assert_int_equal(w("\uA4CF"), 2);
    assert_int_equal(w("\uA4D0"), 1);
    assert_int_equal(w("\uAC00"), 2);        /* 가 */
    assert_int_equal(w("\uD7A3"), 2);
    assert_int_equal(w("\uD7A4"), 1);
    assert_int_equal(w("\uF900"), 2);
    assert_int_equal(w("\uFAFF"), 2);
    assert_int_equal(w("\uFE30"), 2);
    assert_int_equal(w("\uFE4F"), 2);
    assert_int_equal(w("\uFE50"), 1);
    assert_int_equal(w("\uFF01"), 2);        /* ！ */
    assert_int_equal(w("\uFF60"), 2);
    assert_int_equal(w("\uFF61"), 1);        /* half-width ｡ */
    assert_int_equal(w("\uFFE0"), 2);
    assert_int_equal(w("\uFFE6"), 2);
    assert_int_equal(w("\uFFE7"), 1);
    assert_int_equal(w("\U00020000"), 2);    /* CJK extension B 𠀀 */
    assert_int_equal(w("\U0003FFFD"), 2);
    assert_int_equal(w("\U0001F600"), 1);    /* outside the listed ranges */
    assert_int_equal(w("é"), 1);
}

/* Each byte of an invalid sequence counts one cell, as terminals show a
 * replacement glyph per byte. */
static void invalid_bytes(void **state)
{
    (void)state;
    assert_int_equal(w("\xBA\xBA"), 2);         /* GBK 汉, lead bytes */
    assert_int_equal(w("\xE5\x9C"), 2);         /* truncated 地 */
    assert_int_equal(w("\xC0\xAF"), 2);         /* overlong '/' */
    assert_int_equal(w("\xED\xA0\x80"), 3);     /* surrogate U+D800 */
    assert_int_equal(w("\xF4\x90\x80\x80"), 4); /* above U+10FFFF */
    assert_int_equal(w("a\xFF地"), 4);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(chinese),
        cmocka_unit_test(range_edges),
        cmocka_unit_test(invalid_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
