/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Differential test: the growth engine against reference values computed
 * independently with Python's decimal module at 30 digits
 * (tests/growth_reference/make_reference.py, output reference.csv) from a
 * published series: China's GDP in current US dollars, 1990-2016 (World
 * Bank WDI NY.GDP.MKTP.CD; source in china_gdp_usd.csv). Every value must
 * agree to 1e-9 relative, every missing point must give the same reason. */
#include <stdlib.h>

#include "growth_fixture.h"

#define NPOINTS 27
#define TOL 1e-9

static double values[NPOINTS];

static FILE *open_data(const char *name)
{
    const char *src = getenv("SRCDIR");
    char path[1024];
    FILE *f;

    snprintf(path, sizeof path, "%s/tests/growth_reference/%s",
             src ? src : "..", name);
    f = fopen(path, "r");
    if (f == NULL)
        fail_msg("cannot open %s", path);
    return f;
}

static int load(void **state)
{
    char line[256];
    size_t n = 0;
    FILE *f = open_data("china_gdp_usd.csv");
    (void)state;

    while (fgets(line, sizeof line, f) != NULL) {
        char *comma = strchr(line, ',');

        if (line[0] == '#' || comma == NULL || strncmp(line, "year", 4) == 0)
            continue;
        assert_true(n < NPOINTS);
        values[n++] = strtod(comma + 1, NULL);
    }
    fclose(f);
    assert_int_equal(n, NPOINTS);
    return 0;
}

static ei_period start_of(int freq)
{
    if (freq == 1)
        return ei_period_year(1990);
    if (freq == 4)
        return ei_period_quarter(1990, 1);
    return ei_period_month(1990, 1);
}

/* One reference row: compare a computed point with the expected text. */
static void expect(double got, ei_reason why, const char *want,
                   const char *what, int freq, long idx)
{
    char *end;
    double w = strtod(want, &end);

    if (end == want || *end != '\0') { /* a reason code */
        if (!isnan(got) || strcmp(ei_reason_code(why), want) != 0)
            fail_msg("%s freq %d point %ld: got %.17g (%s), want %s", what,
                     freq, idx, got, ei_reason_code(why), want);
        return;
    }
    if (isnan(got) || gsl_fcmp(got, w, TOL) != 0)
        fail_msg("%s freq %d point %ld: got %.17g (%s), want %.17g", what,
                 freq, idx, got, ei_reason_code(why), w);
}

static void test_against_reference(void **state)
{
    ei_series *s[3], *pch = NULL, *idx = NULL;
    FILE *f = open_data("reference.csv");
    char line[256];
    size_t rows = 0;
    (void)state;

    for (int k = 0; k < 3; k++)
        s[k] = fx_levels(start_of(k == 0 ? 1 : k == 1 ? 4 : 12), values,
                         NPOINTS);
    assert_int_equal(ei_series_transform(&pch, s[0], EI_TRANSFORM_PCH, NULL,
                                         NULL),
                     EI_OK);
    assert_int_equal(ei_series_index_fixed_base(&idx, s[0],
                                                ei_period_year(2000), NULL,
                                                NULL),
                     EI_OK);
    while (fgets(line, sizeof line, f) != NULL) {
        char kind[16], period[16], want[64];
        int freq;
        long i;
        ei_transform t;
        ei_result r;

        line[strcspn(line, "\r\n")] = '\0';
        if (sscanf(line, "%d,%15[^,],%ld,%15[^,],%63s", &freq, kind, &i,
                   period, want) != 5)
            continue; /* the header */
        rows++;
        if (ei_transform_parse(&t, kind, strlen(kind), NULL) == EI_OK) {
            ei_series *out = NULL;
            const ei_series *in = s[freq == 1 ? 0 : freq == 4 ? 1 : 2];

            assert_int_equal(ei_series_transform(&out, in, t, NULL, NULL),
                             EI_OK);
            expect(ei_series_value_at(out, (size_t)i),
                   ei_series_reason_at(out, (size_t)i), want, kind, freq, i);
            ei_series_free(out);
        } else if (strcmp(kind, "cagr") == 0) {
            assert_int_equal(ei_series_cagr(&r, s[0], ei_period_year(1990),
                                            ei_period_year(1990 + (int)i),
                                            NULL, NULL),
                             EI_OK);
            expect(r.value, r.reason, want, kind, freq, i);
        } else if (strcmp(kind, "avg_rates") == 0) {
            r = ei_growth_average_rates(ei_series_values(pch) + 1,
                                        (size_t)i);
            expect(r.value, r.reason, want, kind, freq, i);
        } else if (strcmp(kind, "two_year") == 0) {
            r = ei_growth_two_year_average(ei_series_value_at(pch,
                                                              (size_t)i - 1),
                                           ei_series_value_at(pch,
                                                              (size_t)i));
            expect(r.value, r.reason, want, kind, freq, i);
        } else if (strcmp(kind, "index2000") == 0) {
            expect(ei_series_value_at(idx, (size_t)i),
                   ei_series_reason_at(idx, (size_t)i), want, kind, freq, i);
        } else {
            fail_msg("unknown reference kind %s", kind);
        }
    }
    fclose(f);
    /* 3 frames x 8 transformations x 27 points, 26 CAGR, 26 averages, 25
     * two-year averages, 27 index points */
    assert_int_equal(rows, 3 * 8 * 27 + 26 + 26 + 25 + 27);
    ei_series_free(idx);
    ei_series_free(pch);
    for (int k = 0; k < 3; k++)
        ei_series_free(s[k]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_against_reference, load),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
