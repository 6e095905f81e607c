/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The radix sort of simulated draws against gsl_sort. */
#include "project_testutil.h"

#include <stdlib.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>

#include "project_private.h"

static void check(double *x, size_t n)
{
    double *ref = malloc((n ? n : 1) * sizeof *ref);
    uint64_t *tmp = malloc((n ? 2 * n : 1) * sizeof *tmp);
    assert_non_null(ref);
    assert_non_null(tmp);
    for (size_t i = 0; i < n; i++)
        ref[i] = x[i];
    gsl_sort(ref, 1, n);
    ei_sort_doubles(x, n, tmp);
    for (size_t i = 0; i < n; i++)
        assert_true(x[i] == ref[i]); /* -0 == +0: their order is free */
    for (size_t i = 1; i < n; i++)
        assert_true(x[i - 1] <= x[i]);
    free(ref);
    free(tmp);
}

static void against_gsl(void **state)
{
    (void)state;
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    gsl_rng_set(r, 3);
    enum { N = 10000 };
    double *x = malloc(N * sizeof *x);
    assert_non_null(x);
    /* Mixed signs and scales, ties, zeros of both signs, infinities and a
     * subnormal. */
    for (size_t i = 0; i < N; i++)
        x[i] = gsl_ran_gaussian(r, 1.0) * pow(10.0, (double)(i % 7) - 3);
    for (size_t i = 0; i < N; i += 97)
        x[i] = 145.2;
    x[1] = 0.0;
    x[2] = -0.0;
    x[3] = INFINITY;
    x[4] = -INFINITY;
    x[5] = 4.9e-324;
    check(x, N);
    /* All positive of one magnitude: the high digits are shared and the
     * passes over them are skipped. */
    for (size_t i = 0; i < N; i++)
        x[i] = 1000.0 + gsl_rng_uniform(r);
    check(x, N);
    for (size_t n = 0; n < 4; n++) {
        for (size_t i = 0; i < n; i++)
            x[i] = 3.0 - (double)i;
        check(x, n);
    }
    free(x);
    gsl_rng_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(against_gsl),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
