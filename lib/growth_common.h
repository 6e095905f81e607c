/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private helpers shared by the growth, contribution and aggregation
 * modules: options, operand look-up by period, derived series, units. */
#ifndef ECONIND_GROWTH_COMMON_H
#define ECONIND_GROWTH_COMMON_H

#include <math.h>
#include <stdbool.h>

#include "econind/error.h"
#include "econind/growth.h"
#include "econind/series.h"
#include "error_set.h"
#include "series_points.h"

/* NaN as a double (NAN is a float: mixing it in ?: promotes). */
#define EI_NAN ((double)NAN)

/* Copy *opt (or the defaults when opt is NULL) into *out. EI_EINVAL for an
 * unknown version or a negative threshold. */
int ei_growth_options_get(ei_growth_options *out,
                          const ei_growth_options *opt, ei_error *err);

/* The value of s at period p as an operand, or NaN with *why set:
 * OUT_OF_RANGE (not in the series), MISSING_OPERAND (no value), BOUND (a
 * bound figure and bounds not allowed). *why is NONE with a value. */
double ei_operand(const ei_series *s, ei_period p, bool allow_bounds,
                  ei_reason *why);

/* As ei_operand() for the point at index i (known to be in range). */
double ei_operand_at(const ei_series *s, size_t i, bool allow_bounds,
                     ei_reason *why);

/* The per-point helpers below are inline: computations call them for
 * every point of a series. */

/* The points of a series as loops over every point read them. */
typedef struct ei_operands {
    const double *values;       /* ei_series_values() */
    const unsigned char *bound; /* ei_series_bound_bytes() */
    size_t n;                   /* ei_series_len() */
} ei_operands;

static inline ei_operands ei_operands_of(const ei_series *s)
{
    ei_operands p = {ei_series_values(s), ei_series_bound_bytes(s),
                     ei_series_len(s)};

    return p;
}

/* As ei_operand_at() on the operands p of a series (i < p->n): inline,
 * for loops over every point. */
static inline double ei_operand_in(const ei_operands *p, size_t i,
                                   bool allow_bounds, ei_reason *why)
{
    if (isnan(p->values[i])) {
        *why = EI_REASON_MISSING_OPERAND;
        return EI_NAN;
    }
    if (!allow_bounds) {
        ei_bound b = (ei_bound)p->bound[i];

        if (b == EI_BOUND_ABOVE || b == EI_BOUND_BELOW) {
            *why = EI_REASON_BOUND;
            return EI_NAN;
        }
    }
    *why = EI_REASON_NONE;
    return p->values[i];
}

/* A NaN result with its reason, or a value (a non-finite value becomes
 * DOMAIN: nothing here may hand back inf). */
static inline ei_result ei_result_of(double value, ei_reason why)
{
    ei_result r;

    if (why != EI_REASON_NONE) {
        r.value = EI_NAN;
        r.reason = why;
    } else if (!isfinite(value)) {
        r.value = EI_NAN;
        r.reason = isnan(value) ? EI_REASON_MISSING_OPERAND
                                : EI_REASON_DOMAIN;
    } else {
        r.value = value;
        r.reason = EI_REASON_NONE;
    }
    return r;
}

/* Reason a ratio with base b has none: ZERO_BASE, NEGATIVE_BASE or NONE. */
static inline ei_reason ei_base_reason(double b)
{
    if (b == 0)
        return EI_REASON_ZERO_BASE;
    if (b < 0)
        return EI_REASON_NEGATIVE_BASE;
    return EI_REASON_NONE;
}

/* A new all-missing series with the periods, metadata, registry entry and
 * breaks of s, but unit `unit` (NULL: s's) and measure m. */
int ei_series_derive(ei_series **out, const ei_series *s, const char *unit,
                     ei_measure m, ei_error *err);

/* Set point i to r (a NaN value with r.reason). */
static inline int ei_series_put(ei_series *s, size_t i, ei_result r,
                                ei_error *err)
{
    int rc;

    if (r.reason == EI_REASON_NONE && !isfinite(r.value))
        r = ei_result_of(r.value, EI_REASON_NONE);
    rc = ei_series_set(s, i, r.reason == EI_REASON_NONE ? r.value : EI_NAN,
                       r.reason);
    if (rc != EI_OK)
        return ei_error_set(err, rc, "cannot set point %zu", i);
    return EI_OK;
}

/* The factor that brings values of `from` into the unit of `to`: 1 when
 * the unit names are equal; otherwise ei_unit_factor() if convert is set,
 * else EI_EUNIT. `what` names the operand in the message. */
int ei_series_unit_factor(double *factor, const ei_series *from,
                          const ei_series *to, bool convert,
                          const char *what, ei_error *err);

#endif
