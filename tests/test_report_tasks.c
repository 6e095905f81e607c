/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tasks of motion-handling plans in the report. */
#include "report_fixture.h"

#include "report_model.h"

static const char tasks_csv[] =
    "plan,task_no,summary,lead_unit,deadline,done\n"
    "1号议案,1,成立指挥部,区发改局,2021-03,2021-03-20\n"
    "1号议案,2,列入十四五规划,区发改局,2021-10,\n"
    "1号议案,3,完成征收,区建设局,2021-06,\n"
    "2号议案,1,招商地图,,2021-07-15,\n";

/* As of 2021-07-01 (30-day horizon): task 1 done; task 3 overdue (June);
 * 2号议案 1 due (15 July); task 2 pending (October). */
static void test_as_of(void **state)
{
    (void)state;
    ei_tasks *t = NULL;
    assert_int_equal(ei_tasks_read_buffer(&t, "t.csv", tasks_csv,
                                          strlen(tasks_csv), NULL, NULL),
                     EI_OK);
    ei_dataset *ds = rf_dataset(rf_hanyang);
    ei_report_options o = EI_REPORT_OPTIONS_INIT;
    o.tasks = t;
    ei_report *r = NULL;
    /* no date: no statuses (a report never reads the clock) */
    assert_int_equal(ei_report_new(&r, ds, &o, NULL), EI_OK);
    assert_null(r->tasks);
    ei_report_free(r);
    o.tasks_as_of = (ei_date){2021, 7, 1};
    assert_int_equal(ei_report_new(&r, ds, &o, NULL), EI_OK);
    size_t all = ei_table_rows(r->tasks) - 1;
    assert_string_equal(ei_table_cell_text(r->tasks, all, 0), "all");
    /* tasks, done, overdue, due, pending */
    assert_close(ei_table_cell_number(r->tasks, all, 1), 4, 1e-12);
    assert_close(ei_table_cell_number(r->tasks, all, 2), 1, 1e-12);
    assert_close(ei_table_cell_number(r->tasks, all, 3), 1, 1e-12);
    assert_close(ei_table_cell_number(r->tasks, all, 4), 1, 1e-12);
    assert_close(ei_table_cell_number(r->tasks, all, 5), 1, 1e-12);
    assert_string_equal(ei_table_cell_text(r->tasks, 0, 0), "区发改局");
    assert_close(ei_table_cell_number(r->tasks, 0, 1), 2, 1e-12);
    assert_int_equal(r->overdue.n, 1);
    assert_string_equal(r->overdue.items[0],
                        "1号议案, task 3 (区建设局): 完成征收; due 2021-06-30.");
    ei_report_free(r);
    /* --as-of 2021 judges at 2021-12-31: all but the done one overdue */
    o.tasks_as_of = (ei_date){0, 0, 0};
    o.as_of = ei_period_year(2021);
    assert_int_equal(ei_report_new(&r, ds, &o, NULL), EI_OK);
    assert_close(ei_table_cell_number(r->tasks, ei_table_rows(r->tasks) - 1,
                                      3),
                 3, 1e-12);
    ei_report_free(r);
    ei_dataset_free(ds);
    ei_tasks_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_as_of)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
