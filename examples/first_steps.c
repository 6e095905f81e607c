/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * First steps with econind: read an indicator CSV and list its series with
 * their latest value. Uses only the public header, as any client would.
 *
 *   cc first_steps.c $(pkg-config --cflags --libs econind)
 *   ./a.out observations.csv
 */
#include <econind/econind.h>

#include <math.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE.csv\n", argv[0]);
        return 2;
    }
    ei_error err;
    ei_dataset *ds = NULL;
    if (ei_dataset_new(&ds, NULL, &err) != EI_OK ||
        ei_csv_read_file(ds, argv[1], NULL, NULL, &err) != EI_OK) {
        char msg[512];
        ei_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "%s\n", msg);
        ei_dataset_free(ds);
        return 1;
    }
    printf("econind %s: %zu series in %s\n", ei_version(),
           ei_dataset_count(ds), argv[1]);
    for (size_t i = 0; i < ei_dataset_count(ds); i++) {
        const ei_series *s = ei_dataset_at(ds, i);
        size_t n = ei_series_len(s);
        char first[16], last[16];
        ei_period_format(ei_series_start(s), first, sizeof first);
        ei_period_format(ei_series_end(s), last, sizeof last);
        double v = n ? ei_series_value_at(s, n - 1) : (double)NAN;
        printf("%s %s %s..%s last %g %s\n", ei_series_region(s),
               ei_series_indicator(s), first, last, v,
               ei_series_unit(s).name ? ei_series_unit(s).name : "");
    }
    ei_dataset_free(ds);
    return 0;
}
