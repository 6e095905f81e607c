/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private: the point arrays of a series that the public header does not
 * hand out, for computations that loop over every point (series.c owns
 * the layout; growth_common.h uses them). */
#ifndef ECONIND_SERIES_POINTS_H
#define ECONIND_SERIES_POINTS_H

#include "econind/series.h"

/* The bounds of the points of s (non-NULL), one ei_bound a byte: the
 * array behind ei_series_bound_at(); NULL when s has no points. */
const unsigned char *ei_series_bound_bytes(const ei_series *s);

#endif
