/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Adding gathered bulks to a dataset (lib/dataset_bulk.c): the same rows
 * given row by row to ei_dataset_add() and split over bulks must leave
 * the same dataset, whatever the split.
 */
#include "testutil.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dataset_bulk.h"
#include "dataset_priv.h"

typedef struct row {
    ei_series_meta m;
    ei_observation o;
} row;

#define NROWS 200

/* Rows of 3 series in period order, with an alias (GDP), units converted
 * (万元 into the first row's 亿元), notes, sources and a caliber. */
static size_t make_rows(row *rows)
{
    static const char *const regions[] = {"汉阳区", " 洪山区", "江岸区"};
    size_t n = 0;
    for (int t = 0; t < NROWS / 3; t++)
        for (int r = 0; r < 3; r++) {
            row *x = &rows[n];
            memset(x, 0, sizeof *x);
            x->m.region = regions[r];
            x->m.indicator = r == 0 && t % 4 == 1 ? "GDP" : "地区生产总值";
            x->m.unit = r == 2 && t % 3 == 1 ? "万元" : "亿元";
            x->m.freq = EI_FREQ_MONTHLY;
            x->m.measure = EI_MEASURE_LEVEL;
            x->o.period = ei_period_month(2000 + t / 12, t % 12 + 1);
            x->o.value = 100 + t + 10 * r;
            if (r == 2 && t % 3 == 1)
                x->o.value *= 1e4;
            x->o.growth = t % 5 ? (double)NAN : 6.5;
            x->o.status = t % 7 ? EI_STATUS_ACTUAL : EI_STATUS_ESTIMATE;
            x->o.note = t % 2 ? "季报" : NULL;
            x->o.source = t % 3 ? "统计局" : NULL;
            x->o.caliber = t > 40 ? "新口径" : NULL;
            x->o.file = "b.csv";
            x->o.line = n + 2;
            n++;
        }
    return n;
}

static char *dump(const ei_dataset *ds)
{
    size_t cap = 1 << 20, len = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    out[0] = '\0';
    for (size_t i = 0; i < ei_dataset_count(ds); i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        len += (size_t)snprintf(out + len, cap - len, "%s|%s|%s\n",
                                s->region, s->indicator, s->unit_name);
        for (size_t k = 0; k < s->nobs; k++) {
            ei_obs_rec rec = ei_series_rec(s, k);
            const ei_obs_rec *r = &rec;
            uint32_t ids[3];
            ei_origin_get(s->pool, r->origin, ids);
            const char *src = ei_strpool_str(s->pool, ids[EI_ORIGIN_SOURCE]);
            const char *f = ei_strpool_str(s->pool, ids[EI_ORIGIN_FILE]);
            const char *c = ei_strpool_str(s->pool, r->caliber);
            const char *nt = ei_strpool_str(s->pool, r->note);
            len += (size_t)snprintf(out + len, cap - len,
                                    " %d %a %a %u %u %s %s %s %s\n",
                                    (int)r->ord, r->value, r->growth,
                                    (unsigned)r->line, r->status,
                                    c ? c : "-", nt ? nt : "-",
                                    src ? src : "-", f ? f : "-");
        }
    }
    return out;
}

static char *row_by_row(const row *rows, size_t n)
{
    ei_dataset *ds;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(ei_dataset_add(ds, &rows[i].m, &rows[i].o, NULL),
                         EI_OK);
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    char *d = dump(ds);
    ei_dataset_free(ds);
    return d;
}

/* The rows cut at @p cuts (ascending, nb - 1 of them) into nb bulks; a
 * bulk's lines count from 1 as a piece's do. */
static char *in_bulks(const row *rows, size_t n, const size_t *cuts,
                      size_t nb)
{
    ei_bulk *b[8];
    size_t from = 0;
    for (size_t k = 0; k < nb; k++) {
        size_t to = k + 1 < nb ? cuts[k] : n;
        b[k] = ei_bulk_new();
        assert_non_null(b[k]);
        b[k]->line0 = rows[from].o.line - 1;
        for (size_t i = from; i < to; i++) {
            ei_observation o = rows[i].o;
            o.line -= b[k]->line0;
            assert_int_equal(ei_bulk_add(b[k], &rows[i].m, &o, NULL), EI_OK);
        }
        from = to;
    }
    ei_dataset *ds;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    assert_int_equal(ei_dataset_add_bulk(ds, b, nb, "b.csv", NULL), EI_OK);
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    char *d = dump(ds);
    ei_dataset_free(ds);
    for (size_t k = 0; k < nb; k++)
        ei_bulk_free(b[k]);
    return d;
}

static void same_as_row_by_row(void **state)
{
    (void)state;
    row rows[NROWS];
    size_t n = make_rows(rows);
    char *want = row_by_row(rows, n);
    assert_non_null(strstr(want, "江岸区|地区生产总值|亿元"));
    static const size_t one[] = {0};
    static const size_t two[] = {97};
    static const size_t three[] = {1, 2};
    static const size_t four[] = {50, 51, 150};
    char *got[4] = {in_bulks(rows, n, one, 1), in_bulks(rows, n, two, 2),
                    in_bulks(rows, n, three, 3), in_bulks(rows, n, four, 4)};
    for (int i = 0; i < 4; i++) {
        assert_string_equal(got[i], want);
        free(got[i]);
    }
    free(want);
}

/* 江岸区's series is in 亿元 (its first row's unit) and its 万元 rows are
 * converted: (100 + 1 + 20) * 1e4 万元 = 121 亿元 (t = 1). */
static void units_settled_in_file_order(void **state)
{
    (void)state;
    row rows[NROWS];
    size_t n = make_rows(rows);
    ei_bulk *b[2] = {ei_bulk_new(), ei_bulk_new()};
    for (size_t i = 0; i < n; i++)
        assert_int_equal(ei_bulk_add(b[i >= 9], &rows[i].m, &rows[i].o,
                                     NULL), EI_OK);
    ei_dataset *ds;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    assert_int_equal(ei_dataset_add_bulk(ds, b, 2, "b.csv", NULL), EI_OK);
    assert_int_equal(ei_dataset_commit(ds, NULL), EI_OK);
    const ei_series *s = ei_dataset_find(ds, "江岸区", "地区生产总值",
                                         EI_FREQ_MONTHLY);
    assert_non_null(s);
    assert_string_equal(ei_series_unit(s).name, "亿元");
    assert_close(ei_series_value_at(s, 1), 121, 1e-15);
    /* the aliases make one series, first written as 地区生产总值 */
    assert_int_equal(ei_dataset_count(ds), 3);
    assert_string_equal(ei_series_indicator(ei_dataset_at(ds, 0)),
                        "地区生产总值");
    ei_dataset_free(ds);
    ei_bulk_free(b[0]);
    ei_bulk_free(b[1]);
}

/* A unit that does not convert fails (the reader then reads the file the
 * one-thread way, which locates it); a dataset with pending rows is
 * refused. */
static void refusals(void **state)
{
    (void)state;
    row rows[NROWS];
    make_rows(rows);
    ei_bulk *b = ei_bulk_new();
    assert_int_equal(ei_bulk_add(b, &rows[0].m, &rows[0].o, NULL), EI_OK);
    row x = rows[3];
    x.m.unit = "%";
    assert_int_equal(ei_bulk_add(b, &x.m, &x.o, NULL), EI_OK);
    ei_dataset *ds;
    ei_error err;
    assert_int_equal(ei_dataset_new(&ds, NULL, NULL), EI_OK);
    assert_int_equal(ei_dataset_add_bulk(ds, &b, 1, "b.csv", &err),
                     EI_EUNIT);
    ei_dataset_rollback(ds);
    assert_int_equal(ei_dataset_add(ds, &rows[1].m, &rows[1].o, NULL), EI_OK);
    assert_int_equal(ei_dataset_add_bulk(ds, &b, 1, "b.csv", &err),
                     EI_EINVAL);
    ei_dataset_free(ds);
    ei_bulk_free(b);
}

/* Rows added from bulks lie in large blocks the dataset owns: a row added
 * one by one before the commit, a second batch merged into those series,
 * a failed batch rolled back and a batch refused by its commit all leave
 * the dataset as ei_dataset_add() row by row would (valgrind and ASan
 * check the blocks are freed once). */
static void arenas_after_bulks(void **state)
{
    (void)state;
    row rows[NROWS];
    size_t n = make_rows(rows);
    ei_dataset *a, *b;
    assert_int_equal(ei_dataset_new(&a, NULL, NULL), EI_OK);
    assert_int_equal(ei_dataset_new(&b, NULL, NULL), EI_OK);
    /* a: the first half in two bulks, one more row by hand; b: by hand */
    ei_bulk *bk[2] = {ei_bulk_new(), ei_bulk_new()};
    for (size_t i = 0; i < n / 2; i++) {
        assert_int_equal(ei_bulk_add(bk[i >= n / 4], &rows[i].m, &rows[i].o,
                                     NULL), EI_OK);
        assert_int_equal(ei_dataset_add(b, &rows[i].m, &rows[i].o, NULL),
                         EI_OK);
    }
    assert_int_equal(ei_dataset_add_bulk(a, bk, 2, "b.csv", NULL), EI_OK);
    assert_true(a->narenas > 0);
    /* the bulks' spent slabs wait for the commit's points */
    assert_int_equal(a->nspares, 2);
    assert_null(bk[0]->slabs);
    assert_int_equal(ei_dataset_add(a, &rows[n / 2].m, &rows[n / 2].o, NULL),
                     EI_OK);
    assert_int_equal(ei_dataset_add(b, &rows[n / 2].m, &rows[n / 2].o, NULL),
                     EI_OK);
    assert_int_equal(ei_dataset_commit(a, NULL), EI_OK);
    assert_int_equal(ei_dataset_commit(b, NULL), EI_OK);
    /* the points lie in the first spare, the other one is freed */
    assert_int_equal(a->nspares, 0);
    assert_true(a->series[0]->pts.borrowed);
    assert_false(b->series[0]->pts.borrowed);
    /* a failed batch: its arena goes, and its spare */
    ei_bulk_free(bk[0]);
    ei_bulk_free(bk[1]);
    bk[0] = ei_bulk_new();
    size_t kept = a->narenas;
    assert_int_equal(ei_bulk_add(bk[0], &rows[n / 2 + 1].m,
                                 &rows[n / 2 + 1].o, NULL), EI_OK);
    assert_int_equal(ei_dataset_add_bulk(a, bk, 1, "b.csv", NULL), EI_OK);
    assert_int_equal(a->nspares, 1);
    ei_dataset_rollback(a);
    assert_int_equal(a->narenas, kept);
    assert_int_equal(a->nspares, 0);
    /* a batch whose commit fails (a conflicting value): unchanged */
    ei_bulk_free(bk[0]);
    bk[0] = ei_bulk_new();
    row bad = rows[0];
    bad.o.value += 1;
    assert_int_equal(ei_bulk_add(bk[0], &bad.m, &bad.o, NULL), EI_OK);
    assert_int_equal(ei_dataset_add_bulk(a, bk, 1, "b.csv", NULL), EI_OK);
    assert_int_equal(ei_dataset_commit(a, NULL), EI_ECONFLICT);
    assert_int_equal(a->narenas, kept);
    assert_int_equal(a->nspares, 0);
    /* the rest merged into the series read from bulks */
    ei_bulk_free(bk[0]);
    bk[0] = ei_bulk_new();
    for (size_t i = n / 2 + 1; i < n; i++) {
        assert_int_equal(ei_bulk_add(bk[0], &rows[i].m, &rows[i].o, NULL),
                         EI_OK);
        assert_int_equal(ei_dataset_add(b, &rows[i].m, &rows[i].o, NULL),
                         EI_OK);
    }
    assert_int_equal(ei_dataset_add_bulk(a, bk, 1, "b.csv", NULL), EI_OK);
    assert_int_equal(ei_dataset_commit(a, NULL), EI_OK);
    assert_int_equal(ei_dataset_commit(b, NULL), EI_OK);
    char *da = dump(a), *db = dump(b);
    assert_string_equal(da, db);
    free(da);
    free(db);
    ei_bulk_free(bk[0]);
    ei_dataset_free(a);
    ei_dataset_free(b);
}

/* What a series answers through the public API, as text: every
 * observation, the observation behind every point, the first-release
 * points and a copy's observations. */
static void answers(const ei_series *s, char **out, size_t *len, size_t *cap)
{
    ei_observation o;
    char line[256];
    ei_series *first, *copy;
    assert_int_equal(ei_series_select_vintage(&first, s, EI_VINTAGE_FIRST,
                                              NULL), EI_OK);
    assert_int_equal(ei_series_copy(&copy, s, NULL), EI_OK);
    for (int pass = 0; pass < 3; pass++) {
        const ei_series *x = pass == 2 ? copy : s;
        size_t n = pass == 1 ? ei_series_len(s) : ei_series_obs_count(x);
        for (size_t i = 0; i < n; i++) {
            int rc = pass == 1 ? ei_series_obs_for(s, i, &o)
                               : ei_series_obs_at(x, i, &o);
            snprintf(line, sizeof line, "%d %d %ld/%d %a %a %lu %d %s %s\n",
                     pass, rc, ei_period_ordinal(o.period), o.period.first,
                     rc ? 0 : o.value, rc ? 0 : o.growth,
                     rc ? 0 : o.line, rc ? 0 : (int)o.status,
                     rc || !o.file ? "-" : o.file,
                     rc || !o.note ? "-" : o.note);
            size_t l = strlen(line);
            if (*len + l + 1 > *cap) {
                *cap = 2 * (*len + l + 1);
                assert_non_null(*out = realloc(*out, *cap));
            }
            memcpy(*out + *len, line, l + 1);
            *len += l;
        }
    }
    for (size_t i = 0; i < ei_series_len(first); i++) {
        snprintf(line, sizeof line, "first %a\n", ei_series_value_at(first, i));
        size_t l = strlen(line);
        if (*len + l + 1 > *cap) {
            *cap = 2 * (*len + l + 1);
            assert_non_null(*out = realloc(*out, *cap));
        }
        memcpy(*out + *len, line, l + 1);
        *len += l;
    }
    ei_series_free(first);
    ei_series_free(copy);
}

static char *all_answers(const ei_dataset *ds)
{
    char *out = NULL;
    size_t len = 0, cap = 0;
    for (size_t i = 0; i < ei_dataset_count(ds); i++)
        answers(ei_dataset_at(ds, i), &out, &len, &cap);
    return out;
}

/* Plain rows (no growth, note or caliber, one status) keep 16 bytes each
 * in the dataset; a compact series answers as the one read row by row:
 * rows out of order (2000-03 before 2000-02), a period given twice with
 * the same value, one bulk's key converted whole (万元 into the series'
 * 亿元: 1e4 万元 is 1 亿元), and a later batch merged into it. */
static void compact_series_as_row_by_row(void **state)
{
    (void)state;
    enum { N = 60 };
    row rows[N + 3];
    size_t n = 0;
    for (int t = 0; t < N / 2; t++)
        for (int r = 0; r < 2; r++) {
            row *x = &rows[n];
            memset(x, 0, sizeof *x);
            x->m.region = r ? "洪山区" : "汉阳区";
            x->m.indicator = "地区生产总值";
            bool wan = r && t >= N / 4; /* all of bulk 1's 洪山区 rows */
            x->m.unit = wan ? "万元" : "亿元";
            x->m.freq = EI_FREQ_MONTHLY;
            x->m.measure = EI_MEASURE_LEVEL;
            int month = t == 1 ? 3 : t == 2 ? 2 : t + 1; /* out of order */
            if (t == 7)
                month = 7; /* 2000-07 again */
            x->o.period = ei_period_month(2000 + (month - 1) / 12,
                                          (month - 1) % 12 + 1);
            x->o.value = r ? (wan ? 1e4 : 1) * (50 + month) : 100 + month;
            x->o.growth = NAN;
            x->o.status = EI_STATUS_ACTUAL;
            x->o.file = "b.csv";
            x->o.line = n + 2;
            n++;
        }
    ei_dataset *a, *b;
    assert_int_equal(ei_dataset_new(&a, NULL, NULL), EI_OK);
    assert_int_equal(ei_dataset_new(&b, NULL, NULL), EI_OK);
    ei_bulk *bk[2] = {ei_bulk_new(), ei_bulk_new()};
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(ei_bulk_add(bk[i >= n / 2], &rows[i].m, &rows[i].o,
                                     NULL), EI_OK);
        assert_int_equal(ei_dataset_add(b, &rows[i].m, &rows[i].o, NULL),
                         EI_OK);
    }
    assert_int_equal(ei_dataset_add_bulk(a, bk, 2, "b.csv", NULL), EI_OK);
    assert_int_equal(ei_dataset_commit(a, NULL), EI_OK);
    assert_int_equal(ei_dataset_commit(b, NULL), EI_OK);
    const ei_series *s = ei_dataset_at(a, 1);
    assert_non_null(s->cobs);
    assert_null(ei_dataset_at(b, 1)->cobs);
    /* 2001-04 (point 15) is 1e4 * (50 + 16) 万元 = 66 亿元; 2000-03 (point
     * 2) came before 2000-02 */
    assert_close(ei_series_value_at(s, 15), 66, 1e-15);
    assert_close(ei_series_value_at(s, 2), 53, 1e-15);
    assert_string_equal(s->unit_name, "亿元");
    char *da = dump(a), *db = dump(b), *aa = all_answers(a),
         *ab = all_answers(b);
    assert_string_equal(da, db);
    assert_string_equal(aa, ab);
    free(da), free(db), free(aa), free(ab);
    /* a later batch (a revision with a note) merged in: whole again */
    row late = rows[0];
    late.o.note = "修订";
    late.o.status = EI_STATUS_REVISED;
    late.o.value = 101.5;
    late.o.line = 99;
    ei_bulk_free(bk[0]);
    bk[0] = ei_bulk_new();
    assert_int_equal(ei_bulk_add(bk[0], &late.m, &late.o, NULL), EI_OK);
    assert_int_equal(ei_dataset_add_bulk(a, bk, 1, "b.csv", NULL), EI_OK);
    assert_int_equal(ei_dataset_add(b, &late.m, &late.o, NULL), EI_OK);
    assert_int_equal(ei_dataset_commit(a, NULL), EI_OK);
    assert_int_equal(ei_dataset_commit(b, NULL), EI_OK);
    assert_null(ei_dataset_at(a, 0)->cobs);
    assert_close(ei_series_value_at(ei_dataset_at(a, 0), 0), 101.5, 0);
    da = dump(a), db = dump(b), aa = all_answers(a), ab = all_answers(b);
    assert_string_equal(da, db);
    assert_string_equal(aa, ab);
    free(da), free(db), free(aa), free(ab);
    ei_bulk_free(bk[0]);
    ei_bulk_free(bk[1]);
    ei_dataset_free(a);
    ei_dataset_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_as_row_by_row),
        cmocka_unit_test(units_settled_in_file_order),
        cmocka_unit_test(refusals),
        cmocka_unit_test(arenas_after_bulks),
        cmocka_unit_test(compact_series_as_row_by_row),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
