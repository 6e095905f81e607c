/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The data a projection may use: the segment after the last caliber break,
 * its final contiguous run and its growth history. */
#include "project_private.h"

#include <math.h>
#include <stdio.h>

#include "error_set.h"

void ei_segment_find(ei_segment *seg, const ei_series *s)
{
    size_t len = ei_series_len(s);
    seg->first = 0;
    seg->end = len;
    seg->has_break = false;
    seg->npresent = 0;
    seg->origin = 0;
    seg->run_first = 0;

    /* Breaks are kept sorted, so the last one is the newest; still take the
     * latest first_new to be safe. */
    size_t nb = ei_series_break_count(s);
    long start = ei_period_ordinal(ei_series_start(s));
    for (size_t i = 0; i < nb; i++) {
        ei_break b = ei_series_break_at(s, i);
        if (b.first_new.freq != ei_series_freq(s))
            continue;
        long first_new = ei_period_ordinal(b.first_new);
        if (!seg->has_break
            || first_new > ei_period_ordinal(seg->brk.first_new)) {
            seg->brk = b;
            seg->has_break = true;
        }
        if (first_new > start) {
            size_t idx = (size_t)(first_new - start);
            if (idx > len)
                idx = len;
            if (idx > seg->first)
                seg->first = idx;
        }
    }

    const double *v = ei_series_values(s);
    bool found = false;
    for (size_t i = seg->first; i < len; i++) {
        if (isnan(v[i]))
            continue;
        seg->npresent++;
        seg->origin = i;
        found = true;
    }
    if (!found)
        return;
    size_t r = seg->origin;
    while (r > seg->first && !isnan(v[r - 1]))
        r--;
    seg->run_first = r;
}

size_t ei_segment_run_len(const ei_segment *seg)
{
    return seg->npresent ? seg->origin - seg->run_first + 1 : 0;
}

int ei_project_refuse(ei_error *err, const ei_segment *seg, const char *what,
                      size_t need, const char *unit, size_t have)
{
    /* Name the break by the first period after the old caliber: Hanyang's
     * break is "2019" even when 2019 itself has no figure. */
    if (seg->has_break)
        return ei_error_set(err, EI_ENODATA,
                            "%s needs at least %zu %s after the %d caliber "
                            "break; the series has %zu",
                            what, need, unit,
                            ei_period_next(seg->brk.last_old).year, have);
    return ei_error_set(err, EI_ENODATA,
                        "%s needs at least %zu %s; the series has %zu", what,
                        need, unit, have);
}

size_t ei_growth_history(double *rates, const ei_series *s,
                         const ei_segment *seg, ei_growth_source src)
{
    if (!seg->npresent)
        return 0;
    const double *v = ei_series_values(s);
    bool reported = src != EI_GROWTH_DERIVED;
    bool derived = src != EI_GROWTH_REPORTED;
    size_t n = 0;
    /* Walk back from the origin, then reverse: oldest first. */
    for (size_t i = seg->origin + 1; i-- > seg->first;) {
        double g = NAN;
        double rep = ei_series_growth_at(s, i);
        if (reported && isfinite(rep))
            g = rep / 100.0;
        else if (derived && i > seg->first && isfinite(v[i])
                 && isfinite(v[i - 1]) && v[i - 1] > 0)
            g = v[i] / v[i - 1] - 1.0;
        if (isnan(g))
            break;
        rates[n++] = g;
    }
    for (size_t a = 0, b = n; a + 1 < b; a++, b--) {
        double t = rates[a];
        rates[a] = rates[b - 1];
        rates[b - 1] = t;
    }
    return n;
}
