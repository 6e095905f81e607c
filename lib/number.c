/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers as spreadsheets export them, parsed correctly rounded and
 * independently of the C locale.
 *
 * One pass over the bytes collects the significant decimal digits D (at
 * most KEEP_DIGITS of them, see below) and a decimal exponent E with
 * value = D * 10^E; separators, the decimal point and full-width forms are
 * consumed on the way. Then:
 *  - fast path (Clinger 1990): when D has at most 15 digits it is exact in a
 *    double, and so is 10^|E| for |E| <= 22; one IEEE multiplication or
 *    division of two exact values is correctly rounded. This covers nearly
 *    every figure in a statistical table.
 *  - otherwise strtod() on a rebuilt text "D e E". That text has no decimal
 *    point, and digits plus an exponent mean the same in every locale, so
 *    the C locale's radix character (the only locale dependence strtod has
 *    for such input) never matters: no localeconv(), newlocale() or
 *    strtod_l() is needed, nothing global is read or changed, and the call
 *    is thread-safe. glibc's strtod is correctly rounded.
 * No allocation: the rebuilt text lives on the stack. */
#include "econind/number.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error_set.h"
#include "text_scan.h"

/* Correct rounding of a binary64 never depends on more than 768
 * significant decimal digits; beyond KEEP_DIGITS we keep only whether any
 * dropped digit was nonzero (a "sticky" digit 1 appended at the end), which
 * rounds the same way. */
#define KEEP_DIGITS 800

/* The fast path needs double arithmetic without excess precision. */
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0
#define FAST_PATH 1
#else
#define FAST_PATH 0
#endif

typedef struct digits {
    char d[KEEP_DIGITS + 2]; /* significant digits as ASCII, + sticky */
    int kept;                /* how many are in d */
    long long sig;           /* significant digits seen */
    uint64_t m;              /* the first min(sig, 19) digits */
    long long exp10;         /* value = d * 10^exp10 */
    bool sticky;             /* a dropped digit was nonzero */
} digits;

static void add_digit(digits *a, int v, bool fraction)
{
    if (a->sig == 0 && v == 0) {
        if (fraction) /* 0.001: leading zeros move the exponent */
            a->exp10--;
        return;
    }
    if (a->sig < 19)
        a->m = a->m * 10 + (uint64_t)v;
    a->sig++;
    if (a->kept < KEEP_DIGITS) {
        a->d[a->kept++] = (char)('0' + v);
        if (fraction)
            a->exp10--;
    } else {
        if (!fraction) /* a dropped integer digit still scales */
            a->exp10++;
        a->sticky = a->sticky || v != 0;
    }
}

/* One decimal digit, ASCII or full-width (U+FF10-U+FF19); -1 if none. */
static inline int read_digit(ei_cursor *c)
{
    if (c->p >= c->end)
        return -1;
    unsigned char b = *c->p;
    if (b >= '0' && b <= '9') {
        c->p++;
        return b - '0';
    }
    if (b == 0xEF && ei_cursor_left(c) >= 3 && c->p[1] == 0xBC &&
        c->p[2] >= 0x90 && c->p[2] <= 0x99) {
        int v = c->p[2] - 0x90;
        c->p += 3;
        return v;
    }
    return -1;
}

static bool lit_ci(const char *t, size_t n, const char *word)
{
    size_t k = strlen(word);
    if (n != k)
        return false;
    for (size_t i = 0; i < k; i++) {
        char ch = t[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch - 'A' + 'a');
        if (ch != word[i])
            return false;
    }
    return true;
}

static bool is_missing(const char *t, size_t n)
{
#define W(s) {s, sizeof(s) - 1}
    static const struct {
        const char *s;
        size_t n;
    } words[] = {
        W("-"),  W(u8"－"), W(u8"—"), W(u8"——"), W(u8"–"),
        W(u8"…"), W(u8"……"), W("..."), W(".."),  W("NA"),
        W("N/A"), W("n/a"), W("null"), W("NULL"), W("#N/A"),
    };
#undef W
    /* Numbers start with a digit: the common case costs one test. */
    if (n > 6 || (*t >= '0' && *t <= '9'))
        return false;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (words[i].n == n && memcmp(words[i].s, t, n) == 0)
            return true;
    return false;
}

static const double pow10_exact[23] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* D * 10^e exactly rounded without strtod, or false. */
static bool fast_value(const digits *a, long long e, double *out)
{
    if (!FAST_PATH || a->sig > 15 || a->sticky)
        return false;
    uint64_t m = a->m;
    if (e > 22 && a->sig + (e - 22) <= 15) {
        /* 12e25 = 12000 * 1e22: the integer stays exact below 1e15 */
        for (; e > 22; e--)
            m *= 10;
    }
    if (e < -22 || e > 22)
        return false;
    double x = (double)m; /* exact: m < 1e15 < 2^53 */
    *out = e >= 0 ? x * pow10_exact[e] : x / pow10_exact[-e];
    return true;
}

static double slow_value(digits *a, long long e)
{
    char buf[KEEP_DIGITS + 2 + 32];
    int k = a->kept;
    memcpy(buf, a->d, (size_t)k);
    if (a->sticky) {
        buf[k++] = '1';
        e--;
    }
    snprintf(buf + k, sizeof buf - (size_t)k, "e%lld", e);
    return strtod(buf, NULL);
}

/* Error helpers: the number is quoted; detail says what is wrong. */
static int bad(ei_error *err, const char *t, size_t n, const char *detail)
{
    if (!err)
        return EI_EPARSE;
    ei_quote q = ei_quote_make(t, n);
    return ei_error_set(err, EI_EPARSE, "'%.*s%s' is not a number: %s", q.len,
                        q.text, q.more, detail);
}

static int bad_rest(ei_error *err, const char *t, size_t n, const ei_cursor *c)
{
    if (!err)
        return EI_EPARSE;
    if (ei_cursor_done(c))
        return bad(err, t, n, "no digits");
    ei_quote q = ei_quote_make(t, n);
    ei_quote r = ei_quote_make((const char *)c->p, ei_cursor_left(c));
    return ei_error_set(err, EI_EPARSE,
                        "'%.*s%s' is not a number: unexpected '%.*s%s'", q.len,
                        q.text, q.more, r.len, r.text, r.more);
}

/* The figures of a bureau file are mostly plain decimals ("7.80",
 * "-1234.5"): an optional minus, 1 to 15 digits with one point among them
 * (not first or last), nothing else. Their digits form an integer m below
 * 10^15 and a power of ten 10^k, both exact doubles, so m / 10^k is the
 * correctly rounded value, as on the general path. Else false. */
static bool plain_decimal(const char *t, size_t n, double *out)
{
    if (!FAST_PATH || n == 0)
        return false;
    size_t i = t[0] == '-';
    if (n - i > 16 || i == n)
        return false;
    uint64_t m = 0;
    int frac = -1; /* digits after the point; -1: no point yet */
    int ndigits = 0;
    for (; i < n; i++) {
        unsigned d = (unsigned char)t[i] - '0';
        if (d <= 9) {
            m = m * 10 + d;
            ndigits++;
            frac += frac >= 0;
        } else if (t[i] == '.' && frac < 0 && i > (size_t)(t[0] == '-')) {
            frac = 0;
        } else {
            return false;
        }
    }
    if (frac == 0 || ndigits > 15) /* "7.", or m might not be exact */
        return false;
    double x = (double)m / pow10_exact[frac < 0 ? 0 : frac];
    *out = t[0] == '-' ? -x : x;
    return true;
}

int ei_number_parse(ei_number *out, const char *text, size_t len,
                    ei_error *err)
{
    if (!out)
        return ei_error_set(err, EI_EINVAL, "number parse: no output");
    out->value = NAN;
    out->missing = false;
    out->percent = false;
    if (text && plain_decimal(text, len, &out->value))
        return EI_OK;

    ei_cursor c = ei_cursor_make(text, len);
    ei_cursor_trim(&c);
    const char *t = (const char *)c.p;
    size_t n = ei_cursor_left(&c);
    if (n == 0 || is_missing(t, n)) {
        out->missing = true;
        return EI_OK;
    }

    bool neg = false;
    if (*c.p == '-' || *c.p == '+') {
        neg = *c.p == '-';
        c.p++;
    } else if (EI_LIT(&c, u8"－") || EI_LIT(&c, u8"−")) {
        neg = true;
    } else {
        EI_LIT(&c, u8"＋");
    }
    if (c.p < c.end && (*c.p | 0x20) >= 'i' && (*c.p | 0x20) <= 'n') {
        const char *r = (const char *)c.p;
        size_t rn = ei_cursor_left(&c);
        if (lit_ci(r, rn, "nan") || lit_ci(r, rn, "inf") ||
            lit_ci(r, rn, "infinity"))
            return bad(err, t, n, "not a finite number");
    }

    digits a;
    a.kept = 0;
    a.sig = 0;
    a.m = 0;
    a.exp10 = 0;
    a.sticky = false;

    /* Integer part, with ',' between valid groups of three. */
    long long int_digits = 0, group = 0;
    bool grouped = false;
    int lead = -1;
    for (;;) {
        int v = read_digit(&c);
        if (v >= 0) {
            if (lead < 0)
                lead = v;
            add_digit(&a, v, false);
            int_digits++;
            group++;
            continue;
        }
        if (c.p < c.end && *c.p == ',' && int_digits > 0) {
            if ((grouped ? group != 3 : group > 3) || lead == 0)
                return bad(err, t, n, "misplaced thousands separator");
            grouped = true;
            group = 0;
            c.p++;
            continue;
        }
        break;
    }
    if (grouped && group != 3)
        return bad(err, t, n, "misplaced thousands separator");

    long long frac_digits = 0;
    bool point = c.p < c.end && *c.p == '.';
    if (point)
        c.p++;
    else
        point = EI_LIT(&c, u8"．"); /* full-width full stop */
    if (point) {
        int v;
        while ((v = read_digit(&c)) >= 0) {
            add_digit(&a, v, true);
            frac_digits++;
        }
    }
    if (int_digits + frac_digits == 0)
        return bad_rest(err, t, n, &c);

    long long e = 0;
    if (c.p < c.end && (*c.p == 'e' || *c.p == 'E')) {
        c.p++;
        bool eneg = false;
        if (c.p < c.end && (*c.p == '-' || *c.p == '+')) {
            eneg = *c.p == '-';
            c.p++;
        }
        int v, count = 0;
        while ((v = read_digit(&c)) >= 0) {
            if (e < 1000000000LL) /* saturate: far beyond any double */
                e = e * 10 + v;
            count++;
        }
        if (count == 0)
            return bad(err, t, n, "exponent has no digits");
        if (eneg)
            e = -e;
    }

    bool percent = EI_LIT(&c, "%") || EI_LIT(&c, u8"％");
    if (!ei_cursor_done(&c))
        return bad_rest(err, t, n, &c);

    double x;
    if (a.sig == 0)
        x = 0.0;
    else if (!fast_value(&a, a.exp10 + e, &x))
        x = slow_value(&a, a.exp10 + e);
    if (isinf(x)) {
        if (!err)
            return EI_EPARSE;
        ei_quote q = ei_quote_make(t, n);
        return ei_error_set(err, EI_EPARSE, "'%.*s%s' is out of range",
                            q.len, q.text, q.more);
    }
    out->value = neg ? -x : x;
    out->percent = percent;
    return EI_OK;
}
