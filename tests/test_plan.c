/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Plan completion, time progress (months, days, seasonal), the plans
 * reader and the progress of a plan from year-to-date data. */
#include "testutil.h"

#include <string.h>

#include "econind/econind.h"

/* DOMAIN.md check: 74% of the annual plan at end-August is
 * 74 - 8/12*100 = 74 - 66.67 = +7.33 pp ahead of schedule. */
static void ahead_end_august(void **state)
{
    (void)state;
    double c, t;
    assert_int_equal(ei_plan_completion(&c, 74, 100, NULL), EI_OK);
    assert_close(c, 74, 1e-12);
    assert_int_equal(ei_time_progress(&t, 8, 12, NULL), EI_OK);
    assert_close(t, 66.6667, 1e-5);
    assert_close(ei_plan_ahead(c, t), 7.3333, 1e-4);
    /* 3 of 4 quarters: 75% */
    assert_int_equal(ei_time_progress(&t, 3, 4, NULL), EI_OK);
    assert_close(t, 75, 1e-12);
    assert_int_equal(ei_time_progress(&t, 13, 12, NULL), EI_EINVAL);
    assert_int_equal(ei_plan_completion(&c, 74, 0, NULL), EI_EINVAL);
    assert_true(isnan(c));
}

/* By days: 2023-06-30 is day 181 of 365 → 49.589%; 2024-02-29 is day 60
 * of 366 → 16.393%; 2023-12-31 → 100%. */
static void days_progress(void **state)
{
    (void)state;
    double t;
    ei_date d = {2023, 6, 30};
    assert_int_equal(ei_time_progress_date(&t, d, NULL), EI_OK);
    assert_close(t, 181.0 / 365 * 100, 1e-12);
    assert_close(t, 49.589, 1e-4);
    ei_date leap = {2024, 2, 29};
    assert_int_equal(ei_time_progress_date(&t, leap, NULL), EI_OK);
    assert_close(t, 16.393, 1e-4);
    ei_date end = {2023, 12, 31};
    assert_int_equal(ei_time_progress_date(&t, end, NULL), EI_OK);
    assert_close(t, 100, 1e-12);
    ei_date bad = {2023, 2, 29};
    assert_int_equal(ei_time_progress_date(&t, bad, NULL), EI_EINVAL);
}

/* Seasonal: last year Jan-Aug brought 55 of 100 → the schedule is 55%, so
 * 60% done is +5 pp, not -6.67 pp as by months. */
static void seasonal_progress(void **state)
{
    (void)state;
    double t;
    assert_int_equal(ei_time_progress_seasonal(&t, 55, 100, NULL), EI_OK);
    assert_close(t, 55, 1e-12);
    assert_close(ei_plan_ahead(60, t), 5, 1e-12);
    assert_int_equal(ei_time_progress_seasonal(&t, 55, 0, NULL), EI_EINVAL);
}

static const char plans_csv[] =
    "地区,指标,时期,数值,单位,来源\n"
    "汉阳区,固定资产投资,2023,500,亿元,plan doc\n"
    "汉阳区,社会消费品零售总额,2023年,600,亿元,\n";

static void plans_reader(void **state)
{
    (void)state;
    ei_plans *p = NULL;
    ei_error e;
    assert_int_equal(ei_plans_read_buffer(&p, "plans.csv", plans_csv,
                                          strlen(plans_csv), NULL, &e),
                     EI_OK);
    assert_int_equal(ei_plans_count(p), 2);
    const ei_plan_item *it = ei_plans_at(p, 1);
    assert_string_equal(it->indicator, "社会消费品零售总额");
    assert_int_equal(it->year, 2023);
    assert_close(it->value, 600, 1e-12);
    assert_int_equal(it->line, 3);
    assert_null(ei_plans_at(p, 2));
    ei_plans_free(p);
}

/* A quarter is not a plan year; the error points at the period field:
 * line 2, and "汉阳区," (4 characters) + "固定资产投资," (7) put it at
 * column 12. */
static void plans_reader_errors(void **state)
{
    (void)state;
    static const char bad[] = "地区,指标,时期,数值\n"
                              "汉阳区,固定资产投资,2023Q1,500\n";
    ei_plans *p = (ei_plans *)1;
    ei_error e;
    assert_int_equal(ei_plans_read_buffer(&p, "plans.csv", bad, strlen(bad),
                                          NULL, &e),
                     EI_EPARSE);
    assert_null(p);
    assert_string_equal(e.source, "plans.csv");
    assert_int_equal(e.line, 2);
    assert_int_equal(e.column, 12);
    static const char nocol[] = "地区,指标,数值\n汉阳区,x,1\n";
    assert_int_equal(ei_plans_read_buffer(&p, "p.csv", nocol, strlen(nocol),
                                          NULL, &e),
                     EI_EPARSE);
    assert_int_equal(e.line, 1);
    assert_non_null(strstr(e.text, "period"));
}

/* Hand-worked: a monthly YTD series of fixed-asset investment, 2022 at 10
 * a month (Aug YTD 80, Dec 120), 2023 Jan..Aug at 12 a month (Aug YTD 96).
 * Plan 2023: 120 → completion 96/120 = 80%, by months 8/12 = 66.67% →
 * +13.33 pp; seasonal: 80/120 = 66.67% too (flat months). */
static ei_dataset *ytd_dataset(void)
{
    ei_dataset *ds = NULL;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    ei_series_meta meta = {"汉阳区", "固定资产投资", "亿元", EI_FREQ_MONTHLY,
                           EI_MEASURE_YTD, EI_BASIS_CURRENT};
    ei_series *s = NULL;
    assert_int_equal(ei_series_new(&s, &meta, ei_period_month(2022, 1), 20,
                                   NULL),
                     EI_OK);
    for (size_t i = 0; i < 12; i++)
        assert_int_equal(ei_series_set(s, i, 10.0 * (double)(i + 1),
                                       EI_REASON_NONE),
                         EI_OK);
    for (size_t i = 12; i < 20; i++)
        assert_int_equal(ei_series_set(s, i, 12.0 * (double)(i - 11),
                                       EI_REASON_NONE),
                         EI_OK);
    assert_int_equal(ei_dataset_add_series(ds, s, NULL), EI_OK);
    return ds;
}

static void plan_from_data(void **state)
{
    (void)state;
    ei_dataset *ds = ytd_dataset();
    ei_plan_item plan = {"汉阳区", "固定资产投资", 2023, 120, "亿元", NULL,
                         NULL, NULL, 0};
    ei_plan_progress pr;
    ei_period none = {0, EI_FREQ_NONE, 0, 0};
    assert_int_equal(ei_plan_evaluate(&pr, &plan, ds, none, EI_TIME_MONTHS,
                                      NULL),
                     EI_OK);
    assert_int_equal(pr.reason, EI_REASON_NONE);
    assert_int_equal(pr.period.sub, 8);
    assert_int_equal(pr.period.first, 1);
    assert_close(pr.actual, 96, 1e-12);
    assert_close(pr.completion, 80, 1e-12);
    assert_close(pr.time_progress, 66.6667, 1e-5);
    assert_close(pr.ahead, 13.3333, 1e-5);
    assert_int_equal(ei_plan_evaluate(&pr, &plan, ds, none, EI_TIME_SEASONAL,
                                      NULL),
                     EI_OK);
    assert_close(pr.time_progress, 80.0 / 120 * 100, 1e-12);
    /* by days: 2023-08-31 is day 243 of 365 */
    assert_int_equal(ei_plan_evaluate(&pr, &plan, ds, none, EI_TIME_DAYS,
                                      NULL),
                     EI_OK);
    assert_close(pr.time_progress, 243.0 / 365 * 100, 1e-12);
    /* the plan in 万元: the actual is converted (96 亿元 = 960000 万元) */
    ei_plan_item wan = plan;
    wan.unit = "万元";
    wan.value = 1200000;
    assert_int_equal(ei_plan_evaluate(&pr, &wan, ds, none, EI_TIME_MONTHS,
                                      NULL),
                     EI_OK);
    assert_close(pr.actual, 960000, 1e-12);
    assert_close(pr.completion, 80, 1e-12);
    /* a month asked for: June, 72 of 120 = 60%, 50% of the year */
    assert_int_equal(ei_plan_evaluate(&pr, &plan, ds,
                                      ei_period_month(2023, 6),
                                      EI_TIME_MONTHS, NULL),
                     EI_OK);
    assert_close(pr.completion, 60, 1e-12);
    assert_close(pr.ahead, 10, 1e-12);
    /* no YTD series, an annual figure: 2018 new projects started, 23 of
     * the 25 planned (hand-worked: 92%, the year over: -8 pp) */
    ei_series_meta am = {"汉阳区", "新开工项目", "项", EI_FREQ_ANNUAL,
                         EI_MEASURE_LEVEL, EI_BASIS_CURRENT};
    ei_series *a = NULL;
    assert_int_equal(ei_series_new(&a, &am, ei_period_year(2018), 1, NULL),
                     EI_OK);
    assert_int_equal(ei_series_set(a, 0, 23, EI_REASON_NONE), EI_OK);
    assert_int_equal(ei_dataset_add_series(ds, a, NULL), EI_OK);
    ei_plan_item starts = {"汉阳区", "新开工项目", 2018, 25, "项", NULL, NULL,
                           NULL, 0};
    assert_int_equal(ei_plan_evaluate(&pr, &starts, ds, none, EI_TIME_MONTHS,
                                      NULL),
                     EI_OK);
    assert_int_equal(pr.reason, EI_REASON_NONE);
    assert_int_equal(pr.period.freq, EI_FREQ_ANNUAL);
    assert_close(pr.completion, 92, 1e-12);
    assert_close(pr.time_progress, 100, 1e-12);
    assert_close(pr.ahead, -8, 1e-12);
    assert_int_equal(ei_plan_evaluate(&pr, &starts, ds, ei_period_year(2019),
                                      EI_TIME_MONTHS, NULL),
                     EI_EINVAL);
    /* no series for the indicator */
    ei_plan_item other = plan;
    other.indicator = "社会消费品零售总额";
    assert_int_equal(ei_plan_evaluate(&pr, &other, ds, none, EI_TIME_MONTHS,
                                      NULL),
                     EI_OK);
    assert_int_equal(pr.reason, EI_REASON_MISSING);
    assert_true(isnan(pr.completion));
    ei_dataset_free(ds);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ahead_end_august),
        cmocka_unit_test(days_progress),
        cmocka_unit_test(seasonal_progress),
        cmocka_unit_test(plans_reader),
        cmocka_unit_test(plans_reader_errors),
        cmocka_unit_test(plan_from_data),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
