/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers of the projection tests: annual series built in code. */
#ifndef ECONIND_PROJECT_TESTUTIL_H
#define ECONIND_PROJECT_TESTUTIL_H

#include "testutil.h"

#include "econind/econind.h"

/* An annual level series of n values from first_year; NaN is missing. */
static inline ei_series *annual(int first_year, const double *v, size_t n)
{
    ei_series_meta meta = { "汉阳区", "gdp", "亿元", EI_FREQ_ANNUAL,
                            EI_MEASURE_LEVEL, EI_BASIS_CURRENT };
    ei_series *s = NULL;
    assert_int_equal(ei_series_new(&s, &meta, ei_period_year(first_year), n,
                                   NULL),
                     EI_OK);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(ei_series_set(s, i, v[i],
                                       isnan(v[i]) ? EI_REASON_MISSING
                                                   : EI_REASON_NONE),
                         EI_OK);
    return s;
}

/* Add a caliber break: last_old .. first_new. */
static inline void add_break(ei_series *s, int last_old, int first_new)
{
    ei_break b = { ei_period_year(last_old), ei_period_year(first_new) };
    assert_int_equal(ei_series_add_break(s, b, NULL), EI_OK);
}

/* Project s with o; assert success. */
static inline ei_projection *project_ok(const ei_series *s,
                                        const ei_project_options *o)
{
    ei_projection *p = NULL;
    ei_error err;
    int rc = ei_project(&p, s, o, &err);
    if (rc != EI_OK)
        print_error("ei_project: %s\n", err.text);
    assert_int_equal(rc, EI_OK);
    assert_non_null(p);
    return p;
}

/* Project s with o; assert the refusal code and message. */
static inline void project_fails(const ei_series *s,
                                 const ei_project_options *o, int code,
                                 const char *text)
{
    ei_projection *p = (ei_projection *)1;
    ei_error err;
    assert_int_equal(ei_project(&p, s, o, &err), code);
    assert_null(p);
    assert_int_equal(err.code, code);
    if (text)
        assert_string_equal(err.text, text);
}

#endif
