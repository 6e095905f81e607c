/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Names of the transformations, as the CLI parses them. */
#include <string.h>

#include "testutil.h"

#include "econind/growth.h"

static ei_transform parse_ok(const char *text)
{
    ei_transform t = EI_TRANSFORM_COUNT_;

    assert_int_equal(ei_transform_parse(&t, text, strlen(text), NULL), EI_OK);
    return t;
}

static void test_codes_round_trip(void **state)
{
    (void)state;
    for (int t = 0; t < EI_TRANSFORM_COUNT_; t++) {
        const char *name = ei_transform_name((ei_transform)t);

        assert_int_equal(parse_ok(name), t);
        assert_string_not_equal(ei_transform_label((ei_transform)t),
                                "unknown");
        assert_string_not_equal(ei_transform_label_zh((ei_transform)t),
                                "unknown");
    }
    assert_string_equal(ei_transform_name(EI_TRANSFORM_PC1), "pc1");
    assert_string_equal(ei_transform_name(EI_TRANSFORM_COUNT_), "unknown");
    assert_string_equal(ei_transform_label_zh(EI_TRANSFORM_PC1), "同比增长");
}

static void test_aliases(void **state)
{
    (void)state;
    assert_int_equal(parse_ok("yoy"), EI_TRANSFORM_PC1);
    assert_int_equal(parse_ok("同比"), EI_TRANSFORM_PC1);
    assert_int_equal(parse_ok("  PC1\t"), EI_TRANSFORM_PC1);
    assert_int_equal(parse_ok("环比"), EI_TRANSFORM_PCH);
    assert_int_equal(parse_ok("MoM"), EI_TRANSFORM_PCH);
    assert_int_equal(parse_ok("qoq"), EI_TRANSFORM_PCH);
    assert_int_equal(parse_ok("同比增量"), EI_TRANSFORM_CH1);
    assert_int_equal(parse_ok("折年率"), EI_TRANSFORM_PCA);
    assert_int_equal(parse_ok("ln"), EI_TRANSFORM_LOG);
    assert_int_equal(parse_ok("diff"), EI_TRANSFORM_CHG);
    assert_int_equal(parse_ok("level"), EI_TRANSFORM_LIN);
}

static void test_unknown(void **state)
{
    ei_transform t = EI_TRANSFORM_PC1;
    ei_error err;
    (void)state;

    assert_int_equal(ei_transform_parse(&t, "pc2", 3, &err), EI_EPARSE);
    assert_int_equal(err.code, EI_EPARSE);
    assert_non_null(strstr(err.text, "pc2"));
    assert_int_equal(t, EI_TRANSFORM_LIN);
    /* length is honoured: "pc1x" cut to 3 bytes is pc1 */
    assert_int_equal(ei_transform_parse(&t, "pc1x", 3, NULL), EI_OK);
    assert_int_equal(t, EI_TRANSFORM_PC1);
    assert_int_equal(ei_transform_parse(&t, "", 0, NULL), EI_EPARSE);
    assert_int_equal(ei_transform_parse(NULL, "pc1", 3, NULL), EI_EINVAL);
}

static void test_units(void **state)
{
    (void)state;
    assert_string_equal(ei_transform_unit(EI_TRANSFORM_PC1, "亿元"), "%");
    assert_string_equal(ei_transform_unit(EI_TRANSFORM_CHG, "亿元"), "亿元");
    assert_string_equal(ei_transform_unit(EI_TRANSFORM_CH1, "%"), "个百分点");
    assert_string_equal(ei_transform_unit(EI_TRANSFORM_LOG, "亿元"), "");
    assert_null(ei_transform_unit(EI_TRANSFORM_LIN, NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codes_round_trip),
        cmocka_unit_test(test_aliases),
        cmocka_unit_test(test_unknown),
        cmocka_unit_test(test_units),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
