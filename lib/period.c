/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Periods as values: construction, validity, ordering, arithmetic and the
 * canonical text. Parsing lives in period_parse.c, dates in date.c. */
#include "econind/period.h"

#include <stdio.h>

#include "error_set.h"

ei_period ei_period_year(int year)
{
    ei_period p = {year, EI_FREQ_ANNUAL, 0, 0};
    return p;
}

ei_period ei_period_quarter(int year, int q)
{
    ei_period p = {year, EI_FREQ_QUARTERLY, q, q};
    return p;
}

ei_period ei_period_month(int year, int m)
{
    ei_period p = {year, EI_FREQ_MONTHLY, m, m};
    return p;
}

ei_period ei_period_ytd(int year, ei_freq freq, int first, int last)
{
    if (freq == EI_FREQ_ANNUAL)
        return ei_period_year(year);
    ei_period p = {year, freq, last, first};
    return p;
}

bool ei_period_valid(ei_period p)
{
    if (p.year < EI_YEAR_MIN || p.year > EI_YEAR_MAX)
        return false;
    switch (p.freq) {
    case EI_FREQ_ANNUAL:
        return p.sub == 0 && p.first == 0;
    case EI_FREQ_QUARTERLY:
    case EI_FREQ_MONTHLY:
        return p.first >= 1 && p.first <= p.sub && p.sub <= (int)p.freq;
    default:
        return false;
    }
}

bool ei_period_is_span(ei_period p)
{
    return p.freq != EI_FREQ_ANNUAL && p.first != p.sub;
}

int ei_period_format(ei_period p, char *buf, size_t size)
{
    if (!ei_period_valid(p))
        return snprintf(buf, size, "invalid");
    switch (p.freq) {
    case EI_FREQ_ANNUAL:
        return snprintf(buf, size, "%04d", p.year);
    case EI_FREQ_QUARTERLY:
        if (p.first != p.sub)
            return snprintf(buf, size, "%04dQ%d..Q%d", p.year, p.first,
                            p.sub);
        return snprintf(buf, size, "%04dQ%d", p.year, p.sub);
    default:
        if (p.first != p.sub)
            return snprintf(buf, size, "%04d-%02d..%02d", p.year, p.first,
                            p.sub);
        return snprintf(buf, size, "%04d-%02d", p.year, p.sub);
    }
}

static int cmp_long(long a, long b) { return (a > b) - (a < b); }

int ei_period_compare(ei_period a, ei_period b)
{
    if (a.freq != b.freq)
        return cmp_long((long)a.freq, (long)b.freq);
    int c = cmp_long(ei_period_ordinal(a), ei_period_ordinal(b));
    return c ? c : cmp_long(a.first, b.first);
}

bool ei_period_equal(ei_period a, ei_period b)
{
    return a.year == b.year && a.freq == b.freq && a.sub == b.sub &&
           a.first == b.first;
}

long ei_period_ordinal(ei_period p)
{
    switch (p.freq) {
    case EI_FREQ_ANNUAL:
        return p.year;
    case EI_FREQ_QUARTERLY:
    case EI_FREQ_MONTHLY:
        return (long)p.year * (long)p.freq + p.sub - 1;
    default:
        return 0;
    }
}

ei_period ei_period_from_ordinal(ei_freq freq, long ordinal)
{
    ei_period zero = {0, EI_FREQ_NONE, 0, 0};
    if (freq != EI_FREQ_ANNUAL && freq != EI_FREQ_QUARTERLY &&
        freq != EI_FREQ_MONTHLY)
        return zero;
    long n = (long)freq;
    /* Floor division: ordinals below zero must not round towards zero. */
    long year = ordinal / n, sub = ordinal % n;
    if (sub < 0) {
        sub += n;
        year--;
    }
    if (year < EI_YEAR_MIN || year > EI_YEAR_MAX)
        return zero;
    if (freq == EI_FREQ_ANNUAL)
        return ei_period_year((int)year);
    ei_period p = {(int)year, freq, (int)sub + 1, (int)sub + 1};
    return p;
}

ei_period ei_period_shift(ei_period p, long k)
{
    ei_period zero = {0, EI_FREQ_NONE, 0, 0};
    if (!ei_period_valid(p))
        return zero;
    /* Any |k| beyond every representable year gives an invalid result;
     * clamping first keeps the addition from overflowing. */
    const long lim = 2L * (EI_YEAR_MAX + 1) * EI_FREQ_MONTHLY;
    if (k > lim)
        k = lim;
    if (k < -lim)
        k = -lim;
    ei_period r = ei_period_from_ordinal(p.freq, ei_period_ordinal(p) + k);
    if (ei_period_is_span(p) && r.freq != EI_FREQ_NONE)
        r.first = p.first < r.sub ? p.first : r.sub;
    return r;
}

ei_period ei_period_next(ei_period p) { return ei_period_shift(p, 1); }

ei_period ei_period_prev(ei_period p) { return ei_period_shift(p, -1); }

ei_period ei_period_year_ago(ei_period p)
{
    ei_period zero = {0, EI_FREQ_NONE, 0, 0};
    if (!ei_period_valid(p) || p.year <= EI_YEAR_MIN)
        return zero;
    p.year--;
    return p;
}

int ei_period_distance(long *out, ei_period from, ei_period to,
                       ei_error *err)
{
    if (out)
        *out = 0;
    if (!out)
        return ei_error_set(err, EI_EINVAL, "period distance: no output");
    if (!ei_period_valid(from) || !ei_period_valid(to))
        return ei_error_set(err, EI_EINVAL,
                            "period distance: invalid period");
    if (from.freq != to.freq) {
        char a[EI_PERIOD_TEXT_MAX], b[EI_PERIOD_TEXT_MAX];
        ei_period_format(from, a, sizeof a);
        ei_period_format(to, b, sizeof b);
        return ei_error_set(err, EI_EINVAL,
                            "periods %s and %s differ in frequency", a, b);
    }
    *out = ei_period_ordinal(to) - ei_period_ordinal(from);
    return EI_OK;
}

int ei_span_format(ei_span s, char *buf, size_t size)
{
    char a[EI_PERIOD_TEXT_MAX], b[EI_PERIOD_TEXT_MAX];
    ei_period_format(s.first, a, sizeof a);
    if (ei_period_equal(s.first, s.last))
        return snprintf(buf, size, "%s", a);
    ei_period_format(s.last, b, sizeof b);
    /* '-' would be ambiguous inside monthly text (2021-01-2021-06). */
    const char *sep = s.first.freq == EI_FREQ_ANNUAL &&
                              s.last.freq == EI_FREQ_ANNUAL
                          ? "-"
                          : "~";
    return snprintf(buf, size, "%s%s%s", a, sep, b);
}
