/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "fmt_double.h"

#include <stdio.h>
#include <stdlib.h>

/* 15 digits suffice for most figures (7.2 stays "7.2", not
 * 7.2000000000000002); 17 always round-trip an IEEE double; 16 is tried in
 * between because it is enough for many values 15 is not (1/3.0). */
int ei_fmt_double_precision(double v)
{
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

/* The round-trip check runs on the locale's text, as strtod reads it. */
int ei_fmt_double(char buf[EI_FMT_DOUBLE_MAX], double v)
{
    snprintf(buf, EI_FMT_DOUBLE_MAX, "%.*g", ei_fmt_double_precision(v), v);
    return (int)ei_fmt_c_point(buf);
}
