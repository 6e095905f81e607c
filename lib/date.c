/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Calendar dates (proleptic Gregorian): validity, day of year, period end
 * dates, and parsing of the deadline spellings found in task plans. */
#include "econind/period.h"

#include <stdio.h>

#include "error_set.h"
#include "text_scan.h"

bool ei_is_leap_year(int year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int ei_days_in_year(int year) { return ei_is_leap_year(year) ? 366 : 365; }

int ei_days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30,
                                 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return days[month - 1] + (month == 2 && ei_is_leap_year(year));
}

bool ei_date_valid(ei_date d)
{
    return d.year >= EI_YEAR_MIN && d.year <= EI_YEAR_MAX && d.month >= 1 &&
           d.month <= 12 && d.day >= 1 &&
           d.day <= ei_days_in_month(d.year, d.month);
}

int ei_date_compare(ei_date a, ei_date b)
{
    if (a.year != b.year)
        return a.year < b.year ? -1 : 1;
    if (a.month != b.month)
        return a.month < b.month ? -1 : 1;
    return (a.day > b.day) - (a.day < b.day);
}

int ei_date_day_of_year(ei_date d)
{
    /* Days before the first of each month in a common year. */
    static const int before[12] = {0,   31,  59,  90,  120, 151,
                                   181, 212, 243, 273, 304, 334};
    if (!ei_date_valid(d))
        return 0;
    return before[d.month - 1] + d.day +
           (d.month > 2 && ei_is_leap_year(d.year));
}

int ei_date_format(ei_date d, char *buf, size_t size)
{
    if (!ei_date_valid(d))
        return snprintf(buf, size, "invalid");
    return snprintf(buf, size, "%04d-%02d-%02d", d.year, d.month, d.day);
}

ei_date ei_period_end_date(ei_period p)
{
    ei_date d = {0, 0, 0};
    if (!ei_period_valid(p))
        return d;
    d.year = p.year;
    d.month = p.freq == EI_FREQ_ANNUAL      ? 12
              : p.freq == EI_FREQ_QUARTERLY ? 3 * p.sub
                                            : p.sub;
    d.day = ei_days_in_month(d.year, d.month);
    return d;
}

/* Outcome of the explicit date grammar: a date, an error already set, or
 * "not a date form" (the caller then tries the text as a period). */
enum { DATE_OK = 0, DATE_NO_MATCH = 1 };

static int check_date(ei_date *out, long y, long m, long d, bool last_day,
                      const char *text, size_t len, ei_error *err)
{
    ei_quote q = ei_quote_make(text, len);
    if (y < EI_YEAR_MIN || y > EI_YEAR_MAX)
        return ei_error_set(err, EI_EPARSE,
                            "date '%.*s%s': year %ld is out of range %d-%d",
                            q.len, q.text, q.more, y, EI_YEAR_MIN,
                            EI_YEAR_MAX);
    if (m < 1 || m > 12)
        return ei_error_set(err, EI_EPARSE,
                            "date '%.*s%s': month %ld is out of range 1-12",
                            q.len, q.text, q.more, m);
    int dim = ei_days_in_month((int)y, (int)m);
    if (last_day)
        d = dim;
    if (d < 1 || d > dim)
        return ei_error_set(err, EI_EPARSE,
                            "date '%.*s%s': day %ld is out of range 1-%d for "
                            "%04ld-%02ld",
                            q.len, q.text, q.more, d, dim, y, m);
    out->year = (int)y;
    out->month = (int)m;
    out->day = (int)d;
    return DATE_OK;
}

/* 2021-10-31, 2021/10/31, 2021.10.31, 2021-10, 20211031, 2021年10月31日,
 * 2021年10月底, 2021年10月, 2021年底. */
static int parse_date_forms(ei_date *out, ei_cursor c, const char *text,
                            size_t len, ei_error *err)
{
    int n;
    long y, m, d;
    ei_cursor_digits(&c, &n, &y);
    if (n == 8 && ei_cursor_done(&c)) {
        long v = y; /* 20211031: saturation starts above 9 digits */
        return check_date(out, v / 10000, v / 100 % 100, v % 100, false,
                          text, len, err);
    }
    if (n != 4 || ei_cursor_done(&c))
        return DATE_NO_MATCH;
    unsigned char sep = *c.p;
    if (sep == '-' || sep == '/' || sep == '.') {
        c.p++;
        ei_cursor_digits(&c, &n, &m);
        if (n < 1 || n > 2)
            return DATE_NO_MATCH;
        if (ei_cursor_done(&c))
            return check_date(out, y, m, 0, true, text, len, err);
        if (*c.p != sep)
            return DATE_NO_MATCH;
        c.p++;
        ei_cursor_digits(&c, &n, &d);
        if (n < 1 || n > 2 || !ei_cursor_done(&c))
            return DATE_NO_MATCH;
        return check_date(out, y, m, d, false, text, len, err);
    }
    if (!EI_LIT(&c, u8"年"))
        return DATE_NO_MATCH;
    if (EI_LIT(&c, u8"底") || EI_LIT(&c, u8"末"))
        return ei_cursor_done(&c)
                   ? check_date(out, y, 12, 31, false, text, len, err)
                   : DATE_NO_MATCH;
    ei_cursor_digits(&c, &n, &m);
    if (n < 1 || n > 2 || !EI_LIT(&c, u8"月"))
        return DATE_NO_MATCH;
    if (ei_cursor_done(&c))
        return check_date(out, y, m, 0, true, text, len, err);
    if (EI_LIT(&c, u8"底") || EI_LIT(&c, u8"末"))
        return ei_cursor_done(&c)
                   ? check_date(out, y, m, 0, true, text, len, err)
                   : DATE_NO_MATCH;
    ei_cursor_digits(&c, &n, &d);
    if (n < 1 || n > 2 || !(EI_LIT(&c, u8"日") || EI_LIT(&c, u8"号")) ||
        !ei_cursor_done(&c))
        return DATE_NO_MATCH;
    return check_date(out, y, m, d, false, text, len, err);
}

int ei_date_parse(ei_date *out, const char *text, size_t len, ei_error *err)
{
    ei_date zero = {0, 0, 0};
    if (!out)
        return ei_error_set(err, EI_EINVAL, "date parse: no output");
    *out = zero;
    ei_cursor c = ei_cursor_make(text, len);
    ei_cursor_trim(&c);
    const char *t = (const char *)c.p;
    size_t n = ei_cursor_left(&c);
    int rc = parse_date_forms(out, c, t, n, err);
    if (rc != DATE_NO_MATCH) {
        if (rc != DATE_OK)
            *out = zero;
        return rc;
    }
    /* Any period stands for its last day: 2021年上半年 is 2021-06-30. */
    ei_period p;
    if (ei_period_parse(&p, t, n, NULL) == EI_OK) {
        *out = ei_period_end_date(p);
        return EI_OK;
    }
    ei_quote q = ei_quote_make(t, n);
    if (n == 0)
        return ei_error_set(err, EI_EPARSE, "empty date");
    return ei_error_set(err, EI_EPARSE,
                        "'%.*s%s' is not a date (expected e.g. 2021-10-31 "
                        "or 2021年10月底)",
                        q.len, q.text, q.more);
}
