/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ei_dataset_commit() on several threads: the same series, the same error
 * and the same dataset after a failure as on one thread. The large batches
 * (2,000 monthly series × 300 months, over 600,000 rows) take the
 * automatic commit's threaded path on a machine with two cores; the
 * medium ones (500 × 120) force threads through
 * ei_dataset_commit_threads(), and keep the test quick under
 * ThreadSanitizer. */
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "dataset_priv.h"
#include "econind/econind.h"


/* Series k: region 区k, indicator 甲 (even k) or 乙 (odd k). */
static ei_series_meta meta_of(int k, char *region, size_t size)
{
    snprintf(region, size, "区%04d", k / 2);
    ei_series_meta m = {region, k % 2 ? "乙" : "甲", "亿元", EI_FREQ_MONTHLY,
                        EI_MEASURE_LEVEL, EI_BASIS_CURRENT};
    return m;
}

/* The value of series k in month m of a batch: batch 1 revises batch 0
 * with other figures. */
static double value_of(int k, int m, int batch)
{
    return 100 + k + 0.5 * m + (double)((k * m) % 7) / 8 + 1000 * batch;
}

/* Where the conflicting rows go: (series, month) pairs. */
typedef struct conflict_at {
    int k, m;
    unsigned long line;    /* set when added */
} conflict_at;

typedef struct batch {
    int nseries, nmonths;
    int number;            /* 0 or 1: which figures */
    conflict_at *bad;      /* NULL or nbad rows that conflict */
    size_t nbad;
} batch;

#define LARGE 2000, 300
#define MEDIUM 500, 120

static void add_row(ei_dataset *ds, int k, int m, ei_obs_status st,
                    double v, double g, const char *caliber,
                    unsigned long *line)
{
    char region[32];
    ei_series_meta meta = meta_of(k, region, sizeof region);
    ei_observation o;
    memset(&o, 0, sizeof o);
    o.period = ei_period_month(2000 + m / 12, 1 + m % 12);
    o.value = v;
    o.growth = g;
    o.status = st;
    o.caliber = caliber;
    o.file = "big.csv";
    o.line = ++*line;
    ei_error err;
    int rc = ei_dataset_add(ds, &meta, &o, &err);
    if (rc)
        print_error("%s\n", err.text);
    assert_int_equal(rc, EI_OK);
}

/* Period-major rows (every series for a month, then the next month), so
 * that the touched order is the series order, with what a commit must
 * handle: late starts, gaps, estimates beside actuals, unsorted series,
 * growth-only rows, identical duplicates and caliber breaks. */
static void add_batch(ei_dataset *ds, batch *b)
{
    unsigned long line = 1;
    for (int step = 0; step < b->nmonths; step++) {
        for (int k = 0; k < b->nseries; k++) {
            /* Every eleventh series comes newest first: it needs a sort. */
            int m = k % 11 == 0 ? b->nmonths - 1 - step : step;
            if (m < k % 24 || (k % 3 == 0 && m % 10 == 3))
                continue;
            double v = value_of(k, m, b->number);
            ei_obs_status st = b->number ? EI_STATUS_REVISED
                                         : EI_STATUS_ACTUAL;
            const char *cal = k % 7 ? NULL
                              : m < b->nmonths / 2 ? "旧口径" : "新口径";
            if (k % 5 == 0 && b->number == 0)
                add_row(ds, k, m, EI_STATUS_ESTIMATE, v - 1, NAN, cal, &line);
            if (k % 13 == 0 && m % 4 == 0)
                add_row(ds, k, m, EI_STATUS_PRELIMINARY, NAN, 5.5, NULL,
                        &line);
            else
                add_row(ds, k, m, st, v, NAN, cal, &line);
            if (k % 17 == 0 && m == 40)
                add_row(ds, k, m, st, v, NAN, cal, &line);
            /* A conflicting row comes right after the one it contradicts. */
            for (size_t i = 0; i < b->nbad; i++)
                if (b->bad[i].k == k && b->bad[i].m == m) {
                    b->bad[i].line = line + 1;
                    add_row(ds, k, m, st, v + 1, NAN, cal, &line);
                }
        }
    }
}

static void assert_same_bytes(const void *a, const void *b, size_t n)
{
    assert_int_equal(memcmp(a, b, n), 0);
}

static void assert_same_period(ei_period a, ei_period b)
{
    assert_int_equal(a.freq, b.freq);
    assert_int_equal(ei_period_ordinal(a), ei_period_ordinal(b));
    assert_int_equal(a.first, b.first);
}

/* Every series of @p a equals @p b's, in the same order, to the byte. */
static void assert_same_dataset(const ei_dataset *a, const ei_dataset *b)
{
    assert_int_equal(ei_dataset_count(a), ei_dataset_count(b));
    assert_int_equal(ei_dataset_file_count(a), ei_dataset_file_count(b));
    for (size_t i = 0; i < ei_dataset_count(a); i++) {
        const ei_series *s = ei_dataset_at(a, i), *t = ei_dataset_at(b, i);
        assert_string_equal(ei_series_region(s), ei_series_region(t));
        assert_string_equal(ei_series_indicator(s), ei_series_indicator(t));
        assert_string_equal(ei_series_unit(s).name, ei_series_unit(t).name);
        size_t n = ei_series_len(s);
        assert_int_equal(n, ei_series_len(t));
        assert_same_period(ei_series_start(s), ei_series_start(t));
        assert_same_bytes(ei_series_values(s), ei_series_values(t),
                          n * sizeof(double));
        assert_same_bytes(ei_series_growths(s), ei_series_growths(t),
                          n * sizeof(double));
        for (size_t j = 0; j < n; j++) {
            assert_int_equal(ei_series_reason_at(s, j),
                             ei_series_reason_at(t, j));
            assert_int_equal(ei_series_status_at(s, j),
                             ei_series_status_at(t, j));
            assert_int_equal(ei_series_bound_at(s, j),
                             ei_series_bound_at(t, j));
        }
        assert_int_equal(ei_series_obs_count(s), ei_series_obs_count(t));
        for (size_t j = 0; j < ei_series_obs_count(s); j++) {
            ei_observation x, y;
            assert_int_equal(ei_series_obs_at(s, j, &x), EI_OK);
            assert_int_equal(ei_series_obs_at(t, j, &y), EI_OK);
            assert_same_period(x.period, y.period);
            assert_same_bytes(&x.value, &y.value, sizeof x.value);
            assert_same_bytes(&x.growth, &y.growth, sizeof x.growth);
            assert_int_equal(x.status, y.status);
            assert_int_equal(x.line, y.line);
        }
        assert_int_equal(ei_series_break_count(s), ei_series_break_count(t));
        for (size_t j = 0; j < ei_series_break_count(s); j++) {
            assert_same_period(ei_series_break_at(s, j).last_old,
                               ei_series_break_at(t, j).last_old);
            assert_same_period(ei_series_break_at(s, j).first_new,
                               ei_series_break_at(t, j).first_new);
        }
    }
}

static ei_dataset *new_dataset(void)
{
    ei_dataset *ds;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    return ds;
}

/* A large batch committed automatically (threads where there are cores)
 * and on 2, 3 and 16 threads equals the one-thread commit. */
static void large_batch_same_on_any_thread_count(void **state)
{
    (void)state;
    batch b = {LARGE, 0, NULL, 0};
    ei_dataset *one = new_dataset();
    add_batch(one, &b);
    assert_int_equal(ei_dataset_commit_threads(one, 1, NULL), EI_OK);
    assert_int_equal(ei_dataset_count(one), b.nseries);

    /* A few figures by hand from the generator's rule. Series 5 (区0002
     * 乙) starts in month 5 (2000-06) and has an estimate beside each
     * actual: the actual wins, 100 + 5 + 0.5 * 5 + (25 % 7) / 8 = 108.
     * Series 7 changes caliber after 2012-06 (month 149): one break. */
    const ei_series *s5 = ei_dataset_find(one, "区0002", "乙", EI_FREQ_MONTHLY);
    assert_non_null(s5);
    assert_int_equal(ei_period_ordinal(ei_series_start(s5)),
                     ei_period_ordinal(ei_period_month(2000, 6)));
    assert_close(ei_series_value_at(s5, 0), 108, 1e-15);
    assert_int_equal(ei_series_status_at(s5, 0), EI_STATUS_ACTUAL);
    const ei_series *s7 = ei_dataset_find(one, "区0003", "乙", EI_FREQ_MONTHLY);
    assert_int_equal(ei_series_break_count(s7), 1);
    assert_int_equal(ei_period_ordinal(ei_series_break_at(s7, 0).first_new),
                     ei_period_ordinal(ei_period_month(2012, 7)));
    /* a large batch builds its points in the dataset's arenas */
    assert_true(s5->pts.borrowed);
    assert_true(one->narenas > 0);

    size_t counts[] = {0, 3};
    for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) {
        ei_dataset *many = new_dataset();
        add_batch(many, &b);
        int rc = counts[i] ? ei_dataset_commit_threads(many, counts[i], NULL)
                           : ei_dataset_commit(many, NULL);
        assert_int_equal(rc, EI_OK);
        assert_same_dataset(many, one);
        ei_dataset_free(many);
    }
    ei_dataset_free(one);
}

/* A second batch revising every series of the first (merging with the old
 * observations), plus a series built in code that rows join. */
static void add_code_series(ei_dataset *ds)
{
    ei_series_meta m = {"区9999", "甲", "亿元", EI_FREQ_MONTHLY,
                        EI_MEASURE_LEVEL, EI_BASIS_CURRENT};
    ei_series *s;
    assert_int_equal(ei_series_new(&s, &m, ei_period_month(2000, 1), 3, NULL),
                     EI_OK);
    assert_int_equal(ei_series_set(s, 0, 1.5, EI_REASON_NONE), EI_OK);
    assert_int_equal(ei_series_set(s, 2, 2.5, EI_REASON_NONE), EI_OK);
    assert_int_equal(ei_dataset_add_series(ds, s, NULL), EI_OK);
    ei_observation o;
    memset(&o, 0, sizeof o);
    o.period = ei_period_month(2000, 2);
    o.value = 2;
    o.status = EI_STATUS_ACTUAL;
    assert_int_equal(ei_dataset_add(ds, &m, &o, NULL), EI_OK);
}

static void merges_same_on_any_thread_count(void **state)
{
    (void)state;
    batch first = {MEDIUM, 0, NULL, 0}, second = {MEDIUM, 1, NULL, 0};
    ei_dataset *one = new_dataset(), *two = new_dataset();
    ei_dataset *ds[] = {one, two};
    for (int i = 0; i < 2; i++) {
        add_code_series(ds[i]);
        add_batch(ds[i], &first);
        assert_int_equal(ei_dataset_commit_threads(ds[i], 1 + i, NULL),
                         EI_OK);
        add_batch(ds[i], &second);
        assert_int_equal(ei_dataset_commit_threads(ds[i], 1 + i, NULL),
                         EI_OK);
    }
    assert_same_dataset(two, one);
    /* The revision wins: series 5 in month 5 is 108 + 1000 in batch 1. It
     * keeps 295 estimates and actuals, and gains 295 revisions. The code
     * series got its missing February. */
    const ei_series *s5 = ei_dataset_find(two, "区0002", "乙", EI_FREQ_MONTHLY);
    assert_close(ei_series_value_at(s5, 0), 1108, 1e-15);
    assert_int_equal(ei_series_status_at(s5, 0), EI_STATUS_REVISED);
    assert_int_equal(ei_series_obs_count(s5), 3 * (second.nmonths - 5));
    const ei_series *c = ei_dataset_find(two, "区9999", "甲", EI_FREQ_MONTHLY);
    assert_close(ei_series_value_at(c, 1), 2, 1e-15);
    assert_close(ei_series_value_at(c, 2), 2.5, 1e-15);
    ei_dataset_free(one);
    ei_dataset_free(two);
}

static void assert_same_error(const ei_error *a, const ei_error *b)
{
    assert_int_equal(a->code, b->code);
    assert_string_equal(a->source, b->source);
    assert_int_equal(a->line, b->line);
    assert_int_equal(a->column, b->column);
    assert_string_equal(a->text, b->text);
}

/* Conflicts in several series. Series k gets its first row in month
 * k % 24 (month 0 when k % 11 == 0: those come newest first), so the
 * touched order is 1680 (month 0), 1999 (month 7), 1000 (month 16). The
 * error must be series 1680's (in month 250), not the earliest line's
 * (series 1000, month 20), nor the lowest series', nor the last one's,
 * whatever the thread count. */
static void first_conflict_in_touched_order(void **state)
{
    (void)state;
    conflict_at bad[] = {{1000, 20, 0}, {1999, 299, 0}, {1680, 250, 0}};
    batch b = {LARGE, 0, bad, 3};
    ei_dataset *ds = new_dataset();
    add_batch(ds, &b);
    ei_error one;
    assert_int_equal(ei_dataset_commit_threads(ds, 1, &one), EI_ECONFLICT);
    assert_true(bad[0].line < bad[2].line);
    assert_int_equal(one.line, bad[2].line);
    assert_string_equal(one.source, "big.csv");
    /* Series 1680 is 区0840 甲; month 250 is 2020-11; its figure is
     * 100 + 1680 + 125 + 0 = 1905 (1680 * 250 is a multiple of 7), the
     * conflicting row says 1906. */
    char msg[512];
    snprintf(msg, sizeof msg, "conflicting value 1906 for 区0840 甲 "
             "2020-11 (actual); 1905 given at big.csv:%lu", bad[2].line - 1);
    assert_string_equal(one.text, msg);
    assert_int_equal(ei_dataset_count(ds), 0);

    size_t counts[] = {0, 16};
    for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) {
        add_batch(ds, &b);
        ei_error many;
        int rc = counts[i] ? ei_dataset_commit_threads(ds, counts[i], &many)
                           : ei_dataset_commit(ds, &many);
        assert_int_equal(rc, EI_ECONFLICT);
        assert_same_error(&many, &one);
        assert_int_equal(ei_dataset_count(ds), 0);
    }
    /* A conflict only in the very last series is found too. */
    batch last = {LARGE, 0, &bad[1], 1};
    add_batch(ds, &last);
    ei_error e;
    assert_int_equal(ei_dataset_commit_threads(ds, 2, &e), EI_ECONFLICT);
    assert_int_equal(e.line, bad[1].line);
    ei_dataset_free(ds);
}

/* A conflict in every 10th series: every chunk of work holds one, so
 * every thread fails and the first in touched order must be chosen among
 * them. */
static void many_conflicts_same_error(void **state)
{
    (void)state;
    batch b = {MEDIUM, 0, NULL, 0};
    conflict_at bad[500 / 10];
    for (int i = 0; i < b.nseries / 10; i++)
        bad[i] = (conflict_at){10 * i + 3, b.nmonths - 1 - i, 0};
    b.bad = bad;
    b.nbad = sizeof bad / sizeof *bad;
    ei_dataset *ds = new_dataset();
    add_batch(ds, &b);
    ei_error one;
    assert_int_equal(ei_dataset_commit_threads(ds, 1, &one), EI_ECONFLICT);
    size_t counts[] = {2, 2, 2, 3, 16};
    for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) {
        add_batch(ds, &b);
        ei_error many;
        assert_int_equal(ei_dataset_commit_threads(ds, counts[i], &many),
                         EI_ECONFLICT);
        assert_same_error(&many, &one);
    }
    assert_int_equal(ei_dataset_count(ds), 0);
    ei_dataset_free(ds);
}

/* A failed threaded commit of a batch that revises committed series and
 * adds new ones leaves the dataset as a twin that never saw the batch; the
 * next batch commits as on the twin. */
static void failed_commit_leaves_dataset_unchanged(void **state)
{
    (void)state;
    batch first = {MEDIUM, 0, NULL, 0};
    ei_dataset *ds = new_dataset(), *twin = new_dataset();
    add_code_series(ds);
    add_code_series(twin);
    add_batch(ds, &first);
    add_batch(twin, &first);
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    assert_int_equal(ei_dataset_commit_threads(twin, 1, NULL), EI_OK);

    /* Touched order: 264 (month 0, newest first: month 10 comes late),
     * then 100 (month 4). */
    conflict_at bad[] = {{100, 30, 0}, {264, 10, 0}};
    batch second = {MEDIUM, 1, bad, 2};
    add_batch(ds, &second);
    ei_series_meta extra = {"新区", "丙", "亿元", EI_FREQ_MONTHLY,
                            EI_MEASURE_LEVEL, EI_BASIS_CURRENT};
    ei_observation o;
    memset(&o, 0, sizeof o);
    o.period = ei_period_month(2001, 1);
    o.value = 3;
    o.status = EI_STATUS_ACTUAL;
    o.file = "extra.csv";
    assert_int_equal(ei_dataset_add(ds, &extra, &o, NULL), EI_OK);
    ei_error err;
    assert_int_equal(ei_dataset_commit_threads(ds, 2, &err), EI_ECONFLICT);
    assert_true(bad[0].line < bad[1].line);
    assert_int_equal(err.line, bad[1].line);
    assert_same_dataset(ds, twin);
    assert_null(ei_dataset_find(ds, "新区", "丙", EI_FREQ_MONTHLY));

    batch good = {MEDIUM, 1, NULL, 0};
    add_batch(ds, &good);
    add_batch(twin, &good);
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    assert_int_equal(ei_dataset_commit_threads(twin, 1, NULL), EI_OK);
    assert_same_dataset(ds, twin);
    ei_dataset_free(ds);
    ei_dataset_free(twin);
}

/* A batch of a few series on more threads than it has slots. */
static void small_batch_many_threads(void **state)
{
    (void)state;
    ei_dataset *one = new_dataset(), *many = new_dataset();
    unsigned long l1 = 0, l2 = 0;
    for (int m = 0; m < 3; m++) {
        add_row(one, 4, 2 - m, EI_STATUS_ACTUAL, m, NAN, NULL, &l1);
        add_row(many, 4, 2 - m, EI_STATUS_ACTUAL, m, NAN, NULL, &l2);
    }
    assert_int_equal(ei_dataset_commit_threads(one, 1, NULL), EI_OK);
    assert_int_equal(ei_dataset_commit_threads(many, 16, NULL), EI_OK);
    assert_same_dataset(many, one);
    /* Month 0 was added last, with value 2. */
    assert_close(ei_series_value_at(ei_dataset_at(many, 0), 0), 2, 1e-15);
    /* a small one mallocs them: nothing stays behind in an arena */
    assert_false(ei_dataset_at(many, 0)->pts.borrowed);
    assert_int_equal(many->narenas, 0);
    ei_dataset_free(one);
    ei_dataset_free(many);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(large_batch_same_on_any_thread_count),
        cmocka_unit_test(merges_same_on_any_thread_count),
        cmocka_unit_test(first_conflict_in_touched_order),
        cmocka_unit_test(many_conflicts_same_error),
        cmocka_unit_test(failed_commit_leaves_dataset_unchanged),
        cmocka_unit_test(small_batch_many_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
