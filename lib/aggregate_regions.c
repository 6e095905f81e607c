/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sums across regions, with the coverage of each period stated. */
#include "econind/aggregate.h"

#include <math.h>
#include <stdlib.h>

#include "growth_common.h"
#include "error_set.h"

struct ei_coverage {
    ei_period start;
    size_t len;
    size_t parts;
    unsigned char *present; /* len * parts, row-major by period */
};

void ei_coverage_free(ei_coverage *c)
{
    if (c == NULL)
        return;
    free(c->present);
    free(c);
}

size_t ei_coverage_len(const ei_coverage *c)
{
    return c ? c->len : 0;
}

size_t ei_coverage_parts(const ei_coverage *c)
{
    return c ? c->parts : 0;
}

ei_period ei_coverage_period_at(const ei_coverage *c, size_t i)
{
    if (!c) {
        ei_period none = {0, EI_FREQ_NONE, 0, 0};
        return none;
    }
    return ei_period_shift(c->start, (long)i);
}

bool ei_coverage_present(const ei_coverage *c, size_t i, size_t part)
{
    if (c == NULL || i >= c->len || part >= c->parts)
        return false;
    return c->present[i * c->parts + part] != 0;
}

size_t ei_coverage_missing_count(const ei_coverage *c, size_t i)
{
    size_t n = 0;

    if (c == NULL || i >= c->len)
        return 0;
    for (size_t k = 0; k < c->parts; k++)
        n += c->present[i * c->parts + k] == 0;
    return n;
}

static int check(ei_growth_options *o, double *factors,
                 const ei_series *const *parts, size_t nparts,
                 const ei_growth_options *opt, ei_error *err)
{
    int rc = ei_growth_options_get(o, opt, err);

    for (size_t k = 0; rc == EI_OK && k < nparts; k++) {
        if (parts[k] == NULL)
            return ei_error_set(err, EI_EINVAL, "part %zu is NULL", k);
        if (ei_series_freq(parts[k]) != ei_series_freq(parts[0]))
            return ei_error_set(err, EI_EINVAL,
                                "%s of %s is %s, %s of %s is %s",
                                ei_series_indicator(parts[k]),
                                ei_series_region(parts[k]),
                                ei_freq_name(ei_series_freq(parts[k])),
                                ei_series_indicator(parts[0]),
                                ei_series_region(parts[0]),
                                ei_freq_name(ei_series_freq(parts[0])));
        rc = ei_series_unit_factor(&factors[k], parts[k], parts[0],
                                   o->convert_units,
                                   ei_series_region(parts[k]), err);
    }
    return rc;
}

static int new_sum(ei_series **out, const ei_series *const *parts,
                   size_t nparts, const char *region, ei_period start,
                   size_t len, ei_error *err)
{
    ei_series_meta meta = ei_series_get_meta(parts[0]);
    int rc;

    meta.region = region ? region : "";
    rc = ei_series_new(out, &meta, start, len, err);
    if (rc != EI_OK)
        return rc;
    ei_series_set_registered(*out, ei_series_registered(parts[0]));
    /* A caliber change in any region changes the caliber of the sum. */
    for (size_t k = 0; rc == EI_OK && k < nparts; k++)
        for (size_t b = 0; rc == EI_OK && b < ei_series_break_count(parts[k]);
             b++)
            rc = ei_series_add_break(*out, ei_series_break_at(parts[k], b),
                                     err);
    if (rc != EI_OK) {
        ei_series_free(*out);
        *out = NULL;
    }
    return rc;
}

int ei_series_sum_regions(ei_series **out, ei_coverage **coverage,
                          const ei_series *const *parts, size_t nparts,
                          const char *region, const ei_growth_options *opt,
                          ei_error *err)
{
    ei_coverage *cov = NULL;
    ei_growth_options o;
    ei_series *r = NULL;
    double *factors;
    long first, last;
    size_t len;
    int rc;

    if (coverage != NULL)
        *coverage = NULL;
    if (out == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL output");
    *out = NULL;
    if (parts == NULL || nparts == 0)
        return ei_error_set(err, EI_EINVAL, "no series to sum");
    factors = calloc(nparts, sizeof *factors);
    if (factors == NULL)
        return ei_error_set(err, EI_ENOMEM, "out of memory");
    rc = check(&o, factors, parts, nparts, opt, err);
    if (rc != EI_OK)
        goto done;
    first = ei_period_ordinal(ei_series_start(parts[0]));
    last = first - 1;
    for (size_t k = 0; k < nparts; k++) {
        long a = ei_period_ordinal(ei_series_start(parts[k]));
        long b = ei_period_ordinal(ei_series_end(parts[k]));

        if (ei_series_len(parts[k]) == 0)
            continue;
        if (last < first) {
            first = a;
            last = b;
            continue;
        }
        first = a < first ? a : first;
        last = b > last ? b : last;
    }
    len = last < first ? 0 : (size_t)(last - first + 1);
    rc = new_sum(&r, parts, nparts, region,
                 ei_period_from_ordinal(ei_series_freq(parts[0]), first), len,
                 err);
    if (rc != EI_OK)
        goto done;
    cov = calloc(1, sizeof *cov);
    if (cov != NULL)
        cov->present = calloc(len * nparts + 1, 1);
    if (cov == NULL || cov->present == NULL) {
        rc = ei_error_set(err, EI_ENOMEM, "out of memory");
        goto done;
    }
    cov->start = ei_series_start(r);
    cov->len = len;
    cov->parts = nparts;
    for (size_t i = 0; rc == EI_OK && i < len; i++) {
        ei_period p = ei_series_period_at(r, i);
        double sum = 0;
        size_t present = 0;

        for (size_t k = 0; k < nparts; k++) {
            ei_reason w;
            double x = ei_operand(parts[k], p, o.allow_bounds, &w);

            if (w != EI_REASON_NONE)
                continue;
            cov->present[i * nparts + k] = 1;
            sum += x * factors[k];
            present++;
        }
        if (present == 0 || (present < nparts && !o.allow_incomplete))
            rc = ei_series_put(r, i, ei_result_of(EI_NAN, EI_REASON_INCOMPLETE),
                               err);
        else
            rc = ei_series_put(r, i, ei_result_of(sum, EI_REASON_NONE), err);
    }
done:
    free(factors);
    if (rc != EI_OK) {
        ei_series_free(r);
        ei_coverage_free(cov);
        return rc;
    }
    *out = r;
    if (coverage != NULL)
        *coverage = cov;
    else
        ei_coverage_free(cov);
    return EI_OK;
}
