/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "growth_common.h"

#include <math.h>
#include <string.h>

#include "econind/unit.h"
#include "error_set.h"

int ei_growth_options_get(ei_growth_options *out,
                          const ei_growth_options *opt, ei_error *err)
{
    const ei_growth_options defaults = EI_GROWTH_OPTIONS_INIT;

    *out = defaults;
    if (opt == NULL)
        return EI_OK;
    /* Version 1 is the only layout so far; later versions append fields,
     * so an older caller's struct is read only up to its own fields. */
    if (opt->version != EI_GROWTH_OPTIONS_VERSION)
        return ei_error_set(err, EI_EINVAL,
                            "growth options version %u, expected %u",
                            opt->version, EI_GROWTH_OPTIONS_VERSION);
    if (!(opt->caliber_threshold >= 0) || !(opt->add_up_tolerance >= 0))
        return ei_error_set(err, EI_EINVAL,
                            "growth options: thresholds must be >= 0");
    *out = *opt;
    return EI_OK;
}

double ei_operand_at(const ei_series *s, size_t i, bool allow_bounds,
                     ei_reason *why)
{
    double v = ei_series_value_at(s, i);
    ei_bound b;

    if (isnan(v)) {
        *why = EI_REASON_MISSING_OPERAND;
        return EI_NAN;
    }
    /* 左右 (about) is a value as analysts use it; 突破 and 近 are not. */
    b = ei_series_bound_at(s, i);
    if (!allow_bounds && (b == EI_BOUND_ABOVE || b == EI_BOUND_BELOW)) {
        *why = EI_REASON_BOUND;
        return EI_NAN;
    }
    *why = EI_REASON_NONE;
    return v;
}

double ei_operand(const ei_series *s, ei_period p, bool allow_bounds,
                  ei_reason *why)
{
    size_t i;

    if (ei_series_index_of(s, p, &i) != EI_OK) {
        *why = EI_REASON_OUT_OF_RANGE;
        return EI_NAN;
    }
    return ei_operand_at(s, i, allow_bounds, why);
}

int ei_series_derive(ei_series **out, const ei_series *s, const char *unit,
                     ei_measure m, ei_error *err)
{
    ei_series_meta meta = ei_series_get_meta(s);
    size_t n = ei_series_len(s);
    int rc;

    *out = NULL;
    if (unit != NULL)
        meta.unit = unit;
    meta.measure = m;
    rc = ei_series_new(out, &meta, ei_series_start(s), n, err);
    if (rc != EI_OK)
        return rc;
    ei_series_set_registered(*out, ei_series_registered(s));
    for (size_t k = 0; k < ei_series_break_count(s); k++) {
        rc = ei_series_add_break(*out, ei_series_break_at(s, k), err);
        if (rc != EI_OK) {
            ei_series_free(*out);
            *out = NULL;
            return rc;
        }
    }
    return EI_OK;
}

int ei_series_unit_factor(double *factor, const ei_series *from,
                          const ei_series *to, bool convert,
                          const char *what, ei_error *err)
{
    ei_unit uf = ei_series_unit(from), ut = ei_series_unit(to);
    const char *nf = uf.name ? uf.name : "", *nt = ut.name ? ut.name : "";
    int rc;

    *factor = 1.0;
    if (strcmp(nf, nt) == 0)
        return EI_OK;
    if (!convert)
        return ei_error_set(err, EI_EUNIT,
                            "%s is in %s, not %s: convert it first or set "
                            "convert_units", what, *nf ? nf : "(no unit)",
                            *nt ? nt : "(no unit)");
    rc = ei_unit_factor(factor, uf, ut, err);
    if (rc != EI_OK)
        return ei_error_set(err, EI_EUNIT, "%s: %s does not convert to %s",
                            what, *nf ? nf : "(no unit)",
                            *nt ? nt : "(no unit)");
    return EI_OK;
}
