/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark of the simulated projections: D districts x 12 indicators,
 * each a 10-year annual series projected 5 years with P simulated paths
 * (bootstrap of its own growth rates), spread over T threads.
 *
 *   bench_project [districts=3000] [threads=2] [paths=10000]
 *                 [method=sim-bootstrap]
 *
 * Reports series per second and the peak resident memory (getrusage
 * ru_maxrss). Every series has its own seed (its index + 1), so the result
 * does not depend on the number of threads: the checksum (sum of the
 * projected medians of the last year, added in series order) proves it. */
#include <econind/econind.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#define INDICATORS 12
#define YEARS 10
#define HORIZON 5

typedef struct job {
    size_t first, step, count;   /* series first, first+step, … < count */
    size_t paths;
    ei_project_method method;
    double *last_median;         /* one per series, shared, disjoint */
    int rc;
    char msg[EI_ERROR_TEXT_MAX];
} job;

/* The synthetic history of series k: a level from 50 to 550 growing by
 * N(3% + 0.5% * indicator, 2%) a year, from its own generator. */
static int make_series(ei_series **out, size_t k, gsl_rng *r)
{
    char region[32];
    snprintf(region, sizeof region, "district-%zu", k / INDICATORS);
    char indicator[16];
    snprintf(indicator, sizeof indicator, "ind-%zu", k % INDICATORS);
    ei_series_meta meta = { region, indicator, "亿元", EI_FREQ_ANNUAL,
                            EI_MEASURE_LEVEL, EI_BASIS_CURRENT };
    int rc = ei_series_new(out, &meta, ei_period_year(2015), YEARS, NULL);
    if (rc)
        return rc;
    gsl_rng_set(r, (unsigned long)k + 1);
    double x = 50.0 + 500.0 * gsl_rng_uniform(r);
    double mean = 0.03 + 0.005 * (double)(k % INDICATORS);
    for (size_t i = 0; i < YEARS && !rc; i++) {
        rc = ei_series_set(*out, i, x, EI_REASON_NONE);
        x *= 1.0 + mean + gsl_ran_gaussian(r, 0.02);
    }
    return rc;
}

static void *worker(void *arg)
{
    job *jb = arg;
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    if (!r) {
        jb->rc = EI_ENOMEM;
        return NULL;
    }
    ei_project_options o = EI_PROJECT_OPTIONS_INIT;
    o.method = jb->method;
    o.horizon = HORIZON;
    o.paths = jb->paths;
    for (size_t k = jb->first; k < jb->count && !jb->rc; k += jb->step) {
        ei_series *s = NULL;
        ei_projection *p = NULL;
        ei_error err;
        ei_error_clear(&err);
        o.seed = (unsigned long)k + 1;
        jb->rc = make_series(&s, k, r);
        if (!jb->rc)
            jb->rc = ei_project(&p, s, &o, &err);
        if (jb->rc)
            snprintf(jb->msg, sizeof jb->msg, "series %zu: %.280s", k,
                     err.text);
        else
            jb->last_median[k] = ei_series_value_at(ei_projection_point(p),
                                                    HORIZON - 1);
        ei_projection_free(p);
        ei_series_free(s);
    }
    gsl_rng_free(r);
    return NULL;
}

int main(int argc, char **argv)
{
    size_t districts = argc > 1 ? strtoul(argv[1], NULL, 10) : 3000;
    size_t threads = argc > 2 ? strtoul(argv[2], NULL, 10) : 2;
    size_t paths = argc > 3 ? strtoul(argv[3], NULL, 10) : 10000;
    ei_project_method method = EI_PROJECT_SIM_BOOTSTRAP;
    if (argc > 4 && ei_project_method_parse(&method, argv[4], NULL)) {
        fprintf(stderr, "bench_project: unknown method '%s'\n", argv[4]);
        return 2;
    }
    if (districts < 1 || threads < 1 || threads > 64 || paths < 2) {
        fprintf(stderr, "usage: bench_project [districts] [threads 1-64] "
                        "[paths >= 2] [method]\n");
        return 2;
    }
    size_t n = districts * INDICATORS;
    double *last = calloc(n, sizeof *last);
    job jobs[64];
    pthread_t tid[64];
    if (!last)
        return 1;

    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (size_t t = 0; t < threads; t++) {
        jobs[t] = (job){ t, threads, n, paths, method, last, 0, "" };
        if (pthread_create(&tid[t], NULL, worker, &jobs[t]) != 0) {
            fprintf(stderr, "bench_project: pthread_create failed\n");
            return 1;
        }
    }
    int rc = 0;
    for (size_t t = 0; t < threads; t++) {
        pthread_join(tid[t], NULL);
        if (jobs[t].rc) {
            fprintf(stderr, "bench_project: %s\n", jobs[t].msg);
            rc = 1;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec)
                  + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
    double checksum = 0;
    for (size_t k = 0; k < n; k++)
        checksum += last[k];
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("bench_project: %s, %zu series (%zu districts x %d indicators), "
           "%d years ahead, %zu paths, %zu threads\n",
           ei_project_method_name(method), n, districts, INDICATORS, HORIZON,
           paths, threads);
    double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec
                 + (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
    printf("time %.3f s, %.1f series/s, cpu %.3f s, peak RSS %ld KiB, "
           "checksum %.6f\n",
           secs, (double)n / secs, cpu, ru.ru_maxrss, checksum);
    free(last);
    return rc;
}
