/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Task plans: the reader, statuses as of a date, tallies by lead unit. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "econind/econind.h"

/* Rows shaped like shared/data/seed_tasks.csv (seed 000, Hanyang motion 1
 * and 2), with a done column added for the test. */
static const char tasks_csv[] =
    "plan,task_no,task_summary_zh,lead_unit,responsible_units,deadline,"
    "done,expected_outcome_quantities,source_file\n"
    "议案1,1,成立指挥部,四新生态新城管委会相关局,"
    "\"区发改局、区财政局、区建设局\",2021-03,2021-03-20,指挥部下设5个部,000\n"
    "议案1,4,加大招商引资力度,区商务局,\"区科经局、区城更局\",2021-10,,"
    "数字经济企业不少于100家,000\n"
    "议案2,一.2,建立产业招商地图,,区商务局,2021-04,,,000\n"
    "议案2,四.1,摸清存量资源,,\"区城更局、区商务局\",2021年6月底,,,000\n"
    "议案2,五.2,推动已签约项目实质性运作,区商务局,区商务局;龙阳街,"
    "2021-08,,,000\n";

static ei_tasks *read_tasks(void)
{
    ei_tasks *t = NULL;
    ei_error e;
    int rc = ei_tasks_read_buffer(&t, "tasks.csv", tasks_csv,
                                  strlen(tasks_csv), NULL, &e);
    if (rc)
        fprintf(stderr, "%s:%lu:%lu: %s\n", e.source, e.line, e.column,
                e.text);
    assert_int_equal(rc, EI_OK);
    return t;
}

static void reader(void **state)
{
    (void)state;
    ei_tasks *t = read_tasks();
    assert_int_equal(ei_tasks_count(t), 5);
    const ei_task *a = ei_tasks_at(t, 0);
    assert_string_equal(a->plan, "议案1");
    assert_string_equal(a->lead_unit, "四新生态新城管委会相关局");
    assert_int_equal(a->n_responsible, 3);
    assert_string_equal(a->responsible[0], "区发改局");
    assert_string_equal(a->responsible[2], "区建设局");
    /* 2021-03 is the month's last day */
    assert_int_equal(a->deadline.year, 2021);
    assert_int_equal(a->deadline.month, 3);
    assert_int_equal(a->deadline.day, 31);
    assert_true(a->has_done);
    assert_int_equal(a->done.day, 20);
    assert_string_equal(a->expected, "指挥部下设5个部");
    const ei_task *d = ei_tasks_at(t, 3);
    assert_int_equal(d->deadline.month, 6);
    assert_int_equal(d->deadline.day, 30);
    assert_false(d->has_done);
    assert_string_equal(ei_tasks_at(t, 4)->responsible[1], "龙阳街");
    assert_int_equal(ei_tasks_at(t, 4)->line, 6);
    /* no note or deadline_text column: no words, the deadline as written */
    assert_string_equal(a->note, "");
    assert_string_equal(a->deadline_text, "2021-03");
    assert_string_equal(d->deadline_text, "2021年6月底");
    ei_tasks_free(t);
}

/* datasets/hanyang motion 1 (seed 000): task 1's words and its deadline
 * as written, "2021年3月底完成" (read as 2021-03-31). */
static void note_and_deadline_text(void **state)
{
    (void)state;
    const char *src = getenv("SRCDIR");
    char path[1024];
    snprintf(path, sizeof path,
             "%s/datasets/hanyang/tasks_2021_motion1_west_hsr.csv",
             src ? src : ".");
    ei_tasks *t = NULL;
    assert_int_equal(ei_tasks_read_file(&t, path, NULL, NULL), EI_OK);
    const ei_task *a = ei_tasks_at(t, 0);
    assert_non_null(a);
    if (!a)
        return;
    assert_string_equal(a->task_no, "1");
    assert_string_equal(a->deadline_text, "2021年3月底完成");
    assert_int_equal(a->deadline.day, 31);
    assert_non_null(strstr(a->note, "1.加强组织领导,完善工作机制。"));
    ei_tasks_free(t);
    /* the Chinese column names: 备注 for the note, 时限原文 */
    static const char zh[] = "序号,完成时限,时限原文,备注\n"
                             "1,2021-10,2021年10月底前完成,原文一句\n";
    assert_int_equal(ei_tasks_read_buffer(&t, "zh.csv", zh, strlen(zh),
                                          NULL, NULL),
                     EI_OK);
    assert_string_equal(ei_tasks_at(t, 0)->note, "原文一句");
    assert_string_equal(ei_tasks_at(t, 0)->deadline_text,
                        "2021年10月底前完成");
    ei_tasks_free(t);
}

/* Responsible units of tasks_csv in order of first appearance: 区发改局,
 * 区财政局, 区建设局 (task 1), 区科经局, 区城更局 (4), 区商务局 (一.2),
 * 龙阳街 (五.2): 7. As of 2021-06-15 (statuses_as_of): 区商务局 is named
 * by 一.2 (overdue), 四.1 (due) and 五.2 (pending); 区城更局 by 4
 * (pending) and 四.1 (due). A unit named twice in one task counts once. */
static void tally_by_responsible(void **state)
{
    (void)state;
    ei_tasks *t = read_tasks();
    assert_int_equal(ei_tasks_responsible_count(t), 7);
    assert_string_equal(ei_tasks_responsible_at(t, 0), "区发改局");
    assert_string_equal(ei_tasks_responsible_at(t, 5), "区商务局");
    assert_string_equal(ei_tasks_responsible_at(t, 6), "龙阳街");
    assert_null(ei_tasks_responsible_at(t, 7));
    ei_date d = {2021, 6, 15};
    ei_task_tally com, cg, all;
    ei_tasks_tally_responsible(&com, t, "区商务局", d, -1);
    assert_int_equal(com.total, 3);
    assert_int_equal(com.by_status[EI_TASK_OVERDUE], 1);
    assert_int_equal(com.by_status[EI_TASK_DUE], 1);
    assert_int_equal(com.by_status[EI_TASK_PENDING], 1);
    ei_tasks_tally_responsible(&cg, t, "区城更局", d, -1);
    assert_int_equal(cg.total, 2);
    assert_int_equal(cg.by_status[EI_TASK_DUE], 1);
    ei_tasks_tally_responsible(&all, t, NULL, d, -1);
    assert_int_equal(all.total, 5);
    const char *twice[] = {"区商务局", "区商务局"};
    ei_task extra = {0};
    extra.responsible = twice;
    extra.n_responsible = 2;
    assert_int_equal(ei_tasks_add(t, &extra, NULL), EI_OK);
    ei_tasks_tally_responsible(&com, t, "区商务局", d, -1);
    assert_int_equal(com.total, 4);
    assert_int_equal(ei_tasks_responsible_count(t), 7);
    assert_string_equal(ei_tasks_at(t, 5)->note, ""); /* NULL copied as "" */
    ei_tasks_free(t);
    ei_tasks_tally_responsible(&all, NULL, NULL, d, -1);
    assert_int_equal(all.total, 0);
    assert_int_equal(ei_tasks_responsible_count(NULL), 0);
    assert_null(ei_tasks_responsible_at(NULL, 0));
    assert_int_equal(ei_task_status_at(NULL, d, -1), EI_TASK_PENDING);
}

/* As of 2021-06-15 (horizon 30 days): task 1 done on 2021-03-20; 一.2 with
 * deadline 2021-04-30 overdue; 四.1 due 2021-06-30 (same month); 五.2 due
 * 2021-08-31 is 77 days away: pending; 4 (2021-10-31) pending. */
static void statuses_as_of(void **state)
{
    (void)state;
    ei_tasks *t = read_tasks();
    ei_date d = {2021, 6, 15};
    assert_int_equal(ei_task_status_at(ei_tasks_at(t, 0), d, -1),
                     EI_TASK_DONE);
    assert_int_equal(ei_task_status_at(ei_tasks_at(t, 2), d, -1),
                     EI_TASK_OVERDUE);
    assert_int_equal(ei_task_status_at(ei_tasks_at(t, 3), d, -1),
                     EI_TASK_DUE);
    assert_int_equal(ei_task_status_at(ei_tasks_at(t, 4), d, -1),
                     EI_TASK_PENDING);
    assert_int_equal(ei_task_status_at(ei_tasks_at(t, 1), d, -1),
                     EI_TASK_PENDING);
    /* 2021-08-31 is 77 days after 2021-06-15 (15 + 31 + 31): due with a
     * 77-day horizon, pending with 76 */
    assert_int_equal(ei_task_status_at(ei_tasks_at(t, 4), d, 77),
                     EI_TASK_DUE);
    assert_int_equal(ei_task_status_at(ei_tasks_at(t, 4), d, 76),
                     EI_TASK_PENDING);
    /* before it was done, task 1 was due in March (deadline 03-31) */
    ei_date march = {2021, 3, 10};
    assert_int_equal(ei_task_status_at(ei_tasks_at(t, 0), march, 0),
                     EI_TASK_DUE);
    /* on the deadline day itself a task is due, the day after overdue */
    ei_date on = {2021, 4, 30}, after = {2021, 5, 1};
    assert_int_equal(ei_task_status_at(ei_tasks_at(t, 2), on, 0),
                     EI_TASK_DUE);
    assert_int_equal(ei_task_status_at(ei_tasks_at(t, 2), after, 0),
                     EI_TASK_OVERDUE);
    ei_tasks_free(t);
}

static void tally_by_lead(void **state)
{
    (void)state;
    ei_tasks *t = read_tasks();
    assert_int_equal(ei_tasks_lead_count(t), 3);
    assert_string_equal(ei_tasks_lead_at(t, 0), "四新生态新城管委会相关局");
    assert_string_equal(ei_tasks_lead_at(t, 1), "区商务局");
    assert_string_equal(ei_tasks_lead_at(t, 2), "");
    assert_null(ei_tasks_lead_at(t, 3));
    ei_date d = {2021, 6, 15};
    ei_task_tally all, com, none;
    ei_tasks_tally(&all, t, NULL, d, -1);
    assert_int_equal(all.total, 5);
    assert_int_equal(all.by_status[EI_TASK_DONE], 1);
    assert_int_equal(all.by_status[EI_TASK_OVERDUE], 1);
    assert_int_equal(all.by_status[EI_TASK_DUE], 1);
    assert_int_equal(all.by_status[EI_TASK_PENDING], 2);
    ei_tasks_tally(&com, t, "区商务局", d, -1);
    assert_int_equal(com.total, 2);
    assert_int_equal(com.by_status[EI_TASK_PENDING], 2);
    ei_tasks_tally(&none, t, "", d, -1);
    assert_int_equal(none.total, 2);
    assert_int_equal(none.by_status[EI_TASK_OVERDUE], 1);
    assert_int_equal(none.by_status[EI_TASK_DUE], 1);
    ei_tasks_free(t);
}

/* A bad deadline fails the whole read at its field: line 3, and
 * "p,2,s,l,u," is 10 characters → column 11. */
static void reader_errors(void **state)
{
    (void)state;
    static const char bad[] = "plan,task_no,summary,lead_unit,"
                              "responsible_units,deadline\n"
                              "p,1,s,l,u,2021-10\n"
                              "p,2,s,l,u,2021-13\n";
    ei_tasks *t = (ei_tasks *)1;
    ei_error e;
    assert_int_equal(ei_tasks_read_buffer(&t, "t.csv", bad, strlen(bad),
                                          NULL, &e),
                     EI_EPARSE);
    assert_null(t);
    assert_int_equal(e.line, 3);
    assert_int_equal(e.column, 11);
    static const char nodl[] = "plan,task_no\np,1\n";
    assert_int_equal(ei_tasks_read_buffer(&t, "t.csv", nodl, strlen(nodl),
                                          NULL, &e),
                     EI_EPARSE);
    assert_int_equal(e.line, 1);
}

/* datasets/wuhan (seed 002, 武汉市3号议案): the task rows give no deadline
 * (pending, never overdue); the schedule rows do: 阶段四 by 2020-12. */
static void wuhan_file(void **state)
{
    (void)state;
    const char *src = getenv("SRCDIR");
    char path[1024];
    snprintf(path, sizeof path,
             "%s/datasets/wuhan/tasks_2020_motion3_biomed.csv",
             src ? src : ".");
    ei_tasks *t = NULL;
    ei_error e;
    int rc = ei_tasks_read_file(&t, path, NULL, &e);
    if (rc)
        fprintf(stderr, "%s:%lu:%lu: %s\n", e.source, e.line, e.column,
                e.text);
    assert_int_equal(rc, EI_OK);
    ei_date late = {2030, 1, 1};
    bool open_task = false, stage4 = false;
    for (size_t i = 0; i < ei_tasks_count(t); i++) {
        const ei_task *k = ei_tasks_at(t, i);
        if (strcmp(k->task_no, "一.1") == 0) {
            assert_false(k->has_deadline);
            assert_int_equal(ei_task_status_at(k, late, -1),
                             EI_TASK_PENDING);
            open_task = true;
        }
        if (strcmp(k->task_no, "阶段四") == 0) {
            assert_true(k->has_deadline);
            assert_int_equal(k->deadline.month, 12);
            assert_int_equal(k->deadline.day, 31);
            assert_int_equal(ei_task_status_at(k, late, -1),
                             EI_TASK_OVERDUE);
            stage4 = true;
        }
    }
    assert_true(open_task && stage4);
    ei_tasks_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reader),
        cmocka_unit_test(statuses_as_of),
        cmocka_unit_test(tally_by_lead),
        cmocka_unit_test(note_and_deadline_text),
        cmocka_unit_test(tally_by_responsible),
        cmocka_unit_test(reader_errors),
        cmocka_unit_test(wuhan_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
