/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reported against derived growth: the published rate beside the rate the
 * levels give, with the implied deflator or a caliber warning. */
#include "econind/growth.h"

#include <math.h>
#include <stdlib.h>

#include "growth_common.h"
#include "error_set.h"

int ei_growth_check_series(ei_growth_check **rows, size_t *nrows,
                           const ei_series *s, const ei_growth_options *opt,
                           ei_error *err)
{
    const ei_indicator *ind;
    ei_growth_options o;
    ei_growth_check *r;
    ei_series *d = NULL;
    bool deflate;
    size_t n;
    int rc;

    if (rows == NULL || nrows == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL output");
    *rows = NULL;
    *nrows = 0;
    if (s == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL series");
    rc = ei_growth_options_get(&o, opt, err);
    if (rc != EI_OK)
        return rc;
    /* Derived growth is pc1 of the levels: same rules, same reasons. */
    rc = ei_series_transform(&d, s, EI_TRANSFORM_PC1, &o, err);
    if (rc != EI_OK)
        return rc;
    n = ei_series_len(s);
    r = calloc(n ? n : 1, sizeof *r);
    if (r == NULL) {
        ei_series_free(d);
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    }
    /* Levels are at current prices unless said otherwise; published growth
     * of GDP is real: the gap between the two is the price change. */
    ind = ei_series_registered(s);
    deflate = ind != NULL && ind->growth_basis == EI_BASIS_COMPARABLE &&
              ei_series_basis(s) != EI_BASIS_COMPARABLE;
    for (size_t i = 0; i < n; i++) {
        ei_growth_check *c = &r[i];

        c->period = ei_series_period_at(s, i);
        c->derived = ei_series_value_at(d, i);
        c->derived_reason = ei_series_reason_at(d, i);
        c->reported = ei_series_growth_at(s, i);
        c->difference = EI_NAN;
        c->deflator = EI_NAN;
        c->caliber_flag = false;
        if (isnan(c->derived) || isnan(c->reported))
            continue;
        c->difference = c->derived - c->reported;
        c->caliber_flag = fabs(c->difference) > o.caliber_threshold;
        if (deflate && c->reported > -100)
            c->deflator = ((100 + c->derived) / (100 + c->reported) - 1) * 100;
    }
    ei_series_free(d);
    *rows = r;
    *nrows = n;
    return EI_OK;
}

void ei_growth_checks_free(ei_growth_check *rows)
{
    free(rows);
}
