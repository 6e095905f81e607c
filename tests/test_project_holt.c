/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Holt's linear and damped trend against the reference implementation in
 * project_reference/holt_ref.py (pure Python: the same recursion, the
 * closed-form variance of Hyndman et al. 2008 Table 6.1, its own grid and
 * Nelder-Mead): forecasts for fixed parameters to 1e-9, fitted SSE within
 * a small tolerance; refusals on short runs. */
#include "project_testutil.h"

#include "project_private.h"
#include "project_reference/holt_ref.h"

#define NY (sizeof holt_y / sizeof *holt_y)
#define NY2 (sizeof holt_y2 / sizeof *holt_y2)

static void check_fixed(ei_project_method m, const double *par,
                        const double *point, const double *lower,
                        const double *upper)
{
    ei_series *s = annual(2013, holt_y, NY);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = m;
    o.alpha = par[0];
    o.beta = par[1];
    o.phi = par[2];
    ei_projection *p = project_ok(s, &o);
    const ei_projection_fit *f = ei_projection_get_fit(p);
    assert_close(f->sse, par[3], 1e-9);
    assert_close(f->phi, par[2], 1e-15);
    for (size_t j = 0; j < 5; j++) {
        assert_close(ei_series_value_at(ei_projection_point(p), j), point[j],
                     1e-9);
        assert_close(ei_series_value_at(ei_projection_lower(p), j), lower[j],
                     1e-9);
        assert_close(ei_series_value_at(ei_projection_upper(p), j), upper[j],
                     1e-9);
    }
    ei_projection_free(p);
    ei_series_free(s);
}

static void fixed_parameters(void **state)
{
    (void)state;
    check_fixed(EI_PROJECT_HOLT, holt_fixed_par, holt_fixed_point,
                holt_fixed_lower, holt_fixed_upper);
    check_fixed(EI_PROJECT_DAMPED, damped_fixed_par, damped_fixed_point,
                damped_fixed_lower, damped_fixed_upper);
}

/* Hand-worked: alpha 0.6, beta* 0.3, phi 1: c_1 = 0.6 (1 + 0.3) = 0.78,
 * var_2 / sigma^2 = 1 + 0.78^2 = 1.6084; c_2 = 0.6 (1 + 0.6) = 0.96,
 * var_3 = 1.6084 + 0.9216 = 2.53. Damped phi 0.5, alpha 1, beta 1:
 * c_1 = 1.5, c_2 = 1.75: var_3 = 1 + 2.25 + 3.0625 = 6.3125. */
static void variance_factor(void **state)
{
    (void)state;
    assert_close(ei_holt_var_factor(0.6, 0.3, 1.0, 1), 1.0, 1e-15);
    assert_close(ei_holt_var_factor(0.6, 0.3, 1.0, 2), 1.6084, 1e-14);
    assert_close(ei_holt_var_factor(0.6, 0.3, 1.0, 3), 2.53, 1e-14);
    assert_close(ei_holt_var_factor(1.0, 1.0, 0.5, 3), 6.3125, 1e-14);
}

static void check_fitted(ei_project_method m, const double *y, size_t n,
                         const double *ref)
{
    ei_series *s = annual(2013, y, n);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = m;
    ei_projection *p = project_ok(s, &o);
    const ei_projection_fit *f = ei_projection_get_fit(p);
    print_message("%s: alpha %.6f beta %.6f phi %.6f sse %.10g (ref %.10g)\n",
                  ei_project_method_name(m), f->alpha, f->beta, f->phi,
                  f->sse, ref[3]);
    /* The minimum is flat near the boundary where these optima lie: the
     * SSE is what both minimisers must agree on. */
    assert_close(f->sse, ref[3], 1e-6);
    assert_close(f->alpha, ref[0], 1e-3);
    if (m == EI_PROJECT_DAMPED)
        assert_true(f->phi >= 0.8 && f->phi <= 0.98);
    else
        assert_true(f->phi == 1.0);
    ei_projection_free(p);
    ei_series_free(s);
}

static void fitted_parameters(void **state)
{
    (void)state;
    check_fitted(EI_PROJECT_HOLT, holt_y, NY, holt_fit_par);
    check_fitted(EI_PROJECT_HOLT, holt_y2, NY2, holt_fit2_par);
    check_fitted(EI_PROJECT_DAMPED, holt_y2, NY2, damped_fit_par);
}

/* A series on a straight line: Holt reproduces it exactly, SSE 0, and the
 * forecast continues the line (any alpha, beta). */
static void straight_line(void **state)
{
    (void)state;
    const double v[] = { 10, 12, 14, 16, 18 };
    ei_series *s = annual(2016, v, 5);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = EI_PROJECT_HOLT;
    o.horizon = 2;
    ei_projection *p = project_ok(s, &o);
    assert_true(ei_projection_get_fit(p)->sse < 1e-20);
    assert_close(ei_series_value_at(ei_projection_point(p), 1), 22.0, 1e-12);
    ei_projection_free(p);
    ei_series_free(s);
}

static void refusals(void **state)
{
    (void)state;
    const double v[] = { 900, 948, 1000, NAN, 699, 760 };
    ei_series *s = annual(2016, v, 6);
    add_break(s, 2018, 2019);
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = EI_PROJECT_HOLT;
    project_fails(s, &o, EI_ENODATA,
                  "Holt needs at least 4 observations after the 2019 "
                  "caliber break; the series has 2");
    ei_series_free(s);

    /* Four points suit Holt but not the damped trend. */
    const double w[] = { 1, 2, 3, 5 };
    s = annual(2017, w, 4);
    o.method = EI_PROJECT_HOLT;
    ei_projection_free(project_ok(s, &o));
    o.method = EI_PROJECT_DAMPED;
    project_fails(s, &o, EI_ENODATA,
                  "The damped trend needs at least 5 observations; the "
                  "series has 4");
    ei_series_free(s);

    /* A gap: only the final contiguous run (2019-2021) counts. */
    const double g[] = { 1, 2, NAN, 4, 5, 6 };
    s = annual(2016, g, 6);
    o.method = EI_PROJECT_HOLT;
    project_fails(s, &o, EI_ENODATA,
                  "Holt needs at least 4 contiguous observations (a run "
                  "without missing values); the series has 3");
    o.alpha = 1.5;
    project_fails(s, &o, EI_EINVAL, NULL);
    ei_series_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fixed_parameters),
        cmocka_unit_test(variance_factor),
        cmocka_unit_test(fitted_parameters),
        cmocka_unit_test(straight_line),
        cmocka_unit_test(refusals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
