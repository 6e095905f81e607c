/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The targets CSV reader: columns in English or Chinese, Chinese
 * qualifiers, defaults, and malformed files failing whole with
 * file:line:column (columns count characters, as GNU tools do). */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "econind/econind.h"

static int read_targets(ei_targets **out, const char *text, ei_error *e)
{
    return ei_targets_read_buffer(out, "targets.csv", text, strlen(text),
                                  NULL, NULL, e);
}

/* Targets of the Hanyang 14th plan and 2018 work report, with the
 * qualifiers as the documents write them. */
static const char good[] =
    "\xEF\xBB\xBF"
    "地区,指标,时期,类型,运算,数值,单位,属性,基期,同步指标,来源\n"
    "汉阳区,地区生产总值,2021-2025,level,突破,1100,亿元,预期性,2020,,003\n"
    "汉阳区,地区生产总值,2021-2025,avg_growth,以上,7.5%,,预期性,,,003\n"
    "汉阳区,城镇登记失业率,2021-2025,ceiling,,5.5,%,约束性,,,003\n"
    "汉阳区,居民人均可支配收入,2018,growth,同步,,,,,地区生产总值,001\n"
    "汉阳区,地区生产总值,2018,growth,左右,7.2,%,,,,001\n";

static void reads_good_file(void **state)
{
    (void)state;
    ei_targets *set = NULL;
    ei_error e;
    int rc = read_targets(&set, good, &e);
    if (rc)
        fprintf(stderr, "%s:%lu:%lu: %s\n", e.source, e.line, e.column,
                e.text);
    assert_int_equal(rc, EI_OK);
    assert_int_equal(ei_targets_count(set), 5);
    const ei_target *t = ei_targets_at(set, 0);
    assert_string_equal(t->region, "汉阳区");
    assert_int_equal(t->kind, EI_TARGET_LEVEL);
    assert_int_equal(t->op, EI_OP_GT);
    assert_close(t->value, 1100, 1e-12);
    assert_int_equal(t->span.first.year, 2021);
    assert_int_equal(t->span.last.year, 2025);
    assert_int_equal(t->base.year, 2020);
    assert_int_equal(t->attribute, EI_ATTR_INDICATIVE);
    assert_string_equal(t->file, "targets.csv");
    assert_int_equal(t->line, 2);
    t = ei_targets_at(set, 1);
    assert_int_equal(t->op, EI_OP_GE);
    assert_close(t->value, 7.5, 1e-12);
    assert_string_equal(t->unit, "%"); /* from "7.5%" */
    t = ei_targets_at(set, 2);
    assert_int_equal(t->op, EI_OP_LE); /* a ceiling's default */
    assert_int_equal(t->attribute, EI_ATTR_BINDING);
    t = ei_targets_at(set, 3);
    assert_int_equal(t->op, EI_OP_LINKED);
    assert_string_equal(t->linked_indicator, "地区生产总值");
    assert_true(isnan(t->value));
    t = ei_targets_at(set, 4);
    assert_int_equal(t->op, EI_OP_ABOUT);
    assert_close(ei_target_tolerance(t), 0.5, 1e-12);
    ei_targets_free(set);
}

typedef struct bad_case {
    const char *what;
    const char *text;
    int code;
    unsigned long line, column;
    const char *needle; /* in the message */
} bad_case;

/* Columns by hand: "汉阳区," is 4 characters, "地区生产总值," 7,
 * "2021-2025," 10, "level," 6, "突破," 3 … */
static const bad_case bad[] = {
    {"unknown operator",
     "region,indicator,period,kind,operator,value,unit\n"
     "汉阳区,地区生产总值,2025,level,>=,1100,亿元\n"
     "汉阳区,地区生产总值,2025,level,大概,1100,亿元\n",
     EI_EPARSE, 3, 4 + 7 + 5 + 6 + 1, "operator"},
    {"a growth target in 亿元",
     "region,indicator,period,kind,operator,value,unit\n"
     "汉阳区,固定资产投资,2018,growth,>=,9,亿元\n",
     EI_EUNIT, 2, 4 + 7 + 5 + 7 + 3 + 2 + 1, "亿元"},
    {"a level target of GDP in %",
     "region,indicator,period,kind,operator,value,unit\n"
     "汉阳区,地区生产总值,2021-2025,level,突破,1100,%\n",
     EI_EUNIT, 2, 4 + 7 + 10 + 6 + 3 + 5 + 1, "%"},
    {"reversed span",
     "region,indicator,period,kind,operator,value,unit\n"
     "汉阳区,地区生产总值,2025-2021,level,突破,1100,亿元\n",
     EI_EPARSE, 2, 4 + 7 + 1, "2025-2021"},
    {"unknown kind",
     "指标,时期,类型,数值\n"
     "地区生产总值,2025,水平线,1100\n",
     EI_EPARSE, 2, 7 + 5 + 1, "kind"},
    {"bad number",
     "指标,时期,类型,数值\n"
     "地区生产总值,2025,level,1100亿元\n",
     EI_EPARSE, 2, 7 + 5 + 6 + 1, "value"},
    {"missing kind column",
     "指标,时期,数值\n"
     "地区生产总值,2025,1100\n",
     EI_EPARSE, 1, 1, "kind"},
    {"linked without its indicator",
     "指标,时期,类型,运算,数值\n"
     "居民人均可支配收入,2018,growth,同步,\n",
     EI_EINVAL, 2, 0, "linked"},
    {"growth over a span",
     "指标,时期,类型,数值\n"
     "地区生产总值,2021-2025,growth,7.5\n",
     EI_EINVAL, 2, 7 + 1, "avg_growth"},
};

static void malformed_files(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ei_targets *set = NULL;
        ei_error e;
        ei_error_clear(&e);
        int rc = read_targets(&set, bad[i].text, &e);
        if (rc != bad[i].code || e.line != bad[i].line ||
            (bad[i].column && e.column != bad[i].column) ||
            !strstr(e.text, bad[i].needle))
            fprintf(stderr, "%s: got %d %s:%lu:%lu: %s\n", bad[i].what, rc,
                    e.source, e.line, e.column, e.text);
        assert_int_equal(rc, bad[i].code);
        assert_null(set);
        assert_string_equal(e.source, "targets.csv");
        assert_int_equal(e.line, bad[i].line);
        if (bad[i].column)
            assert_int_equal(e.column, bad[i].column);
        assert_non_null(strstr(e.text, bad[i].needle));
    }
}

/* The linked target's error points at the (absent) linked column: the
 * start of the record. */
static void linked_error_location(void **state)
{
    (void)state;
    ei_targets *set;
    ei_error e;
    assert_int_equal(read_targets(&set, bad[7].text, &e), EI_EINVAL);
    assert_int_equal(e.column, 1);
    char buf[512];
    ei_error_format(&e, buf, sizeof buf);
    assert_true(strncmp(buf, "targets.csv:2:1: ", 17) == 0);
}

static void missing_file(void **state)
{
    (void)state;
    ei_targets *set = (ei_targets *)1;
    ei_error e;
    assert_int_equal(ei_targets_read_file(&set, "/nonexistent/targets.csv",
                                          NULL, NULL, &e),
                     EI_EIO);
    assert_null(set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reads_good_file),
        cmocka_unit_test(malformed_files),
        cmocka_unit_test(linked_error_location),
        cmocka_unit_test(missing_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
