/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "econind/econind.h"
#include "series_priv.h"

static ei_series *annual(int start, size_t n)
{
    char region[] = "汉阳区", ind[] = "地区生产总值", unit[] = "亿元";
    ei_series_meta m = {region, ind, unit, EI_FREQ_ANNUAL, EI_MEASURE_LEVEL,
                        EI_BASIS_CURRENT};
    ei_series *s = NULL;
    assert_int_equal(ei_series_new(&s, &m, ei_period_year(start), n, NULL),
                     EI_OK);
    /* The strings were copied: scribbling over ours changes nothing. */
    memset(region, 'x', sizeof region - 1);
    memset(ind, 'x', sizeof ind - 1);
    memset(unit, 'x', sizeof unit - 1);
    return s;
}

static void new_is_all_missing(void **state)
{
    (void)state;
    ei_series *s = annual(2017, 4);
    assert_int_equal(ei_series_len(s), 4);
    assert_int_equal(ei_series_start(s).year, 2017);
    assert_int_equal(ei_series_end(s).year, 2020);
    assert_int_equal(ei_series_period_at(s, 2).year, 2019);
    assert_string_equal(ei_series_region(s), "汉阳区");
    assert_string_equal(ei_series_indicator(s), "地区生产总值");
    ei_unit u = ei_series_unit(s);
    assert_int_equal(u.dimension, EI_DIM_CNY);
    assert_close(u.scale, 1e8, 1e-12);
    assert_null(ei_series_registered(s));
    for (size_t i = 0; i < 4; i++) {
        assert_true(isnan(ei_series_value_at(s, i)));
        assert_true(isnan(ei_series_growth_at(s, i)));
        assert_int_equal(ei_series_reason_at(s, i), EI_REASON_MISSING);
    }
    assert_int_equal(ei_series_count_present(s), 0);
    size_t idx = 99;
    assert_int_equal(ei_series_index_of(s, ei_period_year(2019), &idx), 0);
    assert_int_equal(idx, 2);
    assert_int_equal(ei_series_index_of(s, ei_period_year(2021), &idx),
                     EI_ENOTFOUND);
    assert_int_equal(ei_series_index_of(s, ei_period_year(2016), &idx),
                     EI_ENOTFOUND);
    assert_int_equal(ei_series_index_of(s, ei_period_quarter(2018, 1), &idx),
                     EI_ENOTFOUND);
    assert_true(isnan(ei_series_value_at(s, 4)));
    ei_series_free(s);
    ei_series_free(NULL);
}

static void new_rejects_bad_arguments(void **state)
{
    (void)state;
    ei_series_meta m = {"", "x", "", EI_FREQ_ANNUAL, EI_MEASURE_LEVEL,
                        EI_BASIS_UNKNOWN};
    ei_series *s = (ei_series *)&m;
    ei_error err;
    assert_int_equal(ei_series_new(&s, &m, ei_period_quarter(2018, 1), 2,
                                   &err), EI_EINVAL);
    assert_null(s);
    assert_int_equal(ei_series_new(&s, NULL, ei_period_year(2018), 2, &err),
                     EI_EINVAL);
    assert_int_equal(ei_series_new(&s, &m, ei_period_year(9999), 2, &err),
                     EI_ERANGE);
    assert_int_equal(ei_series_new(&s, &m, ei_period_year(9999), 1, &err),
                     EI_OK);
    ei_series_free(s);
    m.freq = EI_FREQ_QUARTERLY;
    assert_int_equal(ei_series_new(&s, &m, ei_period_ytd(2018,
                                   EI_FREQ_QUARTERLY, 1, 2), 2, &err),
                     EI_EINVAL);
    m.freq = EI_FREQ_NONE;
    assert_int_equal(ei_series_new(&s, &m, ei_period_year(2018), 2, &err),
                     EI_EINVAL);
    assert_null(s);
}

static void quarterly_periods_are_consecutive(void **state)
{
    (void)state;
    ei_series_meta m = {NULL, "gdp", NULL, EI_FREQ_QUARTERLY,
                        EI_MEASURE_YTD, EI_BASIS_UNKNOWN};
    ei_series *s;
    assert_int_equal(ei_series_new(&s, &m, ei_period_quarter(2019, 3), 4,
                                   NULL), EI_OK);
    assert_string_equal(ei_series_region(s), "");
    ei_period p = ei_series_period_at(s, 2); /* 2019Q3, Q4, 2020Q1 */
    assert_int_equal(p.year, 2020);
    assert_int_equal(p.sub, 1);
    assert_int_equal(ei_series_end(s).sub, 2);
    size_t idx;
    /* A year-to-date span sits at the point of its last quarter. */
    assert_int_equal(ei_series_index_of(s, ei_period_ytd(2020,
                     EI_FREQ_QUARTERLY, 1, 2), &idx), 0);
    assert_int_equal(idx, 3);
    ei_series_free(s);
}

static void set_enforces_value_reason_rule(void **state)
{
    (void)state;
    ei_series *s = annual(2017, 3);
    /* A finite value forces NONE whatever reason is passed. */
    assert_int_equal(ei_series_set(s, 0, 948, EI_REASON_MISSING), EI_OK);
    assert_close(ei_series_value_at(s, 0), 948, 1e-15);
    assert_int_equal(ei_series_reason_at(s, 0), EI_REASON_NONE);
    /* NaN needs a reason. */
    assert_int_equal(ei_series_set(s, 1, NAN, EI_REASON_NONE), EI_EINVAL);
    assert_int_equal(ei_series_set(s, 1, NAN, EI_REASON_ZERO_BASE), EI_OK);
    assert_int_equal(ei_series_reason_at(s, 1), EI_REASON_ZERO_BASE);
    assert_int_equal(ei_series_set(s, 1, INFINITY, EI_REASON_NONE),
                     EI_EINVAL);
    assert_int_equal(ei_series_set(s, 3, 1.0, EI_REASON_NONE), EI_ERANGE);
    assert_int_equal(ei_series_set(s, 1, NAN, EI_REASON_COUNT_), EI_EINVAL);
    assert_int_equal(ei_series_set(s, 1, -INFINITY, EI_REASON_NONE),
                     EI_EINVAL);
    /* a refused set leaves the point as it was */
    assert_true(isnan(ei_series_value_at(s, 1)));
    assert_int_equal(ei_series_reason_at(s, 1), EI_REASON_ZERO_BASE);
    /* Full attributes; a target or plan is never a point's value. */
    assert_int_equal(ei_series_set_full(s, 2, 1000, EI_REASON_NONE, 7.8,
                                        EI_STATUS_ESTIMATE, EI_BOUND_ABOVE),
                     EI_OK);
    assert_close(ei_series_growth_at(s, 2), 7.8, 1e-15);
    assert_close(ei_series_growths(s)[2], 7.8, 1e-15);
    assert_int_equal(ei_series_status_at(s, 2), EI_STATUS_ESTIMATE);
    assert_int_equal(ei_series_bound_at(s, 2), EI_BOUND_ABOVE);
    assert_int_equal(ei_series_set_full(s, 2, 1100, EI_REASON_NONE, NAN,
                                        EI_STATUS_TARGET, EI_BOUND_EXACT),
                     EI_EINVAL);
    assert_int_equal(ei_series_set_full(s, 2, 1100, EI_REASON_NONE, NAN,
                                        EI_STATUS_PLAN, EI_BOUND_EXACT),
                     EI_EINVAL);
    assert_close(ei_series_value_at(s, 2), 1000, 1e-15);
    /* set() resets status and bound, keeps the reported growth. */
    assert_int_equal(ei_series_set(s, 2, 1001, EI_REASON_NONE), EI_OK);
    assert_int_equal(ei_series_status_at(s, 2), EI_STATUS_ACTUAL);
    assert_int_equal(ei_series_bound_at(s, 2), EI_BOUND_EXACT);
    assert_close(ei_series_growth_at(s, 2), 7.8, 1e-15);
    assert_int_equal(ei_series_count_present(s), 2);
    assert_close(ei_series_values(s)[0], 948, 1e-15);
    ei_series_free(s);
}

/* The rule of the brief: with last_old 2018 and first_new 2020, operands
 * straddle the break when lo < 2020 and hi > 2018. */
static void crosses_break_cases(void **state)
{
    (void)state;
    ei_series *s = annual(2015, 8);
    ei_break b = {ei_period_year(2018), ei_period_year(2020)};
    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK); /* duplicate */
    assert_int_equal(ei_series_break_count(s), 1);
#define Y ei_period_year
    assert_true(ei_series_crosses_break(s, Y(2019), Y(2020)));
    assert_true(ei_series_crosses_break(s, Y(2020), Y(2019)));
    assert_true(ei_series_crosses_break(s, Y(2018), Y(2019)));
    assert_true(ei_series_crosses_break(s, Y(2017), Y(2020)));
    assert_true(ei_series_crosses_break(s, Y(2019), Y(2019)));
    assert_false(ei_series_crosses_break(s, Y(2017), Y(2018)));
    assert_false(ei_series_crosses_break(s, Y(2020), Y(2021)));
    assert_false(ei_series_crosses_break(s, Y(2018), Y(2018)));
    assert_false(ei_series_crosses_break(s, ei_period_quarter(2018, 4),
                                         ei_period_quarter(2020, 1)));
    ei_break got;
    assert_true(ei_series_break_between(s, Y(2017), Y(2021), &got));
    assert_int_equal(got.last_old.year, 2018);
    assert_int_equal(got.first_new.year, 2020);
    /* Breaks are kept sorted; bad ones are refused. */
    ei_break early = {Y(2015), Y(2016)};
    assert_int_equal(ei_series_add_break(s, early, NULL), EI_OK);
    assert_int_equal(ei_series_break_count(s), 2);
    assert_int_equal(ei_series_break_at(s, 0).last_old.year, 2015);
    assert_int_equal(ei_series_break_at(s, 1).first_new.year, 2020);
    ei_break reversed = {Y(2020), Y(2018)};
    ei_error err;
    assert_int_equal(ei_series_add_break(s, reversed, &err), EI_EINVAL);
    ei_break same = {Y(2019), Y(2019)};
    assert_int_equal(ei_series_add_break(s, same, &err), EI_EINVAL);
    ei_break quarterly = {ei_period_quarter(2018, 4),
                          ei_period_quarter(2019, 1)};
    assert_int_equal(ei_series_add_break(s, quarterly, &err), EI_EINVAL);
    assert_int_equal(ei_series_break_count(s), 2);
#undef Y
    ei_series_free(s);
}

static void copy_is_deep(void **state)
{
    (void)state;
    ei_series *s = annual(2017, 2);
    assert_int_equal(ei_series_set(s, 1, 1000, EI_REASON_NONE), EI_OK);
    ei_break b = {ei_period_year(2017), ei_period_year(2018)};
    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
    ei_series *c;
    assert_int_equal(ei_series_copy(&c, s, NULL), EI_OK);
    assert_int_equal(ei_series_set(s, 1, 5, EI_REASON_NONE), EI_OK);
    ei_series_free(s);
    assert_close(ei_series_value_at(c, 1), 1000, 1e-15);
    assert_int_equal(ei_series_reason_at(c, 0), EI_REASON_MISSING);
    assert_string_equal(ei_series_indicator(c), "地区生产总值");
    assert_int_equal(ei_series_break_count(c), 1);
    ei_series_meta m = ei_series_get_meta(c);
    assert_string_equal(m.unit, "亿元");
    assert_int_equal(m.basis, EI_BASIS_CURRENT);
    ei_series_free(c);
}

static ei_obs_rec rec(int year, ei_obs_status st, double v, double g)
{
    ei_obs_rec r;
    memset(&r, 0, sizeof r);
    r.ord = year;
    r.status = (uint8_t)st;
    r.value = v;
    r.growth = g;
    return r;
}

/* Hanyang GDP (shared/data/seed_indicators.csv, 001_ and 003_ seeds):
 * 2017 estimate 948 (+7%), 2018 over 1000, 2020 estimate 700 and final
 * 699, 2025 target 1100. */
static void points_choose_vintage(void **state)
{
    (void)state;
    ei_obs_rec obs[] = {
        rec(2017, EI_STATUS_ESTIMATE, 948, 7),
        rec(2018, EI_STATUS_ACTUAL, 1000, NAN),
        rec(2020, EI_STATUS_ESTIMATE, 700, NAN),
        rec(2020, EI_STATUS_ACTUAL, 699, NAN),
        rec(2020, EI_STATUS_ACTUAL, NAN, 3.5),
        rec(2025, EI_STATUS_TARGET, 1100, NAN),
    };
    obs[1].bound = EI_BOUND_ABOVE;
    ei_points p;
    assert_int_equal(ei_points_build(&p, obs, 6, EI_VINTAGE_LATEST, NULL), 0);
    /* The target does not stretch the range: 2017..2020. */
    assert_int_equal(p.start, 2017);
    assert_int_equal(p.n, 4);
    assert_close(p.values[0], 948, 1e-15);
    assert_int_equal(p.status[0], EI_STATUS_ESTIMATE);
    assert_close(p.growths[0], 7, 1e-15);
    assert_int_equal(p.bound[1], EI_BOUND_ABOVE);
    assert_true(isnan(p.values[2]));
    assert_int_equal(p.reasons[2], EI_REASON_MISSING);
    assert_close(p.values[3], 699, 1e-15);
    assert_int_equal(p.status[3], EI_STATUS_ACTUAL);
    /* The growth published beside the final figure goes with it. */
    assert_close(p.growths[3], 3.5, 1e-15);
    ei_points_free(&p);
    assert_int_equal(ei_points_build(&p, obs, 6, EI_VINTAGE_FIRST, NULL), 0);
    assert_close(p.values[3], 700, 1e-15);
    assert_int_equal(p.status[3], EI_STATUS_ESTIMATE);
    assert_true(isnan(p.growths[3]));
    ei_points_free(&p);
    /* Only a target: one missing point. */
    assert_int_equal(ei_points_build(&p, &obs[5], 1, EI_VINTAGE_LATEST, NULL), 0);
    assert_int_equal(p.n, 1);
    assert_true(isnan(p.values[0]));
    ei_points_free(&p);
}

static void sort_is_stable_by_period_then_status(void **state)
{
    (void)state;
    enum { N = 40 };
    ei_obs_rec obs[N];
    /* Years descending, statuses mixed; line numbers record input order. */
    for (int i = 0; i < N; i++) {
        static const ei_obs_status st[] = {EI_STATUS_REVISED,
            EI_STATUS_ACTUAL, EI_STATUS_ESTIMATE, EI_STATUS_TARGET};
        obs[i] = rec(2030 - i / 8, st[i % 4], i, NAN);
        obs[i].line = (uint32_t)i;
    }
    void *scratch = NULL;
    size_t cap = 0;
    assert_int_equal(ei_obs_sort(obs, N, &scratch, &cap), 0);
    for (int i = 1; i < N; i++) {
        assert_true(obs[i - 1].ord <= obs[i].ord);
        if (obs[i - 1].ord == obs[i].ord) {
            int a = ei_obs_rank((ei_obs_status)obs[i - 1].status);
            int b = ei_obs_rank((ei_obs_status)obs[i].status);
            assert_true(a <= b);
            if (a == b)
                assert_true(obs[i - 1].line < obs[i].line);
        }
    }
    assert_int_equal(obs[0].ord, 2026);
    assert_int_equal(obs[0].status, EI_STATUS_TARGET);
    /* Small arrays take the insertion path. */
    ei_obs_rec few[] = {rec(2020, EI_STATUS_ACTUAL, 1, NAN),
                        rec(2019, EI_STATUS_ACTUAL, 2, NAN),
                        rec(2020, EI_STATUS_ESTIMATE, 3, NAN)};
    assert_int_equal(ei_obs_sort(few, 3, &scratch, &cap), 0);
    assert_close(few[0].value, 2, 0);
    assert_close(few[1].value, 3, 0);
    assert_close(few[2].value, 1, 0);
    free(scratch);
}

static void breaks_from_caliber_labels(void **state)
{
    (void)state;
    ei_obs_rec obs[] = {
        rec(2016, EI_STATUS_ACTUAL, 900, NAN),
        rec(2017, EI_STATUS_ESTIMATE, 948, NAN),
        rec(2018, EI_STATUS_ACTUAL, 1000, NAN),
        rec(2020, EI_STATUS_ESTIMATE, 700, NAN),
        rec(2020, EI_STATUS_ACTUAL, 699, NAN),
        rec(2021, EI_STATUS_ACTUAL, 800, NAN),
        rec(2025, EI_STATUS_TARGET, 1100, NAN),
    };
    /* Labels are pool ids: 1 old, 2 new; 2016 and 2021 unlabelled; the
     * target's label (3) is not a value's and is ignored. */
    obs[1].caliber = obs[2].caliber = 1;
    obs[3].caliber = obs[4].caliber = 2;
    obs[6].caliber = 3;
    ei_break *b;
    size_t n;
    assert_int_equal(ei_breaks_derive(&b, &n, NULL, 0, obs, 7,
                                      EI_FREQ_ANNUAL), 0);
    assert_int_equal(n, 1);
    assert_int_equal(b[0].last_old.year, 2018);
    assert_int_equal(b[0].first_new.year, 2020);
    /* Old breaks are kept, the union sorted and without duplicates. */
    ei_break old[] = {{ei_period_year(2018), ei_period_year(2020)},
                      {ei_period_year(2010), ei_period_year(2011)}};
    free(b);
    assert_int_equal(ei_breaks_derive(&b, &n, old, 2, obs, 7,
                                      EI_FREQ_ANNUAL), 0);
    assert_int_equal(n, 2);
    assert_int_equal(b[0].last_old.year, 2010);
    assert_int_equal(b[1].last_old.year, 2018);
    free(b);
}

static void status_names_and_parsing(void **state)
{
    (void)state;
    ei_obs_status st;
    struct { const char *text; ei_obs_status want; } cases[] = {
        {"", EI_STATUS_ACTUAL},          {" 预计 ", EI_STATUS_ESTIMATE},
        {"Estimate", EI_STATUS_ESTIMATE}, {"初步核算", EI_STATUS_PRELIMINARY},
        {"修订", EI_STATUS_REVISED},      {"目标", EI_STATUS_TARGET},
        {"计划", EI_STATUS_PLAN},         {"实际", EI_STATUS_ACTUAL},
        {"final", EI_STATUS_ACTUAL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        assert_int_equal(ei_obs_status_parse(&st, cases[i].text,
                                             strlen(cases[i].text)), 0);
        assert_int_equal(st, cases[i].want);
    }
    assert_int_equal(ei_obs_status_parse(&st, "预计数", strlen("预计数")),
                     EI_EPARSE);
    for (int i = 0; i < EI_STATUS_COUNT_; i++) {
        const char *name = ei_obs_status_name((ei_obs_status)i);
        assert_int_equal(ei_obs_status_parse(&st, name, strlen(name)), 0);
        assert_int_equal(st, i);
    }
    assert_string_equal(ei_freq_name(EI_FREQ_QUARTERLY), "quarterly");
    assert_string_equal(ei_measure_name(EI_MEASURE_YTD), "ytd");
    assert_string_equal(ei_basis_name(EI_BASIS_COMPARABLE), "comparable");
}

/* The observation behind a point (seed 001 and 003): Hanyang GDP 2020 was
 * "预计…700亿元" in the 2021 work report and 699 in the 14th plan. The
 * dataset's series (latest) gets 699 from the plan's row; the first
 * release 700 from the estimate's row. 2019 has only a growth rate
 * (7.4%): its row. A point set by hand has no observation behind it. */
static void obs_for_point(void **state)
{
    (void)state;
    static const char csv[] =
        "region,indicator,period,value,growth,unit,status,source,note\n"
        "汉阳区,地区生产总值,2019,,7.4,亿元,actual,001,增长7.4%\n"
        "汉阳区,地区生产总值,2020,700,,亿元,estimate,001,预计700亿元\n"
        "汉阳区,地区生产总值,2020,699,,亿元,actual,003,699亿元\n";
    ei_dataset *ds = NULL;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    assert_int_equal(ei_csv_read_buffer(ds, "obs.csv", csv, strlen(csv),
                                        NULL, NULL, NULL),
                     EI_OK);
    const ei_series *s = ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_ANNUAL);
    assert_non_null(s);
    ei_observation o;
    assert_int_equal(ei_series_obs_for(s, 1, &o), EI_OK);
    assert_close(o.value, 699, 1e-12);
    assert_int_equal(o.status, EI_STATUS_ACTUAL);
    assert_string_equal(o.note, "699亿元");
    assert_int_equal(o.line, 4);
    assert_int_equal(ei_series_obs_for(s, 0, &o), EI_OK);
    assert_true(isnan(o.value));
    assert_close(o.growth, 7.4, 1e-12);
    assert_string_equal(o.note, "增长7.4%");
    assert_int_equal(ei_series_obs_for(s, 2, &o), EI_ERANGE);
    assert_int_equal(ei_series_obs_for(NULL, 0, &o), EI_ERANGE);
    assert_int_equal(ei_series_obs_for(s, 0, NULL), EI_ERANGE);

    ei_series *first = NULL, *copy = NULL;
    assert_int_equal(ei_series_select_vintage(&first, s, EI_VINTAGE_FIRST,
                                              NULL),
                     EI_OK);
    assert_int_equal(ei_series_obs_for(first, 1, &o), EI_OK);
    assert_close(o.value, 700, 1e-12);
    assert_string_equal(o.note, "预计700亿元");
    /* a copy keeps the vintage it was built from */
    assert_int_equal(ei_series_copy(&copy, first, NULL), EI_OK);
    assert_int_equal(ei_series_obs_for(copy, 1, &o), EI_OK);
    assert_int_equal(o.status, EI_STATUS_ESTIMATE);
    assert_int_equal(ei_series_set(copy, 1, 701, EI_REASON_NONE), EI_OK);
    assert_int_equal(ei_series_obs_for(copy, 1, &o), EI_ENOTFOUND);
    ei_series_free(copy);
    ei_series_free(first);
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(new_is_all_missing),
        cmocka_unit_test(new_rejects_bad_arguments),
        cmocka_unit_test(quarterly_periods_are_consecutive),
        cmocka_unit_test(set_enforces_value_reason_rule),
        cmocka_unit_test(crosses_break_cases),
        cmocka_unit_test(copy_is_deep),
        cmocka_unit_test(points_choose_vintage),
        cmocka_unit_test(obs_for_point),
        cmocka_unit_test(sort_is_stable_by_period_then_status),
        cmocka_unit_test(breaks_from_caliber_labels),
        cmocka_unit_test(status_names_and_parsing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
