/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private: a double as the shortest %g text that reads back to the same
 * value, for the machine-readable writers (CSV, JSON) and EI_DECIMALS_FULL,
 * always with a "." decimal point whatever LC_NUMERIC says; and %.*f.
 * Both compute printf's digits in integers where they can. */
#ifndef ECONIND_FMT_DOUBLE_H
#define ECONIND_FMT_DOUBLE_H

#include <stddef.h>

/* Room for any finite double in %.17g, with sign, point and exponent. */
#define EI_FMT_DOUBLE_MAX 32

/* The fewest significant digits (15, 16 or 17) with which %.*g of the
 * finite value v reads back as v. */
int ei_fmt_double_precision(double v);

/* Turn the locale's decimal point in s, the printf %f, %e or %g text of a
 * finite double, into "."; returns the new length. */
size_t ei_fmt_c_point(char *s);

/* Write the finite value v into buf (EI_FMT_DOUBLE_MAX bytes) with
 * ei_fmt_double_precision() digits; returns the length. */
int ei_fmt_double(char buf[EI_FMT_DOUBLE_MAX], double v);

/* snprintf(buf, size, "%.*f", decimals, v) for a finite v, computed
 * without printf where it can be (1e-3 <= |v| < 1e15, decimals <= 19),
 * with a "." for the decimal point there (printf's is the locale's). */
int ei_fmt_fixed(char *buf, size_t size, double v, int decimals);

#endif
