/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shares (占比, 比重) and changes in percentage points between rates. */
#include "econind/contrib.h"

#include <math.h>

#include "growth_common.h"
#include "error_set.h"

ei_result ei_share(double part, double whole)
{
    if (isnan(part) || isnan(whole))
        return ei_result_of(EI_NAN, EI_REASON_MISSING_OPERAND);
    return ei_result_of(part / whole * 100, ei_base_reason(whole));
}

ei_result ei_pp_change(double from, double to)
{
    if (isnan(from) || isnan(to))
        return ei_result_of(EI_NAN, EI_REASON_MISSING_OPERAND);
    return ei_result_of(to - from, EI_REASON_NONE);
}

int ei_series_share(ei_series **out, const ei_series *part,
                    const ei_series *whole, const ei_growth_options *opt,
                    ei_error *err)
{
    ei_growth_options o;
    ei_series *r;
    double f;
    int rc;

    if (out == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL output");
    *out = NULL;
    if (part == NULL || whole == NULL)
        return ei_error_set(err, EI_EINVAL, "NULL series");
    rc = ei_growth_options_get(&o, opt, err);
    if (rc != EI_OK)
        return rc;
    if (ei_series_freq(part) != ei_series_freq(whole))
        return ei_error_set(err, EI_EINVAL,
                            "share of a %s series in a %s one",
                            ei_freq_name(ei_series_freq(part)),
                            ei_freq_name(ei_series_freq(whole)));
    rc = ei_series_unit_factor(&f, part, whole, o.convert_units,
                               ei_series_indicator(part), err);
    if (rc != EI_OK)
        return rc;
    rc = ei_series_derive(&r, part, "%", EI_MEASURE_RATE, err);
    if (rc != EI_OK)
        return rc;
    for (size_t i = 0; rc == EI_OK && i < ei_series_len(part); i++) {
        ei_reason wp, ww;
        double x = ei_operand_at(part, i, o.allow_bounds, &wp);
        double w = ei_operand(whole, ei_series_period_at(part, i),
                              o.allow_bounds, &ww);
        ei_result res;

        if (ww == EI_REASON_OUT_OF_RANGE || wp != EI_REASON_NONE)
            res = ei_result_of(EI_NAN, ww == EI_REASON_OUT_OF_RANGE ? ww : wp);
        else if (ww != EI_REASON_NONE)
            res = ei_result_of(EI_NAN, ww);
        else
            res = ei_share(x * f, w);
        rc = ei_series_put(r, i, res, err);
    }
    if (rc != EI_OK) {
        ei_series_free(r);
        return rc;
    }
    *out = r;
    return EI_OK;
}
