/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Target types: operators (symbols and Chinese qualifiers, DOMAIN.md and
 * FORMATS.md), kinds, attributes, directions, defaults, validation and the
 * owning set. */
#include "testutil.h"

#include <string.h>

#include "econind/econind.h"

/* The operator as an int, -1 when it does not parse. */
static int op_of(const char *text)
{
    ei_target_op op;
    if (ei_target_op_parse(&op, text, strlen(text)) != EI_OK)
        return -1;
    return (int)op;
}

/* FORMATS.md: 以上 不低于 不少于 至少 达到 → >=; 突破 超过 超 过 → >;
 * 控制在 以内 不超过 低于 → <=; 左右 约 → ~; 同步 → linked. */
static void operator_words(void **state)
{
    (void)state;
    const char *ge[] = {">=", "≥", "以上", "不低于", "不少于", "至少", "达到"};
    for (size_t i = 0; i < sizeof ge / sizeof ge[0]; i++)
        assert_int_equal(op_of(ge[i]), EI_OP_GE);
    const char *gt[] = {">", "突破", "超过", "超", "过"};
    for (size_t i = 0; i < sizeof gt / sizeof gt[0]; i++)
        assert_int_equal(op_of(gt[i]), EI_OP_GT);
    const char *le[] = {"<=", "≤", "控制在", "以内", "不超过", "低于",
                        "控制在…以内"};
    for (size_t i = 0; i < sizeof le / sizeof le[0]; i++)
        assert_int_equal(op_of(le[i]), EI_OP_LE);
    assert_int_equal(op_of("<"), EI_OP_LT);
    assert_int_equal(op_of("~"), EI_OP_ABOUT);
    assert_int_equal(op_of("左右"), EI_OP_ABOUT);
    assert_int_equal(op_of("约"), EI_OP_ABOUT);
    assert_int_equal(op_of(" 同步 "), EI_OP_LINKED);
    assert_int_equal(op_of("linked"), EI_OP_LINKED);
    /* unknown or contradictory */
    assert_int_equal(op_of("大约等于吧"), -1);
    assert_int_equal(op_of("=>"), -1);
    assert_int_equal(op_of(""), -1);
    assert_int_equal(op_of("以上以内"), -1);
    assert_string_equal(ei_target_op_symbol(EI_OP_LE), "<=");
}

static int find(const char *phrase, ei_target_op *op)
{
    bool found = false;
    int rc = ei_target_op_find(op, &found, phrase, strlen(phrase));
    if (rc)
        return rc;
    return found ? 1 : 0;
}

/* Phrases from the seeds: 地区生产总值突破1100亿元, 年均增长7.5%以上,
 * 城镇登记失业率控制在4.5%以内, 居民收入增长与经济增长同步,
 * 居民消费价格涨幅控制在3%左右 (控制在 … 左右 is "about"), 单位GDP能耗
 * 节约 (not "about"). */
static void operator_in_phrases(void **state)
{
    (void)state;
    ei_target_op op;
    assert_int_equal(find("地区生产总值突破1100亿元", &op), 1);
    assert_int_equal(op, EI_OP_GT);
    assert_int_equal(find("年均增长7.5%以上", &op), 1);
    assert_int_equal(op, EI_OP_GE);
    assert_int_equal(find("城镇登记失业率控制在4.5%以内", &op), 1);
    assert_int_equal(op, EI_OP_LE);
    assert_int_equal(find("居民收入增长与经济增长同步", &op), 1);
    assert_int_equal(op, EI_OP_LINKED);
    assert_int_equal(find("居民消费价格涨幅控制在3%左右", &op), 1);
    assert_int_equal(op, EI_OP_ABOUT);
    assert_int_equal(find("不超过5%", &op), 1);
    assert_int_equal(op, EI_OP_LE);
    assert_int_equal(find("不低于8%", &op), 1);
    assert_int_equal(op, EI_OP_GE);
    assert_int_equal(find("节约用地", &op), 0);
    assert_int_equal(find("增长7.2%", &op), 0);
    assert_int_equal(find("增长8%以上,控制在9%以内", &op), EI_EPARSE);
}

static void kinds_and_attributes(void **state)
{
    (void)state;
    ei_target_kind k;
    assert_int_equal(ei_target_kind_parse(&k, "avg_growth", 10), EI_OK);
    assert_int_equal(k, EI_TARGET_AVG_GROWTH);
    assert_int_equal(ei_target_kind_parse(&k, "年均增长", strlen("年均增长")),
                     EI_OK);
    assert_int_equal(k, EI_TARGET_AVG_GROWTH);
    assert_int_equal(ei_target_kind_parse(&k, " Ceiling ", 9), EI_OK);
    assert_int_equal(k, EI_TARGET_CEILING);
    assert_int_equal(ei_target_kind_parse(&k, "levels", 6), EI_EPARSE);
    for (int i = EI_TARGET_LEVEL; i <= EI_TARGET_COUNT; i++) {
        const char *name = ei_target_kind_name((ei_target_kind)i);
        assert_int_equal(ei_target_kind_parse(&k, name, strlen(name)), EI_OK);
        assert_int_equal(k, i);
    }
    assert_true(ei_target_kind_is_rate(EI_TARGET_SHARE));
    assert_false(ei_target_kind_is_rate(EI_TARGET_CEILING));
    ei_target_attr a;
    assert_int_equal(ei_target_attr_parse(&a, "约束性", strlen("约束性")),
                     EI_OK);
    assert_int_equal(a, EI_ATTR_BINDING);
    assert_int_equal(ei_target_attr_parse(&a, "预期性", strlen("预期性")),
                     EI_OK);
    assert_int_equal(a, EI_ATTR_INDICATIVE);
    assert_int_equal(ei_target_attr_parse(&a, "", 0), EI_OK);
    assert_int_equal(a, EI_ATTR_NONE);
    assert_int_equal(ei_target_attr_parse(&a, "soft", 4), EI_EPARSE);
    ei_direction d;
    assert_int_equal(ei_target_direction_parse(&d, "lower", 5), EI_OK);
    assert_int_equal(d, EI_DIRECTION_LOWER);
    assert_int_equal(ei_target_direction_parse(&d, "", 0), EI_OK);
    assert_int_equal(d, EI_DIRECTION_UNKNOWN);
    assert_int_equal(ei_target_direction_parse(&d, "sideways", 8),
                     EI_EPARSE);
}

static ei_target gdp_level(void)
{
    ei_target t = ei_target_init();
    t.region = "汉阳区";
    t.indicator = "地区生产总值";
    t.span.first = ei_period_year(2021);
    t.span.last = ei_period_year(2025);
    t.kind = EI_TARGET_LEVEL;
    t.op = EI_OP_GT;
    t.value = 1100;
    t.unit = "亿元";
    return t;
}

/* Defaults: the base of 2021-2025 is 2020; a ceiling is lower-is-better
 * and <= by default; rates get the 0.5 pp tolerance. */
static void defaults(void **state)
{
    (void)state;
    ei_target t = gdp_level();
    assert_int_equal(ei_target_base(&t).year, 2020);
    t.base = ei_period_year(2019);
    assert_int_equal(ei_target_base(&t).year, 2019);
    assert_close(ei_target_tolerance(&t) + 1, 1, 1e-12);
    assert_int_equal(ei_target_direction(&t, NULL), EI_DIRECTION_HIGHER);
    ei_target c = ei_target_init();
    c.kind = EI_TARGET_CEILING;
    c.unit = "%";
    assert_int_equal(ei_target_kind_default_op(c.kind), EI_OP_LE);
    assert_int_equal(ei_target_direction(&c, NULL), EI_DIRECTION_LOWER);
    assert_close(ei_target_tolerance(&c), EI_TARGET_RATE_TOLERANCE, 1e-12);
    c.tolerance = 0.2;
    assert_close(ei_target_tolerance(&c), 0.2, 1e-12);
    c.direction = EI_DIRECTION_BAND;
    assert_int_equal(ei_target_direction(&c, NULL), EI_DIRECTION_BAND);
}

/* The registry knows GDP in 亿元 and the unemployment rate as lower-is-
 * better; a level of GDP in % and a growth target in 亿元 do not fit. */
static void validate(void **state)
{
    (void)state;
    ei_registry *reg = NULL;
    assert_int_equal(ei_registry_new_builtin(&reg, NULL), EI_OK);
    ei_error e;
    ei_target t = gdp_level();
    assert_int_equal(ei_target_validate(&t, reg, &e), EI_OK);
    t.unit = "万元"; /* converts with 亿元 */
    assert_int_equal(ei_target_validate(&t, reg, &e), EI_OK);
    t.unit = "%";
    assert_int_equal(ei_target_validate(&t, reg, &e), EI_EUNIT);
    assert_non_null(strstr(e.text, "%"));
    t = gdp_level();
    t.kind = EI_TARGET_AVG_GROWTH;
    t.value = 7.5;
    assert_int_equal(ei_target_validate(&t, reg, &e), EI_EUNIT);
    t.unit = "%";
    assert_int_equal(ei_target_validate(&t, reg, &e), EI_OK);
    t.kind = EI_TARGET_GROWTH; /* growth over a span */
    assert_int_equal(ei_target_validate(&t, reg, &e), EI_EINVAL);
    t.span.first = t.span.last;
    assert_int_equal(ei_target_validate(&t, reg, &e), EI_OK);
    t.op = EI_OP_LINKED; /* linked without the other indicator */
    t.value = NAN;
    assert_int_equal(ei_target_validate(&t, reg, &e), EI_EINVAL);
    t.linked_indicator = "地区生产总值";
    assert_int_equal(ei_target_validate(&t, reg, &e), EI_OK);
    t = gdp_level();
    t.span.first = ei_period_year(2026); /* reversed */
    assert_int_equal(ei_target_validate(&t, reg, &e), EI_EINVAL);
    t = gdp_level();
    t.value = NAN;
    assert_int_equal(ei_target_validate(&t, reg, &e), EI_EINVAL);
    t = gdp_level();
    t.indicator = "";
    assert_int_equal(ei_target_validate(&t, reg, &e), EI_EINVAL);
    ei_target u = gdp_level();
    u.indicator = "城镇登记失业率";
    u.kind = EI_TARGET_CEILING;
    u.unit = "%";
    u.value = 4.5;
    if (ei_registry_find(reg, u.indicator)) {
        assert_int_equal(ei_target_validate(&u, reg, &e), EI_OK);
        u.unit = "亿元";
        assert_int_equal(ei_target_validate(&u, reg, &e), EI_EUNIT);
    }
    ei_registry_free(reg);
}

static void set_copies(void **state)
{
    (void)state;
    ei_targets *set = NULL;
    assert_int_equal(ei_targets_new(&set, NULL), EI_OK);
    assert_int_equal(ei_targets_count(set), 0);
    char name[32];
    strcpy(name, "地区生产总值");
    ei_target t = gdp_level();
    t.indicator = name;
    t.unit = NULL; /* filled from the registry when it knows the indicator */
    ei_registry *reg = NULL;
    assert_int_equal(ei_registry_new_builtin(&reg, NULL), EI_OK);
    assert_int_equal(ei_targets_add(set, &t, reg, NULL), EI_OK);
    t.kind = EI_TARGET_AVG_GROWTH;
    t.value = 7.5;
    assert_int_equal(ei_targets_add(set, &t, reg, NULL), EI_OK);
    name[0] = 'X'; /* the set holds copies */
    assert_int_equal(ei_targets_count(set), 2);
    const ei_target *a = ei_targets_at(set, 0);
    assert_string_equal(a->indicator, "地区生产总值");
    assert_string_equal(a->unit, "亿元");
    assert_string_equal(ei_targets_at(set, 1)->unit, "%");
    assert_null(ei_targets_at(set, 2));
    t.value = NAN; /* invalid: the set is unchanged */
    assert_int_equal(ei_targets_add(set, &t, reg, NULL), EI_EINVAL);
    assert_int_equal(ei_targets_count(set), 2);
    ei_targets_free(set);
    ei_targets_free(NULL);
    ei_registry_free(reg);
}

/* NULL target: the zero period (target.h). */
static void null_base(void **state)
{
    (void)state;
    assert_int_equal(ei_target_base(NULL).year, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(operator_words),
        cmocka_unit_test(null_base),
        cmocka_unit_test(operator_in_phrases),
        cmocka_unit_test(kinds_and_attributes),
        cmocka_unit_test(defaults),
        cmocka_unit_test(validate),
        cmocka_unit_test(set_copies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
