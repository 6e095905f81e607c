/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Concurrency, as the headers promise it: "thread-safe on distinct
 * datasets" (csv.h), "share it read-only (const) between threads"
 * (dataset.h), "pure and thread-safe on distinct or const objects"
 * (growth.h, period.h, number.h). Several threads at once each read the
 * same const CSV bytes into their own dataset through one shared const
 * registry, and run growth transformations, indices, year-to-date
 * conversion and CAGR on one shared const dataset. Every thread's results
 * must equal, bit for bit, those computed beforehand in one thread.
 * Run it under ThreadSanitizer (.ci/sanitize builds with
 * -Db_sanitize=thread) to catch data races; without it, the test still
 * catches results that differ between threads.
 */
#include "testutil.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "econind/econind.h"

enum { THREADS = 4, ROUNDS = 3 };

/* FNV-1a over bytes: a digest of results, to compare threads. */
static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211u;
    return h;
}

static uint64_t digest_series(uint64_t h, const ei_series *s)
{
    h = fnv(h, ei_series_region(s), strlen(ei_series_region(s)));
    h = fnv(h, ei_series_indicator(s), strlen(ei_series_indicator(s)));
    for (size_t i = 0; i < ei_series_len(s); i++) {
        ei_period p = ei_series_period_at(s, i);
        double v = ei_series_value_at(s, i);
        ei_reason r = ei_series_reason_at(s, i);
        h = fnv(h, &p, sizeof p);
        h = fnv(h, &v, sizeof v);
        h = fnv(h, &r, sizeof r);
    }
    return h;
}

static uint64_t digest_dataset(const ei_dataset *ds)
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < ei_dataset_count(ds); i++)
        h = digest_series(h, ei_dataset_at(ds, i));
    return h;
}

/* Everything the computations give on ds, as one digest; 0 on a failure
 * that should not happen. */
static uint64_t compute(const ei_dataset *ds)
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < ei_dataset_count(ds); i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        bool ytd = ei_series_measure(s) == EI_MEASURE_YTD;
        for (int t = 0; t < EI_TRANSFORM_COUNT_; t++) {
            ei_series *out = NULL;
            int rc = ei_series_transform(&out, s, (ei_transform)t, NULL,
                                         NULL);
            h = fnv(h, &rc, sizeof rc);
            if (rc == EI_OK)
                h = digest_series(h, out);
            ei_series_free(out);
        }
        ei_series *out = NULL;
        if (ei_series_index_fixed_base(&out, s, ei_series_start(s), NULL,
                                       NULL) == EI_OK)
            h = digest_series(h, out);
        ei_series_free(out);
        out = NULL;
        if (ei_series_freq(s) != EI_FREQ_ANNUAL) {
            int rc = ytd ? ei_ytd_to_single(&out, s, NULL, NULL)
                         : ei_single_to_ytd(&out, s, NULL, NULL);
            if (rc != EI_OK)
                return 0;
            h = digest_series(h, out);
            ei_series_free(out);
        }
        ei_result r;
        if (ei_series_cagr(&r, s, ei_series_start(s), ei_series_end(s),
                           NULL, NULL) == EI_OK) {
            h = fnv(h, &r.value, sizeof r.value);
            h = fnv(h, &r.reason, sizeof r.reason);
        }
    }
    return h;
}

/* Shared, read-only once the threads start. */
typedef struct shared {
    const ei_registry *reg;
    const ei_dataset *ds;
    const char *csv;
    size_t csv_len;
    uint64_t want_read, want_compute;
} shared;

typedef struct job {
    const shared *sh;
    uint64_t got_read[ROUNDS], got_compute[ROUNDS];
    size_t found;
    int rc;
} job;

static void *worker(void *arg)
{
    job *j = arg;
    for (int k = 0; k < ROUNDS; k++) {
        ei_dataset *mine;
        j->rc = ei_dataset_new(&mine, j->sh->reg, NULL);
        if (j->rc != EI_OK)
            return NULL;
        j->rc = ei_csv_read_buffer(mine, "threads.csv", j->sh->csv,
                                   j->sh->csv_len, NULL, NULL, NULL);
        j->got_read[k] = j->rc == EI_OK ? digest_dataset(mine) : 0;
        ei_dataset_free(mine);
        if (j->rc != EI_OK)
            return NULL;
        j->got_compute[k] = compute(j->sh->ds);
        /* lookups in the shared registry and dataset */
        if (ei_registry_find(j->sh->reg, "地区生产总值") &&
            ei_dataset_find(j->sh->ds, "汉阳区", "地区生产总值",
                            EI_FREQ_MONTHLY))
            j->found++;
    }
    return NULL;
}

/* A deterministic file: 3 regions x 3 indicators, monthly 2015-2024 with
 * some gaps, a caliber change, and year-to-date sums for one indicator. */
static char *make_csv(size_t *len)
{
    static const char *const regions[] = {"汉阳区", "江岸区", "武昌区"};
    static const char *const inds[] = {"地区生产总值", "社会消费品零售总额",
                                       "固定资产投资"};
    size_t cap = 1 << 20, n = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    n += (size_t)snprintf(s, cap,
                          "region,indicator,period,value,unit,measure,"
                          "caliber\n");
    unsigned x = 12345;
    for (int r = 0; r < 3; r++)
        for (int i = 0; i < 3; i++) {
            double ytd = 0;
            for (int y = 2015; y <= 2024; y++)
                for (int m = 1; m <= 12; m++) {
                    x = x * 1103515245u + 12345u;
                    double v = 50 + (double)((x >> 8) % 1000) / 10.0;
                    ytd = m == 1 ? v : ytd + v;
                    if ((x >> 20) % 17 == 0)
                        continue; /* a gap */
                    const char *cal = y < 2019 ? "old" : "new";
                    if (i == 2)
                        n += (size_t)snprintf(s + n, cap - n,
                                              "%s,%s,%d-01..%02d,%.1f,亿元,"
                                              "ytd,%s\n",
                                              regions[r], inds[i], y, m,
                                              ytd, cal);
                    else
                        n += (size_t)snprintf(s + n, cap - n,
                                              "%s,%s,%d-%02d,%.1f,亿元,"
                                              "level,%s\n",
                                              regions[r], inds[i], y, m, v,
                                              cal);
                    assert_true(n < cap);
                }
        }
    *len = n;
    return s;
}

static void readers_and_computations(void **state)
{
    (void)state;
    ei_registry *reg;
    ei_dataset *ds;
    ei_error e;
    shared sh;
    char *csv = make_csv(&sh.csv_len);
    sh.csv = csv;
    assert_int_equal(ei_registry_new_builtin(&reg, &e), EI_OK);
    assert_int_equal(ei_dataset_new(&ds, reg, &e), EI_OK);
    int rc = ei_csv_read_buffer(ds, "threads.csv", csv, sh.csv_len, NULL,
                                NULL, &e);
    if (rc != EI_OK) {
        char msg[512];
        ei_error_format(&e, msg, sizeof msg);
        fail_msg("%s", msg);
    }
    assert_int_equal(ei_dataset_count(ds), 9);
    sh.reg = reg;
    sh.ds = ds;
    sh.want_read = digest_dataset(ds);
    sh.want_compute = compute(ds);
    assert_true(sh.want_compute != 0);

    pthread_t th[THREADS];
    job jobs[THREADS];
    memset(jobs, 0, sizeof jobs);
    for (int t = 0; t < THREADS; t++) {
        jobs[t].sh = &sh;
        assert_int_equal(pthread_create(&th[t], NULL, worker, &jobs[t]), 0);
    }
    for (int t = 0; t < THREADS; t++)
        assert_int_equal(pthread_join(th[t], NULL), 0);
    for (int t = 0; t < THREADS; t++) {
        assert_int_equal(jobs[t].rc, EI_OK);
        assert_int_equal(jobs[t].found, ROUNDS);
        for (int k = 0; k < ROUNDS; k++) {
            assert_true(jobs[t].got_read[k] == sh.want_read);
            assert_true(jobs[t].got_compute[k] == sh.want_compute);
        }
    }
    ei_dataset_free(ds);
    ei_registry_free(reg);
    free(csv);
}

/* The pure parsers from many threads on shared text. */
typedef struct parse_job {
    uint64_t got;
} parse_job;

static const char *const texts[] = {
    "2017年1-3月", "2017Q3", "2021—2025年", "2021年10月底", "1,234.5",
    "－３．５％", "1e400", "NaN", "2017年前三季度", "2024-02-29",
};

static uint64_t parse_all(void)
{
    uint64_t h = 14695981039346656037u;
    for (int k = 0; k < 200; k++)
        for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
            size_t n = strlen(texts[i]);
            ei_period p;
            ei_span sp;
            ei_date d;
            ei_number num;
            int rc[4] = {ei_period_parse(&p, texts[i], n, NULL),
                         ei_span_parse(&sp, texts[i], n, NULL),
                         ei_date_parse(&d, texts[i], n, NULL),
                         ei_number_parse(&num, texts[i], n, NULL)};
            h = fnv(h, rc, sizeof rc);
            h = fnv(h, &p, sizeof p);
            h = fnv(h, &sp, sizeof sp);
            h = fnv(h, &d, sizeof d);
            h = fnv(h, &num.value, sizeof num.value);
        }
    return h;
}

static void *parse_worker(void *arg)
{
    ((parse_job *)arg)->got = parse_all();
    return NULL;
}

static void parsers(void **state)
{
    (void)state;
    uint64_t want = parse_all();
    pthread_t th[THREADS];
    parse_job jobs[THREADS];
    for (int t = 0; t < THREADS; t++)
        assert_int_equal(pthread_create(&th[t], NULL, parse_worker,
                                        &jobs[t]),
                         0);
    for (int t = 0; t < THREADS; t++) {
        assert_int_equal(pthread_join(th[t], NULL), 0);
        assert_true(jobs[t].got == want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(readers_and_computations),
        cmocka_unit_test(parsers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
