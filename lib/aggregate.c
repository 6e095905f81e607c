/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Aggregation to a lower frequency: sum (flows), mean, end of period
 * (stocks), with explicit completeness. */
#include "econind/aggregate.h"

#include <math.h>
#include <string.h>

#include "growth_common.h"
#include "error_set.h"

static const char *const method_names[EI_AGG_COUNT_] = {
    [EI_AGG_SUM] = "sum",
    [EI_AGG_MEAN] = "mean",
    [EI_AGG_LAST] = "last",
};

static const struct {
    const char *name;
    ei_agg_method m;
} method_aliases[] = {
    {"sum", EI_AGG_SUM},   {"total", EI_AGG_SUM},  {"合计", EI_AGG_SUM},
    {"mean", EI_AGG_MEAN}, {"avg", EI_AGG_MEAN},   {"average", EI_AGG_MEAN},
    {"平均", EI_AGG_MEAN}, {"last", EI_AGG_LAST},  {"end", EI_AGG_LAST},
    {"eop", EI_AGG_LAST},  {"期末", EI_AGG_LAST},
};

int ei_agg_method_parse(ei_agg_method *out, const char *text, size_t len,
                        ei_error *err)
{
    if (out == NULL || text == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL argument");
    *out = EI_AGG_SUM;
    while (len > 0 && (*text == ' ' || *text == '\t')) {
        text++;
        len--;
    }
    while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t'))
        len--;
    for (size_t k = 0; k < sizeof method_aliases / sizeof method_aliases[0];
         k++) {
        const char *a = method_aliases[k].name;
        size_t i = 0;

        if (strlen(a) != len)
            continue;
        while (i < len && (text[i] == a[i] ||
                           (text[i] >= 'A' && text[i] <= 'Z' &&
                            text[i] - 'A' + 'a' == a[i])))
            i++;
        if (i == len) {
            *out = method_aliases[k].m;
            return EI_OK;
        }
    }
    return ei_error_set(err, EI_EPARSE,
                        "unknown aggregation '%.*s' (expected sum, mean or "
                        "last)", (int)(len > 64 ? 64 : len), text);
}

const char *ei_agg_method_name(ei_agg_method m)
{
    if ((int)m < 0 || m >= EI_AGG_COUNT_)
        return "unknown";
    return method_names[m];
}

/* The period of frequency `to` that contains single period p. */
static ei_period container(ei_period p, ei_freq to)
{
    if (to == EI_FREQ_ANNUAL)
        return ei_period_year(p.year);
    return ei_period_quarter(p.year, (p.sub - 1) / 3 + 1);
}

/* The first sub-period of frequency f inside period P. */
static ei_period first_sub(ei_period P, ei_freq f)
{
    int sub = P.freq == EI_FREQ_ANNUAL ? 1 : (P.sub - 1) * 3 + 1;

    return f == EI_FREQ_MONTHLY ? ei_period_month(P.year, sub)
                                : ei_period_quarter(P.year, sub);
}

/* ei_operand() of the point at index i of a series (operands p), which
 * may lie outside it (i < 0 or i >= p->n). */
static double operand_at(const ei_operands *p, long i, bool allow_bounds,
                         ei_reason *why)
{
    if (i < 0 || (size_t)i >= p->n) {
        *why = EI_REASON_OUT_OF_RANGE;
        return EI_NAN;
    }
    return ei_operand_in(p, (size_t)i, allow_bounds, why);
}

/* Period P from its k sub-periods, the points of s (operands p) at
 * indexes i0 .. i0 + k - 1: a series' points are consecutive periods, so
 * they are found by index, not looked up by period. */
static ei_result aggregate_one(const ei_series *s, const ei_operands *p,
                               long i0, ei_period P, int k,
                               ei_agg_method how, const ei_growth_options *o)
{
    double sum = 0, latest = EI_NAN;
    int present = 0;
    bool bound = false;

    if (how != EI_AGG_LAST && ei_series_break_count(s) > 0) {
        ei_period first = first_sub(P, ei_series_freq(s));

        if (ei_series_crosses_break(s, first, ei_period_shift(first, k - 1)))
            return ei_result_of(EI_NAN, EI_REASON_BREAK);
    }
    for (int j = 0; j < k; j++) {
        ei_reason w;
        double x = operand_at(p, i0 + j, o->allow_bounds, &w);

        if (w == EI_REASON_BOUND)
            bound = true;
        if (w != EI_REASON_NONE)
            continue;
        present++;
        sum += x;
        latest = x;
    }
    if (how == EI_AGG_LAST) {
        ei_reason w;
        double x = operand_at(p, i0 + k - 1, o->allow_bounds, &w);

        if (w == EI_REASON_NONE)
            return ei_result_of(x, EI_REASON_NONE);
        if (w == EI_REASON_BOUND)
            return ei_result_of(EI_NAN, w);
        if (o->allow_incomplete && present > 0)
            return ei_result_of(latest, EI_REASON_NONE);
        return ei_result_of(EI_NAN, EI_REASON_INCOMPLETE);
    }
    if (present < k && bound)
        return ei_result_of(EI_NAN, EI_REASON_BOUND);
    if (present == 0 || (present < k && !o->allow_incomplete))
        return ei_result_of(EI_NAN, EI_REASON_INCOMPLETE);
    return ei_result_of(how == EI_AGG_SUM ? sum : sum / present,
                        EI_REASON_NONE);
}

/* Carry the breaks of s over to r at frequency `to`. A break inside one
 * period of `to` separates it from its neighbours on both sides. */
static int map_breaks(ei_series *r, const ei_series *s, ei_freq to,
                      ei_error *err)
{
    for (size_t k = 0; k < ei_series_break_count(s); k++) {
        ei_break b = ei_series_break_at(s, k), nb;
        int rc;

        nb.last_old = container(b.last_old, to);
        nb.first_new = container(b.first_new, to);
        if (ei_period_equal(nb.last_old, nb.first_new)) {
            ei_break before = {ei_period_prev(nb.last_old), nb.last_old};

            rc = ei_series_add_break(r, before, err);
            if (rc != EI_OK)
                return rc;
            nb.first_new = ei_period_next(nb.last_old);
        }
        rc = ei_series_add_break(r, nb, err);
        if (rc != EI_OK)
            return rc;
    }
    return EI_OK;
}

int ei_series_aggregate(ei_series **out, const ei_series *s, ei_freq to,
                        ei_agg_method how, const ei_growth_options *opt,
                        ei_error *err)
{
    ei_series_meta meta;
    ei_growth_options o;
    ei_period P0, P1;
    ei_series *r;
    ei_freq from;
    long n;
    int rc;

    if (out == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL output");
    *out = NULL;
    if (s == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL series");
    rc = ei_growth_options_get(&o, opt, err);
    if (rc != EI_OK)
        return rc;
    from = ei_series_freq(s);
    if ((int)how < 0 || how >= EI_AGG_COUNT_)
        return ei_error_set(err, EI_EINVAL, "bad aggregation method %d",
                            (int)how);
    if (!((to == EI_FREQ_ANNUAL &&
           (from == EI_FREQ_QUARTERLY || from == EI_FREQ_MONTHLY)) ||
          (to == EI_FREQ_QUARTERLY && from == EI_FREQ_MONTHLY)))
        return ei_error_set(err, EI_EINVAL,
                            "cannot aggregate a %s series to %s",
                            ei_freq_name(from), ei_freq_name(to));
    meta = ei_series_get_meta(s);
    if (meta.measure == EI_MEASURE_YTD && how != EI_AGG_LAST)
        return ei_error_set(err, EI_EINVAL,
                            "%s of year-to-date values double counts: use "
                            "last", ei_agg_method_name(how));
    if (meta.measure == EI_MEASURE_YTD && to == EI_FREQ_ANNUAL)
        meta.measure = EI_MEASURE_LEVEL;
    meta.freq = to;
    P0 = container(ei_series_start(s), to);
    P1 = container(ei_series_end(s), to);
    n = ei_series_len(s) == 0 ? 0 : ei_period_ordinal(P1) -
                                        ei_period_ordinal(P0) + 1;
    rc = ei_series_new(&r, &meta, P0, (size_t)n, err);
    if (rc != EI_OK)
        return rc;
    ei_series_set_registered(r, ei_series_registered(s));
    rc = map_breaks(r, s, to, err);
    /* Period P0 + i starts k * i points after P0's first sub-period,
     * which lies `base` points from the start of s (base <= 0). */
    int k = (int)from / (int)to;
    long base = ei_period_ordinal(first_sub(P0, from)) -
                ei_period_ordinal(ei_series_start(s));
    ei_operands ops = ei_operands_of(s);
    for (long i = 0; rc == EI_OK && i < n; i++)
        rc = ei_series_put(r, (size_t)i,
                           aggregate_one(s, &ops, base + i * k,
                                         ei_period_shift(P0, i), k, how, &o),
                           err);
    if (rc != EI_OK) {
        ei_series_free(r);
        return rc;
    }
    *out = r;
    return EI_OK;
}
