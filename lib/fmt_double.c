/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "fmt_double.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* GCC and Clang's 128-bit integer; __extension__ keeps -pedantic quiet. */
__extension__ typedef unsigned __int128 u128;

static const uint64_t pow10_u64[20] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull,
    10000000ull, 100000000ull, 1000000000ull, 10000000000ull,
    100000000000ull, 1000000000000ull, 10000000000000ull,
    100000000000000ull, 1000000000000000ull, 10000000000000000ull,
    100000000000000000ull, 1000000000000000000ull,
    10000000000000000000ull};

/* 10^-3 .. 10^15 as doubles. Those below 1 are the doubles just above the
 * powers, and no double lies in between, so a >= pow10_dbl[k + 3] exactly
 * when a >= 10^k. */
static const double pow10_dbl[19] = {
    1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
    1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

/* A double 1e-3 <= a < 1e15 as exact integers: a = m / 2^s with
 * 2^52 <= m < 2^53 and 3 <= s <= 62, and 10^x <= a < 10^(x+1). */
typedef struct exact {
    uint64_t m;
    int s, x;
} exact;

/* Whether |v| lies where exact arithmetic in 128 bits covers it (growth
 * rates, shares, years, money in 亿元); if so, fill *e. */
static bool exact_of(exact *e, double v)
{
    double a = fabs(v);
    if (!(a >= 1e-3 && a < 1e15))
        return false;
    uint64_t bits;
    memcpy(&bits, &a, sizeof bits);
    int b = (int)(bits >> 52) - 1023; /* 2^b <= a < 2^(b+1) */
    e->m = (bits & ((1ull << 52) - 1)) | (1ull << 52);
    e->s = 52 - b;
    /* floor(b log10 2) is x or x - 1 */
    int x = (int)floor(b * 0.30102999566398120);
    e->x = x + (a >= pow10_dbl[x + 4]);
    return true;
}

/* The p (15 to 17) significant digits of e, as glibc's printf rounds
 * them (to nearest, half to even, on the exact binary value): q =
 * round(m 10^(p-1-x) / 2^s), 10^(p-1) <= q < 10^p. *x is e's exponent,
 * one more when the digits round up to the next power of ten. */
static uint64_t round_digits(const exact *e, int p, int *x)
{
    *x = e->x;
    /* m < 2^53 and 10^(p-1-x) <= 10^19 < 2^64: the product fits */
    u128 n = (u128)e->m * pow10_u64[p - 1 - *x];
    uint64_t q = (uint64_t)(n >> e->s);
    u128 rem = n - ((u128)q << e->s), half = (u128)1 << (e->s - 1);
    if (rem > half || (rem == half && (q & 1)))
        q++;
    if (q == pow10_u64[p]) { /* 9.99..95 rounds to 10.0..0 */
        q = pow10_u64[p - 1];
        ++*x;
    }
    return q;
}

/* Whether the decimal q 10^(x-p+1) reads back as e (strtod rounds to
 * nearest, ties to the even mantissa): it must lie within half the gap to
 * each neighbour, which is half as wide below a power of two. Scaled by
 * 2^(s+2) 10^(p-1-x) every quantity is an integer below 2^121. (In this
 * range no such decimal falls exactly halfway, and powers of two print
 * exactly in 15 digits; the rule is kept whole all the same.) */
static bool reads_back(const exact *e, uint64_t q, int x, int p)
{
    if (p - 1 - x < 0)
        return false; /* an integer beyond our digits: not in range */
    u128 t = pow10_u64[p - 1 - x];
    u128 d = (u128)q << (e->s + 2), v = ((u128)e->m << 2) * t;
    u128 up = 2 * t, down = e->m == 1ull << 52 ? t : 2 * t;
    bool even = !(e->m & 1);
    if (d >= v)
        return d - v < up || (d - v == up && even);
    return v - d < down || (v - d == down && even);
}

/* The precision ei_fmt_double_precision() picks for e, with its digits
 * *q and exponent *x. */
static int shortest(const exact *e, uint64_t *q, int *x)
{
    for (int p = 15; p < 17; p++) {
        *q = round_digits(e, p, x);
        if (reads_back(e, *q, *x, p))
            return p;
    }
    *q = round_digits(e, 17, x);
    return 17;
}

/* 15 digits suffice for most figures (7.2 stays "7.2", not
 * 7.2000000000000002); 17 always round-trip an IEEE double; 16 is tried in
 * between because it is enough for many values 15 is not (1/3.0). Within
 * exact_of()'s range the digits are computed, not printed and read back:
 * the same answer without snprintf and strtod. */
int ei_fmt_double_precision(double v)
{
    exact e;
    uint64_t q;
    int x;
    if (exact_of(&e, v))
        return shortest(&e, &q, &x);
    char buf[EI_FMT_DOUBLE_MAX];
    for (int p = 15; p < 17; p++) {
        snprintf(buf, sizeof buf, "%.*g", p, v);
        if (strtod(buf, NULL) == v)
            return p;
    }
    return 17;
}

/* Digits, signs and the exponent letter: all a finite %f/%e/%g holds
 * besides the decimal point. */
static int plain(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == 'e';
}

/* The point may be any string (",", or several bytes), so replace the run
 * of other bytes. */
size_t ei_fmt_c_point(char *s)
{
    char *w = s;
    for (const char *r = s; *r;) {
        if (plain(*r)) {
            *w++ = *r++;
            continue;
        }
        *w++ = '.';
        while (*r && !plain(*r))
            r++;
    }
    *w = '\0';
    return (size_t)(w - s);
}

/* %.{p}g of the p digits q with exponent x, -3 <= x < p: fixed notation,
 * trailing zeros of the fraction dropped. */
static int put_g(char *buf, bool neg, uint64_t q, int p, int x)
{
    char dig[17];
    for (int i = p - 1; i >= 0; i--, q /= 10)
        dig[i] = (char)('0' + q % 10);
    int nd = p, nint = x >= 0 ? x + 1 : 0;
    while (nd > nint && dig[nd - 1] == '0')
        nd--;
    char *o = buf;
    if (neg)
        *o++ = '-';
    if (x >= 0) {
        memcpy(o, dig, (size_t)nint);
        o += nint;
    } else {
        *o++ = '0';
    }
    if (nd > nint) {
        *o++ = '.';
        for (int i = 0; i < -x - 1; i++)
            *o++ = '0';
        memcpy(o, dig + nint, (size_t)(nd - nint));
        o += nd - nint;
    }
    *o = '\0';
    return (int)(o - buf);
}

/* The round-trip check runs on the locale's text, as strtod reads it;
 * the exact path needs no locale (printf's digits do not depend on it). */
int ei_fmt_double(char buf[EI_FMT_DOUBLE_MAX], double v)
{
    exact e;
    if (exact_of(&e, v)) {
        uint64_t q;
        int x, p = shortest(&e, &q, &x);
        if (x < p)
            return put_g(buf, v < 0, q, p, x);
    }
    snprintf(buf, EI_FMT_DOUBLE_MAX, "%.*g", ei_fmt_double_precision(v), v);
    return (int)ei_fmt_c_point(buf);
}

/* %.*f rounds m 2^-s to q = round(m 10^d / 2^s) units of 10^-d, half to
 * even as glibc's printf; computed in 128 bits while m 10^d fits
 * (d <= 19) and q fits in 64 bits, else printed by snprintf. */
int ei_fmt_fixed(char *buf, size_t size, double v, int decimals)
{
    exact e;
    if (decimals < 0 || decimals > 19 || !exact_of(&e, v))
        return snprintf(buf, size, "%.*f", decimals, v);
    u128 n = (u128)e.m * pow10_u64[decimals];
    u128 q = n >> e.s, rem = n - (q << e.s), half = (u128)1 << (e.s - 1);
    if (rem > half || (rem == half && (q & 1)))
        q++;
    if (q >> 64)
        return snprintf(buf, size, "%.*f", decimals, v);
    /* the digits backwards: the fraction (d of them, leading zeros kept),
     * then the integer part (at least "0") */
    char tmp[48], *t = tmp + sizeof tmp;
    uint64_t u = (uint64_t)q;
    for (int i = 0; i < decimals; i++, u /= 10)
        *--t = (char)('0' + u % 10);
    if (decimals > 0)
        *--t = '.';
    do
        *--t = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--t = '-';
    size_t len = (size_t)(tmp + sizeof tmp - t);
    if (size > 0) {
        size_t k = len < size ? len : size - 1;
        memcpy(buf, t, k);
        buf[k] = '\0';
    }
    return (int)len;
}
