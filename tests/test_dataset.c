/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "econind/econind.h"

static const ei_series_meta GDP = {"汉阳区", "地区生产总值", "亿元",
                                   EI_FREQ_ANNUAL, EI_MEASURE_LEVEL,
                                   EI_BASIS_CURRENT};

static ei_observation obs_at(int year, ei_obs_status st, double v, double g,
                             const char *file, unsigned long line)
{
    ei_observation o;
    memset(&o, 0, sizeof o);
    o.period = ei_period_year(year);
    o.value = v;
    o.growth = g;
    o.status = st;
    o.file = file;
    o.line = line;
    return o;
}

static void add_ok(ei_dataset *ds, const ei_series_meta *m,
                   const ei_observation *o)
{
    ei_error err;
    int rc = ei_dataset_add(ds, m, o, &err);
    if (rc)
        print_error("%s\n", err.text);
    assert_int_equal(rc, EI_OK);
}

/* Hanyang GDP from the seeds (shared/data/seed_indicators.csv): the 2018
 * work report estimates 2017 at 948 亿元 (+7%); the 2021 report says GDP
 * passed 1000 亿元 in 2018 and estimates 2020 at 700; the 14th five-year
 * plan gives the final 2020 figure 699 after the 2019 caliber change
 * (湖北中烟 and 共建区 firms removed). */
static ei_dataset *hanyang(void)
{
    ei_dataset *ds;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    ei_series_meta m = GDP;
    ei_observation o = obs_at(2017, EI_STATUS_ESTIMATE, 948, 7, "a.csv", 2);
    o.caliber = "含烟草";
    o.source = "2018年政府工作报告";
    add_ok(ds, &m, &o);
    o = obs_at(2018, EI_STATUS_ACTUAL, 1000, NAN, "a.csv", 3);
    o.bound = EI_BOUND_ABOVE;
    o.caliber = "含烟草";
    add_ok(ds, &m, &o);
    m.indicator = "GDP"; /* another name of the same indicator */
    o = obs_at(2020, EI_STATUS_ESTIMATE, 700, NAN, "b.csv", 5);
    o.caliber = "新口径";
    add_ok(ds, &m, &o);
    o = obs_at(2020, EI_STATUS_ACTUAL, 699, NAN, "c.csv", 9);
    o.caliber = "新口径";
    o.note = "“十三五”末地区生产总值699亿元";
    add_ok(ds, &m, &o);
    o = obs_at(2025, EI_STATUS_TARGET, 1100, NAN, "c.csv", 10);
    o.bound = EI_BOUND_ABOVE;
    add_ok(ds, &m, &o);
    /* Nothing is visible before the commit. */
    assert_int_equal(ei_dataset_count(ds), 0);
    assert_null(ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_NONE));
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    return ds;
}

static void hanyang_gdp(void **state)
{
    (void)state;
    ei_dataset *ds = hanyang();
    assert_int_equal(ei_dataset_count(ds), 1);
    assert_int_equal(ei_dataset_file_count(ds), 3);
    const ei_series *s = ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_NONE);
    assert_non_null(s);
    assert_ptr_equal(ei_dataset_at(ds, 0), s);
    assert_ptr_equal(ei_dataset_find(ds, NULL, "经济总量", EI_FREQ_NONE), s);
    assert_ptr_equal(ei_dataset_find(ds, " 汉阳区 ", "地区生产总值",
                                     EI_FREQ_ANNUAL), s);
    assert_null(ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_QUARTERLY));
    assert_null(ei_dataset_find(ds, "洪山区", "gdp", EI_FREQ_NONE));
    assert_null(ei_dataset_find(ds, "汉阳区", "retail", EI_FREQ_NONE));
    assert_string_equal(ei_series_indicator(s), "地区生产总值");
    assert_string_equal(ei_series_registered(s)->code, "gdp");
    assert_string_equal(ei_series_unit(s).name, "亿元");
    /* 2017..2020: the 2025 target does not extend the points. */
    assert_int_equal(ei_series_len(s), 4);
    assert_int_equal(ei_series_start(s).year, 2017);
    assert_int_equal(ei_series_end(s).year, 2020);
    assert_close(ei_series_value_at(s, 0), 948, 1e-15);
    assert_int_equal(ei_series_status_at(s, 0), EI_STATUS_ESTIMATE);
    assert_close(ei_series_growth_at(s, 0), 7, 1e-15);
    assert_close(ei_series_value_at(s, 1), 1000, 1e-15);
    assert_int_equal(ei_series_bound_at(s, 1), EI_BOUND_ABOVE);
    assert_true(isnan(ei_series_value_at(s, 2)));
    assert_int_equal(ei_series_reason_at(s, 2), EI_REASON_MISSING);
    assert_close(ei_series_value_at(s, 3), 699, 1e-15);
    assert_int_equal(ei_series_status_at(s, 3), EI_STATUS_ACTUAL);
    /* The caliber change between 2018 and 2020 is a break. */
    assert_int_equal(ei_series_break_count(s), 1);
    assert_int_equal(ei_series_break_at(s, 0).last_old.year, 2018);
    assert_int_equal(ei_series_break_at(s, 0).first_new.year, 2020);
    assert_true(ei_series_crosses_break(s, ei_period_year(2019),
                                        ei_period_year(2020)));
    assert_false(ei_series_crosses_break(s, ei_period_year(2017),
                                         ei_period_year(2018)));
    /* Every observation is kept, in period then status order. */
    assert_int_equal(ei_series_obs_count(s), 5);
    ei_observation o;
    assert_int_equal(ei_series_obs_at(s, 2, &o), EI_OK);
    assert_int_equal(o.period.year, 2020);
    assert_int_equal(o.status, EI_STATUS_ESTIMATE);
    assert_string_equal(o.file, "b.csv");
    assert_int_equal(o.line, 5);
    assert_null(o.note);
    assert_int_equal(ei_series_obs_at(s, 3, &o), EI_OK);
    assert_int_equal(o.status, EI_STATUS_ACTUAL);
    assert_string_equal(o.caliber, "新口径");
    assert_string_equal(o.note, "“十三五”末地区生产总值699亿元");
    assert_int_equal(ei_series_obs_at(s, 0, &o), EI_OK);
    assert_string_equal(o.source, "2018年政府工作报告");
    assert_int_equal(ei_series_obs_at(s, 4, &o), EI_OK);
    assert_int_equal(o.status, EI_STATUS_TARGET);
    assert_int_equal(ei_series_obs_at(s, 5, &o), EI_ERANGE);
    /* Vintages: the latest gives 699 for 2020, the first 700. */
    ei_series *latest, *first;
    assert_int_equal(ei_series_select_vintage(&latest, s, EI_VINTAGE_LATEST,
                                              NULL), EI_OK);
    assert_int_equal(ei_series_select_vintage(&first, s, EI_VINTAGE_FIRST,
                                              NULL), EI_OK);
    ei_dataset_free(ds); /* the selections own their strings */
    assert_close(ei_series_value_at(latest, 3), 699, 1e-15);
    assert_close(ei_series_value_at(first, 3), 700, 1e-15);
    assert_int_equal(ei_series_status_at(first, 3), EI_STATUS_ESTIMATE);
    assert_close(ei_series_value_at(first, 1), 1000, 1e-15);
    assert_int_equal(ei_series_break_count(first), 1);
    assert_int_equal(ei_series_obs_at(first, 3, &o), EI_OK);
    assert_string_equal(o.file, "c.csv");
    assert_int_equal(o.line, 9);
    assert_string_equal(o.caliber, "新口径");
    assert_non_null(o.note);
    assert_int_equal(ei_series_obs_at(first, 0, &o), EI_OK);
    assert_string_equal(o.source, "2018年政府工作报告");
    assert_string_equal(o.file, "a.csv");
    assert_null(o.release);
    assert_string_equal(ei_series_region(first), "汉阳区");
    ei_series_free(latest);
    ei_series_free(first);
}

static void conflict_names_both_places(void **state)
{
    (void)state;
    ei_dataset *ds;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    ei_observation a = obs_at(2020, EI_STATUS_ACTUAL, 700, NAN, "a.csv", 3);
    ei_observation dup = obs_at(2020, EI_STATUS_ACTUAL, 700, NAN, "d.csv", 4);
    ei_observation b = obs_at(2020, EI_STATUS_ACTUAL, 699, NAN, "b.csv", 7);
    add_ok(ds, &GDP, &a);
    add_ok(ds, &GDP, &dup); /* identical: accepted silently */
    add_ok(ds, &GDP, &b);
    ei_error err;
    assert_int_equal(ei_dataset_commit(ds, &err), EI_ECONFLICT);
    assert_int_equal(err.code, EI_ECONFLICT);
    assert_string_equal(err.source, "b.csv");
    assert_int_equal(err.line, 7);
    assert_int_equal(err.column, 1);
    char msg[512];
    ei_error_format(&err, msg, sizeof msg);
    assert_string_equal(msg, "b.csv:7:1: conflicting value 699 for 汉阳区 "
                             "地区生产总值 2020 (actual); 700 given at a.csv:3");
    assert_int_equal(ei_dataset_count(ds), 0);
    assert_int_equal(ei_dataset_file_count(ds), 0);

    /* Duplicates pass; a different growth in the same status conflicts,
     * also against an earlier commit. */
    add_ok(ds, &GDP, &a);
    add_ok(ds, &GDP, &dup);
    assert_int_equal(ei_dataset_commit(ds, &err), EI_OK);
    const ei_series *s = ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_NONE);
    assert_int_equal(ei_series_obs_count(s), 2);
    ei_observation g1 = obs_at(2020, EI_STATUS_ACTUAL, NAN, 3.5, "e.csv", 2);
    ei_observation g2 = obs_at(2020, EI_STATUS_ACTUAL, 700, 3.6, "f.csv", 8);
    add_ok(ds, &GDP, &g1);
    add_ok(ds, &GDP, &g2);
    assert_int_equal(ei_dataset_commit(ds, &err), EI_ECONFLICT);
    ei_error_format(&err, msg, sizeof msg);
    assert_string_equal(msg, "f.csv:8:1: conflicting growth 3.6 for 汉阳区 "
                             "地区生产总值 2020 (actual); 3.5 given at e.csv:2");
    /* An estimate of another value is not a conflict. */
    ei_observation e = obs_at(2020, EI_STATUS_ESTIMATE, 702, NAN, "g.csv", 1);
    add_ok(ds, &GDP, &e);
    add_ok(ds, &GDP, &g1);
    assert_int_equal(ei_dataset_commit(ds, &err), EI_OK);
    assert_ptr_equal(ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_NONE), s);
    assert_close(ei_series_value_at(s, 0), 700, 1e-15);
    assert_close(ei_series_growth_at(s, 0), 3.5, 1e-15);
    assert_int_equal(ei_series_obs_count(s), 4);
    ei_dataset_free(ds);
}

/* 万元 rows into a 亿元 series: 1 亿元 = 1e4 万元. */
static void units_convert_to_the_series_unit(void **state)
{
    (void)state;
    ei_dataset *ds;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    ei_observation o = obs_at(2017, EI_STATUS_ACTUAL, 948, NAN, "u.csv", 2);
    add_ok(ds, &GDP, &o);
    ei_series_meta wan = GDP;
    wan.unit = "万元";
    o = obs_at(2018, EI_STATUS_ACTUAL, 10000000, NAN, "u.csv", 3);
    add_ok(ds, &wan, &o);
    o = obs_at(2020, EI_STATUS_ACTUAL, 6990000, NAN, "u.csv", 4);
    add_ok(ds, &wan, &o);
    /* Exactly the same figure in the other unit is no conflict. */
    o = obs_at(2020, EI_STATUS_ACTUAL, 699, NAN, "u.csv", 5);
    add_ok(ds, &GDP, &o);
    ei_series_meta people = GDP;
    people.unit = "万人";
    ei_error err;
    o = obs_at(2019, EI_STATUS_ACTUAL, 5, NAN, "u.csv", 6);
    assert_int_equal(ei_dataset_add(ds, &people, &o, &err), EI_EUNIT);
    assert_string_equal(err.source, "u.csv");
    assert_int_equal(err.line, 6);
    assert_non_null(strstr(err.text, "万人"));
    assert_int_equal(ei_dataset_commit(ds, &err), EI_OK);
    const ei_series *s = ei_dataset_at(ds, 0);
    assert_string_equal(ei_series_unit(s).name, "亿元");
    assert_close(ei_series_value_at(s, 1), 1000, 1e-15);
    assert_close(ei_series_value_at(s, 3), 699, 1e-15);
    assert_true(isnan(ei_series_value_at(s, 2)));
    ei_dataset_free(ds);
}

/* Units alternating row by row: 万元, then the series' own 亿元, then 万元
 * again. The second 万元 row was once stored unconverted (a cached factor
 * of 1 left by the 亿元 row); every row must be converted. Hand-worked:
 * 10,000,000 万元 = 1,000 亿元; 6,990,000 万元 = 699 亿元. */
static void units_alternating_row_by_row(void **state)
{
    (void)state;
    ei_dataset *ds;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    ei_series_meta wan = GDP;
    wan.unit = "万元";
    ei_observation o = obs_at(2016, EI_STATUS_ACTUAL, 880, NAN, "u.csv", 2);
    add_ok(ds, &GDP, &o);
    o = obs_at(2017, EI_STATUS_ACTUAL, 10000000, NAN, "u.csv", 3);
    add_ok(ds, &wan, &o);
    o = obs_at(2018, EI_STATUS_ACTUAL, 948, NAN, "u.csv", 4);
    add_ok(ds, &GDP, &o);
    o = obs_at(2019, EI_STATUS_ACTUAL, 6990000, NAN, "u.csv", 5);
    add_ok(ds, &wan, &o);
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    const ei_series *s = ei_dataset_at(ds, 0);
    assert_close(ei_series_value_at(s, 0), 880, 1e-15);
    assert_close(ei_series_value_at(s, 1), 1000, 1e-15);
    assert_close(ei_series_value_at(s, 2), 948, 1e-15);
    assert_close(ei_series_value_at(s, 3), 699, 1e-15);
    ei_dataset_free(ds);
}

static void failed_commit_leaves_dataset_as_before(void **state)
{
    (void)state;
    ei_dataset *ds = hanyang();
    const ei_series *s = ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_NONE);
    ei_series_meta retail = {"汉阳区", "社会消费品零售总额", "万元",
                             EI_FREQ_ANNUAL, EI_MEASURE_LEVEL,
                             EI_BASIS_CURRENT};
    ei_observation o = obs_at(2017, EI_STATUS_ESTIMATE, 5680000, 10.2,
                              "bad.csv", 2);
    add_ok(ds, &retail, &o);
    o = obs_at(2019, EI_STATUS_ACTUAL, 990, NAN, "bad.csv", 3);
    add_ok(ds, &GDP, &o);
    o = obs_at(2018, EI_STATUS_ACTUAL, 1001, NAN, "bad.csv", 4);
    add_ok(ds, &GDP, &o); /* conflicts with 1000 */
    ei_error err;
    assert_int_equal(ei_dataset_commit(ds, &err), EI_ECONFLICT);
    assert_int_equal(err.line, 4);
    /* Exactly as before. */
    assert_int_equal(ei_dataset_count(ds), 1);
    assert_int_equal(ei_dataset_file_count(ds), 3);
    assert_null(ei_dataset_find(ds, NULL, "retail", EI_FREQ_NONE));
    assert_ptr_equal(ei_dataset_find(ds, "汉阳区", "gdp", EI_FREQ_NONE), s);
    assert_int_equal(ei_series_len(s), 4);
    assert_int_equal(ei_series_obs_count(s), 5);
    assert_true(isnan(ei_series_value_at(s, 2)));
    assert_close(ei_series_value_at(s, 1), 1000, 1e-15);
    /* The next batch starts clean: retail now comes in 亿元. */
    retail.unit = "亿元";
    o = obs_at(2017, EI_STATUS_ESTIMATE, 568, 10.2, "good.csv", 2);
    add_ok(ds, &retail, &o);
    /* And an explicit rollback drops a batch. */
    assert_int_equal(ei_dataset_commit(ds, &err), EI_OK);
    o = obs_at(2019, EI_STATUS_ACTUAL, 990, NAN, "dropped.csv", 3);
    add_ok(ds, &GDP, &o);
    ei_dataset_rollback(ds);
    assert_int_equal(ei_dataset_commit(ds, &err), EI_OK);
    assert_int_equal(ei_dataset_count(ds), 2);
    assert_int_equal(ei_dataset_file_count(ds), 4);
    assert_true(isnan(ei_series_value_at(s, 2)));
    const ei_series *r = ei_dataset_find(ds, "汉阳区", "社零", EI_FREQ_NONE);
    assert_non_null(r);
    assert_string_equal(ei_series_unit(r).name, "亿元");
    assert_close(ei_series_value_at(r, 0), 568, 1e-15);
    assert_ptr_equal(ei_dataset_at(ds, 1), r);
    ei_dataset_free(ds);
}

static void unregistered_indicators_are_kept(void **state)
{
    (void)state;
    ei_dataset *ds;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    /* 2018 report: 新增绿道 km (seed_indicators.csv). */
    ei_series_meta m = {"汉阳区", " 新增绿道 ", "公里", EI_FREQ_ANNUAL,
                        EI_MEASURE_LEVEL, EI_BASIS_UNKNOWN};
    ei_observation o = obs_at(2018, EI_STATUS_TARGET, 10, NAN, NULL, 0);
    add_ok(ds, &m, &o);
    o = obs_at(2017, EI_STATUS_ACTUAL, 12, NAN, NULL, 0);
    add_ok(ds, &m, &o);
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    const ei_series *s = ei_dataset_find(ds, "汉阳区", "新增绿道",
                                         EI_FREQ_NONE);
    assert_non_null(s);
    assert_null(ei_series_registered(s));
    assert_string_equal(ei_series_indicator(s), "新增绿道");
    assert_int_equal(ei_series_len(s), 1);
    assert_int_equal(ei_dataset_file_count(ds), 0);
    /* Rows of the wrong frequency or without an indicator are refused. */
    ei_error err;
    o.period = ei_period_quarter(2018, 1);
    o.file = "q.csv";
    o.line = 12;
    assert_int_equal(ei_dataset_add(ds, &m, &o, &err), EI_EINVAL);
    assert_int_equal(err.line, 12);
    o.period = ei_period_year(2018);
    m.indicator = "  ";
    assert_int_equal(ei_dataset_add(ds, &m, &o, &err), EI_EINVAL);
    m.indicator = "新增绿道";
    o.value = INFINITY;
    assert_int_equal(ei_dataset_add(ds, &m, &o, &err), EI_EINVAL);
    ei_dataset_free(ds);
}

static void series_built_in_code(void **state)
{
    (void)state;
    ei_dataset *ds;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    ei_series *s;
    ei_series_meta m = GDP;
    m.freq = EI_FREQ_QUARTERLY;
    assert_int_equal(ei_series_new(&s, &m, ei_period_quarter(2020, 1), 2,
                                   NULL), EI_OK);
    assert_int_equal(ei_series_set(s, 0, 150, EI_REASON_NONE), EI_OK);
    assert_int_equal(ei_dataset_add_series(ds, s, NULL), EI_OK);
    const ei_series *got = ei_dataset_find(ds, "汉阳区", "GDP", EI_FREQ_NONE);
    assert_ptr_equal(got, s);
    assert_string_equal(ei_series_registered(got)->code, "gdp");
    assert_int_equal(ei_dataset_count(ds), 1);
    ei_series *again;
    assert_int_equal(ei_series_new(&again, &m, ei_period_quarter(2020, 1), 1,
                                   NULL), EI_OK);
    ei_error err;
    assert_int_equal(ei_dataset_add_series(ds, again, &err), EI_ECONFLICT);
    /* Annual rows make a second series; the annual one is preferred. */
    ei_observation o = obs_at(2020, EI_STATUS_ACTUAL, 699, NAN, "a.csv", 2);
    add_ok(ds, &GDP, &o);
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    assert_int_equal(ei_dataset_count(ds), 2);
    assert_int_equal(ei_series_freq(ei_dataset_find(ds, NULL, "gdp",
                                                    EI_FREQ_NONE)),
                     EI_FREQ_ANNUAL);
    assert_ptr_equal(ei_dataset_find(ds, NULL, "gdp", EI_FREQ_QUARTERLY), s);
    /* Quarterly rows merge into the series built in code. */
    o.period = ei_period_quarter(2020, 2);
    o.value = 160;
    add_ok(ds, &m, &o);
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    assert_close(ei_series_value_at(got, 0), 150, 1e-15);
    assert_close(ei_series_value_at(got, 1), 160, 1e-15);
    assert_int_equal(ei_series_obs_count(got), 2);
    ei_dataset_free(ds);
}

/* Many series, rows interleaved and out of order: the hash index grows,
 * the sort runs its general path, each series gets back its own rows. */
static void many_series_interleaved(void **state)
{
    (void)state;
    ei_dataset *ds;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    enum { NS = 500, NY = 30 };
    char region[32];
    for (int y = NY - 1; y >= 0; y--) {
        for (int k = 0; k < NS; k++) {
            snprintf(region, sizeof region, "区%d", k);
            ei_series_meta m = {region, "gdp", "亿元", EI_FREQ_ANNUAL,
                                EI_MEASURE_LEVEL, EI_BASIS_CURRENT};
            ei_observation o = obs_at(2000 + y, EI_STATUS_ACTUAL,
                                      k * 1000.0 + y, NAN, "many.csv",
                                      (unsigned long)(y * NS + k + 2));
            add_ok(ds, &m, &o);
        }
    }
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    assert_int_equal(ei_dataset_count(ds), NS);
    for (int k = 0; k < NS; k += 37) {
        snprintf(region, sizeof region, "区%d", k);
        const ei_series *s = ei_dataset_find(ds, region, "gdp", EI_FREQ_NONE);
        assert_non_null(s);
        assert_int_equal(ei_series_len(s), NY);
        for (int y = 0; y < NY; y++)
            assert_close(ei_series_value_at(s, (size_t)y) + 1,
                         k * 1000.0 + y + 1, 1e-15);
    }
    ei_dataset_free(ds);
}

/* Period-major rows whose order changes from period to period (rotated,
 * sometimes reversed) and a quarterly series under the same names: the
 * guess of the next row's series (the one that followed last time) is
 * often wrong or of another frequency, and every row must still reach its
 * own series. */
static void period_major_order_changes(void **state)
{
    (void)state;
    ei_dataset *ds;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    enum { NS = 40, NY = 12 };
    char region[32];
    unsigned long line = 2;
    for (int y = 0; y < NY; y++) {
        for (int j = 0; j < NS; j++) {
            int k = (j + 7 * y) % NS;
            if (y % 3 == 2)
                k = NS - 1 - k;
            snprintf(region, sizeof region, "区%d", k);
            ei_series_meta m = {region, "gdp", "亿元", EI_FREQ_ANNUAL,
                                EI_MEASURE_LEVEL, EI_BASIS_CURRENT};
            ei_observation o = obs_at(2000 + y, EI_STATUS_ACTUAL,
                                      k * 1000.0 + y, NAN, "order.csv",
                                      line++);
            /* the same names, quarterly: after the annual row in even
             * years, before it in odd ones */
            ei_series_meta q = m;
            q.freq = EI_FREQ_QUARTERLY;
            ei_observation oq = o;
            oq.period = ei_period_quarter(2000 + y, 4);
            oq.value = -(k * 1000.0 + y);
            oq.line = line++;
            if (k % 5 == 0 && y % 2)
                add_ok(ds, &q, &oq);
            add_ok(ds, &m, &o);
            if (k % 5 == 0 && y % 2 == 0)
                add_ok(ds, &q, &oq);
        }
    }
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    assert_int_equal(ei_dataset_count(ds), NS + NS / 5);
    for (int k = 0; k < NS; k++) {
        snprintf(region, sizeof region, "区%d", k);
        const ei_series *s = ei_dataset_find(ds, region, "gdp",
                                             EI_FREQ_ANNUAL);
        assert_non_null(s);
        assert_int_equal(ei_series_len(s), NY);
        for (int y = 0; y < NY; y++)
            assert_close(ei_series_value_at(s, (size_t)y) + 1,
                         k * 1000.0 + y + 1, 1e-15);
        const ei_series *q = ei_dataset_find(ds, region, "gdp",
                                             EI_FREQ_QUARTERLY);
        if (k % 5) {
            assert_null(q);
            continue;
        }
        assert_non_null(q);
        assert_int_equal(ei_series_obs_count(q), NY);
        ei_period last = ei_period_quarter(2000 + NY - 1, 4);
        size_t i;
        assert_int_equal(ei_series_index_of(q, last, &i), EI_OK);
        assert_close(ei_series_value_at(q, i) - 1,
                     -(k * 1000.0 + NY - 1) - 1, 1e-15);
    }
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hanyang_gdp),
        cmocka_unit_test(conflict_names_both_places),
        cmocka_unit_test(units_convert_to_the_series_unit),
        cmocka_unit_test(units_alternating_row_by_row),
        cmocka_unit_test(failed_commit_leaves_dataset_as_before),
        cmocka_unit_test(unregistered_indicators_are_kept),
        cmocka_unit_test(series_built_in_code),
        cmocka_unit_test(many_series_interleaved),
        cmocka_unit_test(period_major_order_changes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
