/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private: the actuals of targets from series (levels, growth reported or
 * derived, CAGR, cumulative change), shared by gap, required, target_check
 * and scorecard. Every point carries its reason and the status of its
 * least final operand. */
#ifndef ECONIND_GAP_PRIV_H
#define ECONIND_GAP_PRIV_H

#include <stdbool.h>

#include "econind/dataset.h"
#include "econind/reason.h"
#include "econind/series.h"

typedef struct eig_point {
    double v;            /* NaN when missing */
    ei_reason reason;    /* NONE when v is a number */
    ei_obs_status status;/* ESTIMATE if any operand is one */
    ei_bound bound;      /* a bound carried through level ratios */
    bool derived;        /* growth from levels rather than reported */
    bool nominal;        /* derived from current-price levels of an
                            indicator whose growth is published at
                            comparable prices: not a real growth */
} eig_point;

/* The series of indicator in region ("" or NULL: any) at freq, in the
 * vintage asked for. For EI_VINTAGE_FIRST a copy is made and *owned set
 * (caller frees it); otherwise *owned is NULL. NULL when there is none
 * (no error) or on allocation failure (error set, *rc = EI_ENOMEM). */
const ei_series *eig_find(const ei_dataset *ds, const char *region,
                          const char *indicator, ei_freq freq,
                          ei_vintage vintage, ei_series **owned, int *rc,
                          ei_error *err);

/* True when growth derived from the levels of s is nominal while the
 * indicator's published growth (and so its growth targets) is real: the
 * registered growth basis is comparable and the levels are not. */
bool eig_nominal(const ei_series *s);

/* X_p. */
eig_point eig_level(const ei_series *s, ei_period p);
/* Growth at p in percent: reported, else derived when no break (then
 * `nominal` says whether it is at current prices against a real basis). */
eig_point eig_growth(const ei_series *s, ei_period p);
/* Average growth per year (percent) from base to end (`nominal` as for
 * eig_growth when it comes from levels). */
eig_point eig_cagr(const ei_series *s, ei_period base, ei_period end);
/* Cumulative change in percent from base to end. */
eig_point eig_change(const ei_series *s, ei_period base, ei_period end);

/* Express a level of series s in `unit` (万元 → 亿元). False when the
 * units do not convert; an empty unit on either side is taken to be the
 * other's. */
bool eig_to_unit(eig_point *p, const ei_series *s, const char *unit);

/* A point with no value and the reason. */
eig_point eig_missing(ei_reason r);

#endif
