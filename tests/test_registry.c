/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <string.h>

#include "econind/econind.h"

static int setup(void **state)
{
    ei_registry *reg;
    if (ei_registry_new_builtin(&reg, NULL))
        return -1;
    *state = reg;
    return 0;
}

static int teardown(void **state)
{
    ei_registry_free(*state);
    return 0;
}

/* Names from the seeds (shared/data/seed_indicators.csv) and the brief. */
static void lookups_by_code_names_and_aliases(void **state)
{
    const ei_registry *reg = *state;
    const ei_indicator *gdp = ei_registry_find(reg, "gdp");
    assert_non_null(gdp);
    assert_string_equal(gdp->name_zh, "地区生产总值");
    assert_string_equal(gdp->unit, "亿元");
    assert_int_equal(gdp->growth_basis, EI_BASIS_COMPARABLE);
    assert_int_equal(gdp->direction, EI_DIRECTION_HIGHER);
    const char *names[] = {"地区生产总值", "GDP", "生产总值", "经济总量",
                           "gross domestic product", "  GDP\t",
                           "\xE3\x80\x80地区生产总值 "};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        assert_ptr_equal(ei_registry_find(reg, names[i]), gdp);
    struct { const char *name, *code; } cases[] = {
        {"第一产业增加值", "primary_industry"},
        {"第二产业增加值", "secondary_industry"},
        {"第三产业增加值", "tertiary_industry"},
        {"全社会固定资产投资", "fai"},
        {"社零", "retail"},
        {"地方一般公共预算收入", "fiscal_revenue"},
        {"税收收入", "tax_revenue"},
        {"招商引资总额", "investment_attracted"},
        {"实际到位资金", "investment_arrived"},
        {"招商引资实际到位资金", "investment_arrived"},
        {"实际利用外资", "fdi_used"},
        {"居民人均可支配收入", "income_per_capita"},
        {"城镇登记失业率", "unemployment_rate"},
        {"规模以上工业总产值", "industrial_output"},
        {"工业总产值", "industrial_output"},
        {"规模以上工业增加值", "industrial_value_added"},
        {"新增就业", "new_jobs"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const ei_indicator *ind = ei_registry_find(reg, cases[i].name);
        assert_non_null(ind);
        assert_string_equal(ind->code, cases[i].code);
    }
    const ei_indicator *u = ei_registry_find(reg, "unemployment_rate");
    assert_int_equal(u->direction, EI_DIRECTION_LOWER);
    assert_int_equal(u->measure, EI_MEASURE_RATE);
    assert_string_equal(u->unit, "%");
    assert_string_equal(ei_registry_find(reg, "fdi_used")->unit, "亿美元");
    assert_string_equal(ei_registry_find(reg, "income_per_capita")->unit,
                        "元");
    assert_int_equal(ei_registry_find(reg, "retail")->growth_basis,
                     EI_BASIS_CURRENT);
    assert_int_equal(ei_registry_find(reg, "fai")->growth_basis,
                     EI_BASIS_CURRENT);
    assert_int_equal(ei_registry_find(reg, "industrial_value_added")
                         ->growth_basis, EI_BASIS_COMPARABLE);
    /* Exact match only: no prefixes, no case folding, nothing empty. */
    assert_null(ei_registry_find(reg, "地区生产"));
    assert_null(ei_registry_find(reg, "Gdp"));
    assert_null(ei_registry_find(reg, ""));
    assert_null(ei_registry_find(reg, "   "));
    assert_null(ei_registry_find(reg, NULL));
    assert_null(ei_registry_find(NULL, "gdp"));
}

static void every_builtin_is_reachable(void **state)
{
    const ei_registry *reg = *state;
    assert_true(ei_registry_count(reg) >= 17);
    for (size_t i = 0; i < ei_registry_count(reg); i++) {
        const ei_indicator *ind = ei_registry_at(reg, i);
        assert_ptr_equal(ei_registry_find(reg, ind->code), ind);
        assert_ptr_equal(ei_registry_find(reg, ind->name_zh), ind);
        assert_ptr_equal(ei_registry_find(reg, ind->name_en), ind);
    }
    assert_null(ei_registry_at(reg, ei_registry_count(reg)));
}

static void add_copies_and_rejects_taken_names(void **state)
{
    (void)state;
    ei_registry *reg;
    assert_int_equal(ei_registry_new_empty(&reg, NULL), EI_OK);
    char code[] = "gdp", zh[] = "地区生产总值", alias[] = "GDP";
    const char *aliases[] = {alias, NULL};
    ei_indicator ind = {code, zh, "gross domestic product", "亿元",
                        EI_BASIS_COMPARABLE, EI_DIRECTION_HIGHER,
                        EI_MEASURE_LEVEL, NULL};
    assert_int_equal(ei_registry_add(reg, &ind, aliases, NULL), EI_OK);
    memset(code, 'x', 3);
    memset(alias, 'x', 3);
    const ei_indicator *got = ei_registry_find(reg, "GDP");
    assert_non_null(got);
    assert_string_equal(got->code, "gdp");
    assert_string_equal(got->group, "");
    /* The code or an alias of another indicator: refused, nothing added. */
    ei_indicator other = {"gdp2", "GDP二", NULL, "亿元", EI_BASIS_CURRENT,
                          EI_DIRECTION_HIGHER, EI_MEASURE_LEVEL, "x"};
    const char *bad[] = {"新名", "GDP", NULL};
    ei_error err;
    assert_int_equal(ei_registry_add(reg, &other, bad, &err), EI_ECONFLICT);
    assert_non_null(strstr(err.text, "GDP"));
    assert_int_equal(ei_registry_count(reg), 1);
    assert_null(ei_registry_find(reg, "gdp2"));
    assert_null(ei_registry_find(reg, "新名"));
    other.code = "gdp";
    assert_int_equal(ei_registry_add(reg, &other, NULL, &err), EI_ECONFLICT);
    other.code = "gdp2";
    assert_int_equal(ei_registry_add(reg, &other, NULL, &err), EI_OK);
    assert_int_equal(ei_registry_count(reg), 2);
    /* Pointers handed out stay valid as the registry grows. */
    for (int i = 0; i < 100; i++) {
        char c[16];
        snprintf(c, sizeof c, "x%d", i);
        ei_indicator x = {c, NULL, NULL, NULL, EI_BASIS_UNKNOWN,
                          EI_DIRECTION_UNKNOWN, EI_MEASURE_LEVEL, NULL};
        assert_int_equal(ei_registry_add(reg, &x, NULL, NULL), EI_OK);
    }
    assert_string_equal(got->name_en, "gross domestic product");
    assert_ptr_equal(ei_registry_find(reg, "x42"), ei_registry_at(reg, 44));
    /* No code: refused. */
    ei_indicator nocode = {"  ", NULL, NULL, NULL, EI_BASIS_UNKNOWN,
                           EI_DIRECTION_UNKNOWN, EI_MEASURE_LEVEL, NULL};
    assert_int_equal(ei_registry_add(reg, &nocode, NULL, &err), EI_EINVAL);
    ei_registry_free(reg);
    ei_registry_free(NULL);
}

/* A series copied out of a dataset that made (and owned) the built-in
 * registry keeps a valid registry entry after the dataset is freed: the
 * built-in entries are the library's constant table. (Before, the pointer
 * dangled; valgrind: meson test --setup valgrind --suite unit.) An
 * indicator added by hand is the registry's own copy. */
static void builtin_entries_outlive_the_registry(void **state)
{
    (void)state;
    static const char csv[] = "region,indicator,period,value,unit\n"
                              "汉阳区,地区生产总值,2020,699,亿元\n";
    ei_dataset *ds = NULL;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    assert_int_equal(ei_csv_read_buffer(ds, "obs.csv", csv, strlen(csv),
                                        NULL, NULL, NULL),
                     EI_OK);
    const ei_series *s = ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_ANNUAL);
    assert_non_null(s);
    ei_series *copy = NULL, *first = NULL;
    assert_int_equal(ei_series_copy(&copy, s, NULL), EI_OK);
    assert_int_equal(ei_series_select_vintage(&first, s, EI_VINTAGE_FIRST,
                                              NULL),
                     EI_OK);
    ei_dataset_free(ds);
    const ei_indicator *a = ei_series_registered(copy);
    const ei_indicator *b = ei_series_registered(first);
    assert_non_null(a);
    assert_non_null(b);
    if (!a || !b)
        return;
    assert_string_equal(a->code, "gdp");
    assert_string_equal(b->name_zh, "地区生产总值");
    assert_int_equal(a->growth_basis, EI_BASIS_COMPARABLE);
    ei_series_free(copy);
    ei_series_free(first);

    /* two built-in registries hand out the same entries */
    ei_registry *r1 = NULL, *r2 = NULL;
    assert_int_equal(ei_registry_new_builtin(&r1, NULL), EI_OK);
    assert_int_equal(ei_registry_new_builtin(&r2, NULL), EI_OK);
    assert_ptr_equal(ei_registry_find(r1, "gdp"), ei_registry_find(r2, "GDP"));
    /* an added indicator is copied: the caller's strings may go */
    char code[] = "my_ind";
    ei_indicator mine = {code, "我的指标", "mine", "个", EI_BASIS_CURRENT,
                         EI_DIRECTION_HIGHER, EI_MEASURE_LEVEL, ""};
    assert_int_equal(ei_registry_add(r1, &mine, NULL, NULL), EI_OK);
    code[0] = 'X';
    const ei_indicator *m = ei_registry_find(r1, "my_ind");
    assert_non_null(m);
    assert_ptr_not_equal(m, &mine);
    ei_registry_free(r1);
    ei_registry_free(r2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lookups_by_code_names_and_aliases),
        cmocka_unit_test(every_builtin_is_reachable),
        cmocka_unit_test(add_copies_and_rejects_taken_names),
        cmocka_unit_test(builtin_entries_outlive_the_registry),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
