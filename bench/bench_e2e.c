/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bench_e2e: the benchmark job (bench/README.md) through the public API.
 *
 *   bench_e2e IN.csv [YOY_OUT.csv SERIES_OUT.csv]
 *
 * Reads a long observations file with ei_csv_read_file(), then for every
 * series (in region, indicator, frequency order): year-on-year growth by
 * calendar period (ei_series_transform, pc1), CAGR from the first to the
 * last full year (monthly series summed to years with ei_series_aggregate;
 * ei_series_cagr), and the gap of the last year-on-year growth to a 5 %
 * target in percentage points. Writes every finite year-on-year growth
 * (region,indicator,period,yoy) with a plain buffered writer, and one row
 * per series with the library's table writer. Reports the time of each
 * step, MB/s, rows/s and peak memory on standard output.
 *
 * Outputs default to e2e_yoy.csv and e2e_series.csv in the current
 * directory.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include <econind/econind.h>

#define TARGET_PCT 5.0

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int fail(const char *what, const ei_error *err)
{
    char msg[512];
    ei_error_format(err, msg, sizeof msg);
    fprintf(stderr, "bench_e2e: %s: %s\n", what, msg);
    return 1;
}

/* Series in region, indicator, frequency order (bytewise, as the peers
 * sort): the job's "sort it". */
static int by_key(const void *a, const void *b)
{
    const ei_series *x = *(const ei_series *const *)a;
    const ei_series *y = *(const ei_series *const *)b;
    int c = strcmp(ei_series_region(x), ei_series_region(y));
    if (!c)
        c = strcmp(ei_series_indicator(x), ei_series_indicator(y));
    if (!c)
        c = (int)ei_series_freq(x) - (int)ei_series_freq(y);
    return c;
}

/* A text field as CSV: quoted when it holds a comma, quote or line end. */
static void put_field(FILE *fp, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, fp);
        return;
    }
    putc('"', fp);
    for (; *s; s++) {
        if (*s == '"')
            putc('"', fp);
        putc(*s, fp);
    }
    putc('"', fp);
}

typedef struct job {
    FILE *yoy;        /* year-on-year rows */
    ei_table *table;  /* one row per series */
    size_t yoy_rows;
} job;

enum { C_REGION, C_INDICATOR, C_FREQ, C_FIRST, C_LAST, C_CAGR, C_LASTP,
       C_YOY, C_GAP, C_COUNT_ };
static const char *const columns[C_COUNT_] = {
    "region", "indicator", "freq", "first_year", "last_year", "cagr",
    "last_period", "yoy_last", "gap"};

/* CAGR from the first to the last year of @p annual with a value. */
static int cagr_full_years(const ei_series *annual, ei_result *out,
                           int *first, int *last, ei_error *err)
{
    const double *v = ei_series_values(annual);
    size_t n = ei_series_len(annual), i0 = 0, i1 = n;
    while (i0 < n && isnan(v[i0]))
        i0++;
    while (i1 > i0 && isnan(v[i1 - 1]))
        i1--;
    out->value = NAN;
    out->reason = EI_REASON_TOO_FEW_POINTS;
    *first = *last = 0;
    if (i1 == 0 || i1 - 1 <= i0)
        return EI_OK;
    ei_period p0 = ei_series_period_at(annual, i0);
    ei_period p1 = ei_series_period_at(annual, i1 - 1);
    *first = p0.year;
    *last = p1.year;
    return ei_series_cagr(out, annual, p0, p1, NULL, err);
}

static int do_series(job *jb, const ei_series *s, ei_error *err)
{
    ei_series *yoy = NULL, *annual = NULL;
    int rc = ei_series_transform(&yoy, s, EI_TRANSFORM_PC1, NULL, err);
    if (rc)
        return rc;

    /* Every finite growth rate, and the last one for the gap. */
    const double *g = ei_series_values(yoy);
    size_t n = ei_series_len(yoy), last = n;
    for (size_t i = 0; i < n; i++) {
        if (isnan(g[i]))
            continue;
        char per[EI_PERIOD_TEXT_MAX];
        ei_period_format(ei_series_period_at(yoy, i), per, sizeof per);
        put_field(jb->yoy, ei_series_region(s));
        putc(',', jb->yoy);
        put_field(jb->yoy, ei_series_indicator(s));
        fprintf(jb->yoy, ",%s,%.17g\n", per, g[i]);
        jb->yoy_rows++;
        last = i;
    }

    const ei_series *ann = s;
    if (ei_series_freq(s) != EI_FREQ_ANNUAL) {
        rc = ei_series_aggregate(&annual, s, EI_FREQ_ANNUAL, EI_AGG_SUM, NULL,
                                 err);
        if (rc)
            goto done;
        ann = annual;
    }
    ei_result cagr;
    int y0, y1;
    rc = cagr_full_years(ann, &cagr, &y0, &y1, err);
    if (rc)
        goto done;

    ei_table *t = jb->table;
    size_t row;
    if ((rc = ei_table_add_row(t, &row, err)) ||
        (rc = ei_table_set_text(t, row, C_REGION, ei_series_region(s), err)) ||
        (rc = ei_table_set_text(t, row, C_INDICATOR, ei_series_indicator(s),
                                err)) ||
        (rc = ei_table_set_text(t, row, C_FREQ,
                                ei_freq_name(ei_series_freq(s)), err)))
        goto done;
    if (y1 > y0 &&
        ((rc = ei_table_set_number(t, row, C_FIRST, y0, 0, err)) ||
         (rc = ei_table_set_number(t, row, C_LAST, y1, 0, err))))
        goto done;
    rc = cagr.reason == EI_REASON_NONE
             ? ei_table_set_number(t, row, C_CAGR, cagr.value, 2, err)
             : ei_table_set_missing(t, row, C_CAGR, cagr.reason, err);
    if (rc)
        goto done;
    if (last < n) {
        char per[EI_PERIOD_TEXT_MAX];
        ei_period_format(ei_series_period_at(yoy, last), per, sizeof per);
        if ((rc = ei_table_set_text(t, row, C_LASTP, per, err)) ||
            (rc = ei_table_set_number(t, row, C_YOY, g[last], 2, err)) ||
            (rc = ei_table_set_number(t, row, C_GAP, g[last] - TARGET_PCT, 2,
                                      err)))
            goto done;
    } else if ((rc = ei_table_set_missing(t, row, C_YOY,
                                          EI_REASON_TOO_FEW_POINTS, err)) ||
               (rc = ei_table_set_missing(t, row, C_GAP,
                                          EI_REASON_TOO_FEW_POINTS, err))) {
        goto done;
    }
done:
    ei_series_free(yoy);
    ei_series_free(annual);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 2 && argc != 4) {
        fputs("usage: bench_e2e IN.csv [YOY_OUT.csv SERIES_OUT.csv]\n",
              stderr);
        return 2;
    }
    const char *in = argv[1];
    const char *yoy_path = argc == 4 ? argv[2] : "e2e_yoy.csv";
    const char *series_path = argc == 4 ? argv[3] : "e2e_series.csv";
    struct stat st;
    if (stat(in, &st) != 0) {
        perror(in);
        return 1;
    }

    ei_error err;
    ei_error_clear(&err);
    ei_dataset *ds = NULL;
    double t0 = now();
    if (ei_dataset_new(&ds, NULL, &err))
        return fail("dataset", &err);
    if (ei_csv_read_file(ds, in, NULL, NULL, &err))
        return fail(in, &err);
    double t1 = now();

    size_t nser = ei_dataset_count(ds), nobs = 0;
    const ei_series **order = malloc((nser ? nser : 1) * sizeof *order);
    if (!order)
        return fail("sort", NULL);
    for (size_t i = 0; i < nser; i++) {
        order[i] = ei_dataset_at(ds, i);
        nobs += ei_series_obs_count(order[i]);
    }
    qsort(order, nser, sizeof *order, by_key);

    job jb = {0};
    jb.yoy = fopen(yoy_path, "w");
    if (!jb.yoy) {
        perror(yoy_path);
        return 1;
    }
    static char yoy_buf[1 << 20];
    setvbuf(jb.yoy, yoy_buf, _IOFBF, sizeof yoy_buf);
    fputs("region,indicator,period,yoy\n", jb.yoy);
    if (ei_table_new(&jb.table, columns, C_COUNT_, &err))
        return fail("table", &err);
    for (size_t i = 0; i < nser; i++)
        if (do_series(&jb, order[i], &err))
            return fail(ei_series_indicator(order[i]), &err);
    if (fclose(jb.yoy) != 0) {
        perror(yoy_path);
        return 1;
    }
    double t2 = now();
    if (ei_table_write_file(jb.table, series_path, EI_FORMAT_CSV, &err))
        return fail(series_path, &err);
    double t3 = now();

    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double total = t3 - t0, mb = (double)st.st_size / 1e6;
    printf("econind e2e: %s: %.1f MB, %zu observations, %zu series, "
           "%zu growth rates\n", in, mb, nobs, nser, jb.yoy_rows);
    printf("  read %.3f s, compute and write growth %.3f s, "
           "write series %.3f s\n", t1 - t0, t2 - t1, t3 - t2);
    printf("  total %.3f s: %.1f MB/s, %.0f rows/s, peak RSS %.1f MB\n",
           total, mb / total, (double)nobs / total,
           (double)ru.ru_maxrss / 1024.0);

    ei_table_free(jb.table);
    free(order);
    ei_dataset_free(ds);
    return 0;
}
