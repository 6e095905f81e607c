/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of lib/csv_pipe.c: rows parsed by a worker thread reach the row
 * callback in order, complete, in the calling thread, with the one-thread
 * reader's errors in the same order. */
#include "testutil.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "csv_pipe.h"
#include "econind/econind.h"
#include "tmpdir_fixture.h"

/* More rows than the ring holds (4 batches of 4096), ending mid-batch. */
#define NROWS (5 * 4096 + 123)

/* A stand-in for the row reader: rows "r<i>,<7i>" on lines i + 1, then
 * the given status (EI_EPARSE after fail_after rows when that is set). */
typedef struct fake {
    size_t fail_after;   /* 0: all rows, then EI_OK */
    size_t pushed;       /* rows the callback accepted */
    int callback_rc;     /* what the callback returned last */
} fake;

static int fake_run(void *vf, const ei_csv_options *opts, ei_csv_row_fn fn,
                    void *ctx, ei_error *err)
{
    fake *f = vf;
    assert_true(opts == NULL || opts->on_progress == NULL);
    for (size_t i = 0; i < NROWS; i++) {
        if (f->fail_after && i == f->fail_after)
            return ei_csv_row_error(err,
                                    &(ei_csv_row){.line = i + 1,
                                                  .source = "fake"},
                                    (size_t)-1, EI_EPARSE, "bad at %zu", i);
        char a[32], b[32];
        snprintf(a, sizeof a, "r%zu", i);
        snprintf(b, sizeof b, "%zu", 7 * i);
        ei_csv_field fields[2] = {{a, strlen(a)}, {b, strlen(b)}};
        ei_csv_row row = {.fields = fields, .n = 2, .line = i + 1,
                          .index = i, .source = "fake", .raw = NULL,
                          .raw_len = 10, .raw_offset = (long long)(10 * i),
                          .delimiter = ','};
        f->callback_rc = fn(ctx, &row, err);
        if (f->callback_rc != EI_OK)
            return f->callback_rc;
        f->pushed++;
    }
    return EI_OK;
}

typedef struct sink {
    size_t rows;
    size_t stop_at;      /* fail at this row when > 0 */
    pthread_t thread;    /* the thread that called ei_csv_pipe_run */
    size_t progress_calls;
    size_t last_done, last_total;
} sink;

static int on_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    sink *s = ctx;
    assert_true(pthread_equal(pthread_self(), s->thread));
    if (s->stop_at && s->rows == s->stop_at)
        return ei_csv_row_error(err, row, (size_t)-1, EI_EINVAL, "stop");
    char a[32], b[32];
    snprintf(a, sizeof a, "r%zu", s->rows);
    snprintf(b, sizeof b, "%zu", 7 * s->rows);
    assert_int_equal(row->n, 2);
    assert_string_equal(row->fields[0].text, a);
    assert_int_equal(row->fields[0].len, strlen(a));
    assert_string_equal(row->fields[1].text, b);
    assert_int_equal(row->line, s->rows + 1);
    assert_int_equal(row->index, s->rows);
    assert_int_equal(row->raw_offset, (long long)(10 * s->rows));
    s->rows++;
    return EI_OK;
}

static void on_progress(void *ctx, size_t done, size_t total)
{
    sink *s = ctx;
    assert_true(pthread_equal(pthread_self(), s->thread));
    assert_true(done >= s->last_done);
    assert_true(done <= total);
    s->progress_calls++;
    s->last_done = done;
    s->last_total = total;
}

static void test_all_rows_in_order(void **state)
{
    (void)state;
    fake f = {0};
    sink s = {.thread = pthread_self()};
    ei_csv_options opts = EI_CSV_OPTIONS_INIT;
    opts.on_progress = on_progress;
    opts.progress_ctx = &s;
    ei_error err;
    ei_error_clear(&err);
    assert_int_equal(ei_csv_pipe_run(fake_run, &f, 10 * NROWS, &opts, on_row,
                                     &s, &err),
                     EI_OK);
    assert_int_equal(s.rows, NROWS);
    assert_int_equal(f.pushed, NROWS);
    /* about every MB of the 200 kB "text": only the final call */
    assert_int_equal(s.progress_calls, 1);
    assert_int_equal(s.last_done, 10 * NROWS);
    assert_int_equal(s.last_total, 10 * NROWS);
}

static void test_null_options(void **state)
{
    (void)state;
    fake f = {0};
    sink s = {.thread = pthread_self()};
    assert_int_equal(ei_csv_pipe_run(fake_run, &f, 10 * NROWS, NULL, on_row,
                                     &s, NULL),
                     EI_OK);
    assert_int_equal(s.rows, NROWS);
}

/* The worker's error comes after every row before it was handed on. */
static void test_worker_error_after_rows(void **state)
{
    (void)state;
    fake f = {.fail_after = 2 * 4096 + 7};
    sink s = {.thread = pthread_self()};
    ei_error err;
    ei_error_clear(&err);
    assert_int_equal(ei_csv_pipe_run(fake_run, &f, 10 * NROWS, NULL, on_row,
                                     &s, &err),
                     EI_EPARSE);
    assert_int_equal(s.rows, f.fail_after);
    assert_int_equal(err.code, EI_EPARSE);
    assert_int_equal(err.line, f.fail_after + 1);
    assert_non_null(strstr(err.text, "bad at 8199"));
}

/* The callback's error stops the worker: it parses at most the ring's
 * worth of rows past the failing one. */
static void test_callback_error_stops_worker(void **state)
{
    (void)state;
    fake f = {0};
    sink s = {.thread = pthread_self(), .stop_at = 4096 + 5};
    ei_error err;
    ei_error_clear(&err);
    assert_int_equal(ei_csv_pipe_run(fake_run, &f, 10 * NROWS, NULL, on_row,
                                     &s, &err),
                     EI_EINVAL);
    assert_int_equal(s.rows, 4096 + 5);
    assert_int_equal(err.line, 4096 + 5 + 1);
    assert_non_null(strstr(err.text, "stop"));
    assert_true(f.pushed < NROWS);
    assert_int_not_equal(f.callback_rc, EI_OK);
}

/* Through csv_rows: a text above EI_CSV_PIPE_MIN gives every record, and
 * a bad quote near its end is reported at its line after all rows before
 * it. */
typedef struct count {
    size_t rows;
    unsigned long long sum;
    size_t fail_at;     /* > 0: fail at this row, locating field 1 */
} count;

static int count_row(void *ctx, const ei_csv_row *row, ei_error *err)
{
    count *c = ctx;
    if (c->fail_at && c->rows == c->fail_at)
        return ei_csv_row_error(err, row, 1, EI_EINVAL, "row %zu", c->rows);
    assert_int_equal(row->n, 3);
    assert_int_equal(row->line, c->rows + 1);
    c->sum += strtoull(row->fields[1].text, NULL, 10);
    c->rows++;
    return EI_OK;
}

/* A CSV of n rows "x,<i>,"汉阳,b"" of at least EI_CSV_PIPE_MIN bytes. */
static char *big_csv(size_t n, size_t *len_out, unsigned long long *sum)
{
    size_t cap = n * 40, len = 0;
    char *buf = malloc(cap);
    assert_non_null(buf);
    *sum = 0;
    for (size_t i = 0; i < n; i++) {
        len += (size_t)snprintf(buf + len, cap - len, "x,%zu,\"汉阳,b\"\n",
                                i);
        *sum += i;
    }
    assert_true(len >= EI_CSV_PIPE_MIN);
    *len_out = len;
    return buf;
}

/* A large file: the text outlives the worker, which may finish while rows
 * that point into it (row->raw, used to locate errors) are still being
 * handed on. */
static void test_rows_large_file(void **state)
{
    (void)state;
    size_t n = EI_CSV_PIPE_MIN / 12, len;
    unsigned long long want;
    char *buf = big_csv(n, &len, &want);
    char *dir = scratch_dir();
    assert_non_null(dir);
    char *path = join(dir, "big.csv");
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(buf, 1, len, fp), len);
    assert_int_equal(fclose(fp), 0);

    count c = {0};
    ei_error err;
    ei_error_clear(&err);
    assert_int_equal(ei_csv_rows_read_file(path, NULL, count_row, &c, &err),
                     EI_OK);
    assert_int_equal(c.rows, n);
    assert_true(c.sum == want);

    memset(&c, 0, sizeof c);
    c.fail_at = n - 1;
    assert_int_equal(ei_csv_rows_read_file(path, NULL, count_row, &c, &err),
                     EI_EINVAL);
    assert_int_equal(err.line, n);
    assert_int_equal(err.column, 3); /* field 1, after "x," */
    assert_string_equal(err.source, path);

    remove(path);
    rmdir(dir);
    free(path);
    free(dir);
    free(buf);
}

static void test_rows_large_buffer(void **state)
{
    (void)state;
    size_t n = EI_CSV_PIPE_MIN / 12, cap = n * 40;
    char *buf = malloc(cap);
    assert_non_null(buf);
    size_t len = 0;
    unsigned long long want = 0;
    for (size_t i = 0; i < n; i++) {
        len += (size_t)snprintf(buf + len, cap - len, "x,%zu,\"汉阳,b\"\n",
                                i);
        want += i;
    }
    assert_true(len >= EI_CSV_PIPE_MIN);
    count c = {0};
    ei_error err;
    ei_error_clear(&err);
    assert_int_equal(ei_csv_rows_read_buffer("big", buf, len, NULL, count_row,
                                             &c, &err),
                     EI_OK);
    assert_int_equal(c.rows, n);
    assert_true(c.sum == want);

    /* a quote inside an unquoted field on the last line but one */
    size_t at = len;
    int back = 0;
    while (back < 2)
        if (buf[--at - 1] == '\n')
            back++;
    buf[at + 1] = '"'; /* x"12345,… */
    memset(&c, 0, sizeof c);
    assert_int_equal(ei_csv_rows_read_buffer("big", buf, len, NULL, count_row,
                                             &c, &err),
                     EI_EPARSE);
    assert_int_equal(c.rows, n - 2);
    assert_int_equal(err.line, n - 1);
    assert_int_equal(err.column, 2);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_all_rows_in_order),
        cmocka_unit_test(test_null_options),
        cmocka_unit_test(test_worker_error_after_rows),
        cmocka_unit_test(test_callback_error_stops_worker),
        cmocka_unit_test(test_rows_large_buffer),
        cmocka_unit_test(test_rows_large_file),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
