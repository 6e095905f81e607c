/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Parsing periods and spans of periods. A hand-written byte scanner: it runs
 * on every row of large files, so no allocation, no sscanf, no regex; error
 * messages are only formatted when the caller asked for them. */
#include "econind/period.h"

#include <stdarg.h>
#include <stdio.h>

#include "error_set.h"
#include "text_scan.h"

/* The text being parsed (trimmed), the cursor, and where errors go. */
typedef struct pstate {
    ei_cursor c;
    const char *t;
    size_t n;
    ei_error *err;
} pstate;

__attribute__((format(printf, 2, 3)))
static int fail(pstate *s, const char *fmt, ...)
{
    if (!s->err)
        return EI_EPARSE;
    char detail[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    ei_quote q = ei_quote_make(s->t, s->n);
    return ei_error_set(s->err, EI_EPARSE, "period '%.*s%s': %s", q.len,
                        q.text, q.more, detail);
}

static int fail_rest(pstate *s, const char *where)
{
    if (!s->err)
        return EI_EPARSE;
    if (ei_cursor_done(&s->c))
        return fail(s, "text ends %s", where);
    ei_quote r = ei_quote_make((const char *)s->c.p, ei_cursor_left(&s->c));
    return fail(s, "unexpected text '%.*s%s' %s", r.len, r.text, r.more,
                where);
}

static const char *sub_name(ei_freq f)
{
    return f == EI_FREQ_QUARTERLY ? "quarter" : "month";
}

/* Check the sub-periods first..last of freq, the end of the text, and
 * store the period. */
static int finish(pstate *s, ei_period *out, int year, ei_freq freq,
                  long first, long last)
{
    if (freq != EI_FREQ_ANNUAL) {
        long max = (long)freq;
        if (first < 1 || first > max)
            return fail(s, "%s %ld is out of range 1-%ld", sub_name(freq),
                        first, max);
        if (last < 1 || last > max)
            return fail(s, "%s %ld is out of range 1-%ld", sub_name(freq),
                        last, max);
        if (first > last)
            return fail(s, "span from %s %ld to %s %ld is reversed",
                        sub_name(freq), first, sub_name(freq), last);
    }
    if (!ei_cursor_done(&s->c))
        return fail_rest(s, "after the period");
    *out = ei_period_ytd(year, freq, (int)first, (int)last);
    return EI_OK;
}

/* A sub-period number of one or two ASCII digits. */
static int read_sub(pstate *s, ei_freq freq, long *v)
{
    const unsigned char *at = s->c.p;
    int n;
    ei_cursor_digits(&s->c, &n, v);
    if (n == 0)
        return fail_rest(s, freq == EI_FREQ_QUARTERLY
                                ? "where a quarter was expected"
                                : "where a month was expected");
    if (n == 4 && freq == EI_FREQ_MONTHLY)
        return fail(s, "'%.*s' looks like a span of years: a multi-year "
                       "span is not a period of one observation", n,
                    (const char *)at);
    if (n > 2)
        return fail(s, "%s '%.*s' has more than two digits", sub_name(freq),
                    n, (const char *)at);
    return EI_OK;
}

/* Chinese numerals 一 … 十二, as used for quarters and months. */
static bool read_cn_number(ei_cursor *c, long *v)
{
    static const char *const digits[9] = {u8"一", u8"二", u8"三",
                                          u8"四", u8"五", u8"六",
                                          u8"七", u8"八", u8"九"};
    if (EI_LIT(c, u8"十")) {
        *v = 10;
        if (EI_LIT(c, u8"一"))
            *v = 11;
        else if (EI_LIT(c, u8"二"))
            *v = 12;
        return true;
    }
    for (int i = 0; i < 9; i++) {
        if (ei_cursor_lit(c, digits[i], 3)) { /* each is 3 bytes in UTF-8 */
            *v = i + 1;
            return true;
        }
    }
    return false;
}

/* A number written with ASCII digits or Chinese numerals. */
static int read_any_number(pstate *s, ei_freq freq, long *v)
{
    if (read_cn_number(&s->c, v))
        return EI_OK;
    return read_sub(s, freq, v);
}

static bool lit_quarter_word(ei_cursor *c)
{
    return EI_LIT(c, u8"季度") || EI_LIT(c, u8"季");
}

static bool lit_month_word(ei_cursor *c)
{
    if (!EI_LIT(c, u8"月"))
        return false;
    EI_LIT(c, u8"份");
    return true;
}

/* After `Q`: `3`, `1..2`, `1..Q2`. */
static int quarter_tail(pstate *s, ei_period *out, int year)
{
    long a, b;
    int rc = read_sub(s, EI_FREQ_QUARTERLY, &a);
    if (rc)
        return rc;
    b = a;
    if (EI_LIT(&s->c, "..")) {
        if (!EI_LIT(&s->c, "Q"))
            EI_LIT(&s->c, "q");
        if ((rc = read_sub(s, EI_FREQ_QUARTERLY, &b)))
            return rc;
    }
    return finish(s, out, year, EI_FREQ_QUARTERLY, a, b);
}

/* After `-`, `/` or `M`: `3`, `03`, `01..03`. */
static int month_tail(pstate *s, ei_period *out, int year)
{
    long a, b;
    int rc = read_sub(s, EI_FREQ_MONTHLY, &a);
    if (rc)
        return rc;
    b = a;
    if (EI_LIT(&s->c, "..") && (rc = read_sub(s, EI_FREQ_MONTHLY, &b)))
        return rc;
    return finish(s, out, year, EI_FREQ_MONTHLY, a, b);
}

/* After `年`: nothing, 度, 全年, 上半年, 下半年, 前三季度, 第三季度, 3季度,
 * 一季度, 1-3季度, 一至三季度, 3月, 3月份, 1-3月, 1月-3月, 十二月. */
static int chinese_tail(pstate *s, ei_period *out, int year)
{
    ei_cursor *c = &s->c;
    const ei_freq Q = EI_FREQ_QUARTERLY, M = EI_FREQ_MONTHLY;
    if (ei_cursor_done(c) || EI_LIT(c, u8"度") || EI_LIT(c, u8"全年"))
        return finish(s, out, year, EI_FREQ_ANNUAL, 0, 0);
    if (EI_LIT(c, u8"上半年"))
        return finish(s, out, year, Q, 1, 2);
    if (EI_LIT(c, u8"下半年"))
        return finish(s, out, year, Q, 3, 4);
    long a, b;
    int rc;
    bool before = EI_LIT(c, u8"前");
    bool nth = !before && EI_LIT(c, u8"第");
    if (before || nth) {
        if ((rc = read_any_number(s, Q, &a)))
            return rc;
        if (!lit_quarter_word(c))
            return fail_rest(s, "where 季度 was expected");
        return finish(s, out, year, Q, before ? 1 : a, a);
    }
    const unsigned char *num = c->p;
    if (!read_cn_number(c, &a)) {
        int n;
        ei_cursor_digits(c, &n, &a);
        if (n == 0)
            return fail_rest(s, "after the year");
        if (n > 2)
            return fail(s, "'%.*s' after 年 is neither a month nor a quarter",
                        n, (const char *)num);
    }
    if (lit_quarter_word(c))
        return finish(s, out, year, Q, a, a);
    bool month = lit_month_word(c);
    if (month && ei_cursor_done(c))
        return finish(s, out, year, M, a, a);
    if (!ei_cursor_dash(c))
        return fail_rest(s, month ? "after the month" : "after the number");
    if ((rc = read_any_number(s, month ? M : Q, &b)))
        return rc;
    if (lit_month_word(c))
        return finish(s, out, year, M, a, b);
    if (!month && lit_quarter_word(c))
        return finish(s, out, year, Q, a, b);
    return fail_rest(s, month ? "where 月 was expected"
                              : "where 月 or 季度 was expected");
}

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The spellings of nearly every row of a national file, "2017" and
 * "2017-03" exactly (no blanks), in a few instructions instead of the
 * general parser's few hundred; the same result. Anything else, or out of
 * range, is left to the general parser. */
static bool plain_period(ei_period *out, const char *t, size_t len)
{
    if ((len != 4 && len != 7) || !t || !digit(t[0]) || !digit(t[1])
        || !digit(t[2]) || !digit(t[3]))
        return false;
    int year = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10
               + (t[3] - '0');
    if (year < EI_YEAR_MIN)
        return false;
    if (len == 4) {
        *out = ei_period_ytd(year, EI_FREQ_ANNUAL, 0, 0);
        return true;
    }
    if (t[4] != '-' || !digit(t[5]) || !digit(t[6]))
        return false;
    int month = (t[5] - '0') * 10 + (t[6] - '0');
    if (month < 1 || month > 12)
        return false;
    *out = ei_period_ytd(year, EI_FREQ_MONTHLY, month, month);
    return true;
}

int ei_period_parse(ei_period *out, const char *text, size_t len,
                    ei_error *err)
{
    ei_period zero = {0, EI_FREQ_NONE, 0, 0};
    if (!out)
        return ei_error_set(err, EI_EINVAL, "period parse: no output");
    *out = zero;
    if (plain_period(out, text, len))
        return EI_OK;
    pstate s;
    s.c = ei_cursor_make(text, len);
    ei_cursor_trim(&s.c);
    s.t = (const char *)s.c.p;
    s.n = ei_cursor_left(&s.c);
    s.err = err;
    if (s.n == 0)
        return ei_error_set(err, EI_EPARSE, "empty period");

    int ny;
    long y;
    ei_cursor_digits(&s.c, &ny, &y);
    if (ny == 0)
        return fail(&s, "expected a four-digit year");
    if (y > EI_YEAR_MAX)
        return fail(&s, "year %ld is out of range %d-%d", y, EI_YEAR_MIN,
                    EI_YEAR_MAX);
    if (ny != 4)
        return fail(&s, "year '%.*s' must have four digits", ny, s.t);
    if (y < EI_YEAR_MIN)
        return fail(&s, "year %ld is out of range %d-%d", y, EI_YEAR_MIN,
                    EI_YEAR_MAX);
    int year = (int)y;
    if (ei_cursor_done(&s.c))
        return finish(&s, out, year, EI_FREQ_ANNUAL, 0, 0);

    switch (*s.c.p) {
    case 'Q': case 'q':
        s.c.p++;
        return quarter_tail(&s, out, year);
    case 'M': case 'm':
    case '/':
        s.c.p++;
        return month_tail(&s, out, year);
    case '-':
        s.c.p++;
        if (EI_LIT(&s.c, "Q") || EI_LIT(&s.c, "q"))
            return quarter_tail(&s, out, year);
        return month_tail(&s, out, year);
    default:
        if (EI_LIT(&s.c, u8"年"))
            return chinese_tail(&s, out, year);
        return fail_rest(&s, "after the year");
    }
}

/* Does the text start with four ASCII digits (looks like a year)? */
static bool starts_with_year(const unsigned char *p, const unsigned char *end)
{
    if (end - p < 4)
        return false;
    for (int i = 0; i < 4; i++)
        if (p[i] < '0' || p[i] > '9')
            return false;
    return true;
}

int ei_span_parse(ei_span *out, const char *text, size_t len, ei_error *err)
{
    ei_span zero = {{0, EI_FREQ_NONE, 0, 0}, {0, EI_FREQ_NONE, 0, 0}};
    if (!out)
        return ei_error_set(err, EI_EINVAL, "span parse: no output");
    *out = zero;
    ei_cursor c = ei_cursor_make(text, len);
    ei_cursor_trim(&c);
    const char *t = (const char *)c.p;
    size_t n = ei_cursor_left(&c);

    ei_error whole_err, right_err;
    bool have_right_err = false;
    ei_period a, b;
    if (ei_period_parse(&a, t, n, err ? &whole_err : NULL) == EI_OK) {
        out->first = out->last = a;
        return EI_OK;
    }
    /* Split at each range dash; the first split whose halves are both
     * periods wins. Dashes start with ASCII or a UTF-8 lead byte, so no
     * match can fall inside a character. */
    for (const unsigned char *p = c.p + 1; p < c.end; p++) {
        ei_cursor d = {p, c.end};
        if (!ei_cursor_dash(&d))
            continue;
        if (ei_period_parse(&a, t, (size_t)(p - c.p), NULL) != EI_OK)
            continue;
        size_t rn = (size_t)(c.end - d.p);
        if (ei_period_parse(&b, (const char *)d.p, rn,
                            have_right_err || !err ? NULL : &right_err) !=
            EI_OK) {
            have_right_err = have_right_err || starts_with_year(d.p, c.end);
            continue;
        }
        ei_quote q = ei_quote_make(t, n);
        if (a.freq != b.freq)
            return ei_error_set(err, EI_EPARSE,
                                "span '%.*s%s': its ends differ in frequency",
                                q.len, q.text, q.more);
        if (ei_period_compare(a, b) > 0)
            return ei_error_set(err, EI_EPARSE,
                                "span '%.*s%s' is reversed (ends before it "
                                "starts)",
                                q.len, q.text, q.more);
        out->first = a;
        out->last = b;
        return EI_OK;
    }
    if (err)
        *err = have_right_err ? right_err : whole_err;
    return EI_EPARSE;
}
