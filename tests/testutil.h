/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared test helpers. cmocka 1.1.5's assert_float_equal casts to float, so
 * doubles are compared here with gsl_fcmp (relative tolerance). */
#ifndef ECONIND_TESTUTIL_H
#define ECONIND_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <gsl/gsl_math.h>
#include <math.h>
#include <stdio.h>

/* Fail unless a and b agree to a relative tolerance tol. */
#define assert_close(a, b, tol) \
    assert_close_at((a), (b), (tol), __FILE__, __LINE__)

static inline void assert_close_at(double a, double b, double tol,
                                   const char *file, int line)
{
    if (isnan(a) || isnan(b) || gsl_fcmp(a, b, tol) != 0) {
        print_error("%.17g != %.17g (relative tolerance %g)\n", a, b, tol);
        _fail(file, line);
    }
}

#endif
