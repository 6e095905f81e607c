/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The unit table and conversions. Scales are the statutory definitions:
 * 万 = 1e4, 亿 = 1e8, 1 公顷 = 10 000 平方米, 1 亩 = 1/15 公顷 (DOMAIN.md,
 * "Units"). */
#include "testutil.h"

#include <string.h>

#include "econind/econind.h"

static ei_unit unit(const char *name)
{
    ei_unit u;
    ei_unit_lookup(&u, name);
    return u;
}

static double factor(const char *from, const char *to)
{
    double f = -1;
    ei_error e;
    ei_error_clear(&e);
    if (ei_unit_factor(&f, unit(from), unit(to), &e) != EI_OK) {
        print_error("%s -> %s: %s\n", from, to, e.text);
        fail();
    }
    return f;
}

static void lookup(void **state)
{
    (void)state;
    const struct {
        const char *name;
        ei_dimension dim;
        double scale;
        const char *base;
    } known[] = {
        {"元", EI_DIM_CNY, 1, "元"},
        {"万元", EI_DIM_CNY, 1e4, "元"},
        {"亿元", EI_DIM_CNY, 1e8, "元"},
        {"万亿元", EI_DIM_CNY, 1e12, "元"},
        {"美元", EI_DIM_USD, 1, "美元"},
        {"万美元", EI_DIM_USD, 1e4, "美元"},
        {"亿美元", EI_DIM_USD, 1e8, "美元"},
        {"人", EI_DIM_PERSONS, 1, "人"},
        {"万人", EI_DIM_PERSONS, 1e4, "人"},
        {"名", EI_DIM_PERSONS, 1, "人"},
        {"万名", EI_DIM_PERSONS, 1e4, "人"},
        {"%", EI_DIM_PERCENT, 1, "%"},
        {"百分点", EI_DIM_POINTS, 1, "百分点"},
        {"个百分点", EI_DIM_POINTS, 1, "百分点"},
        {"pp", EI_DIM_POINTS, 1, "百分点"},
        {"个", EI_DIM_COUNT, 1, "个"},
        {"家", EI_DIM_COUNT, 1, "家"},
        {"项", EI_DIM_COUNT, 1, "项"},
        {"件", EI_DIM_COUNT, 1, "件"},
        {"所", EI_DIM_COUNT, 1, "所"},
        {"户", EI_DIM_COUNT, 1, "户"},
        {"座", EI_DIM_COUNT, 1, "座"},
        {"条", EI_DIM_COUNT, 1, "条"},
        {"万个", EI_DIM_COUNT, 1e4, "个"},
        {"万人次", EI_DIM_COUNT, 1e4, "人次"},
        {"平方米", EI_DIM_AREA, 1, "平方米"},
        {"万平方米", EI_DIM_AREA, 1e4, "平方米"},
        {"公顷", EI_DIM_AREA, 1e4, "平方米"},
        {"亩", EI_DIM_AREA, 10000.0 / 15.0, "平方米"},
        {"index", EI_DIM_INDEX, 1, "index"},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        ei_unit u;
        if (!ei_unit_lookup(&u, known[i].name)) {
            print_error("'%s' not in the table\n", known[i].name);
            fail();
        }
        assert_string_equal(u.name, known[i].name);
        assert_int_equal(u.dimension, known[i].dim);
        assert_true(u.scale == known[i].scale);
        assert_string_equal(u.base, known[i].base);
    }
    /* aliases give the canonical name */
    assert_string_equal(unit("％").name, "%");
    assert_string_equal(unit("㎡").name, "平方米");
    assert_string_equal(unit("指数").name, "index");
}

static void unknown_units(void **state)
{
    (void)state;
    char name[] = "立方米/秒";
    ei_unit u;
    assert_false(ei_unit_lookup(&u, name));
    assert_int_equal(u.dimension, EI_DIM_UNKNOWN);
    assert_true(u.scale == 1.0);
    assert_ptr_equal(u.name, name); /* borrowed from the caller */
    assert_false(ei_unit_lookup(&u, " 亿元")); /* not trimmed */
    assert_false(ei_unit_lookup(&u, NULL));
    assert_string_equal(u.name, "");
    assert_false(ei_unit_lookup(NULL, "x"));
    assert_true(ei_unit_lookup(NULL, "亿元"));

    /* equal unknown names combine (factor 1), different ones do not */
    char other[] = "立方米/秒";
    assert_true(ei_unit_compatible(unit(name), unit(other)));
    assert_true(factor(name, other) == 1.0);
    assert_false(ei_unit_compatible(unit("倍"), unit("比")));
    assert_false(ei_unit_compatible(unit("倍"), unit("个")));
    assert_true(ei_unit_compatible(unit(""), unit("")));
}

static void compatibility(void **state)
{
    (void)state;
    assert_true(ei_unit_compatible(unit("万元"), unit("亿元")));
    assert_true(ei_unit_compatible(unit("人"), unit("万名")));
    assert_true(ei_unit_compatible(unit("百分点"), unit("pp")));
    assert_true(ei_unit_compatible(unit("亩"), unit("公顷")));
    assert_true(ei_unit_compatible(unit("个"), unit("万个")));
    assert_false(ei_unit_compatible(unit("万元"), unit("万美元")));
    assert_false(ei_unit_compatible(unit("%"), unit("百分点")));
    assert_false(ei_unit_compatible(unit("万人"), unit("万元")));
    /* count words are not interchangeable */
    assert_false(ei_unit_compatible(unit("个"), unit("家")));
    assert_false(ei_unit_compatible(unit("项"), unit("件")));
    assert_false(ei_unit_compatible(unit("人次"), unit("人")));
    assert_true(ei_unit_compatible(unit("家"), unit("家")));
}

static void factors(void **state)
{
    (void)state;
    /* 万元 -> 亿元: 1e4 / 1e8, the double nearest 1e-4 */
    assert_true(factor("万元", "亿元") == 1e-4);
    assert_true(factor("亿元", "万元") == 1e4);
    assert_true(factor("亿元", "元") == 1e8);
    assert_true(factor("万亿元", "亿元") == 1e4);
    assert_true(factor("万人", "人") == 1e4);
    assert_true(factor("个百分点", "百分点") == 1.0);
    assert_true(factor("公顷", "平方米") == 1e4);
    assert_true(factor("万平方米", "公顷") == 1.0);
    assert_true(factor("万个", "个") == 1e4);
    /* 15 亩 = 1 公顷 = 10 000 平方米 */
    assert_close(15 * factor("亩", "公顷"), 1.0, 1e-15);
    assert_close(factor("亩", "平方米"), 666.6666666666666, 1e-15);
    /* 699 亿元 in 万元 (Hanyang GDP 2020, DOMAIN.md) */
    assert_close(699 * factor("亿元", "万元"), 6990000, 1e-15);
}

static void factor_errors(void **state)
{
    (void)state;
    double f = 0;
    ei_error e;
    assert_int_equal(ei_unit_factor(&f, unit("万元"), unit("万人"), &e),
                     EI_EUNIT);
    assert_true(isnan(f));
    assert_int_equal(e.code, EI_EUNIT);
    assert_string_equal(e.text, "cannot convert 万元 to 万人");
    assert_int_equal(ei_unit_factor(&f, unit("个"), unit("家"), &e),
                     EI_EUNIT);
    assert_string_equal(e.text, "cannot convert 个 to 家");
    assert_int_equal(ei_unit_factor(&f, unit(""), unit("%"), &e), EI_EUNIT);
    assert_string_equal(e.text, "cannot convert (no unit) to %");
    assert_int_equal(ei_unit_factor(&f, unit("%"), unit("百分点"), NULL),
                     EI_EUNIT);
    assert_int_equal(ei_unit_factor(NULL, unit("元"), unit("元"), NULL),
                     EI_EINVAL);
    /* a hand-made unit with a zero scale cannot convert */
    ei_unit zero = unit("元");
    zero.scale = 0;
    assert_int_equal(ei_unit_factor(&f, zero, unit("元"), NULL), EI_EUNIT);
    assert_true(isnan(f));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lookup),
        cmocka_unit_test(unknown_units),
        cmocka_unit_test(compatibility),
        cmocka_unit_test(factors),
        cmocka_unit_test(factor_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
