/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private parts of the projection modules: the projection object, the
 * segment after the last caliber break and the growth history. */
#ifndef ECONIND_PROJECT_PRIVATE_H
#define ECONIND_PROJECT_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "econind/project.h"

/* What kind of forecast distribution a projection keeps for
 * ei_projection_prob_reach(). */
typedef enum ei_pdist {
    EI_PDIST_NONE = 0,  /* a deterministic path */
    EI_PDIST_T,         /* t with fit.dof degrees of freedom: mean, se */
    EI_PDIST_NORMAL,    /* normal: mean, se */
    EI_PDIST_DRAWS      /* sorted simulated draws per period */
} ei_pdist;

struct ei_projection {
    ei_project_method method;
    double level;
    ei_projection_fit fit;
    ei_series *point;
    ei_series *lower;   /* NULL when no band */
    ei_series *upper;
    size_t h;           /* projected periods */
    ei_pdist dist;
    bool log_scale;     /* mean/se describe ln X (log-linear trend) */
    double *mean;       /* h centres, for T and NORMAL */
    double *se;         /* h predictive standard errors */
    double *draws;      /* h * paths, period j at draws + j * paths, sorted */
    size_t paths;
};

/* The part of a series a projection may use. Indices into the series. */
typedef struct ei_segment {
    size_t first;       /* first index after the last break (0 if none) */
    size_t end;         /* one past the last index (the series length) */
    bool has_break;
    ei_break brk;       /* the last break, if has_break */
    size_t npresent;    /* present values in [first, end) */
    size_t origin;      /* index of the last present value (if npresent) */
    size_t run_first;   /* first index of the final contiguous run */
} ei_segment;

/* Find the segment of s after its last break. */
void ei_segment_find(ei_segment *seg, const ei_series *s);

/* Length of the final contiguous run (0 if no value). */
size_t ei_segment_run_len(const ei_segment *seg);

/* EI_ENODATA with the standard refusal message:
 * "<what> needs at least <need> <unit> after the <year> caliber break; the
 * series has <have>". */
int ei_project_refuse(ei_error *err, const ei_segment *seg, const char *what,
                      size_t need, const char *unit, size_t have);

/* The growth history ending at the origin, oldest first, as fractions,
 * into rates (capacity: seg->end entries). Walks back from the origin while
 * a rate is available from the chosen source; never crosses the segment
 * start. Returns the count. */
size_t ei_growth_history(double *rates, const ei_series *s,
                         const ei_segment *seg, ei_growth_source src);

/* Allocate a projection of h periods after the origin period, with point
 * series (and lower/upper when band) carrying the metadata of s, and the
 * mean/se arrays when moments. Every value starts missing. */
int ei_projection_alloc(ei_projection **out, const ei_series *s,
                        ei_project_method m, ei_period origin, size_t h,
                        bool band, bool moments, ei_error *err);

/* Number of periods to project from origin: from opts->to if set, else
 * opts->horizon. EI_EINVAL if not at least 1. */
int ei_project_horizon(size_t *h, ei_period origin,
                       const ei_project_options *opts, ei_error *err);

/* Fill point/lower/upper at j from the stored mean/se using the t (dof > 0)
 * or normal quantile at the projection's level; exp() when log_scale. */
void ei_projection_fill_band(ei_projection *p);

/* Human name of a method for messages ("Holt", "a linear trend"). */
const char *ei_project_method_title(ei_project_method m);

/* The method implementations, called by ei_project() with checked
 * options and the segment. */
int ei_project_constant(ei_projection **out, const ei_series *s,
                        const ei_segment *seg, const ei_project_options *o,
                        ei_error *err);
int ei_project_trend(ei_projection **out, const ei_series *s,
                     const ei_segment *seg, const ei_project_options *o,
                     ei_error *err);
int ei_project_holt(ei_projection **out, const ei_series *s,
                    const ei_segment *seg, const ei_project_options *o,
                    ei_error *err);
int ei_project_sim(ei_projection **out, const ei_series *s,
                   const ei_segment *seg, const ei_project_options *o,
                   ei_error *err);

/* Sort x[0..n-1] ascending (no NaN); tmp has room for 2 n keys. */
void ei_sort_doubles(double *x, size_t n, uint64_t *tmp);

/* Holt recursion (exposed for tests): one-step SSE over t = 2 .. n-1 of
 * y[0..n-1] with level l0 = y[0], trend b0 = y[1] - y[0]; final level and
 * trend into *l, *b (may be NULL). */
double ei_holt_sse(const double *y, size_t n, double alpha, double beta,
                   double phi, double *l, double *b);

/* Holt forecast variance factor: var_h / sigma^2 =
 * 1 + sum_{j=1}^{h-1} (alpha + alpha beta (phi + ... + phi^j))^2. */
double ei_holt_var_factor(double alpha, double beta, double phi, size_t h);

#endif
