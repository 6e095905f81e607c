/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Revision tables: first release against the latest value per period. */
#include "econind/vintage.h"

#include <math.h>
#include <stdlib.h>

#include "growth_common.h"
#include "error_set.h"

static bool is_release(ei_obs_status st)
{
    return st != EI_STATUS_TARGET && st != EI_STATUS_PLAN;
}

/* Number of value observations of period p. */
static size_t count_vintages(const ei_series *s, ei_period p)
{
    size_t n = 0;

    for (size_t k = 0; k < ei_series_obs_count(s); k++) {
        ei_observation ob;

        if (ei_series_obs_at(s, k, &ob) != EI_OK)
            continue;
        if (ei_period_equal(ob.period, p) && is_release(ob.status) &&
            !isnan(ob.value))
            n++;
    }
    return n;
}

static void fill(ei_revision *r)
{
    r->change = EI_NAN;
    r->percent = EI_NAN;
    r->reason = EI_REASON_NONE;
    if (r->latest_status == EI_STATUS_ESTIMATE) {
        r->reason = EI_REASON_ESTIMATE_ONLY;
        return;
    }
    r->change = r->latest - r->first;
    r->reason = ei_base_reason(r->first);
    if (r->reason == EI_REASON_NONE)
        r->percent = r->change / r->first * 100;
}

int ei_series_revisions(ei_revision **rows, size_t *nrows, const ei_series *s,
                        ei_error *err)
{
    ei_series *first = NULL, *latest = NULL;
    ei_revision *r = NULL;
    size_t n = 0, len;
    int rc;

    if (rows == NULL || nrows == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL output");
    *rows = NULL;
    *nrows = 0;
    if (s == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL series");
    rc = ei_series_select_vintage(&first, s, EI_VINTAGE_FIRST, err);
    if (rc == EI_OK)
        rc = ei_series_select_vintage(&latest, s, EI_VINTAGE_LATEST, err);
    if (rc != EI_OK)
        goto done;
    len = ei_series_len(s);
    r = calloc(len ? len : 1, sizeof *r);
    if (r == NULL) {
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < len; i++) {
        ei_period p = ei_series_period_at(s, i);
        size_t iv = 0, il = 0;
        ei_revision *row = &r[n];

        if (ei_series_index_of(first, p, &iv) != EI_OK ||
            ei_series_index_of(latest, p, &il) != EI_OK)
            continue;
        row->first = ei_series_value_at(first, iv);
        row->latest = ei_series_value_at(latest, il);
        if (isnan(row->first) || isnan(row->latest))
            continue;
        row->vintages = count_vintages(s, p);
        if (row->vintages == 0) /* built in code: nothing was released */
            continue;
        row->period = p;
        row->first_status = ei_series_status_at(first, iv);
        row->latest_status = ei_series_status_at(latest, il);
        fill(row);
        n++;
    }
done:
    ei_series_free(first);
    ei_series_free(latest);
    if (rc != EI_OK || n == 0) {
        free(r);
        return rc;
    }
    *rows = r;
    *nrows = n;
    return EI_OK;
}

void ei_revisions_free(ei_revision *rows)
{
    free(rows);
}
