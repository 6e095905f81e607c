/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Rolling-origin back-test of the projection methods (formulas in
 * include/econind/backtest.h). */
#include "econind/backtest.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "error_set.h"

struct ei_backtest {
    int horizon;
    size_t nmethods;
    ei_project_method *methods;
    ei_backtest_record *rec;
    size_t nrec, caprec;
    ei_backtest_summary *sum;  /* nmethods * (horizon + 1) */
};

static const ei_project_method default_methods[] = {
    EI_PROJECT_CONSTANT_LAST, EI_PROJECT_CONSTANT_AVG, EI_PROJECT_LINEAR,
    EI_PROJECT_LOGLINEAR,     EI_PROJECT_HOLT,         EI_PROJECT_DAMPED,
    EI_PROJECT_SIM_BOOTSTRAP, EI_PROJECT_SIM_NORMAL,
};

void ei_backtest_free(ei_backtest *bt)
{
    if (!bt)
        return;
    free(bt->methods);
    free(bt->rec);
    free(bt->sum);
    free(bt);
}

/* The history of s up to and including index t: values, reasons, reported
 * growth, status and bound, and the breaks that begin at or before t. */
static int truncate_at(ei_series **out, const ei_series *s, size_t t,
                       ei_error *err)
{
    ei_series_meta meta = ei_series_get_meta(s);
    int rc = ei_series_new(out, &meta, ei_series_start(s), t + 1, err);
    if (rc)
        return rc;
    for (size_t i = 0; i <= t && !rc; i++)
        rc = ei_series_set_full(*out, i, ei_series_value_at(s, i),
                                ei_series_reason_at(s, i),
                                ei_series_growth_at(s, i),
                                ei_series_status_at(s, i),
                                ei_series_bound_at(s, i));
    long last = ei_period_ordinal(ei_series_period_at(s, t));
    for (size_t i = 0; i < ei_series_break_count(s) && !rc; i++) {
        ei_break b = ei_series_break_at(s, i);
        if (ei_period_ordinal(b.first_new) <= last)
            rc = ei_series_add_break(*out, b, err);
    }
    if (rc) {
        ei_series_free(*out);
        *out = NULL;
        if (err && err->code != rc)
            ei_error_set(err, rc, "could not copy the series history");
    }
    return rc;
}

static int push(ei_backtest *bt, const ei_backtest_record *r, ei_error *err)
{
    if (bt->nrec == bt->caprec) {
        size_t cap = bt->caprec ? 2 * bt->caprec : 64;
        ei_backtest_record *n = realloc(bt->rec, cap * sizeof *n);
        if (!n)
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        bt->rec = n;
        bt->caprec = cap;
    }
    bt->rec[bt->nrec++] = *r;
    return EI_OK;
}

/* Project the history up to t with method m; append the comparisons. */
static int evaluate(ei_backtest *bt, const ei_series *s,
                    const ei_series *hist, size_t t, size_t mi,
                    const ei_project_options *base, ei_error *err)
{
    ei_project_options o = *base;
    o.method = bt->methods[mi];
    o.horizon = bt->horizon;
    o.to = (ei_period){ 0, EI_FREQ_NONE, 0, 0 };
    ei_projection *p = NULL;
    int rc = ei_project(&p, hist, &o, err);
    if (rc == EI_ENODATA) {
        /* Too little history at this origin: counted, not an error. */
        for (int h = 0; h <= bt->horizon; h++)
            bt->sum[mi * (size_t)(bt->horizon + 1) + (size_t)h].refused++;
        ei_error_clear(err);
        return EI_OK;
    }
    if (rc)
        return rc;
    const ei_series *pt = ei_projection_point(p);
    ei_period origin = ei_series_period_at(s, t);
    size_t len = ei_series_len(s);
    for (int h = 1; h <= bt->horizon && !rc; h++) {
        ei_period when = ei_period_shift(origin, h);
        size_t ia = 0, ip = 0;
        if (t + (size_t)h >= len
            || ei_series_index_of(s, when, &ia) != EI_OK
            || ei_series_index_of(pt, when, &ip) != EI_OK)
            continue;
        double actual = ei_series_value_at(s, ia);
        double fc = ei_series_value_at(pt, ip);
        if (isnan(actual) || isnan(fc)
            || ei_series_crosses_break(s, origin, when))
            continue;
        ei_backtest_record r = { bt->methods[mi], origin, h, when, fc,
                                 actual, fc - actual,
                                 actual != 0 ? 100.0 * (fc - actual) / actual
                                             : (double)NAN };
        rc = push(bt, &r, err);
    }
    ei_projection_free(p);
    return rc;
}

static void summarise(ei_backtest *bt)
{
    size_t rows = bt->horizon + 1;
    for (size_t mi = 0; mi < bt->nmethods; mi++) {
        for (size_t h = 0; h < rows; h++) {
            ei_backtest_summary *u = &bt->sum[mi * rows + h];
            double sa = 0, s2 = 0, se = 0, spa = 0, sp = 0;
            u->n = u->n_pct = 0;
            for (size_t i = 0; i < bt->nrec; i++) {
                const ei_backtest_record *r = &bt->rec[i];
                if (r->method != bt->methods[mi]
                    || (h && (size_t)r->horizon != h))
                    continue;
                u->n++;
                sa += fabs(r->error);
                s2 += r->error * r->error;
                se += r->error;
                if (!isnan(r->pct_error)) {
                    u->n_pct++;
                    spa += fabs(r->pct_error);
                    sp += r->pct_error;
                }
            }
            double n = (double)u->n, np = (double)u->n_pct;
            u->mae = u->n ? sa / n : (double)NAN;
            u->rmse = u->n ? sqrt(s2 / n) : (double)NAN;
            u->bias = u->n ? se / n : (double)NAN;
            u->mape = u->n_pct ? spa / np : (double)NAN;
            u->mpe = u->n_pct ? sp / np : (double)NAN;
        }
    }
}

static int setup(ei_backtest **out, const ei_backtest_options *o,
                 ei_error *err)
{
    if (o->version < 1 || o->version > EI_BACKTEST_OPTIONS_VERSION)
        return ei_error_set(err, EI_EINVAL,
                            "unknown back-test options version %u",
                            o->version);
    if (o->horizon < 1)
        return ei_error_set(err, EI_EINVAL,
                            "the back-test horizon must be at least 1");
    const ei_project_method *m = o->methods ? o->methods : default_methods;
    size_t nm = o->methods ? o->nmethods
                           : sizeof default_methods / sizeof *default_methods;
    if (nm == 0)
        return ei_error_set(err, EI_EINVAL, "no method to back-test");
    for (size_t i = 0; i < nm; i++)
        if ((int)m[i] < 0 || m[i] >= EI_PROJECT_METHOD_COUNT_)
            return ei_error_set(err, EI_EINVAL, "unknown method %d",
                                (int)m[i]);
    ei_backtest *bt = calloc(1, sizeof *bt);
    size_t rows = (size_t)o->horizon + 1;
    if (bt) {
        bt->methods = malloc(nm * sizeof *bt->methods);
        bt->sum = calloc(nm * rows, sizeof *bt->sum);
    }
    if (!bt || !bt->methods || !bt->sum) {
        ei_backtest_free(bt);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    memcpy(bt->methods, m, nm * sizeof *m);
    bt->nmethods = nm;
    bt->horizon = o->horizon;
    for (size_t i = 0; i < nm; i++)
        for (size_t h = 0; h < rows; h++) {
            bt->sum[i * rows + h].method = m[i];
            bt->sum[i * rows + h].horizon = (int)h;
        }
    *out = bt;
    return EI_OK;
}

int ei_backtest_run(ei_backtest **out, const ei_series *s,
                    const ei_backtest_options *opts, ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "ei_backtest_run: out is NULL");
    *out = NULL;
    if (!s)
        return ei_error_set(err, EI_EINVAL, "ei_backtest_run: no series");
    ei_backtest_options defaults = EI_BACKTEST_OPTIONS_INIT;
    const ei_backtest_options *o = opts ? opts : &defaults;
    ei_backtest *bt = NULL;
    int rc = setup(&bt, o, err);
    if (rc)
        return rc;

    size_t len = ei_series_len(s);
    /* Origins in order; records come out by method, then origin. */
    for (size_t mi = 0; mi < bt->nmethods && !rc; mi++) {
        for (size_t t = 0; t + 1 < len && !rc; t++) {
            if (isnan(ei_series_value_at(s, t)))
                continue; /* the origin is the last observed value */
            ei_series *hist = NULL;
            rc = truncate_at(&hist, s, t, err);
            if (!rc)
                rc = evaluate(bt, s, hist, t, mi, &o->project, err);
            ei_series_free(hist);
        }
    }
    if (rc) {
        ei_backtest_free(bt);
        return rc;
    }
    summarise(bt);
    *out = bt;
    return EI_OK;
}

size_t ei_backtest_record_count(const ei_backtest *bt)
{
    return bt ? bt->nrec : 0;
}

const ei_backtest_record *ei_backtest_record_at(const ei_backtest *bt,
                                                size_t i)
{
    return bt && i < bt->nrec ? &bt->rec[i] : NULL;
}

size_t ei_backtest_summary_count(const ei_backtest *bt)
{
    if (!bt)
        return 0;
    return bt->nmethods * (size_t)(bt->horizon + 1);
}

const ei_backtest_summary *ei_backtest_summary_at(const ei_backtest *bt,
                                                  size_t i)
{
    return bt && i < ei_backtest_summary_count(bt) ? &bt->sum[i] : NULL;
}

const ei_backtest_summary *ei_backtest_summary_find(const ei_backtest *bt,
                                                    ei_project_method method,
                                                    int horizon)
{
    if (!bt || horizon < 0 || horizon > bt->horizon)
        return NULL;
    for (size_t i = 0; i < bt->nmethods; i++)
        if (bt->methods[i] == method)
            return &bt->sum[i * (size_t)(bt->horizon + 1) + (size_t)horizon];
    return NULL;
}

int ei_backtest_best(const ei_backtest *bt, int horizon,
                     const ei_backtest_summary **best, ei_error *err)
{
    if (!bt || !best)
        return ei_error_set(err, EI_EINVAL, "no back-test or output");
    *best = NULL;
    if (horizon < 0 || horizon > bt->horizon)
        return ei_error_set(err, EI_EINVAL,
                            "horizon %d outside 0 … %d", horizon,
                            bt->horizon);
    for (size_t i = 0; i < bt->nmethods; i++) {
        const ei_backtest_summary *u =
            &bt->sum[i * (size_t)(bt->horizon + 1) + (size_t)horizon];
        if (!u->n_pct)
            continue;
        if (!*best || u->mape < (*best)->mape
            || (u->mape == (*best)->mape && u->rmse < (*best)->rmse))
            *best = u;
    }
    if (!*best)
        return ei_error_set(err, EI_ENODATA,
                            "no method could be compared with what happened "
                            "at horizon %d", horizon);
    return EI_OK;
}

int ei_backtest_horizon(const ei_backtest *bt)
{
    return bt ? bt->horizon : 0;
}
