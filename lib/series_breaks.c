/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Caliber breaks of a series: kept sorted, queried by pairs of periods,
 * and derived from the caliber labels of observations. */
#include "series_priv.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "error_set.h"

static int cmp_break(const ei_break *a, const ei_break *b)
{
    long fa = ei_period_ordinal(a->first_new);
    long fb = ei_period_ordinal(b->first_new);
    if (fa != fb)
        return fa < fb ? -1 : 1;
    long la = ei_period_ordinal(a->last_old);
    long lb = ei_period_ordinal(b->last_old);
    return (la > lb) - (la < lb);
}

static int qcmp_break(const void *a, const void *b)
{
    return cmp_break(a, b);
}

size_t ei_series_break_count(const ei_series *s)
{
    return s ? s->nbreaks : 0;
}

ei_break ei_series_break_at(const ei_series *s, size_t i)
{
    if (!s || i >= s->nbreaks) {
        ei_break none = {ei_period_year(0), ei_period_year(0)};
        return none;
    }
    return s->breaks[i];
}

int ei_series_add_break(ei_series *s, ei_break b, ei_error *err)
{
    if (!s)
        return ei_error_set(err, EI_EINVAL, "series is NULL");
    if (!ei_period_valid(b.last_old) || !ei_period_valid(b.first_new)
        || b.last_old.freq != s->freq || b.first_new.freq != s->freq
        || ei_period_ordinal(b.last_old) >= ei_period_ordinal(b.first_new))
        return ei_error_set(err, EI_EINVAL, "a break needs two periods of "
                            "the series' frequency, the old caliber's last "
                            "before the new one's first");
    /* Store single periods: a break is between points, not spans. */
    b.last_old = ei_period_from_ordinal(s->freq,
                                        ei_period_ordinal(b.last_old));
    b.first_new = ei_period_from_ordinal(s->freq,
                                         ei_period_ordinal(b.first_new));
    size_t i = 0;
    while (i < s->nbreaks && cmp_break(&s->breaks[i], &b) < 0)
        i++;
    if (i < s->nbreaks && cmp_break(&s->breaks[i], &b) == 0)
        return EI_OK;
    if (s->nbreaks == s->capbreaks) {
        size_t cap = s->capbreaks ? 2 * s->capbreaks : 4;
        ei_break *nb = realloc(s->breaks, cap * sizeof *nb);
        if (!nb)
            return ei_error_set(err, EI_ENOMEM, "out of memory");
        s->breaks = nb;
        s->capbreaks = cap;
    }
    memmove(&s->breaks[i + 1], &s->breaks[i],
            (s->nbreaks - i) * sizeof *s->breaks);
    s->breaks[i] = b;
    s->nbreaks++;
    return EI_OK;
}

/* Operands straddle a break when the earlier one comes before the new
 * caliber starts and the later one comes after the old caliber ends. */
bool ei_series_break_between(const ei_series *s, ei_period a, ei_period b,
                             ei_break *out)
{
    if (!s || a.freq != s->freq || b.freq != s->freq)
        return false;
    long oa = ei_period_ordinal(a), ob = ei_period_ordinal(b);
    long lo = oa < ob ? oa : ob, hi = oa < ob ? ob : oa;
    for (size_t i = 0; i < s->nbreaks; i++) {
        if (lo < ei_period_ordinal(s->breaks[i].first_new)
            && hi > ei_period_ordinal(s->breaks[i].last_old)) {
            if (out)
                *out = s->breaks[i];
            return true;
        }
    }
    return false;
}

bool ei_series_crosses_break(const ei_series *s, ei_period a, ei_period b)
{
    return ei_series_break_between(s, a, b, NULL);
}

int ei_breaks_derive(ei_break **out, size_t *nout, const ei_break *old,
                     size_t nold, const ei_obs_rec *obs, size_t nobs,
                     ei_freq freq)
{
    *out = NULL;
    *nout = 0;
    /* First count the label changes, then fill. */
    size_t cap = nold;
    for (int pass = 0; pass < 2; pass++) {
        size_t n = 0;
        uint32_t cur = 0;
        int32_t last = 0;
        for (size_t i = 0; i < nobs; i++) {
            const ei_obs_rec *r = &obs[i];
            if (!r->caliber || isnan(r->value)
                || !ei_obs_status_has_value((ei_obs_status)r->status))
                continue;
            if (cur && r->caliber != cur && last < r->ord) {
                if (pass == 1) {
                    ei_break b = {ei_period_from_ordinal(freq, last),
                                  ei_period_from_ordinal(freq, r->ord)};
                    (*out)[nold + n] = b;
                }
                n++;
            }
            if (r->caliber != cur || r->ord > last)
                last = r->ord;
            cur = r->caliber;
        }
        if (pass == 0) {
            cap = nold + n;
            if (cap == 0)
                return EI_OK;
            *out = malloc(cap * sizeof **out);
            if (!*out)
                return EI_ENOMEM;
            if (nold)
                memcpy(*out, old, nold * sizeof *old);
        }
    }
    qsort(*out, cap, sizeof **out, qcmp_break);
    size_t k = 0;
    for (size_t i = 0; i < cap; i++)
        if (k == 0 || cmp_break(&(*out)[k - 1], &(*out)[i]) != 0)
            (*out)[k++] = (*out)[i];
    *nout = k;
    return EI_OK;
}
